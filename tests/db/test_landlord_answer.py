"""The answer letter to a private landlord: accepting with the applicant's name, or declining;
previewed before it is sent, archived once, in Danish with æ, ø and å."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import AuditAction, LetterKind, VacancyStatus
from db.models import AuditEvent, Letter
from desktop.core.applicants import insight
from desktop.core.day.landlord_answers import Answer
from desktop.core.day.queue import Section, work_queue
from desktop.core.errors import ValidationError
from desktop.core.intake import landlord_notices, status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.letters import batch, landlord
from desktop.core.offers import workflow
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.letters import pdftext
from tests.unit.matching import db_factories as make


@pytest.fixture
def notice(workspace: Workspace) -> int:
    """Nordbo's notice of a flat on Ålborgvej, received Friday 20 November 2026."""
    nordbo = landlords.save_landlord(
        workspace,
        None,
        LandlordData(
            "Nordbo Ejendomme ApS",
            "72494814",
            "Vestergade 3, 9000 Aalborg",
            contact_person="Lise Østergård",
        ),
    )
    draft = VacancyDraft(
        street="Ålborgvej",
        house_number="7",
        floor="1",
        door="th",
        postcode="9000",
        city="Aalborg",
        rooms=2.0,
        rent=Decimal("4300"),
        available_from=dt.date(2026, 12, 15),
    )
    return landlord_notices.create_notice(
        workspace, nordbo, draft, received_on=dt.date(2026, 11, 20)
    )


def _accepted_by(workspace: Workspace, vacancy_id: int, name: str) -> int:
    status.change_status(workspace, vacancy_id, VacancyStatus.ACCEPTED)
    offer = workflow.create_offer(workspace, vacancy_id, make.applicant(workspace, name))
    workflow.send_offer(workspace, offer)
    workflow.accept_offer(workspace, offer)
    return offer


def test_the_accepting_answer_names_the_tenant_and_is_sent_once(
    workspace: Workspace, notice: int
) -> None:
    offer = _accepted_by(workspace, notice, "Søren Ærø Åkjær")
    setup = landlord.answer_setup(workspace, notice)
    assert (setup.answer, setup.tenant, setup.landlord) == (
        Answer.ACCEPT,
        "Søren Ærø Åkjær",
        "Nordbo Ejendomme ApS",
    )
    assert (setup.due, setup.answered) == (dt.date(2026, 12, 1), None)

    preview = landlord.preview_answer(workspace, notice, "Lejeren kan flytte ind den 15.")
    assert preview.letter_id is None  # previewed: nothing stored
    text = pdftext.text(preview.pdf)
    for seen in (
        "Nordbo Ejendomme ApS",
        "Att.: Lise Østergård",
        "Svar om anvisning til Ålborgvej 7, 1. th, 9000 Aalborg",
        "anviser hermed Søren Ærø Åkjær som lejer",
        "tirsdag den 1. december 2026",
        "20. november 2026",
        "Lejeren kan flytte ind den 15.",
        "PU-",
    ):
        assert seen in text, seen
    assert work_queue(workspace).rows(Section.LANDLORD_NOTICES)  # still waiting

    sent = landlord.issue_answer(workspace, notice, "Lejeren kan flytte ind den 15.")
    assert sent.letter_id is not None
    with workspace.read() as session:
        letter = session.get(Letter, sent.letter_id)
        assert letter is not None
        assert (letter.kind, letter.vacancy_id, letter.offer_id) == (
            LetterKind.LANDLORD_ANSWER,
            notice,
            offer,
        )
        tenant = letter.applicant_id
        logged = session.scalars(
            select(AuditEvent.applicant_id).where(
                AuditEvent.action == AuditAction.CREATE,
                AuditEvent.entity_type == "letter",
                AuditEvent.entity_id == sent.letter_id,
            )
        ).all()
    assert logged == [tenant]  # the tenant's data left the desk: logged
    assert work_queue(workspace).rows(Section.LANDLORD_NOTICES) == ()  # answered
    assert landlord.answer_setup(workspace, notice).answered is not None
    with pytest.raises(ValidationError, match="was answered on"):
        landlord.issue_answer(workspace, notice)
    again = landlord.archived_answer(workspace, notice)
    assert again is not None
    assert again.pdf == sent.pdf
    # It goes with the day's post, and the tenant's insight report names it.
    with workspace.read() as session:
        assert sent.letter_id in [job.letter_id for job in batch.due_on(session, TODAY)]
    report = pdftext.text(insight.insight_report(workspace, tenant, "Anmodning om indsigt"))
    assert "Answer to a private landlord, naming you as the tenant" in report


def test_a_returned_dwelling_is_declined_with_the_reason(workspace: Workspace, notice: int) -> None:
    status.change_status(
        workspace, notice, VacancyStatus.RETURNED, reason="Huslejen er for høj til målgruppen."
    )
    setup = landlord.answer_setup(workspace, notice)
    assert (setup.answer, setup.tenant, setup.note) == (
        Answer.DECLINE,
        None,
        "Huslejen er for høj til målgruppen.",
    )
    sent = landlord.issue_answer(workspace, notice, setup.note)
    text = pdftext.text(sent.pdf)
    assert "gør ikke brug af anvisningsretten" in text
    assert "Huslejen er for høj til målgruppen." in text
    assert "anviser hermed" not in text


def test_there_is_nothing_to_answer_before_the_desk_has_decided(
    workspace: Workspace, notice: int
) -> None:
    with pytest.raises(ValidationError, match="no answer to give yet"):
        landlord.answer_setup(workspace, notice)
    with pytest.raises(ValidationError, match="no answer to give yet"):
        landlord.issue_answer(workspace, notice)
    ordinary = make.vacancy(workspace, make.department(workspace))
    with pytest.raises(ValidationError, match="Only a private landlord"):
        landlord.preview_answer(workspace, ordinary)
