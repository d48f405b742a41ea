"""The matching rules' parameters: dated settings the desk can change.

- `RANKING`: the order of the ranking criteria (urgency, waiting time, fit) and the weights of
  the fit score;
- `OCCUPANCY_NORM`: how many people a dwelling of a size may hold (and how many rooms too many);
- `AGE_SEPARATION`: the age band of young applicants and the groups kept apart by age;
- `BENEFIT_GROUPS`: which benefit names count as which kind of benefit for the legal blocks,
  old and new names together, so a 6-month count runs across the benefit reform of 1 July 2025
  (uddannelseshjælp, selvforsørgelses- og hjemrejseydelse and overgangsydelse became
  kontanthjælp with a mindstesats);
- `LEGAL_BLOCKS`: the periods of ABL § 59 stk. 6-7 and the EU/EEA/Swiss citizenships.

`RuleSettings` holds the five as in force on a day (`rule_settings`); what reads them with more
(the settings page, the judgement of a day's dwellings) extends it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from desktop.core import settings
from desktop.core.settings import Spec

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

GROUP = "matching"


class Criterion(StrEnum):
    """A ranking criterion; the ranking compares candidates by each in the configured order."""

    URGENCY = "urgency"
    WAITING_TIME = "waiting_time"
    FIT = "fit"


DEFAULT_ORDER = (Criterion.URGENCY, Criterion.WAITING_TIME, Criterion.FIT)


@dataclass(frozen=True)
class Ranking:
    """The order of the criteria and the weights (points) of the fit score's parts."""

    order: tuple[Criterion, ...] = DEFAULT_ORDER
    area_points: float = 40.0  # the dwelling lies in an area the applicant wished for
    rooms_points: float = 30.0  # as many rooms as the applicant's minimum
    rent_points: float = 30.0  # the monthly total leaves room in the applicant's budget
    rent_comfort_share: float = 0.8  # at or below this share of the budget: all rent points

    def __post_init__(self) -> None:
        order = tuple(Criterion(c) for c in self.order)
        missing = [c for c in DEFAULT_ORDER if c not in order]
        object.__setattr__(self, "order", tuple(dict.fromkeys(order + tuple(missing))))

    @property
    def max_fit(self) -> float:
        return self.area_points + self.rooms_points + self.rent_points

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ranking:
        default = cls()
        return cls(
            order=tuple(Criterion(c) for c in data.get("order", default.order)),
            area_points=float(data.get("area_points", default.area_points)),
            rooms_points=float(data.get("rooms_points", default.rooms_points)),
            rent_points=float(data.get("rent_points", default.rent_points)),
            rent_comfort_share=float(data.get("rent_comfort_share", default.rent_comfort_share)),
        )


RANKING = settings.declare(
    Spec("matching_ranking", Ranking(), Ranking.from_json, settings.to_json, "Ranking", GROUP)
)


@dataclass(frozen=True)
class OccupancyNorm:
    """A household of n persons fits a dwelling of r rooms when n <= r x persons_per_room and
    r <= n + extra_rooms (the usual norm: at most two per room, at most one room more than
    persons)."""

    persons_per_room: float = 2.0
    extra_rooms: float = 1.0

    def fits(self, persons: int, rooms: float) -> bool:
        return persons <= rooms * self.persons_per_room and rooms <= persons + self.extra_rooms

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OccupancyNorm:
        names = {f.name for f in fields(cls)}
        return cls(**{k: float(v) for k, v in data.items() if k in names})


OCCUPANCY_NORM = settings.declare(
    Spec(
        "matching_occupancy_norm",
        OccupancyNorm(),
        OccupancyNorm.from_json,
        settings.to_json,
        "Occupancy norm",
        GROUP,
    )
)


@dataclass(frozen=True)
class AgeSeparation:
    """Young homeless people are kept apart from older homeless people.

    Applicants of a target group marked young, or of one of `groups`, are separated by age:
    from `young_from` to `young_to` years (both included) only to youth dwellings or departments
    marked suitable for young people; older ones not to youth dwellings.
    """

    young_from: int = 18
    young_to: int = 29
    groups: tuple[str, ...] = ("housing_first",)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgeSeparation:
        default = cls()
        return cls(
            young_from=int(data.get("young_from", default.young_from)),
            young_to=int(data.get("young_to", default.young_to)),
            groups=tuple(str(g) for g in data.get("groups", default.groups)),
        )


AGE_SEPARATION = settings.declare(
    Spec(
        "matching_age_separation",
        AgeSeparation(),
        AgeSeparation.from_json,
        settings.to_json,
        "Age separation",
        GROUP,
    )
)


class BenefitKind(StrEnum):
    """The kinds of benefit the legal blocks name."""

    CASH = "cash"  # § 59 stk. 6 nr. 5: kontanthjælp-type benefits, 6 consecutive months
    EARLY_PENSION = "early_pension"  # nr. 6: førtidspension (receiving it is enough)
    INSURANCE = "insurance"  # nr. 7: dagpenge, sygedagpenge, ressourceforløbsydelse, 6 months
    LOWEST = "lowest"  # § 59 stk. 7: the lowest benefits, 6 consecutive months


def normalise_benefit(name: str | None) -> str:
    """A benefit name as compared: case folded, spaces and dashes tidied."""
    if not name:
        return ""
    text = name.casefold().replace("–", "-").replace("—", "-")
    return " ".join(text.split())


@dataclass(frozen=True)
class BenefitGroup:
    kind: BenefitKind
    names: tuple[str, ...]


@dataclass(frozen=True)
class BenefitRename:
    """A benefit renamed by law: periods under the old and new name form one run."""

    old: str
    new: str
    on: dt.date


def _default_groups() -> tuple[BenefitGroup, ...]:
    return (
        BenefitGroup(
            BenefitKind.CASH,
            (
                "kontanthjælp",
                "uddannelseshjælp",
                "integrationsydelse",
                "selvforsørgelses- og hjemrejseydelse",
                "overgangsydelse",
                "kontanthjælp (mindstesats)",
                "kontanthjælp (grundsats)",
                "kontanthjælp (forhøjet sats)",
                "kontanthjælp (hjemmeboende)",
            ),
        ),
        BenefitGroup(BenefitKind.EARLY_PENSION, ("førtidspension",)),
        BenefitGroup(
            BenefitKind.INSURANCE,
            (
                "dagpenge",
                "arbejdsløshedsdagpenge",
                "sygedagpenge",
                "ressourceforløbsydelse",
            ),
        ),
        BenefitGroup(
            BenefitKind.LOWEST,
            (
                "selvforsørgelses- og hjemrejseydelse",
                "overgangsydelse",
                "integrationsydelse",
                "kontanthjælp (mindstesats)",
            ),
        ),
    )


REFORM_2025 = dt.date(2025, 7, 1)


def _default_renames() -> tuple[BenefitRename, ...]:
    return (
        BenefitRename("uddannelseshjælp", "kontanthjælp", REFORM_2025),
        BenefitRename(
            "selvforsørgelses- og hjemrejseydelse", "kontanthjælp (mindstesats)", REFORM_2025
        ),
        BenefitRename("overgangsydelse", "kontanthjælp (mindstesats)", REFORM_2025),
    )


@dataclass(frozen=True)
class BenefitGroups:
    """Benefit names per kind, and the renames whose old and new names count as one benefit.

    A fact's benefit name is looked up case-insensitively. A name in no group never blocks.
    """

    groups: tuple[BenefitGroup, ...] = field(default_factory=_default_groups)
    renames: tuple[BenefitRename, ...] = field(default_factory=_default_renames)

    def names_of(self, kind: BenefitKind) -> frozenset[str]:
        return self.by_kind[kind]

    @cached_property
    def by_kind(self) -> dict[BenefitKind, frozenset[str]]:
        """Each kind's names, normalised (kept: every dwelling judged on a day asks them of
        the day's one BenefitGroups)."""
        found = {}
        for kind in BenefitKind:
            names = {normalise_benefit(n) for g in self.groups if g.kind == kind for n in g.names}
            # a rename keeps the run going: the other name of a pair counts wherever one does
            for rename in self.renames:
                old, new = normalise_benefit(rename.old), normalise_benefit(rename.new)
                if old in names or new in names:
                    names.update((old, new))
            found[kind] = frozenset(names)
        return found

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BenefitGroups:
        default = cls()
        groups = tuple(
            BenefitGroup(BenefitKind(g["kind"]), tuple(str(n) for n in g["names"]))
            for g in data.get("groups", ())
        )
        renames = tuple(
            BenefitRename(str(r["old"]), str(r["new"]), dt.date.fromisoformat(str(r["on"])))
            for r in data.get("renames", ())
        )
        return cls(
            groups=groups if "groups" in data else default.groups,
            renames=renames if "renames" in data else default.renames,
        )


def _benefit_groups_json(value: BenefitGroups) -> Any:
    return {
        "groups": [{"kind": g.kind.value, "names": list(g.names)} for g in value.groups],
        "renames": [{"old": r.old, "new": r.new, "on": r.on.isoformat()} for r in value.renames],
    }


BENEFIT_GROUPS = settings.declare(
    Spec(
        "matching_benefit_groups",
        BenefitGroups(),
        BenefitGroups.from_json,
        _benefit_groups_json,
        "Benefit names for the legal blocks",
        GROUP,
    )
)

# EU member states, the other EEA states (Iceland, Liechtenstein, Norway) and Switzerland.
EU_EEA_CH = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
        "IS",
        "LI",
        "NO",
        "CH",
    }
)


@dataclass(frozen=True)
class LegalBlocks:
    """The periods and lists of ABL § 59 stk. 6 and 7."""

    release_months: int = 6  # nr. 1: released from prison within this many months
    adult_age: int = 18  # nr. 2: under this age and released after a sentence
    termination_months: int = 6  # nr. 3: tenancy terminated for gross misconduct
    benefit_months: int = 6  # nr. 5, 7 and stk. 7: consecutive whole calendar months
    benefit_must_be_current: bool = True  # the run must still go on on the decision day
    free_movement: tuple[str, ...] = tuple(
        sorted(EU_EEA_CH)
    )  # nr. 4: citizenships that never block

    @cached_property
    def free_movement_codes(self) -> frozenset[str]:
        """`free_movement` as a set of upper-case codes (kept: asked for every dwelling)."""
        return frozenset(code.upper() for code in self.free_movement)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LegalBlocks:
        default = cls()
        return cls(
            release_months=int(data.get("release_months", default.release_months)),
            adult_age=int(data.get("adult_age", default.adult_age)),
            termination_months=int(data.get("termination_months", default.termination_months)),
            benefit_months=int(data.get("benefit_months", default.benefit_months)),
            benefit_must_be_current=bool(
                data.get("benefit_must_be_current", default.benefit_must_be_current)
            ),
            free_movement=tuple(
                str(c).upper() for c in data.get("free_movement", default.free_movement)
            ),
        )


LEGAL_BLOCKS = settings.declare(
    Spec(
        "matching_legal_blocks",
        LegalBlocks(),
        LegalBlocks.from_json,
        settings.to_json,
        "Legal blocks (ABL § 59 stk. 6-7)",
        GROUP,
    )
)


@dataclass(frozen=True)
class RuleSettings:
    """The settings the rules and the ranking read, as in force on one day."""

    ranking: Ranking
    occupancy: OccupancyNorm
    age: AgeSeparation
    legal: LegalBlocks
    benefits: BenefitGroups


# The setting behind each field of `RuleSettings`.
RULE_SPECS: dict[str, Spec[Any]] = {
    "ranking": RANKING,
    "occupancy": OCCUPANCY_NORM,
    "age": AGE_SEPARATION,
    "legal": LEGAL_BLOCKS,
    "benefits": BENEFIT_GROUPS,
}


def rule_settings(session: Session, day: dt.date) -> dict[str, Any]:
    """The fields of `RuleSettings` in force on `day`, for it or a dataclass extending it."""
    return {name: settings.get(session, spec, day) for name, spec in RULE_SPECS.items()}
