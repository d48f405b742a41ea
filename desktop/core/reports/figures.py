"""The figures the organisations and the management judge the desk by, for a period.

Definitions (each report repeats the one it uses):

- received: vacancies reported to the desk in the month (`reported_on`);
- accepted / returned: the desk's decision in the month (`decided_on`) - accepted counts every
  dwelling the desk kept (accepted, offered, let or given back later);
- let: the lease started in the month (`lease_start`); given back: `given_back_on`;
- days to let: from the day the dwelling was at the desk's disposal to the day the lease
  started, for dwellings whose lease started in the period (the days the municipality pays);
- rent loss paid: monthly rent incl. a conto x 12 / 365 for each day a dwelling was at the desk's
  disposal in the month, until its lease started or it was given back, never after yesterday;
  rounded to øre per dwelling and month;
- offers: accepted or declined on their answer date, no answer (expired) on the reply deadline;
- housed: applicants whose case closed as housed in the period (households), with the persons of
  each household; their waiting time runs from registration to that day;
- waiting now: active, paused and offered applicants today, from registration to today;
- per housing scheme: used = offered (an offer sent in the period) or let; allocated (anvist) =
  an offer accepted in the period.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.enums import ApplicantStatus, DeclineSide, OfferStatus, VacancyStatus
from db.models import Applicant, Department, HouseholdMember, Offer, Organisation, Vacancy
from desktop.core.exchange.reply import in_period
from desktop.core.intake.listing import LOSS_STATUSES
from desktop.core.intake.quota import KEPT
from desktop.core.registry.departments import OrganisationRef
from desktop.core.rent_loss import daily_rate
from desktop.core.reports.model import month_end, months_between
from desktop.core.schemes.settings import ORDINARY

S = VacancyStatus
K = TypeVar("K", bound=Hashable)
_CENT = Decimal("0.01")
WAITING = (ApplicantStatus.ACTIVE, ApplicantStatus.PAUSED, ApplicantStatus.OFFERED)


@dataclass(frozen=True)
class Flow:
    received: int = 0
    accepted: int = 0
    returned: int = 0
    let: int = 0
    given_back: int = 0

    def __add__(self, other: Flow) -> Flow:
        return Flow(
            self.received + other.received,
            self.accepted + other.accepted,
            self.returned + other.returned,
            self.let + other.let,
            self.given_back + other.given_back,
        )


@dataclass(frozen=True)
class VacancyFacts:
    id: int
    organisation_id: int
    status: VacancyStatus
    reported_on: dt.date
    decided_on: dt.date | None
    at_disposal_from: dt.date | None
    lease_start: dt.date | None
    given_back_on: dt.date | None
    monthly_total: Decimal
    scheme: str = ORDINARY  # the housing scheme's key
    department_id: int | None = None


def organisations(session: Session) -> dict[int, OrganisationRef]:
    rows = session.execute(select(Organisation.id, Organisation.number, Organisation.name))
    return {row[0]: OrganisationRef(*row) for row in rows}


def vacancy_facts(session: Session, start: dt.date, end: dt.date) -> list[VacancyFacts]:
    """Every vacancy the desk had in hand at some time in [start, end] (the reply's rule)."""
    rows = session.execute(
        select(
            Vacancy.id,
            Department.organisation_id,
            Vacancy.status,
            Vacancy.reported_on,
            Vacancy.decided_on,
            Vacancy.at_disposal_from,
            Vacancy.lease_start,
            Vacancy.given_back_on,
            Vacancy.rent,
            Vacancy.aconto_heating,
            Vacancy.aconto_water,
            Vacancy.aconto_other,
            Vacancy.scheme,
            Vacancy.department_id,
        )
        .join(Department, Vacancy.department_id == Department.id)
        .where(in_period(start, end))
        .order_by(Vacancy.id)
    ).all()
    facts = []
    for row in rows:
        acontos: list[Decimal | None] = [row.aconto_heating, row.aconto_water, row.aconto_other]
        monthly = row.rent + sum((a for a in acontos if a is not None), Decimal(0))
        facts.append(
            VacancyFacts(
                row.id,
                row.organisation_id,
                row.status,
                row.reported_on,
                row.decided_on,
                row.at_disposal_from,
                row.lease_start,
                row.given_back_on,
                monthly,
                row.scheme,
                row.department_id,
            )
        )
    return facts


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _inside(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def flow(
    facts: Iterable[VacancyFacts], start: dt.date, end: dt.date
) -> dict[tuple[int, dt.date], Flow]:
    """(organisation id, month) -> what happened to its vacancies that month."""
    result: dict[tuple[int, dt.date], Flow] = defaultdict(Flow)
    for f in facts:
        org = f.organisation_id
        if _inside(f.reported_on, start, end):
            result[org, _month(f.reported_on)] += Flow(received=1)
        if f.decided_on is not None and _inside(f.decided_on, start, end):
            if f.status == S.RETURNED:
                result[org, _month(f.decided_on)] += Flow(returned=1)
            elif f.status in KEPT:
                result[org, _month(f.decided_on)] += Flow(accepted=1)
        if f.status == S.LET and f.lease_start is not None and _inside(f.lease_start, start, end):
            result[org, _month(f.lease_start)] += Flow(let=1)
        if (
            f.status == S.GIVEN_BACK
            and f.given_back_on is not None
            and _inside(f.given_back_on, start, end)
        ):
            result[org, _month(f.given_back_on)] += Flow(given_back=1)
    return dict(result)


@dataclass(frozen=True)
class Letting:
    vacancy_id: int
    organisation_id: int
    lease_start: dt.date
    days: int


def lettings(facts: Iterable[VacancyFacts], start: dt.date, end: dt.date) -> list[Letting]:
    """Dwellings whose lease started in the period, with the days from disposal to lease."""
    found = []
    for f in facts:
        if f.status != S.LET or f.lease_start is None or not _inside(f.lease_start, start, end):
            continue
        since = f.at_disposal_from or f.reported_on
        found.append(
            Letting(f.id, f.organisation_id, f.lease_start, max(0, (f.lease_start - since).days))
        )
    return found


def _organisation_of(f: VacancyFacts) -> int:
    return f.organisation_id


def rent_loss(
    facts: Iterable[VacancyFacts],
    start: dt.date,
    end: dt.date,
    today: dt.date,
    by: Callable[[VacancyFacts], K] = _organisation_of,  # type: ignore[assignment]
) -> dict[tuple[K, dt.date], Decimal]:
    """(organisation id, month) -> rent loss paid that month (see the module docstring); with
    `by`, keyed by what it gives for each dwelling (its scheme, its rent loss's bearer) instead
    of the organisation."""
    result: dict[tuple[K, dt.date], Decimal] = defaultdict(Decimal)
    for f in facts:
        if f.status not in LOSS_STATUSES or f.at_disposal_from is None:
            continue
        stop = min(end + dt.timedelta(days=1), today)  # exclusive
        for closing in (f.lease_start, f.given_back_on):
            if closing is not None and closing < stop:
                stop = closing
        first = max(f.at_disposal_from, start)
        if stop <= first:
            continue
        rate = daily_rate(f.monthly_total)
        for month in months_between(first, stop - dt.timedelta(days=1)):
            part_start = max(first, month)
            part_stop = min(stop, month_end(month) + dt.timedelta(days=1))
            days = (part_stop - part_start).days
            if days > 0:
                amount = (rate * days).quantize(_CENT, rounding=ROUND_HALF_UP)
                result[by(f), month] += amount
    return dict(result)


def offered_in(session: Session, start: dt.date, end: dt.date) -> set[int]:
    """The dwellings (vacancy ids) with an offer sent in the period."""
    return set(
        session.scalars(
            select(Offer.vacancy_id).where(Offer.sent_on >= start, Offer.sent_on <= end).distinct()
        )
    )


def allocated_in(session: Session, start: dt.date, end: dt.date) -> set[int]:
    """The dwellings (vacancy ids) allocated in the period: an offer of it accepted then."""
    return set(
        session.scalars(
            select(Offer.vacancy_id)
            .where(
                Offer.status == OfferStatus.ACCEPTED,
                Offer.answered_on >= start,
                Offer.answered_on <= end,
            )
            .distinct()
        )
    )


@dataclass(frozen=True)
class OfferFacts:
    id: int
    organisation_id: int
    status: OfferStatus
    day: dt.date  # the answer date, or the reply deadline of an offer without an answer
    reason: str | None
    side: DeclineSide | None


def offer_facts(session: Session, start: dt.date, end: dt.date) -> list[OfferFacts]:
    """Offers accepted, declined or left without an answer in the period."""
    answered = and_(
        Offer.status.in_([OfferStatus.ACCEPTED, OfferStatus.DECLINED]),
        Offer.answered_on >= start,
        Offer.answered_on <= end,
    )
    expired = and_(
        Offer.status == OfferStatus.EXPIRED,
        Offer.reply_deadline >= start,
        Offer.reply_deadline <= end,
    )
    rows = session.execute(
        select(
            Offer.id,
            Department.organisation_id,
            Offer.status,
            func.coalesce(Offer.answered_on, Offer.reply_deadline),
            Offer.decline_reason,
            Offer.decline_side,
        )
        .join(Vacancy, Offer.vacancy_id == Vacancy.id)
        .join(Department, Vacancy.department_id == Department.id)
        .where(or_(answered, expired))
        .order_by(Offer.id)
    ).all()
    return [OfferFacts(*row) for row in rows]


@dataclass(frozen=True)
class Housed:
    applicant_id: int
    target_group: str
    registered_on: dt.date
    closed_on: dt.date
    persons: int

    @property
    def waited(self) -> int:
        return (self.closed_on - self.registered_on).days


def housed(session: Session, start: dt.date, end: dt.date) -> list[Housed]:
    """Applicants housed in the period (their case closed as housed), with household size."""
    persons = (
        select(func.count(HouseholdMember.id))
        .where(HouseholdMember.applicant_id == Applicant.id)
        .correlate(Applicant)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Applicant.id,
            Applicant.target_group,
            Applicant.registered_on,
            Applicant.closed_on,
            persons,
        )
        .where(
            Applicant.status == ApplicantStatus.HOUSED,
            Applicant.closed_on >= start,
            Applicant.closed_on <= end,
        )
        .order_by(Applicant.id)
    ).all()
    return [Housed(r[0], r[1], r[2], r[3], max(1, int(r[4] or 0))) for r in rows]


@dataclass(frozen=True)
class Waiting:
    target_group: str
    days: int


def waiting_now(session: Session, today: dt.date) -> list[Waiting]:
    """Everyone still waiting today (active, paused or with an offer), days since registration."""
    rows = session.execute(
        select(Applicant.target_group, Applicant.registered_on).where(
            Applicant.status.in_(list(WAITING))
        )
    ).all()
    return [Waiting(group, max(0, (today - registered).days)) for group, registered in rows]


# --- small statistics --------------------------------------------------------------------------


def average(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None
