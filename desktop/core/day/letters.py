"""Letters not yet delivered: the letters to citizens that have not reached them, each with what
it still needs (print it, save it for Digital Post and confirm, record the hand-over, or choose
a way to reach the citizen first), as `desktop.core.letters.to_deliver` lists them; with the
dwelling's address for an offer's letter.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import LetterKind
from db.models import Offer, Vacancy
from desktop.core.intake.address import format_address
from desktop.core.letters import to_deliver
from desktop.core.letters.to_deliver import Missing


class Undelivered(NamedTuple):
    letter_id: int
    kind: LetterKind
    letter_date: dt.date | None
    offer_id: int | None
    applicant_id: int | None
    applicant_name: str | None
    address: str | None  # the dwelling's
    missing: Missing | None = None
    missing_text: str = ""  # what it still needs, in words


def _addresses(session: Session, offer_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(offer_ids), 500):
        rows = session.execute(
            select(Offer.id, Vacancy.street, Vacancy.house_number, Vacancy.floor, Vacancy.door)
            .join(Vacancy, Vacancy.id == Offer.vacancy_id)
            .where(Offer.id.in_(offer_ids[start : start + 500]))
        )
        found |= {r.id: format_address(r.street, r.house_number, r.floor, r.door) for r in rows}
    return found


def letters_to_deliver_in(session: Session, day: dt.date) -> list[Undelivered]:
    """The letters that have not reached their citizen on `day`, oldest first."""
    letters = to_deliver.letters_to_deliver_in(session)
    addresses = _addresses(session, [t.offer_id for t in letters if t.offer_id is not None])
    return [
        Undelivered(
            t.letter_id,
            t.kind,
            t.letter_date,
            t.offer_id,
            t.applicant_id,
            t.applicant_name,
            addresses.get(t.offer_id) if t.offer_id is not None else None,
            t.missing,
            t.missing_text,
        )
        for t in letters
        if t.letter_date is None or t.letter_date <= day
    ]
