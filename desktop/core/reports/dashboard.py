"""The figures on Overblik: key figures of a period (this month, this year ...) and two charts,
taken from the same reports as the Rapporter page so the two never disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.reports import catalogue
from desktop.core.reports.model import Chart, Figure, Kind, month_end, next_month
from desktop.core.workspace import Workspace


class Period(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    LAST_YEAR = "last_year"


def period_label(period: Period) -> str:
    return {
        Period.THIS_MONTH: translate("Dashboard", "This month"),
        Period.LAST_MONTH: translate("Dashboard", "Last month"),
        Period.THIS_QUARTER: translate("Dashboard", "This quarter"),
        Period.THIS_YEAR: translate("Dashboard", "This year"),
        Period.LAST_12_MONTHS: translate("Dashboard", "The last 12 months"),
        Period.LAST_YEAR: translate("Dashboard", "Last year"),
    }[period]


def period_range(period: Period, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the period around `today` (the current ones end today)."""
    first = today.replace(day=1)
    if period == Period.THIS_MONTH:
        return first, today
    if period == Period.LAST_MONTH:
        start = (first - dt.timedelta(days=1)).replace(day=1)
        return start, month_end(start)
    if period == Period.THIS_QUARTER:
        return first.replace(month=(today.month - 1) // 3 * 3 + 1), today
    if period == Period.THIS_YEAR:
        return today.replace(month=1, day=1), today
    if period == Period.LAST_12_MONTHS:
        start = next_month(first.replace(year=first.year - 1))
        return start, today
    return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)


@dataclass(frozen=True)
class Dashboard:
    start: dt.date
    end: dt.date
    figures: tuple[Figure, ...]
    charts: tuple[Chart, ...]


KEYS = (
    catalogue.VACANCIES,
    catalogue.TIME_TO_LET,
    catalogue.RENT_LOSS,
    catalogue.QUOTA,
    catalogue.OFFERS,
    catalogue.HOUSED,
    catalogue.WAITING,
)


def dashboard(ws: Workspace, start: dt.date, end: dt.date) -> Dashboard:
    """The tiles and charts of Overblik for [start, end]."""
    reports = {r.key: r for r in catalogue.build_reports(ws, start, end, KEYS)}
    vacancies = reports[catalogue.VACANCIES]
    lets = reports[catalogue.TIME_TO_LET]
    loss = reports[catalogue.RENT_LOSS]
    quota = reports[catalogue.QUOTA]
    offers = reports[catalogue.OFFERS]
    housed = reports[catalogue.HOUSED]
    waiting = reports[catalogue.WAITING]
    met = quota.figure("organisations_met").value
    judged = quota.figure("organisations_judged").value
    figures = (
        vacancies.figure("received"),
        vacancies.figure("accepted"),
        vacancies.figure("returned"),
        vacancies.figure("let"),
        Figure(
            "median_days",
            translate("Dashboard", "Median days to let"),
            lets.figure("median").value,
            Kind.DECIMAL,
            translate("Dashboard", "Average: {days}").format(
                days=lets.figure("average").text or "-"
            ),
        ),
        Figure(
            "rent_loss",
            translate("Dashboard", "Rent loss paid"),
            loss.figure("rent_loss").value,
            Kind.MONEY,
        ),
        Figure(
            "housed",
            translate("Dashboard", "Households housed"),
            housed.figure("households").value,
            Kind.INT,
            plural(
                housed.figure("persons").value,
                translate("Dashboard", "{n} person"),
                translate("Dashboard", "{n} persons"),
            ),
        ),
        Figure(
            "offers",
            translate("Dashboard", "Offers accepted"),
            offers.figure("accepted").value,
            Kind.INT,
            translate("Dashboard", "Declined: {declined}, no answer: {expired}").format(
                declined=offers.figure("declined").text, expired=offers.figure("no_answer").text
            ),
        ),
        Figure(
            "quota",
            translate("Dashboard", "Organisations meeting the quota"),
            translate("Dashboard", "{met} of {judged}").format(met=met, judged=judged)
            if judged
            else None,
            Kind.TEXT,
            translate("Dashboard", "with a count of all their vacancies"),
        ),
        Figure(
            "waiting",
            translate("Dashboard", "Applicants waiting"),
            waiting.figure("waiting").value,
            Kind.INT,
            _median_wait(waiting.figure("median_now")),
        ),
    )
    return Dashboard(start, end, figures, (vacancies.charts[0], housed.charts[0]))


def _median_wait(median: Figure) -> str:
    """ "Median 41 days so far"; nothing while nobody waits."""
    if median.value is None:
        return ""
    return plural(
        median.value,
        translate("Dashboard", "Median {n} day so far"),
        translate("Dashboard", "Median {n} days so far"),
        written=median.text,
    )
