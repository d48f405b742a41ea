"""A setting is read from the database once per session (one user action): the rules ask for
their settings for every dwelling and candidate they judge. A value stored in the same session
is what it reads next, and the next session reads what others stored meanwhile."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event

from desktop.core import settings
from desktop.core.settings import DEADLINES, Deadlines
from desktop.core.workspace import Workspace
from tests.conftest import TODAY


def test_a_setting_is_read_once_per_session(workspace: Workspace) -> None:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM setting" in statement:
            statements.append(statement)

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with workspace.read() as session:
            first = settings.get(session, DEADLINES, TODAY)
            again = settings.get(session, DEADLINES, TODAY)
        with workspace.read() as session:
            settings.get(session, DEADLINES, TODAY)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert first == again == Deadlines()
    assert len(statements) == 2  # one per session


def test_a_value_stored_in_the_session_is_read_back_in_it(workspace: Workspace) -> None:
    with workspace.write() as session:
        assert settings.get(session, DEADLINES, TODAY).reply_days == 5
        settings.put(session, DEADLINES, Deadlines(reply_days=8), TODAY)
        assert settings.get(session, DEADLINES, TODAY).reply_days == 8


def test_the_next_session_reads_what_another_stored_meanwhile(workspace: Workspace) -> None:
    with workspace.read() as reading:
        assert settings.get(reading, DEADLINES, TODAY).reply_days == 5
        with workspace.write() as other:
            settings.put(other, DEADLINES, Deadlines(reply_days=9), TODAY)
    with workspace.read() as session:
        assert settings.get(session, DEADLINES, TODAY).reply_days == 9


def test_reading_ahead_gives_each_day_the_value_in_force_then(workspace: Workspace) -> None:
    changed = TODAY - dt.timedelta(days=10)
    with workspace.write() as session:
        settings.put(session, DEADLINES, Deadlines(reply_days=8), changed)
    days = [changed - dt.timedelta(days=1), changed, TODAY]
    with workspace.read() as session:
        expected = [settings.get(session, DEADLINES, day).reply_days for day in days]
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "FROM setting" in statement:
            statements.append(statement)

    with workspace.read() as session:
        settings.read_ahead(session, days)
        event.listen(workspace.database.engine, "before_cursor_execute", seen)
        try:
            read = [settings.get(session, DEADLINES, day).reply_days for day in days]
        finally:
            event.remove(workspace.database.engine, "before_cursor_execute", seen)
    assert read == expected == [5, 8, 8]
    assert statements == []  # every day was read ahead
