"""The dwelling being matched, with everything the rules read about it on the decision day:
its own data, the department's colour and lists, and the settings in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from db.enums import Colour, DwellingType, ListKind
from desktop.core.matching.settings import (
    AgeSeparation,
    BenefitGroups,
    BenefitKind,
    LegalBlocks,
    OccupancyNorm,
    Ranking,
)
from desktop.core.schemes.settings import ORDINARY, Scheme, Schemes
from desktop.core.settings import TargetGroups

GROUND_FLOORS = frozenset({"st", "stuen", "0"})
# The department of a private landlord's dwelling, which lies in none: no applicant excludes it.
NO_DEPARTMENT = 0


@dataclass(frozen=True)
class VacancyContext:
    """One dwelling on one day. Tests build it directly; `load.vacancy_context` reads it."""

    day: dt.date
    vacancy_id: int = 0
    department_id: int = 0
    dwelling_type: DwellingType = DwellingType.FAMILY
    rooms: float | None = 2.0
    monthly_total: Decimal = Decimal(4000)
    floor: str | None = "1"
    elevator: bool | None = None
    pets_allowed: bool | None = None
    wheelchair_accessible: bool | None = None
    step_free: bool | None = None
    postcode: str | None = None
    city: str | None = None
    suitable_for_young: bool = False
    scheme_key: str = ORDINARY  # the housing scheme the dwelling belongs to
    landlord: bool = False  # a private landlord's: no department, colour or lists
    # the trappetrinsmodel on the day
    placed: bool = True
    colour: Colour | None = Colour.GREEN
    may_place: bool = True
    blocks_strong_area: bool = False
    lists: frozenset[ListKind] = frozenset()
    colour_snapshot: dict[str, Any] = field(default_factory=dict, compare=False)
    # the settings in force on the day
    target_groups: TargetGroups = field(default_factory=TargetGroups)
    ranking: Ranking = field(default_factory=Ranking)
    occupancy: OccupancyNorm = field(default_factory=OccupancyNorm)
    age: AgeSeparation = field(default_factory=AgeSeparation)
    benefits: BenefitGroups = field(default_factory=BenefitGroups)
    legal: LegalBlocks = field(default_factory=LegalBlocks)
    schemes: Schemes = field(default_factory=Schemes)
    # applicants with an open offer, when read once for many dwellings (None: read per dwelling)
    open_offer: frozenset[int] | None = field(default=None, compare=False, repr=False)

    # --- derived (those of the lists are kept: the rules' `applies` ask them of every dwelling) --

    @cached_property
    def disadvantaged(self) -> bool:
        """In an udsat boligområde (parallelsamfund and omdannelsesområder included)."""
        return any(kind.counts_as_disadvantaged for kind in self.lists)

    @cached_property
    def prevention(self) -> bool:
        """In a forebyggelsesområde."""
        return ListKind.PREVENTION in self.lists

    @cached_property
    def listed(self) -> bool:
        """A legal block may apply."""
        return self.disadvantaged or self.prevention

    @cached_property
    def scheme(self) -> Scheme:
        """The dwelling's housing scheme, as in force on the day."""
        return self.schemes.scheme_of(self.scheme_key)

    @property
    def needs_members(self) -> bool:
        """The household's dated facts are needed: a legal block may apply, or the scheme asks
        for a support measure or a dispensation."""
        return self.listed or bool(self.scheme.support_measures) or self.scheme.dispensation

    @cached_property
    def is_youth(self) -> bool:
        return self.dwelling_type == DwellingType.YOUTH

    @cached_property
    def takes_young(self) -> bool:
        """Young homeless applicants may be placed here: a youth dwelling, a department marked
        suitable for young people, or a dwelling of a scheme built for young people (startboliger,
        kollegieboliger for young mothers: one of its target groups is a young one)."""
        return (
            self.is_youth
            or self.suitable_for_young
            or not self.young_groups.isdisjoint(self.scheme.target_groups)
        )

    @property
    def ground_floor(self) -> bool:
        """Ground floor: "st", or a house (no floor)."""
        return self.floor is None or self.floor.strip().casefold().rstrip(".") in GROUND_FLOORS

    @property
    def step_free_access(self) -> bool:
        return bool(self.step_free) or bool(self.wheelchair_accessible)

    @property
    def young_groups(self) -> frozenset[str]:
        return self.target_groups.young_codes

    @cached_property
    def separated_groups(self) -> frozenset[str]:
        """Target groups kept apart by age (young-flagged groups and the configured ones)."""
        return self.young_groups | frozenset(self.age.groups)

    @property
    def refugee_groups(self) -> frozenset[str]:
        return self.target_groups.refugee_codes

    @property
    def benefit_names(self) -> dict[BenefitKind, frozenset[str]]:
        return self.benefits.by_kind

    @property
    def free_movement(self) -> frozenset[str]:
        return self.legal.free_movement_codes

    @cached_property
    def monthly_total_float(self) -> float:
        return float(self.monthly_total)

    @cached_property
    def area_keys(self) -> frozenset[str]:
        """What an applicant's wished areas are compared with: postcode and town."""
        keys = {k.strip().casefold() for k in (self.postcode, self.city) if k}
        return frozenset(keys)
