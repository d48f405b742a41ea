"""Overblik: private landlords' notices awaiting the municipality's answer, with the statutory
deadline (days left, or overdue) and each row's next action, until the answer letter is sent."""

from __future__ import annotations

import datetime as dt

import pytest

from db.enums import VacancyStatus
from desktop.catalogues import install_for_cli
from desktop.core.day.queue import NextAction, Section, work_queue
from desktop.core.intake import status
from desktop.core.letters import landlord
from desktop.core.offers import workflow
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make


@pytest.fixture
def nordbo(workspace: Workspace) -> int:
    return landlords.save_landlord(workspace, None, LandlordData("Nordbo ApS", "72494814"))


def _notice(ws: Workspace, landlord: int, street: str, received: dt.date, **values: object) -> int:
    """A notice received on `received`, due 7 working days on (as the form stores it)."""
    from desktop.core.workdays import add_working_days

    values.setdefault("status", VacancyStatus.RECEIVED)
    return make.vacancy(
        ws,
        None,
        landlord_id=landlord,
        scheme="private_landlord",
        street=street,
        house_number="3",
        floor=None,
        door=None,
        reported_on=received,
        desk_deadline=add_working_days(received, 7),
        **values,
    )


def _rows(ws: Workspace) -> list[tuple[int, str, NextAction, bool]]:
    return [
        (r.vacancy_id or 0, r.text, r.action, r.flagged)
        for r in work_queue(ws).rows(Section.LANDLORD_NOTICES)
    ]


def test_each_notice_shows_its_deadline_and_next_action_the_nearest_first(
    workspace: Workspace, nordbo: int
) -> None:
    fresh = _notice(workspace, nordbo, "Vesterbro", TODAY)  # Saturday: due Tuesday 1 December
    late = _notice(workspace, nordbo, "Boulevarden", dt.date(2026, 11, 10))  # due 19 November
    accepted = _notice(
        workspace, nordbo, "Danmarksgade", dt.date(2026, 11, 19), status=VacancyStatus.ACCEPTED
    )
    assert _rows(workspace) == [
        (
            late,
            "Boulevarden 3 (Nordbo ApS): accept or return it; overdue since 19/11/2026",
            NextAction.DECIDE,
            True,
        ),
        (
            accepted,
            "Danmarksgade 3 (Nordbo ApS): no offer yet; answer by 30/11/2026: 6 working days left",
            NextAction.FIND_TENANT,
            False,
        ),
        (
            fresh,
            "Vesterbro 3 (Nordbo ApS): accept or return it; answer by 01/12/2026: "
            "7 working days left",
            NextAction.DECIDE,
            False,
        ),
    ]
    queue = work_queue(workspace)
    assert queue.rows(Section.LANDLORD_NOTICES)[0].due == dt.date(2026, 11, 19)
    # The organisations' sections are about their dwellings only.
    listed = {
        r.vacancy_id
        for s in (Section.AWAITING_DECISION, Section.ACCEPTED_WITHOUT_OFFER)
        for r in queue.rows(s)
    }
    assert listed == set()


def test_the_next_action_follows_the_offer_until_the_answer_is_written(
    workspace: Workspace, nordbo: int
) -> None:
    vacancy = _notice(workspace, nordbo, "Vesterbro", TODAY, status=VacancyStatus.ACCEPTED)
    lone = make.applicant(workspace, "Lone Berg")
    offer = workflow.create_offer(workspace, vacancy, lone)
    (row,) = work_queue(workspace).rows(Section.LANDLORD_NOTICES)
    assert (row.action, row.offer_id) == (NextAction.SEND_OFFER, offer)
    assert "the offer to Lone Berg is not sent" in row.text
    workflow.send_offer(workspace, offer)
    (row,) = work_queue(workspace).rows(Section.LANDLORD_NOTICES)
    assert (row.action, row.offer_id) == (NextAction.RECORD_ANSWER, offer)
    workflow.accept_offer(workspace, offer)
    (row,) = work_queue(workspace).rows(Section.LANDLORD_NOTICES)
    assert (row.action, row.vacancy_id) == (NextAction.ANSWER_LANDLORD, vacancy)
    assert "Lone Berg accepted: write the answer" in row.text
    landlord.issue_answer(workspace, vacancy)  # the answer letter archived: answered
    assert _rows(workspace) == []


def test_a_returned_notice_waits_for_the_declining_answer(
    workspace: Workspace, nordbo: int
) -> None:
    vacancy = _notice(workspace, nordbo, "Vesterbro", TODAY)
    status.change_status(workspace, vacancy, VacancyStatus.RETURNED, reason="For dyr")
    ((_id, text, action, _flag),) = _rows(workspace)
    assert action == NextAction.ANSWER_LANDLORD
    assert "declined: write the answer" in text


def test_the_row_is_danish(workspace: Workspace, nordbo: int) -> None:
    _notice(workspace, nordbo, "Vesterbro", TODAY)
    install_for_cli("da")
    try:
        (row,) = work_queue(workspace).rows(Section.LANDLORD_NOTICES)
    finally:
        install_for_cli("en")
    assert row.text == (
        "Vesterbro 3 (Nordbo ApS): acceptér eller returnér den; svar senest 01.12.2026: "
        "7 arbejdsdage tilbage"
    )


def test_the_queue_as_json_gives_the_deadline(workspace: Workspace, nordbo: int) -> None:
    vacancy = _notice(workspace, nordbo, "Vesterbro", TODAY)
    data = work_queue(workspace).as_json()
    assert data["landlord_notices"] == [
        {
            "id": vacancy,
            "text": data["landlord_notices"][0]["text"],
            "action": "decide",
            "vacancy_id": vacancy,
            "due": "2026-12-01",
            "flagged": False,
        }
    ]
