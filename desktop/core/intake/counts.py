"""The quota's denominator: all vacancies a department had in a period
(`DepartmentVacancyCount`), from a column of the vacancy file ("Ledige i alt"), typed by staff in
the quota dialog (`enter_total`), or both.

Counts are for whole calendar months: a count from a file is for the month of the report date,
and a typed count for the months of the period the dialog shows (`counting_period`: 21.11 is
counted with the whole of November, as the organisations count by month). Which counts make a
department's total for a period is decided in one place, `total_of`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Department, DepartmentVacancyCount
from desktop.core import locking
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake.rules import VacancyDraft
from desktop.core.workspace import Workspace

Period = tuple[dt.date, dt.date]  # first and last day, both included

MAX_TOTAL = 10_000  # more vacancies than any department has in years: a typing error


class _Counted(Protocol):
    """Drafts with their departments, a column each (`store.NewVacancies`)."""

    @property
    def drafts(self) -> Sequence[VacancyDraft]: ...

    @property
    def department_ids(self) -> Sequence[int | None]: ...


def month_of(day: dt.date) -> Period:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def counting_period(period: Period) -> Period:
    """The whole months a period touches: the vacancies of those months are its total."""
    return period[0].replace(day=1), month_of(period[1])[1]


@dataclass(frozen=True)
class StoredCount:
    """One stored count: what the quota reads and what an edit saves onto."""

    id: int
    department_id: int
    period: Period
    total: int
    version: int

    @property
    def days(self) -> int:
        return (self.period[1] - self.period[0]).days + 1


@dataclass(frozen=True)
class PeriodTotal:
    """A department's total vacancies in a period, as far as its counts tell."""

    total: int | None  # None: no count lies inside the period
    counted: tuple[Period, ...]  # the days the counts cover, adjacent periods joined
    exact: StoredCount | None  # the count stored for exactly these months (what staff edit)


def total_of(counts: Iterable[StoredCount], period: Period) -> PeriodTotal:
    """The counts (one department's) lying inside the whole months of `period` make its total:
    the widest first, and a count that overlaps one already taken is left out, as it would
    count the same vacancies twice (a total typed for the whole period wins over the monthly
    counts of the files inside it)."""
    period = counting_period(period)
    inside = [c for c in counts if period[0] <= c.period[0] and c.period[1] <= period[1]]
    inside.sort(key=lambda c: (-c.days, c.period[0], c.id))
    taken: list[StoredCount] = []
    for count in inside:
        if all(count.period[1] < t.period[0] or t.period[1] < count.period[0] for t in taken):
            taken.append(count)
    exact = next((c for c in inside if c.period == period), None)
    if not taken:
        return PeriodTotal(None, (), exact)
    counted = _joined(sorted(t.period for t in taken))
    return PeriodTotal(sum(t.total for t in taken), counted, exact)


def _joined(periods: Sequence[Period]) -> tuple[Period, ...]:
    joined: list[Period] = []
    for start, end in periods:
        if joined and joined[-1][1] + dt.timedelta(days=1) == start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return tuple(joined)


def stored_counts(
    session: Session, period: Period, organisation_id: int | None = None
) -> dict[int, list[StoredCount]]:
    """Every count lying inside the whole months of `period`, per department."""
    period = counting_period(period)
    query = select(DepartmentVacancyCount).where(
        DepartmentVacancyCount.period_start >= period[0],
        DepartmentVacancyCount.period_end <= period[1],
    )
    if organisation_id is not None:
        query = query.join(Department, DepartmentVacancyCount.department_id == Department.id)
        query = query.where(Department.organisation_id == organisation_id)
    found: dict[int, list[StoredCount]] = {}
    for row in session.scalars(query):
        found.setdefault(row.department_id, []).append(_stored(row))
    return found


def _stored(row: DepartmentVacancyCount) -> StoredCount:
    return StoredCount(
        row.id,
        row.department_id,
        (row.period_start, row.period_end),
        row.total_vacancies,
        row.version,
    )


def record_count(
    session: Session,
    department_id: int,
    period: Period,
    total: int,
    batch_id: int | None,
) -> None:
    """Store (or replace) the department's count for exactly this period."""
    found = _exact(session, department_id, period)
    if found is None:
        session.add(
            DepartmentVacancyCount(
                department_id=department_id,
                period_start=period[0],
                period_end=period[1],
                total_vacancies=total,
                import_batch_id=batch_id,
            )
        )
    else:
        found.total_vacancies = total
        found.import_batch_id = batch_id


def _exact(session: Session, department_id: int, period: Period) -> DepartmentVacancyCount | None:
    return session.scalars(
        select(DepartmentVacancyCount).where(
            DepartmentVacancyCount.department_id == department_id,
            DepartmentVacancyCount.period_start == period[0],
            DepartmentVacancyCount.period_end == period[1],
        )
    ).first()


def record_from_rows(
    session: Session, items: _Counted, report_date: dt.date, batch_id: int | None
) -> int:
    """The "all vacancies" column of imported rows: one count per department (the largest
    figure its rows give) for the month of the report date. Returns how many were stored."""
    totals: dict[int, int] = {}
    for draft, department_id in zip(items.drafts, items.department_ids, strict=True):
        total = draft.total_vacancies
        if total is not None and department_id is not None:  # a landlord's: no quota
            totals[department_id] = max(total, totals.get(department_id, 0))
    period = month_of(report_date)
    for department_id, total in totals.items():
        record_count(session, department_id, period, total, batch_id)
    if totals:
        session.flush()
    return len(totals)


def check_total(total: int | None, period: Period) -> None:
    """A typed total: a whole number from 0 to `MAX_TOTAL`, for a period that ends after it
    begins (`ValidationError` with the field "total_vacancies" or "period")."""
    if period[1] < period[0]:
        raise ValidationError(
            translate("Quota", "The period ends before it begins. Check the dates."),
            {"period": translate("Quota", "The last day must be on or after the first.")},
        )
    if total is not None and not 0 <= total <= MAX_TOTAL:
        message = translate(
            "Quota", "All vacancies must be a whole number from 0 to {high}."
        ).format(high=MAX_TOTAL)
        raise ValidationError(message, {"total_vacancies": message})


def enter_total(
    ws: Workspace,
    department_id: int,
    period: Period,
    total: int | None,
    *,
    seen: StoredCount | None,
) -> StoredCount | None:
    """Save the department's total vacancies for the whole months of `period`, as staff typed
    it; None removes it. `seen` is the count for that period the user was shown (None if there was
    none): when another workstation saved or removed it since, nothing is saved
    (`RecordConflict`, or `NotFound` when it was removed). Returns the count as stored now."""
    check_total(total, period)
    period = counting_period(period)
    mine = {"total_vacancies": total}
    if seen is None:
        return _enter_new(ws, department_id, period, total, mine)
    with locking.guard(ws, DepartmentVacancyCount, seen.id, mine), ws.write() as session:
        row = session.get(DepartmentVacancyCount, seen.id)
        if row is None:
            raise NotFound(
                translate(
                    "Quota",
                    "Someone else removed this figure after you opened the quota. Nothing was "
                    "saved; the list now shows the figures as they are stored.",
                )
            )
        locking.check(row, seen.version, mine)
        if total is None:
            session.delete(row)
            return None
        row.total_vacancies = total
        row.import_batch_id = None  # typed by staff now, no longer the file's figure
        session.flush()
        return _stored(row)


def _enter_new(
    ws: Workspace,
    department_id: int,
    period: Period,
    total: int | None,
    mine: dict[str, int | None],
) -> StoredCount | None:
    with ws.write() as session:
        found = _exact(session, department_id, period)
        if found is not None:  # another desk (or an import) stored one since the user looked
            raise locking.conflict_for(found, mine)
        if total is None:
            return None
        if session.get(Department, department_id) is None:
            raise NotFound(translate("Quota", "The department no longer exists."))
        row = DepartmentVacancyCount(
            department_id=department_id,
            period_start=period[0],
            period_end=period[1],
            total_vacancies=total,
        )
        session.add(row)
        session.flush()
        return _stored(row)
