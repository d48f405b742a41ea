"""The offer workflow: one dwelling walked through a decline, an expiry and an acceptance, and
the rules of each step (one open offer, ranking order, consequences, withdrawal)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from db.enums import (
    ApplicantStatus,
    DeclineSide,
    LetterKind,
    OfferStatus,
    Urgency,
    VacancyStatus,
)
from db.models import Applicant, Letter, Offer, Vacancy
from desktop.cli.main import main
from desktop.core.errors import Conflict, ValidationError
from desktop.core.offers import expiry, overview, views, workflow
from desktop.core.offers.settings import ConsequenceKind
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make

D = dt.date


class Clock:
    def __init__(self, ws: Workspace, day: dt.date) -> None:
        self.day = day
        ws.clock = lambda: self.day

    def set(self, day: dt.date) -> None:
        self.day = day


def applicant_state(ws: Workspace, applicant_id: int) -> tuple[ApplicantStatus, dt.date | None]:
    with ws.read() as session:
        row = session.get(Applicant, applicant_id)
        assert row is not None
        return row.status, row.paused_until


def vacancy_state(ws: Workspace, vacancy_id: int) -> VacancyStatus:
    with ws.read() as session:
        row = session.get(Vacancy, vacancy_id)
        assert row is not None
        return row.status


def offer_row(ws: Workspace, offer_id: int) -> Offer:
    with ws.read() as session:
        row = session.get(Offer, offer_id)
        assert row is not None
        session.expunge(row)
        return row


def letter_kinds(ws: Workspace, offer_id: int) -> list[LetterKind]:
    with ws.read() as session:
        query = select(Letter.kind).where(Letter.offer_id == offer_id).order_by(Letter.id)
        return list(session.scalars(query))


def ranked_in_snapshot(ws: Workspace, offer_id: int) -> list[tuple[int, int]]:
    snapshot = offer_row(ws, offer_id).ranking_snapshot or {}
    return [(e["applicant_id"], e["rank"]) for e in snapshot["ranked"]]


@pytest.fixture
def dwelling(workspace: Workspace) -> tuple[int, list[int]]:
    """A 3,650 kr. dwelling at the desk's disposal from 2 November and three candidates in
    order: acute, high, normal."""
    dept = make.department(workspace)
    vacancy_id = make.vacancy(
        workspace, dept, rent=Decimal(3200), aconto_heating=Decimal(450), aconto_water=None
    )
    ids = [
        make.applicant(workspace, "Anna Akut", urgency=Urgency.ACUTE),
        make.applicant(workspace, "Bo Høj", urgency=Urgency.HIGH),
        make.applicant(workspace, "Carl Normal", urgency=Urgency.NORMAL),
    ]
    return vacancy_id, ids


def test_one_dwelling_through_a_decline_an_expiry_and_an_acceptance(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, bo, carl) = dwelling
    clock = Clock(workspace, D(2026, 11, 5))  # a Thursday

    # Anna, first in the ranking, gets the offer; she declines it for the area.
    first = workflow.create_offer(workspace, vacancy_id, anna)
    assert ranked_in_snapshot(workspace, first) == [(anna, 1), (bo, 2), (carl, 3)]
    sent = workflow.send_offer(workspace, first)
    assert offer_row(workspace, first).reply_deadline == D(2026, 11, 10)  # 5 days, a Tuesday
    assert vacancy_state(workspace, vacancy_id) == VacancyStatus.OFFERED
    assert applicant_state(workspace, anna) == (ApplicantStatus.OFFERED, None)
    assert len(sent.letter_ids) == 1

    clock.set(D(2026, 11, 6))
    declined = workflow.decline_offer(
        workspace, first, reason_code="area", text="Vil ikke bo i Aalborg Øst"
    )
    row = offer_row(workspace, first)
    assert row.status == OfferStatus.DECLINED
    assert row.answered_on == D(2026, 11, 6)
    assert (row.decline_reason, row.decline_side) == ("area", DeclineSide.CITIZEN)
    assert row.consequence == ConsequenceKind.REMOVAL.value
    assert declined.consequence == ConsequenceKind.REMOVAL
    assert applicant_state(workspace, anna) == (ApplicantStatus.REMOVED, None)
    assert letter_kinds(workspace, first) == [LetterKind.OFFER, LetterKind.DECISION_REMOVAL]
    # the dwelling goes back to the next candidate: a draft offer to Bo
    second = declined.next_offer_id
    assert second is not None
    assert declined.next_applicant_id == bo
    assert vacancy_state(workspace, vacancy_id) == VacancyStatus.ACCEPTED  # a draft is no offer
    assert ranked_in_snapshot(workspace, second) == [(bo, 1), (carl, 2)]
    assert offer_row(workspace, second).rank == 1

    # Bo does not answer: the offer expires the day after the deadline.
    workflow.send_offer(workspace, second)
    assert offer_row(workspace, second).reply_deadline == D(2026, 11, 11)
    clock.set(D(2026, 11, 11))
    assert expiry.expire_overdue(workspace) == []  # the deadline day itself still counts
    clock.set(D(2026, 11, 12))
    assert expiry.expire_overdue(workspace) == [second]
    row = offer_row(workspace, second)
    assert row.status == OfferStatus.EXPIRED
    assert row.answered_on is None
    assert row.consequence == ConsequenceKind.REMOVAL.value
    assert applicant_state(workspace, bo) == (ApplicantStatus.REMOVED, None)
    assert letter_kinds(workspace, second) == [LetterKind.OFFER, LetterKind.DECISION_REMOVAL]
    assert expiry.expire_overdue(workspace) == []  # nothing twice
    third = views.list_offers(workspace, views.OfferFilter.DRAFTS)
    assert [(o.applicant_id, o.rank) for o in third] == [(carl, 1)]
    third_id = third[0].id
    assert ranked_in_snapshot(workspace, third_id) == [(carl, 1)]

    # Carl accepts; the organisation gets the allocation notice; the lease starts 1 December.
    workflow.send_offer(workspace, third_id)
    clock.set(D(2026, 11, 13))
    workflow.accept_offer(workspace, third_id)
    assert offer_row(workspace, third_id).status == OfferStatus.ACCEPTED
    assert letter_kinds(workspace, third_id) == [LetterKind.OFFER, LetterKind.ALLOCATION_NOTICE]
    assert vacancy_state(workspace, vacancy_id) == VacancyStatus.OFFERED
    assert applicant_state(workspace, carl) == (ApplicantStatus.OFFERED, None)

    # While it waits, Overblik shows the rent loss running: 3,650 kr. = 120 kr. a day.
    losses = {line.vacancy_id: line for line in overview.overview(workspace).rent_loss}
    assert losses[vacancy_id].days == 11  # 2 to 13 November
    assert losses[vacancy_id].per_day == Decimal("120.00")
    assert losses[vacancy_id].amount == Decimal("1320.00")

    workflow.enter_lease_start(workspace, third_id, D(2026, 12, 1))
    assert vacancy_state(workspace, vacancy_id) == VacancyStatus.LET
    assert applicant_state(workspace, carl) == (ApplicantStatus.HOUSED, None)
    clock.set(D(2026, 12, 20))
    detail = views.offer_detail(workspace, third_id)
    assert detail.lease_start == D(2026, 12, 1)
    assert detail.rent_loss == Decimal("3480.00")  # 29 days, 2 November to 1 December
    assert vacancy_id not in {line.vacancy_id for line in overview.overview(workspace).rent_loss}

    # the history of the dwelling: three offers, each with its ranking and outcome
    history = views.offers_of_vacancy(workspace, vacancy_id)
    assert [(o.applicant_id, o.status) for o in history] == [
        (carl, OfferStatus.ACCEPTED),
        (bo, OfferStatus.EXPIRED),
        (anna, OfferStatus.DECLINED),
    ]
    assert [e.to_status for e in views.offer_detail(workspace, first).events] == [
        OfferStatus.DRAFT,
        OfferStatus.SENT,
        OfferStatus.DECLINED,
    ]


def test_one_open_offer_per_dwelling_and_per_applicant(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, bo, _carl) = dwelling
    other = make.vacancy(workspace, make.department(workspace))
    workflow.create_offer(workspace, vacancy_id, anna)
    with pytest.raises(ValidationError, match="already has an open offer"):
        workflow.create_offer(workspace, vacancy_id, bo, skip_reason="Bo passer bedre")
    with pytest.raises(ValidationError, match="open offer of another dwelling"):
        workflow.create_offer(workspace, other, anna)


def test_passing_over_a_better_ranked_candidate_needs_a_reason(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (_anna, bo, _carl) = dwelling
    with pytest.raises(ValidationError, match="number 2 in the ranking"):
        workflow.create_offer(workspace, vacancy_id, bo)
    offer_id = workflow.create_offer(
        workspace, vacancy_id, bo, skip_reason="Anna er indlagt til januar"
    )
    snapshot = offer_row(workspace, offer_id).ranking_snapshot or {}
    assert snapshot["skip_reason"] == "Anna er indlagt til januar"
    assert snapshot["chosen"]["rank"] == 2


def test_an_excluded_applicant_cannot_be_offered_the_dwelling(workspace: Workspace) -> None:
    dept = make.department(workspace)
    vacancy_id = make.vacancy(workspace, dept, rent=Decimal(6000))
    poor = make.applicant(workspace, max_rent=Decimal(4000))
    with pytest.raises(ValidationError, match="above the applicant's limit"):
        workflow.create_offer(workspace, vacancy_id, poor)


def test_a_decline_on_the_organisations_side_or_with_a_good_reason_has_no_consequence(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, bo, carl) = dwelling
    first = workflow.create_offer(workspace, vacancy_id, anna)
    workflow.send_offer(workspace, first)
    outcome = workflow.decline_offer(workspace, first, reason_code="org_refused")
    assert outcome.consequence == ConsequenceKind.NONE
    assert offer_row(workspace, first).decline_side == DeclineSide.ORGANISATION
    assert applicant_state(workspace, anna) == (ApplicantStatus.ACTIVE, None)
    assert letter_kinds(workspace, first) == [LetterKind.OFFER]

    second = outcome.next_offer_id
    assert second is not None
    workflow.send_offer(workspace, second)
    outcome = workflow.decline_offer(
        workspace, second, reason_code="area", good_reason=True, text="Voldsudsat i området"
    )
    assert outcome.consequence == ConsequenceKind.NONE
    assert offer_row(workspace, second).good_reason is True
    assert applicant_state(workspace, bo) == (ApplicantStatus.ACTIVE, None)
    # a declined pair is never proposed again: the next draft goes to Carl, not Anna or Bo
    assert outcome.next_applicant_id == carl


def test_a_pause_consequence_pauses_the_applicant(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, *_rest) = dwelling
    first = workflow.create_offer(workspace, vacancy_id, anna)
    workflow.send_offer(workspace, first)
    outcome = workflow.decline_offer(workspace, first, reason_code="economy")
    assert outcome.consequence == ConsequenceKind.PAUSE
    assert applicant_state(workspace, anna) == (
        ApplicantStatus.PAUSED,
        TODAY + dt.timedelta(days=30),
    )


def test_withdrawing_an_offer_frees_the_dwelling_and_the_applicant(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, *_rest) = dwelling
    offer_id = workflow.create_offer(workspace, vacancy_id, anna)
    workflow.send_offer(workspace, offer_id)
    with pytest.raises(ValidationError, match="why the offer is withdrawn"):
        workflow.withdraw_offer(workspace, offer_id, reason="  ")
    workflow.withdraw_offer(workspace, offer_id, reason="Forkert bolg valgt")
    assert offer_row(workspace, offer_id).status == OfferStatus.WITHDRAWN
    assert vacancy_state(workspace, vacancy_id) == VacancyStatus.ACCEPTED
    assert applicant_state(workspace, anna) == (ApplicantStatus.ACTIVE, None)
    # withdrawn is not a refusal: Anna is first again
    assert workflow.propose_next(workspace, vacancy_id) is not None
    drafts = views.list_offers(workspace, views.OfferFilter.DRAFTS)
    assert [o.applicant_id for o in drafts] == [anna]


def test_steps_out_of_order_are_refused(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, *_rest) = dwelling
    offer_id = workflow.create_offer(workspace, vacancy_id, anna)
    with pytest.raises(ValidationError, match="draft cannot become accepted"):
        workflow.accept_offer(workspace, offer_id)
    with pytest.raises(ValidationError, match="Only an accepted offer"):
        workflow.enter_lease_start(workspace, offer_id, D(2026, 12, 1))
    workflow.send_offer(workspace, offer_id)
    with pytest.raises(ValidationError, match="future"):
        workflow.accept_offer(workspace, offer_id, answered_on=TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="Choose a reason"):
        workflow.decline_offer(workspace, offer_id, reason_code="no-such-reason")
    version = offer_row(workspace, offer_id).version
    workflow.accept_offer(workspace, offer_id, expected_version=version)
    with pytest.raises(Conflict):
        workflow.withdraw_offer(workspace, offer_id, reason="x", expected_version=version)


def test_overblik_lists_deadlines_expired_offers_and_dwellings_without_candidates(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    vacancy_id, (anna, bo, _carl) = dwelling
    dept = make.department(workspace)
    nobody = make.vacancy(workspace, dept, rent=Decimal(9000), desk_deadline=D(2026, 12, 18))
    near = make.vacancy(workspace, dept, desk_deadline=D(2026, 11, 24))  # 1 working day left
    make.vacancy(workspace, dept, desk_deadline=D(2026, 12, 18))  # far away: not listed
    clock = Clock(workspace, D(2026, 11, 16))
    expiring = workflow.create_offer(workspace, vacancy_id, anna)
    workflow.send_offer(workspace, expiring)  # deadline Saturday 21st -> Monday 23 November
    clock.set(D(2026, 11, 21))
    view = overview.overview(workspace)
    assert [(o.offer_id, o.days_left) for o in view.expiring] == [(expiring, 2)]
    assert nobody in {v.vacancy_id for v in view.without_candidates}
    assert vacancy_id not in {v.vacancy_id for v in view.without_candidates}
    near_ids = [v.vacancy_id for v in view.near_deadline]
    assert near in near_ids
    assert nobody not in near_ids
    assert vacancy_id in near_ids  # its deadline (11 November) has passed without a tenant
    assert view.rent_loss_total > 0

    clock.set(D(2026, 11, 24))
    assert expiry.expire_overdue(workspace) == [expiring]
    view = overview.overview(workspace)
    assert [o.offer_id for o in view.expired] == [expiring]
    assert view.expired[0].consequence.startswith("Removed")
    assert applicant_state(workspace, anna)[0] == ApplicantStatus.REMOVED
    assert [o.applicant_id for o in views.list_offers(workspace, views.OfferFilter.DRAFTS)] == [bo]


def test_anvis_offers_expire(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.core.workspace import open_workspace

    db = tmp_path / "cli.sqlite"
    ws = open_workspace(db)
    try:
        ws.clock = lambda: D(2026, 1, 5)
        vacancy_id = make.vacancy(ws, make.department(ws))
        anna = make.applicant(ws, "Anna")
        offer_id = workflow.create_offer(ws, vacancy_id, anna)
        workflow.send_offer(ws, offer_id)  # the deadline passed long ago by the real clock
    finally:
        ws.close()
    assert main(["offers", "expire", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(e["offer_id"], e["status"], e["consequence"]) for e in data["expired"]] == [
        (offer_id, "expired", "removal")
    ]
    assert main(["offers", "expire", "--db", str(db)]) == 0
    assert "No offer has passed its reply deadline." in capsys.readouterr().out


def test_a_tenancy_that_has_begun_no_longer_blocks_the_applicant(
    workspace: Workspace, dwelling: tuple[int, list[int]]
) -> None:
    """An accepted offer is open until the lease starts; a citizen who is later put back on the
    list (e.g. after losing the home) can then get a new offer, enforced by the database."""
    vacancy_id, (anna, _bo, _carl) = dwelling
    offer_id = workflow.create_offer(workspace, vacancy_id, anna)
    workflow.send_offer(workspace, offer_id)
    workflow.accept_offer(workspace, offer_id)
    later = make.vacancy(workspace, make.department(workspace))
    with pytest.raises(ValidationError, match="open offer of another dwelling"):
        workflow.create_offer(workspace, later, anna)

    workflow.enter_lease_start(workspace, offer_id, TODAY + dt.timedelta(days=10))
    assert offer_row(workspace, offer_id).closed_on == TODAY
    with workspace.write() as session:
        again = session.get(Applicant, anna)
        assert again is not None
        again.status = ApplicantStatus.ACTIVE
        again.closed_on = None
    assert workflow.create_offer(workspace, later, anna) != offer_id
    closed = {row.id for row in views.list_offers(workspace, views.OfferFilter.CLOSED)}
    assert offer_id in closed
