"""The report per housing scheme (Rapporter and the yearly follow-up).

Per scheme: dwellings received, used (offered or let) and given back, the median days to let and
the rent loss; the separate allocation rights' uptake ("Flygtningeboliger: 139 of 176
allocated"); and, per department, the agreed share (the 25 % rule) against the desk's actual
uptake of it - the dwellings of the schemes that count against the share which the desk used.
The definitions are those of `figures`; the schemes are those in force on the period's last day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.intake.quota import QuotaReport
from desktop.core.registry.names import colour_name
from desktop.core.reports import figures as fig
from desktop.core.reports.model import Chart, ChartKind, Column, Figure, Kind, Report, Series, Table
from desktop.core.schemes import labels
from desktop.core.schemes.settings import ORDINARY, Allocation, Scheme, Schemes

KEY = "schemes"


class SchemeData(Protocol):
    """What the report reads of the period (`catalogue._Data` has it)."""

    start: dt.date
    end: dt.date
    today: dt.date

    @property
    def schemes(self) -> Schemes: ...
    @property
    def facts(self) -> list[fig.VacancyFacts]: ...
    @property
    def lettings(self) -> list[fig.Letting]: ...
    @property
    def offered(self) -> set[int]: ...
    @property
    def allocated(self) -> set[int]: ...
    @property
    def quota(self) -> QuotaReport: ...


@dataclass
class _Tally:
    received: int = 0
    used: int = 0
    let: int = 0
    given_back: int = 0
    allocated: int = 0
    days_to_let: list[int] | None = None
    rent_loss: Decimal = Decimal("0.00")

    def cells(self) -> tuple[Any, ...]:
        return (
            self.received,
            self.used,
            self.let,
            self.given_back,
            fig.median([float(d) for d in self.days_to_let or []]),
            self.rent_loss,
        )


def _inside(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _used(f: fig.VacancyFacts, d: SchemeData, let: set[int] | dict[int, int]) -> bool:
    return f.id in d.offered or f.id in let


def _tallies(d: SchemeData, key_of: Callable[[fig.VacancyFacts], Any]) -> dict[Any, _Tally]:
    """What happened to the dwellings in the period, per `key_of` (a scheme's key, a
    department's id)."""
    let = {letting.vacancy_id: letting.days for letting in d.lettings}
    loss = fig.rent_loss(d.facts, d.start, d.end, d.today, by=lambda f: f.id)
    per_dwelling: dict[int, Decimal] = defaultdict(Decimal)
    for (vacancy_id, _month), amount in loss.items():
        per_dwelling[vacancy_id] += amount
    found: dict[Any, _Tally] = defaultdict(_Tally)
    for f in d.facts:
        tally = found[key_of(f)]
        if _inside(f.reported_on, d.start, d.end):
            tally.received += 1
        if _used(f, d, let):
            tally.used += 1
        if f.id in let:
            tally.let += 1
            tally.days_to_let = [*(tally.days_to_let or []), let[f.id]]
        if f.given_back_on is not None and _inside(f.given_back_on, d.start, d.end):
            tally.given_back += 1
        if f.id in d.allocated:
            tally.allocated += 1
        tally.rent_loss += per_dwelling.get(f.id, Decimal(0))
    return found


def _in_order(schemes: Schemes, seen: Iterable[str]) -> list[Scheme]:
    """Every scheme in force, then keys no longer in force that dwellings still carry."""
    known = list(schemes.schemes)
    keys = {s.key for s in known}
    return known + [schemes.scheme_of(k) for k in sorted(set(seen) - keys)]


def _per_scheme(d: SchemeData, tallies: dict[Any, _Tally], order: Sequence[Scheme]) -> Table:
    total = _Tally(
        sum(t.received for t in tallies.values()),
        sum(t.used for t in tallies.values()),
        sum(t.let for t in tallies.values()),
        sum(t.given_back for t in tallies.values()),
        days_to_let=[x for t in tallies.values() for x in t.days_to_let or []],
        rent_loss=sum((t.rent_loss for t in tallies.values()), Decimal("0.00")),
    )
    return Table(
        translate("SchemeReport", "Per housing scheme"),
        (
            Column(translate("SchemeReport", "Housing scheme"), Kind.TEXT, 30),
            Column(translate("SchemeReport", "Received"), Kind.INT, 10),
            Column(translate("SchemeReport", "Used"), Kind.INT, 11),
            Column(translate("SchemeReport", "Let"), Kind.INT, 8),
            Column(translate("SchemeReport", "Given back"), Kind.INT, 10),
            Column(translate("SchemeReport", "Median days to let"), Kind.DECIMAL, 11),
            Column(translate("SchemeReport", "Rent loss"), Kind.MONEY, 14),
        ),
        tuple((s.name, *tallies.get(s.key, _Tally()).cells()) for s in order) if d.facts else (),
        (translate("SchemeReport", "Total"), *total.cells()) if d.facts else None,
        translate(
            "SchemeReport",
            "No dwelling was at the desk's disposal in the period, in any scheme: there is "
            "nothing to count.",
        ),
    )


def _rights(tallies: dict[Any, _Tally], order: Sequence[Scheme]) -> Table:
    rights = [s for s in order if s.allocation == Allocation.OWN_RIGHT and _has_size(s)]
    return Table(
        translate("SchemeReport", "Separate allocation rights"),
        (
            Column(translate("SchemeReport", "Housing scheme"), Kind.TEXT, 30),
            Column(translate("SchemeReport", "The right"), Kind.TEXT, 30),
            Column(translate("SchemeReport", "Allocated in the period"), Kind.INT, 12),
            Column(translate("SchemeReport", "Share of the right"), Kind.PERCENT, 10),
        ),
        tuple(
            (
                s.name,
                labels.allocation(s),
                tallies.get(s.key, _Tally()).allocated,
                tallies.get(s.key, _Tally()).allocated / s.dwellings if s.dwellings else None,
            )
            for s in rights
        ),
        empty=translate(
            "SchemeReport",
            "No scheme in force has a separate allocation right with its own number or share "
            "of dwellings.",
        ),
    )


def _has_size(scheme: Scheme) -> bool:
    return scheme.dwellings is not None or scheme.allocation_percent is not None


def _right_figures(tallies: dict[Any, _Tally], order: Sequence[Scheme]) -> list[Figure]:
    """ "Flygtningeboliger: 139" with "allocated of the right's 176 dwellings"."""
    found = []
    for s in order:
        if s.allocation != Allocation.OWN_RIGHT or s.dwellings is None:
            continue
        found.append(
            Figure(
                f"right_{s.key}",
                s.name,
                tallies.get(s.key, _Tally()).allocated,
                explanation=formats.plural(
                    s.dwellings,
                    translate("SchemeReport", "allocated of the right's {n} dwelling"),
                    translate("SchemeReport", "allocated of the right's {n} dwellings"),
                ),
            )
        )
    return found


@dataclass(frozen=True)
class _Uptake:
    label: tuple[str, str, str | None]  # organisation, department, colour
    total: int
    share: float | None
    expected: float
    reported: int
    used: int


def _uptake_rows(d: SchemeData) -> list[_Uptake]:
    """Departments with a count of all their vacancies: the agreed share against the dwellings
    of the share's schemes the desk used."""
    counting = {s.key for s in d.schemes.schemes if s.allocation == Allocation.SHARE}
    let = {letting.vacancy_id for letting in d.lettings}
    used: dict[int | None, int] = defaultdict(int)
    for f in d.facts:
        if d.schemes.scheme_of(f.scheme).key in counting and _used(f, d, let):
            used[f.department_id] += 1
    rows = []
    for line in d.quota.departments:
        if line.total_vacancies is None or line.expected is None or line.lacking:
            continue
        rows.append(
            _Uptake(
                (
                    f"{line.organisation_number} {line.organisation_name}",
                    f"{line.department_number} {line.department_name}",
                    None if line.colour is None else colour_name(line.colour),
                ),
                line.total_vacancies,
                None if line.share_percent is None else line.share_percent / 100.0,
                line.expected,
                line.reported,
                used.get(line.department_id, 0),
            )
        )
    return rows


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _uptake(rows: Sequence[_Uptake]) -> Table:
    expected = sum(r.expected for r in rows)
    used = sum(r.used for r in rows)
    return Table(
        translate("SchemeReport", "Agreed share and uptake"),
        (
            Column(translate("SchemeReport", "Organisation"), Kind.TEXT, 26),
            Column(translate("SchemeReport", "Department"), Kind.TEXT, 28),
            Column(translate("SchemeReport", "Colour"), Kind.TEXT, 9),
            Column(translate("SchemeReport", "Agreed share"), Kind.PERCENT, 10),
            Column(translate("SchemeReport", "Agreed dwellings"), Kind.DECIMAL, 10),
            Column(translate("SchemeReport", "Used by the desk"), Kind.INT, 10),
            Column(translate("SchemeReport", "Uptake"), Kind.PERCENT, 10),
            Column(translate("SchemeReport", "All vacancies"), Kind.INT, 10),
            Column(translate("SchemeReport", "Reported to the desk"), Kind.INT, 10),
        ),
        tuple(
            (
                *r.label,
                r.share,
                r.expected,
                r.used,
                _ratio(r.used, r.expected),
                r.total,
                r.reported,
            )
            for r in rows
        ),
        (
            translate("SchemeReport", "Total"),
            None,
            None,
            _ratio(expected, sum(r.total for r in rows)),
            expected,
            used,
            _ratio(used, expected),
            sum(r.total for r in rows),
            sum(r.reported for r in rows),
        )
        if rows
        else None,
        translate(
            "SchemeReport",
            "No department has a count of all its vacancies in the period, so the agreed share "
            "cannot be set against the uptake: enter or import the organisations' counts of all "
            "vacancies (Ledige i alt).",
        ),
    )


def scheme_report(d: SchemeData, title: str) -> Report:
    tallies = _tallies(d, lambda f: d.schemes.scheme_of(f.scheme).key)
    order = _in_order(d.schemes, tallies)
    per_scheme = _per_scheme(d, tallies, order)
    uptake_rows = _uptake_rows(d)
    uptake = _uptake(uptake_rows)
    # the other roads to a home: beside the ordinary share's many dwellings their bars vanish
    shown = [s for s in order if s.key in tallies and s.key != ORDINARY]
    chart = Chart(
        translate("SchemeReport", "Dwellings in the schemes besides the ordinary share"),
        ChartKind.HBAR,
        tuple(s.name for s in shown),
        (
            Series(
                translate("SchemeReport", "Received"), tuple(tallies[s.key].received for s in shown)
            ),
            Series(
                translate("SchemeReport", "Used"),
                tuple(tallies[s.key].used for s in shown),
            ),
            Series(
                translate("SchemeReport", "Given back"),
                tuple(tallies[s.key].given_back for s in shown),
            ),
        ),
        Kind.INT,
        translate("SchemeReport", "Dwellings"),
    )
    expected = sum(r.expected for r in uptake_rows)
    figures = [
        Figure(
            "uptake",
            translate("SchemeReport", "Uptake of the agreed share"),
            _ratio(sum(r.used for r in uptake_rows), expected),
            Kind.PERCENT,
            explanation=translate(
                "SchemeReport", "dwellings used of those the agreed share gives the desk"
            ),
        ),
        *_right_figures(tallies, order),
    ]
    return Report(
        KEY,
        title,
        d.start,
        d.end,
        translate(
            "SchemeReport",
            "Per housing scheme: dwellings received, used (an offer sent or the lease started "
            "in the period) and given back, the median days to let and the rent loss; the "
            "separate allocation rights' dwellings allocated (an offer accepted in the period); "
            "and per department the agreed share against the dwellings the desk used of it.",
        ),
        tuple(figures),
        (chart,),
        (per_scheme, _rights(tallies, order), uptake),
    )
