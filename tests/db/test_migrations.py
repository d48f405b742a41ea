"""The schema is built by the migrations, equals the models, and older databases upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import db.models  # noqa: F401
from db.base import Base
from db.engine import Database
from db.migrate import current_revision, ensure_schema, head_revision, upgrade
from db.models.applicants import is_dialect_search_object
from desktop.core.errors import DatabaseProblem
from desktop.core.workspace import open_workspace

FIRST_REVISION = "0001"


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    database = Database(database_url)
    report = ensure_schema(database)
    assert report.created
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, parents: (
                    not (type_ in ("table", "index") and is_dialect_search_object(name))
                )
            },
        )
        drift = compare_metadata(context, Base.metadata)
    database.dispose()
    assert drift == []


def test_database_made_at_the_first_revision_upgrades_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = Database(path)
    upgrade(old, FIRST_REVISION)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organisation (number, name, active, version, created_at, created_by)"
            " VALUES ('088', 'Plus Bolig', 1, 1, '2026-01-01 00:00:00', 'x')"
        )
    old.dispose()

    backups = tmp_path / "backups"
    database = Database(path)
    report = ensure_schema(database, backups)
    assert report.before == FIRST_REVISION
    assert report.after == head_revision() == current_revision(database)
    if report.upgraded:
        assert report.backup is not None
        copy = sqlite3.connect(report.backup)
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Plus Bolig",)]
        copy.close()
    assert "organisation" in inspect(database.engine).get_table_names()
    database.dispose()


def test_a_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    database = Database(path)
    ensure_schema(database)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    database.dispose()
    with pytest.raises(DatabaseProblem, match="newer version of Anvis"):
        open_workspace(path)


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE budget (x INTEGER)")
    conn.close()
    with pytest.raises(DatabaseProblem, match="not an Anvis database"):
        open_workspace(path)


def test_the_revisions_are_one_line_numbered_as_their_files() -> None:
    # Opening a database reads the newest revision from the file names, without Alembic: that
    # holds only while each revision id is its file's number and the history is one line.
    from alembic.script import ScriptDirectory

    from db.migrate import MIGRATIONS, alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    numbers = sorted(p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    assert sorted(known_revisions()) == numbers
    for revision in script.walk_revisions():
        expected = (
            None if revision.revision == FIRST_REVISION else f"{int(revision.revision) - 1:04d}"
        )
        assert revision.down_revision == expected, revision.revision


def test_opening_an_up_to_date_database_needs_no_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    target = tmp_path / "anvis.sqlite"
    open_workspace(target).close()
    probe = (
        "import sys; from desktop.core.workspace import open_workspace; "
        f"open_workspace({str(target)!r}, create=False).close(); "
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert shown.stdout.strip() == "False"


def test_a_sqlite_database_opens_without_postgresqls_dialect(tmp_path: Path) -> None:
    """The partial indexes name their condition for both databases without loading the other
    database's dialect (db.base.PartialIndex): a SQLite desk never pays for PostgreSQL's."""
    import subprocess
    import sys

    target = tmp_path / "anvis.sqlite"
    open_workspace(target).close()
    probe = (
        "import sys; from desktop.core.workspace import open_workspace; "
        f"open_workspace({str(target)!r}, create=False).close(); "
        "print('sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert shown.stdout.strip() == "False"


def test_the_partial_indexes_keep_their_condition_on_both_databases() -> None:
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex

    partial = {
        "uq_offer_open_vacancy": "WHERE status IN ('draft', 'sent', 'accepted') AND closed_on",
        "uq_offer_open_applicant": "WHERE status IN ('draft', 'sent', 'accepted') AND closed_on",
        "ix_letter_undelivered": "WHERE delivery IS NOT NULL AND delivered_on IS NULL",
    }
    indexes = {i.name: i for t in Base.metadata.tables.values() for i in t.indexes}
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        for name, condition in partial.items():
            assert condition in str(CreateIndex(indexes[name]).compile(dialect=dialect))
