"""The changes of a what-if written as KEY=VALUE (the command line, and the report's lines):

    share.green=30                 green's share to report, percent (share.yellow, share.red)
    colour.145/07=red              department 07 of organisation 145 red for the whole period
    ceiling.family.2=5600          the rent ceiling of family dwellings of up to 2 rooms
    occupancy.persons_per_room=2.5 the occupancy norm (and occupancy.extra_rooms)

Colours are written green, yellow, red or grøn, gul, rød; numbers with a decimal point or comma.
The ceilings' keys are the bands of the rent ceilings in force in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.enums import Colour, DwellingType
from desktop.core import formats, settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.registry.departments import department_ref, find_department
from desktop.core.registry.names import colour_name
from desktop.core.settings import RENT_CEILINGS
from desktop.core.whatif.changes import Band, Changes, DepartmentColour, rooms_text, validate
from desktop.core.workspace import Workspace

SHARE = "share"
COLOUR = "colour"
CEILING = "ceiling"
OCCUPANCY = "occupancy"
NORM_FIELDS = ("persons_per_room", "extra_rooms")
_COLOUR_WORDS = {
    **{c.value: c for c in Colour},
    "grøn": Colour.GREEN,
    "gul": Colour.YELLOW,
    "rød": Colour.RED,
}


class UnknownChange(ValidationError):
    """A key that names nothing a what-if can change (the command line exits 2)."""


@dataclass(frozen=True)
class Known:
    """The keys a what-if of a period takes."""

    bands: tuple[Band, ...]  # the rent ceilings' bands in force in the period

    def keys(self) -> list[str]:
        return [
            *(f"{SHARE}.{c.value}" for c in Colour),
            f"{COLOUR}.<org>/<afd>",
            *(_band_key(b) for b in self.bands),
            *(f"{OCCUPANCY}.{name}" for name in NORM_FIELDS),
        ]


def known(session: Session, start: dt.date, end: dt.date) -> Known:
    """The ceilings' bands of every version in force in the period."""
    versions = [settings.get(session, RENT_CEILINGS, start)]
    versions += [
        v.value for v in settings.history(session, RENT_CEILINGS) if start < v.valid_from <= end
    ]
    bands = {Band(c.dwelling_type, c.max_rooms) for v in versions for c in v.ceilings}
    order = {kind: index for index, kind in enumerate(DwellingType)}
    return Known(tuple(sorted(bands, key=lambda b: (order[b.dwelling_type], b.max_rooms))))


def _band_key(band: Band) -> str:
    return f"{CEILING}.{band.dwelling_type.value}.{rooms_text(band.max_rooms)}"


def parse_changes(
    ws: Workspace, start: dt.date, end: dt.date, assignments: Sequence[str]
) -> Changes:
    """The changes `KEY=VALUE ...` for a what-if of the period; an unknown key raises
    `UnknownChange` listing the known keys, a bad value a `ValidationError`."""
    with ws.read() as session:
        return parse_in(session, known(session, start, end), assignments)


def parse_in(session: Session, keys: Known, assignments: Iterable[str]) -> Changes:
    shares: dict[Colour, float] = {}
    departments: dict[int, DepartmentColour] = {}
    ceilings: dict[Band, float] = {}
    norm: dict[str, float] = {}
    bands = {_band_key(b): b for b in keys.bands}
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not value:
            raise ValidationError(
                translate(
                    "WhatIf", "Write each change as KEY=VALUE, e.g. share.green=30: {text}"
                ).format(text=assignment)
            )
        kind, _dot, rest = key.partition(".")
        if kind == SHARE and rest in {c.value for c in Colour}:
            shares[Colour(rest)] = _number(key, value)
        elif kind == COLOUR and rest:
            found = _department(session, key, rest)
            departments[found.department_id] = DepartmentColour(
                found.department_id, found.label, _colour(key, value)
            )
        elif kind == CEILING and key in bands:
            ceilings[bands[key]] = _number(key, value)
        elif kind == OCCUPANCY and rest in NORM_FIELDS:
            norm[rest] = _number(key, value)
        else:
            raise UnknownChange(
                translate("WhatIf", "Unknown change: {key}. The known keys are: {keys}.").format(
                    key=key, keys=", ".join(keys.keys())
                )
            )
    changes = Changes(
        shares=shares,
        departments=tuple(departments.values()),
        ceilings=ceilings,
        persons_per_room=norm.get("persons_per_room"),
        extra_rooms=norm.get("extra_rooms"),
    )
    validate(changes)
    return changes


def _number(key: str, value: str) -> float:
    text = value.replace("%", "").replace("kr.", "").replace(" ", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValidationError(
            translate("WhatIf", "{key} takes a number, not {value}.").format(key=key, value=value),
            {key: translate("WhatIf", "Not a number.")},
        ) from None


def _colour(key: str, value: str) -> Colour:
    colour = _COLOUR_WORDS.get(value.strip().casefold())
    if colour is None:
        raise ValidationError(
            translate("WhatIf", "{key} takes a colour (green, yellow or red), not {value}.").format(
                key=key, value=value
            ),
            {key: translate("WhatIf", "Not a colour.")},
        )
    return colour


@dataclass(frozen=True)
class _Found:
    department_id: int
    label: str


def _department(session: Session, key: str, written: str) -> _Found:
    organisation, sep, number = written.partition("/")
    department = find_department(session, organisation, number) if sep and number else None
    if department is None:
        raise ValidationError(
            translate(
                "WhatIf",
                "{key}: there is no such department. Write the organisation's and the "
                "department's number, e.g. colour.145/07.",
            ).format(key=key),
            {key: translate("WhatIf", "No such department.")},
        )
    ref = department_ref(session, department.id)
    assert ref is not None
    return _Found(department.id, department_label(ref.organisation_number, ref.number, ref.name))


def department_label(organisation: str, number: str, name: str) -> str:
    """ "145/07 Kildeparken": as the quota names a department."""
    return f"{organisation}/{number} {name}"


def change_lines(changes: Changes) -> list[dict[str, str]]:
    """Each change as its key, value and a line for people (the report, the JSON)."""
    lines: list[dict[str, str]] = []
    for colour, share in sorted(
        changes.shares.items(), key=lambda item: list(Colour).index(item[0])
    ):
        lines.append(
            _line(
                f"{SHARE}.{colour.value}",
                _plain(share),
                translate("WhatIf", "Share to report for {colour}: {share} %").format(
                    colour=colour_name(colour), share=_plain(share)
                ),
            )
        )
    for department in changes.departments:
        lines.append(
            _line(
                f"{COLOUR}.{department.label.split(' ', 1)[0]}",
                department.colour.value,
                translate("WhatIf", "{department} is {colour} in the whole period").format(
                    department=department.label, colour=colour_name(department.colour)
                ),
            )
        )
    for band, ceiling in changes.ceilings.items():
        lines.append(
            _line(
                _band_key(band),
                _plain(ceiling),
                formats.plural(
                    band.max_rooms,
                    translate("WhatIf", "Rent ceiling, {kind} up to {n} room: {ceiling} kr."),
                    translate("WhatIf", "Rent ceiling, {kind} up to {n} rooms: {ceiling} kr."),
                    written=formats.rooms(band.max_rooms),
                ).format(kind=_kind_label(band.dwelling_type), ceiling=_plain(ceiling)),
            )
        )
    if changes.persons_per_room is not None:
        lines.append(
            _line(
                f"{OCCUPANCY}.persons_per_room",
                _plain(changes.persons_per_room),
                formats.plural(
                    changes.persons_per_room,
                    translate("WhatIf", "Occupancy norm: at most {n} person a room"),
                    translate("WhatIf", "Occupancy norm: at most {n} persons a room"),
                    written=_plain(changes.persons_per_room),
                ),
            )
        )
    if changes.extra_rooms is not None:
        lines.append(
            _line(
                f"{OCCUPANCY}.extra_rooms",
                _plain(changes.extra_rooms),
                formats.plural(
                    changes.extra_rooms,
                    translate("WhatIf", "Occupancy norm: at most {n} room more than persons"),
                    translate("WhatIf", "Occupancy norm: at most {n} rooms more than persons"),
                    written=_plain(changes.extra_rooms),
                ),
            )
        )
    return lines


def _line(key: str, value: str, text: str) -> dict[str, str]:
    return {"key": key, "value": value, "text": text}


def _plain(value: float) -> str:
    return rooms_text(value)


def _kind_label(kind: DwellingType) -> str:
    from desktop.core.intake.rules import dwelling_type_label  # noqa: PLC0415

    return dwelling_type_label(kind).lower()
