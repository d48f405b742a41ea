"""The private landlords' migration on a database of an older Anvis (the revision before), on
SQLite and PostgreSQL: every dwelling keeps its department, none gets a landlord, and nothing
else changes - not the dwellings' history, checks, offers or letters, which refer to the vacancy
table that SQLite copies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.migrate import alembic_config, downgrade, ensure_schema, upgrade
from desktop.core.intake.listing import vacancy_detail
from desktop.core.workspace import open_workspace
from tests.conftest import TODAY


def _revision_before_landlords() -> str:
    """The revision the private landlords' migration follows (numbers move at merge time)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    (revision,) = [r for r in script.walk_revisions() if r.doc.startswith("private landlords")]
    assert isinstance(revision.down_revision, str)
    return revision.down_revision


BEFORE = _revision_before_landlords()
NOW = dt.datetime(2026, 11, 1, 9, 0)
STAMP = {"version": 1, "created_at": NOW, "created_by": "old"}

Contents = dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]


def _old_database(url: str) -> Database:
    """A database as Anvis made it before private landlords: dwellings with their history,
    checks, an offer and its letter."""
    database = Database(url)
    upgrade(database, BEFORE)
    meta = sa.MetaData()
    meta.reflect(database.engine)
    t = meta.tables
    with database.engine.begin() as conn:

        def add(table: str, **values: Any) -> int:
            return int(conn.execute(t[table].insert().values(**values)).inserted_primary_key[0])

        organisation = add("organisation", number="088", name="Plus Bolig", active=True, **STAMP)
        department = add(
            "department",
            organisation_id=organisation,
            number="07",
            name="Kildeparken",
            suitable_for_young=False,
            active=True,
            **STAMP,
        )
        applicant = add(
            "applicant",
            name="Søren Ærø",
            exempt_digital_post=False,
            target_group="other",
            registered_on=dt.date(2025, 3, 1),
            urgency="normal",
            status="active",
            needs_wheelchair=False,
            needs_step_free=False,
            needs_ground_floor=False,
            has_pets=False,
            needs_strong_area=False,
            wanted_areas=[],
            **STAMP,
        )
        for lease, status, scheme in (
            ("07-001", "offered", "ordinary"),
            ("07-002", "received", "starter"),
        ):
            vacancy = add(
                "vacancy",
                department_id=department,
                lease_number=lease,
                dwelling_type="family",
                scheme=scheme,
                street="Kildeparken",
                house_number="12",
                rooms=2.0,
                rent=420000,
                available_from=dt.date(2026, 12, 1),
                reported_on=dt.date(2026, 11, 1),
                at_disposal_from=dt.date(2026, 12, 1),
                desk_deadline=dt.date(2026, 12, 10),
                status=status,
                **STAMP,
            )
            add("vacancy_event", vacancy_id=vacancy, at=NOW, by="old", to_status="received")
            add(
                "intake_check",
                vacancy_id=vacancy,
                checked_at=NOW,
                decision_date=dt.date(2026, 11, 1),
                colour="green",
                list_kinds=[],
                proposal="accept",
                snapshot={"seen": lease},
            )
        offer = add(
            "offer",
            vacancy_id=1,
            applicant_id=applicant,
            status="sent",
            good_reason=False,
            **STAMP,
        )
        add("offer_event", offer_id=offer, at=NOW, by="old", to_status="sent")
        add(
            "letter",
            kind="offer",
            offer_id=offer,
            applicant_id=applicant,
            vacancy_id=1,
            pdf=b"%PDF-1.4 old",
            sha256="0" * 64,
            pages=1,
            created_at=NOW,
            created_by="old",
        )
    return database


def _contents(database: Database, like: Contents | None = None) -> Contents:
    """Every row of every table in id order, with the column names; with `like`, only its
    tables and columns."""
    meta = sa.MetaData()
    meta.reflect(database.engine)
    found = {}
    with database.engine.connect() as conn:
        for name, table in meta.tables.items():
            if name == "alembic_version" or name.startswith("applicant_fts"):
                continue
            if like is not None and name not in like:
                continue
            columns = list(table.columns)
            if like is not None:
                columns = [c for c in columns if c.name in like[name][0]]
            order = list(table.primary_key.columns)
            rows = [tuple(row) for row in conn.execute(sa.select(*columns).order_by(*order))]
            found[name] = (tuple(c.name for c in columns), rows)
    return found


def test_every_dwelling_keeps_its_department_and_nothing_else_changes(
    database_url: str, tmp_path: Path
) -> None:
    database = _old_database(database_url)
    before = _contents(database)
    database.dispose()

    database = Database(database_url)
    report = ensure_schema(database, tmp_path / "backups")
    assert report.before == BEFORE
    assert report.upgraded
    after = _contents(database)
    assert _contents(database, before) == before  # history, checks, offer and letter kept
    assert after["landlord"][1] == []
    columns, rows = after["vacancy"]
    at = columns.index
    assert [(r[at("department_id")], r[at("landlord_id")]) for r in rows] == [(1, None), (1, None)]
    database.dispose()

    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    try:
        detail = vacancy_detail(ws, 1)
        assert (detail.department_number, detail.organisation_name) == ("07", "Plus Bolig")
        assert detail.landlord_id is None
    finally:
        ws.close()


def test_a_dwelling_has_a_department_or_a_landlord_never_both_nor_neither(
    database_url: str,
) -> None:
    database = _old_database(database_url)
    upgrade(database)
    with database.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO landlord (name, cvr, active, version, created_at, created_by)"
                " VALUES ('Nordbo', '72494814', true, 1, :now, 'new')"
            ),
            {"now": NOW},
        )
    copy = (
        "INSERT INTO vacancy (department_id, landlord_id, dwelling_type, scheme, street, rent,"
        " available_from, reported_on, status, version, created_at, created_by)"
        " SELECT {department}, {landlord}, dwelling_type, scheme, street, rent, available_from,"
        " reported_on, status, 1, created_at, 'new' FROM vacancy WHERE id = 1"
    )
    with database.engine.begin() as conn:
        conn.execute(sa.text(copy.format(department="NULL", landlord="1")))
    for department, landlord in (("NULL", "NULL"), ("1", "1")):
        with pytest.raises(IntegrityError), database.engine.begin() as conn:
            conn.execute(sa.text(copy.format(department=department, landlord=landlord)))
    database.dispose()


def test_going_back_drops_only_the_landlords(database_url: str) -> None:
    database = _old_database(database_url)
    before = _contents(database)
    upgrade(database)
    downgrade(database, BEFORE)
    inspector = sa.inspect(database.engine)
    assert "landlord" not in inspector.get_table_names()
    vacancy = {c["name"]: c for c in inspector.get_columns("vacancy")}
    assert "landlord_id" not in vacancy
    assert not vacancy["department_id"]["nullable"]
    assert _contents(database) == before
    database.dispose()
