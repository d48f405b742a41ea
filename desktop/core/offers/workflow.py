"""The offer workflow: draft -> sent -> accepted | declined | expired; any open offer can be
withdrawn; an accepted offer's lease start lets the dwelling.

Every step is one transaction that moves the offer, the dwelling (`intake.status`) and the
applicant (`applicants.register.set_status`) together, records an `OfferEvent` and the audit
trail, and archives the letter it produces (offer letter, allocation notice, decision letter).
A decline or an expiry applies the configured consequence and proposes the next candidate as a
draft offer.

    offer_id = create_offer(ws, vacancy_id, applicant_id)      # the ranking is stored with it
    send_offer(ws, offer_id)                                   # letter archived, deadline set
    decline_offer(ws, offer_id, reason_code="area")            # consequence, next draft
    accept_offer(ws, offer_id)                                 # allocation notice
    enter_lease_start(ws, offer_id, lease_start)               # the dwelling is let
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from db.aggregates import add_part
from db.base import utcnow
from db.enums import (
    ApplicantStatus,
    AuditAction,
    DeclineSide,
    DeliveryChannel,
    LetterKind,
    OfferStatus,
    VacancyStatus,
)
from db.models import Applicant, Department, Offer, OfferEvent, Vacancy
from desktop.core import audit, formats, settings
from desktop.core.applicants.addresses import require_deliverable
from desktop.core.applicants.register import set_status
from desktop.core.errors import Conflict, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake import status as vacancy_status
from desktop.core.intake.address import format_address
from desktop.core.letters import archive as letters
from desktop.core.letters.context import Decision, default_removal_reasons
from desktop.core.matching.candidates import CandidateList, exclusions_for, ranking_in
from desktop.core.matching.ranking import Candidate
from desktop.core.offers.deadlines import default_reply_deadline
from desktop.core.offers.settings import (
    DECLINE_REASONS,
    REFUSAL_POLICY,
    Consequence,
    ConsequenceKind,
    DeclineReason,
    consequence_for,
)
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import Reason, SimultaneousWrite

ENTITY = "offer"
S = OfferStatus

ALLOWED: Mapping[OfferStatus, frozenset[OfferStatus]] = {
    S.DRAFT: frozenset({S.SENT, S.WITHDRAWN}),
    S.SENT: frozenset({S.ACCEPTED, S.DECLINED, S.EXPIRED, S.WITHDRAWN}),
    # the organisation may still refuse the tenant, or the lease fall through, until it starts
    S.ACCEPTED: frozenset({S.DECLINED, S.WITHDRAWN}),
    S.DECLINED: frozenset(),
    S.EXPIRED: frozenset(),
    S.WITHDRAWN: frozenset(),
}


def status_label(status: OfferStatus) -> str:
    labels = {
        S.DRAFT: translate("Offers", "Draft"),
        S.SENT: translate("Offers", "Sent"),
        S.ACCEPTED: translate("Offers", "Accepted"),
        S.DECLINED: translate("Offers", "Declined"),
        S.EXPIRED: translate("Offers", "Expired"),
        S.WITHDRAWN: translate("Offers", "Withdrawn"),
    }
    return labels[status]


def consequence_label(kind: ConsequenceKind | str | None, pause_days: int = 0) -> str:
    if kind is None:
        return ""
    kind = ConsequenceKind(kind)
    if kind == ConsequenceKind.PAUSE:
        return (
            formats.plural(
                pause_days,
                translate("Offers", "Paused for {n} day"),
                translate("Offers", "Paused for {n} days"),
            )
            if pause_days
            else translate("Offers", "Paused")
        )
    if kind == ConsequenceKind.REMOVAL:
        return translate("Offers", "Removed from the list (decision letter)")
    return translate("Offers", "No consequence")


def side_label(side: DeclineSide) -> str:
    if side == DeclineSide.ORGANISATION:
        return translate("Offers", "The organisation")
    return translate("Offers", "The citizen")


@dataclass(frozen=True)
class Outcome:
    """What a step did, for the status bar and the tests."""

    offer_id: int
    status: OfferStatus
    message: str
    consequence: ConsequenceKind | None = None
    paused_until: dt.date | None = None
    letter_ids: tuple[int, ...] = ()
    next_offer_id: int | None = None
    next_applicant_id: int | None = None
    delivery: DeliveryChannel | None = None  # sending: how the letter goes on (print, ...)


# --- one transaction per step ------------------------------------------------------------------


@contextmanager
def writing(ws: Workspace) -> Iterator[Session]:
    """`ws.write()`, with the database's refusals in words of offers: a second open offer for
    the dwelling or the applicant (the partial unique indexes), or an offer, dwelling or
    applicant changed by another workstation while this step ran."""
    try:
        with ws.write() as session:
            yield session
    except SimultaneousWrite as exc:
        if exc.reason is Reason.CLASH:
            text = translate(
                "Offers",
                "Someone else made an offer for this dwelling or this applicant at the same "
                "time. Refresh the list and look again.",
            )
        elif exc.reason is Reason.STALE:
            text = translate(
                "Offers",
                "Someone else changed this offer meanwhile. Refresh the list, check it and "
                "repeat the action.",
            )
        else:
            raise
        raise SimultaneousWrite(text, exc.reason) from exc


# With its dwelling (and its department and organisation) and its applicant (and caseworker),
# which the offer then holds: the steps of a workflow that look them up again - the rules, the
# letter - find them in the session instead of reading each once more (a round trip each on the
# desk's server). Made once: building the options costs a third of reading the offer.
_OFFER_WITH_PARTS = (
    joinedload(Offer.vacancy).joinedload(Vacancy.department).joinedload(Department.organisation),
    joinedload(Offer.applicant).joinedload(Applicant.caseworker),
)


def load_offer(session: Session, offer_id: int, expected_version: int | None = None) -> Offer:
    offer = session.get(Offer, offer_id, options=_OFFER_WITH_PARTS)
    if offer is None:
        raise NotFound(translate("Offers", "There is no offer number {id}.").format(id=offer_id))
    if expected_version is not None and offer.version != expected_version:
        raise Conflict(
            translate(
                "Offers",
                "{who} changed this offer meanwhile. The list shows it as it is now; check it "
                "and repeat the action.",
            ).format(who=offer.updated_by or translate("Offers", "Someone else")),
            offer.updated_by,
            offer.updated_at,
        )
    return offer


def _move(session: Session, offer: Offer, to: OfferStatus, by: str, note: str | None) -> None:
    if to not in ALLOWED[offer.status]:
        raise ValidationError(
            translate("Offers", "An offer that is {current} cannot become {target}.").format(
                current=status_label(offer.status).lower(), target=status_label(to).lower()
            )
        )
    previous = offer.status
    offer.status = to
    add_part(offer, OfferEvent(by=by, from_status=previous, to_status=to, note=note))
    session.flush()
    audit.record(
        session,
        AuditAction.UPDATE,
        ENTITY,
        offer.id,
        applicant_id=offer.applicant_id,
        details={"status": [previous.value, to.value]},
    )


def _address(offer: Offer) -> str:
    v = offer.vacancy
    return format_address(v.street, v.house_number, v.floor, v.door)


def _refuse_with(reasons: list[str], intro: str) -> ValidationError:
    return ValidationError("\n".join([intro, *(f"- {r}" for r in reasons)]))


# --- creating and proposing ------------------------------------------------------------------


def _hold_dwelling(session: Session, vacancy_id: int) -> None:
    """The dwelling held before anything is read of it: a decision undone (intake.undo) or an
    offer made on another workstation at the same moment is waited for and seen, so no draft is
    made for a dwelling back in intake or already offered."""
    session.execute(select(Vacancy.id).where(Vacancy.id == vacancy_id).with_for_update())


def offerable(
    session: Session, vacancy_id: int, applicant_id: int, day: dt.date
) -> tuple[CandidateList, Candidate]:
    """The ranking and the applicant's place in it, when the dwelling may be offered to the
    applicant now; else ValidationError saying why: the dwelling is not waiting for a tenant,
    it already has an open offer, or the rules exclude the applicant (the reasons listed). A
    write holds the dwelling first (`create_draft`); the offer dialog only reads."""
    ranking = ranking_in(session, vacancy_id, day)
    if ranking.vacancy.status != VacancyStatus.ACCEPTED:
        raise ValidationError(
            translate(
                "Offers",
                "Only a dwelling that is accepted and waiting for a tenant can be offered; this "
                "one is {status}.",
            ).format(status=vacancy_status.status_label(ranking.vacancy.status).lower())
        )
    busy = session.scalars(
        select(Offer).where(Offer.vacancy_id == vacancy_id, Offer.open_clause())
    ).first()
    if busy is not None:
        raise ValidationError(
            translate(
                "Offers",
                "The dwelling already has an open offer (number {id}, {status}). Withdraw it "
                "first or wait for the reply.",
            ).format(id=busy.id, status=status_label(busy.status).lower())
        )
    index = ranking.index_of(applicant_id)
    if index is None:
        reasons = exclusions_for(session, vacancy_id, applicant_id, day)
        raise _refuse_with(
            [r.text for r in reasons]
            or [translate("Offers", "The applicant is not among the candidates.")],
            translate("Offers", "The applicant may not be offered this dwelling:"),
        )
    return ranking, ranking.candidates[index]


def create_draft(
    session: Session,
    vacancy_id: int,
    applicant_id: int,
    *,
    by: str,
    day: dt.date,
    skip_reason: str | None = None,
    note: str | None = None,
) -> Offer:
    """A draft offer in the caller's transaction, with the ranking as it stands stored on it.

    Refused when the dwelling is not waiting for a tenant, when it or the applicant already has
    an open offer, when the rules exclude the applicant (the reasons are listed), and when the
    applicant is not first in the ranking and no `skip_reason` says why the ones above are
    passed over.
    """
    _hold_dwelling(session, vacancy_id)
    ranking, candidate = offerable(session, vacancy_id, applicant_id, day)
    return _draft(session, ranking, candidate, by=by, skip_reason=skip_reason, note=note)


def _draft(
    session: Session,
    ranking: CandidateList,
    candidate: Candidate,
    *,
    by: str,
    skip_reason: str | None,
    note: str | None,
) -> Offer:
    """The draft offer to `candidate`, who may be offered the dwelling of `ranking` now (its
    caller held the dwelling and checked it)."""
    vacancy_id, applicant_id = ranking.vacancy.id, candidate.applicant_id
    skip = " ".join((skip_reason or "").split()) or None
    if candidate.rank > 1 and skip is None:
        raise ValidationError(
            translate(
                "Offers",
                "The applicant is number {rank} in the ranking. Write why the candidates above "
                "are passed over.",
            ).format(rank=candidate.rank),
            {"skip_reason": translate("Offers", "A reason is needed.")},
        )
    snapshot = ranking.snapshot(applicant_id)
    snapshot["skip_reason"] = skip
    offer = Offer(
        vacancy_id=vacancy_id,
        applicant_id=applicant_id,
        status=S.DRAFT,
        rank=candidate.rank,
        score=candidate.score,
        ranking_snapshot=snapshot,
    )
    offer.events.append(OfferEvent(by=by, from_status=None, to_status=S.DRAFT, note=note or skip))
    session.add(offer)
    session.flush()
    audit.record(
        session,
        AuditAction.CREATE,
        ENTITY,
        offer.id,
        applicant_id=applicant_id,
        details={"vacancy_id": vacancy_id, "rank": candidate.rank},
    )
    return offer


def propose_next_in(session: Session, vacancy_id: int, *, by: str, day: dt.date) -> Offer | None:
    """A draft offer to the first candidate, if the dwelling waits for a tenant, has no open
    offer and anyone may be offered it; else None."""
    _hold_dwelling(session, vacancy_id)
    ranking = ranking_in(session, vacancy_id, day)
    if ranking.vacancy.status != VacancyStatus.ACCEPTED or not ranking.candidates:
        return None
    busy = session.scalars(
        select(Offer.id).where(Offer.vacancy_id == vacancy_id, Offer.open_clause())
    ).first()
    if busy is not None:
        return None
    # The dwelling is held, waits for a tenant and has no open offer, and the first candidate
    # is in the ranking: what `create_draft` checks holds, without ranking everyone again.
    return _draft(
        session,
        ranking,
        ranking.candidates[0],
        by=by,
        skip_reason=None,
        note=translate("Offers", "Proposed as the first candidate"),
    )


def create_offer(
    ws: Workspace,
    vacancy_id: int,
    applicant_id: int,
    *,
    skip_reason: str | None = None,
    note: str | None = None,
) -> int:
    """A draft offer of the dwelling to the applicant (see `create_draft`); returns its id."""
    with writing(ws) as session:
        offer = create_draft(
            session,
            vacancy_id,
            applicant_id,
            by=ws.user,
            day=ws.today(),
            skip_reason=skip_reason,
            note=note,
        )
        return offer.id


def propose_next(ws: Workspace, vacancy_id: int) -> int | None:
    """A draft offer to the first candidate (None: no one may be offered it, or it is busy)."""
    with writing(ws) as session:
        offer = propose_next_in(session, vacancy_id, by=ws.user, day=ws.today())
        return None if offer is None else offer.id


# --- sending -------------------------------------------------------------------------------------


def send_in(
    session: Session,
    offer: Offer,
    *,
    by: str,
    day: dt.date,
    reply_deadline: dt.date | None = None,
) -> Outcome:
    # The letter must reach the citizen: refused until a way is chosen. A letter the
    # caseworker hands over gets its reply deadline when the hand-over is recorded.
    channel = require_deliverable(offer.applicant)
    if channel == DeliveryChannel.HAND_OVER:
        if reply_deadline is not None:
            raise ValidationError(
                translate(
                    "Offers",
                    "The caseworker hands the letter over: the reply deadline runs from the "
                    "day of the hand-over. Send the offer without a deadline and record the "
                    "hand-over.",
                ),
                {"reply_deadline": translate("Offers", "From the hand-over.")},
            )
        return _send(session, offer, by=by, day=day, deadline=None, channel=channel)
    deadline = reply_deadline or default_reply_deadline(session, day)
    return _send(session, offer, by=by, day=day, deadline=deadline, channel=channel)


def _send(
    session: Session,
    offer: Offer,
    *,
    by: str,
    day: dt.date,
    deadline: dt.date | None,
    channel: DeliveryChannel,
) -> Outcome:
    if deadline is not None and deadline < day:
        raise ValidationError(
            translate("Offers", "The reply deadline cannot be before the day the offer is sent."),
            {
                "reply_deadline": translate("Offers", "On or after {date}.").format(
                    date=formats.date(day)
                )
            },
        )
    if offer.status == S.DRAFT:
        reasons = exclusions_for(
            session, offer.vacancy_id, offer.applicant_id, day, ignore_offer_id=offer.id
        )
        if reasons:
            raise _refuse_with(
                [r.text for r in reasons],
                translate(
                    "Offers", "The offer cannot be sent: the applicant may no longer be offered it:"
                ),
            )
    _move(session, offer, S.SENT, by, None)
    offer.sent_on = day
    offer.reply_deadline = deadline
    vacancy_status.mark_offered(session, offer.vacancy_id, by=by, day=day)
    applicant = offer.applicant
    set_status(
        session,
        applicant,
        ApplicantStatus.OFFERED,
        by,
        day,
        translate("Offers", "Offered {address}").format(address=_address(offer)),
    )
    session.flush()
    letter = letters.archive_offer_letter(session, offer.id)
    if channel == DeliveryChannel.HAND_OVER:
        message = translate(
            "Offers",
            "The offer letter is ready for the caseworker to hand over; the reply deadline runs "
            "from the hand-over.",
        )
    elif channel == DeliveryChannel.DIGITAL_POST:
        message = translate(
            "Offers",
            "The offer letter goes by Digital Post: export it and confirm when it is sent. Reply "
            "by {date}.",
        ).format(date=formats.date(deadline))
    else:
        message = translate("Offers", "The offer was sent; reply by {date}.").format(
            date=formats.date(deadline)
        )
    return Outcome(
        offer.id,
        S.SENT,
        message,
        letter_ids=(letter.letter_id,) if letter.letter_id is not None else (),
        delivery=channel,
    )


def send_offer(
    ws: Workspace,
    offer_id: int,
    *,
    reply_deadline: dt.date | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """draft -> sent: the reply deadline is set, the offer letter archived, the dwelling and the
    applicant marked offered. Refused (ValidationError saying what to choose) while the
    applicant has no way to receive letters. `Outcome.delivery` says how the letter goes on
    (`desktop.core.letters.delivery`): printed and posted, exported for Digital Post, or
    handed over by the caseworker (the reply deadline is then set when the hand-over is
    recorded; a `reply_deadline` given is refused)."""
    with writing(ws) as session:
        offer = load_offer(session, offer_id, expected_version)
        return send_in(session, offer, by=ws.user, day=ws.today(), reply_deadline=reply_deadline)


# --- replies ---------------------------------------------------------------------------------


def _answered(day: dt.date, answered_on: dt.date | None, sent_on: dt.date | None) -> dt.date:
    when = answered_on or day
    if when > day:
        raise ValidationError(
            translate("Offers", "The reply cannot be dated in the future."),
            {"answered_on": translate("Offers", "Today or earlier.")},
        )
    if sent_on is not None and when < sent_on:
        raise ValidationError(
            translate(
                "Offers", "The reply cannot be dated before the offer was sent ({date})."
            ).format(date=formats.date(sent_on)),
            {
                "answered_on": translate("Offers", "On or after {date}.").format(
                    date=formats.date(sent_on)
                )
            },
        )
    return when


def accept_offer(
    ws: Workspace,
    offer_id: int,
    *,
    answered_on: dt.date | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """sent -> accepted: the allocation notice to the organisation is archived. A private
    landlord's dwelling gets none: the desk's answer letter to the landlord names the tenant
    (`desktop.core.letters.landlord`)."""
    day = ws.today()
    with writing(ws) as session:
        offer = load_offer(session, offer_id, expected_version)
        # (read before the changes: loading the dwelling later would flush them on the way)
        for_landlord = offer.vacancy.landlord_id is not None
        when = _answered(day, answered_on, offer.sent_on)
        _move(session, offer, S.ACCEPTED, ws.user, None)
        offer.answered_on = when
        if for_landlord:
            session.flush()
            return Outcome(
                offer.id,
                S.ACCEPTED,
                translate(
                    "Offers",
                    "The offer was accepted; answer the private landlord with the tenant's name "
                    "(Overview).",
                ),
            )
        offer.allocation_notice_on = day
        session.flush()
        notice = letters.archive_allocation_notice(session, offer.id, day)
        return Outcome(
            offer.id,
            S.ACCEPTED,
            translate(
                "Offers",
                "The offer was accepted; the allocation notice to the organisation is ready.",
            ),
            letter_ids=(notice.letter_id,) if notice.letter_id is not None else (),
        )


def _removal_text(offer: Offer, reason: DeclineReason | None) -> str:
    if reason is None:
        return translate("Offers", "Did not answer the offer of {address} by {date}.").format(
            address=_address(offer), date=formats.date(offer.reply_deadline)
        )
    return translate("Offers", "Declined the offer of {address}: {reason}.").format(
        address=_address(offer), reason=reason.label
    )


def _apply_consequence(
    session: Session,
    offer: Offer,
    consequence: Consequence,
    reason: DeclineReason | None,
    *,
    by: str,
    day: dt.date,
    decision_reasons: str | None,
) -> tuple[ConsequenceKind, dt.date | None, tuple[int, ...]]:
    applicant = offer.applicant
    kind = consequence.kind
    if kind == ConsequenceKind.PAUSE and consequence.pause_days < 1:
        kind = ConsequenceKind.NONE
    offer.consequence = kind.value
    offer.consequence_applied_at = utcnow()
    if applicant.anonymised_at is not None or applicant.status in (
        ApplicantStatus.HOUSED,
        ApplicantStatus.REMOVED,
    ):
        return kind, None, ()  # the case is closed already: nothing to change
    why = _removal_text(offer, reason)
    if kind == ConsequenceKind.PAUSE:
        until = day + dt.timedelta(days=consequence.pause_days)
        set_status(session, applicant, ApplicantStatus.PAUSED, by, day, why, paused_until=until)
        return kind, until, ()
    if kind == ConsequenceKind.REMOVAL:
        set_status(session, applicant, ApplicantStatus.REMOVED, by, day, why, removed_reason=why)
        session.flush()
        text = (decision_reasons or "").strip() or default_removal_reasons(session, offer.id)
        letter = letters.archive_decision(
            session,
            Decision(LetterKind.DECISION_REMOVAL, applicant.id, text, offer.id),
            day,
        )
        return kind, None, (letter.letter_id,) if letter.letter_id is not None else ()
    if applicant.status == ApplicantStatus.OFFERED:
        set_status(session, applicant, ApplicantStatus.ACTIVE, by, day, why)
    return kind, None, ()


def _after_refusal(
    session: Session,
    offer: Offer,
    reason: DeclineReason | None,
    side: DeclineSide,
    good_reason: bool,
    *,
    by: str,
    day: dt.date,
    decision_reasons: str | None,
    message: str,
) -> Outcome:
    """The dwelling back to the next candidate, the consequence for the applicant, and the next
    candidate's draft offer. `message` names the consequence through its `{consequence}` field."""
    policy = settings.get(session, REFUSAL_POLICY, day)
    consequence = consequence_for(policy, reason, side, good_reason)
    if offer.vacancy.status == VacancyStatus.OFFERED:
        vacancy_status.offer_ended(
            session,
            offer.vacancy_id,
            by=by,
            day=day,
            note=translate("Offers", "Offer {id}: {status}").format(
                id=offer.id, status=status_label(offer.status).lower()
            ),
        )
    kind, until, letter_ids = _apply_consequence(
        session, offer, consequence, reason, by=by, day=day, decision_reasons=decision_reasons
    )
    session.flush()
    nxt = None
    if policy.propose_next:
        nxt = propose_next_in(session, offer.vacancy_id, by=by, day=day)
    return Outcome(
        offer.id,
        offer.status,
        message.format(
            consequence=consequence_label(consequence.kind, consequence.pause_days).lower()
        ),
        consequence=kind,
        paused_until=until,
        letter_ids=letter_ids,
        next_offer_id=None if nxt is None else nxt.id,
        next_applicant_id=None if nxt is None else nxt.applicant_id,
    )


def decline_in(
    session: Session,
    offer: Offer,
    *,
    reason_code: str,
    side: DeclineSide | None,
    text: str | None,
    good_reason: bool,
    answered_on: dt.date | None,
    decision_reasons: str | None,
    by: str,
    day: dt.date,
) -> Outcome:
    reasons = settings.get(session, DECLINE_REASONS, day)
    reason = reasons.by_code(reason_code)
    if reason is None:
        raise ValidationError(
            translate("Offers", "Choose a reason from the list."),
            {"reason": translate("Offers", "A reason is needed.")},
        )
    when = _answered(day, answered_on, offer.sent_on)
    chosen_side = side or reason.side
    _move(session, offer, S.DECLINED, by, " ".join((text or "").split()) or reason.label)
    offer.answered_on = when
    offer.decline_reason = reason.code
    offer.decline_side = chosen_side
    offer.decline_text = (text or "").strip() or None
    offer.good_reason = good_reason
    return _after_refusal(
        session,
        offer,
        reason,
        chosen_side,
        good_reason,
        by=by,
        day=day,
        decision_reasons=decision_reasons,
        message=translate("Offers", "The decline was recorded: {consequence}."),
    )


def decline_offer(
    ws: Workspace,
    offer_id: int,
    *,
    reason_code: str,
    side: DeclineSide | None = None,
    text: str | None = None,
    good_reason: bool = False,
    answered_on: dt.date | None = None,
    decision_reasons: str | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """sent (or accepted) -> declined: the reason's consequence applies (none on the
    organisation's side or with a good reason), a removal archives the decision letter (with
    `decision_reasons`, or a first draft of them), and the next candidate gets a draft offer."""
    with writing(ws) as session:
        offer = load_offer(session, offer_id, expected_version)
        return decline_in(
            session,
            offer,
            reason_code=reason_code,
            side=side,
            text=text,
            good_reason=good_reason,
            answered_on=answered_on,
            decision_reasons=decision_reasons,
            by=ws.user,
            day=ws.today(),
        )


def expire_in(session: Session, offer: Offer, *, by: str, day: dt.date) -> Outcome:
    """sent -> expired (the reply deadline passed): the no-answer consequence applies."""
    _move(
        session,
        offer,
        S.EXPIRED,
        by,
        translate("Offers", "No reply by {date}").format(date=formats.date(offer.reply_deadline)),
    )
    return _after_refusal(
        session,
        offer,
        None,
        DeclineSide.CITIZEN,
        False,
        by=by,
        day=day,
        decision_reasons=None,
        message=translate("Offers", "The offer expired: {consequence}."),
    )


# --- withdrawing and letting -------------------------------------------------------------------


def withdraw_offer(
    ws: Workspace, offer_id: int, *, reason: str, expected_version: int | None = None
) -> Outcome:
    """Any open offer -> withdrawn (the desk's own decision, no consequence for the citizen):
    the dwelling waits for a tenant again and the applicant is active again."""
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(
            translate("Offers", "Write why the offer is withdrawn."),
            {"reason": translate("Offers", "A reason is needed.")},
        )
    day = ws.today()
    with writing(ws) as session:
        offer = load_offer(session, offer_id, expected_version)
        if offer.vacancy.status == VacancyStatus.LET:
            raise ValidationError(
                translate("Offers", "The lease has started: the offer can no longer be withdrawn.")
            )
        _move(session, offer, S.WITHDRAWN, ws.user, why)
        if offer.vacancy.status == VacancyStatus.OFFERED:
            vacancy_status.offer_ended(
                session,
                offer.vacancy_id,
                by=ws.user,
                day=day,
                note=translate("Offers", "Offer {id} withdrawn").format(id=offer.id),
            )
        applicant = offer.applicant
        if applicant.status == ApplicantStatus.OFFERED:
            set_status(session, applicant, ApplicantStatus.ACTIVE, ws.user, day, why)
        return Outcome(offer.id, S.WITHDRAWN, translate("Offers", "The offer was withdrawn."))


def enter_lease_start(
    ws: Workspace, offer_id: int, lease_start: dt.date, *, expected_version: int | None = None
) -> Outcome:
    """An accepted offer's lease starts: the dwelling is let (its rent loss stops on
    `lease_start`) and the applicant is housed."""
    day = ws.today()
    with writing(ws) as session:
        offer = load_offer(session, offer_id, expected_version)
        if offer.status != S.ACCEPTED:
            raise ValidationError(
                translate(
                    "Offers", "Only an accepted offer leads to a lease; this one is {status}."
                ).format(status=status_label(offer.status).lower())
            )
        if offer.sent_on is not None and lease_start < offer.sent_on:
            raise ValidationError(
                translate(
                    "Offers", "The lease cannot start before the offer was sent ({date})."
                ).format(date=formats.date(offer.sent_on)),
                {
                    "lease_start": translate("Offers", "On or after {date}.").format(
                        date=formats.date(offer.sent_on)
                    )
                },
            )
        vacancy_status.mark_let(
            session,
            offer.vacancy_id,
            lease_start=lease_start,
            by=ws.user,
            day=day,
            note=translate("Offers", "Offer {id} accepted").format(id=offer.id),
        )
        add_part(
            offer,
            OfferEvent(
                by=ws.user,
                from_status=S.ACCEPTED,
                to_status=S.ACCEPTED,
                note=translate("Offers", "Lease starts {date}").format(
                    date=formats.date(lease_start)
                ),
            ),
        )
        offer.closed_on = day  # no longer open: the tenancy has begun
        applicant = offer.applicant
        if applicant.status not in (ApplicantStatus.HOUSED, ApplicantStatus.REMOVED):
            set_status(
                session,
                applicant,
                ApplicantStatus.HOUSED,
                ws.user,
                day,
                translate("Offers", "Housed at {address} from {date}").format(
                    address=_address(offer), date=formats.date(lease_start)
                ),
            )
        return Outcome(
            offer.id,
            S.ACCEPTED,
            translate("Offers", "The dwelling is let from {date}.").format(
                date=formats.date(lease_start)
            ),
        )


__all__ = [
    "ALLOWED",
    "Outcome",
    "accept_offer",
    "consequence_label",
    "create_draft",
    "create_offer",
    "decline_in",
    "decline_offer",
    "default_reply_deadline",
    "enter_lease_start",
    "expire_in",
    "load_offer",
    "propose_next",
    "propose_next_in",
    "send_in",
    "send_offer",
    "side_label",
    "status_label",
    "withdraw_offer",
    "writing",
]
