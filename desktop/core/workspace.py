"""The open database together with who is working and what day it is.

Every core function takes a `Workspace` first. It opens its own transaction with `ws.write()`
(one user action = one transaction) or reads with `ws.read()`, so callers never hold sessions.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.engine import Database
from db.migrate import (
    DatabaseTooNew,
    EmptyDatabase,
    MigrationReport,
    NotAnAnvisDatabase,
    ensure_schema,
)
from desktop.core import database_problems as problems
from desktop.core import settings, write_conflicts
from desktop.core.audit import tracking
from desktop.core.errors import DatabaseProblem
from desktop.core.i18n import translate

log = logging.getLogger(__name__)

# Called before every write transaction opens; the window installs one that refuses its own
# thread (desktop.ui.window_thread): the window must never wait on the database lock.
_write_guard: Callable[[], None] | None = None


def guard_writes(check: Callable[[], None] | None) -> Callable[[], None] | None:
    """Have `check()` called first by every `Workspace.write()`; returns the previous check."""
    global _write_guard  # one process, one window thread
    previous, _write_guard = _write_guard, check
    return previous


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (e.g. a service account without one)
        return "unknown"


@dataclass
class Workspace:
    database: Database
    user: str = field(default_factory=current_user)
    workstation: str = field(default_factory=socket.gethostname)
    is_demo: bool = False
    clock: Callable[[], dt.date] = dt.date.today  # tests pin the day
    migration: MigrationReport | None = None
    # What every write session of this workspace carries in its `info` besides the user and the
    # workstation (the demo: who draws its letters, letters.elsewhere).
    write_info: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Here, where every workspace is made, and not as a side effect of some import: no
        # write of Anvis goes untracked.
        tracking.install(self.database)

    def today(self) -> dt.date:
        return self.clock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.database.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: committed if the block succeeds, rolled back wholly if not. When
        another workstation wrote the same data at the same moment, the database's refusal
        becomes a `write_conflicts.SimultaneousWrite` (a `Conflict`), never a raw error."""
        if _write_guard is not None:
            _write_guard()
        try:
            with self.database.write(self.user) as session:
                session.info["workstation"] = self.workstation
                session.info.update(self.write_info)
                yield session
        except (StaleDataError, DBAPIError) as exc:
            refused = write_conflicts.refusal(exc)
            if refused is None:
                raise
            # A clash may also be a check the code forgot: worth a look in the log.
            clash = refused.reason is write_conflicts.Reason.CLASH
            log.log(logging.WARNING if clash else logging.INFO, "write refused: %s", exc)
            raise refused from exc

    def describe(self) -> str:
        return self.database.describe()

    def close(self) -> None:
        self.database.dispose()


def open_workspace(
    target: str | Path,
    *,
    backup_dir: Path | None = None,
    is_demo: bool = False,
    user: str | None = None,
    create: bool = True,
) -> Workspace:
    """Open (upgrading as needed) the database at `target` (a path or a URL). With `create` a
    missing file or an empty database is made an Anvis database; without it (every command but
    the demo) that is refused, so a mistyped path never opens a new, empty database."""
    try:
        database = Database(target)
    except (SQLAlchemyError, ValueError) as exc:
        raise DatabaseProblem(problems.not_an_address(exc)) from exc
    path = database.sqlite_path
    if path is not None and not path.exists():
        if not create:
            database.dispose()
            raise problems.missing_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    elif path is not None and not create and path.stat().st_size == 0:
        database.dispose()  # SQLite would take an empty file for a new database: leave it be
        raise problems.empty(database.describe())
    try:
        report = ensure_schema(database, backup_dir, create=create)
    except DatabaseTooNew as exc:
        database.dispose()
        raise DatabaseProblem(
            translate(
                "Workspace",
                "The database was made by a newer version of Anvis (schema {revision}). "
                "Install the newest Anvis to open it.",
            ).format(revision=exc.revision)
        ) from exc
    except NotAnAnvisDatabase as exc:
        database.dispose()
        raise problems.not_anvis(database.describe()) from exc
    except EmptyDatabase as exc:
        database.dispose()
        raise problems.empty(database.describe()) from exc
    except SQLAlchemyError as exc:
        database.dispose()
        problem = problems.explain(exc, database.describe())
        if problem is None:
            raise
        raise problem from exc
    workspace = Workspace(database, is_demo=is_demo, migration=report)
    if not is_demo:
        with workspace.read() as session:
            workspace.is_demo = settings.get(session, settings.DEMO_DATABASE, settings.DEMO_SINCE)
    if user:
        workspace.user = user
    return workspace
