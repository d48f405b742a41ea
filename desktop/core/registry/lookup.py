"""One department at a glance: colour on a day, what it allows in plain words, lists, history,
vacancies and quota; and the colour answer of `anvis colour`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from db.enums import Colour, FlexibleLetting, VacancyStatus
from db.models import Department, Vacancy
from desktop.core import colours, formats
from desktop.core.colours import ColourStatus, PlacementView
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.intake.quota import quota_in
from desktop.core.registry import address_ranges, placements
from desktop.core.registry.departments import DepartmentRef, department_ref
from desktop.core.registry.house_numbers import describe
from desktop.core.registry.monitoring import colour_name, list_name
from desktop.core.workspace import Workspace


def flexible_name(form: FlexibleLetting) -> str:
    return {
        FlexibleLetting.NONE: translate("Colours", "none"),
        FlexibleLetting.AGREED: translate("Colours", "agreed"),
        FlexibleLetting.MANDATORY: translate("Colours", "mandatory"),
    }[form]


def allowances(status: ColourStatus) -> list[str]:
    """What the colour allows, in plain sentences for the desk."""
    if status.colour is None:
        return [
            translate(
                "Colours",
                "The department has no placement on this day: dwellings cannot be checked "
                "and no one can be placed until it gets a colour.",
            )
        ]
    lines = []
    if status.may_report:
        lines.append(
            translate(
                "Colours",
                "The organisation may report vacant dwellings to the desk ({share} of its "
                "vacancies).",
            ).format(share=formats.percent(status.share_percent, 0))
        )
    else:
        lines.append(
            translate(
                "Colours",
                "The organisation may not report dwellings: a reported dwelling is returned.",
            )
        )
    if status.may_place and status.blocks_strong_area_applicants:
        lines.append(
            translate(
                "Colours",
                "The desk may place citizens here, except applicants who need a strong area.",
            )
        )
    elif status.may_place:
        lines.append(translate("Colours", "The desk may place citizens here."))
    else:
        lines.append(translate("Colours", "The desk may not place citizens here."))
    rule = status.rule
    if rule is not None:
        forms = ", ".join(flexible_name(f) for f in rule.flexible_letting)
        lines.append(
            translate("Colours", "Flexible letting allowed for this colour: {forms}.").format(
                forms=forms or translate("Colours", "none")
            )
        )
    if status.flexible_letting is not None and not status.flexible_letting_allowed:
        lines.append(
            translate(
                "Colours",
                "Note: the department's flexible letting ({form}) is not one this colour allows.",
            ).format(form=flexible_name(status.flexible_letting))
        )
    if status.disadvantaged:
        lines.append(
            translate(
                "Colours",
                "Udsat boligområde: the legal blocks of ABL § 59 stk. 6 apply, and refugees "
                "may not be placed here.",
            )
        )
    elif status.prevention:
        lines.append(
            translate("Colours", "Forebyggelsesområde: the legal blocks of ABL § 59 stk. 7 apply.")
        )
    return lines


# --- `anvis colour` -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DepartmentColour:
    department: DepartmentRef
    status: ColourStatus

    def as_json(self) -> dict[str, Any]:
        status = self.status
        placement = status.placement
        return {
            "organisation": self.department.organisation_number,
            "organisation_name": self.department.organisation_name,
            "department": self.department.number,
            "department_name": self.department.name,
            "date": status.day.isoformat(),
            "colour": None if status.colour is None else status.colour.value,
            "flexible_letting": None
            if status.flexible_letting is None
            else status.flexible_letting.value,
            "lists": sorted(kind.value for kind in status.lists.kinds),
            "may_report": status.may_report,
            "may_place": status.may_place,
            "share": status.share_percent,
            "valid_from": None if placement is None else placement.valid_from.isoformat(),
            "valid_to": None
            if placement is None or placement.valid_to is None
            else placement.valid_to.isoformat(),
        }

    def as_text(self) -> str:
        status = self.status
        placement = status.placement
        lists = ", ".join(list_name(k) for k in sorted(status.lists.kinds)) or translate(
            "Colours", "none"
        )
        head = translate("Colours", "{department} on {date}: {colour}").format(
            department=self.department.label,
            date=formats.date(status.day),
            colour=translate("Colours", "no placement")
            if status.colour is None
            else colour_name(status.colour),
        )
        lines = [head]
        if placement is not None:
            lines.append(
                translate("Colours", "Placed from {start}; flexible letting: {form}").format(
                    start=formats.date(placement.valid_from),
                    form=flexible_name(placement.flexible_letting),
                )
            )
        lines.append(translate("Colours", "Ministry lists: {lists}").format(lists=lists))
        lines.extend(allowances(status))
        return "\n".join(lines)


def unknown_department(ws: Workspace, organisation: object, department: object) -> NotFound:
    """NotFound naming the closest departments (the "did you mean" of an unknown number)."""
    with ws.read() as session:
        near = colours.closest_departments(session, organisation, department)
    message = translate(
        "Colours", "There is no department {department} in organisation {organisation}."
    ).format(department=department, organisation=organisation)
    if near:
        message += " " + translate("Colours", "Did you mean: {names}?").format(
            names="; ".join(ref.label for ref in near)
        )
    return NotFound(message)


def colour_of(
    ws: Workspace, organisation: object, department: object, day: dt.date | None = None
) -> DepartmentColour:
    on = day or ws.today()
    with ws.read() as session:
        found = colours.find_department(session, organisation, department)
        if found is not None:
            ref = department_ref(session, found.id)
            assert ref is not None
            return DepartmentColour(ref, colours.colour_status(session, found.id, on))
    raise unknown_department(ws, organisation, department)


# --- the detail panel of the lookup page -------------------------------------------------------


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
    "DepartmentColour",
    "DepartmentDetail",
    "VacancyLine",
    "allowances",
    "colour_of",
    "detail",
    "flexible_name",
    "unknown_department",
]
