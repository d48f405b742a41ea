"""The scheme migration on a database of an older Anvis (schema 0014), on SQLite and PostgreSQL:
every existing dwelling ends in the ordinary scheme and nothing else changes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command

from db.engine import Database
from db.migrate import alembic_config, ensure_schema, upgrade
from desktop.core.intake.listing import vacancy_detail
from desktop.core.workspace import open_workspace
from tests.conftest import TODAY

BEFORE = "0014"
NOW = dt.datetime(2026, 11, 1, 9, 0)
STAMP = {"version": 1, "created_at": NOW, "created_by": "old"}


def _old_database(url: str) -> Database:
    """A database as Anvis made it before schemes: dwellings with their history and checks."""
    database = Database(url)
    upgrade(database, BEFORE)
    meta = sa.MetaData()
    meta.reflect(database.engine)
    t = meta.tables
    with database.engine.begin() as conn:
        organisation = conn.execute(
            t["organisation"].insert().values(number="088", name="Plus Bolig", active=True, **STAMP)
        ).inserted_primary_key[0]
        department = conn.execute(
            t["department"]
            .insert()
            .values(
                organisation_id=organisation,
                number="07",
                name="Kildeparken",
                suitable_for_young=False,
                active=True,
                **STAMP,
            )
        ).inserted_primary_key[0]
        for lease, kind, status in (
            ("07-001", "family", "accepted"),
            ("07-002", "youth", "received"),
            ("07-003", "elderly", "let"),
        ):
            vacancy = conn.execute(
                t["vacancy"]
                .insert()
                .values(
                    department_id=department,
                    lease_number=lease,
                    dwelling_type=kind,
                    street="Kildeparken",
                    house_number="12",
                    floor="2",
                    door="th",
                    rooms=2.0,
                    rent=420000,
                    aconto_heating=45000,
                    available_from=dt.date(2026, 12, 1),
                    reported_on=dt.date(2026, 11, 1),
                    at_disposal_from=dt.date(2026, 12, 1),
                    desk_deadline=dt.date(2026, 12, 10),
                    status=status,
                    **STAMP,
                )
            ).inserted_primary_key[0]
            conn.execute(
                t["vacancy_event"]
                .insert()
                .values(vacancy_id=vacancy, at=NOW, by="old", to_status="received", note="Ind")
            )
            conn.execute(
                t["intake_check"]
                .insert()
                .values(
                    vacancy_id=vacancy,
                    checked_at=NOW,
                    decision_date=dt.date(2026, 11, 1),
                    colour="green",
                    list_kinds=[],
                    proposal="accept",
                    snapshot={"seen": lease},
                )
            )
    return database


def _contents(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the vacancies without their scheme), in id order."""
    meta = sa.MetaData()
    meta.reflect(database.engine)
    found = {}
    with database.engine.connect() as conn:
        for name, table in meta.tables.items():
            if name == "alembic_version" or name.startswith("applicant_fts"):
                continue
            columns = [c for c in table.columns if c.name != "scheme"]
            order = list(table.primary_key.columns)
            found[name] = [tuple(row) for row in conn.execute(sa.select(*columns).order_by(*order))]
    return found


def test_every_existing_dwelling_is_ordinary_and_nothing_else_changes(
    database_url: str, tmp_path: Path
) -> None:
    database = _old_database(database_url)
    before = _contents(database)
    database.dispose()

    database = Database(database_url)
    report = ensure_schema(database, tmp_path / "backups")
    assert report.before == BEFORE
    assert report.upgraded
    if database.engine.dialect.name == "sqlite":  # the file was copied before the upgrade
        assert report.backup is not None
        copy = sqlite3.connect(report.backup)
        assert copy.execute("SELECT count(*) FROM vacancy").fetchone() == (3,)
        copy.close()
    assert _contents(database) == before
    with database.engine.connect() as conn:
        schemes = conn.execute(sa.text("SELECT scheme FROM vacancy")).scalars().all()
    database.dispose()
    assert schemes == ["ordinary"] * 3

    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    try:
        assert {vacancy_detail(ws, i).scheme for i in (1, 2, 3)} == {"ordinary"}
    finally:
        ws.close()


def test_going_back_to_0014_drops_only_the_scheme(database_url: str) -> None:
    database = _old_database(database_url)
    before = _contents(database)
    upgrade(database)
    config = alembic_config()
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, BEFORE)
    columns = [c["name"] for c in sa.inspect(database.engine).get_columns("vacancy")]
    assert "scheme" not in columns
    assert _contents(database) == before
    database.dispose()
