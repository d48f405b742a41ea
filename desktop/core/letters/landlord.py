"""The answer letter to a private landlord (lov om kommunal anvisningsret § 5).

The dwelling's state gives the answer (`desktop.core.day.landlord_answers.answer_for`): once an
applicant has accepted the offer of it, the letter names them as the tenant; a dwelling returned
or given back is declined. Before that there is nothing to answer yet, and the desk is told what
to do first. The letter is previewed as it will be sent (`preview_answer`, nothing stored) and
then archived like every letter (`issue_answer`: the exact PDF, its data, the audit), which is
what makes the notice answered (the work queue no longer lists it). A notice is answered once.

    setup = answer_setup(ws, vacancy_id)      # what the dialog shows, with a first draft note
    letter = preview_answer(ws, vacancy_id, note)
    letter = issue_answer(ws, vacancy_id, note)
    letter = archived_answer(ws, vacancy_id)  # the one sent, to print again
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import LetterKind, OfferStatus
from db.models import Letter, Offer, Vacancy
from desktop.core import formats, locking
from desktop.core.day.landlord_answers import Answer, answer_for
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.letters import context as contexts
from desktop.core.letters import templates
from desktop.core.letters.archive import LetterPdf, archive, letter_to_print, render_context
from desktop.core.workspace import Workspace

KIND = LetterKind.LANDLORD_ANSWER


@dataclass(frozen=True)
class AnswerSetup:
    """What the answer dialog shows before the letter is drawn."""

    vacancy_id: int
    landlord: str
    address: str
    received_on: dt.date
    due: dt.date | None
    answer: Answer
    tenant: str | None  # the applicant named (an accepting answer)
    note: str  # a first draft of the caseworker's text: a decline's reason
    answered: str | None  # "21.11.2026 by tester" when the landlord has been answered


@dataclass(frozen=True)
class _Plan:
    vacancy: Vacancy
    answer: Answer
    tenant_offer: Offer | None


def _plan(session: Session, vacancy_id: int) -> _Plan:
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound(translate("Letters", "The dwelling no longer exists."))
    if vacancy.landlord_id is None:
        raise ValidationError(
            translate("Letters", "Only a private landlord's dwelling is answered this way.")
        )
    tenant_offer = session.scalars(
        select(Offer)
        .where(Offer.vacancy_id == vacancy.id, Offer.status == OfferStatus.ACCEPTED)
        .order_by(Offer.id.desc())
    ).first()
    answer = answer_for(vacancy.status, tenant_offer is not None)
    if answer is None:
        raise ValidationError(
            translate(
                "Letters",
                "There is no answer to give yet: offer the dwelling and record the applicant's "
                "yes, or return the dwelling, first (Overview shows the next step).",
            )
        )
    return _Plan(vacancy, answer, tenant_offer if answer == Answer.ACCEPT else None)


def _answered(session: Session, vacancy_id: int) -> Letter | None:
    return session.scalars(
        select(Letter)
        .where(Letter.vacancy_id == vacancy_id, Letter.kind == KIND)
        .order_by(Letter.id)
    ).first()


def _draft_note(plan: _Plan) -> str:
    if plan.answer == Answer.DECLINE and plan.vacancy.return_reason:
        return plan.vacancy.return_reason
    return ""


def answer_setup(ws: Workspace, vacancy_id: int) -> AnswerSetup:
    """The answer a landlord's dwelling gets now, or a ValidationError saying what comes first."""
    with ws.read() as session:
        plan = _plan(session, vacancy_id)
        vacancy = plan.vacancy
        sent = _answered(session, vacancy_id)
        return AnswerSetup(
            vacancy_id=vacancy.id,
            landlord=vacancy.landlord.name if vacancy.landlord is not None else "",
            address=format_address(
                vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door
            ),
            received_on=vacancy.reported_on,
            due=vacancy.desk_deadline,
            answer=plan.answer,
            tenant=None if plan.tenant_offer is None else plan.tenant_offer.applicant.name,
            note=_draft_note(plan),
            answered=None
            if sent is None
            else translate("Letters", "{date} by {user}").format(
                date=formats.date(sent.created_at.date()), user=sent.created_by
            ),
        )


def _context(session: Session, plan: _Plan, note: str, on: dt.date) -> contexts.LetterContext:
    return contexts.landlord_answer(
        session,
        plan.vacancy.id,
        tenant_offer_id=None if plan.tenant_offer is None else plan.tenant_offer.id,
        note=note,
        on=on,
    )


def preview_answer(ws: Workspace, vacancy_id: int, note: str = "") -> LetterPdf:
    """The answer as it would be sent today; nothing is stored (a read)."""
    with ws.read() as session:
        plan = _plan(session, vacancy_id)
        context = _context(session, plan, note, ws.today())
        return render_context(session, context, templates.in_use(session, KIND))


def issue_answer(ws: Workspace, vacancy_id: int, note: str = "") -> LetterPdf:
    """Archive the answer (it is then sent: printed or saved for the post); refused when the
    landlord has been answered already, by this desk or another."""
    with ws.write() as session:
        locking.lock(session, Vacancy, vacancy_id)  # another desk answering now is waited for
        sent = _answered(session, vacancy_id)
        if sent is not None:
            raise ValidationError(
                translate(
                    "Letters",
                    "The landlord was answered on {date} by {user}: the letter is in the archive.",
                ).format(date=formats.date(sent.created_at.date()), user=sent.created_by)
            )
        plan = _plan(session, vacancy_id)
        context = _context(session, plan, note, ws.today())
        return archive(session, context, templates.active(session, KIND))


def archived_answer(ws: Workspace, vacancy_id: int) -> LetterPdf | None:
    """The answer sent, byte for byte (to print again), or None while the landlord waits."""
    with ws.read() as session:
        sent = _answered(session, vacancy_id)
        letter_id = None if sent is None else sent.id
    return None if letter_id is None else letter_to_print(ws, letter_id)
