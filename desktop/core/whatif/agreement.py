"""The agreement in force on a day, as a what-if's form starts from it, and the changes a form's
values make of it: a value the same as the one in force is no change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from db.enums import Colour, DwellingType
from db.models import Department, Organisation
from desktop.core import settings
from desktop.core.colours import colour_statuses
from desktop.core.i18n import translate
from desktop.core.intake.rules import dwelling_type_label
from desktop.core.matching.settings import OCCUPANCY_NORM
from desktop.core.registry.numbers import natural_key
from desktop.core.settings import COLOUR_POLICY, RENT_CEILINGS
from desktop.core.whatif.changes import Band, Changes, DepartmentColour, rooms_text, validate
from desktop.core.whatif.keys import department_label
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class Ceiling:
    band: Band
    label: str  # "Family dwelling up to 2 rooms"
    ceiling: float


@dataclass(frozen=True)
class DepartmentChoice:
    department_id: int
    label: str  # "145/07 Kildeparken"
    colour: Colour | None  # on the day; None: not placed


@dataclass(frozen=True)
class Agreement:
    day: dt.date
    shares: Mapping[Colour, float]
    ceilings: tuple[Ceiling, ...]
    persons_per_room: float
    extra_rooms: float
    departments: tuple[DepartmentChoice, ...]

    def department(self, department_id: int) -> DepartmentChoice | None:
        return next((d for d in self.departments if d.department_id == department_id), None)


def band_label(band: Band) -> str:
    return translate("WhatIf", "{kind} up to {rooms} rooms").format(
        kind=dwelling_type_label(band.dwelling_type), rooms=rooms_text(band.max_rooms)
    )


def agreement_on(ws: Workspace, day: dt.date) -> Agreement:
    """The shares, rent ceilings, occupancy norm and the departments' colours on `day`."""
    with ws.read() as session:
        policy = settings.get(session, COLOUR_POLICY, day)
        ceilings = settings.get(session, RENT_CEILINGS, day)
        norm = settings.get(session, OCCUPANCY_NORM, day)
        rows = session.execute(
            select(Department.id, Organisation.number, Department.number, Department.name)
            .join(Organisation, Department.organisation_id == Organisation.id)
            .where(Department.active.is_(True))
        ).all()
        statuses = colour_statuses(session, [row[0] for row in rows], day)
    order = {kind: index for index, kind in enumerate(DwellingType)}
    bands = sorted(ceilings.ceilings, key=lambda c: (order[c.dwelling_type], c.max_rooms))
    departments = sorted(rows, key=lambda r: (natural_key(r[1]), natural_key(r[2])))
    return Agreement(
        day=day,
        shares={colour: policy.rule(colour).share_percent for colour in Colour},
        ceilings=tuple(
            Ceiling(band, band_label(band), float(c.ceiling))
            for c in bands
            for band in (Band(c.dwelling_type, c.max_rooms),)
        ),
        persons_per_room=norm.persons_per_room,
        extra_rooms=norm.extra_rooms,
        departments=tuple(
            DepartmentChoice(
                dept_id,
                department_label(org, number, name),
                statuses[dept_id].colour if dept_id in statuses else None,
            )
            for dept_id, org, number, name in departments
        ),
    )


def changes_from(
    agreement: Agreement,
    *,
    shares: Mapping[Colour, float],
    ceilings: Mapping[Band, float],
    persons_per_room: float,
    extra_rooms: float,
    departments: Sequence[DepartmentColour] = (),
) -> Changes:
    """The changes a form's values make of `agreement` (validated)."""
    in_force = {c.band: c.ceiling for c in agreement.ceilings}
    changes = Changes(
        shares={c: v for c, v in shares.items() if v != agreement.shares.get(c)},
        departments=tuple(departments),
        ceilings={b: v for b, v in ceilings.items() if v != in_force.get(b)},
        persons_per_room=None
        if persons_per_room == agreement.persons_per_room
        else persons_per_room,
        extra_rooms=None if extra_rooms == agreement.extra_rooms else extra_rooms,
    )
    validate(changes)
    return changes
