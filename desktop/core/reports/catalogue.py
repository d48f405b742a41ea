"""The reports of the Rapporter page and the yearly follow-up: each one a `Report` of key
figures, charts and tables built from `figures`."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cached_property
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from db.enums import OfferStatus
from desktop.core import settings
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake.quota import QuotaLine, QuotaReport, how_to_fill, quota_in
from desktop.core.offers.settings import DECLINE_REASONS
from desktop.core.offers.workflow import side_label
from desktop.core.registry.departments import OrganisationRef
from desktop.core.registry.names import colour_name
from desktop.core.rent_loss import BEARERS, bearer, per_bearer
from desktop.core.reports import figures as fig
from desktop.core.reports import schemes as scheme_report
from desktop.core.reports.model import (
    Chart,
    ChartKind,
    Column,
    Figure,
    Kind,
    Report,
    ReportBook,
    Series,
    Table,
    month_label,
    month_short,
    months_between,
)
from desktop.core.schemes import labels as scheme_labels
from desktop.core.schemes.settings import SCHEMES, RentLossBearer, Schemes
from desktop.core.workspace import Workspace

VACANCIES = "vacancies"
TIME_TO_LET = "time_to_let"
RENT_LOSS = "rent_loss"
QUOTA = "quota"
OFFERS = "offers"
HOUSED = "housed"
WAITING = "waiting"
SUMMARY = "summary"
SCHEME_FIGURES = scheme_report.KEY
KEYS = (VACANCIES, TIME_TO_LET, RENT_LOSS, QUOTA, OFFERS, HOUSED, WAITING, SCHEME_FIGURES)
MAX_DAYS = 3 * 366 + 1  # a report covers at most about three years (charts stay readable)


class ReportTitle(NamedTuple):
    key: str
    title: str


def titles() -> list[ReportTitle]:
    """Every report, in the order the page lists them."""
    return [
        ReportTitle(VACANCIES, translate("Reports", "Vacancies per organisation and month")),
        ReportTitle(TIME_TO_LET, translate("Reports", "Days to let")),
        ReportTitle(RENT_LOSS, translate("Reports", "Rent loss paid")),
        ReportTitle(QUOTA, translate("Reports", "Quota per department and organisation")),
        ReportTitle(OFFERS, translate("Reports", "Offers accepted and declined")),
        ReportTitle(HOUSED, translate("Reports", "People housed per target group")),
        ReportTitle(WAITING, translate("Reports", "Waiting times")),
        ReportTitle(SCHEME_FIGURES, translate("Reports", "Housing schemes")),
    ]


def title_of(key: str) -> str:
    if key == SUMMARY:
        return translate("Reports", "Key figures")
    for report in titles():
        if report.key == key:
            return report.title
    raise NotFound(translate("Reports", "There is no report called {key}.").format(key=key))


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(
            translate("Reports", "The period ends before it begins. Check the dates."),
            {"end": translate("Reports", "The last day must be on or after the first.")},
        )
    if (end - start).days > MAX_DAYS:
        raise ValidationError(
            translate("Reports", "Choose a period of at most three years."),
            {"end": translate("Reports", "The period is too long.")},
        )


class _Data:
    """Everything the reports of one period read, each loaded once when first needed."""

    def __init__(self, session: Session, start: dt.date, end: dt.date, today: dt.date) -> None:
        self.session = session
        self.start = start
        self.end = end
        self.today = today
        self.months = months_between(start, end)

    @cached_property
    def orgs(self) -> dict[int, OrganisationRef]:
        return fig.organisations(self.session)

    @cached_property
    def facts(self) -> list[fig.VacancyFacts]:
        return fig.vacancy_facts(self.session, self.start, self.end)

    @cached_property
    def flow(self) -> dict[tuple[int, dt.date], fig.Flow]:
        return fig.flow(self.facts, self.start, self.end)

    @cached_property
    def lettings(self) -> list[fig.Letting]:
        return fig.lettings(self.facts, self.start, self.end)

    @cached_property
    def loss(self) -> dict[tuple[int, dt.date], Decimal]:
        return fig.rent_loss(self.facts, self.start, self.end, self.today)

    @cached_property
    def schemes(self) -> Schemes:
        """The housing schemes in force on the period's last day."""
        return settings.get(self.session, SCHEMES, self.end)

    @cached_property
    def loss_by_bearer(self) -> dict[tuple[RentLossBearer, dt.date], Decimal]:
        """(bearer, month) -> rent loss, each dwelling's borne as its scheme says."""
        schemes = self.schemes
        return fig.rent_loss(
            self.facts, self.start, self.end, self.today, by=lambda f: bearer(schemes, f.scheme)
        )

    @cached_property
    def offered(self) -> set[int]:
        return fig.offered_in(self.session, self.start, self.end)

    @cached_property
    def allocated(self) -> set[int]:
        return fig.allocated_in(self.session, self.start, self.end)

    @cached_property
    def offers(self) -> list[fig.OfferFacts]:
        return fig.offer_facts(self.session, self.start, self.end)

    @cached_property
    def housed(self) -> list[fig.Housed]:
        return fig.housed(self.session, self.start, self.end)

    @cached_property
    def waiting(self) -> list[fig.Waiting]:
        return fig.waiting_now(self.session, self.today)

    @cached_property
    def quota(self) -> QuotaReport:
        return quota_in(self.session, self.start, self.end)

    @cached_property
    def groups(self) -> list[tuple[str, str]]:
        """(code, label) of the target groups, configured ones first."""
        configured = settings.get(self.session, settings.TARGET_GROUPS, self.end).groups
        found = [(g.code, g.label) for g in configured]
        known = {code for code, _ in found}
        extra = {h.target_group for h in self.housed} | {w.target_group for w in self.waiting}
        return found + [(code, code) for code in sorted(extra - known)]

    def org_label(self, org_id: int) -> str:
        org = self.orgs.get(org_id)
        return "" if org is None else org.label

    def sorted_orgs(self, ids: set[int]) -> list[int]:
        return sorted(ids, key=lambda i: (self.orgs[i].number, i))


def _pct(part: float | None, whole: float | None) -> float | None:
    if part is None or not whole:
        return None
    return part / whole


# --- the reports ----------------------------------------------------------------------------


def _vacancies(d: _Data) -> Report:
    per_org: dict[int, fig.Flow] = defaultdict(fig.Flow)
    per_month: dict[dt.date, fig.Flow] = defaultdict(fig.Flow)
    for (org, month), counts in d.flow.items():
        per_org[org] += counts
        per_month[month] += counts
    total = sum(per_org.values(), fig.Flow())
    heads = (
        Column(translate("Reports", "Received"), Kind.INT, 10),
        Column(translate("Reports", "Accepted"), Kind.INT, 10),
        Column(translate("Reports", "Returned"), Kind.INT, 10),
        Column(translate("Reports", "Let"), Kind.INT, 10),
        Column(translate("Reports", "Given back"), Kind.INT, 10),
    )

    def numbers(f: fig.Flow) -> tuple[int, ...]:
        return (f.received, f.accepted, f.returned, f.let, f.given_back)

    orgs = d.sorted_orgs(set(per_org))
    by_org = Table(
        translate("Reports", "Per organisation"),
        (Column(translate("Reports", "Organisation"), Kind.TEXT, 30), *heads),
        tuple((d.org_label(o), *numbers(per_org[o])) for o in orgs),
        (translate("Reports", "Total"), *numbers(total)),
    )
    detail = Table(
        translate("Reports", "Per organisation and month"),
        (
            Column(translate("Reports", "Organisation"), Kind.TEXT, 30),
            Column(translate("Reports", "Month"), Kind.TEXT, 11),
            *heads,
        ),
        tuple(
            (d.org_label(o), month_label(m), *numbers(d.flow[o, m]))
            for o in orgs
            for m in d.months
            if (o, m) in d.flow
        ),
    )
    chart = Chart(
        translate("Reports", "Vacancies per month"),
        ChartKind.BAR,
        tuple(month_short(m) for m in d.months),
        (
            Series(
                translate("Reports", "Received"), tuple(per_month[m].received for m in d.months)
            ),
            Series(
                translate("Reports", "Accepted"), tuple(per_month[m].accepted for m in d.months)
            ),
            Series(
                translate("Reports", "Returned"), tuple(per_month[m].returned for m in d.months)
            ),
            Series(translate("Reports", "Let"), tuple(per_month[m].let for m in d.months)),
        ),
        Kind.INT,
        translate("Reports", "Dwellings"),
    )
    return Report(
        VACANCIES,
        title_of(VACANCIES),
        d.start,
        d.end,
        translate(
            "Reports",
            "Dwellings reported to the desk, the desk's decisions, dwellings let and given back, "
            "per organisation and month.",
        ),
        (
            Figure("received", translate("Reports", "Received"), total.received),
            Figure("accepted", translate("Reports", "Accepted"), total.accepted),
            Figure("returned", translate("Reports", "Returned"), total.returned),
            Figure("let", translate("Reports", "Let"), total.let),
            Figure("given_back", translate("Reports", "Given back"), total.given_back),
        ),
        (chart,),
        (by_org, detail),
        (
            translate(
                "Reports",
                "Received counts the date reported, accepted and returned the date of the "
                "decision, let the date the lease starts, given back the date it was given back.",
            ),
        ),
    )


def _day_stats(
    days: Sequence[int],
) -> tuple[int, float | None, float | None, int | None, int | None]:
    values = [float(x) for x in days]
    return (
        len(days),
        fig.average(values),
        fig.median(values),
        min(days) if days else None,
        max(days) if days else None,
    )


def _time_to_let(d: _Data) -> Report:
    by_org: dict[int, list[int]] = defaultdict(list)
    by_month: dict[dt.date, list[int]] = defaultdict(list)
    for letting in d.lettings:
        by_org[letting.organisation_id].append(letting.days)
        by_month[letting.lease_start.replace(day=1)].append(letting.days)
    everything = [letting.days for letting in d.lettings]
    stats_columns = (
        Column(translate("Reports", "Dwellings let"), Kind.INT, 10),
        Column(translate("Reports", "Average days"), Kind.DECIMAL, 10),
        Column(translate("Reports", "Median days"), Kind.DECIMAL, 10),
        Column(translate("Reports", "Shortest"), Kind.INT, 10),
        Column(translate("Reports", "Longest"), Kind.INT, 10),
    )
    orgs = d.sorted_orgs(set(by_org))
    per_org = Table(
        translate("Reports", "Per organisation"),
        (Column(translate("Reports", "Organisation"), Kind.TEXT, 30), *stats_columns),
        tuple((d.org_label(o), *_day_stats(by_org[o])) for o in orgs),
        (translate("Reports", "Total"), *_day_stats(everything)),
    )
    per_month = Table(
        translate("Reports", "Per month"),
        (Column(translate("Reports", "Month"), Kind.TEXT, 11), *stats_columns),
        tuple((month_label(m), *_day_stats(by_month.get(m, []))) for m in d.months),
    )
    chart = Chart(
        translate("Reports", "Days to let per organisation"),
        ChartKind.HBAR,
        tuple(d.org_label(o) for o in orgs),
        (
            Series(
                translate("Reports", "Average days"), tuple(fig.average(by_org[o]) for o in orgs)
            ),
            Series(translate("Reports", "Median days"), tuple(fig.median(by_org[o]) for o in orgs)),
        ),
        Kind.DECIMAL,
        translate("Reports", "Days"),
    )
    stats = _day_stats(everything)
    return Report(
        TIME_TO_LET,
        title_of(TIME_TO_LET),
        d.start,
        d.end,
        translate(
            "Reports",
            "Days from the day a dwelling was at the desk's disposal until its lease started, for "
            "dwellings let in the period.",
        ),
        (
            Figure("let", translate("Reports", "Dwellings let"), stats[0]),
            Figure("average", translate("Reports", "Average days to let"), stats[1], Kind.DECIMAL),
            Figure("median", translate("Reports", "Median days to let"), stats[2], Kind.DECIMAL),
        ),
        (chart,),
        (per_org, per_month),
    )


def _rent_loss(d: _Data) -> Report:
    orgs = d.sorted_orgs({org for org, _ in d.loss})
    zero = Decimal("0.00")

    def amount(org: int, month: dt.date) -> Decimal:
        return d.loss.get((org, month), zero)

    rows = tuple(
        (
            d.org_label(o),
            *(amount(o, m) for m in d.months),
            sum((amount(o, m) for m in d.months), zero),
        )
        for o in orgs
    )
    month_totals = [sum((amount(o, m) for o in orgs), zero) for m in d.months]
    total = sum(month_totals, zero)
    table = Table(
        translate("Reports", "Per organisation and month"),
        (
            Column(translate("Reports", "Organisation"), Kind.TEXT, 30),
            *(Column(month_label(m), Kind.MONEY, 13) for m in d.months),
            Column(translate("Reports", "Total"), Kind.MONEY, 14),
        ),
        rows,
        (translate("Reports", "Total"), *month_totals, total),
    )
    chart = Chart(
        translate("Reports", "Rent loss per month"),
        ChartKind.BAR,
        tuple(month_short(m) for m in d.months),
        (Series(translate("Reports", "Rent loss"), tuple(float(v) for v in month_totals)),),
        Kind.MONEY,
        translate("Reports", "Kroner"),
    )
    dwellings = len({f.id for f in d.facts if _had_loss(d, f)})
    borne = per_bearer(((who, amount) for (who, _month), amount in d.loss_by_bearer.items()))
    return Report(
        RENT_LOSS,
        title_of(RENT_LOSS),
        d.start,
        d.end,
        translate(
            "Reports",
            "The rent paid for dwellings at the desk's disposal: monthly rent incl. a conto x 12 "
            "/ 365 a day, until the lease started or the dwelling was given back; up to "
            "yesterday for a period that has not ended. The dwelling's housing scheme says who "
            "bears it: the municipality, the housing organisation or the landlord.",
        ),
        (
            Figure("rent_loss", translate("Reports", "Rent loss paid"), total, Kind.MONEY),
            Figure("dwellings", translate("Reports", "Dwellings with rent loss"), dwellings),
            Figure(
                "per_dwelling",
                translate("Reports", "Average per dwelling"),
                (total / dwellings).quantize(Decimal("0.01")) if dwellings else None,
                Kind.MONEY,
            ),
            *(
                Figure(
                    f"borne_by_{who.value}",
                    translate("Reports", "Borne by: {bearer}").format(
                        bearer=scheme_labels.bearer(who)
                    ),
                    borne[who],
                    Kind.MONEY,
                )
                for who in BEARERS
            ),
        ),
        (chart,),
        (table, _loss_per_bearer(d)),
    )


def _loss_per_bearer(d: _Data) -> Table:
    """Each bearer's rent loss per month: every bearer a row, nothing borne shown as 0."""
    zero = Decimal("0.00")

    def amount(who: RentLossBearer, month: dt.date) -> Decimal:
        return d.loss_by_bearer.get((who, month), zero)

    return Table(
        translate("Reports", "Per bearer and month"),
        (
            Column(translate("Reports", "Borne by"), Kind.TEXT, 30),
            *(Column(month_label(m), Kind.MONEY, 13) for m in d.months),
            Column(translate("Reports", "Total"), Kind.MONEY, 14),
        ),
        tuple(
            (
                scheme_labels.bearer(who),
                *(amount(who, m) for m in d.months),
                sum((amount(who, m) for m in d.months), zero),
            )
            for who in BEARERS
        ),
        (
            translate("Reports", "Total"),
            *(sum((amount(w, m) for w in BEARERS), zero) for m in d.months),
            sum(d.loss_by_bearer.values(), zero),
        ),
    )


def _had_loss(d: _Data, f: fig.VacancyFacts) -> bool:
    return bool(fig.rent_loss([f], d.start, d.end, d.today))


def _quota_cells(line: QuotaLine) -> tuple[Any, ...]:
    met = None
    if line.met is not None:
        met = translate("Reports", "yes") if line.met else translate("Reports", "no")
    return (
        line.reported,
        line.kept,
        line.total_vacancies,
        None if line.share_percent is None else line.share_percent / 100.0,
        line.expected,
        None if line.reported_percent is None else line.reported_percent / 100.0,
        line.shortfall,
        met,
    )


def _quota(d: _Data) -> Report:
    report = d.quota
    heads = (
        Column(translate("Reports", "Reported to the desk"), Kind.INT, 11),
        Column(translate("Reports", "Accepted by the desk"), Kind.INT, 11),
        Column(translate("Reports", "All vacancies"), Kind.INT, 11),
        Column(translate("Reports", "Agreed share"), Kind.PERCENT, 10),
        Column(translate("Reports", "Expected"), Kind.DECIMAL, 10),
        Column(translate("Reports", "Reported share"), Kind.PERCENT, 10),
        Column(translate("Reports", "Shortfall"), Kind.DECIMAL, 10),
        Column(translate("Reports", "Met"), Kind.TEXT, 8),
    )
    departments = [
        line for line in report.departments if line.reported or line.total_vacancies is not None
    ]
    organisations = [
        line for line in report.organisations if line.reported or line.total_vacancies is not None
    ]
    per_org = Table(
        translate("Reports", "Organisations"),
        (Column(translate("Reports", "Organisation"), Kind.TEXT, 30), *heads),
        tuple(
            (f"{line.organisation_number} {line.organisation_name}", *_quota_cells(line))
            for line in organisations
        ),
    )
    per_department = Table(
        translate("Reports", "Departments"),
        (
            Column(translate("Reports", "Organisation"), Kind.TEXT, 26),
            Column(translate("Reports", "Department"), Kind.TEXT, 28),
            Column(translate("Reports", "Colour"), Kind.TEXT, 9),
            *heads,
        ),
        tuple(
            (
                f"{line.organisation_number} {line.organisation_name}",
                f"{line.department_number} {line.department_name}",
                None if line.colour is None else colour_name(line.colour),
                *_quota_cells(line),
            )
            for line in departments
        ),
    )
    known = [line for line in departments if line.met is not None]
    known_orgs = [line for line in organisations if line.met is not None]
    chart = Chart(
        translate("Reports", "Reported share against the agreed share"),
        ChartKind.HBAR,
        tuple(f"{line.organisation_number} {line.organisation_name}" for line in known_orgs),
        (
            Series(
                translate("Reports", "Agreed share"),
                tuple(_pct(line.expected, line.total_vacancies) for line in known_orgs),
            ),
            Series(
                translate("Reports", "Reported share"),
                tuple(_pct(line.reported, line.total_vacancies) for line in known_orgs),
            ),
        ),
        Kind.PERCENT,
        translate("Reports", "Share of all vacancies"),
    )
    return Report(
        QUOTA,
        title_of(QUOTA),
        d.start,
        d.end,
        translate(
            "Reports",
            "Dwellings reported to the desk against all the department's vacancies in the period "
            "and the share agreed for its colour. Departments without a count of all their "
            "vacancies cannot be judged.",
        ),
        (
            Figure(
                "departments_met",
                translate("Reports", "Departments that met the share"),
                sum(1 for line in known if line.met),
            ),
            Figure(
                "departments_short",
                translate("Reports", "Departments short of the share"),
                sum(1 for line in known if not line.met),
            ),
            Figure(
                "organisations_met",
                translate("Reports", "Organisations that met the share"),
                sum(1 for line in known_orgs if line.met),
            ),
            Figure(
                "organisations_judged",
                translate("Reports", "Organisations with a count of all vacancies"),
                len(known_orgs),
            ),
            Figure(
                "departments_lacking",
                translate("Reports", "Departments without all vacancies"),
                len(report.lacking),
                explanation=translate(
                    "Reports", "their share cannot be judged: see the list at the end"
                ),
            ),
        ),
        (chart,),
        (per_org, per_department, _lacking_table(report))
        if report.lacking
        else (per_org, per_department),
        (how_to_fill(),) if report.lacking else (),
    )


def _lacking_table(report: QuotaReport) -> Table:
    """The departments whose share cannot be judged: what the desk must get hold of."""
    return Table(
        translate("Reports", "Departments without all vacancies"),
        (
            Column(translate("Reports", "Organisation"), Kind.TEXT, 26),
            Column(translate("Reports", "Department"), Kind.TEXT, 28),
            Column(translate("Reports", "Colour"), Kind.TEXT, 9),
            Column(translate("Reports", "Agreed share"), Kind.PERCENT, 10),
            Column(translate("Reports", "Reported to the desk"), Kind.INT, 11),
        ),
        tuple(
            (
                f"{line.organisation_number} {line.organisation_name}",
                f"{line.department_number} {line.department_name}",
                None if line.colour is None else colour_name(line.colour),
                None if line.share_percent is None else line.share_percent / 100.0,
                line.reported,
            )
            for line in report.lacking
        ),
    )


def _offers(d: _Data) -> Report:
    kinds = (OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.EXPIRED)
    by_month: dict[dt.date, Counter[OfferStatus]] = defaultdict(Counter)
    by_org: dict[int, Counter[OfferStatus]] = defaultdict(Counter)
    reasons: Counter[tuple[str, str]] = Counter()
    policy = settings.get(d.session, DECLINE_REASONS, d.end)
    for offer in d.offers:
        by_month[offer.day.replace(day=1)][offer.status] += 1
        by_org[offer.organisation_id][offer.status] += 1
        if offer.status == OfferStatus.DECLINED:
            reason = policy.by_code(offer.reason)
            label = (
                reason.label
                if reason is not None
                else (offer.reason or translate("Reports", "No reason recorded"))
            )
            side = "" if offer.side is None else side_label(offer.side)
            reasons[label, side] += 1
    total: Counter[OfferStatus] = Counter(o.status for o in d.offers)
    heads = (
        Column(translate("Reports", "Accepted"), Kind.INT, 10),
        Column(translate("Reports", "Declined"), Kind.INT, 10),
        Column(translate("Reports", "No answer"), Kind.INT, 10),
    )
    per_month = Table(
        translate("Reports", "Per month"),
        (Column(translate("Reports", "Month"), Kind.TEXT, 11), *heads),
        tuple((month_label(m), *(by_month[m][k] for k in kinds)) for m in d.months),
        (translate("Reports", "Total"), *(total[k] for k in kinds)),
    )
    orgs = d.sorted_orgs(set(by_org))
    per_org = Table(
        translate("Reports", "Per organisation"),
        (Column(translate("Reports", "Organisation"), Kind.TEXT, 30), *heads),
        tuple((d.org_label(o), *(by_org[o][k] for k in kinds)) for o in orgs),
    )
    refusals = Table(
        translate("Reports", "Refusals by reason"),
        (
            Column(translate("Reports", "Reason"), Kind.TEXT, 40),
            Column(translate("Reports", "Declined by"), Kind.TEXT, 18),
            Column(translate("Reports", "Offers"), Kind.INT, 10),
        ),
        tuple(
            (label, side, count)
            for (label, side), count in sorted(reasons.items(), key=lambda i: (-i[1], i[0]))
        ),
    )
    chart = Chart(
        translate("Reports", "Answers per month"),
        ChartKind.BAR,
        tuple(month_short(m) for m in d.months),
        tuple(
            Series(column.title, tuple(by_month[m][k] for m in d.months))
            for column, k in zip(heads, kinds, strict=True)
        ),
        Kind.INT,
        translate("Reports", "Offers"),
    )
    answered = sum(total[k] for k in kinds)
    return Report(
        OFFERS,
        title_of(OFFERS),
        d.start,
        d.end,
        translate(
            "Reports",
            "Offers accepted or declined on the day of the answer, and offers left without an "
            "answer on their reply deadline; refusals by the reason recorded.",
        ),
        (
            Figure("accepted", translate("Reports", "Accepted"), total[OfferStatus.ACCEPTED]),
            Figure("declined", translate("Reports", "Declined"), total[OfferStatus.DECLINED]),
            Figure("no_answer", translate("Reports", "No answer"), total[OfferStatus.EXPIRED]),
            Figure(
                "acceptance",
                translate("Reports", "Share accepted"),
                _pct(total[OfferStatus.ACCEPTED], answered),
                Kind.PERCENT,
            ),
        ),
        (chart,),
        (per_month, refusals, per_org),
    )


def _housed(d: _Data) -> Report:
    groups: dict[str, list[fig.Housed]] = defaultdict(list)
    for person in d.housed:
        groups[person.target_group].append(person)

    def row(label: str, people: Sequence[fig.Housed]) -> tuple[Any, ...]:
        waits = [float(p.waited) for p in people]
        return (
            label,
            len(people),
            sum(p.persons for p in people),
            fig.average(waits),
            fig.median(waits),
        )

    table = Table(
        translate("Reports", "Per target group"),
        (
            Column(translate("Reports", "Target group"), Kind.TEXT, 20),
            Column(translate("Reports", "Households"), Kind.INT, 11),
            Column(translate("Reports", "Persons"), Kind.INT, 10),
            Column(translate("Reports", "Average days waited"), Kind.DECIMAL, 12),
            Column(translate("Reports", "Median days waited"), Kind.DECIMAL, 12),
        ),
        tuple(row(label, groups.get(code, [])) for code, label in d.groups),
        row(translate("Reports", "Total"), d.housed),
    )
    chart = Chart(
        translate("Reports", "Housed per target group"),
        ChartKind.HBAR,
        tuple(label for _, label in d.groups),
        (
            Series(
                translate("Reports", "Households"),
                tuple(len(groups.get(code, [])) for code, _ in d.groups),
            ),
            Series(
                translate("Reports", "Persons"),
                tuple(sum(p.persons for p in groups.get(code, [])) for code, _ in d.groups),
            ),
        ),
        Kind.INT,
        translate("Reports", "Housed"),
    )
    return Report(
        HOUSED,
        title_of(HOUSED),
        d.start,
        d.end,
        translate(
            "Reports",
            "Applicants whose case closed as housed in the period (households) and the persons in "
            "their households, per target group, with the days from registration to housing.",
        ),
        (
            Figure("households", translate("Reports", "Households housed"), len(d.housed)),
            Figure(
                "persons", translate("Reports", "Persons housed"), sum(p.persons for p in d.housed)
            ),
        ),
        (chart,),
        (table,),
    )


def _waiting(d: _Data) -> Report:
    now: dict[str, list[float]] = defaultdict(list)
    for person in d.waiting:
        now[person.target_group].append(float(person.days))
    done: dict[str, list[float]] = defaultdict(list)
    for housed in d.housed:
        done[housed.target_group].append(float(housed.waited))

    def row(label: str, waiting: Sequence[float], housed: Sequence[float]) -> tuple[Any, ...]:
        return (
            label,
            len(waiting),
            fig.average(waiting),
            fig.median(waiting),
            int(max(waiting)) if waiting else None,
            len(housed),
            fig.average(housed),
            fig.median(housed),
        )

    every_now = [float(w.days) for w in d.waiting]
    every_done = [float(h.waited) for h in d.housed]
    table = Table(
        translate("Reports", "Per target group"),
        (
            Column(translate("Reports", "Target group"), Kind.TEXT, 20),
            Column(translate("Reports", "Waiting now"), Kind.INT, 10),
            Column(translate("Reports", "Average days so far"), Kind.DECIMAL, 12),
            Column(translate("Reports", "Median days so far"), Kind.DECIMAL, 12),
            Column(translate("Reports", "Longest wait so far"), Kind.INT, 12),
            Column(translate("Reports", "Housed in the period"), Kind.INT, 11),
            Column(translate("Reports", "Average days waited"), Kind.DECIMAL, 12),
            Column(translate("Reports", "Median days waited"), Kind.DECIMAL, 12),
        ),
        tuple(row(label, now.get(code, []), done.get(code, [])) for code, label in d.groups),
        row(translate("Reports", "Total"), every_now, every_done),
    )
    chart = Chart(
        translate("Reports", "Median waiting days per target group"),
        ChartKind.HBAR,
        tuple(label for _, label in d.groups),
        (
            Series(
                translate("Reports", "Waiting now"),
                tuple(fig.median(now.get(code, [])) for code, _ in d.groups),
            ),
            Series(
                translate("Reports", "Housed in the period"),
                tuple(fig.median(done.get(code, [])) for code, _ in d.groups),
            ),
        ),
        Kind.DECIMAL,
        translate("Reports", "Days"),
    )
    return Report(
        WAITING,
        title_of(WAITING),
        d.start,
        d.end,
        translate(
            "Reports",
            "Days since registration of everyone waiting today (active, paused or with an "
            "offer), and the days those housed in the period waited.",
        ),
        (
            Figure("waiting", translate("Reports", "Applicants waiting today"), len(d.waiting)),
            Figure(
                "median_now",
                translate("Reports", "Median days waited so far"),
                fig.median(every_now),
                Kind.DECIMAL,
            ),
            Figure(
                "median_housed",
                translate("Reports", "Median days waited by those housed"),
                fig.median(every_done),
                Kind.DECIMAL,
            ),
        ),
        (chart,),
        (table,),
    )


BUILDERS: dict[str, Callable[[_Data], Report]] = {
    VACANCIES: _vacancies,
    TIME_TO_LET: _time_to_let,
    RENT_LOSS: _rent_loss,
    QUOTA: _quota,
    OFFERS: _offers,
    HOUSED: _housed,
    WAITING: _waiting,
    SCHEME_FIGURES: lambda d: scheme_report.scheme_report(d, title_of(SCHEME_FIGURES)),
}


def build_report(ws: Workspace, key: str, start: dt.date, end: dt.date) -> Report:
    """One report of the period."""
    title_of(key)  # NotFound for an unknown key
    check_period(start, end)
    with ws.read() as session:
        return BUILDERS[key](_Data(session, start, end, ws.today()))


def build_reports(
    ws: Workspace, start: dt.date, end: dt.date, keys: Sequence[str] = KEYS
) -> list[Report]:
    """Several reports of one period, reading the database once for all."""
    for key in keys:
        title_of(key)
    check_period(start, end)
    with ws.read() as session:
        data = _Data(session, start, end, ws.today())
        return [BUILDERS[key](data) for key in keys]


def summary(reports: Sequence[Report]) -> Report:
    """The key figures of several reports on one page."""
    first = reports[0]
    table = Table(
        translate("Reports", "Key figures"),
        (
            Column(translate("Reports", "Report"), Kind.TEXT, 34),
            Column(translate("Reports", "Figure"), Kind.TEXT, 40),
            Column(translate("Reports", "Value"), Kind.TEXT, 16),
        ),
        tuple((report.title, f.label, f.text) for report in reports for f in report.figures),
    )
    return Report(
        SUMMARY,
        title_of(SUMMARY),
        first.start,
        first.end,
        translate(
            "Reports", "The most important figures of the period, from the reports that follow."
        ),
        (),
        (),
        (table,),
    )


def yearly_follow_up(ws: Workspace, year: int) -> ReportBook:
    """The yearly follow-up of the joint letting agreement: every report for the calendar year,
    with the key figures first (rent loss is counted up to yesterday while the year runs)."""
    if not 2000 <= year <= 2100:
        raise ValidationError(translate("Reports", "Choose a year between 2000 and 2100."))
    start = dt.date(year, 1, 1)
    end = dt.date(year, 12, 31)
    reports = build_reports(ws, start, end)
    with ws.read() as session:
        desk = settings.get(session, settings.DESK_CONTACT, ws.today())
    return ReportBook(
        translate("Reports", "Follow-up on the joint letting agreement {year}").format(year=year),
        translate("Reports", "{unit}, {municipality}").format(
            unit=desk.unit, municipality=desk.municipality
        ),
        ws.today(),
        (summary(reports), *reports),
    )
