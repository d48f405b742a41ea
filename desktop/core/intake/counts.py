"""The quota's denominator: all vacancies a department had in a period
(`DepartmentVacancyCount`), from a column of the vacancy file ("Ledige i alt") or a sheet of its
own. A count without dates is for the calendar month of the report date."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DepartmentVacancyCount
from desktop.core.intake.rules import VacancyDraft


class _Counted(Protocol):
    @property
    def draft(self) -> VacancyDraft: ...

    @property
    def department_id(self) -> int: ...


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def record_count(
    session: Session,
    department_id: int,
    period: tuple[dt.date, dt.date],
    total: int,
    batch_id: int | None,
) -> None:
    """Store (or replace) the department's count for exactly this period."""
    found = session.scalars(
        select(DepartmentVacancyCount).where(
            DepartmentVacancyCount.department_id == department_id,
            DepartmentVacancyCount.period_start == period[0],
            DepartmentVacancyCount.period_end == period[1],
        )
    ).first()
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


def record_from_rows(
    session: Session, items: Sequence[_Counted], report_date: dt.date, batch_id: int | None
) -> int:
    """The "all vacancies" column of imported rows: one count per department (the largest
    figure its rows give) for the month of the report date. Returns how many were stored."""
    totals: dict[int, int] = {}
    for item in items:
        total = item.draft.total_vacancies
        if total is not None:
            totals[item.department_id] = max(total, totals.get(item.department_id, 0))
    period = month_of(report_date)
    for department_id, total in totals.items():
        record_count(session, department_id, period, total, batch_id)
    if totals:
        session.flush()
    return len(totals)
