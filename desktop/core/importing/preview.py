"""Building the preview: every data row of every sheet, parsed and classified, nothing written.

The user sees exactly what a commit would do (new, duplicate, error, skipped, unchanged,
updated, with the reasons) before anything changes; the same `Preview` is then committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ImportBatch
from desktop.core.errors import FileProblem
from desktop.core.i18n import translate
from desktop.core.importing.mappings import load_mapping_in
from desktop.core.importing.progress import Progress, Steps
from desktop.core.importing.spec import (
    Cells,
    ImportContext,
    ImportSpec,
    PreviewRow,
    Problem,
    RowStatus,
)
from desktop.core.tabular.headers import ColumnMap, find_header, map_columns
from desktop.core.tabular.model import DEFAULT_LIMITS, CellValue, Limits, Sheet, Workbook
from desktop.core.tabular.reader import read_workbook
from desktop.core.tabular.rows import is_blank, is_total_row
from desktop.core.workspace import Workspace

PROGRESS_EVERY = 500


@dataclass(frozen=True, slots=True)
class SheetMapping:
    sheet: str
    columns: ColumnMap


@dataclass(frozen=True, slots=True)
class EarlierImport:
    batch_id: int
    created_at: dt.datetime
    created_by: str


@dataclass
class Preview:
    workbook: Workbook
    context: ImportContext
    mappings: list[SheetMapping]
    rows: list[PreviewRow]
    skipped_sheets: list[str] = field(default_factory=list)
    """Sheets with data but no recognisable header (e.g. a "Lister" sheet of drop-down values)."""
    earlier_imports: list[EarlierImport] = field(default_factory=list)
    """Batches that imported a byte-identical file before (same SHA-256)."""

    @property
    def file_name(self) -> str:
        return self.workbook.name

    @property
    def sha256(self) -> str:
        return self.workbook.sha256

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def rows_total(self) -> int:
        """Data rows: everything except blank and total rows."""
        return sum(1 for row in self.rows if row.status is not RowStatus.SKIPPED)

    @property
    def rows_to_write(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.status in (RowStatus.NEW, RowStatus.UPDATED)]

    def remembered(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for mapping in self.mappings:
            merged.update(mapping.columns.remembered)
        return merged


def build_preview(
    ws: Workspace,
    path: Path,
    spec: ImportSpec,
    *,
    organisation_id: int | None = None,
    remembered: dict[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Steps[Preview]:
    """Read `path` and check every row; yields progress, returns the Preview (FileProblem if the
    file cannot be read or no sheet has the importer's columns)."""
    context = ImportContext(spec.kind, organisation_id, ws.user, ws.today())
    yield Progress(0, 0, "read")
    workbook = read_workbook(path, limits=limits)
    if remembered is None:
        with ws.read() as session:
            remembered = load_mapping_in(session, organisation_id, spec.kind)
    sheets = workbook.data_sheets()
    total = sum(len(sheet.rows) for sheet in sheets)
    preview = Preview(workbook, context, [], [])
    seen: dict[Hashable, PreviewRow] = {}
    done = 0
    for sheet in sheets:
        for _ in _check_sheet(sheet, spec, remembered, preview, seen):
            done += 1
            if done % PROGRESS_EVERY == 0:
                yield Progress(done, total, "check")
    if not preview.mappings:
        raise FileProblem(_no_header_message(workbook.name, spec))
    yield Progress(total, total, "check")
    with ws.read() as session:
        classify(session, spec, preview)
        earlier = session.execute(
            select(ImportBatch.id, ImportBatch.created_at, ImportBatch.created_by)
            .where(ImportBatch.sha256 == workbook.sha256, ImportBatch.kind == spec.kind)
            .order_by(ImportBatch.id)
        ).all()
    preview.earlier_imports = [EarlierImport(*row) for row in earlier]
    return preview


def classify(session: Session, spec: ImportSpec, preview: Preview) -> None:
    """(Re)compare the rows that the file alone accepts with the database."""
    candidates = []
    for row in preview.rows:
        if row.file_status is RowStatus.NEW:
            row.status = RowStatus.NEW
            row.problems = list(row.file_problems)
            row.existing_id = None
            candidates.append(row)
    spec.classify(session, candidates, preview.context)
    for row in candidates:
        if row.problems and row.status is RowStatus.NEW:
            row.status = RowStatus.ERROR


def _check_sheet(
    sheet: Sheet,
    spec: ImportSpec,
    remembered: dict[str, str],
    preview: Preview,
    seen: dict[Hashable, PreviewRow],
) -> Iterator[None]:
    """Adds the sheet's rows to the preview, yielding after each (for progress)."""
    header = find_header(sheet, spec.fieldset, remembered=remembered)
    columns = None
    if header is not None:
        columns = map_columns(
            header.headers,
            spec.fieldset,
            header_row=header.row_number,
            remembered=remembered,
            ignore_columns=sheet.hidden_columns,
        )
    if header is None or columns is None or columns.missing:
        preview.skipped_sheets.append(sheet.name)
        return
    preview.mappings.append(SheetMapping(sheet.name, columns))
    headers = {name: str(header.headers[index]) for name, index in columns.columns.items()}
    items = list(columns.columns.items())
    for number, values in sheet.rows[header.position + 1 :]:
        width = len(values)
        raw = {name: (values[i] if i < width else None) for name, i in items}
        if is_blank(values) or is_total_row(values):
            skipped = RowStatus.SKIPPED
            preview.rows.append(
                PreviewRow(sheet.name, number, raw, {}, skipped, file_status=skipped)
            )
        else:
            preview.rows.append(_parse(sheet.name, number, raw, headers, spec, seen))
        yield None


def _parse(
    sheet: str,
    number: int,
    raw: dict[str, CellValue],
    headers: dict[str, str],
    spec: ImportSpec,
    seen: dict[Hashable, PreviewRow],
) -> PreviewRow:
    cells = Cells(raw, headers)
    for item in spec.fieldset.required:
        if raw.get(item.name) is None:
            cells.problem(item.name, _empty_required())
    values = spec.parse_row(cells) if not cells.problems else {}
    status = RowStatus.ERROR if cells.problems else RowStatus.NEW
    row = PreviewRow(sheet, number, raw, values, status, list(cells.problems))
    if status is RowStatus.NEW:
        row.key = spec.key(values)
        first = seen.get(row.key) if row.key is not None else None
        if first is not None:
            row.status = RowStatus.DUPLICATE
            row.duplicate_of = first.row_number
            message = translate("Importing", "The same as row {row} in the sheet {sheet}.")
            row.problems.append(
                Problem("", message.format(row=first.row_number, sheet=first.sheet))
            )
        elif row.key is not None:
            seen[row.key] = row
    row.file_status = row.status
    row.file_problems = tuple(row.problems)
    return row


def _empty_required() -> str:
    return translate("Importing", "The cell is empty but must be filled in.")


def _no_header_message(name: str, spec: ImportSpec) -> str:
    expected = ", ".join(f.title for f in spec.fieldset.required) or ", ".join(
        f.title for f in spec.fieldset.fields[:3]
    )
    return translate(
        "Importing",
        "No sheet in {name} has a header row with the expected columns ({expected}). Check that "
        "it is the right file, or choose the columns by hand.",
    ).format(name=name, expected=expected)
