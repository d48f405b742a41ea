"""Overblik, the start page: what needs the desk's attention today.

- offers whose reply deadline falls within the warning days (DEADLINES.warn_days);
- offers that expired recently (the consequence and the next candidate);
- dwellings near (or past) the desk's deadline to name a tenant;
- dwellings waiting for a tenant that no applicant may be offered;
- the rent loss running on dwellings at the desk's disposal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from db.enums import OfferStatus, VacancyStatus
from db.models import Applicant, Offer, Vacancy
from desktop.core import settings
from desktop.core.intake.address import format_address
from desktop.core.matching.candidates import without_candidates_in
from desktop.core.offers.workflow import consequence_label
from desktop.core.registry import partners
from desktop.core.rent_loss import daily_rate, loss_days, rent_loss
from desktop.core.settings import DEADLINES
from desktop.core.workdays import add_working_days, working_days_between
from desktop.core.workspace import Workspace

RECENT_EXPIRED_DAYS = 14


class OfferLine(NamedTuple):
    offer_id: int
    vacancy_id: int
    applicant_name: str
    address: str
    reply_deadline: dt.date | None
    days_left: int  # calendar days to the reply deadline (negative: passed)
    consequence: str  # for expired offers: what followed


class VacancyLine(NamedTuple):
    vacancy_id: int
    address: str
    department: str
    status: VacancyStatus
    desk_deadline: dt.date | None
    working_days_left: int | None  # to the desk's deadline (negative: passed)
    monthly_total: Decimal
    rooms: float | None


class RentLossLine(NamedTuple):
    vacancy_id: int
    address: str
    department: str
    status: VacancyStatus
    at_disposal_from: dt.date
    days: int
    per_day: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Overview:
    day: dt.date
    warn_days: int
    expiring: tuple[OfferLine, ...]
    expired: tuple[OfferLine, ...]
    near_deadline: tuple[VacancyLine, ...]
    without_candidates: tuple[VacancyLine, ...]
    rent_loss: tuple[RentLossLine, ...]

    @property
    def rent_loss_total(self) -> Decimal:
        return sum((line.amount for line in self.rent_loss), Decimal(0))

    @property
    def rent_loss_per_day(self) -> Decimal:
        return sum((line.per_day for line in self.rent_loss), Decimal(0)).quantize(Decimal("0.01"))


def _address(v: Vacancy) -> str:
    return format_address(v.street, v.house_number, v.floor, v.door)


def _days(offer: Offer, today: dt.date) -> int:
    return 0 if offer.reply_deadline is None else (offer.reply_deadline - today).days


def _place(v: Vacancy) -> str:
    """The department, or the private landlord, of the dwelling."""
    return partners.of_vacancy(v).place


def _vacancy_line(v: Vacancy, today: dt.date) -> VacancyLine:
    return VacancyLine(
        v.id,
        _address(v),
        _place(v),
        v.status,
        v.desk_deadline,
        None if v.desk_deadline is None else working_days_between(today, v.desk_deadline),
        v.monthly_total,
        v.rooms,
    )


def overview(ws: Workspace, *, with_candidates_check: bool = True) -> Overview:
    """Everything the start page lists (the check for dwellings without candidates runs the
    matching rules for each waiting dwelling: run it in the background)."""
    today = ws.today()
    with ws.read() as session:
        warn = settings.get(session, DEADLINES, today).warn_days
        offers = session.execute(
            select(Offer, Applicant.name, Vacancy)
            .join(Applicant, Applicant.id == Offer.applicant_id)
            .join(Vacancy, Vacancy.id == Offer.vacancy_id)
            .where(
                Offer.status == OfferStatus.SENT,
                Offer.reply_deadline <= today + dt.timedelta(days=warn),
                Offer.reply_deadline >= today,
            )
            .order_by(Offer.reply_deadline, Offer.id)
        ).all()
        expiring = tuple(
            OfferLine(o.id, v.id, name, _address(v), o.reply_deadline, _days(o, today), "")
            for o, name, v in offers
        )
        recent = session.execute(
            select(Offer, Applicant.name, Vacancy)
            .join(Applicant, Applicant.id == Offer.applicant_id)
            .join(Vacancy, Vacancy.id == Offer.vacancy_id)
            .where(
                Offer.status == OfferStatus.EXPIRED,
                Offer.reply_deadline >= today - dt.timedelta(days=RECENT_EXPIRED_DAYS),
            )
            .order_by(Offer.reply_deadline.desc(), Offer.id.desc())
        ).all()
        expired = tuple(
            OfferLine(
                o.id,
                v.id,
                name,
                _address(v),
                o.reply_deadline,
                _days(o, today),
                consequence_label(o.consequence),
            )
            for o, name, v in recent
        )
        accepted_open = select(Offer.vacancy_id).where(Offer.status == OfferStatus.ACCEPTED)
        horizon = add_working_days(today, warn)
        near = session.scalars(
            select(Vacancy)
            .where(
                Vacancy.status.in_((VacancyStatus.ACCEPTED, VacancyStatus.OFFERED)),
                Vacancy.desk_deadline <= horizon,
                Vacancy.id.not_in(accepted_open),
            )
            .order_by(Vacancy.desk_deadline, Vacancy.id)
        ).all()
        near_deadline = tuple(_vacancy_line(v, today) for v in near)

        waiting = session.scalars(
            select(Vacancy)
            .options(joinedload(Vacancy.department), joinedload(Vacancy.landlord))
            .where(Vacancy.status.in_((VacancyStatus.ACCEPTED, VacancyStatus.OFFERED)))
            .order_by(Vacancy.id)
        ).all()
        busy = set(session.scalars(select(Offer.vacancy_id).where(Offer.open_clause())).all())
        idle = [v.id for v in waiting if v.status == VacancyStatus.ACCEPTED and v.id not in busy]
        empty = set(without_candidates_in(session, idle, today)) if with_candidates_check else set()
        without = tuple(_vacancy_line(v, today) for v in waiting if v.id in empty)

        losses = []
        for v in waiting:
            if v.at_disposal_from is None or v.at_disposal_from > today:
                continue
            days = loss_days(v.at_disposal_from, until=today)
            losses.append(
                RentLossLine(
                    v.id,
                    _address(v),
                    _place(v),
                    v.status,
                    v.at_disposal_from,
                    days,
                    daily_rate(v.monthly_total).quantize(Decimal("0.01")),
                    rent_loss(v.monthly_total, v.at_disposal_from, until=today),
                )
            )
        losses.sort(key=lambda line: (-line.amount, line.vacancy_id))
    return Overview(today, warn, expiring, expired, near_deadline, without, tuple(losses))
