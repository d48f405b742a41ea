"""The quota (anvisningsandel): per department and period, the dwellings reported to the desk
against the department's total vacancies and the agreed share; summed per organisation.

The denominator is `DepartmentVacancyCount` (from a column or a separate sheet of the
organisations' files, see `desktop.core.intake.counts`): the counts whose period lies inside the
asked period are added up. The share is the colour policy's share for the department's colour on
the period's last day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.enums import Colour, VacancyStatus
from db.models import Department, DepartmentVacancyCount, Organisation, Vacancy
from desktop.core import colours
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

    @property
    def reported_percent(self) -> float | None:
        """Reported as a share of all vacancies (None when the total is unknown or 0)."""
        if not self.total_vacancies:
            return None
        return 100.0 * self.reported / self.total_vacancies

    @property
    def shortfall(self) -> float | None:
        """How many more dwellings the share called for (0 when met; None if unknown)."""
        if self.expected is None:
            return None
        return max(0.0, self.expected - self.reported)

    @property
    def met(self) -> bool | None:
        if self.expected is None:
            return None
        return self.reported >= self.expected


@dataclass(frozen=True)
class QuotaReport:
    period_start: dt.date
    period_end: dt.date
    departments: tuple[QuotaLine, ...]
    organisations: tuple[QuotaLine, ...]


def _reported(
    session: Session, start: dt.date, end: dt.date, organisation_id: int | None
) -> dict[int, tuple[int, int]]:
    kept = func.sum(case((Vacancy.status.in_(list(KEPT)), 1), else_=0))
    query = (
        select(Vacancy.department_id, func.count(Vacancy.id), kept)
        .join(Department, Vacancy.department_id == Department.id)
        .where(Vacancy.reported_on >= start, Vacancy.reported_on <= end)
        .group_by(Vacancy.department_id)
    )
    if organisation_id is not None:
        query = query.where(Department.organisation_id == organisation_id)
    return {dept: (int(n), int(k or 0)) for dept, n, k in session.execute(query)}


def _totals(
    session: Session, start: dt.date, end: dt.date, organisation_id: int | None
) -> dict[int, int]:
    query = (
        select(
            DepartmentVacancyCount.department_id, func.sum(DepartmentVacancyCount.total_vacancies)
        )
        .join(Department, DepartmentVacancyCount.department_id == Department.id)
        .where(
            DepartmentVacancyCount.period_start >= start,
            DepartmentVacancyCount.period_end <= end,
        )
        .group_by(DepartmentVacancyCount.department_id)
    )
    if organisation_id is not None:
        query = query.where(Department.organisation_id == organisation_id)
    return {dept: int(total) for dept, total in session.execute(query)}


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


def quota_in(
    session: Session,
    period_start: dt.date,
    period_end: dt.date,
    *,
    organisation_id: int | None = None,
    only_active: bool = True,
) -> QuotaReport:
    reported = _reported(session, period_start, period_end, organisation_id)
    totals = _totals(session, period_start, period_end, organisation_id)
    query = (
        select(
            Department.id,
            Department.number,
            Department.name,
            Organisation.id,
            Organisation.number,
            Organisation.name,
        )
        .join(Organisation, Department.organisation_id == Organisation.id)
        .order_by(Organisation.number, Department.number)
    )
    if organisation_id is not None:
        query = query.where(Department.organisation_id == organisation_id)
    if only_active:
        query = query.where(Department.active.is_(True))
    departments = session.execute(query).all()
    statuses = colours.colour_statuses(session, [r[0] for r in departments], period_end)
    lines: list[QuotaLine] = []
    by_org: dict[int, list[QuotaLine]] = {}
    for dept_id, dept_no, dept_name, org_id, org_no, org_name in departments:
        status = statuses.get(dept_id)
        share = None if status is None or not status.placed else status.share_percent
        total = totals.get(dept_id)
        n, kept = reported.get(dept_id, (0, 0))
        expected = None if total is None or share is None else total * share / 100.0
        line = QuotaLine(
            org_id,
            org_no,
            org_name,
            dept_id,
            dept_no,
            dept_name,
            None if status is None else status.colour,
            share,
            n,
            kept,
            total,
            expected,
        )
        lines.append(line)
        by_org.setdefault(org_id, []).append(line)
    org_lines = []
    for group in by_org.values():
        first = group[0]
        known = [g for g in group if g.total_vacancies is not None]
        total = sum(g.total_vacancies or 0 for g in known) if known else None
        expected_parts = [g.expected for g in group if g.expected is not None]
        expected = sum(expected_parts) if expected_parts else None
        share = None if not total or expected is None else 100.0 * expected / total
        org_lines.append(
            QuotaLine(
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
            )
        )
    return QuotaReport(period_start, period_end, tuple(lines), tuple(org_lines))
