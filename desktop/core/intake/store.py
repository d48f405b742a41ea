"""Writing vacancies fast: one executemany of plain values for the dwellings, one for their intake
checks (`desktop.core.importing.bulk`; the ORM's unit of work is ~10x slower on 50,000 rows,
Core `insert()` ~3x). The new ids are reserved before the insert (`bulk.reserve_ids`).

Rows inserted here bypass the session's stamping hook, so `created_at`/`created_by`/`version`
are filled in explicitly. The "received" entry of a dwelling's history is not stored as an
event: it is the vacancy's own `created_at`/`created_by` and source (see `listing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import DwellingType, VacancyStatus
from db.models import Vacancy
from desktop.core.importing.bulk import (
    insert_columns,
    money_column,
    reserve_ids,
    stored_date,
    stored_datetime,
    stored_money,
)
from desktop.core.intake import check, status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.schemes.settings import ORDINARY

_CHUNK = 900  # parameters per IN list stay far below SQLite's limit
# An enum member of a StrEnum as the plain text of its value (`.value` costs a descriptor call;
# an import converts 50,000).
_text = str.__str__


@dataclass(frozen=True, slots=True)
class NewVacancies:
    """Valid drafts with their departments found, ready to insert, given as columns: an import
    inserts 50,000, and a record per dwelling would be that many more objects for the garbage
    collector to walk while the import runs. `items[a:b]` is the same columns' part.

    A private landlord's dwellings lie in no department (`department_ids` None each) and name
    their landlord instead: one landlord's notice or file at a time (`landlord_id`)."""

    drafts: Sequence[VacancyDraft]
    department_ids: Sequence[int | None]
    source_sheets: Sequence[str | None] | None = None  # None: no sheet (typed in by hand)
    source_rows: Sequence[int | None] | None = None
    landlord_id: int | None = None

    def __len__(self) -> int:
        return len(self.drafts)

    def __getitem__(self, part: slice) -> NewVacancies:
        return NewVacancies(
            self.drafts[part],
            self.department_ids[part],
            None if self.source_sheets is None else self.source_sheets[part],
            None if self.source_rows is None else self.source_rows[part],
            self.landlord_id,
        )


# (department or landlord, lease number or address, available from): a dwelling reported twice
Key = tuple[int, str, dt.date | None]


def duplicate_key(department_id: int, draft: VacancyDraft) -> Key:
    """(department, lease number, available from): the same dwelling reported twice. Without a
    lease number the address stands in for it."""
    return (department_id, lease_key(draft), draft.available_from)


def lease_key(draft: VacancyDraft) -> str:
    """The lease number, or "@" and the address in lower case when there is none."""
    return draft.lease_number or _address_key(
        draft.street, draft.house_number, draft.floor, draft.door
    )


def _address_key(*parts: str | None) -> str:
    return "@" + " ".join(p.casefold() for p in parts if p)


def landlord_key(landlord_id: int, draft: VacancyDraft) -> Key:
    """(landlord, lease number or address, available from): a private landlord's dwelling
    noticed twice."""
    return (landlord_id, lease_key(draft), draft.available_from)


def existing_landlord_keys(session: Session, keys: Sequence[Key]) -> set[Key]:
    """Which of `keys` (`landlord_key`) the database holds already: a landlord sends a few
    dwellings at a time, so its dwellings on those days are read and compared in Python."""
    days = [k[2] for k in keys if k[2] is not None]
    if not keys or not days:
        return set()
    table = Vacancy.__table__.c
    return _stored_keys(
        session,
        set(keys),
        table.landlord_id,
        table.landlord_id.in_(sorted({k[0] for k in keys})),
        table.available_from.in_(sorted(set(days))),
    )


def existing_keys(session: Session, keys: Sequence[Key]) -> set[Key]:
    """Which of `keys` the database holds already (by lease number, or address without one)."""
    found: set[Key] = set()
    wanted = set(keys)
    departments = sorted({k[0] for k in keys})
    days = [k[2] for k in keys if k[2] is not None]
    if not departments or not days:
        return found
    table = Vacancy.__table__.c
    # One range query per chunk of departments (an IN list of 50,000 key tuples is slow), the
    # keys compared in Python.
    for start in range(0, len(departments), _CHUNK):
        found |= _stored_keys(
            session,
            wanted,
            table.department_id,
            table.department_id.in_(departments[start : start + _CHUNK]),
            table.available_from >= min(days),
            table.available_from <= max(days),
        )
    return found


def _stored_keys(
    session: Session, wanted: set[Key], owner: Any, *where: ColumnElement[bool]
) -> set[Key]:
    """The keys of `wanted` among the stored dwellings `where` selects; `owner`: the column of
    the key's first part (the department or the landlord)."""
    table = Vacancy.__table__.c
    rows = session.execute(
        select(
            owner,
            table.lease_number,
            table.street,
            table.house_number,
            table.floor,
            table.door,
            table.available_from,
        ).where(*where)
    )
    found = set()
    for who, lease, street, number, floor, door, day in rows:
        key = (who, lease or _address_key(street, number, floor, door), day)
        if key in wanted:
            found.add(key)
    return found


# The draft's fields stored as they are.
_PLAIN_FIELDS = (
    "lease_number",
    "street",
    "house_number",
    "floor",
    "door",
    "postcode",
    "city",
    "address_text",
    "rooms",
    "area_m2",
    "elevator",
    "pets_allowed",
    "wheelchair_accessible",
    "step_free",
    "remarks",
    "viewing_contact",
)
_MONEY_FIELDS = ("rent", "aconto_heating", "aconto_water", "aconto_other", "deposit")


def _column(drafts: Sequence[VacancyDraft], name: str) -> list[Any]:
    """One field of every draft (read in C; no object per draft made on the way)."""
    return list(map(attrgetter(name), drafts))


def insert_vacancies(
    session: Session,
    items: NewVacancies,
    *,
    reported_on: dt.date,
    by: str,
    batch_id: int | None = None,
    scheme: str = ORDINARY,
) -> list[int]:
    """Insert the dwellings as received, in the housing scheme `scheme`, run and store their
    intake checks; their ids in order.

    The work is done a column at a time (an import inserts 50,000 dwellings): each of the
    drafts' fields is read into a column, the ids are reserved before the insert, and the checks
    are judged from the same columns (`check.store_check_columns`)."""
    drafts = items.drafts
    if not drafts:
        return []
    if len(items.department_ids) != len(drafts):
        raise ValueError("one department per draft")
    columns: dict[str, Sequence[object]] = {name: _column(drafts, name) for name in _PLAIN_FIELDS}
    inexact: list[int] = []  # drafts with an amount in fractions of an øre
    money = {name: money_column(_column(drafts, name), inexact) for name in _MONEY_FIELDS}
    available = _column(drafts, "available_from")
    if None in available or None in money["rent"] or None in columns["street"]:
        raise ValueError("only a validated draft can be inserted")
    family = DwellingType.FAMILY
    types = [kind or family for kind in _column(drafts, "dwelling_type")]
    # A file has a few dozen distinct days: each is turned into text once.
    disposal_of = {when: max(when, reported_on) for when in set(available)}
    day = {when: stored_date(when) for when in {*disposal_of, *disposal_of.values()}}
    deadline_of = {
        when: stored_date(
            status.desk_deadline(session, disposal, scheme=scheme, notice=reported_on)
        )
        for when, disposal in disposal_of.items()
    }
    table: Table = Vacancy.__table__  # type: ignore[assignment]
    ids = reserve_ids(session, table, len(drafts))
    columns.update(money)
    columns.update(
        {
            "id": ids,
            "department_id": items.department_ids,
            "dwelling_type": [_text(kind) for kind in types],
            "available_from": [day[when] for when in available],
            "at_disposal_from": [day[disposal_of[when]] for when in available],
            "desk_deadline": [deadline_of[when] for when in available],
            "source_row": items.source_rows or [None] * len(drafts),
        }
    )
    constants: dict[str, object] = {
        "reported_on": stored_date(reported_on),
        "status": VacancyStatus.RECEIVED.value,
        "import_batch_id": batch_id,
        "scheme": scheme,
        "landlord_id": items.landlord_id,
        "version": 1,
        "created_at": stored_datetime(utcnow()),
        "created_by": by,
    }
    sheets = items.source_sheets
    if sheets is None or len(set(sheets)) == 1:
        constants["source_sheet"] = _sheet(sheets[0] if sheets else None)
    else:
        columns["source_sheet"] = [_sheet(sheet) for sheet in sheets]
    insert_columns(session, table, len(drafts), columns, constants)
    check.store_check_columns(
        session,
        reported_on,
        vacancy_ids=ids,
        department_ids=items.department_ids,
        types=types,
        rooms=columns["rooms"],  # type: ignore[arg-type]
        totals=_monthly_totals(drafts, money, inexact),
    )
    return ids


def _monthly_totals(
    drafts: Sequence[VacancyDraft], money: dict[str, list[int | None]], inexact: list[int]
) -> list[int]:
    """Rent and a conto a month in øre (`VacancyDraft.monthly_total` as stored), summed from the
    stored øre; a draft with an amount in fractions of an øre is summed as the draft sums it."""
    totals: list[int] = list(money["rent"])  # type: ignore[arg-type]
    for name in ("aconto_heating", "aconto_water", "aconto_other"):
        column = money[name]
        if column.count(None) != len(column):
            totals = [t if a is None else t + a for t, a in zip(totals, column, strict=True)]
    for index in set(inexact):
        totals[index] = stored_money(drafts[index].monthly_total) or 0
    return totals


def _sheet(name: str | None) -> str | None:
    return None if name is None else name[:100]
