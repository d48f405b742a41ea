"""One department at a glance, the register's detail panel: colour on a day, what it allows in
plain words (`colour_answer`), lists, history, vacancies and quota."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.enums import Colour, VacancyStatus
from db.models import Department, Vacancy
from desktop.core import colours
from desktop.core.colours import ColourStatus, PlacementView
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.intake.quota import quota_in
from desktop.core.registry import address_ranges, placements
from desktop.core.registry.colour_answer import allowances
from desktop.core.registry.departments import DepartmentRef, department_ref
from desktop.core.registry.house_numbers import describe
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class VacancyLine:
    id: int
    address: str
    available_from: dt.date
    status: VacancyStatus
    monthly_total: float


@dataclass(frozen=True)
class DepartmentDetail:
    department: DepartmentRef
    version: int
    address: str | None  # as the master data has it
    postcode: str | None
    city: str | None
    housing_area: str | None
    dwellings: int | None
    suitable_for_young: bool
    active: bool
    notes: str | None
    status: ColourStatus
    allowances: tuple[str, ...]
    history: tuple[PlacementView, ...]  # newest first
    vacancies_by_status: dict[VacancyStatus, int]
    recent_vacancies: tuple[VacancyLine, ...]
    quota_period: tuple[dt.date, dt.date]
    quota_reported: int
    quota_total: int | None  # the department's vacancies in the period, if known
    quota_expected: float | None
    ranges: tuple[str, ...] = ()  # the house numbers it holds, a line per street


def _address(v: Vacancy) -> str:
    parts = [v.street, v.house_number or ""]
    text = " ".join(p for p in parts if p)
    extra = ", ".join(p for p in (v.floor, v.door) if p)
    return f"{text}, {extra}" if extra else text


def detail(ws: Workspace, department_id: int, day: dt.date | None = None) -> DepartmentDetail:
    on = day or ws.today()
    period = (dt.date(on.year, 1, 1), on)
    with ws.read() as session:
        row = session.get(Department, department_id)
        ref = department_ref(session, department_id)
        if row is None or ref is None:
            raise NotFound(translate("Registry", "The department no longer exists."))
        status = colours.colour_status(session, department_id, on)
        counts = {
            vacancy_status: int(n)
            for vacancy_status, n in session.execute(
                select(Vacancy.status, func.count())
                .where(Vacancy.department_id == department_id)
                .group_by(Vacancy.status)
            )
        }
        recent = tuple(
            VacancyLine(v.id, _address(v), v.available_from, v.status, float(v.monthly_total))
            for v in session.scalars(
                select(Vacancy)
                .where(Vacancy.department_id == department_id)
                .order_by(Vacancy.available_from.desc())
                .limit(20)
            )
        )
        report = quota_in(session, *period, organisation_id=row.organisation_id)
        line = next((q for q in report.departments if q.department_id == department_id), None)
        area = row.housing_area
        return DepartmentDetail(
            department=ref,
            version=row.version,
            address=row.address,
            postcode=row.postcode,
            city=row.city,
            housing_area=None if area is None else area.name,
            dwellings=row.dwellings_count,
            suitable_for_young=row.suitable_for_young,
            active=row.active,
            notes=row.notes,
            status=status,
            allowances=tuple(allowances(status)),
            history=tuple(placements.history(session, department_id)),
            vacancies_by_status=counts,
            recent_vacancies=recent,
            quota_period=period,
            quota_reported=0 if line is None else line.reported,
            quota_total=None if line is None else line.total_vacancies,
            quota_expected=None if line is None else line.expected,
            ranges=tuple(
                describe(
                    address_ranges.ranges_of(session, [department_id]).get(department_id, ()),
                    row.postcode,
                )
            ),
        )


__all__ = [
    "Colour",
    "DepartmentDetail",
    "VacancyLine",
    "detail",
]
