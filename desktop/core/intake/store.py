"""Writing vacancies fast: one executemany of plain values for the dwellings, one for their intake
checks (`desktop.core.importing.bulk`; the ORM's unit of work is ~10x slower on 50,000 rows,
Core `insert()` ~3x). The new ids are read back by the import batch.

Rows inserted here bypass the session's stamping hook, so `created_at`/`created_by`/`version`
are filled in explicitly. The "received" entry of a dwelling's history is not stored as an
event: it is the vacancy's own `created_at`/`created_by` and source (see `listing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import DwellingType, VacancyStatus
from db.models import Vacancy
from desktop.core.importing.bulk import (
    insert_columns,
    stored_date,
    stored_datetime,
    stored_money,
)
from desktop.core.intake import check, status
from desktop.core.intake.rules import VacancyDraft

_CHUNK = 900  # parameters per IN list stay far below SQLite's limit
# An enum member of a StrEnum as the plain text of its value (`.value` costs a descriptor call;
# an import converts 50,000).
_text = str.__str__


class NewVacancy(NamedTuple):
    """A valid draft with its department found, ready to insert."""

    draft: VacancyDraft
    department_id: int
    source_sheet: str | None = None
    source_row: int | None = None


def duplicate_key(department_id: int, draft: VacancyDraft) -> tuple[int, str, dt.date | None]:
    """(department, lease number, available from): the same dwelling reported twice. Without a
    lease number the address stands in for it."""
    return (department_id, lease_key(draft), draft.available_from)


def lease_key(draft: VacancyDraft) -> str:
    """The lease number, or "@" and the address in lower case when there is none."""
    lease = draft.lease_number
    if not lease:
        parts = (draft.street, draft.house_number, draft.floor, draft.door)
        lease = "@" + " ".join(p.casefold() for p in parts if p)
    return lease


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


def insert_vacancies(
    session: Session,
    items: Sequence[NewVacancy],
    *,
    reported_on: dt.date,
    by: str,
    batch_id: int | None = None,
) -> list[int]:
    """Insert the dwellings as received, run and store their intake checks; their ids in order.

    With a `batch_id` every item must come from a distinct (sheet, row) of that batch."""
    if not items:
        return []
    drafts = [item.draft for item in items]
    available: list[dt.date] = []
    for d in drafts:
        if d.available_from is None or d.rent is None or d.street is None:
            raise ValueError("only a validated draft can be inserted")
        available.append(d.available_from)
    disposals = [max(when, reported_on) for when in available]
    # A file has a few dozen distinct days: each is turned into text once.
    day = {when: stored_date(when) for when in {*available, *disposals}}
    deadline_of = {
        when: stored_date(status.desk_deadline(session, when)) for when in set(disposals)
    }
    family = DwellingType.FAMILY
    types = [d.dwelling_type or family for d in drafts]
    sheets = {item.source_sheet for item in items}
    sheet_constant = len(sheets) == 1
    columns: dict[str, list[object]] = {
        "department_id": [item.department_id for item in items],
        "lease_number": [d.lease_number for d in drafts],
        "dwelling_type": [_text(kind) for kind in types],
        "street": [d.street for d in drafts],
        "house_number": [d.house_number for d in drafts],
        "floor": [d.floor for d in drafts],
        "door": [d.door for d in drafts],
        "postcode": [d.postcode for d in drafts],
        "city": [d.city for d in drafts],
        "address_text": [d.address_text for d in drafts],
        "rooms": [d.rooms for d in drafts],
        "area_m2": [d.area_m2 for d in drafts],
        "rent": [stored_money(d.rent) for d in drafts],
        "aconto_heating": [stored_money(d.aconto_heating) for d in drafts],
        "aconto_water": [stored_money(d.aconto_water) for d in drafts],
        "aconto_other": [stored_money(d.aconto_other) for d in drafts],
        "deposit": [stored_money(d.deposit) for d in drafts],
        "available_from": [day[when] for when in available],
        "at_disposal_from": [day[when] for when in disposals],
        "desk_deadline": [deadline_of[when] for when in disposals],
        "elevator": [d.elevator for d in drafts],
        "pets_allowed": [d.pets_allowed for d in drafts],
        "wheelchair_accessible": [d.wheelchair_accessible for d in drafts],
        "step_free": [d.step_free for d in drafts],
        "remarks": [d.remarks for d in drafts],
        "viewing_contact": [d.viewing_contact for d in drafts],
        "source_row": [item.source_row for item in items],
    }
    constants: dict[str, object] = {
        "reported_on": stored_date(reported_on),
        "status": VacancyStatus.RECEIVED.value,
        "import_batch_id": batch_id,
        "version": 1,
        "created_at": stored_datetime(utcnow()),
        "created_by": by,
    }
    if sheet_constant:
        constants["source_sheet"] = _sheet(items[0].source_sheet)
    else:
        columns["source_sheet"] = [_sheet(item.source_sheet) for item in items]
    table: Table = Vacancy.__table__  # type: ignore[assignment]
    if batch_id is None:
        ids = insert_columns(session, table, len(items), columns, constants, returning_ids=True)
    else:
        insert_columns(session, table, len(items), columns, constants)
        ids = _ids_of_batch(session, batch_id, items)
    inputs = [
        check.CheckInput(
            key=index,
            department_id=item.department_id,
            report_date=reported_on,
            dwelling_type=kind,
            rooms=item.draft.rooms,
            monthly_total=item.draft.monthly_total,
        )
        for index, (item, kind) in enumerate(zip(items, types, strict=True))
    ]
    check.store_checks(session, inputs, ids)
    return ids


def _sheet(name: str | None) -> str | None:
    return None if name is None else name[:100]


def _ids_of_batch(session: Session, batch_id: int, items: Sequence[NewVacancy]) -> list[int]:
    """The ids of the rows just inserted for `items`: the batch's newest rows in id order (ids
    grow in the order of the insert on SQLite and PostgreSQL alike), checked row by row."""
    table = Vacancy.__table__.c
    newest = session.execute(
        select(table.id, table.source_row)
        .where(table.import_batch_id == batch_id)
        .order_by(table.id.desc())
        .limit(len(items))
    ).all()
    found = list(reversed(newest))
    if [row for _, row in found] != [item.source_row for item in items]:
        raise ValueError("the new rows of the batch are not the ones inserted")
    return [vacancy_id for vacancy_id, _ in found]
