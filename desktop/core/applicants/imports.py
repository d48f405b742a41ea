"""Importing the desk's existing applicant list: preview (nothing written), then commit (all or
nothing), through the shared pipeline with `ApplicantSpec`. The command line and the window
call these; the JSON report and exit codes are those of every import."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from db.enums import ImportKind
from desktop.core import cpr as cprs
from desktop.core.applicants.importer import FIELDS, MERGED, ApplicantSpec
from desktop.core.errors import FileProblem
from desktop.core.formats import number, plural
from desktop.core.i18n import translate
from desktop.core.importing import (
    Preview,
    PreviewRow,
    RowStatus,
    Steps,
    build_preview,
    commit,
    counts,
    finish_import,
    import_report,
    load_mapping,
    save_mapping,
)
from desktop.core.importing import columns as column_mapping
from desktop.core.importing.columns import FieldChoice, MappedColumn
from desktop.core.tabular.model import CellValue
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class PreviewLine:
    """One row of the preview table (the CPR number masked)."""

    sheet: str
    row: int
    status: RowStatus
    name: str
    cpr_masked: str
    messages: tuple[str, ...]


@dataclass(frozen=True)
class ImportOutcome:
    report: dict[str, Any]  # the JSON report (desktop.core.importing.report)
    batch_id: int | None

    def summary(self) -> str:
        r = self.report
        text = translate(
            "ApplicantImport", "{file}: {imported} of {total} imported, {rejected}, {duplicates}."
        ).format(
            file=r["file"],
            imported=number(r["rows_imported"]),
            total=plural(
                r["rows_total"],
                translate("ApplicantImport", "{n} applicant"),
                translate("ApplicantImport", "{n} applicants"),
            ),
            rejected=plural(
                r["rows_rejected"],
                translate("ApplicantImport", "{n} row with errors"),
                translate("ApplicantImport", "{n} rows with errors"),
            ),
            duplicates=counts.duplicates(r["duplicates"]),
        )
        if r["dry_run"]:
            text += " " + translate("ApplicantImport", "Dry run: nothing was saved.")
        return text


def preview_applicants(
    ws: Workspace,
    path: Path,
    *,
    remembered: dict[str, str] | None = None,
    manual_mapping: bool = False,
) -> Steps[tuple[Preview, ApplicantSpec]]:
    """Read and check the file; nothing is written. Returns the preview and the spec that built
    it (commit with the same spec).

    The columns staff chose before (`save_column_choices`) are used unless `remembered` is
    given. A file whose columns Anvis cannot find is a FileProblem, or with `manual_mapping`
    (the window) a Preview without rows that `needs_mapping`: staff choose the columns."""
    spec = ApplicantSpec()
    preview = yield from build_preview(
        ws, path, spec, remembered=remembered, manual_mapping=manual_mapping
    )
    refuse_unless_people(preview)
    return preview, spec


IDENTIFIED_SHARE = 0.5
"""The share of a sheet's data rows that must name a person with a CPR number or birth date."""


def refuse_unless_people(preview: Preview) -> None:
    """FileProblem when a sheet is not a list of applicants: fewer than half its data rows have
    a name and a CPR number or birth date (a workbook of hospital names is not a waiting
    list). A row without them may still import, marked for staff to check the identity."""
    rows_by_sheet: dict[str, list[PreviewRow]] = {}
    for row in preview.rows:
        if row.status is not RowStatus.SKIPPED:
            rows_by_sheet.setdefault(row.sheet, []).append(row)
    for sheet, rows in rows_by_sheet.items():
        identified = sum(1 for row in rows if _identifies(row.raw))
        if identified < IDENTIFIED_SHARE * len(rows):
            raise FileProblem(
                plural(
                    len(rows),
                    translate(
                        "ApplicantImport",
                        "{file} is not a list of applicants: only {found} of the {n} row of the "
                        "sheet {sheet} has a name and a CPR number or birth date. Nothing was "
                        "imported.",
                    ),
                    translate(
                        "ApplicantImport",
                        "{file} is not a list of applicants: only {found} of the {n} rows of the "
                        "sheet {sheet} have a name and a CPR number or birth date. Nothing was "
                        "imported.",
                    ),
                ).format(file=preview.file_name, found=number(identified), sheet=sheet)
            )


def _identifies(cells: dict[str, CellValue]) -> bool:
    return cells.get("name") is not None and (
        cells.get("cpr") is not None or cells.get("birth_date") is not None
    )


def preview_lines(preview: Preview) -> list[PreviewLine]:
    lines = []
    for row in preview.rows:
        if row.status is RowStatus.SKIPPED:
            continue
        values = row.values.get(MERGED) or row.values
        name = values.get("name") or str(row.raw.get("name") or "")
        number = values.get("cpr")
        lines.append(
            PreviewLine(
                row.sheet,
                row.row_number,
                row.status,
                str(name),
                cprs.masked(number) if number else "",
                tuple(p.message for p in row.problems),
            )
        )
    return lines


def commit_applicants(ws: Workspace, preview: Preview, spec: ApplicantSpec) -> Steps[ImportOutcome]:
    """Write the preview's new applicants in one transaction (all or nothing)."""
    result = yield from commit(ws, preview, spec)
    report = import_report(preview, result)
    return ImportOutcome(report, result.batch_id)


def import_applicants(
    ws: Workspace, path: Path, *, dry_run: bool = False, strict: bool = False
) -> Steps[ImportOutcome]:
    """Preview and, unless `dry_run`, commit: what `anvis import applicants` does. `strict`: a
    column with values that Anvis does not understand refuses the file (FileProblem)."""
    preview, spec = yield from preview_applicants(ws, path)
    result = yield from finish_import(ws, preview, spec, dry_run=dry_run, strict=strict)
    return ImportOutcome(
        import_report(preview, result), None if result is None else result.batch_id
    )


@dataclass(frozen=True)
class ColumnSummary:
    """How the file's columns were read: shown above the preview."""

    used: tuple[tuple[str, str], ...]  # (header in the file, label of the field it feeds)
    not_used: tuple[str, ...]  # headers no field reads (and hidden columns)
    no_column: tuple[str, ...]  # labels of the fields the file has no column for


def field_label(name: str) -> str:
    """A field of the applicant list in the user's language (the mapping dialog, summaries)."""
    return {
        "cpr": translate("ApplicantImport", "CPR number"),
        "name": translate("ApplicantImport", "Name"),
        "birth_date": translate("ApplicantImport", "Birth date"),
        "address": translate("ApplicantImport", "Address or whereabouts"),
        "phone": translate("ApplicantImport", "Phone"),
        "email": translate("ApplicantImport", "E-mail"),
        "target_group": translate("ApplicantImport", "Target group"),
        "household": translate("ApplicantImport", "Household"),
        "max_rent": translate("ApplicantImport", "Highest rent"),
        "rooms": translate("ApplicantImport", "Rooms wanted"),
        "needs": translate("ApplicantImport", "Needs"),
        "caseworker": translate("ApplicantImport", "Caseworker"),
        "registered_on": translate("ApplicantImport", "Registered"),
        "urgency": translate("ApplicantImport", "Priority"),
        "notes": translate("ApplicantImport", "Notes"),
    }.get(name, name)


_CPR_LIKE = re.compile(r"\d{6}[-\s]?\d{4}")


def mapped_columns(preview: Preview) -> list[MappedColumn]:
    """Every header cell of the file and the field it feeds (for the mapping dialog). A first
    value that is, or looks like, a CPR number is shown masked, as everywhere."""
    return [
        replace(column, example=cprs.masked(column.example))
        if column.field == "cpr" or _CPR_LIKE.fullmatch(column.example.strip())
        else column
        for column in column_mapping.mapped_columns(preview)
    ]


def field_choices() -> list[FieldChoice]:
    """The fields a column of an applicant list may feed, in the user's language."""
    return column_mapping.field_choices(FIELDS, field_label)


def missing_fields(preview: Preview) -> list[str]:
    """The required fields no column of the file feeds (when `preview.needs_mapping`)."""
    return column_mapping.missing_fields(preview, FIELDS, field_label)


def save_column_choices(ws: Workspace, choices: dict[str, str]) -> None:
    """Remember staff's choices (normalised header -> field, "" = not imported) for the desk's
    next applicant lists (the window's and the command line's)."""
    save_mapping(ws, None, ImportKind.APPLICANTS, choices)


def confirm_columns(ws: Workspace, choices: dict[str, str]) -> dict[str, str]:
    """Remember the choices staff confirmed; returns everything remembered."""
    save_column_choices(ws, choices)
    return remembered_columns(ws)


def remembered_columns(ws: Workspace) -> dict[str, str]:
    return load_mapping(ws, None, ImportKind.APPLICANTS)


def columns_line(report: dict[str, Any]) -> str | None:
    """The columns Anvis did not understand, with the field each one's words suggest."""
    return column_mapping.not_understood_line(report, field_label)


def column_summary(preview: Preview) -> ColumnSummary:
    used: list[tuple[str, str]] = []
    not_used: list[str] = []
    found: set[str] = set()
    for mapping in preview.mappings:
        sheet = preview.workbook.sheet(mapping.sheet)
        header_cells = next(
            (values for number, values in sheet.rows if number == mapping.columns.header_row), ()
        )
        for field_name, index in mapping.columns.columns.items():
            header = str(header_cells[index]) if index < len(header_cells) else "?"
            used.append((header, field_label(field_name)))
            found.add(field_name)
        columns = mapping.columns
        not_used += [text for _, text in (*columns.unmapped, *columns.ignored, *columns.hidden)]
    missing = tuple(field_label(f.name) for f in FIELDS.fields if f.name not in found)
    return ColumnSummary(tuple(used), tuple(not_used), missing)
