"""The day's work queue and the eligible-candidate counts behind it."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from db.enums import Colour, DwellingType, IntakeProposal, ListKind, OfferStatus, VacancyStatus
from db.models import Applicant, Offer
from desktop.core.day.queue import NextAction, Section, work_queue
from desktop.core.intake import batches, decisions, listing
from desktop.core.matching import counts, rank_candidates
from desktop.core.offers import workflow
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.db.test_matching import _random_population
from tests.unit.matching import db_factories as make


@pytest.mark.parametrize("few", [0, 100], ids=["read-once", "one-by-one"])
def test_the_counts_are_the_rankings_lengths(
    workspace: Workspace, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways of counting give exactly as many as the ranking lists, whatever the colour,
    lists, dwelling and the per-dwelling history (refusals, excluded departments)."""
    monkeypatch.setattr(counts, "FEW", few)
    depts = [
        make.department(workspace),
        make.department(workspace, colour=Colour.YELLOW, lists=(ListKind.DISADVANTAGED,)),
        make.department(workspace, lists=(ListKind.PREVENTION,), suitable_for_young=True),
        make.department(workspace, colour=Colour.RED),
    ]
    _random_population(workspace, random.Random(18), depts, 220)
    dwellings = [
        make.vacancy(workspace, depts[0], rent=Decimal(3200)),
        make.vacancy(workspace, depts[0], rooms=1.0, pets_allowed=False, floor="st"),
        make.vacancy(workspace, depts[1], rooms=3.0, rent=Decimal(2900)),
        make.vacancy(workspace, depts[2], dwelling_type=DwellingType.YOUTH, rooms=1.0),
        make.vacancy(workspace, depts[2], wheelchair_accessible=True, rooms=4.0),
        make.vacancy(workspace, depts[3]),
        make.vacancy(workspace, depts[0], status=VacancyStatus.RECEIVED),
    ]
    with workspace.write() as session:
        ids = [a.id for a in session.query(Applicant).order_by(Applicant.id)]
        session.add(
            Offer(vacancy_id=dwellings[0], applicant_id=ids[4], status=OfferStatus.DECLINED)
        )
        session.add(Offer(vacancy_id=dwellings[2], applicant_id=ids[7], status=OfferStatus.EXPIRED))
        session.add(Offer(vacancy_id=dwellings[1], applicant_id=ids[9], status=OfferStatus.SENT))
    found = counts.eligible_counts(workspace, [*dwellings, 999_999])
    assert found == {v: len(rank_candidates(workspace, v).candidates) for v in dwellings}
    assert found[dwellings[5]] == 0  # red: the desk places no one there
    assert sum(found.values()) > 0


def _received(ws: Workspace, dept: int, **values: object) -> int:
    vacancy_id = make.vacancy(ws, dept, status=VacancyStatus.RECEIVED, **values)
    with ws.write() as session:
        decisions.run_checks(session, [vacancy_id])
    return vacancy_id


def test_the_queue_lists_the_work_in_order_with_its_next_action(workspace: Workspace) -> None:
    dept = make.department(workspace, number="07")
    red = make.department(workspace, colour=Colour.RED, number="20")
    anne = make.applicant(workspace, "Anne Jensen")
    bo = make.applicant(workspace, "Bo Hansen")
    make.applicant(workspace, "Cia Madsen")  # the one without an offer
    new = _received(workspace, dept, reported_on=TODAY)
    refused = _received(workspace, red, reported_on=TODAY)
    nobody = make.vacancy(workspace, dept, rent=Decimal(9000), street="Dyrevej")
    drafted = make.vacancy(workspace, dept, street="Kladdevej")
    draft = workflow.create_offer(workspace, drafted, anne)
    sent_to = make.vacancy(workspace, dept, street="Svarvej")
    waiting = workflow.create_offer(workspace, sent_to, bo)
    workflow.send_offer(workspace, waiting)

    queue = work_queue(workspace)
    awaiting = {row.id: row for row in queue.rows(Section.AWAITING_DECISION)}
    assert set(awaiting) == {new, refused}
    assert awaiting[new].proposal == IntakeProposal.ACCEPT
    assert awaiting[refused].proposal == IntakeProposal.RETURN
    assert awaiting[refused].candidates == 0
    assert awaiting[new].action == NextAction.DECIDE
    assert awaiting[new].text.endswith("proposal: accept, 1 eligible candidate")  # Cia
    (idle,) = queue.rows(Section.ACCEPTED_WITHOUT_OFFER)
    assert (idle.id, idle.candidates, idle.flagged) == (nobody, 0, True)
    assert "no eligible candidates" in idle.text
    assert idle.action == NextAction.FIND_TENANT
    (drafted_row,) = queue.rows(Section.DRAFTS)
    assert (drafted_row.id, drafted_row.vacancy_id) == (draft, drafted)
    assert drafted_row.text.startswith("Draft offer to Anne Jensen: Kladdevej")
    assert queue.rows(Section.ANSWERS_DUE) == ()  # not yet near its deadline
    assert [row.offer_id for row in queue.rows(Section.LETTERS_TO_DELIVER)] == [waiting]
    assert queue.rows(Section.EXPIRED_OFFERS) == ()
    assert queue.rows(Section.REPLIES_DUE) == ()
    assert queue.rent_loss.dwellings == 3  # at the desk's disposal since 2 November
    assert queue.rent_loss.so_far > 0

    with workspace.read() as session:
        deadline = session.get(Offer, waiting).reply_deadline  # type: ignore[union-attr]
    workspace.clock = lambda: deadline
    (due,) = work_queue(workspace).rows(Section.ANSWERS_DUE)
    assert (due.id, due.action, due.due) == (waiting, NextAction.RECORD_ANSWER, deadline)
    assert due.text.startswith("Bo Hansen answers on Svarvej")

    # Past the reply deadline the offer waits for its consequence.
    workspace.clock = lambda: TODAY + dt.timedelta(days=30)
    (late,) = work_queue(workspace).rows(Section.EXPIRED_OFFERS)
    assert (late.id, late.action, late.flagged) == (waiting, NextAction.APPLY_CONSEQUENCE, True)


def test_a_decision_moves_its_dwelling_along_the_queue(workspace: Workspace) -> None:
    dept = make.department(workspace)
    make.applicant(workspace)
    new = _received(workspace, dept, reported_on=TODAY)
    assert [r.id for r in work_queue(workspace).rows(Section.AWAITING_DECISION)] == [new]
    decisions.decide(workspace, new, accept=True)
    queue = work_queue(workspace)
    assert queue.rows(Section.AWAITING_DECISION) == ()
    assert [r.id for r in queue.rows(Section.ACCEPTED_WITHOUT_OFFER)] == [new]
    (reply,) = queue.rows(Section.REPLIES_DUE)
    assert (reply.count, reply.action) == (1, NextAction.SEND_REPLY)
    assert (
        reply.text
        == "145 Himmerland Boligforening: 1 decision not sent back, the oldest of 21/11/2026"
    )


def test_the_dwellings_of_one_import_are_a_filter(workspace: Workspace, samples) -> None:
    from desktop.core.importing import run_to_completion
    from desktop.core.intake import imports
    from tests.unit.intake.factories import load_sample_registry

    load_sample_registry(workspace, samples)
    assert batches.latest_vacancy_import(workspace) is None
    himmerland = imports.organisation_by_number(workspace, "145")
    first = run_to_completion(
        imports.import_vacancies(workspace, samples / "vacancies_himmerland_uge47.xlsx", himmerland)
    )
    alabu = imports.organisation_by_number(workspace, "212")
    second = run_to_completion(
        imports.import_vacancies(workspace, samples / "vacancies_alabu_december.xlsx", alabu)
    )
    latest = batches.latest_vacancy_import(workspace)
    assert latest is not None
    assert latest.batch_id == second.batch_id
    assert latest.organisation.startswith("212 ")
    assert latest.dwellings == latest.received == second.report["rows_imported"]
    of_first = batches.latest_vacancy_import(workspace, himmerland.id)
    assert of_first is not None
    assert of_first.batch_id == first.batch_id
    rows = listing.list_vacancies(
        workspace, listing.VacancyFilter(import_batch_id=first.batch_id), limit=500, candidates=True
    )
    assert len(rows) == of_first.dwellings == 38
    assert {r.organisation[:4] for r in rows} == {"145 "}
    assert all(r.proposal is not None and r.candidates == 0 for r in rows)  # no applicants yet
    assert [b.batch_id for b in batches.recent_vacancy_imports(workspace)] == [
        second.batch_id,
        first.batch_id,
    ]
