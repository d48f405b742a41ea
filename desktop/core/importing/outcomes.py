"""Every row's outcome of a stored import batch, in the file's order.

A batch stores an `ImportRow` for each row, except for the rows that became records which keep
their batch, sheet and row themselves (see `commit.entities_keep_source`): the importer passes
those as `(sheet, row number, record id)` and they count as imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import RowOutcome
from db.models import ImportBatch, ImportRow
from desktop.core.importing.spec import Problem


@dataclass(frozen=True, slots=True)
class RowRecord:
    """One row of an imported file and what became of it."""

    sheet: str
    row_number: int
    outcome: RowOutcome
    entity_id: int | None
    problems: tuple[Problem, ...] = ()


def batch_rows(
    session: Session, batch_id: int, imported: Iterable[tuple[str, int, int]] = ()
) -> list[RowRecord]:
    """The batch's rows sorted by sheet (in the file's order) and row number; `imported` are
    the rows recorded by their records (sheet, row number, record id)."""
    records = [
        RowRecord(
            sheet,
            number,
            outcome,
            entity_id,
            tuple(Problem(str(m.get("column", "")), str(m.get("message", ""))) for m in messages),
        )
        for sheet, number, outcome, entity_id, messages in session.execute(
            select(
                ImportRow.sheet,
                ImportRow.row_number,
                ImportRow.outcome,
                ImportRow.entity_id,
                ImportRow.messages,
            )
            .where(ImportRow.batch_id == batch_id)
            .order_by(ImportRow.id)
        )
    ]
    records += [
        RowRecord(sheet, number, RowOutcome.IMPORTED, entity_id)
        for sheet, number, entity_id in imported
    ]
    mapping = session.scalar(select(ImportBatch.mapping).where(ImportBatch.id == batch_id)) or {}
    order = {name: index for index, name in enumerate(mapping)}
    for record in records:  # sheets without a mapping (all skipped) after the others
        order.setdefault(record.sheet, len(order))
    return sorted(records, key=lambda r: (order[r.sheet], r.row_number))
