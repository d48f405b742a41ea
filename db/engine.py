"""Engine and session factory for SQLite (default, one file) or PostgreSQL (a shared server)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from db import aggregates
from db.base import Stamped, utcnow
from db.checkpoint import WAL_KEPT_BYTES, Checkpointer

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_CACHE_KIB = 32 * 1024  # page cache per connection (see _configure_sqlite)


def to_url(target: str | Path) -> URL:
    """A SQLAlchemy URL, or a plain file path meaning a SQLite database file."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    if text == ":memory:":
        return make_url("sqlite://")
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


class AnvisSession(Session):
    """A session that stamps who created or changed a row (`info["user"]`, the OS login)."""


@event.listens_for(AnvisSession, "before_flush")
def _stamp_rows(session: Session, flush_context: Any, instances: Any) -> None:
    """Who created a row; who changed a record and when. A record whose parts changed counts as
    changed (db.aggregates): its version moves with them."""
    user = str(session.info.get("user", ""))
    for obj in session.new:
        if isinstance(obj, Stamped) and not obj.created_by:
            obj.created_by = user
    now = utcnow()
    for record in aggregates.records_to_stamp(session):
        record.updated_at = now
        record.updated_by = user


@event.listens_for(AnvisSession, "after_soft_rollback")
def _forget_updates(session: Session, previous_transaction: Any) -> None:
    aggregates.forget(session)


def _configure_sqlite(engine: Engine, checkpointer: Checkpointer | None) -> None:
    page_size = [4096]

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Autocommit at the driver level; SQLAlchemy's "begin" event below emits BEGIN itself, so
        # that write transactions can take the write lock up front (BEGIN IMMEDIATE) and wait for
        # another workstation instead of failing with "database is locked" half way.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")  # erased personal data must not linger in pages
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            # 32 MB of page cache instead of SQLite's 2 MB: an import of 50,000 dwellings
            # touches the table and its indexes all over, and a cache that cannot hold them
            # spills pages to the WAL in the middle of the transaction. Allocated only as used.
            cur.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            if checkpointer is not None:
                # Checkpoints run in the background instead of inside a commit (db.checkpoint).
                cur.execute("PRAGMA wal_autocheckpoint = 0")
                cur.execute(f"PRAGMA journal_size_limit = {WAL_KEPT_BYTES}")
                page_size[0] = int(cur.execute("PRAGMA page_size").fetchone()[0])
        cur.close()

    if checkpointer is not None:

        @event.listens_for(engine, "checkin")
        def _on_checkin(dbapi_conn: sqlite3.Connection, record: Any) -> None:
            checkpointer.poke(page_size[0])

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One open database: its engine and the sessions to read and to write with."""

    def __init__(self, target: str | Path | URL, *, echo: bool = False) -> None:
        self.url: URL = target if isinstance(target, URL) else to_url(target)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {
                "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                "check_same_thread": False,
            }
            if self.sqlite_path is None:
                kwargs["poolclass"] = StaticPool  # one shared in-memory database
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(self.url, **kwargs)
        path = self.sqlite_path
        self.checkpointer = (
            Checkpointer(path, SQLITE_BUSY_TIMEOUT_MS / 1000) if path is not None else None
        )
        if self.is_sqlite:
            _configure_sqlite(self.engine, self.checkpointer)
        self._reader = sessionmaker(self.engine, class_=AnvisSession, expire_on_commit=False)
        writer_bind = self.engine.execution_options(sqlite_immediate=True)
        self._writer = sessionmaker(writer_bind, class_=AnvisSession, expire_on_commit=False)

    @property
    def write_sessions(self) -> sessionmaker[AnvisSession]:
        """The factory of `write()`'s sessions: listeners attached to it see writes only (the
        audit trail's, installed by whoever opens the database for work)."""
        return self._writer

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return Path(str(self.url.database))

    def describe(self) -> str:
        """What the status bar shows: the file, or the server and database without a password."""
        if self.is_sqlite:
            return str(self.sqlite_path) if self.sqlite_path else ":memory:"
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; anything it writes is rolled back."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, user: str = "") -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back wholly if not."""
        with self._writer() as session:
            session.info["user"] = user
            with session.begin():
                yield session

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.wait()
        self.engine.dispose()
