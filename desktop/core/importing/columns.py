"""What the column-mapping dialog shows for any import: every header cell of the file with the
field it feeds, and the fields a column may feed (from the import spec's `FieldSet`).

Every visible column of a mapped sheet is accounted for: it feeds a field, a remembered choice
leaves it out (`ignored_columns`), or it is not understood (`not_understood`, each with a field
its header's words suggest, for staff to confirm; a suggestion is never applied by itself).

Staff correct the mapping in the window; their choices (normalised header -> field name, ""
for "not imported") are remembered per organisation and kind with `save_mapping`, and the next
preview of that kind reads them (`build_preview(..., remembered=...)`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import FileProblem
from desktop.core.i18n import translate
from desktop.core.importing.preview import Preview, SheetMapping
from desktop.core.importing.spec import RowStatus
from desktop.core.tabular.headers import ColumnMap, FieldSet, normalise_header
from desktop.core.tabular.hints import suggest_field
from desktop.core.tabular.model import CellValue, column_letter
from desktop.core.tabular.values import parse_text


@dataclass(frozen=True)
class MappedColumn:
    """One header cell of the file and the field it feeds."""

    sheet: str
    letter: str  # "F"
    header: str  # as the file writes it
    key: str  # the normalised header (what is remembered)
    field: str | None  # the field it feeds, None = not imported
    hidden: bool
    example: str = ""  # the column's first value below the header (to recognise it by)


@dataclass(frozen=True)
class FieldChoice:
    """A field a column may feed, as the mapping dialog offers it."""

    name: str
    label: str  # in the user's language
    required: bool = False


def mapped_columns(preview: Preview) -> list[MappedColumn]:
    """Every header cell of every imported sheet and the field it was matched to; also of the
    skipped sheets whose likeliest header row names a field, or of every skipped sheet when no
    sheet could be mapped (`preview.needs_mapping`)."""
    result: list[MappedColumn] = []
    for mapping in preview.mappings:
        result += _columns_of(preview, mapping.sheet, mapping.columns)
    for candidate in preview.candidates:
        if preview.needs_mapping or candidate.columns.columns:
            result += _columns_of(preview, candidate.sheet, candidate.columns)
    return result


def _columns_of(preview: Preview, name: str, columns: ColumnMap) -> list[MappedColumn]:
    sheet = preview.workbook.sheet(name)
    below = [values for number, values in sheet.rows if number >= columns.header_row]
    headers = below[0] if below else ()
    first = next((values for values in below[1:] if any(v is not None for v in values)), ())
    by_column = {index: field for field, index in columns.columns.items()}
    hidden = {index for index, _ in columns.hidden}
    return [
        MappedColumn(
            name,
            column_letter(index),
            str(header),
            normalise_header(header),
            by_column.get(index),
            index in hidden,
            "" if index >= len(first) else parse_text(first[index]) or "",
        )
        for index, header in enumerate(headers)
        if header is not None
    ]


def field_choices(
    fieldset: FieldSet,
    label: Callable[[str], str] | None = None,
    *,
    leave_out: Collection[str] = (),
) -> list[FieldChoice]:
    """The fields of `fieldset` a column may feed, named by `label(name)` (default: the field's
    own title), without those in `leave_out` (fields an importer fills itself)."""
    return [
        FieldChoice(item.name, label(item.name) if label else item.title, item.required)
        for item in fieldset.fields
        if item.name not in leave_out
    ]


def fed_fields(preview: Preview) -> set[str]:
    """The names of the fields some column of the file feeds (mapped or candidate sheets)."""
    fed = {name for mapping in preview.mappings for name in mapping.columns.columns}
    return fed | {name for c in preview.candidates for name in c.columns.columns}


def missing_fields(
    preview: Preview, fieldset: FieldSet, label: Callable[[str], str] | None = None
) -> list[str]:
    """The labels of the required fields no column of the file feeds."""
    fed = fed_fields(preview)
    return [label(f.name) if label else f.title for f in fieldset.required if f.name not in fed]


@dataclass(frozen=True)
class UnknownColumn:
    """A visible column of a mapped sheet that feeds no field and that no remembered choice
    leaves out."""

    sheet: str
    letter: str
    header: str  # as the file writes it
    key: str  # the normalised header (what a confirmed choice is remembered by)
    example: str  # its first value below the header ("" when it has none)
    has_values: bool  # some data row has a value in it
    suggestion: str | None  # the field its header's words point to, for staff to confirm


def not_understood(preview: Preview) -> list[UnknownColumn]:
    """The columns of the imported sheets that no field reads and no choice leaves out."""
    found: list[UnknownColumn] = []
    for mapping in preview.mappings:
        if not mapping.columns.unmapped:
            continue
        cells = _data_cells(preview, mapping)
        taken = set(mapping.columns.columns) | preview.never_suggested
        for index, header in mapping.columns.unmapped:
            example = next(
                (
                    values[index]
                    for values in cells
                    if index < len(values) and values[index] is not None
                ),
                None,
            )
            suggestion = (
                suggest_field(header, preview.fieldset, taken=taken)
                if preview.fieldset is not None
                else None
            )
            found.append(
                UnknownColumn(
                    mapping.sheet,
                    column_letter(index),
                    header,
                    normalise_header(header),
                    "" if example is None else parse_text(example) or "",
                    example is not None,
                    suggestion,
                )
            )
    return found


def _data_cells(preview: Preview, mapping: SheetMapping) -> list[Sequence[CellValue]]:
    """The cells of the sheet's data rows (blank and total rows left out)."""
    skipped = RowStatus.SKIPPED
    return [
        row.cells
        for row in preview.rows
        if row.sheet == mapping.sheet and row.status is not skipped
    ]


def used_columns(preview: Preview) -> dict[str, str]:
    """Header text -> field name of every column a field reads (all imported sheets)."""
    used: dict[str, str] = {}
    for mapping in preview.mappings:
        sheet = preview.workbook.sheet(mapping.sheet)
        headers = next((v for n, v in sheet.rows if n == mapping.columns.header_row), ())
        for name, index in sorted(mapping.columns.columns.items(), key=lambda item: item[1]):
            if index < len(headers):
                used.setdefault(str(headers[index]), name)
    return used


def ignored_columns(preview: Preview) -> list[str]:
    """The headers of the columns a remembered choice leaves out (each once)."""
    return list(dict.fromkeys(text for m in preview.mappings for _, text in m.columns.ignored))


def refuse_not_understood(preview: Preview) -> None:
    """FileProblem when a column with values is not understood (the command line's --strict):
    nothing is imported until staff say what the column holds."""
    headers = list(dict.fromkeys(c.header for c in not_understood(preview) if c.has_values))
    if headers:
        raise FileProblem(
            translate(
                "Importing",
                "{file} has columns Anvis does not understand: {columns}. Nothing was "
                "imported (--strict): choose what they hold with Columns… in the window, or "
                "import without --strict.",
            ).format(file=preview.file_name, columns=", ".join(headers))
        )


def not_understood_line(report: Mapping[str, Any], label: Callable[[str], str]) -> str | None:
    """The report's columns not understood as one line for people (None when there are none):
    each header with the field its words suggest, named by `label(field)`."""
    headers: list[str] = report.get("unmapped_columns") or []
    if not headers:
        return None
    suggested: Mapping[str, str] = report.get("suggested_columns") or {}
    parts = [
        translate("Importing", "{header} (suggestion: {field})").format(
            header=header, field=label(suggested[header])
        )
        if header in suggested
        else header
        for header in headers
    ]
    return translate("Importing", "Columns not understood (not imported): {columns}.").format(
        columns="; ".join(parts)
    )
