"""Decisions with their consequences in view: what needs a reason, the bulk confirmation's
preview, and undoing the last decision while nothing has followed from it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import AuditAction, IntakeProposal, VacancyStatus
from db.models import AuditEvent, VacancyDecision
from desktop.core.errors import NotFound, ValidationError
from desktop.core.intake import decisions, listing, manual, undo
from desktop.core.intake.decisions import ReasonNeeded
from desktop.core.intake.rules import VacancyDraft
from desktop.core.offers import workflow
from desktop.core.workspace import Workspace
from tests.unit.intake.factories import small_registry
from tests.unit.matching import db_factories as make


def _draft(lease: str, department: str = "07", **changes: object) -> VacancyDraft:
    values: dict[str, object] = {
        "department_number": department,
        "lease_number": lease,
        "street": "Kildeparken",
        "house_number": "12",
        "floor": "2",
        "door": "tv",
        "postcode": "9220",
        "rooms": 2.0,
        "rent": Decimal("4100"),
        "aconto_heating": Decimal("450"),
        "available_from": dt.date(2026, 12, 1),
        "pets_allowed": True,
    }
    values.update(changes)
    return VacancyDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def registry(workspace: Workspace) -> dict[str, int]:
    return small_registry(workspace)


def _received(ws: Workspace, registry: dict[str, int], lease: str, department: str = "07") -> int:
    return manual.create_vacancy(ws, registry["org"], _draft(lease, department))


def _decision(ws: Workspace, vacancy_id: int) -> VacancyDecision:
    with ws.read() as session:
        found = session.scalars(
            select(VacancyDecision)
            .where(VacancyDecision.vacancy_id == vacancy_id)
            .order_by(VacancyDecision.id.desc())
        ).first()
        assert found is not None
        session.expunge(found)
        return found


def test_accepting_against_the_proposal_asks_and_keeps_the_reason(workspace, registry):
    make.applicant(
        workspace
    )  # someone could take a dwelling of the red department, were it not red
    red = _received(workspace, registry, "20-1", "20")
    preview = decisions.preview_decision(workspace, red, accept=True)
    assert preview.proposal == IntakeProposal.RETURN
    assert preview.against_proposal
    assert preview.candidates == 0  # the desk places no one in a red department
    assert len(preview.questions) == 2
    assert preview.needs_reason

    with pytest.raises(ReasonNeeded) as refused:
        decisions.decide(workspace, red, accept=True)
    assert refused.value.questions == preview.questions
    assert listing.vacancy_detail(workspace, red).status == VacancyStatus.RECEIVED

    decisions.decide(workspace, red, accept=True, reason="Afdelingen bliver gul 1. december")
    detail = listing.vacancy_detail(workspace, red)
    assert detail.status == VacancyStatus.ACCEPTED
    assert "Afdelingen bliver gul 1. december" in (detail.events[-1].note or "")
    kept = _decision(workspace, red)
    assert kept.reason == "Afdelingen bliver gul 1. december"
    assert kept.against_proposal
    assert kept.candidates == 0


def test_accepting_a_dwelling_without_candidates_asks_once(workspace, registry):
    green = _received(workspace, registry, "07-1")
    preview = decisions.preview_decision(workspace, green, accept=True)
    assert not preview.against_proposal
    assert preview.candidates == 0
    assert len(preview.questions) == 1
    with pytest.raises(ReasonNeeded):
        decisions.decide(workspace, green, accept=True)
    decisions.decide(workspace, green, accept=True, reason="Ventelisten får nye i næste uge")
    assert _decision(workspace, green).reason == "Ventelisten får nye i næste uge"


def test_accepting_as_proposed_with_candidates_asks_nothing(workspace, registry):
    make.applicant(workspace)
    green = _received(workspace, registry, "07-1")
    preview = decisions.preview_decision(workspace, green, accept=True)
    assert preview.candidates == 1
    assert preview.questions == ()
    assert not preview.needs_reason
    decisions.decide(workspace, green, accept=True)
    kept = _decision(workspace, green)
    assert (kept.reason, kept.candidates, kept.against_proposal) == (None, 1, False)


def test_returning_needs_its_reason_but_no_question(workspace, registry):
    make.applicant(workspace)
    green = _received(workspace, registry, "07-1")
    preview = decisions.preview_decision(workspace, green, accept=False)
    assert preview.questions == ()
    assert preview.needs_reason
    assert preview.against_proposal
    with pytest.raises(ValidationError):
        decisions.decide(workspace, green, accept=False)
    decisions.decide(workspace, green, accept=False, reason="Skimmel")
    assert listing.vacancy_detail(workspace, green).return_reason == "Skimmel"


def test_the_bulk_preview_counts_per_organisation_and_nothing_is_written(workspace, registry):
    make.applicant(workspace)
    green = [_received(workspace, registry, f"07-{n}") for n in range(3)]
    red = _received(workspace, registry, "20-1", "20")
    preview = decisions.preview_confirmation(workspace, [*green, red])
    (plan,) = preview.organisations
    assert (plan.accepted, plan.returned, plan.without_candidates) == (3, 1, 0)
    assert plan.text() == (
        "145 Himmerland Boligforening: 3 dwellings accepted, "
        "1 dwelling returned to the organisation"
    )
    assert not preview.needs_reason
    assert all(
        listing.vacancy_detail(workspace, i).status == VacancyStatus.RECEIVED for i in [*green, red]
    )
    done = decisions.confirm_proposals(workspace, [*green, red])
    assert (done.accepted, done.returned, done.skipped) == (3, 1, 0)
    assert done.round_id is not None


def test_the_bulk_confirmation_asks_once_for_dwellings_without_candidates(workspace, registry):
    make.applicant(workspace, max_rent=Decimal(4000))  # too little for the dwellings
    ids = [_received(workspace, registry, f"07-{n}") for n in range(2)]
    preview = decisions.preview_confirmation(workspace, ids)
    assert preview.without_candidates == tuple(ids)
    assert preview.questions == (
        "2 of the dwellings to accept have no eligible candidate: no applicant on the list may "
        "be offered them now.",
    )
    with pytest.raises(ReasonNeeded):
        decisions.confirm_proposals(workspace, ids)
    decisions.confirm_proposals(workspace, ids, reason="Aftalt med boligorganisationen")
    assert {_decision(workspace, i).reason for i in ids} == {"Aftalt med boligorganisationen"}


def test_the_last_bulk_confirmation_can_be_undone(workspace, registry):
    make.applicant(workspace)
    green = _received(workspace, registry, "07-1")
    red = _received(workspace, registry, "20-1", "20")
    before = listing.vacancy_detail(workspace, green)
    done = decisions.confirm_proposals(workspace, [green, red])

    last = undo.last_decision(workspace)
    assert last is not None
    assert last.can_undo
    assert last.round_id == done.round_id
    assert (last.accepted, last.returned) == (1, 1)
    assert "1 dwelling accepted, 1 dwelling returned" in last.text()

    undone = undo.undo_last_decision(workspace, last.round_id)
    assert set(undone.vacancy_ids) == {green, red}
    for vacancy_id in (green, red):
        detail = listing.vacancy_detail(workspace, vacancy_id)
        assert detail.status == VacancyStatus.RECEIVED
        assert detail.decided_on is None
        assert detail.return_reason is None
        assert detail.events[-1].note == "Decision undone"
        assert detail.latest_check is not None
        assert detail.latest_check.confirmed_at is None
    again = listing.vacancy_detail(workspace, green)
    assert (again.at_disposal_from, again.desk_deadline) == (
        before.at_disposal_from,
        before.desk_deadline,
    )
    with workspace.read() as session:
        logged = session.execute(
            select(AuditEvent.action, AuditEvent.details)
            .where(
                AuditEvent.entity_type == "decision_round", AuditEvent.entity_id == done.round_id
            )
            .order_by(AuditEvent.id)
        ).all()
    assert [action for action, _ in logged] == [AuditAction.UPDATE, AuditAction.UPDATE]
    assert logged[-1][1]["undone"] is True
    # Nothing left to undo; the dwellings can be decided again.
    assert undo.last_decision(workspace) is None
    with pytest.raises(NotFound):
        undo.undo_last_decision(workspace)
    assert decisions.confirm_proposals(workspace, [green, red]).accepted == 1


def test_an_undo_is_refused_once_an_offer_was_made(workspace, registry):
    applicant = make.applicant(workspace)
    green = _received(workspace, registry, "07-1")
    decisions.decide(workspace, green, accept=True)
    workflow.create_offer(workspace, green, applicant)
    last = undo.last_decision(workspace)
    assert last is not None
    assert not last.can_undo
    assert (
        last.blocked == "An offer has been made for one of its dwellings (Kildeparken 12, 2. tv.)"
    )
    with pytest.raises(ValidationError, match="cannot be undone: an offer has been made"):
        undo.undo_last_decision(workspace)
    assert listing.vacancy_detail(workspace, green).status == VacancyStatus.ACCEPTED


def test_an_undo_is_refused_once_a_reply_reported_the_decision(workspace, registry, tmp_path):
    from desktop.core.exchange import reply

    make.applicant(workspace)
    green = _received(workspace, registry, "07-1")
    decisions.decide(workspace, green, accept=True)
    today = workspace.today()
    reply.export_replies(workspace, registry["org"], today, today, tmp_path / "svar.xlsx")
    last = undo.last_decision(workspace)
    assert last is not None
    assert last.blocked == (
        "A reply to the organisation has reported one of its dwellings (Kildeparken 12, 2. tv.)"
    )
    with pytest.raises(ValidationError):
        undo.undo_last_decision(workspace)


def test_only_the_users_own_last_decision_is_undone(workspace, registry, migrated_url):
    from desktop.core.workspace import open_workspace

    make.applicant(workspace)
    mine = _received(workspace, registry, "07-1")
    theirs = _received(workspace, registry, "07-2")
    decisions.decide(workspace, mine, accept=True)
    shown = undo.last_decision(workspace)
    colleague = open_workspace(migrated_url, user="kollega")
    colleague.clock = workspace.clock
    try:
        decisions.decide(colleague, theirs, accept=True)
        assert undo.last_decision(workspace) == shown  # the colleague's is not mine to undo
        assert undo.last_decision(colleague).vacancy_ids == (theirs,)
    finally:
        colleague.close()
    undo.undo_last_decision(workspace)
    assert listing.vacancy_detail(workspace, mine).status == VacancyStatus.RECEIVED
    assert listing.vacancy_detail(workspace, theirs).status == VacancyStatus.ACCEPTED


def test_an_older_decision_is_not_undone_in_place_of_a_newer_one(workspace, registry):
    make.applicant(workspace)
    first = _received(workspace, registry, "07-1")
    second = _received(workspace, registry, "07-2")
    decisions.decide(workspace, first, accept=True)
    shown = undo.last_decision(workspace)
    assert shown is not None
    decisions.decide(workspace, second, accept=True)
    with pytest.raises(ValidationError, match="you have decided on dwellings since"):
        undo.undo_last_decision(workspace, shown.round_id)
