"""The audit trail is append-only in the database itself: no program (Anvis or a SQL tool using
the same tables) can delete or rewrite an event; only anonymisation may clear a person's data."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from db.enums import AuditAction
from db.models import AuditEvent
from desktop.core import audit
from desktop.core.workspace import Workspace


def _event(ws: Workspace) -> int:
    with ws.write() as session:
        event = audit.record(
            session,
            AuditAction.REVEAL_CPR,
            "applicant",
            7,
            applicant_id=7,
            purpose="Phone call from the citizen",
            details={"field": "cpr"},
        )
        session.flush()
        return event.id


def _row(ws: Workspace, event_id: int) -> tuple[object, ...]:
    with ws.read() as session:
        row = session.execute(
            text(
                'SELECT "user", action, entity_type, entity_id, applicant_id, purpose '
                "FROM audit_event WHERE id = :id"
            ),
            {"id": event_id},
        ).one()
        return tuple(row)


@pytest.mark.parametrize(
    "values",
    [
        {"user": "mallory"},
        {"action": AuditAction.VIEW},
        {"entity_id": 8},
        {"purpose": "something else"},
        {"details": {"field": "name"}},
        {"applicant_id": None},
        {"at": dt.datetime(2020, 1, 1)},
    ],
    ids=lambda v: next(iter(v)),
)
def test_an_event_cannot_be_rewritten(workspace: Workspace, values: dict[str, object]) -> None:
    event_id = _event(workspace)
    before = _row(workspace, event_id)
    with pytest.raises(DBAPIError, match="append-only"), workspace.write() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(**values))
    assert _row(workspace, event_id) == before


def test_an_event_cannot_be_deleted(workspace: Workspace) -> None:
    event_id = _event(workspace)
    with pytest.raises(DBAPIError, match="append-only"), workspace.write() as session:
        session.execute(delete(AuditEvent))
    assert _row(workspace, event_id)[0] == "tester"


def test_the_table_cannot_be_emptied(workspace: Workspace) -> None:
    _event(workspace)
    statement = (
        "TRUNCATE audit_event" if not workspace.database.is_sqlite else "DELETE FROM audit_event"
    )
    with pytest.raises(DBAPIError, match="append-only"), workspace.write() as session:
        session.execute(text(statement))
    with workspace.read() as session:
        assert session.scalar(select(AuditEvent.id)) is not None


def test_anonymisation_may_clear_purpose_and_details(workspace: Workspace) -> None:
    event_id = _event(workspace)
    with workspace.write() as session:
        session.execute(
            update(AuditEvent)
            .where(AuditEvent.applicant_id == 7)
            .values(purpose=None, details=None)
        )
    with workspace.read() as session:
        event = session.get(AuditEvent, event_id)
        assert event is not None
        assert event.purpose is None
        assert event.details is None
        assert (event.user, event.action, event.applicant_id) == (
            "tester",
            AuditAction.REVEAL_CPR,
            7,
        )


def test_merging_duplicates_may_relink_the_person(workspace: Workspace) -> None:
    event_id = _event(workspace)
    with workspace.write() as session:
        session.execute(
            update(AuditEvent).where(AuditEvent.applicant_id == 7).values(applicant_id=9)
        )
    assert _row(workspace, event_id)[4] == 9
