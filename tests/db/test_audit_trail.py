"""Every create, update and delete lands in the audit trail, in the same transaction, with
before/after for the desk's own records and never a personal value for a citizen's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.enums import AuditAction, LegalFactKind, MemberRelation
from db.models import (
    Applicant,
    AuditEvent,
    Department,
    HouseholdMember,
    LegalFact,
    Organisation,
)
from desktop.core import audit
from desktop.core.audit.policies import mask_text
from desktop.core.audit.queries import AuditFilter, choices, search
from desktop.core.audit.tracking import MANY
from desktop.core.registry import editing
from desktop.core.registry.editing import OrganisationData
from desktop.core.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
CPR = "1507851234"
NAME = "Ayşe Yılmaz"
BENEFIT = "Kontanthjælp"


def _events(ws: Workspace) -> list[AuditEvent]:
    with ws.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        session.expunge_all()  # plain values for the test, not expired by the read's rollback
        return events


def _changes(event: AuditEvent) -> list[dict[str, Any]]:
    assert event.details is not None
    return list(event.details["changes"])


def test_an_explicit_save_carries_the_changed_values(workspace: Workspace) -> None:
    org_id = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    (created,) = _events(workspace)
    assert (created.action, created.entity_type, created.entity_id) == (
        AuditAction.CREATE,
        "organisation",
        org_id,
    )
    assert created.user == "tester"
    (change,) = _changes(created)
    assert change["after"]["name"] == "Himmerland"
    assert change["after"]["number"] == "145"

    (row,) = editing.organisations(workspace)
    editing.save_organisation(
        workspace, org_id, OrganisationData("145", "Himmerland Boligforening"), row.version
    )
    updated = _events(workspace)[-1]
    assert updated.action == AuditAction.UPDATE
    (change,) = _changes(updated)
    assert change["before"] == {"name": "Himmerland"}
    assert change["after"] == {"name": "Himmerland Boligforening"}


def test_a_change_no_area_recorded_gets_its_own_event(workspace: Workspace) -> None:
    with workspace.write() as session:
        org = Organisation(number="088", name="Plus Bolig")
        session.add(org)
        session.flush()
        session.add(Department(organisation_id=org.id, number="07", name="Storkereden"))
    with workspace.write() as session:
        department = session.scalars(select(Department)).one()
        department.name = "Storkereden II"
        department.dwellings_count = 120
    with workspace.write() as session:
        session.delete(session.scalars(select(Department)).one())

    events = _events(workspace)
    assert [(e.action, e.entity_type) for e in events] == [
        (AuditAction.CREATE, "organisation"),
        (AuditAction.CREATE, "department"),
        (AuditAction.UPDATE, "department"),
        (AuditAction.DELETE, "department"),
    ]
    (update,) = _changes(events[2])
    assert update["before"] == {"name": "Storkereden", "dwellings_count": None}
    assert update["after"] == {"name": "Storkereden II", "dwellings_count": 120}
    (deleted,) = _changes(events[3])
    assert deleted["before"]["name"] == "Storkereden II"
    assert "after" not in deleted


# A program that opens a workspace and writes, importing nothing of the audit trail itself.
FRESH_PROCESS = """
import sys
from db.models import Organisation
from desktop.core.workspace import open_workspace

ws = open_workspace(sys.argv[1], user="fresh", create=False)
with ws.write() as session:
    session.add(Organisation(number="088", name="Plus Bolig"))
ws.close()
"""


def test_a_write_in_a_fresh_process_that_only_opened_a_workspace_is_audited(
    workspace: Workspace, database_url: str
) -> None:
    """Tracking comes with the workspace, not with whatever else a program happens to import."""
    result = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, database_url],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (created,) = _events(workspace)
    assert (created.action, created.entity_type, created.user) == (
        AuditAction.CREATE,
        "organisation",
        "fresh",
    )
    assert _changes(created)[0]["after"]["name"] == "Plus Bolig"


def test_a_second_workspace_over_the_same_database_records_a_change_once(
    workspace: Workspace,
) -> None:
    again = dataclasses.replace(workspace, user="kim")
    with again.write() as session:
        session.add(Organisation(number="088", name="Plus Bolig"))
    (created,) = _events(workspace)
    assert (created.user, len(_changes(created))) == ("kim", 1)


def _fail_half_way(ws: Workspace) -> None:
    with ws.write() as session:
        session.add(Organisation(number="088", name="Plus Bolig"))
        session.flush()
        raise RuntimeError("the user's action failed half way")


def test_nothing_is_recorded_for_a_rolled_back_action(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError):
        _fail_half_way(workspace)
    assert _events(workspace) == []


def test_a_rolled_back_savepoint_is_forgotten(workspace: Workspace) -> None:
    with workspace.write() as session:
        session.add(Organisation(number="088", name="Plus Bolig"))
        savepoint = session.begin_nested()
        session.add(Organisation(number="145", name="Himmerland"))
        session.flush()
        savepoint.rollback()
    events = _events(workspace)
    assert len(events) == 1
    assert _changes(events[0])[0]["after"]["number"] == "088"


def test_many_changes_of_one_kind_become_one_event(workspace: Workspace) -> None:
    with workspace.write() as session:
        session.add_all(Organisation(number=f"{n:03}", name=f"Org {n}") for n in range(MANY + 5))
    (event,) = _events(workspace)
    assert event.action == AuditAction.CREATE
    assert event.entity_type == "organisation"
    assert event.entity_id is None
    assert event.details is not None
    assert event.details["count"] == MANY + 5
    assert event.details["last_id"] - event.details["first_id"] == MANY + 4


def _household(ws: Workspace) -> int:
    with ws.write() as session:
        applicant = Applicant(
            name=NAME,
            cpr=CPR,
            birth_date=dt.date(1985, 7, 15),
            whereabouts="Herberg: Kirkens Korshær",
            target_group="housing_first",
            registered_on=dt.date(2026, 1, 5),
            wanted_areas=[],
            notes=f"Ringede fra {CPR[:6]}-{CPR[6:]}",
        )
        member = HouseholdMember(relation=MemberRelation.APPLICANT, name=NAME, cpr=CPR)
        member.facts.append(
            LegalFact(kind=LegalFactKind.BENEFIT, label=BENEFIT, start_date=dt.date(2026, 1, 1))
        )
        applicant.members.append(member)
        session.add(applicant)
        session.flush()
        audit.record(
            session, AuditAction.CREATE, "applicant", applicant.id, applicant_id=applicant.id
        )
        return applicant.id


def test_personal_data_never_enters_the_trail(workspace: Workspace) -> None:
    applicant_id = _household(workspace)
    with workspace.write() as session:
        applicant = session.get(Applicant, applicant_id)
        assert applicant is not None
        applicant.street = "Vesterbro 12"
        member = applicant.members[0]
        member.facts[0].end_date = dt.date(2026, 7, 1)
    with workspace.write() as session:
        fact = session.scalars(select(LegalFact)).one()
        session.delete(fact)

    events = _events(workspace)
    text = json.dumps([e.details for e in events], ensure_ascii=False)
    for secret in (CPR, CPR[6:], NAME, BENEFIT, "Herberg", "Vesterbro", "Ringede"):
        assert secret not in text
    # ... but the trail still says who changed what about whom
    assert all(e.applicant_id == applicant_id for e in events)
    created = events[0]
    assert created.action == AuditAction.CREATE
    entities = {c["entity"]: c for c in _changes(created)}
    assert {"applicant", "household_member", "legal_fact"} <= set(entities)
    assert "cpr" in entities["applicant"]["fields"]
    assert "label" in entities["legal_fact"]["fields"]
    changed = {(e.action, e.entity_type) for e in events[1:]}
    assert changed == {
        (AuditAction.UPDATE, "applicant"),
        (AuditAction.UPDATE, "legal_fact"),
        (AuditAction.DELETE, "legal_fact"),
    }
    update = next(e for e in events if e.entity_type == "applicant" and e.action == "update")
    assert _changes(update)[0]["fields"] == ["street"]


def test_cpr_numbers_in_free_text_are_masked() -> None:
    assert mask_text("ring 150785-1234 eller 1507851234") == "ring 150785-XXXX eller 150785-XXXX"
    assert mask_text("lejemål 12345678901") == "lejemål 12345678901"
    assert len(mask_text("x" * 1000)) == 200


def test_the_viewer_query_filters_and_pages(workspace: Workspace) -> None:
    org_id = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    applicant_id = _household(workspace)
    workspace.user = "kim"
    with workspace.write() as session:
        audit.record(
            session,
            AuditAction.REVEAL_CPR,
            "applicant",
            applicant_id,
            applicant_id=applicant_id,
            purpose="Telefonopkald",
        )

    rows, total = search(workspace, AuditFilter())
    assert total == 3
    assert [r.action for r in rows] == ["reveal_cpr", "create", "create"]  # newest first
    assert rows[-1].entity_id == org_id
    assert "organisation" in rows[-1].summary
    assert "name Himmerland" in rows[-1].summary

    assert search(workspace, AuditFilter(user="kim"))[1] == 1
    assert search(workspace, AuditFilter(applicant_id=applicant_id))[1] == 2
    assert search(workspace, AuditFilter(action="create", entity_type="organisation"))[1] == 1
    today = dt.date.today()
    assert search(workspace, AuditFilter(since=today, until=today))[1] == 3
    yesterday = today - dt.timedelta(days=1)
    assert search(workspace, AuditFilter(until=yesterday))[1] == 0
    page, total = search(workspace, AuditFilter(), offset=2, limit=2)
    assert (len(page), total) == (1, 3)
    assert choices(workspace) == (["kim", "tester"], ["applicant", "organisation"])
