"""What an importer (vacancies, applicants, master data, monitoring) plugs into the pipeline.

An importer declares its fields and implements four small steps; the pipeline does the rest
(reading, header and column mapping, blank and total rows, duplicates within the file, progress,
the batch record, the all-or-nothing transaction and the report):

- `parse_row(cells)`: turn one row's cells into values, recording problems on `cells`;
- `key(values)`: what makes two rows the same thing (duplicates within the file);
- `classify(session, rows, context)`: compare with the database: mark rows DUPLICATE, UNCHANGED,
  UPDATED (setting `existing_id`) or add problems such as an unknown department;
- `write(session, rows, batch, context)`: insert/update the NEW and UPDATED rows in bulk (Core
  `insert()` executemany) and return the entity id of each row, in order (None if unknown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, Protocol, TypeVar

from sqlalchemy.orm import Session

from db.enums import ImportKind, RowOutcome
from db.models import ImportBatch
from desktop.core.i18n import translate
from desktop.core.tabular.headers import FieldSet
from desktop.core.tabular.model import CellValue
from desktop.core.tabular.values import ValueProblem

T = TypeVar("T")


class RowStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"
    SKIPPED = "skipped"

    @property
    def outcome(self) -> RowOutcome:
        return _OUTCOMES[self]


_OUTCOMES = {
    RowStatus.NEW: RowOutcome.IMPORTED,
    RowStatus.UPDATED: RowOutcome.UPDATED,
    RowStatus.UNCHANGED: RowOutcome.UNCHANGED,
    RowStatus.DUPLICATE: RowOutcome.DUPLICATE,
    RowStatus.ERROR: RowOutcome.ERROR,
    RowStatus.SKIPPED: RowOutcome.SKIPPED,
}


@dataclass(frozen=True, slots=True)
class Problem:
    column: str
    """The column's header as the file has it ("" when the problem is about the whole row)."""
    message: str


@dataclass(frozen=True, slots=True)
class ImportContext:
    """Facts every step may need: whose file it is, who imports, which day."""

    kind: ImportKind
    organisation_id: int | None
    user: str
    today: dt.date


class Cells:
    """One row's cells by field name; `take` parses a field and records any problem."""

    def __init__(self, raw: Mapping[str, CellValue], headers: Mapping[str, str]) -> None:
        self.raw = raw
        self.headers = headers
        self.problems: list[Problem] = []

    def header(self, name: str) -> str:
        return self.headers.get(name, name)

    def take(
        self, name: str, parser: Callable[[CellValue], T | None], *, required: bool = False
    ) -> T | None:
        value = self.raw.get(name)
        try:
            parsed = parser(value)
        except ValueProblem as problem:
            self.problems.append(Problem(self.header(name), problem.message))
            return None
        if parsed is None and required:
            self.problem(name, translate("Importing", "The cell is empty but must be filled in."))
        return parsed

    def problem(self, name: str, message: str) -> None:
        """Record a problem found by the importer's own rules (e.g. a negative rent)."""
        self.problems.append(Problem(self.header(name) if name else "", message))


@dataclass(frozen=True, slots=True)
class SheetColumns:
    """Where a mapped sheet's fields are, shared by all its rows: field name -> index of the
    cell in a row, and field name -> the file's header text of that column."""

    sheet: str
    indexes: Mapping[str, int]
    headers: Mapping[str, str]

    def header(self, name: str) -> str:
        """The file's header of the field's column (the field's name if it has none)."""
        return self.headers.get(name, name)


@dataclass(slots=True)
class PreviewRow:
    sheet: str
    row_number: int
    cells: Sequence[CellValue]
    """The row as the file has it (a row may end before its last mapped column)."""
    columns: SheetColumns
    values: dict[str, Any]
    status: RowStatus
    problems: tuple[Problem, ...] = ()
    """What is wrong with the row (`add_problem`). A tuple, like the other values a row keeps:
    an import keeps 50,000 rows, and a list in each would be 50,000 more objects for Python's
    garbage collector to walk again and again while the import runs."""
    key: Hashable | None = None
    duplicate_of: int | None = None
    """Row number of the first occurrence (same sheet or earlier) for DUPLICATE rows."""
    existing_id: int | None = None
    """The database record an UPDATED/UNCHANGED/DUPLICATE row matches, when the importer knows."""
    file_status: RowStatus = RowStatus.NEW
    """The status from the file alone, before the database was consulted."""
    file_problems: tuple[Problem, ...] = ()

    def add_problem(self, *problems: Problem) -> None:
        self.problems += problems

    @property
    def raw(self) -> dict[str, CellValue]:
        """The mapped cells by field name (None for an empty cell), made when asked for: an
        import keeps 50,000 rows and hardly ever looks at their cells again."""
        cells = self.cells
        size = len(cells)
        return {
            name: cells[index] if index < size else None
            for name, index in self.columns.indexes.items()
        }


@dataclass(frozen=True, slots=True)
class ParsedRows:
    """What an importer's optional `parse_rows` makes of a chunk of rows: each row's values (as
    `parse_row` would return them), the problems of the rows that have any (by index in the
    chunk, in the order `parse_row` would record them) and, when the importer works them out
    at once, each row's `key(values)` (None: the pipeline asks `key` row by row)."""

    values: Sequence[dict[str, Any]]
    problems: Mapping[int, Sequence[Problem]]
    keys: Sequence[Hashable | None] | None = None


class ImportWrite(NamedTuple):
    """What an importer's `write` is given: the write transaction, the rows to write (new and
    updated, in file order), the batch they are imported in and the import's context."""

    session: Session
    rows: Sequence[PreviewRow]
    batch: ImportBatch
    context: ImportContext


class ImportSpec(Protocol):
    kind: ImportKind
    fieldset: FieldSet

    def parse_row(self, cells: Cells) -> dict[str, Any]: ...

    def key(self, values: Mapping[str, Any]) -> Hashable | None: ...

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None: ...

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        """The ids of the records written, one a row (None: the row made no record)."""
