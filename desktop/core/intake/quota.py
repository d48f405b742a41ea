"""The quota (anvisningsandel): per department and period, the dwellings reported to the desk
against the department's total vacancies and the agreed share; summed per organisation.

The denominator is `DepartmentVacancyCount` (from the "Ledige i alt" column of the
organisations' files, or typed in the quota dialog), by whole months: which counts make a
department's total for the asked period is `desktop.core.intake.counts.total_of`. The share is
the colour policy's share for the department's colour on the period's last day. A department
that should hand over a share (a share above 0) but has no count in the period is *lacking*:
its share cannot be judged (nor its organisation's), and the dialog and the report name it with
what to do.

Only dwellings of schemes that count against the share (`Allocation.SHARE`, the 25 % rule) are
counted as reported: a scheme with its own allocation right (skæve boliger, refugee dwellings, ...)
has its own number of dwellings, followed in the per-scheme figures. The report says how many of
those it left out.

Departments and organisations come sorted by number as numbers ("2" before "19" before "20").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.enums import Colour, VacancyStatus
from db.models import Department, Organisation, Vacancy
from desktop.core import colours, settings
from desktop.core.i18n import translate
from desktop.core.intake.counts import (
    Period,
    PeriodTotal,
    StoredCount,
    counting_period,
    stored_counts,
    total_of,
)
from desktop.core.registry.numbers import natural_key
from desktop.core.schemes.settings import SCHEMES, Allocation
from desktop.core.workspace import Workspace

# Dwellings the desk kept (not returned): what counts towards the share actually used.
KEPT = (VacancyStatus.ACCEPTED, VacancyStatus.OFFERED, VacancyStatus.LET, VacancyStatus.GIVEN_BACK)


@dataclass(frozen=True)
class QuotaLine:
    """One department's (or, with `department_id` None, one organisation's) figures."""

    organisation_id: int
    organisation_number: str
    organisation_name: str
    department_id: int | None
    department_number: str | None
    department_name: str | None
    colour: Colour | None  # on the period's last day; None for an organisation line
    share_percent: float | None  # agreed share; for an organisation: expected / total
    reported: int  # dwellings reported to the desk in the period (all statuses)
    kept: int  # of those, accepted by the desk
    total_vacancies: int | None  # all the department's vacancies in the period, if known
    expected: float | None  # total x share: what the desk should have received
    counted: tuple[Period, ...] = ()  # the days the department's counts cover
    entered: StoredCount | None = None  # the count stored for the period's months (editable)
    lacking: int = 0  # departments (this one: 0 or 1) whose share cannot be judged: no count

    @property
    def reported_percent(self) -> float | None:
        """Reported as a share of all vacancies (None when the total is unknown or 0)."""
        if not self.total_vacancies:
            return None
        return 100.0 * self.reported / self.total_vacancies

    @property
    def shortfall(self) -> float | None:
        """How many more dwellings the share called for (0 when met; None if unknown)."""
        if self.expected is None or self.lacking:
            return None
        return max(0.0, self.expected - self.reported)

    @property
    def met(self) -> bool | None:
        """Whether the share was met; None when it cannot be judged (a total is lacking)."""
        if self.expected is None or self.lacking:
            return None
        return self.reported >= self.expected

    @property
    def label(self) -> str:
        """ "145/07 Kildeparken" for a department, "145 Himmerland" for an organisation."""
        if self.department_number is None:
            return f"{self.organisation_number} {self.organisation_name}"
        return f"{self.organisation_number}/{self.department_number} {self.department_name}"


@dataclass(frozen=True)
class QuotaReport:
    period_start: dt.date
    period_end: dt.date
    departments: tuple[QuotaLine, ...]
    organisations: tuple[QuotaLine, ...]
    # dwellings reported in the period under a scheme with its own allocation right: not counted
    own_right: int = 0

    @property
    def counted_months(self) -> Period:
        """The whole months whose vacancies are the total (what a typed figure is for)."""
        return counting_period((self.period_start, self.period_end))

    @property
    def lacking(self) -> tuple[QuotaLine, ...]:
        """The departments whose share cannot be judged for want of a count of all their
        vacancies in the period, in number order."""
        return tuple(line for line in self.departments if line.lacking)


def how_to_fill() -> str:
    """What to do about departments without all vacancies (the report's note)."""
    return translate(
        "Quota",
        "Departments without all vacancies have no count of all their vacant dwellings in the "
        "period, so their share cannot be judged (nor their organisation's). Type the figure in "
        "the column All vacancies of the quota (Vacancies > Quota…), or ask the organisation "
        "to fill in the column “Ledige i alt” of its vacancy file (the template has it): Anvis "
        "reads it on import, for the month of the import.",
    )


def _own_right_keys(session: Session, day: dt.date) -> list[str]:
    """The schemes with their own allocation right on `day`: their dwellings are not the share."""
    schemes = settings.get(session, SCHEMES, day).schemes
    return [s.key for s in schemes if s.allocation == Allocation.OWN_RIGHT]


def _reported(
    session: Session,
    start: dt.date,
    end: dt.date,
    organisation_id: int | None,
    own_right: list[str],
) -> tuple[dict[int, tuple[int, int]], int]:
    """Per department: (dwellings reported under the share, of those kept); and how many were
    reported under a scheme with its own right."""
    in_share = Vacancy.scheme.not_in(own_right)  # an empty list: every dwelling
    shared = func.sum(case((in_share, 1), else_=0))
    kept = func.sum(case((in_share & Vacancy.status.in_(list(KEPT)), 1), else_=0))
    own = func.count(Vacancy.id) - shared
    query = (
        select(Vacancy.department_id, shared, kept, own)
        .join(Department, Vacancy.department_id == Department.id)
        .where(Vacancy.reported_on >= start, Vacancy.reported_on <= end)
        .group_by(Vacancy.department_id)
    )
    if organisation_id is not None:
        query = query.where(Department.organisation_id == organisation_id)
    found: dict[int, tuple[int, int]] = {}
    outside = 0
    for dept, n, k, o in session.execute(query):
        found[dept] = (int(n or 0), int(k or 0))
        outside += int(o or 0)
    return found, outside


def quota(
    ws: Workspace,
    period_start: dt.date,
    period_end: dt.date,
    *,
    organisation_id: int | None = None,
    only_active: bool = True,
) -> QuotaReport:
    """The quota of every department (with vacancies reported or counted in the period, or
    all active departments with `only_active`), and per organisation."""
    with ws.read() as session:
        return quota_in(
            session,
            period_start,
            period_end,
            organisation_id=organisation_id,
            only_active=only_active,
        )


def _department_line(
    row: tuple[int, str, str, int, str, str],
    status: colours.ColourStatus | None,
    total: PeriodTotal,
    reported: tuple[int, int],
) -> QuotaLine:
    dept_id, dept_no, dept_name, org_id, org_no, org_name = row
    share = None if status is None or not status.placed else status.share_percent
    if share == 0:
        expected: float | None = 0.0  # nothing is to be handed over, whatever the total
    elif share is None or total.total is None:
        expected = None
    else:
        expected = total.total * share / 100.0
    needed = share is not None and share > 0
    return QuotaLine(
        org_id,
        org_no,
        org_name,
        dept_id,
        dept_no,
        dept_name,
        None if status is None else status.colour,
        share,
        reported[0],
        reported[1],
        total.total,
        expected,
        total.counted,
        total.exact,
        int(needed and total.total is None),
    )


def _organisation_line(group: list[QuotaLine]) -> QuotaLine:
    first = group[0]
    known = [g for g in group if g.total_vacancies is not None]
    total = sum(g.total_vacancies or 0 for g in known) if known else None
    expected_parts = [g.expected for g in group if g.expected is not None]
    expected = sum(expected_parts) if expected_parts else None
    share = None if not total or expected is None else 100.0 * expected / total
    return QuotaLine(
        first.organisation_id,
        first.organisation_number,
        first.organisation_name,
        None,
        None,
        None,
        None,
        share,
        sum(g.reported for g in group),
        sum(g.kept for g in group),
        total,
        expected,
        lacking=sum(g.lacking for g in group),
    )


def quota_in(
    session: Session,
    period_start: dt.date,
    period_end: dt.date,
    *,
    organisation_id: int | None = None,
    only_active: bool = True,
) -> QuotaReport:
    period = (period_start, period_end)
    reported, own_right = _reported(
        session, period_start, period_end, organisation_id, _own_right_keys(session, period_end)
    )
    counts = stored_counts(session, period, organisation_id)
    query = select(
        Department.id,
        Department.number,
        Department.name,
        Organisation.id,
        Organisation.number,
        Organisation.name,
    ).join(Organisation, Department.organisation_id == Organisation.id)
    if organisation_id is not None:
        query = query.where(Department.organisation_id == organisation_id)
    if only_active:
        query = query.where(Department.active.is_(True))
    departments = sorted(
        session.execute(query).all(), key=lambda r: (natural_key(r[4]), natural_key(r[1]))
    )
    statuses = colours.colour_statuses(session, [r[0] for r in departments], period_end)
    lines: list[QuotaLine] = []
    by_org: dict[int, list[QuotaLine]] = {}
    for row in departments:
        line = _department_line(
            row,
            statuses.get(row[0]),
            total_of(counts.get(row[0], ()), period),
            reported.get(row[0], (0, 0)),
        )
        lines.append(line)
        by_org.setdefault(line.organisation_id, []).append(line)
    org_lines = [_organisation_line(group) for group in by_org.values()]
    return QuotaReport(period_start, period_end, tuple(lines), tuple(org_lines), own_right)
