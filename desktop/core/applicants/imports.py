"""Importing the desk's existing applicant list: preview (nothing written), then commit (all or
nothing), through the shared pipeline with `ApplicantSpec`. The command line and the window
call these; the JSON report and exit codes are those of every import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import cpr as cprs
from desktop.core.applicants.importer import FIELDS, MERGED, ApplicantSpec
from desktop.core.i18n import translate
from desktop.core.importing import Preview, RowStatus, Steps, build_preview, commit, import_report
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
            "ApplicantImport",
            "{file}: {imported} of {total} applicants imported, {rejected} rows with errors, "
            "{duplicates} duplicates.",
        ).format(
            file=r["file"],
            imported=r["rows_imported"],
            total=r["rows_total"],
            rejected=r["rows_rejected"],
            duplicates=r["duplicates"],
        )
        if r["dry_run"]:
            text += " " + translate("ApplicantImport", "Dry run: nothing was saved.")
        return text


def preview_applicants(
    ws: Workspace, path: Path, *, remembered: dict[str, str] | None = None
) -> Steps[tuple[Preview, ApplicantSpec]]:
    """Read and check the file; nothing is written. Returns the preview and the spec that built
    it (commit with the same spec)."""
    spec = ApplicantSpec()
    preview = yield from build_preview(ws, path, spec, remembered=remembered)
    return preview, spec


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


def import_applicants(ws: Workspace, path: Path, *, dry_run: bool = False) -> Steps[ImportOutcome]:
    """Preview and, unless `dry_run`, commit: what `anvis import applicants` does."""
    preview, spec = yield from preview_applicants(ws, path)
    if dry_run:
        return ImportOutcome(import_report(preview, None), None)
    return (yield from commit_applicants(ws, preview, spec))


@dataclass(frozen=True)
class ColumnSummary:
    """How the file's columns were read: shown above the preview."""

    used: tuple[tuple[str, str], ...]  # (header in the file, field it feeds)
    not_used: tuple[str, ...]  # headers no field reads (and hidden columns)
    no_column: tuple[str, ...]  # fields the file has no column for


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
            used.append((header, FIELDS.get(field_name).title))
            found.add(field_name)
        not_used += [text for _, text in (*mapping.columns.unmapped, *mapping.columns.hidden)]
    missing = tuple(f.title for f in FIELDS.fields if f.name not in found)
    return ColumnSummary(tuple(used), tuple(not_used), missing)
