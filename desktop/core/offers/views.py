"""What the offers page shows: the list of offers (plain row tuples) and one offer's detail
(history, the ranking stored with it, its letters, the reply and its consequence)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from db.enums import ApplicantStatus, DeclineSide, DeliveryChannel, OfferStatus, VacancyStatus
from db.models import Applicant, Department, Landlord, Offer, Vacancy
from desktop.core import cpr, settings
from desktop.core.applicants import addresses
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.letters.archive import ArchivedLetter, letters_of_offer
from desktop.core.letters.delivery import OfferLetterState, offer_letter_state
from desktop.core.offers.settings import DECLINE_REASONS, ConsequenceKind, DeclineReason
from desktop.core.offers.workflow import ALLOWED, load_offer
from desktop.core.registry import partners
from desktop.core.rent_loss import rent_loss
from desktop.core.schemes.settings import ORDINARY, SCHEMES
from desktop.core.workspace import Workspace

S = OfferStatus


class OfferFilter(StrEnum):
    OPEN = "open"  # drafts, sent and accepted offers whose lease has not started
    AWAITING = "awaiting"  # sent, waiting for the reply
    DRAFTS = "drafts"
    CLOSED = "closed"  # declined, expired, withdrawn, and accepted with the lease started
    ALL = "all"


def filter_label(which: OfferFilter) -> str:
    labels = {
        OfferFilter.OPEN: translate("Offers", "Open offers"),
        OfferFilter.AWAITING: translate("Offers", "Awaiting reply"),
        OfferFilter.DRAFTS: translate("Offers", "Drafts"),
        OfferFilter.CLOSED: translate("Offers", "Closed"),
        OfferFilter.ALL: translate("Offers", "All offers"),
    }
    return labels[which]


class OfferRow(NamedTuple):
    id: int
    status: OfferStatus
    applicant_id: int
    applicant_name: str
    vacancy_id: int
    address: str
    department: str
    sent_on: dt.date | None
    reply_deadline: dt.date | None
    days_left: int | None  # to the reply deadline, for sent offers
    rank: int | None
    score: float | None
    reply: str  # the decline reason's label, or "" (see views)
    consequence: str | None
    version: int
    lease_started: bool
    scheme: str = ""  # the dwelling's housing scheme, by the desk's name for it
    scheme_key: str = ORDINARY


def _reply_text(offer: Offer, reasons: dict[str, DeclineReason]) -> str:
    if offer.status == S.DECLINED:
        reason = reasons.get(offer.decline_reason or "")
        return reason.label if reason is not None else (offer.decline_reason or "")
    return ""


def _query(which: OfferFilter, vacancy_id: int | None = None, scheme: str | None = None) -> Any:
    query = (
        select(Offer, Applicant.name, Vacancy, Department.number, Department.name, Landlord.name)
        .join(Applicant, Applicant.id == Offer.applicant_id)
        .join(Vacancy, Vacancy.id == Offer.vacancy_id)
        .outerjoin(Department, Department.id == Vacancy.department_id)
        .outerjoin(Landlord, Landlord.id == Vacancy.landlord_id)
    )
    if vacancy_id is not None:
        query = query.where(Offer.vacancy_id == vacancy_id)
    if scheme is not None:
        query = query.where(Vacancy.scheme == scheme)
    if which == OfferFilter.OPEN:
        query = query.where(Offer.open_clause())
    elif which == OfferFilter.AWAITING:
        query = query.where(Offer.status == S.SENT)
    elif which == OfferFilter.DRAFTS:
        query = query.where(Offer.status == S.DRAFT)
    elif which == OfferFilter.CLOSED:
        query = query.where(
            (Offer.status.in_((S.DECLINED, S.EXPIRED, S.WITHDRAWN)))
            | ((Offer.status == S.ACCEPTED) & Offer.closed_on.is_not(None))
        )
    # Offers waiting for a reply first (nearest deadline first), then drafts, then the rest.
    waiting_first = case((Offer.status == S.SENT, 0), (Offer.status == S.DRAFT, 1), else_=2)
    return query.order_by(
        waiting_first, Offer.reply_deadline.is_(None), Offer.reply_deadline, Offer.id.desc()
    )


def list_offers(
    ws: Workspace,
    which: OfferFilter = OfferFilter.OPEN,
    *,
    vacancy_id: int | None = None,
    scheme: str | None = None,
) -> list[OfferRow]:
    """The offers of the page's filter (of one dwelling only with `vacancy_id`, of the
    dwellings of one housing scheme with `scheme`, its key), the nearest reply deadline
    first."""
    today = ws.today()
    with ws.read() as session:
        reasons = {r.code: r for r in settings.get(session, DECLINE_REASONS, today).reasons}
        schemes = settings.get(session, SCHEMES, today)
        rows = []
        for offer, name, vacancy, dept_number, dept_name, landlord_name in session.execute(
            _query(which, vacancy_id, scheme)
        ):
            where = partners.partner(
                None, None, dept_number, dept_name, landlord_name, vacancy.landlord_id
            )
            days_left = (
                (offer.reply_deadline - today).days
                if offer.status == S.SENT and offer.reply_deadline is not None
                else None
            )
            rows.append(
                OfferRow(
                    offer.id,
                    offer.status,
                    offer.applicant_id,
                    name,
                    offer.vacancy_id,
                    format_address(
                        vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door
                    ),
                    where.place,
                    offer.sent_on,
                    offer.reply_deadline,
                    days_left,
                    offer.rank,
                    offer.score,
                    _reply_text(offer, reasons),
                    offer.consequence,
                    offer.version,
                    offer.closed_on is not None,
                    schemes.scheme_of(vacancy.scheme).name,
                    vacancy.scheme,
                )
            )
        return rows


@dataclass(frozen=True)
class OfferEventView:
    at: dt.datetime
    by: str
    from_status: OfferStatus | None
    to_status: OfferStatus
    note: str | None


@dataclass(frozen=True)
class RankingEntry:
    """One line of the ranking stored with the offer."""

    applicant_id: int
    rank: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class OfferDetail:
    id: int
    version: int
    status: OfferStatus
    applicant_id: int
    applicant_name: str
    applicant_cpr: str  # masked
    applicant_status: ApplicantStatus
    vacancy_id: int
    vacancy_status: VacancyStatus
    address: str
    postcode_city: str
    organisation: str
    department: str
    monthly_total: Decimal
    sent_on: dt.date | None
    reply_deadline: dt.date | None
    answered_on: dt.date | None
    allocation_notice_on: dt.date | None
    lease_start: dt.date | None
    decline_reason: str | None  # the label
    decline_side: DeclineSide | None
    decline_text: str | None
    good_reason: bool
    consequence: ConsequenceKind | None
    rank: int | None
    score: float | None
    ranking_day: dt.date | None
    skip_reason: str | None
    chosen_reasons: tuple[str, ...]
    ranking: tuple[RankingEntry, ...]
    eligible: int | None
    events: tuple[OfferEventView, ...]
    letters: tuple[ArchivedLetter, ...]
    rent_loss: Decimal
    allowed: frozenset[OfferStatus]
    # How letters reach the applicant now, and why no letter can be sent (None: it can): the
    # send step asks for no reply deadline for a hand-over, and cannot go on while refused.
    delivery: DeliveryChannel = DeliveryChannel.NONE
    undeliverable: str | None = None
    # Where the offer letter is on its way to the citizen (None: no letter that goes a way).
    letter_state: OfferLetterState | None = None

    @property
    def can_enter_lease(self) -> bool:
        return self.status == S.ACCEPTED and self.vacancy_status == VacancyStatus.OFFERED


def _entries(snapshot: dict[str, Any]) -> tuple[RankingEntry, ...]:
    return tuple(
        RankingEntry(
            int(e["applicant_id"]),
            int(e["rank"]),
            float(e["score"]),
            tuple(str(r.get("text", "")) for r in e.get("reasons", ())),
        )
        for e in snapshot.get("ranked", ())
        if isinstance(e, dict) and "applicant_id" in e and "rank" in e
    )


def _detail(session: Session, offer: Offer, today: dt.date) -> OfferDetail:
    vacancy = offer.vacancy
    applicant = offer.applicant
    letting = partners.of_vacancy(vacancy)
    reasons = settings.get(session, DECLINE_REASONS, today)
    reason = reasons.by_code(offer.decline_reason)
    snapshot = offer.ranking_snapshot or {}
    chosen = snapshot.get("chosen") or {}
    day = snapshot.get("day")
    return OfferDetail(
        id=offer.id,
        version=offer.version,
        status=offer.status,
        applicant_id=applicant.id,
        applicant_name=applicant.name,
        applicant_cpr=cpr.masked(applicant.cpr),
        applicant_status=applicant.status,
        vacancy_id=vacancy.id,
        vacancy_status=vacancy.status,
        address=format_address(vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door),
        postcode_city=" ".join(p for p in (vacancy.postcode, vacancy.city) if p),
        organisation=letting.organisation,
        department=letting.department,
        monthly_total=vacancy.monthly_total,
        sent_on=offer.sent_on,
        reply_deadline=offer.reply_deadline,
        answered_on=offer.answered_on,
        allocation_notice_on=offer.allocation_notice_on,
        lease_start=vacancy.lease_start,
        decline_reason=None
        if offer.decline_reason is None
        else (reason.label if reason is not None else offer.decline_reason),
        decline_side=offer.decline_side,
        decline_text=offer.decline_text,
        good_reason=offer.good_reason,
        consequence=None if offer.consequence is None else ConsequenceKind(offer.consequence),
        rank=offer.rank,
        score=offer.score,
        ranking_day=dt.date.fromisoformat(day) if isinstance(day, str) else None,
        skip_reason=snapshot.get("skip_reason"),
        chosen_reasons=tuple(
            str(r.get("text", "")) for r in chosen.get("reasons", ()) if isinstance(r, dict)
        ),
        ranking=_entries(snapshot),
        eligible=snapshot.get("eligible"),
        events=tuple(
            OfferEventView(e.at, e.by, e.from_status, e.to_status, e.note) for e in offer.events
        ),
        letters=(),
        rent_loss=rent_loss(
            vacancy.monthly_total,
            vacancy.at_disposal_from,
            until=today,
            lease_start=vacancy.lease_start,
            given_back_on=vacancy.given_back_on,
        ),
        allowed=ALLOWED[offer.status],
        delivery=applicant.delivery,
        undeliverable=addresses.refusal(applicant),
    )


def offer_detail(ws: Workspace, offer_id: int) -> OfferDetail:
    """One offer as the detail panel shows it."""
    with ws.read() as session:
        offer = load_offer(session, offer_id)
        detail = _detail(session, offer, ws.today())
    letters = tuple(letters_of_offer(ws, offer_id))
    return replace(detail, letters=letters, letter_state=offer_letter_state(letters, detail.status))


def offers_of_vacancy(ws: Workspace, vacancy_id: int) -> list[OfferRow]:
    """Every offer of one dwelling, newest first (the candidate view's history)."""
    return sorted(list_offers(ws, OfferFilter.ALL, vacancy_id=vacancy_id), key=lambda r: -r.id)
