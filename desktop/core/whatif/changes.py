"""What a what-if changes in the joint agreement, and how the desk's own rules come to read it.

A change holds for the whole period replayed, whatever was in force on each day: a colour's
share to report, a department's colour, the rent ceiling of a dwelling type and size, the
occupancy norm. `applied(session, changes)` makes every rule that reads the settings or the
placements in that session (the intake check, the matching rules, the quota) read them changed:
no rule is copied here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from db.enums import Colour, DwellingType
from desktop.core import colours, settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.matching.settings import OCCUPANCY_NORM, OccupancyNorm
from desktop.core.settings import COLOUR_POLICY, RENT_CEILINGS, ColourPolicy, RentCeiling
from desktop.core.settings import RentCeilings as Ceilings

MAX_CEILING = 100_000.0  # kroner a month: anything above is a typing error
MAX_NORM = 10.0


@dataclass(frozen=True)
class Band:
    """A rent ceiling's size band: a dwelling type and the most rooms it covers."""

    dwelling_type: DwellingType
    max_rooms: float


@dataclass(frozen=True)
class DepartmentColour:
    """A department given a colour for the whole period."""

    department_id: int
    label: str  # "145/07 Kildeparken", as the report names it
    colour: Colour


@dataclass(frozen=True)
class Changes:
    """The what-if's changes; an empty one replays the period as it was."""

    shares: Mapping[Colour, float] = field(default_factory=dict)  # percent to report
    departments: tuple[DepartmentColour, ...] = ()
    ceilings: Mapping[Band, float] = field(default_factory=dict)  # kroner a month
    persons_per_room: float | None = None
    extra_rooms: float | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.shares
            or self.departments
            or self.ceilings
            or self.persons_per_room is not None
            or self.extra_rooms is not None
        )

    @property
    def colours(self) -> dict[int, Colour]:
        return {d.department_id: d.colour for d in self.departments}

    def adjust(self, spec: settings.Spec[Any], day: dt.date, value: Any) -> Any:
        """The setting `spec` in force on `day` as changed (see `settings.adjusted`)."""
        if spec is COLOUR_POLICY and self.shares:
            return _policy(value, self.shares)
        if spec is RENT_CEILINGS and self.ceilings:
            return _ceilings(value, self.ceilings)
        if spec is OCCUPANCY_NORM and (
            self.persons_per_room is not None or self.extra_rooms is not None
        ):
            norm: OccupancyNorm = value
            return OccupancyNorm(
                persons_per_room=norm.persons_per_room
                if self.persons_per_room is None
                else self.persons_per_room,
                extra_rooms=norm.extra_rooms if self.extra_rooms is None else self.extra_rooms,
            )
        return value


def _policy(policy: ColourPolicy, shares: Mapping[Colour, float]) -> ColourPolicy:
    changed = {
        colour.value: replace(policy.rule(colour), share_percent=shares[colour])
        for colour in shares
    }
    return replace(policy, **changed)


def _ceilings(ceilings: Ceilings, changed: Mapping[Band, float]) -> Ceilings:
    """The bands in force with the changed ceilings; a changed band not in force that day (the
    ceilings changed within the period) is added."""
    bands = []
    seen = set()
    for band in ceilings.ceilings:
        key = Band(band.dwelling_type, band.max_rooms)
        seen.add(key)
        bands.append(replace(band, ceiling=changed[key]) if key in changed else band)
    for key, ceiling in changed.items():
        if key not in seen:
            bands.append(RentCeiling(key.dwelling_type, key.max_rooms, ceiling))
    return Ceilings(tuple(bands))


@contextmanager
def applied(session: Session, changes: Changes) -> Iterator[None]:
    """Within the block every rule that reads `session` reads the changed agreement."""
    with ExitStack() as stack:
        if not changes.empty:
            stack.enter_context(settings.adjusted(session, changes.adjust))
            if changes.departments:
                stack.enter_context(colours.recoloured(session, changes.colours))
        yield


def validate(changes: Changes) -> None:
    """Refuse values no agreement could hold, one message per field."""
    problems: dict[str, str] = {}
    for colour, share in changes.shares.items():
        if not 0 <= share <= 100:
            problems[f"share.{colour.value}"] = translate(
                "WhatIf", "A share is a percentage from 0 to 100."
            )
    for band, ceiling in changes.ceilings.items():
        if not 0 < ceiling <= MAX_CEILING:
            problems[f"ceiling.{band.dwelling_type.value}.{rooms_text(band.max_rooms)}"] = (
                translate("WhatIf", "A rent ceiling is an amount above 0 kr. a month.")
            )
    if changes.persons_per_room is not None and not 0 < changes.persons_per_room <= MAX_NORM:
        problems["occupancy.persons_per_room"] = translate(
            "WhatIf", "Persons per room is a number above 0 and at most 10."
        )
    if changes.extra_rooms is not None and not 0 <= changes.extra_rooms <= MAX_NORM:
        problems["occupancy.extra_rooms"] = translate(
            "WhatIf", "Rooms more than persons is a number from 0 to 10."
        )
    if problems:
        raise ValidationError(" ".join(dict.fromkeys(problems.values())), problems)


def rooms_text(rooms: float) -> str:
    """A band's rooms as keys write them: "2", "1.5"."""
    return str(int(rooms)) if rooms == int(rooms) else str(rooms)
