"""How letters reach an applicant: the postal address, the whereabouts and the delivery channel.

The rules of a channel live here once: what each channel needs (`channel_problems`), used when
the applicant is saved (`inputs.validate`) and when a letter is to be sent (`refusal`, the offer
workflow and the letters). Free text is read with `db.postal.parse`, as the address migration and
the applicant import read it.

    own address   street, postcode and town (no c/o line)
    c/o address   the same and the c/o line ("c/o Kirkens Korshær" above the street line)
    hand-over     a caseworker, who hands the letter over; the reply deadline runs from then
    Digital Post  a CPR number, and the citizen is not exempt (fritaget for Digital Post)
    none          not chosen: a letter cannot be sent until one is

Addresses read from free text automatically (the address migration, an imported list) wait for a
person's look (`Applicant.address_review`): `addresses_to_review` lists them,
`mark_addresses_reviewed` clears them (so does saving a changed address in the form).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import postal
from db.enums import AddressReview, DeliveryChannel
from db.models import Applicant
from desktop.core.applicants import trail
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

C = DeliveryChannel
CHANNELS = (C.OWN_ADDRESS, C.CARE_OF, C.HAND_OVER, C.DIGITAL_POST, C.NONE)
POSTAL = (C.OWN_ADDRESS, C.CARE_OF)  # letters that go in a window envelope
ADDRESS_FIELDS = ("care_of", "street", "postcode", "town", "whereabouts", "delivery")
# The postal address as a query reads it, in the order of `postal.address_lines` and `one_line`.
POSTAL_COLUMNS = (Applicant.care_of, Applicant.street, Applicant.postcode, Applicant.town)
_POSTCODE = re.compile(r"\d{4}")


def channel_label(channel: DeliveryChannel) -> str:
    labels = {
        C.OWN_ADDRESS: translate("Delivery", "Own address"),
        C.CARE_OF: translate("Delivery", "c/o address"),
        C.HAND_OVER: translate("Delivery", "Handed over by the caseworker"),
        C.DIGITAL_POST: translate("Delivery", "Digital Post"),
        C.NONE: translate("Delivery", "Not chosen"),
    }
    return labels[channel]


def channel_in_text(channel: DeliveryChannel) -> str:
    """The channel's label inside a sentence: lower case, but Digital Post is a name."""
    label = channel_label(channel)
    return label if channel == C.DIGITAL_POST else label.lower()


def review_label(reason: AddressReview) -> str:
    if reason == AddressReview.PARSED:
        return translate("Delivery", "Read as an address: check it")
    return translate("Delivery", "No address: kept as whereabouts")


def postcode_problem(postcode: str | None) -> str | None:
    if postcode is not None and not _POSTCODE.fullmatch(postcode):
        return translate("Delivery", "A Danish postcode has four digits.")
    return None


def channel_problems(
    channel: DeliveryChannel,
    *,
    care_of: str | None,
    street: str | None,
    postcode: str | None,
    town: str | None,
    has_cpr: bool,
    exempt_digital_post: bool,
    has_caseworker: bool,
) -> dict[str, str]:
    """What the channel lacks, by field (empty: letters can go this way). `NONE` lacks nothing
    to be saved; it only cannot carry a letter (`refusal`)."""
    problems: dict[str, str] = {}
    if channel in POSTAL:
        if not street:
            problems["street"] = translate("Delivery", "Write the street and house number.")
        if not postcode:
            problems["postcode"] = translate("Delivery", "Write the postcode (four digits).")
        elif message := postcode_problem(postcode):
            problems["postcode"] = message
        if not town:
            problems["town"] = translate("Delivery", "Write the town.")
    if channel == C.CARE_OF and not care_of:
        problems["care_of"] = translate(
            "Delivery", "Write whom the letters go c/o (a shelter, a relative, the caseworker)."
        )
    if channel == C.OWN_ADDRESS and care_of:
        problems["care_of"] = translate(
            "Delivery", "Letters to the own address have no c/o line: empty it, or choose c/o."
        )
    if channel == C.HAND_OVER and not has_caseworker:
        problems["caseworker_id"] = translate(
            "Delivery", "Choose the caseworker who hands the letters over."
        )
    if channel == C.DIGITAL_POST:
        if exempt_digital_post:
            problems["delivery"] = translate(
                "Delivery", "The citizen is exempt from Digital Post: choose another way."
            )
        elif not has_cpr:
            problems["delivery"] = translate(
                "Delivery", "Digital Post needs the citizen's CPR number."
            )
    return problems


def problems_of(applicant: Applicant) -> dict[str, str]:
    """What the applicant's own channel lacks (empty: letters can go that way, or NONE)."""
    return channel_choices(applicant).get(applicant.delivery, {})


def refusal(applicant: Applicant) -> str | None:
    """Why no letter can be sent to the applicant now (what to choose), or None."""
    return refusal_by(applicant.name, applicant.delivery, problems_of(applicant))


def refusal_by(name: str, channel: DeliveryChannel, problems: dict[str, str]) -> str | None:
    """Why no letter can go to `name` by `channel`, which lacks `problems` (`channel_problems`);
    None when it can."""
    if channel == C.NONE:
        return translate(
            "Delivery",
            "The letter cannot be sent: choose how letters reach {name} (own address, c/o "
            "address, hand-over by the caseworker or Digital Post) in the applicant's form.",
        ).format(name=name)
    if not problems:
        return None
    return translate(
        "Delivery",
        "The letter cannot be sent to {name} ({channel}): {problem} Or choose another way in "
        "the applicant's form.",
    ).format(
        name=name,
        channel=channel_in_text(channel),
        problem=next(iter(problems.values())),
    )


def channel_choices(applicant: Applicant) -> dict[DeliveryChannel, dict[str, str]]:
    """Each channel a letter can be given (not NONE), with what it lacks for the applicant."""
    return {
        channel: channel_problems(
            channel,
            care_of=applicant.care_of,
            street=applicant.street,
            postcode=applicant.postcode,
            town=applicant.town,
            has_cpr=applicant.cpr is not None,
            exempt_digital_post=applicant.exempt_digital_post,
            has_caseworker=applicant.caseworker_id is not None,
        )
        for channel in CHANNELS
        if channel != C.NONE
    }


def choose_channel(session: Session, applicant: Applicant, channel: DeliveryChannel) -> None:
    """Letters reach the applicant by `channel` from now on (chosen where a letter is made, in
    the caller's transaction); ValidationError when the channel lacks what it needs."""
    problems = channel_choices(applicant).get(channel, {}) if channel != C.NONE else {}
    message = refusal_by(applicant.name, channel, problems)
    if message is not None:
        raise ValidationError(message, {"delivery": message})
    if applicant.delivery == channel:
        return
    applicant.delivery = channel
    trail.record_update(session, applicant, {"fields": ["delivery"]})


def require_deliverable(applicant: Applicant) -> DeliveryChannel:
    """The applicant's channel, or ValidationError saying what to choose."""
    message = refusal(applicant)
    if message is not None:
        raise ValidationError(message, {"delivery": message})
    return applicant.delivery


# --- addresses read from free text, to review --------------------------------------------------


class AddressToReview(NamedTuple):
    applicant_id: int
    name: str
    reason: AddressReview
    address: str | None  # the address in one line, or the whereabouts
    delivery: DeliveryChannel
    version: int


def addresses_to_review(ws: Workspace) -> list[AddressToReview]:
    """Applicants whose address was read from free text and not looked at yet: those kept as
    whereabouts first (letters cannot reach them by post), then by name."""
    with ws.read() as session:
        rows = session.execute(
            select(
                Applicant.id,
                Applicant.name,
                Applicant.address_review,
                *POSTAL_COLUMNS,
                Applicant.whereabouts,
                Applicant.delivery,
                Applicant.version,
                Applicant.sort_name,
            ).where(Applicant.address_review.is_not(None), Applicant.anonymised_at.is_(None))
        ).all()
    order = {AddressReview.WHEREABOUTS: 0, AddressReview.PARSED: 1}
    rows = sorted(rows, key=lambda r: (order[r.address_review], r.sort_name or "", r.id))
    return [
        AddressToReview(
            r.id,
            r.name,
            r.address_review,
            postal.one_line(r.care_of, r.street, r.postcode, r.town, r.whereabouts),
            r.delivery,
            r.version,
        )
        for r in rows
    ]


def mark_addresses_reviewed(ws: Workspace, applicant_ids: Sequence[int]) -> int:
    """A person has looked at these applicants' addresses: they leave the review list. Returns
    how many were waiting (one another workstation cleared meanwhile is not counted again)."""
    done = 0
    with ws.write() as session:
        for start in range(0, len(applicant_ids), 500):
            chunk = list(applicant_ids[start : start + 500])
            waiting = session.scalars(
                select(Applicant)
                .where(Applicant.id.in_(chunk), Applicant.address_review.is_not(None))
                .order_by(Applicant.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            ).all()
            for applicant in waiting:
                applicant.address_review = None
                trail.record_update(session, applicant, {"fields": ["address_review"]})
            done += len(waiting)
    return done
