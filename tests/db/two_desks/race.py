"""Two workstations acting at the same moment on one database: real sessions in two threads.

`at_once(ws, anna, bo, ...)` runs Anna's and Bo's actions concurrently, each through its own
`Workspace` (own engine and connections, as on two PCs), and returns what each got: a value or
the exception.

- On SQLite both start together (a barrier); the database lets one writer in at a time.
- On PostgreSQL the race is made to happen every time, in its worst order: Bo's action runs
  until its first INSERT, UPDATE or DELETE (it has read everything it decides on) and is held
  there; Anna's action then runs to its end (or until it waits for a row Bo holds); then Bo's
  writes go on. Without locking, this is the order that loses Anna's change.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text

from desktop.core.errors import UserError
from desktop.core.workspace import Workspace

TIMEOUT = 60.0


@dataclass
class Outcome:
    """What one desk's action gave: its value, or the exception it raised."""

    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Outcomes:
    anna: Outcome
    bo: Outcome

    def items(self) -> list[tuple[str, Outcome]]:
        return [("anna", self.anna), ("bo", self.bo)]

    def winners(self) -> list[str]:
        return [name for name, outcome in self.items() if outcome.ok]

    def refused(self) -> dict[str, BaseException]:
        return {name: o.error for name, o in self.items() if o.error is not None}


def _run(action: Callable[[], Any], into: Outcome) -> None:
    try:
        into.value = action()
    except BaseException as exc:  # the test looks at what it was
        into.error = exc


class _HoldBeforeWrite:
    """Holds a desk's connection at its first INSERT, UPDATE or DELETE until released."""

    def __init__(self, ws: Workspace) -> None:
        self.engine = ws.database.engine
        self.reached = threading.Event()
        self.release = threading.Event()
        event.listen(self.engine, "before_cursor_execute", self._hold)

    def _hold(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self.reached.is_set():
            return
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb in ("INSERT", "UPDATE", "DELETE"):
            self.reached.set()
            self.release.wait(TIMEOUT)

    def remove(self) -> None:
        """Once no connection runs the hook any more (the desks' threads have ended)."""
        event.remove(self.engine, "before_cursor_execute", self._hold)


def _waiting_for_a_lock(observer: Workspace) -> bool:
    """Whether a session of the test's database waits for a row lock (PostgreSQL)."""
    with observer.database.engine.connect() as conn:
        count = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
        conn.rollback()
    return bool(count)


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.01)


def at_once(
    observer: Workspace,
    anna: tuple[Workspace, Callable[[Workspace], Any]],
    bo: tuple[Workspace, Callable[[Workspace], Any]],
) -> Outcomes:
    """Anna's and Bo's actions at the same moment (see the module's text); `observer` is a
    third workstation on the same database (it watches for lock waits on PostgreSQL)."""
    (anna_ws, anna_action), (bo_ws, bo_action) = anna, bo
    outcomes = Outcomes(Outcome(), Outcome())
    if observer.database.is_sqlite:
        start = threading.Barrier(2)

        def run(ws: Workspace, action: Callable[[Workspace], Any], into: Outcome) -> None:
            start.wait(TIMEOUT)
            _run(lambda: action(ws), into)

        threads = [
            threading.Thread(target=run, args=(anna_ws, anna_action, outcomes.anna)),
            threading.Thread(target=run, args=(bo_ws, bo_action, outcomes.bo)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(TIMEOUT)
        assert not any(t.is_alive() for t in threads), "a desk hangs"
        return outcomes

    hold = _HoldBeforeWrite(bo_ws)
    second = threading.Thread(target=_run, args=(lambda: bo_action(bo_ws), outcomes.bo))
    first = threading.Thread(target=_run, args=(lambda: anna_action(anna_ws), outcomes.anna))
    try:
        second.start()
        _until(lambda: hold.reached.is_set() or not second.is_alive(), "Bo's first write")
        first.start()
        _until(
            lambda: not first.is_alive() or _waiting_for_a_lock(observer),
            "Anna's end or her wait for Bo",
        )
    finally:
        hold.release.set()
        for thread in (first, second):
            if thread.is_alive():
                thread.join(TIMEOUT)
        hold.remove()
    assert not any(t.is_alive() for t in (first, second)), "a desk hangs"
    return outcomes


def one_after_the_other(
    anna: tuple[Workspace, Callable[[Workspace], Any]],
    bo: tuple[Workspace, Callable[[Workspace], Any]],
) -> Outcomes:
    """Anna's action, then Bo's (who still acts on what he loaded before Anna's change)."""
    outcomes = Outcomes(Outcome(), Outcome())
    _run(lambda: anna[1](anna[0]), outcomes.anna)
    _run(lambda: bo[1](bo[0]), outcomes.bo)
    return outcomes


def no_raw_errors(outcomes: Outcomes) -> None:
    """Every refusal is a message for the user (a `UserError`), never a database error."""
    for _name, outcome in outcomes.items():
        if outcome.error is not None and not isinstance(outcome.error, UserError):
            raise outcome.error
