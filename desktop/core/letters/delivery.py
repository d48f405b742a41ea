"""Letters that reach the citizen: how each letter goes, and recording that it went.

A letter to a citizen is archived with the citizen's delivery channel (`Letter.delivery`, see
`desktop.core.applicants.addresses`) and is delivered (`Letter.delivered_on`) when:

    own address / c/o   it is printed (the day's letters, or printed from its preview), or
                        `record_posted` says it was posted
    Digital Post        `export_for_digital_post` wrote its PDF for the municipality's Digital
                        Post system and staff confirm it was sent there (`confirm_digital_post`)
    hand-over           the caseworker handed it over (`record_hand_over`): an offer's reply
                        deadline runs from that day

`to_deliver.letters_to_deliver(ws)` lists what has not reached its citizen yet, with what is
missing: the day's work. A letter made while the citizen had no channel (a decision after a
refusal) waits for a channel to be chosen and the letter to be issued again (`reissue`); the
newest letter of a kind for an offer (or, without an offer, for the applicant) is the one that
counts.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from db.aggregates import add_part
from db.base import utcnow
from db.enums import AuditAction, DeliveryChannel, LetterKind, OfferStatus
from db.models import Applicant, Letter, Offer, OfferEvent
from desktop.core import audit, formats, locking
from desktop.core.applicants.addresses import (
    POSTAL,
    channel_in_text,
    require_deliverable,
)
from desktop.core.errors import FileProblem, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.letters import archive, render
from desktop.core.letters import context as contexts
from desktop.core.letters.context import Decision
from desktop.core.letters.to_deliver import ERASED, Missing, missing_label, missing_of
from desktop.core.offers.deadlines import default_reply_deadline
from desktop.core.workspace import Workspace

C = DeliveryChannel


def delivered_label(channel: DeliveryChannel, day: dt.date) -> str:
    """How and when a letter reached its citizen, in words."""
    if channel == C.DIGITAL_POST:
        text = translate("Delivery", "Sent by Digital Post on {date}")
    elif channel == C.HAND_OVER:
        text = translate("Delivery", "Handed over on {date}")
    else:
        text = translate("Delivery", "Printed and posted on {date}")
    return text.format(date=formats.date(day))


class OfferLetterState(NamedTuple):
    """Where an offer's letter is on its way to the citizen (the offers page's detail)."""

    letter_id: int
    channel: DeliveryChannel
    delivered_on: dt.date | None
    missing: Missing | None  # what it still needs; None: delivered, or no longer needed
    text: str


def offer_letter_state(
    letters: Sequence[archive.ArchivedLetter], status: OfferStatus
) -> OfferLetterState | None:
    """The state of the offer's newest offer letter to the citizen (`letters` in the order
    made), or None when it has none (a draft, or a letter made before channels existed). Only
    a letter whose offer still waits for the reply needs delivering."""
    made = [
        letter
        for letter in letters
        if letter.kind == LetterKind.OFFER and letter.delivery is not None
    ]
    if not made:
        return None
    letter = made[-1]
    channel = letter.delivery
    assert channel is not None  # chosen so
    if letter.delivered_on is not None:
        text = delivered_label(channel, letter.delivered_on)
        return OfferLetterState(letter.letter_id, channel, letter.delivered_on, None, text)
    if status != OfferStatus.SENT:
        text = translate("Delivery", "Not delivered; the offer no longer waits for a reply")
        return OfferLetterState(letter.letter_id, channel, None, None, text)
    missing = missing_of(channel, letter.exported_at)
    return OfferLetterState(letter.letter_id, channel, None, missing, missing_label(missing))


# --- recording a delivery ----------------------------------------------------------------------


@dataclass(frozen=True)
class Delivered:
    """A delivery recorded: the letter, how and when; an offer's reply deadline if it was set
    from a hand-over."""

    letter_id: int
    channel: DeliveryChannel
    delivered_on: dt.date
    offer_id: int | None = None
    reply_deadline: dt.date | None = None
    message: str = ""


def _letter(session: Session, letter_id: int) -> Letter:
    row = locking.lock(session, Letter, letter_id)  # as stored now: another desk may be first
    if row is None or row.sha256 == ERASED:
        raise NotFound(
            translate("Letters", "There is no archived letter number {id}.").format(id=letter_id)
        )
    return row


def _refuse_channel(row: Letter, wanted: tuple[DeliveryChannel, ...]) -> None:
    if row.delivery not in wanted:
        shown = channel_in_text(row.delivery) if row.delivery is not None else "–"
        raise ValidationError(
            translate("Delivery", "The letter does not go that way: it goes by {channel}.").format(
                channel=shown
            )
        )


def _refuse_delivered(row: Letter) -> None:
    if row.delivered_on is not None:
        raise ValidationError(
            translate(
                "Delivery", "The letter was already recorded as delivered on {date} ({channel})."
            ).format(
                date=formats.date(row.delivered_on),
                channel=channel_in_text(row.delivery) if row.delivery else "",
            )
        )


def _day(on: dt.date | None, row: Letter, today: dt.date, field: str) -> dt.date:
    day = on or today
    if day > today:
        raise ValidationError(
            translate("Delivery", "The day cannot be in the future."),
            {field: translate("Delivery", "Today or earlier.")},
        )
    if row.letter_date is not None and day < row.letter_date:
        raise ValidationError(
            translate(
                "Delivery", "The letter is dated {date}: it cannot have gone before that."
            ).format(date=formats.date(row.letter_date)),
            {
                field: translate("Delivery", "On or after {date}.").format(
                    date=formats.date(row.letter_date)
                )
            },
        )
    return day


def _mark(session: Session, row: Letter, day: dt.date, how: str) -> None:
    row.delivered_on = day
    row.sent_at = utcnow()
    audit.record(
        session,
        AuditAction.UPDATE,
        "letter",
        row.id,
        applicant_id=row.applicant_id,
        details={"delivered": how, "on": day.isoformat()},
    )


def record_posted(ws: Workspace, letter_id: int, *, posted_on: dt.date | None = None) -> Delivered:
    """A letter by post (own address or c/o) was posted on `posted_on` (default today): for a
    letter printed outside Anvis (printing it in Anvis records this by itself)."""
    today = ws.today()
    with ws.write() as session:
        row = _letter(session, letter_id)
        _refuse_channel(row, POSTAL)
        _refuse_delivered(row)
        day = _day(posted_on, row, today, "posted_on")
        _mark(session, row, day, "post")
        assert row.delivery is not None
        return Delivered(
            row.id,
            row.delivery,
            day,
            row.offer_id,
            message=translate("Delivery", "The letter is recorded as posted on {date}.").format(
                date=formats.date(day)
            ),
        )


def confirm_digital_post(
    ws: Workspace, letter_id: int, *, sent_on: dt.date | None = None
) -> Delivered:
    """Staff confirm that the letter was sent through the Digital Post system on `sent_on`
    (default today)."""
    today = ws.today()
    with ws.write() as session:
        row = _letter(session, letter_id)
        _refuse_channel(row, (C.DIGITAL_POST,))
        _refuse_delivered(row)
        day = _day(sent_on, row, today, "sent_on")
        _mark(session, row, day, "digital_post")
        return Delivered(
            row.id,
            C.DIGITAL_POST,
            day,
            row.offer_id,
            message=translate(
                "Delivery", "The letter is recorded as sent by Digital Post on {date}."
            ).format(date=formats.date(day)),
        )


def record_hand_over(ws: Workspace, letter_id: int, *, handed_over_on: dt.date) -> Delivered:
    """The caseworker handed the letter over on `handed_over_on`. An offer letter's reply
    deadline then runs from that day (the reply days of the deadline setting, moved to a
    working day), unless the offer is no longer waiting for the reply."""
    today = ws.today()
    with ws.write() as session:
        row = _letter(session, letter_id)
        _refuse_channel(row, (C.HAND_OVER,))
        _refuse_delivered(row)
        day = _day(handed_over_on, row, today, "handed_over_on")
        _mark(session, row, day, "hand_over")
        deadline = None
        message = translate("Delivery", "The letter is recorded as handed over on {date}.")
        offer = locking.lock(session, Offer, row.offer_id) if row.offer_id is not None else None
        if (
            row.kind == LetterKind.OFFER
            and offer is not None
            and offer.status == OfferStatus.SENT
            and offer.reply_deadline is None
        ):
            deadline = default_reply_deadline(session, day)
            offer.reply_deadline = deadline
            add_part(
                offer,
                OfferEvent(
                    by=ws.user,
                    from_status=offer.status,
                    to_status=offer.status,
                    note=translate("Delivery", "Handed over {date}; reply by {deadline}").format(
                        date=formats.date(day), deadline=formats.date(deadline)
                    ),
                ),
            )
            message = translate(
                "Delivery", "The letter is recorded as handed over on {date}; reply by {deadline}."
            )
        return Delivered(
            row.id,
            C.HAND_OVER,
            day,
            row.offer_id,
            deadline,
            message.format(date=formats.date(day), deadline=formats.date(deadline)),
        )


# --- Digital Post: the PDF for the municipality's system --------------------------------------

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def export_name(kind: LetterKind, reference: str, name: str) -> str:
    """ "BT-000042 Boligtilbud - Anne Jensen.pdf": what, which case, to whom; safe on Windows."""
    title = f"{reference} {render.KIND_NAMES.get(kind, '')} - {name}"
    return " ".join(_UNSAFE.sub(" ", title).split()).strip(" .")[:150] + ".pdf"


def _export_name(session: Session, row: Letter) -> str:
    applicant = session.get(Applicant, row.applicant_id) if row.applicant_id else None
    reference = contexts.reference_for(row.kind, row.offer_id, row.applicant_id)
    return export_name(row.kind, reference, applicant.name if applicant else "")


def digital_post_name(ws: Workspace, letter_id: int) -> str:
    """The file name `export_for_digital_post` gives the letter (a save dialog's suggestion)."""
    with ws.read() as session:
        row = session.get(Letter, letter_id)
        if row is None:
            raise NotFound(
                translate("Letters", "There is no archived letter number {id}.").format(
                    id=letter_id
                )
            )
        return _export_name(session, row)


def export_for_digital_post(
    ws: Workspace, letter_id: int, folder: Path, *, name: str | None = None
) -> Path:
    """Write the archived letter (byte for byte) into `folder` for the municipality's Digital
    Post system, as `name` or under a name that says what and to whom; returns the file. The
    letter is not sent until staff confirm it (`confirm_digital_post`). Exporting personal
    data is logged."""
    with ws.write() as session:
        row = _letter(session, letter_id)
        _refuse_channel(row, (C.DIGITAL_POST,))
        archive.check_unchanged(letter_id, row.pdf, row.sha256)
        reference = contexts.reference_for(row.kind, row.offer_id, row.applicant_id)
        target = folder / (name or _export_name(session, row))
        _write(target, row.pdf)
        row.exported_at = utcnow()
        audit.record(
            session,
            AuditAction.EXPORT,
            "letter",
            row.id,
            applicant_id=row.applicant_id,
            purpose=translate("Delivery", "Digital Post"),
            details={"kind": row.kind.value, "reference": reference},
        )
        return target


def _write(target: Path, data: bytes) -> None:
    """The whole file or none (another program may pick files up from the folder)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".anvis-", suffix=".pdf", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise FileProblem(
            translate("Letters", "{path} cannot be written: {error}").format(
                path=target, error=exc.strerror
            )
        ) from exc


# --- issuing a letter again --------------------------------------------------------------------


def reissue(ws: Workspace, letter_id: int) -> archive.LetterPdf:
    """Draw the letter again from today's data (the citizen's address and channel as they are
    now) and archive it; it replaces the earlier one as the letter to deliver. For a letter made
    before a way to reach the citizen was chosen, or before their address changed. Offer
    letters and decision letters only; refused while the citizen still cannot be reached."""
    with ws.write() as session:
        row = _letter(session, letter_id)
        applicant = session.get(Applicant, row.applicant_id) if row.applicant_id else None
        if applicant is None or row.kind not in (
            LetterKind.OFFER,
            LetterKind.DECISION_REMOVAL,
            LetterKind.DECISION_REFUSAL,
        ):
            raise ValidationError(
                translate("Delivery", "Only offer letters and decisions can be issued again.")
            )
        channel = require_deliverable(applicant)
        today = ws.today()
        if row.kind == LetterKind.OFFER:
            offer = locking.lock(session, Offer, row.offer_id) if row.offer_id else None
            if offer is None or offer.status != OfferStatus.SENT:
                raise ValidationError(
                    translate("Delivery", "The offer no longer waits for a reply.")
                )
            if offer.reply_deadline is None and channel != C.HAND_OVER:
                # It was to be handed over; now it goes another way: the deadline runs from today.
                offer.reply_deadline = default_reply_deadline(session, today)
            return archive.archive_offer_letter(session, offer.id, today)
        stored: dict[str, Any] = row.context or {}
        reasons = str(stored.get("values", {}).get("reasons", ""))
        return archive.archive_decision(
            session, Decision(row.kind, applicant.id, reasons, row.offer_id), today
        )
