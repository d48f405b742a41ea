"""Bring a database to the schema of this version of Anvis, with a backup copy first.

Opening a database that is already up to date (nearly every start) does not import Alembic, which
costs a noticeable part of the time to a usable window (bench/startup.py): the revisions are
numbered in one line, each revision id the number its file starts with (tests/db/test_migrations.py
holds Alembic's own view to that), so the newest one is read from the file names and the
database's from its `alembic_version` table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from db.backup import backup_sqlite
from db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaError(Exception):
    """The database cannot be used by this version; the message says why (in English)."""


class DatabaseTooNew(SchemaError):
    def __init__(self, revision: str) -> None:
        super().__init__(f"the database was made by a newer Anvis (schema {revision})")
        self.revision = revision


class NotAnAnvisDatabase(SchemaError):
    def __init__(self) -> None:
        super().__init__("the database holds tables but no Anvis schema version")


class EmptyDatabase(SchemaError):
    """An empty database where an existing one was expected (`ensure_schema(create=False)`)."""

    def __init__(self) -> None:
        super().__init__("the database is empty: Anvis has not made its tables there")


@dataclass(frozen=True)
class MigrationReport:
    before: str | None
    after: str
    backup: Path | None

    @property
    def created(self) -> bool:
        return self.before is None

    @property
    def upgraded(self) -> bool:
        return self.before is not None and self.before != self.after


def alembic_config() -> Config:
    from alembic.config import Config  # noqa: PLC0415 - only to migrate (bench/startup.py)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest revision: the highest number of a file in migrations/versions."""
    return max(
        path.name[:4] for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def known_revisions() -> set[str]:
    """Every revision Alembic knows (Alembic's own reading of the files)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only to migrate

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(database: Database) -> str | None:
    """The database's revision, as Alembic keeps it (None: no Anvis schema)."""
    with database.engine.connect() as conn:
        return revision_of(conn)


def revision_of(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


@contextmanager
def migrating(database: Database) -> Iterator[Config]:
    """Alembic's configuration on one transaction of `database`, for a migration command.

    On SQLite the foreign keys are off while it runs: a migration that copies a table (SQLite
    cannot change most things in place) drops the old one, which with the keys on would delete
    the rows that refer to it through ON DELETE CASCADE, or be refused. SQLite's own procedure
    for such changes turns them off around the transaction; before the commit every reference
    is checked (`foreign_key_check`), and a broken one rolls the migration back."""
    with database.engine.connect() as conn:
        raw = conn.connection.driver_connection if database.is_sqlite else None
        if raw is not None:  # before the transaction: SQLite ignores the pragma inside one
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config = alembic_config()
                config.attributes["connection"] = conn
                yield config
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise SchemaError(f"the migration broke references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def upgrade(database: Database, revision: str = "head") -> None:
    from alembic import command  # noqa: PLC0415 - only to migrate (bench/startup.py)

    with migrating(database) as config:
        command.upgrade(config, revision)


def downgrade(database: Database, revision: str) -> None:
    """Back to an older revision (tests and developers; Anvis itself never goes back)."""
    from alembic import command  # noqa: PLC0415 - only to migrate

    with migrating(database) as config:
        command.downgrade(config, revision)


def ensure_schema(
    database: Database, backup_dir: Path | None = None, *, create: bool = True
) -> MigrationReport:
    """Create a new database (unless `create` is False: EmptyDatabase), upgrade an older one
    (after a backup), refuse a newer one or one that is not Anvis's."""
    before = current_revision(database)
    head = head_revision()
    if before == head:
        return MigrationReport(before, head, None)
    if before is None:
        if inspect(database.engine).get_table_names():
            raise NotAnAnvisDatabase()
        if not create:
            raise EmptyDatabase()
        upgrade(database)
        return MigrationReport(None, head, None)
    if before not in known_revisions():
        raise DatabaseTooNew(before)
    backup = None
    if database.sqlite_path is not None and backup_dir is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{database.sqlite_path.stem}-before-upgrade-{before}-{stamp}.sqlite"
        backup = backup_sqlite(database.sqlite_path, backup_dir / name)
    upgrade(database)
    return MigrationReport(before, head, backup)
