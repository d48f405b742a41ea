"""What the column-mapping dialog shows for any import: every header cell of the file with the
field it feeds, and the fields a column may feed (from the import spec's `FieldSet`).

Staff correct the mapping in the window; their choices (normalised header -> field name, ""
for "not imported") are remembered per organisation and kind with `save_mapping`, and the next
preview of that kind reads them (`build_preview(..., remembered=...)`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from desktop.core.importing.preview import Preview
from desktop.core.tabular.headers import ColumnMap, FieldSet, normalise_header
from desktop.core.tabular.model import column_letter
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
