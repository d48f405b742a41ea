"""Duplicate detection when registering, and merging two records of one person."""

from __future__ import annotations

import datetime as dt

import pytest

from db.enums import AuditAction, LegalFactKind, MemberRelation
from desktop.core.applicants import access, facts, merge, register
from desktop.core.applicants.duplicates import DuplicateFound, Reason
from desktop.core.applicants.inputs import ApplicantInput, FactInput, MemberInput
from desktop.core.errors import Conflict, UserError
from desktop.core.workspace import Workspace
from tests.unit.applicants.factories import applicant, audit_rows


def test_the_same_cpr_number_cannot_be_registered_twice(workspace: Workspace) -> None:
    first = applicant(workspace, "Anne Jensen", cpr="0101901239")
    with pytest.raises(DuplicateFound) as caught:
        applicant(workspace, "Anne Marie Jensen", cpr="010190-1239")
    candidate = caught.value.candidates[0]
    assert (candidate.id, candidate.reason) == (first, Reason.SAME_CPR)
    assert "010190-XXXX" in caught.value.message
    with pytest.raises(DuplicateFound):  # accepting does not help: one person, one record
        applicant(workspace, "Anne Marie Jensen", cpr="0101901239", accept_duplicates_of=[first])


def test_same_name_and_birth_date_is_probably_the_same_person(workspace: Workspace) -> None:
    born = dt.date(1990, 1, 1)
    first = applicant(workspace, "Anne Jensen", cpr="0101901239")
    with pytest.raises(DuplicateFound) as caught:
        applicant(workspace, "JENSEN, Anne", birth_date=born)  # no CPR number, same person?
    assert caught.value.candidates[0].reason == Reason.NAME_AND_BIRTH
    # staff decide it is someone else: then the record is made
    second = applicant(workspace, "Jensen, Anne", birth_date=born, accept_duplicates_of=[first])
    assert second != first


def test_a_cpr_number_in_another_household_is_reported(workspace: Workspace) -> None:
    family = applicant(
        workspace,
        "Kim Lund",
        members=(MemberInput(MemberRelation.PARTNER, "Ib", cpr="0101901239"),),
    )
    with pytest.raises(DuplicateFound) as caught:
        applicant(workspace, "Ib Lund", cpr="0101901239")
    assert (caught.value.candidates[0].id, caught.value.candidates[0].reason) == (
        family,
        Reason.MEMBER_CPR,
    )


def test_merge_keeps_one_record_with_both_histories(workspace: Workspace) -> None:
    old = applicant(
        workspace,
        "Anne Jensen",
        birth_date=dt.date(1990, 1, 1),
        registered_on=dt.date(2023, 5, 1),
        phone="20202020",
        members=(MemberInput(MemberRelation.CHILD, "Bo"),),
    )
    new = applicant(
        workspace,
        "Anne Jensen",
        cpr="0101901239",
        registered_on=dt.date(2026, 10, 1),
        phone="31313131",
        accept_duplicates_of=[old],
    )
    new_view = register.applicant_view(workspace, new)
    facts.save_member_facts(
        workspace,
        new,
        new_view.members[0].id,
        [FactInput(LegalFactKind.CITIZENSHIP, "DK", dt.date(1990, 1, 1))],
    )
    access.reveal_cpr(workspace, new, "Opkald")
    old_view = register.applicant_view(workspace, old)
    new_view = register.applicant_view(workspace, new)
    chosen = ApplicantInput(
        name="Anne Jensen",
        cpr="0101901239",  # from the new record
        registered_on=dt.date(2023, 5, 1),  # the earliest: the waiting time counts from it
        phone="31313131",
        members=(MemberInput(MemberRelation.CHILD, "Bo", id=old_view.members[1].id),),
    )
    merge.merge_applicants(workspace, old, old_view.version, new, new_view.version, chosen)
    with pytest.raises(UserError):
        register.applicant_view(workspace, new)
    kept = register.applicant_view(workspace, old)
    assert kept.cpr_masked == "010190-XXXX"
    assert kept.registered_on == dt.date(2023, 5, 1)
    assert kept.phone == "31313131"
    assert [m.relation for m in kept.members] == [MemberRelation.APPLICANT, MemberRelation.CHILD]
    household = facts.household_facts(workspace, old)
    assert [f.label for f in household.members[0].facts] == ["DK"]  # the person's facts moved
    assert len(kept.events) == 3  # both "created" lines and the merge
    actions = [e.action for e in audit_rows(workspace, old)]
    assert AuditAction.REVEAL_CPR in actions  # the other record's access log follows the person
    assert {e.action for e in audit_rows(workspace, new)} == {AuditAction.DELETE}  # its removal


def test_merge_refuses_stale_records(workspace: Workspace) -> None:
    first = applicant(workspace, "Anne Jensen", birth_date=dt.date(1990, 1, 1))
    second = applicant(
        workspace, "Anne Jensen", birth_date=dt.date(1990, 1, 1), accept_duplicates_of=[first]
    )
    view = register.applicant_view(workspace, first)
    register.update_applicant(
        workspace,
        first,
        view.version,
        ApplicantInput(
            name="Anne Jensen",
            birth_date=dt.date(1990, 1, 1),
            phone="20202020",
            registered_on=view.registered_on,
        ),
    )
    with pytest.raises(Conflict, match="Nothing was merged") as refused:
        merge.merge_applicants(
            workspace, first, view.version, second, 1, ApplicantInput(name="Anne Jensen")
        )
    assert refused.value.changed_by == "tester"  # who saved it, for the conflict dialog
    assert register.applicant_view(workspace, second).name == "Anne Jensen"  # still there


def test_merge_can_take_the_other_records_cpr_number_unseen(workspace: Workspace) -> None:
    from desktop.core.applicants.inputs import KEEP_CPR, OTHER_CPR

    first = applicant(workspace, "Anne Jensen", birth_date=dt.date(1990, 1, 1))
    second = applicant(workspace, "Anne Jensen", cpr="0101901239", accept_duplicates_of=[first])
    one, two = (register.applicant_view(workspace, i) for i in (first, second))
    chosen = ApplicantInput(name="Anne Jensen", cpr=OTHER_CPR, registered_on=one.registered_on)
    merge.merge_applicants(workspace, first, one.version, second, two.version, chosen)
    kept = register.applicant_view(workspace, first)
    assert kept.cpr_masked == "010190-XXXX"
    assert kept.members[0].cpr_masked == "010190-XXXX"
    # and an edit that keeps the number unseen leaves it alone
    register.update_applicant(
        workspace,
        first,
        kept.version,
        ApplicantInput(name="Anne B. Jensen", cpr=KEEP_CPR, registered_on=kept.registered_on),
    )
    assert register.applicant_view(workspace, first).cpr_masked == "010190-XXXX"
    assert access.reveal_cpr(workspace, first, "Kontrol") == "010190-1239"
