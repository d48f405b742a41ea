"""The offer dialog's work: one dwelling offered to one applicant, the letter read before it goes.

    setup = offer_setup(ws, vacancy_id, applicant_id)   # a new offer; or draft_setup(ws, offer_id)
    letter = preview(ws, setup.plan(...))               # the letter as it will be printed
    outcome = send(ws, plan)                            # made, sent and archived: one transaction

Nothing is stored before `send`: the preview draws the letter from an offer that never enters
the session, so closing the dialog leaves no trace. `send` makes the draft (or takes the
existing draft on the version the dialog loaded), gives the applicant the delivery channel the
dialog chose when it differs from theirs (`addresses.choose_channel`), keeps the letter's own
text, and sends it through `workflow.send_in`: the rules of every other way of sending hold.
`Outcome.delivery` and `Outcome.letter_ids` say how the letter goes on
(`desktop.core.letters.delivery`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.enums import DeliveryChannel, LetterKind, OfferStatus
from db.models import Applicant, Offer, Vacancy
from desktop.core import formats, locking, settings
from desktop.core.applicants import addresses
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.letters import archive, language, templates
from desktop.core.letters import context as contexts
from desktop.core.letters.archive import LetterPdf
from desktop.core.offers import workflow
from desktop.core.offers.deadlines import default_reply_deadline
from desktop.core.offers.workflow import Outcome
from desktop.core.schemes.settings import SCHEMES
from desktop.core.workspace import Workspace

C = DeliveryChannel
NOTE_MAX = 2000  # a few paragraphs: the letter's own text is a word from the caseworker
NOTE_FIELD = "letter_note"


@dataclass(frozen=True)
class OfferPlan:
    """What the dialog holds: the offer (new, or a draft on its loaded version) and the
    choices. `reply_deadline` None: the default; `channel` None: the applicant's own."""

    vacancy_id: int
    applicant_id: int
    offer_id: int | None = None
    offer_version: int | None = None
    skip_reason: str | None = None
    reply_deadline: dt.date | None = None
    channel: DeliveryChannel | None = None
    letter_note: str | None = None


@dataclass(frozen=True)
class ChannelChoice:
    channel: DeliveryChannel
    label: str
    refusal: str | None  # why no letter can go this way to the applicant (None: it can)


@dataclass(frozen=True)
class OfferSetup:
    """What the offer dialog shows when it opens."""

    vacancy_id: int
    applicant_id: int
    offer_id: int | None  # an existing draft
    offer_version: int | None
    applicant_name: str
    dwelling: str  # "Hobrovej 12, 2. tv, 9000 Aalborg"
    rank: int | None
    skip_reason: str | None  # stored with a draft
    channel: DeliveryChannel  # the applicant's, as stored
    choices: tuple[ChannelChoice, ...]  # every channel a letter can go by, own first
    today: dt.date
    default_deadline: dt.date  # the reply deadline when the letter is sent today
    note_printed: bool  # the template in use prints the letter's own text
    letter_note: str

    @property
    def needs_skip_reason(self) -> bool:
        """The applicant is not first: the dialog asks why the ones above are passed over."""
        return self.offer_id is None and (self.rank or 1) > 1

    def refusal(self, channel: DeliveryChannel) -> str | None:
        """Why no letter can go to the applicant by `channel` now (None: it can)."""
        for choice in self.choices:
            if choice.channel == channel:
                return choice.refusal
        return addresses.refusal_by(self.applicant_name, channel, {})

    def plan(
        self,
        *,
        skip_reason: str | None = None,
        reply_deadline: dt.date | None = None,
        channel: DeliveryChannel | None = None,
        letter_note: str | None = None,
    ) -> OfferPlan:
        """The plan of this offer with the dialog's choices."""
        return OfferPlan(
            self.vacancy_id,
            self.applicant_id,
            self.offer_id,
            self.offer_version,
            skip_reason,
            reply_deadline,
            channel,
            letter_note,
        )


def _choices(applicant: Applicant) -> tuple[ChannelChoice, ...]:
    lacking = addresses.channel_choices(applicant)
    order = sorted(lacking, key=lambda c: (c != applicant.delivery, addresses.CHANNELS.index(c)))
    return tuple(
        ChannelChoice(
            channel,
            addresses.channel_label(channel),
            addresses.refusal_by(applicant.name, channel, lacking[channel]),
        )
        for channel in order
    )


def _dwelling(vacancy: Vacancy) -> str:
    street = format_address(vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door)
    place = " ".join(p for p in (vacancy.postcode, vacancy.city) if p)
    return ", ".join(p for p in (street, place) if p)


def _note_printed(session: Session, vacancy: Vacancy, today: dt.date) -> bool:
    """Whether the offer letter's text in use for the dwelling (its scheme's own, or the
    ordinary one) prints the caseworker's note."""
    variant = settings.get(session, SCHEMES, today).scheme_of(vacancy.scheme).letter_template
    used = language.used_fields(
        templates.parsed(templates.in_use(session, LetterKind.OFFER, variant))
    )
    return NOTE_FIELD in used


def _setup(
    session: Session,
    ws: Workspace,
    vacancy: Vacancy,
    applicant: Applicant,
    draft: Offer | None,
    rank: int | None,
) -> OfferSetup:
    today = ws.today()
    snapshot = (draft.ranking_snapshot or {}) if draft is not None else {}
    return OfferSetup(
        vacancy_id=vacancy.id,
        applicant_id=applicant.id,
        offer_id=draft.id if draft is not None else None,
        offer_version=draft.version if draft is not None else None,
        applicant_name=applicant.name,
        dwelling=_dwelling(vacancy),
        rank=rank,
        skip_reason=snapshot.get("skip_reason"),
        channel=applicant.delivery,
        choices=_choices(applicant),
        today=today,
        default_deadline=default_reply_deadline(session, today),
        note_printed=_note_printed(session, vacancy, today),
        letter_note=(draft.letter_note or "") if draft is not None else "",
    )


def offer_setup(ws: Workspace, vacancy_id: int, applicant_id: int) -> OfferSetup:
    """The dialog of a new offer of the dwelling to the applicant; ValidationError when the
    dwelling may not be offered to them now (`workflow.offerable`)."""
    today = ws.today()
    with ws.read() as session:
        _ranking, candidate = workflow.offerable(session, vacancy_id, applicant_id, today)
        vacancy = session.get(Vacancy, vacancy_id)
        applicant = session.get(Applicant, applicant_id)
        assert vacancy is not None  # offerable found it
        assert applicant is not None
        return _setup(session, ws, vacancy, applicant, None, candidate.rank)


def draft_setup(ws: Workspace, offer_id: int) -> OfferSetup:
    """The dialog of an existing draft offer (made by "propose the next candidate")."""
    with ws.read() as session:
        offer = workflow.load_offer(session, offer_id)
        if offer.status != OfferStatus.DRAFT:
            raise ValidationError(
                translate("Offers", "Offer {id} is no longer a draft: it is {status}.").format(
                    id=offer.id, status=workflow.status_label(offer.status).lower()
                )
            )
        return _setup(session, ws, offer.vacancy, offer.applicant, offer, offer.rank)


def _note(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    if len(cleaned) > NOTE_MAX:
        message = formats.plural(
            NOTE_MAX,
            translate("Offers", "At most {n} character."),
            translate("Offers", "At most {n} characters."),
        )
        raise ValidationError(message, {"letter_note": message})
    return cleaned or None


def preview(ws: Workspace, plan: OfferPlan) -> LetterPdf:
    """The offer letter as `send` would print it today with the plan's choices; nothing is
    stored. Until the offer is stored, the letter's reference says its number comes then."""
    today = ws.today()
    note = _note(plan.letter_note)
    with ws.read() as session, session.no_autoflush:
        vacancy = session.get(Vacancy, plan.vacancy_id)
        applicant = session.get(Applicant, plan.applicant_id)
        if vacancy is None or applicant is None:
            raise NotFound(translate("Offers", "The dwelling or the applicant no longer exists."))
        channel = plan.channel or applicant.delivery
        deadline = None
        if channel != C.HAND_OVER:
            deadline = plan.reply_deadline or default_reply_deadline(session, today)
        # Never added to the session: drawn from, then forgotten.
        offer = Offer(
            id=plan.offer_id,
            vacancy=vacancy,
            applicant=applicant,
            sent_on=today,
            reply_deadline=deadline,
            letter_note=note,
        )
        context = contexts.offer_letter_of(session, offer, today, channel)
        template = templates.in_use(session, LetterKind.OFFER, context.template_variant)
        return archive.render_context(session, context, template)


def send(ws: Workspace, plan: OfferPlan) -> Outcome:
    """Make the offer (or take the draft), choose the channel, keep the letter's own text and
    send it; returns the workflow's `Outcome` (the offer, its letter and how it goes on).
    Refused, with nothing stored, when the dwelling may no longer be offered to the applicant,
    when the channel lacks what it needs, or when the draft changed since the dialog loaded it."""
    note = _note(plan.letter_note)
    with workflow.writing(ws) as session:
        day = ws.today()
        if plan.offer_id is None:
            offer = workflow.create_draft(
                session,
                plan.vacancy_id,
                plan.applicant_id,
                by=ws.user,
                day=day,
                skip_reason=plan.skip_reason,
            )
        else:
            offer = workflow.load_offer(session, plan.offer_id, plan.offer_version)
        # the applicant as stored now: another desk may have changed the address meanwhile
        applicant = locking.lock(session, Applicant, offer.applicant_id)
        assert applicant is not None  # the offer refers to it
        if plan.channel is not None:
            addresses.choose_channel(session, applicant, plan.channel)
        offer.letter_note = note
        deadline = plan.reply_deadline if applicant.delivery != C.HAND_OVER else None
        return workflow.send_in(session, offer, by=ws.user, day=day, reply_deadline=deadline)
