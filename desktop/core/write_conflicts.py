"""The database refused a write because another workstation wrote the same data at that moment.

`Workspace.write()` turns such refusals into `SimultaneousWrite`, the project's `Conflict` with a
message that says what to do, so no raw database error from a concurrent writer ever reaches the
user (the original error is chained and logged):

- stale: a record's version moved while the transaction ran (SQLAlchemy's `StaleDataError`:
  the UPDATE or DELETE ... WHERE version = loaded matched no row);
- clash: the other workstation inserted the same key first, or deleted a row this one refers to
  (unique and foreign-key violations);
- busy: the databases could not let both go on (a PostgreSQL deadlock or serialization failure,
  a lock not granted, SQLite still busy after its timeout).

Functions that take the version the user loaded raise the detailed `locking.RecordConflict`
instead (`locking.guard` converts a `SimultaneousWrite` of reason stale).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.errors import Conflict
from desktop.core.i18n import translate


class Reason(StrEnum):
    STALE = "stale"
    CLASH = "clash"
    BUSY = "busy"


# PostgreSQL's SQLSTATE codes and SQLite's extended result codes of each reason.
_POSTGRES = {
    "23505": Reason.CLASH,  # unique_violation
    "23503": Reason.CLASH,  # foreign_key_violation
    "40001": Reason.BUSY,  # serialization_failure
    "40P01": Reason.BUSY,  # deadlock_detected
    "55P03": Reason.BUSY,  # lock_not_available
}
_SQLITE = {
    "SQLITE_CONSTRAINT_UNIQUE": Reason.CLASH,
    "SQLITE_CONSTRAINT_PRIMARYKEY": Reason.CLASH,
    "SQLITE_CONSTRAINT_FOREIGNKEY": Reason.CLASH,
    "SQLITE_BUSY": Reason.BUSY,
    "SQLITE_BUSY_SNAPSHOT": Reason.BUSY,
    "SQLITE_LOCKED": Reason.BUSY,
}


class SimultaneousWrite(Conflict):
    """Another workstation changed the same data while this transaction ran; nothing of it was
    saved. `reason` says how the database noticed."""

    def __init__(self, message: str, reason: Reason) -> None:
        super().__init__(message, None, None)
        self.reason = reason


def reason_of(error: BaseException) -> Reason | None:
    """Why the database refused, if a concurrent writer caused `error`; None for anything else
    (a bug, a constraint the code should have checked, a lost connection)."""
    if isinstance(error, StaleDataError):
        return Reason.STALE
    if not isinstance(error, DBAPIError):
        return None
    driver = error.orig
    code = getattr(driver, "sqlstate", None)
    if isinstance(code, str):
        return _POSTGRES.get(code)
    name = getattr(driver, "sqlite_errorname", None)
    return _SQLITE.get(name) if isinstance(name, str) else None


def message(reason: Reason) -> str:
    if reason is Reason.STALE:
        return translate(
            "WriteConflicts",
            "Someone else saved a change to the same data while yours was being saved. Nothing "
            "of yours was saved: refresh, look at their change and make yours again.",
        )
    if reason is Reason.CLASH:
        return translate(
            "WriteConflicts",
            "Someone else saved the same data at the same moment. Nothing of yours was saved: "
            "refresh and check whether your change is still needed.",
        )
    return translate(
        "WriteConflicts",
        "Another workstation was saving to the same data at the same moment. Nothing of yours "
        "was saved: try again.",
    )


def refusal(error: BaseException) -> SimultaneousWrite | None:
    """The conflict to raise instead of `error`, or None when `error` is no such refusal."""
    reason = reason_of(error)
    return None if reason is None else SimultaneousWrite(message(reason), reason)
