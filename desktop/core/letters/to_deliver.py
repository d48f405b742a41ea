"""The letters that have not reached their citizen yet, and what each still needs: the day's
work queue reads them (Overblik), so this reads only the database, without the letter drawing
and archive (`delivery` records the delivery; `letters_to_deliver` is explained there).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from db.enums import DeliveryChannel, LetterKind, OfferStatus
from db.models import Applicant, Letter, Offer
from desktop.core.applicants.addresses import POSTAL
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

C = DeliveryChannel
ERASED = hashlib.sha256(b"").hexdigest()  # an anonymised person's letter: its PDF is erased


class Missing(StrEnum):
    """What a letter still needs before it has reached its citizen."""

    CHANNEL = "channel"  # no channel was chosen: choose one, then issue the letter again
    PRINT = "print"  # by post: print it (and post it)
    EXPORT = "export"  # Digital Post: write its PDF for the Digital Post system
    CONFIRM = "confirm"  # Digital Post: exported; confirm it was sent
    HAND_OVER = "hand_over"  # the caseworker hands it over: record the day


def missing_label(missing: Missing) -> str:
    labels = {
        Missing.CHANNEL: translate(
            "Delivery", "Choose how letters reach the citizen, then issue the letter again"
        ),
        Missing.PRINT: translate("Delivery", "Print and post it"),
        Missing.EXPORT: translate("Delivery", "Export it for Digital Post"),
        Missing.CONFIRM: translate("Delivery", "Confirm it was sent by Digital Post"),
        Missing.HAND_OVER: translate("Delivery", "Record the day the caseworker handed it over"),
    }
    return labels[missing]


class ToDeliver(NamedTuple):
    """A letter that has not reached its citizen yet (the day's work queue)."""

    letter_id: int
    kind: LetterKind
    offer_id: int | None
    applicant_id: int
    applicant_name: str
    channel: DeliveryChannel  # the way the letter goes (as it was made)
    letter_date: dt.date | None
    missing: Missing
    missing_text: str
    exported_at: dt.datetime | None  # Digital Post: when its PDF was written


def superseded() -> ColumnElement[bool]:
    """A newer letter of the same kind was made for the same offer (without an offer: for the
    same applicant): that one is the letter to deliver."""
    newer = aliased(Letter)
    return exists().where(
        newer.kind == Letter.kind,
        newer.id > Letter.id,
        newer.applicant_id == Letter.applicant_id,
        or_(
            newer.offer_id == Letter.offer_id,
            and_(newer.offer_id.is_(None), Letter.offer_id.is_(None)),
        ),
    )


def missing_of(channel: DeliveryChannel, exported_at: dt.datetime | None) -> Missing:
    if channel in POSTAL:
        return Missing.PRINT
    if channel == C.DIGITAL_POST:
        return Missing.CONFIRM if exported_at is not None else Missing.EXPORT
    if channel == C.HAND_OVER:
        return Missing.HAND_OVER
    return Missing.CHANNEL


def letters_to_deliver(ws: Workspace, *, letter_id: int | None = None) -> list[ToDeliver]:
    """Letters to citizens that have not reached them yet, oldest first (with `letter_id`:
    that letter, if it has not). An offer letter counts while its offer waits for the reply;
    letters of anonymised people do not count."""
    with ws.read() as session:
        return letters_to_deliver_in(session, letter_id=letter_id)


def letters_to_deliver_in(session: Session, *, letter_id: int | None = None) -> list[ToDeliver]:
    """`letters_to_deliver` in the caller's session (the day's work queue reads it so)."""
    only = [Letter.id == letter_id] if letter_id is not None else []
    rows = session.execute(
        select(
            Letter.id,
            Letter.kind,
            Letter.offer_id,
            Letter.applicant_id,
            Applicant.name,
            Letter.delivery,
            Letter.letter_date,
            Letter.exported_at,
        )
        .join(Applicant, Applicant.id == Letter.applicant_id)
        .outerjoin(Offer, Offer.id == Letter.offer_id)
        .where(
            Letter.delivery.is_not(None),
            Letter.delivered_on.is_(None),
            Letter.sha256 != ERASED,
            or_(Letter.kind != LetterKind.OFFER, Offer.status == OfferStatus.SENT),
            ~superseded(),
            *only,
        )
        .order_by(Letter.letter_date, Letter.id)
    ).all()
    found = []
    for number, kind, offer_id, applicant_id, name, channel, day, exported in rows:
        assert channel is not None  # selected so
        assert applicant_id is not None
        missing = missing_of(channel, exported)
        found.append(
            ToDeliver(
                number,
                kind,
                offer_id,
                applicant_id,
                name,
                channel,
                day,
                missing,
                missing_label(missing),
                exported,
            )
        )
    return found
