"""The audit trail is append-only in the database itself: no program (Anvis or a SQL tool using
the same tables) can delete or rewrite an event. Only anonymisation may clear a person's data, and
only merging may move a person's events to the record kept, each with a permit it makes in its
own transaction; the same statements without it are refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from db.enums import ApplicantStatus, AuditAction
from db.models import AuditEvent, AuditPermit
from db.models.audit import PERMIT_ANONYMISE, PERMIT_MERGE
from desktop.core import audit
from desktop.core.applicants import access, merge, privacy, register
from desktop.core.applicants.inputs import OTHER_CPR, ApplicantInput
from desktop.core.workspace import Workspace
from tests.conftest import SERVER_ONLY, TODAY
from tests.unit.applicants.factories import applicant


def _event(ws: Workspace, applicant_id: int = 7) -> int:
    with ws.write() as session:
        event = audit.record(
            session,
            AuditAction.REVEAL_CPR,
            "applicant",
            applicant_id,
            applicant_id=applicant_id,
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


def _purpose_and_person(ws: Workspace, event_id: int) -> tuple[object, ...]:
    with ws.read() as session:
        event = session.get(AuditEvent, event_id)
        assert event is not None
        return (event.purpose, event.details, event.applicant_id)


def test_a_statement_alone_cannot_clear_what_events_say(workspace: Workspace) -> None:
    event_id = _event(workspace)
    with pytest.raises(DBAPIError, match="append-only"), workspace.write() as session:
        session.execute(
            update(AuditEvent)
            .where(AuditEvent.applicant_id == 7)
            .values(purpose=None, details=None)
        )
    assert _purpose_and_person(workspace, event_id) == (
        "Phone call from the citizen",
        {"field": "cpr"},
        7,
    )


def test_a_statement_alone_cannot_move_events_to_another_person(workspace: Workspace) -> None:
    event_id = _event(workspace)
    with pytest.raises(DBAPIError, match="append-only"), workspace.write() as session:
        session.execute(
            update(AuditEvent).where(AuditEvent.applicant_id == 7).values(applicant_id=9)
        )
    assert _row(workspace, event_id)[4] == 7


def _change_with_permit(
    ws: Workspace, permit: tuple[str, int, int | None], event_id: int, values: dict[str, object]
) -> None:
    operation, person, kept = permit
    with ws.write() as session:
        session.add(AuditPermit(operation=operation, applicant_id=person, to_applicant_id=kept))
        session.flush()
        session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(**values))


@pytest.mark.parametrize(
    ("permit", "values"),
    [
        ((PERMIT_ANONYMISE, 8, None), {"purpose": None, "details": None}),  # someone else's
        ((PERMIT_ANONYMISE, 7, None), {"applicant_id": 9}),  # erasing is not moving
        ((PERMIT_ANONYMISE, 7, None), {"purpose": None, "details": {"field": "name"}}),
        ((PERMIT_MERGE, 7, 10), {"applicant_id": 9}),  # to another record than the kept one
        ((PERMIT_MERGE, 7, 9), {"applicant_id": 9, "purpose": None}),  # moving is not erasing
        ((PERMIT_MERGE, 7, 9), {"applicant_id": 9, "entity_id": 9}),
    ],
    ids=["other-person", "anonymise-moves", "anonymise-rewrites", "merge-elsewhere",
         "merge-erases", "merge-rewrites"],
)  # fmt: skip
def test_a_permit_allows_exactly_its_own_change(
    workspace: Workspace, permit: tuple[str, int, int | None], values: dict[str, object]
) -> None:
    event_id = _event(workspace)
    before = _purpose_and_person(workspace, event_id)
    with pytest.raises(DBAPIError, match="append-only"):
        _change_with_permit(workspace, permit, event_id, values)
    assert _purpose_and_person(workspace, event_id) == before


def test_anonymisation_clears_what_the_events_say_about_the_person_only(
    workspace: Workspace,
) -> None:
    person = applicant(workspace, "Zbigniew Quist", cpr="1203851234")
    other = applicant(workspace, "Anne Jensen", cpr="0101901239")
    access.reveal_cpr(workspace, person, "Opkald fra Zbigniew Quist")
    access.reveal_cpr(workspace, other, "Opkald fra Anne Jensen")
    register.change_status(workspace, person, ApplicantStatus.HOUSED)
    workspace.clock = lambda: TODAY.replace(year=TODAY.year + 6)

    assert privacy.anonymise(workspace).ids == (person,)

    with workspace.read() as session:
        mine = session.execute(
            select(AuditEvent.action, AuditEvent.user, AuditEvent.purpose).where(
                AuditEvent.applicant_id == person, AuditEvent.action == AuditAction.REVEAL_CPR
            )
        ).all()
        theirs = session.scalars(
            select(AuditEvent.purpose).where(
                AuditEvent.applicant_id == other, AuditEvent.action == AuditAction.REVEAL_CPR
            )
        ).all()
        permits = session.scalar(select(func.count()).select_from(AuditPermit))
    assert [tuple(r) for r in mine] == [(AuditAction.REVEAL_CPR, "tester", None)]  # who and what
    assert theirs == ["Opkald fra Anne Jensen"]
    assert permits == 0  # the permits ended with the anonymisation


def test_merging_moves_the_merged_records_events_to_the_kept_one(workspace: Workspace) -> None:
    kept = applicant(workspace, "Anne Jensen", birth_date=dt.date(1990, 1, 1))
    merged = applicant(workspace, "Anne Jensen", cpr="0101901239", accept_duplicates_of=[kept])
    access.reveal_cpr(workspace, merged, "Opkald")
    with workspace.read() as session:
        moved = session.scalars(
            select(AuditEvent.id).where(AuditEvent.applicant_id == merged)
        ).all()
    assert moved
    one, two = (register.applicant_view(workspace, i) for i in (kept, merged))

    merge.merge_applicants(
        workspace,
        kept,
        one.version,
        merged,
        two.version,
        ApplicantInput(name="Anne Jensen", cpr=OTHER_CPR),
    )

    with workspace.read() as session:
        people = set(
            session.scalars(select(AuditEvent.applicant_id).where(AuditEvent.id.in_(moved)))
        )
        purposes = set(session.scalars(select(AuditEvent.purpose).where(AuditEvent.id.in_(moved))))
        permits = session.scalar(select(func.count()).select_from(AuditPermit))
    assert people == {kept}
    assert "Opkald" in purposes  # moved, not erased
    assert permits == 0


@SERVER_ONLY  # SQLite has no check at commit; there the operations remove their permits
def test_a_permit_cannot_outlive_its_transaction_on_a_server(workspace: Workspace) -> None:
    """On PostgreSQL a permit left behind is refused at commit, so no later statement of any
    program finds one (on SQLite, the operations remove theirs before they commit)."""
    with pytest.raises(DBAPIError, match="ends with its transaction"), workspace.write() as session:
        session.add(AuditPermit(operation=PERMIT_ANONYMISE, applicant_id=7))
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditPermit)) == 0
