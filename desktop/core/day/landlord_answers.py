"""Private landlords' notices awaiting the municipality's answer, with the statutory deadline.

Under lov om kommunal anvisningsret § 5 the desk answers a landlord's notice within 7 working
days: it names a tenant, or says that the municipality does not use its right to the dwelling.
A notice is answered when its answer letter is archived (`desktop.core.letters.landlord`); until
then it waits here, whatever the dwelling's state, and what the desk does next follows from that
state (`next_step`): decide on the dwelling, find a tenant, send or follow the offer, and once
an applicant has accepted (or the dwelling was returned or given back) write the answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.enums import LetterKind, OfferStatus, VacancyStatus
from db.models import Applicant, Landlord, Letter, Offer, Vacancy
from desktop.core.intake.address import format_address
from desktop.core.workdays import working_days_between

# The offers that stand for the dwelling: the newest of these is the one to follow.
_LIVE = (OfferStatus.DRAFT, OfferStatus.SENT, OfferStatus.ACCEPTED)


class Answer(StrEnum):
    """What the answer letter tells the landlord."""

    ACCEPT = "accept"  # the municipality names a tenant
    DECLINE = "decline"  # the municipality does not use its right to the dwelling


class Step(StrEnum):
    """What the desk does next about a notice."""

    DECIDE = "decide"  # accept the dwelling or return it
    FIND_TENANT = "find_tenant"  # choose a candidate and make the offer
    SEND_OFFER = "send_offer"  # the offer is drafted, not sent
    AWAIT_REPLY = "await_reply"  # the applicant's reply to the offer
    WRITE_ANSWER = "write_answer"  # the answer to the landlord


def answer_for(status: VacancyStatus, tenant_found: bool) -> Answer | None:
    """The answer the dwelling's state gives (None: not known yet). A tenant is named once an
    applicant accepted the offer (or the lease started); a returned or given-back dwelling is
    declined."""
    if tenant_found or status == VacancyStatus.LET:
        return Answer.ACCEPT
    if status in (VacancyStatus.RETURNED, VacancyStatus.GIVEN_BACK):
        return Answer.DECLINE
    return None


@dataclass(frozen=True)
class AwaitingAnswer:
    """One notice not yet answered."""

    vacancy_id: int
    address: str
    landlord_id: int
    landlord: str
    status: VacancyStatus
    received_on: dt.date
    due: dt.date | None
    days_left: int | None  # working days after today up to the deadline (negative: passed)
    today: dt.date
    offer_id: int | None  # the newest live offer of the dwelling
    offer_status: OfferStatus | None
    applicant: str | None  # ... and whom it is made to

    @property
    def answer(self) -> Answer | None:
        return answer_for(self.status, self.offer_status == OfferStatus.ACCEPTED)

    @property
    def step(self) -> Step:
        if self.answer is not None:
            return Step.WRITE_ANSWER
        if self.status == VacancyStatus.RECEIVED:
            return Step.DECIDE
        if self.offer_status == OfferStatus.DRAFT:
            return Step.SEND_OFFER
        if self.offer_status == OfferStatus.SENT:
            return Step.AWAIT_REPLY
        return Step.FIND_TENANT

    @property
    def overdue(self) -> bool:
        """The deadline has passed (on a weekend after a Friday deadline too, when no working
        day has passed since)."""
        return self.due is not None and self.due < self.today


def answered_clause() -> object:
    """SQL: the dwelling's answer letter is archived."""
    return exists().where(
        Letter.vacancy_id == Vacancy.id, Letter.kind == LetterKind.LANDLORD_ANSWER
    )


def awaiting_answers_in(session: Session, today: dt.date) -> list[AwaitingAnswer]:
    """Every landlord's notice without an answer letter, the nearest deadline first."""
    rows = session.execute(
        select(Vacancy, Landlord.name)
        .join(Landlord, Landlord.id == Vacancy.landlord_id)
        .where(~answered_clause())  # type: ignore[operator]
        .order_by(Vacancy.desk_deadline, Vacancy.reported_on, Vacancy.id)
    ).all()
    if not rows:
        return []
    offers: dict[int, tuple[int, OfferStatus, str]] = {}
    for offer_id, vacancy_id, status, name in session.execute(
        select(Offer.id, Offer.vacancy_id, Offer.status, Applicant.name)
        .join(Applicant, Applicant.id == Offer.applicant_id)
        .where(Offer.vacancy_id.in_([v.id for v, _ in rows]), Offer.status.in_(_LIVE))
        .order_by(Offer.id)
    ):
        offers[vacancy_id] = (offer_id, status, name)  # the newest last
    found = []
    for vacancy, landlord in rows:
        live = offers.get(vacancy.id)
        due = vacancy.desk_deadline
        found.append(
            AwaitingAnswer(
                vacancy_id=vacancy.id,
                address=format_address(
                    vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door
                ),
                landlord_id=vacancy.landlord_id or 0,
                landlord=landlord,
                status=vacancy.status,
                received_on=vacancy.reported_on,
                due=due,
                days_left=None if due is None else working_days_between(today, due),
                today=today,
                offer_id=None if live is None else live[0],
                offer_status=None if live is None else live[1],
                applicant=None if live is None else live[2],
            )
        )
    return found
