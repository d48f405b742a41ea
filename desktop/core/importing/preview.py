"""Building the preview: every data row of every sheet, parsed and classified, nothing written.

The user sees exactly what a commit would do (new, duplicate, error, skipped, unchanged,
updated, with the reasons) before anything changes; the same `Preview` is then committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ImportBatch
from desktop.core.errors import FileProblem
from desktop.core.i18n import translate
from desktop.core.importing.gcpause import gc_paused
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
from desktop.core.tabular.headers import ColumnMap, HeaderMatch, find_header, map_columns
from desktop.core.tabular.model import (
    DEFAULT_LIMITS,
    CellValue,
    Limits,
    Row,
    Sheet,
    Values,
    Workbook,
)
from desktop.core.tabular.reader import read_workbook
from desktop.core.tabular.rows import RowKinds
from desktop.core.workspace import Workspace

PROGRESS_EVERY = 500


class RowsParser(Protocol):
    """An importer's optional `parse_rows`: the rows of a chunk given column by column (field
    name -> one value per row, for the mapped fields), parsed as `parse_row` would parse each
    row: (values, problems) per row, in order."""

    def __call__(
        self, columns: Mapping[str, Sequence[CellValue]], headers: Mapping[str, str], count: int
    ) -> Sequence[tuple[dict[str, Any], Sequence[Problem]]]: ...


@dataclass(frozen=True, slots=True)
class SheetMapping:
    sheet: str
    columns: ColumnMap


@dataclass(frozen=True, slots=True)
class HeaderCandidate:
    """A sheet the importer could not map: the row that looks most like its header, and what
    the synonyms and remembered choices make of it, for staff to choose the columns by hand."""

    sheet: str
    row_number: int
    headers: Values
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
    candidates: list[HeaderCandidate] = field(default_factory=list)
    """The skipped sheets' likeliest header rows (for mapping their columns by hand)."""

    @property
    def file_name(self) -> str:
        return self.workbook.name

    @property
    def sha256(self) -> str:
        return self.workbook.sha256

    @property
    def needs_mapping(self) -> bool:
        """No sheet could be mapped: staff must choose the columns (see `candidates`)."""
        return not self.mappings

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
        """Normalised header -> field of every mapped sheet, with the columns a remembered choice
        leaves out as `IGNORE` ("")."""
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
    manual_mapping: bool = False,
) -> Steps[Preview]:
    """Read `path` and check every row; yields progress, returns the Preview.

    FileProblem if the file cannot be read. When no sheet has the importer's columns: also
    FileProblem, unless `manual_mapping` (a window that lets staff choose the columns), which
    returns a Preview without rows whose `candidates` show the likeliest header rows."""
    with gc_paused():  # through the yields too: see `gcpause`
        preview = yield from _build(
            ws, path, spec, organisation_id, remembered, limits, manual_mapping
        )
    return preview


def _build(
    ws: Workspace,
    path: Path,
    spec: ImportSpec,
    organisation_id: int | None,
    remembered: dict[str, str] | None,
    limits: Limits,
    manual_mapping: bool,
) -> Steps[Preview]:
    context = ImportContext(spec.kind, organisation_id, ws.user, ws.today())
    yield Progress(0, 0, "read")
    workbook = read_workbook(path, limits=limits)
    if remembered is None:
        with ws.read() as session:
            remembered = load_mapping_in(session, organisation_id, spec.kind)
    sheets = workbook.data_sheets()
    total = sum(len(sheet.rows) for sheet in sheets)
    preview = Preview(workbook, context, [], [])
    checker = _RowChecker(spec, preview)
    done = 0
    for sheet in sheets:
        plan = _plan_sheet(sheet, spec, remembered, preview)
        if plan is None:
            continue
        rows = sheet.rows[plan.first_data :]
        for start in range(0, len(rows), PROGRESS_EVERY):
            chunk = rows[start : start + PROGRESS_EVERY]
            checker.check(plan, chunk)
            done += len(chunk)
            yield Progress(done, total, "check")
    if not preview.mappings and not manual_mapping:
        raise FileProblem(_no_header_message(workbook.name, spec))
    yield Progress(total, total, "check")
    with ws.read() as session:
        if preview.rows:
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
    new = RowStatus.NEW
    for row in preview.rows:
        if row.file_status is new:
            row.status = new
            row.problems = list(row.file_problems)
            row.existing_id = None
            candidates.append(row)
    spec.classify(session, candidates, preview.context)
    for row in candidates:
        if row.problems and row.status is new:
            row.status = RowStatus.ERROR


@dataclass(frozen=True, slots=True)
class _SheetPlan:
    """How the data rows of one mapped sheet are read: decided once, used for every row."""

    sheet: str
    first_data: int  # index in `sheet.rows` of the first row after the header
    names: tuple[str, ...]  # field names, in the order `pick` returns their cells
    pick: Callable[[Values], Sequence[CellValue]]
    width: int  # rows shorter than this are padded with None
    headers: dict[str, str]  # field name -> the file's header text
    required: tuple[str, ...]


def _plan_sheet(
    sheet: Sheet, spec: ImportSpec, remembered: dict[str, str], preview: Preview
) -> _SheetPlan | None:
    """The sheet's header and columns; a sheet without them is recorded as skipped."""
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
        candidate = _candidate(sheet, spec, remembered, header)
        if candidate is not None:
            preview.candidates.append(candidate)
        return None
    preview.mappings.append(SheetMapping(sheet.name, columns))
    names = tuple(columns.columns)
    indexes = [columns.columns[name] for name in names]
    # itemgetter of one index returns the bare value: ask for it twice (zip stops at the name).
    pick = itemgetter(*indexes) if len(indexes) > 1 else itemgetter(indexes[0], indexes[0])
    return _SheetPlan(
        sheet=sheet.name,
        first_data=header.position + 1,
        names=names,
        pick=pick,
        width=max(indexes) + 1,
        headers={name: str(header.headers[index]) for name, index in columns.columns.items()},
        required=tuple(item.name for item in spec.fieldset.required),
    )


def _candidate(
    sheet: Sheet, spec: ImportSpec, remembered: dict[str, str], found: HeaderMatch | None
) -> HeaderCandidate | None:
    """The header row found (with a required column missing), else the first row with two or
    more filled cells among the first 30 (titles above a header fill one)."""
    row: Row | None = None
    if found is not None:
        row = (found.row_number, found.headers)
    else:
        row = next((r for r in sheet.rows[:30] if sum(1 for v in r[1] if v is not None) >= 2), None)
    if row is None:
        return None
    number, headers = row
    columns = map_columns(
        headers,
        spec.fieldset,
        header_row=number,
        remembered=remembered,
        ignore_columns=sheet.hidden_columns,
    )
    return HeaderCandidate(sheet.name, number, headers, columns)


class _RowChecker:
    """Turns data rows into PreviewRows: blank and total rows skipped, required cells, the
    importer's parsing (a chunk of rows at once when it has `parse_rows`), duplicates within
    the file."""

    def __init__(self, spec: ImportSpec, preview: Preview) -> None:
        self.spec = spec
        self.preview = preview
        self.seen: dict[Hashable, PreviewRow] = {}
        self.kinds = RowKinds()
        self.empty_required = translate("Importing", "The cell is empty but must be filled in.")
        self.same_as = translate("Importing", "The same as row {row} in the sheet {sheet}.")
        self.parse_rows: RowsParser | None = getattr(spec, "parse_rows", None)

    def check(self, plan: _SheetPlan, rows: Sequence[Row]) -> None:
        skipped = self.kinds.skipped
        sheet, names, pick, width, headers = (
            plan.sheet,
            plan.names,
            plan.pick,
            plan.width,
            plan.headers,
        )
        required = plan.required
        new, error, skip = RowStatus.NEW, RowStatus.ERROR, RowStatus.SKIPPED
        entries: list[PreviewRow] = []
        readable: list[PreviewRow] = []
        picked: list[Sequence[CellValue]] = []
        for number, found in rows:
            values = found if len(found) >= width else found + (None,) * (width - len(found))
            cells = pick(values)
            raw = dict(zip(names, cells, strict=False))
            if skipped(values):
                entries.append(PreviewRow(sheet, number, raw, {}, skip, file_status=skip))
                continue
            problems = [
                Problem(headers.get(name, name), self.empty_required)
                for name in required
                if raw[name] is None
            ]
            row = PreviewRow(sheet, number, raw, {}, error if problems else new, problems)
            entries.append(row)
            if not problems:
                readable.append(row)
                picked.append(cells)
        self._parse(readable, picked, names, headers)
        self._finish(entries)

    def _parse(
        self,
        rows: list[PreviewRow],
        picked: list[Sequence[CellValue]],
        names: tuple[str, ...],
        headers: dict[str, str],
    ) -> None:
        if not rows:
            return
        if self.parse_rows is not None:
            columns = dict(zip(names, zip(*picked, strict=True), strict=False))
            results = self.parse_rows(columns, headers, len(rows))
            for row, (parsed, problems) in zip(rows, results, strict=True):
                row.values = parsed
                if problems:
                    row.problems.extend(problems)
            return
        parse = self.spec.parse_row
        for row in rows:
            cells = Cells(row.raw, headers)
            row.values = parse(cells)
            row.problems.extend(cells.problems)

    def _finish(self, entries: list[PreviewRow]) -> None:
        """Statuses after parsing, duplicates within the file, in the file's order."""
        append = self.preview.rows.append
        key_of = self.spec.key
        seen = self.seen
        error, duplicate, skip = RowStatus.ERROR, RowStatus.DUPLICATE, RowStatus.SKIPPED
        for row in entries:
            if row.status is skip:
                append(row)
                continue
            problems = row.problems
            if problems:
                row.status = error
            else:
                key = row.key = key_of(row.values)
                if key is not None:
                    first = seen.get(key)
                    if first is None:
                        seen[key] = row
                    else:
                        row.status = duplicate
                        row.duplicate_of = first.row_number
                        message = self.same_as.format(row=first.row_number, sheet=first.sheet)
                        problems.append(Problem("", message))
            row.file_status = row.status
            row.file_problems = tuple(problems)
            append(row)


def _no_header_message(name: str, spec: ImportSpec) -> str:
    expected = ", ".join(f.title for f in spec.fieldset.required) or ", ".join(
        f.title for f in spec.fieldset.fields[:3]
    )
    return translate(
        "Importing",
        "No sheet in {name} has a header row with the expected columns ({expected}). Check that "
        "it is the right file, or choose the columns by hand.",
    ).format(name=name, expected=expected)
