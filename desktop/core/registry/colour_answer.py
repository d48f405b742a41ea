"""What a department's colour allows on a day, in plain sentences: `anvis colour` and the
register's detail panel. Kept apart from the panel's reads, so a one-shot command loads only
this (bench/startup.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core import colours, formats
from desktop.core.colours import ColourStatus
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.registry.departments import DepartmentRef, department_ref
from desktop.core.registry.names import colour_name, flexible_name, list_name
from desktop.core.workspace import Workspace


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
