"""The CPR number is masked everywhere; revealing it, searching by it, exporting and printing
are written to the access log with a purpose (and the log never holds the number itself)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db.enums import AuditAction, MemberRelation
from desktop.core.applicants import access, duplicates, listing, register
from desktop.core.applicants.inputs import MemberInput
from desktop.core.errors import ValidationError
from desktop.core.workspace import Workspace
from tests.fixtures.cpr import shows_whole_cpr
from tests.unit.applicants.factories import applicant, audit_rows

NUMBER = "1203851234"


@pytest.fixture
def person(workspace: Workspace) -> int:
    return applicant(
        workspace,
        "Łukasz Nowak",
        cpr=NUMBER,
        members=(MemberInput(MemberRelation.CHILD, "Zofia", cpr="0101151239"),),
    )


def everything_shown(ws: Workspace, applicant_id: int) -> str:
    """What the list, the detail form and the duplicate check hand to the screen."""
    rows = listing.ApplicantList(ws, listing.ApplicantQuery()).fetch(0, 10)
    view = register.applicant_view(ws, applicant_id)
    with ws.read() as session:
        found = duplicates.candidates(session, NUMBER, None, None)
    return repr(rows) + repr(view) + repr(found)


def test_the_cpr_number_is_masked_everywhere_until_revealed(
    workspace: Workspace, person: int
) -> None:
    shown = everything_shown(workspace, person)
    assert "120385-XXXX" in shown
    assert not shows_whole_cpr(shown, "120385-1234")
    assert "010115-XXXX" in shown
    assert not shows_whole_cpr(shown.replace("0101151239", ""), "010115-1239")  # nor the child's


def test_each_reveal_is_logged_with_who_and_why(workspace: Workspace, person: int) -> None:
    assert access.reveal_cpr(workspace, person, "Borgeren ringede") == "120385-1234"
    assert access.reveal_cpr(workspace, person, "Tjek før tilbud") == "120385-1234"
    reveals = [e for e in audit_rows(workspace, person) if e.action == AuditAction.REVEAL_CPR]
    assert [(e.user, e.purpose) for e in reveals] == [
        ("tester", "Borgeren ringede"),
        ("tester", "Tjek før tilbud"),
    ]
    child = register.applicant_view(workspace, person).members[1]
    assert access.reveal_cpr(workspace, person, "Skoleskift", member_id=child.id) == "010115-1239"
    last = audit_rows(workspace, person)[-1]
    assert (last.action, last.entity_type, last.entity_id) == (
        AuditAction.REVEAL_CPR,
        "household_member",
        child.id,
    )


@pytest.mark.parametrize("purpose", ["", "  ", "x"])
def test_no_reveal_without_a_purpose(workspace: Workspace, person: int, purpose: str) -> None:
    before = len(audit_rows(workspace))
    with pytest.raises(ValidationError):
        access.reveal_cpr(workspace, person, purpose)
    assert len(audit_rows(workspace)) == before


def test_a_person_without_a_cpr_number_reveals_nothing(workspace: Workspace) -> None:
    other = applicant(workspace, "Uden Nummer", birth_date=dt.date(1990, 1, 1))
    assert access.reveal_cpr(workspace, other, "Opslag") == ""
    assert [e.action for e in audit_rows(workspace, other)] == [AuditAction.CREATE]


def test_searching_by_a_full_cpr_number_is_logged_found_or_not(
    workspace: Workspace, person: int
) -> None:
    assert access.looks_like_full_cpr("120385-1234")
    assert access.looks_like_full_cpr("120385 1234")
    assert not access.looks_like_full_cpr("120385")
    assert access.find_by_cpr(workspace, "120385-1234", "Borgeren i skranken") == [person]
    assert access.find_by_cpr(workspace, "0101151239", "Barnets skole") == [person]  # a member
    assert access.find_by_cpr(workspace, "0101901239", "Opslag") == []
    searches = [e for e in audit_rows(workspace) if e.action == AuditAction.SEARCH_CPR]
    assert [(e.applicant_id, e.purpose) for e in searches] == [
        (person, "Borgeren i skranken"),
        (person, "Barnets skole"),
        (None, "Opslag"),
    ]


def test_exports_and_prints_are_logged_per_person(workspace: Workspace, person: int) -> None:
    other = applicant(workspace, "Bo Hansen")
    assert access.log_export(workspace, [person, other, person], "Svar til org.", "svar.xlsx") == 2
    access.log_print(workspace, [person], "Brev til borger", "Boligtilbud")
    actions = [(e.action, e.purpose) for e in audit_rows(workspace, person)]
    assert (AuditAction.EXPORT, "Svar til org.") in actions
    assert (AuditAction.PRINT, "Brev til borger") in actions


def test_the_access_log_never_holds_a_cpr_number(workspace: Workspace, person: int) -> None:
    access.reveal_cpr(workspace, person, "Opkald")
    access.find_by_cpr(workspace, NUMBER, "Opkald")
    access.log_sensitive_view(workspace, person, "Matchning")
    logged = json.dumps(
        [[e.purpose, e.details, e.entity_type] for e in audit_rows(workspace)], default=str
    )
    assert NUMBER not in logged
    assert "120385-1234" not in logged
