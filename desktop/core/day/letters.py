"""Letters not yet delivered: archived offer letters, allocation notices and decision letters
that were neither printed nor sent.

A stand-in behind one function until the letters core brings the delivery channels
(`letters_to_deliver(ws)`: printed, handed over or sent digitally); the work queue calls only
`letters_to_deliver_in`, so the switch is made here.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import LetterKind
from db.models import Applicant, Letter, Offer, Vacancy
from desktop.core.intake.address import format_address

# Letters archived longer ago than this are history, not today's post.
RECENT_DAYS = 14
KINDS = (
    LetterKind.OFFER,
    LetterKind.ALLOCATION_NOTICE,
    LetterKind.DECISION_REMOVAL,
    LetterKind.DECISION_REFUSAL,
)


class Undelivered(NamedTuple):
    letter_id: int
    kind: LetterKind
    letter_date: dt.date | None
    offer_id: int | None
    applicant_id: int | None
    applicant_name: str | None
    address: str | None  # the dwelling's


def letters_to_deliver_in(session: Session, day: dt.date) -> list[Undelivered]:
    """The recent letters neither printed nor sent, oldest first."""
    rows = session.execute(
        select(
            Letter.id,
            Letter.kind,
            Letter.letter_date,
            Letter.offer_id,
            Letter.applicant_id,
            Applicant.name,
            Vacancy.street,
            Vacancy.house_number,
            Vacancy.floor,
            Vacancy.door,
        )
        .outerjoin(Applicant, Applicant.id == Letter.applicant_id)
        .outerjoin(Offer, Offer.id == Letter.offer_id)
        .outerjoin(Vacancy, Vacancy.id == Offer.vacancy_id)
        .where(
            Letter.kind.in_(KINDS),
            Letter.printed_at.is_(None),
            Letter.sent_at.is_(None),
            Letter.letter_date >= day - dt.timedelta(days=RECENT_DAYS),
        )
        .order_by(Letter.letter_date, Letter.id)
    ).all()
    return [
        Undelivered(
            r.id,
            r.kind,
            r.letter_date,
            r.offer_id,
            r.applicant_id,
            r.name,
            None if r.street is None else format_address(r.street, r.house_number, r.floor, r.door),
        )
        for r in rows
    ]
