"""The register: create, edit, status changes with history, household, and stale edits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.enums import ApplicantStatus, AuditAction, LegalFactKind, MemberRelation
from desktop.core.applicants import caseworkers, facts, register
from desktop.core.applicants.inputs import ApplicantInput, FactInput, MemberInput
from desktop.core.errors import ValidationError
from desktop.core.locking import RecordConflict
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.fixtures.cpr import shows_whole_cpr
from tests.unit.applicants.factories import applicant, audit_rows


def test_a_registered_applicant_reads_back_with_the_cpr_number_masked(
    workspace: Workspace,
) -> None:
    worker = caseworkers.save_caseworker(workspace, None, "Lone Kjærsgaard")
    applicant_id = applicant(
        workspace,
        "Łukasz Nowak",
        cpr="120385-1234",
        phone="20 12 34 56",
        caseworker_id=worker,
        target_group="housing_first",
        max_rent=Decimal("4500"),
        rooms_min=1.0,
        rooms_max=2.0,
        needs_step_free=True,
        wanted_areas=("9000", "9220"),
        members=(MemberInput(MemberRelation.CHILD, "Zofia Nowak", birth_date=dt.date(2016, 4, 2)),),
    )
    view = register.applicant_view(workspace, applicant_id)
    assert view.name == "Łukasz Nowak"
    assert view.cpr_masked == "120385-XXXX"
    assert not shows_whole_cpr(repr(view), "120385-1234")  # nothing hands the full number out
    assert view.birth_date == dt.date(1985, 3, 12)
    assert view.caseworker == "Lone Kjærsgaard"
    assert view.wanted_areas == ("9000", "9220")
    assert [m.relation for m in view.members] == [MemberRelation.APPLICANT, MemberRelation.CHILD]
    assert view.household_size == 2
    assert view.events[0].to_status == ApplicantStatus.ACTIVE
    assert [e.action for e in audit_rows(workspace, applicant_id)] == [AuditAction.CREATE]


def test_editing_saves_and_logs_the_changed_fields_without_values(workspace: Workspace) -> None:
    applicant_id = applicant(workspace, phone="20123456")
    view = register.applicant_view(workspace, applicant_id)
    data = ApplicantInput(
        name=view.name,
        phone="31313131",
        registered_on=view.registered_on,
        notes="Ring før kl. 12",
    )
    register.update_applicant(workspace, applicant_id, view.version, data)
    after = register.applicant_view(workspace, applicant_id)
    assert after.phone == "31313131"
    assert after.notes == "Ring før kl. 12"
    update = audit_rows(workspace, applicant_id)[-1]
    assert update.action == AuditAction.UPDATE
    assert set(update.details["fields"]) == {"phone", "notes"}
    assert "31313131" not in str(update.details)


def test_a_stale_edit_is_refused(workspace: Workspace) -> None:
    applicant_id = applicant(workspace)
    view = register.applicant_view(workspace, applicant_id)
    data = ApplicantInput(name="Anne Jensen", registered_on=view.registered_on, phone="20202020")
    register.update_applicant(workspace, applicant_id, view.version, data)
    with pytest.raises(RecordConflict, match="tester changed this record"):
        register.update_applicant(
            workspace, applicant_id, view.version, ApplicantInput(name="Anne J.")
        )


def test_household_members_are_kept_by_id_and_removed_when_left_out(workspace: Workspace) -> None:
    applicant_id = applicant(
        workspace,
        members=(
            MemberInput(MemberRelation.PARTNER, "Kim"),
            MemberInput(MemberRelation.CHILD, "Bo"),
        ),
    )
    view = register.applicant_view(workspace, applicant_id)
    partner = view.members[1]
    facts.save_member_facts(
        workspace,
        applicant_id,
        partner.id,
        [FactInput(LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 1, 1))],
    )
    data = ApplicantInput(
        name="Anne Jensen",
        registered_on=view.registered_on,
        members=(MemberInput(MemberRelation.PARTNER, "Kim Lund", id=partner.id),),
    )
    # the facts are part of the applicant: the form saves onto the version after them
    version = register.applicant_view(workspace, applicant_id).version
    assert version > view.version
    register.update_applicant(workspace, applicant_id, version, data)
    household = facts.household_facts(workspace, applicant_id)
    assert [(m.relation, m.name) for m in household.members] == [
        (MemberRelation.APPLICANT, "Anne Jensen"),
        (MemberRelation.PARTNER, "Kim Lund"),
    ]
    assert household.members[1].facts[0].label == "kontanthjælp"  # kept with the member


def test_status_changes_write_the_history_and_close_the_case(workspace: Workspace) -> None:
    applicant_id = applicant(workspace)
    with pytest.raises(ValidationError):
        register.change_status(workspace, applicant_id, ApplicantStatus.PAUSED)
    with pytest.raises(ValidationError):
        register.change_status(workspace, applicant_id, ApplicantStatus.REMOVED)
    register.change_status(
        workspace, applicant_id, ApplicantStatus.PAUSED, paused_until=TODAY + dt.timedelta(10)
    )
    register.change_status(
        workspace, applicant_id, ApplicantStatus.REMOVED, removed_reason="Flyttet til Aarhus"
    )
    view = register.applicant_view(workspace, applicant_id)
    assert view.status == ApplicantStatus.REMOVED
    assert view.closed_on == TODAY
    assert view.removed_reason == "Flyttet til Aarhus"
    assert view.paused_until is None
    assert [(e.from_status, e.to_status) for e in view.events] == [
        (None, ApplicantStatus.ACTIVE),
        (ApplicantStatus.ACTIVE, ApplicantStatus.PAUSED),
        (ApplicantStatus.PAUSED, ApplicantStatus.REMOVED),
    ]
    register.change_status(workspace, applicant_id, ApplicantStatus.ACTIVE, note="Genoptaget")
    reopened = register.applicant_view(workspace, applicant_id)
    assert reopened.closed_on is None
    assert reopened.removed_reason is None


def test_expired_pauses_end(workspace: Workspace) -> None:
    applicant_id = applicant(workspace)
    register.change_status(
        workspace, applicant_id, ApplicantStatus.PAUSED, paused_until=TODAY + dt.timedelta(3)
    )
    assert register.end_expired_pauses(workspace) == 0
    workspace.clock = lambda: TODAY + dt.timedelta(4)
    assert register.end_expired_pauses(workspace) == 1
    assert register.applicant_view(workspace, applicant_id).status == ApplicantStatus.ACTIVE


def test_an_unknown_target_group_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        applicant(workspace, target_group="pensioners")
    assert "target_group" in caught.value.fields


def test_views_for_other_areas_come_without_history(workspace: Workspace) -> None:
    first = applicant(workspace, "Anne Jensen")
    second = applicant(workspace, "Bo Hansen", cpr="0101901239")
    with workspace.read() as session:
        views = register.applicant_views(session, [first, second])
    assert set(views) == {first, second}
    assert views[second].cpr_masked == "010190-XXXX"
    assert views[first].events == ()
