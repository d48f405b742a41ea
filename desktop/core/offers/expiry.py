"""Unanswered offers expire by themselves: the day after the reply deadline, at the program's
start and every hour (desktop.ui.offer_timer), or with `anvis offers expire`."""

from __future__ import annotations

import logging

from sqlalchemy import select

from db.enums import OfferStatus
from db.models import Offer
from desktop.core import locking
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.offers.workflow import Outcome, expire_in, writing
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import SimultaneousWrite

log = logging.getLogger(__name__)


def overdue_ids(ws: Workspace) -> list[int]:
    """Sent offers whose reply deadline has passed (the deadline day itself still counts)."""
    with ws.read() as session:
        return list(
            session.scalars(
                select(Offer.id)
                .where(Offer.status == OfferStatus.SENT, Offer.reply_deadline < ws.today())
                .order_by(Offer.reply_deadline, Offer.id)
            )
        )


def expire_overdue_outcomes(ws: Workspace) -> list[Outcome]:
    """Expire every overdue offer, each in its own transaction (one that another workstation
    answered or expired meanwhile, or changed at the same moment, is skipped); the outcomes of
    those expired here."""
    outcomes = []
    for offer_id in overdue_ids(ws):
        try:
            with writing(ws) as session:
                offer = locking.lock(session, Offer, offer_id)  # as stored once the other is done
                if offer is None or offer.status != OfferStatus.SENT:
                    continue
                outcomes.append(expire_in(session, offer, by=ws.user, day=ws.today()))
        except SimultaneousWrite:
            # Its dwelling or applicant changed on another workstation while this ran: nothing
            # of it was saved, and the next run (or the other workstation's) expires it.
            log.info("offer %s not expired now: changed elsewhere at the same moment", offer_id)
            continue
        log.info("offer %s expired", offer_id)
    return outcomes


def expire_overdue(ws: Workspace) -> list[int]:
    """Expire every sent offer past its reply deadline; returns the ids of the offers expired."""
    return [outcome.offer_id for outcome in expire_overdue_outcomes(ws)]


# --- the command line's texts ------------------------------------------------------------------


def outcome_json(outcome: Outcome) -> dict[str, object]:
    return {
        "offer_id": outcome.offer_id,
        "status": outcome.status.value,
        "consequence": None if outcome.consequence is None else outcome.consequence.value,
        "paused_until": None if outcome.paused_until is None else outcome.paused_until.isoformat(),
        "letter_ids": list(outcome.letter_ids),
        "next_offer_id": outcome.next_offer_id,
        "next_applicant_id": outcome.next_applicant_id,
    }


def outcome_line(outcome: Outcome) -> str:
    text = translate("Offers", "Offer {id}: {message}").format(
        id=outcome.offer_id, message=outcome.message
    )
    if outcome.next_offer_id is not None:
        text += " " + translate("Offers", "Next candidate: draft offer {id}.").format(
            id=outcome.next_offer_id
        )
    return text


def summary_line(count: int) -> str:
    if count == 0:
        return translate("Offers", "No offer has passed its reply deadline.")
    return plural(
        count, translate("Offers", "{n} offer expired."), translate("Offers", "{n} offers expired.")
    )


def expired_message(count: int) -> str:
    """The status bar's line after the window expired offers by itself."""
    return plural(
        count,
        translate("Offers", "{n} unanswered offer expired; the next candidate has a draft offer."),
        translate(
            "Offers", "{n} unanswered offers expired; the next candidates have draft offers."
        ),
    )
