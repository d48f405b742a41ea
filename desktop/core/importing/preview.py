"""Building the preview: every data row of every sheet, parsed and classified, nothing written.

The user sees exactly what a commit would do (new, duplicate, error, skipped, unchanged,
updated, with the reasons) before anything changes; the same `Preview` is then committed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from operator import attrgetter
from pathlib import Path
from typing import Protocol

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
    ParsedRows,
    PreviewRow,
    Problem,
    RowStatus,
    SheetColumns,
)
from desktop.core.tabular.headers import (
    ColumnMap,
    FieldSet,
    HeaderMatch,
    find_header,
    map_columns,
)
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
from desktop.core.tabular.rows import is_total_text
from desktop.core.workspace import Workspace

PROGRESS_EVERY = 500


class RowsParser(Protocol):
    """An importer's optional `parse_rows`: the rows of a chunk given column by column (field
    name -> one value per row, for the mapped fields), parsed as `parse_row` would parse each
    row (see `ParsedRows`)."""

    def __call__(
        self, columns: Mapping[str, Sequence[CellValue]], headers: Mapping[str, str], count: int
    ) -> ParsedRows: ...


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
    fieldset: FieldSet | None = None
    """The importer's fields (what a column not understood may be suggested for)."""
    never_suggested: frozenset[str] = frozenset()
    """Fields a column is never suggested for (the importer reads them but never imports)."""

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
        return self.counts()[status]

    def counts(self) -> Counter[RowStatus]:
        """How many rows have each status."""
        return Counter(map(_status_of, self.rows))

    @property
    def rows_total(self) -> int:
        """Data rows: everything except blank and total rows."""
        return len(self.rows) - self.count(RowStatus.SKIPPED)

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
    workbook: Workbook | None = None,
) -> Steps[Preview]:
    """Read `path` (unless the caller has read it already: `workbook`) and check every row;
    yields progress, returns the Preview.

    FileProblem if the file cannot be read. When no sheet has the importer's columns: also
    FileProblem, unless `manual_mapping` (a window that lets staff choose the columns), which
    returns a Preview without rows whose `candidates` show the likeliest header rows."""
    preview = yield from _build(
        ws, path, spec, organisation_id, remembered, limits, manual_mapping, workbook
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
    workbook: Workbook | None,
) -> Steps[Preview]:
    context = ImportContext(spec.kind, organisation_id, ws.user, ws.today())
    yield Progress(0, 0, "read")
    if remembered is None:
        with ws.read() as session:
            remembered = load_mapping_in(session, organisation_id, spec.kind)
    if workbook is None:
        check = None if manual_mapping else header_check(path.name, spec.fieldset, remembered)
        workbook = read_workbook(path, limits=limits, check_head=check)
    sheets = workbook.data_sheets()
    total = sum(len(sheet.rows) for sheet in sheets)
    preview = Preview(
        workbook,
        context,
        [],
        [],
        fieldset=spec.fieldset,
        never_suggested=frozenset(getattr(spec, "never_suggested", ())),
    )
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
        raise FileProblem(_no_header_message(workbook.name, spec.fieldset))
    if preview.mappings and not manual_mapping and not preview.rows_total:
        raise FileProblem(_no_rows_message(workbook.name))
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


_status_of = attrgetter("status")


def classify(session: Session, spec: ImportSpec, preview: Preview) -> None:
    """(Re)compare the rows that the file alone accepts with the database."""
    new = RowStatus.NEW
    candidates = [row for row in preview.rows if row.file_status is new]
    for row in candidates:
        row.status = new
        row.problems = row.file_problems
        row.existing_id = None
    spec.classify(session, candidates, preview.context)
    for row in candidates:
        if row.problems and row.status is new:
            row.status = RowStatus.ERROR


def header_check(
    name: str, fieldset: FieldSet, remembered: Mapping[str, str]
) -> Callable[[Sequence[Sheet]], None]:
    """A reader's `check_head`: refuses the file `name` (FileProblem) when none of its sheets
    has a header row with the importer's columns among its first rows, before the rest of it
    is read (a CSV file of a million lines is not read to its end to say that it has no
    header). A sheet passes as `build_preview` maps it (`sheet_columns`)."""

    def check(sheets: Sequence[Sheet]) -> None:
        for sheet in sheets:
            if sheet.hidden or not sheet.has_data():
                continue
            found = sheet_columns(sheet, fieldset, remembered)
            if found is not None and not found[1].missing:
                return
        raise FileProblem(_no_header_message(name, fieldset))

    return check


def sheet_columns(
    sheet: Sheet, fieldset: FieldSet, remembered: Mapping[str, str]
) -> tuple[HeaderMatch, ColumnMap] | None:
    """The sheet's header row and what its columns feed (None without a header row)."""
    header = find_header(sheet, fieldset, remembered=remembered)
    if header is None:
        return None
    columns = map_columns(
        header.headers,
        fieldset,
        header_row=header.row_number,
        remembered=remembered,
        ignore_columns=sheet.hidden_columns,
    )
    return header, columns


@dataclass(frozen=True, slots=True)
class _SheetPlan:
    """How the data rows of one mapped sheet are read: decided once, used for every row."""

    columns: SheetColumns
    first_data: int  # index in `sheet.rows` of the first row after the header
    fields: tuple[tuple[str, int], ...]  # (field name, index of its cell) of each mapped field
    width: int  # rows shorter than this are read as if padded with None
    required: tuple[tuple[int, Problem], ...]  # each required cell's index, the problem if empty


def _plan_sheet(
    sheet: Sheet, spec: ImportSpec, remembered: dict[str, str], preview: Preview
) -> _SheetPlan | None:
    """The sheet's header and columns; a sheet without them is recorded as skipped."""
    found = sheet_columns(sheet, spec.fieldset, remembered)
    if found is None or found[1].missing:
        preview.skipped_sheets.append(sheet.name)
        candidate = _candidate(sheet, spec, remembered, found[0] if found else None)
        if candidate is not None:
            preview.candidates.append(candidate)
        return None
    header, columns = found
    preview.mappings.append(SheetMapping(sheet.name, columns))
    indexes = dict(columns.columns)
    layout = SheetColumns(
        sheet.name,
        indexes,
        {name: str(header.headers[index]) for name, index in indexes.items()},
    )
    empty = translate("Importing", "The cell is empty but must be filled in.")
    return _SheetPlan(
        columns=layout,
        first_data=header.position + 1,
        fields=tuple(indexes.items()),
        width=max(indexes.values()) + 1,
        required=tuple(
            (indexes[item.name], Problem(layout.header(item.name), empty))
            for item in spec.fieldset.required
        ),
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
    the file.

    A chunk is handled a column at a time where it can: 50,000 rows pass through here, and
    per row only its PreviewRow is made (its cells stay the file's row, see `PreviewRow.raw`).
    """

    def __init__(self, spec: ImportSpec, preview: Preview) -> None:
        self.spec = spec
        self.preview = preview
        self.seen: dict[Hashable, PreviewRow] = {}
        self.skipped = _SkippedRows()
        self.same_as = translate("Importing", "The same as row {row} in the sheet {sheet}.")
        self.parse_rows: RowsParser | None = getattr(spec, "parse_rows", None)

    def check(self, plan: _SheetPlan, rows: Sequence[Row]) -> None:
        if not rows:
            return
        numbers = [number for number, _ in rows]
        found = [values for _, values in rows]
        count = len(found)
        width = plan.width
        full = found
        if min(map(len, found)) < width:
            pad = (None,) * width
            full = [v if len(v) >= width else v + pad[len(v) :] for v in found]
        table = list(islice(zip(*full, strict=False), width))  # the first `width` columns
        skipped = self.skipped.of(found)
        missing: dict[int, list[Problem]] = {}
        for index, problem in plan.required:
            column = table[index]
            if None in column:
                for at, value in enumerate(column):
                    if value is None and at not in skipped:
                        missing.setdefault(at, []).append(problem)
        if skipped or missing:
            readable: Sequence[int] = [
                at for at in range(count) if at not in skipped and at not in missing
            ]
            columns: dict[str, Sequence[CellValue]] = {
                name: [table[index][at] for at in readable] for name, index in plan.fields
            }
        else:
            readable = range(count)
            columns = {name: table[index] for name, index in plan.fields}
        parsed = self._parse(columns, plan, len(readable))
        self._finish(plan, numbers, found, skipped, missing, parsed)

    def _parse(
        self, columns: dict[str, Sequence[CellValue]], plan: _SheetPlan, count: int
    ) -> ParsedRows:
        headers = plan.columns.headers
        if not count:
            return ParsedRows([], {})
        if self.parse_rows is not None:
            return self.parse_rows(columns, headers, count)
        parse = self.spec.parse_row
        names = list(columns)
        values = []
        problems: dict[int, list[Problem]] = {}
        for at, cells_of_row in enumerate(zip(*columns.values(), strict=True)):
            cells = Cells(dict(zip(names, cells_of_row, strict=True)), headers)
            values.append(parse(cells))
            if cells.problems:
                problems[at] = cells.problems
        return ParsedRows(values, problems)

    def _finish(
        self,
        plan: _SheetPlan,
        numbers: list[int],
        found: list[Values],
        skipped: set[int],
        missing: dict[int, list[Problem]],
        parsed: ParsedRows,
    ) -> None:
        """The chunk's PreviewRows with their statuses from the file alone (duplicates within
        the file), in the file's order."""
        append = self.preview.rows.append
        layout = plan.columns
        sheet = layout.sheet
        key_of = self.spec.key
        seen = self.seen
        new, error = RowStatus.NEW, RowStatus.ERROR
        duplicate, skip = RowStatus.DUPLICATE, RowStatus.SKIPPED
        values, found_problems, keys = parsed.values, parsed.problems, parsed.keys
        at = 0  # the row's index among the parsed rows
        for index, cells in enumerate(found):
            number = numbers[index]
            if skipped and index in skipped:
                append(PreviewRow(sheet, number, cells, layout, {}, skip, file_status=skip))
                continue
            empty = missing.get(index) if missing else None
            if empty is not None:
                append(
                    PreviewRow(
                        sheet,
                        number,
                        cells,
                        layout,
                        {},
                        error,
                        tuple(empty),
                        file_status=error,
                        file_problems=tuple(empty),
                    )
                )
                continue
            row_values = values[at]
            problems = found_problems.get(at) if found_problems else None
            key = keys[at] if keys is not None else None
            at += 1
            if problems:
                found_here = tuple(problems)
                row = PreviewRow(sheet, number, cells, layout, row_values, error, found_here)
                row.file_status = error
                row.file_problems = found_here
                append(row)
                continue
            row = PreviewRow(sheet, number, cells, layout, row_values, new)
            append(row)
            if keys is None:
                key = key_of(row_values)
            if key is None:
                continue
            row.key = key
            first = seen.setdefault(key, row)
            if first is not row:
                row.status = row.file_status = duplicate
                row.duplicate_of = first.row_number
                message = self.same_as.format(row=first.row_number, sheet=first.sheet)
                row.add_problem(Problem("", message))
                row.file_problems = row.problems


class _SkippedRows:
    """Blank and total rows (see `tabular.rows`: `is_blank`, `is_total_row`), found for a chunk
    of rows at once. A text is tested once; the cell values known to be harmless are
    remembered as long as the preview is being built (they are the file's values anyway)."""

    def __init__(self) -> None:
        self.harmless: set[CellValue] = {None}
        self.totals: set[CellValue] = set()

    def of(self, rows: Sequence[Values]) -> set[int]:
        """The indexes of the blank and the totals rows among `rows`."""
        skipped: set[int] = set()
        for size in set(map(len, rows)):
            blank = (None,) * size
            if blank in rows:
                skipped.update(at for at, values in enumerate(rows) if values == blank)
        cells = set(chain.from_iterable(rows))
        harmless, totals = self.harmless, self.totals
        for value in cells - harmless - totals:
            if type(value) is str and is_total_text(value):
                totals.add(value)
            else:
                harmless.add(value)
        if not totals.isdisjoint(cells):
            skipped.update(at for at, values in enumerate(rows) if not totals.isdisjoint(values))
        return skipped


def _no_header_message(name: str, fieldset: FieldSet) -> str:
    expected = ", ".join(f.title for f in fieldset.required) or ", ".join(
        f.title for f in fieldset.fields[:3]
    )
    return translate(
        "Importing",
        "No sheet in {name} has a header row with the expected columns ({expected}). Check that "
        "it is the right file, or choose the columns by hand.",
    ).format(name=name, expected=expected)


def _no_rows_message(name: str) -> str:
    return translate(
        "Importing",
        "{name} has a header row but no rows below it: there is nothing to import. Check that "
        "it is the right file.",
    ).format(name=name)
