"""Writing vacancies fast: one Core `insert ... RETURNING` executemany for the dwellings, one for
their intake checks (the ORM's unit of work is ~5x slower on 50,000 rows).

Rows inserted here bypass the session's stamping hook, so `created_at`/`created_by`/`version`
are filled in explicitly. The "received" entry of a dwelling's history is not stored as an
event: it is the vacancy's own `created_at`/`created_by` and source (see `listing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import DwellingType, VacancyStatus
from db.models import Vacancy
from desktop.core.intake import check, status
from desktop.core.intake.rules import VacancyDraft

_CHUNK = 900  # parameters per IN list stay far below SQLite's limit


@dataclass(frozen=True, slots=True)
class NewVacancy:
    """A valid draft with its department found, ready to insert."""

    draft: VacancyDraft
    department_id: int
    source_sheet: str | None = None
    source_row: int | None = None


def duplicate_key(department_id: int, draft: VacancyDraft) -> tuple[int, str, dt.date | None]:
    """(department, lease number, available from): the same dwelling reported twice. Without a
    lease number the address stands in for it."""
    lease = draft.lease_number
    if not lease:
        parts = (draft.street, draft.house_number, draft.floor, draft.door)
        lease = "@" + " ".join(p.casefold() for p in parts if p)
    return (department_id, lease, draft.available_from)


def existing_keys(
    session: Session, keys: Sequence[tuple[int, str, dt.date | None]]
) -> set[tuple[int, str, dt.date | None]]:
    """Which of `keys` the database holds already (by lease number, or address without one)."""
    found: set[tuple[int, str, dt.date | None]] = set()
    wanted = set(keys)
    departments = sorted({k[0] for k in keys})
    days = [k[2] for k in keys if k[2] is not None]
    if not departments or not days:
        return found
    table = Vacancy.__table__.c
    # One range query per chunk of departments (an IN list of 50,000 key tuples is slow), the
    # keys compared in Python.
    for start in range(0, len(departments), _CHUNK):
        rows = session.execute(
            select(
                table.department_id,
                table.lease_number,
                table.street,
                table.house_number,
                table.floor,
                table.door,
                table.available_from,
            ).where(
                table.department_id.in_(departments[start : start + _CHUNK]),
                table.available_from >= min(days),
                table.available_from <= max(days),
            )
        )
        for dept, lease, street, number, floor, door, day in rows:
            if lease:
                key = (dept, lease, day)
            else:
                parts = (street, number, floor, door)
                key = (dept, "@" + " ".join(p.casefold() for p in parts if p), day)
            if key in wanted:
                found.add(key)
    return found


def _row(
    item: NewVacancy,
    *,
    reported_on: dt.date,
    deadline_of: dict[dt.date, dt.date],
    batch_id: int | None,
    now: dt.datetime,
    by: str,
) -> dict[str, Any]:
    d = item.draft
    if d.available_from is None or d.rent is None or d.street is None:
        raise ValueError("only a validated draft can be inserted")
    disposal = status.at_disposal_from(d.available_from, reported_on)
    return {
        "department_id": item.department_id,
        "lease_number": d.lease_number,
        "dwelling_type": d.dwelling_type or DwellingType.FAMILY,
        "street": d.street,
        "house_number": d.house_number,
        "floor": d.floor,
        "door": d.door,
        "postcode": d.postcode,
        "city": d.city,
        "address_text": d.address_text,
        "rooms": d.rooms,
        "area_m2": d.area_m2,
        "rent": d.rent,
        "aconto_heating": d.aconto_heating,
        "aconto_water": d.aconto_water,
        "aconto_other": d.aconto_other,
        "deposit": d.deposit,
        "available_from": d.available_from,
        "reported_on": reported_on,
        "at_disposal_from": disposal,
        "desk_deadline": deadline_of[disposal],
        "elevator": d.elevator,
        "pets_allowed": d.pets_allowed,
        "wheelchair_accessible": d.wheelchair_accessible,
        "step_free": d.step_free,
        "remarks": d.remarks,
        "viewing_contact": d.viewing_contact,
        "status": VacancyStatus.RECEIVED,
        "import_batch_id": batch_id,
        "source_sheet": item.source_sheet,
        "source_row": item.source_row,
        "version": 1,
        "created_at": now,
        "created_by": by,
    }


def insert_vacancies(
    session: Session,
    items: Sequence[NewVacancy],
    *,
    reported_on: dt.date,
    by: str,
    batch_id: int | None = None,
) -> list[int]:
    """Insert the dwellings as received, run and store their intake checks; their ids in order."""
    if not items:
        return []
    now = utcnow()
    disposals = {
        status.at_disposal_from(i.draft.available_from, reported_on)
        for i in items
        if i.draft.available_from is not None
    }
    deadline_of = {day: status.desk_deadline(session, day) for day in disposals}
    rows = [
        _row(i, reported_on=reported_on, deadline_of=deadline_of, batch_id=batch_id, now=now, by=by)
        for i in items
    ]
    # A Core executemany with RETURNING: SQLAlchemy sends it as multi-row INSERTs ("insert many
    # values") on SQLite and PostgreSQL alike, ids in the order of the rows.
    table: Table = Vacancy.__table__  # type: ignore[assignment]
    result = session.connection().execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    ids = [row[0] for row in result]
    inputs = [
        check.CheckInput(
            key=index,
            department_id=item.department_id,
            report_date=reported_on,
            dwelling_type=item.draft.dwelling_type or DwellingType.FAMILY,
            rooms=item.draft.rooms,
            monthly_total=item.draft.monthly_total,
        )
        for index, item in enumerate(items)
    ]
    assessments = check.assess_many(session, inputs)
    check.store(session, ((ids[a.key], a) for a in assessments))
    return ids
