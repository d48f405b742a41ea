"""Optimistic locking: an edit is saved only onto the version of the record the user loaded.

Every editable record is `db.base.Versioned`: a `version` column that SQLAlchemy checks in the
UPDATE's WHERE clause and raises by itself (`StaleDataError`) when the row moved on. On top of
that this module gives the areas one way to say "someone else changed it":

    version = locking.save(ws, Vacancy, vacancy_id, loaded_version, {"rent": rent}, what=...)

or, inside an area's own write, `check(row, loaded_version, mine)` after loading the row and
`with guard(ws, Vacancy, vacancy_id, mine): ...` around the transaction. A lost update is then
impossible: the second save raises `RecordConflict` (a `desktop.core.errors.Conflict`) that says
who changed the record and when, and carries the user's values and the stored ones field by field
for the conflict dialog's Compare. Nothing is written.

On SQLite write transactions take the write lock first (BEGIN IMMEDIATE), so the second save sees
the first one's version; on PostgreSQL the UPDATE ... WHERE version = loaded waits for the first
transaction and then matches no row (StaleDataError). Both end in `RecordConflict`.

A record's version moves with its parts too (a household member, an excluded department, a
placement ...: `db.aggregates`), so an edit of the whole record made on an older version is
refused even when the other workstation changed only a part of it.

Writes without a loaded version decide on the state as stored now: `lock(session, Model, id)`
reads a row and holds it (another workstation changing it is waited for), `one_at_a_time`
serialises writes that read many rows they cannot hold (imports).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.base import Versioned
from desktop.core import formats
from desktop.core.errors import Conflict, NotFound
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import Reason, SimultaneousWrite

V = TypeVar("V", bound=Versioned)
M = TypeVar("M")  # any mapped class


@dataclass(frozen=True)
class Difference:
    """One field of a conflict: what the user wanted and what is stored now."""

    field: str
    mine: Any
    theirs: Any

    @property
    def differs(self) -> bool:
        return bool(self.mine != self.theirs)


class RecordConflict(Conflict):
    """Someone saved the record after the user loaded it; nothing of the user's edit was saved.

    `changed_by` / `changed_at` (naive UTC) say who and when; `differences` hold the user's value
    and the stored one for every field the user edited.
    """

    def __init__(
        self,
        message: str,
        changed_by: str | None,
        changed_at: dt.datetime | None,
        *,
        entity: str,
        entity_id: int,
        version: int | None,
        differences: tuple[Difference, ...] = (),
    ) -> None:
        super().__init__(message, changed_by, changed_at)
        self.entity = entity
        self.entity_id = entity_id
        self.version = version  # the stored version now: reload, or save onto it deliberately
        self.differences = differences


def _local(moment: dt.datetime | None) -> str:
    return "?" if moment is None else formats.date_time(moment)


def conflict_for(row: Versioned, mine: Mapping[str, Any] | None = None) -> RecordConflict:
    """The conflict to raise for `row` as it is stored now, against the user's values `mine`."""
    who = row.updated_by or row.created_by or translate("Locking", "someone else")
    when = row.updated_at or row.created_at
    differences = tuple(
        Difference(name, value, getattr(row, name, None)) for name, value in (mine or {}).items()
    )
    message = translate(
        "Locking",
        "{user} changed this record on {time}, after you opened it. Nothing of yours was saved: "
        "reload to see their change, or compare their values with yours.",
    ).format(user=who, time=_local(when))
    return RecordConflict(
        message,
        row.updated_by or row.created_by,
        when,
        entity=str(getattr(row, "__tablename__", type(row).__name__)),
        entity_id=int(getattr(row, "id", 0) or 0),
        version=row.version,
        differences=differences,
    )


def check(
    row: Versioned, expected_version: int | None, mine: Mapping[str, Any] | None = None
) -> None:
    """Raise `RecordConflict` if `row` (loaded in the current write) moved on from the version
    the user loaded. `None` means the caller has no loaded version (a new record)."""
    if expected_version is not None and row.version != expected_version:
        raise conflict_for(row, mine)


def _gone(model: type[Versioned]) -> NotFound:
    return NotFound(
        translate(
            "Locking",
            "Someone else deleted this record after you opened it. Close it; nothing was saved.",
        )
    )


def reload_conflict(
    ws: Workspace, model: type[V], row_id: int, mine: Mapping[str, Any] | None = None
) -> RecordConflict | NotFound:
    """The conflict as the record is stored now (read in a fresh transaction)."""
    with ws.read() as session:
        row = session.get(model, row_id)
        if row is None:
            return _gone(model)
        return conflict_for(row, mine)


@contextmanager
def guard(
    ws: Workspace, model: type[V], row_id: int, mine: Mapping[str, Any] | None = None
) -> Iterator[None]:
    """Turn a stale write (another transaction saved the record between our read and our
    UPDATE: `SimultaneousWrite` of reason stale from `ws.write()`) into `RecordConflict` with
    who and when. Wrap the whole `ws.write()` block in it."""
    try:
        yield
    except SimultaneousWrite as exc:
        if exc.reason is not Reason.STALE:
            raise
        raise reload_conflict(ws, model, row_id, mine) from exc
    except StaleDataError as exc:  # a flush outside `ws.write()`
        raise reload_conflict(ws, model, row_id, mine) from exc


def one_at_a_time(session: Session, name: str) -> None:
    """Hold `name` until the transaction ends: writes that take the same name run one after the
    other, and the second reads what the first wrote (on PostgreSQL a transaction-scoped
    advisory lock; on SQLite a write transaction holds the whole database already). For writes
    that decide by reading many rows, none of which they could lock (an import that finds what
    is new)."""
    if session.get_bind().dialect.name == "postgresql":
        digest = hashlib.sha256(name.encode("utf-8")).digest()
        key = int.from_bytes(digest[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def lock(session: Session, model: type[M], row_id: int) -> M | None:
    """The row as stored now, held until the transaction ends. Call it first in a write that
    acts on a record by id without a loaded version (bulk confirmations, expiry): on PostgreSQL
    a workstation that is changing the row is waited for and its change is then seen, so the
    action decides on the current state (and skips what is done) instead of failing. On SQLite
    a write transaction holds the whole database already. Pending changes of the row in this
    session are lost: lock before changing anything."""
    return session.get(model, row_id, with_for_update=True, populate_existing=True)


def load(session: Session, model: type[V], row_id: int, expected_version: int | None) -> V:
    """The row for an edit, refusing a stale one; `NotFound` if it was deleted."""
    row = session.get(model, row_id)
    if row is None:
        raise _gone(model)
    check(row, expected_version)
    return row


def save(
    ws: Workspace,
    model: type[V],
    row_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    *,
    validate: Callable[[Session, V], None] | None = None,
) -> int:
    """Set `changes` (attribute -> value) on the record if it is still at `expected_version`, in
    one transaction; returns the new version. `validate(session, row)` runs after the values are
    set and may raise a `UserError` (everything is then rolled back).

    Raises `RecordConflict` (nothing saved) when someone saved the record since the user loaded
    it, `NotFound` when it was deleted.
    """
    unknown = [name for name in changes if not hasattr(model, name)]
    if unknown:
        raise AttributeError(f"{model.__name__} has no field {', '.join(unknown)}")
    with guard(ws, model, row_id, changes), ws.write() as session:
        row = session.get(model, row_id)
        if row is None:
            raise _gone(model)
        check(row, expected_version, changes)
        for name, value in changes.items():
            setattr(row, name, value)
        if validate is not None:
            validate(session, row)
        session.flush()
        return row.version
