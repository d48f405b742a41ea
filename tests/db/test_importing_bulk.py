"""The driver-level bulk insert: values in their stored form read back through the ORM exactly
as if the ORM had written them, on SQLite and PostgreSQL; constants that are not plain text are
bound, never spliced into the statement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Table, select

from db.models import Department, ImportRow, Organisation, Vacancy
from desktop.core.importing.bulk import (
    insert_columns,
    reserve_ids,
    stored_date,
    stored_datetime,
    stored_json,
    stored_money,
)

TABLE: Table = Vacancy.__table__  # type: ignore[assignment]


def _department(workspace) -> int:
    with workspace.write() as session:
        org = Organisation(number="145", name="Himmerland")
        dept = Department(organisation=org, number="07", name="Storkereden")
        session.add_all([org, dept])
        session.flush()
        return dept.id


def test_stored_values_read_back_through_the_orm(workspace) -> None:
    dept = _department(workspace)
    moment = dt.datetime(2026, 11, 21, 9, 30, 0)  # no microseconds: still stored with them
    with workspace.write() as session:
        ids = reserve_ids(session, TABLE, 2)
        insert_columns(
            session,
            TABLE,
            2,
            {
                "id": ids,
                "department_id": [dept, dept],
                "lease_number": ["1.200", "O'Brien; DROP TABLE vacancy"],
                "street": ["Kildeparken", "Æblevej"],
                "rooms": [2.5, None],
                "rent": [stored_money(Decimal("4100.5")), stored_money(Decimal("0.005"))],
                "available_from": [stored_date(dt.date(2026, 12, 1))] * 2,
                "elevator": [True, False],
                "remarks": [None, None],  # all empty: left out, stays NULL
                "source_row": [2, 3],
            },
            {
                "dwelling_type": "family",
                "status": "received",
                "reported_on": stored_date(dt.date(2026, 11, 21)),
                "version": 1,
                "created_at": stored_datetime(moment),
                "created_by": "o'brien",  # not plain text: bound
                "source_sheet": "Ark 1",
            },
        )
    with workspace.read() as session:
        rows = session.scalars(select(Vacancy).order_by(Vacancy.id)).all()
        got = [
            (
                v.id, v.lease_number, v.street, v.rooms, v.rent, v.available_from, v.elevator,
                v.remarks, v.created_at, v.created_by, v.source_sheet, v.status.value, v.version,
            )
            for v in rows
        ]  # fmt: skip
    assert [g[0] for g in got] == ids
    assert got[0][1:] == (
        "1.200", "Kildeparken", 2.5, Decimal("4100.50"), dt.date(2026, 12, 1), True, None,
        moment, "o'brien", "Ark 1", "received", 1,
    )  # fmt: skip
    assert got[1][1:8] == (
        "O'Brien; DROP TABLE vacancy", "Æblevej", None, Decimal("0.01"),
        dt.date(2026, 12, 1), False, None,
    )  # fmt: skip


def test_json_and_many_rows_without_ids(workspace) -> None:
    from db.enums import ImportKind
    from db.models import ImportBatch

    with workspace.write() as session:
        batch = ImportBatch(
            kind=ImportKind.VACANCIES, filename="x.csv", file_bytes=b"x", sha256="0", size=1
        )
        session.add(batch)
        session.flush()
        messages = [[], [{"column": "Husleje", "message": "“x” er ikke et tal."}]] * 500
        insert_columns(
            session,
            ImportRow.__table__,  # type: ignore[arg-type]
            1000,
            {
                "sheet": ["Ledige"] * 1000,
                "row_number": list(range(2, 1002)),
                "outcome": ["error"] * 1000,
                "entity_id": [None] * 1000,
                "messages": [stored_json(m) for m in messages],
            },
            {"batch_id": batch.id},
        )
        batch_id = batch.id
    with workspace.read() as session:
        rows = session.execute(
            select(ImportRow.row_number, ImportRow.messages, ImportRow.entity_id)
            .where(ImportRow.batch_id == batch_id)
            .order_by(ImportRow.row_number)
        ).all()
    assert len(rows) == 1000
    assert rows[1] == (3, [{"column": "Husleje", "message": "“x” er ikke et tal."}], None)
    assert rows[0][1] == []


def test_money_is_stored_in_ore_as_the_money_type_rounds() -> None:
    assert stored_money(Decimal("4100.50")) == 410050
    assert stored_money(Decimal("0.005")) == 1  # half up
    assert stored_money(Decimal("-0.005")) == -1
    assert stored_money(Decimal("12")) == 1200
    assert stored_money(None) is None
