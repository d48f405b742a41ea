"""The housing schemes as a dated setting (`schemes`).

A scheme is one road to a home: the ordinary share of the non-profit organisations' dwellings
(the 25 % rule), skæve boliger, startboliger, udslusningsboliger, refugee dwellings with their own
allocation right, private landlords under the municipal allocation right, ... Each dwelling
belongs to one scheme (`Vacancy.scheme`, a key of this setting); matching applies the scheme's
extra rules (`desktop/core/matching/rules.py`).

The default is Aalborg's schemes, the case the desk is modelled on. Names are the desk's own
words (user data, like the target groups' labels): they are not translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from db.models import vacancies
from desktop.core import settings
from desktop.core.settings import Spec

GROUP = "schemes"

ORDINARY = vacancies.ORDINARY_SCHEME  # every dwelling belongs to this scheme unless told otherwise


class LeaseKind(StrEnum):
    ORDINARY = "ordinary"  # tidsubegrænset
    TIME_LIMITED = "time_limited"  # tidsbegrænset, `lease_months` long


class Allocation(StrEnum):
    """How the desk's right to the scheme's dwellings is counted."""

    SHARE = "share"  # counts against the agreed share of the vacancies (the 25 % rule)
    OWN_RIGHT = "own_right"  # a separate allocation right with its own number of dwellings


class RentLossBearer(StrEnum):
    """Who pays the rent while a dwelling at the desk's disposal stands empty."""

    MUNICIPALITY = "municipality"
    ORGANISATION = "organisation"
    LANDLORD = "landlord"


class DeadlineRule(StrEnum):
    """From when, and how long, the desk has to name a tenant."""

    # the organisations' usual one: the `deadlines` setting, from the day at the desk's disposal
    ORGANISATION = "organisation"
    # a private landlord's: `deadline_working_days` working days from the landlord's notice
    LANDLORD_NOTICE = "landlord_notice"


def normalise_measure(name: str | None) -> str:
    """A support measure's name as compared: case folded, spaces tidied ("Bostøtte " is
    "bostøtte")."""
    return " ".join((name or "").casefold().split())


def _words(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def _whole(value: Any) -> int | None:
    return None if value is None else int(value)


@dataclass(frozen=True)
class Scheme:
    """One housing scheme. The extra eligibility rules (target groups, age band, support,
    dispensation) add to the rules every dwelling has; an empty one asks nothing more."""

    key: str  # stored on the dwellings: never change it
    name: str  # as the desk names it
    legal_basis: str = ""  # the provision, e.g. "ABL § 63"
    target_groups: tuple[str, ...] = ()  # codes of `target_groups`; empty: every group
    age_from: int | None = None  # the applicant's age on the day of the offer, both included
    age_to: int | None = None
    # a support measure in place on the day, one of these names (e.g. "bostøtte"); empty: none
    support_measures: tuple[str, ...] = ()
    dispensation: bool = False  # a dispensation must be in place (e.g. from the study demand)
    lease: LeaseKind = LeaseKind.ORDINARY
    lease_months: int | None = None  # the length of a time-limited lease
    co_living: bool = False  # deleboliger: the tenants share the dwelling
    allocation: Allocation = Allocation.SHARE
    dwellings: int | None = None  # an own allocation right's number of dwellings
    allocation_percent: float | None = None  # an own right over this share (e.g. 100 %)
    rent_loss: RentLossBearer = RentLossBearer.MUNICIPALITY
    deadline: DeadlineRule = DeadlineRule.ORGANISATION
    deadline_working_days: int = 7  # with DeadlineRule.LANDLORD_NOTICE
    # the scheme's own text of the offer letter (a template variant); "": the ordinary text
    letter_template: str = ""

    @property
    def for_landlords(self) -> bool:
        """A private landlord's dwellings belong to it: the deadline runs from the landlord's
        notice (lov om kommunal anvisningsret § 5)."""
        return self.deadline == DeadlineRule.LANDLORD_NOTICE

    @property
    def has_age_band(self) -> bool:
        return self.age_from is not None or self.age_to is not None

    @property
    def measure_keys(self) -> frozenset[str]:
        """The support measures as compared with a fact's label (`normalise_measure`)."""
        return frozenset(normalise_measure(m) for m in self.support_measures)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scheme:
        """A stored scheme; every field but the key may be missing (an older version)."""
        key = str(data["key"])
        default = cls(key, key)
        return cls(
            key=key,
            name=str(data.get("name") or key),
            legal_basis=str(data.get("legal_basis", default.legal_basis)),
            target_groups=_words(data.get("target_groups")),
            age_from=_whole(data.get("age_from")),
            age_to=_whole(data.get("age_to")),
            support_measures=_words(data.get("support_measures")),
            dispensation=bool(data.get("dispensation", default.dispensation)),
            lease=LeaseKind(data.get("lease", default.lease)),
            lease_months=_whole(data.get("lease_months")),
            co_living=bool(data.get("co_living", default.co_living)),
            allocation=Allocation(data.get("allocation", default.allocation)),
            dwellings=_whole(data.get("dwellings")),
            allocation_percent=(
                None
                if data.get("allocation_percent") is None
                else float(data["allocation_percent"])
            ),
            rent_loss=RentLossBearer(data.get("rent_loss", default.rent_loss)),
            deadline=DeadlineRule(data.get("deadline", default.deadline)),
            deadline_working_days=int(
                data.get("deadline_working_days", default.deadline_working_days)
            ),
            letter_template=str(data.get("letter_template") or ""),
        )


ORDINARY_SCHEME = Scheme(ORDINARY, "Almindelig anvisning", legal_basis="ABL § 59, stk. 1")


def aalborg_schemes() -> tuple[Scheme, ...]:
    """Aalborg Kommune's schemes, as its description of the homelessness work lists them."""
    own = Allocation.OWN_RIGHT
    return (
        ORDINARY_SCHEME,
        Scheme(
            "unconventional",
            "Skæve boliger",
            target_groups=("housing_first", "other"),
            support_measures=("bostøtte",),
            allocation=own,
            dwellings=20,
        ),
        Scheme(
            "starter",
            "Startboliger",
            target_groups=("young",),
            age_from=18,
            age_to=25,
            support_measures=("bostøtte", "efterværn"),
            lease=LeaseKind.TIME_LIMITED,
            lease_months=24,
            allocation=own,
            dwellings=7,
            letter_template="startbolig",
        ),
        Scheme(
            "transitional",
            "Udslusningsboliger",
            legal_basis="ABL § 63",
            target_groups=("housing_first", "other"),
            allocation=own,
        ),
        Scheme(
            "young_mothers",
            "Kollegieboliger for unge mødre",
            target_groups=("young",),
            age_from=18,
            age_to=29,
            support_measures=("bostøtte",),
            co_living=True,
            allocation=own,
            dwellings=10,
        ),
        Scheme(
            "youth_dispensation",
            "Ungdomsboliger med dispensation fra studiekravet",
            legal_basis="ABL § 59, stk. 1",
            target_groups=("young", "housing_first"),
            age_from=18,
            age_to=29,
            dispensation=True,
        ),
        Scheme(
            "refugee",
            "Flygtningeboliger",
            target_groups=("refugee",),
            allocation=own,
            dwellings=176,
        ),
        Scheme(
            "elderly",
            "Ældre- og plejeboliger",
            legal_basis="ABL §§ 54, 57",
            target_groups=("elderly",),
            allocation=own,
            allocation_percent=100.0,
        ),
        Scheme(
            "private_landlord",
            "Private udlejere (kommunal anvisningsret)",
            legal_basis="lov om kommunal anvisningsret § 5",
            allocation=own,
            deadline=DeadlineRule.LANDLORD_NOTICE,
            deadline_working_days=7,
        ),
    )


@dataclass(frozen=True)
class Schemes:
    """The schemes in force; the ordinary one is always among them (first)."""

    schemes: tuple[Scheme, ...] = field(default_factory=aalborg_schemes)

    def __post_init__(self) -> None:
        # Every dwelling is in the ordinary scheme unless told otherwise: it cannot go missing.
        if not any(s.key == ORDINARY for s in self.schemes):
            object.__setattr__(self, "schemes", (ORDINARY_SCHEME, *self.schemes))

    def by_key(self, key: str) -> Scheme | None:
        return next((s for s in self.schemes if s.key == key), None)

    def scheme_of(self, key: str | None) -> Scheme:
        """The scheme `key` names; a key no longer in force asks nothing more than the ordinary
        scheme (its dwellings keep their key and show it)."""
        found = self.by_key(key or ORDINARY)
        if found is not None:
            return found
        return replace(self.ordinary, key=key or ORDINARY, name=key or ORDINARY)

    @property
    def landlord_scheme(self) -> Scheme | None:
        """The scheme a private landlord's dwellings belong to (the first `for_landlords`)."""
        return next((s for s in self.schemes if s.for_landlords), None)

    @property
    def ordinary(self) -> Scheme:
        found = self.by_key(ORDINARY)
        assert found is not None  # see __post_init__
        return found

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.schemes)

    @property
    def letter_templates(self) -> dict[str, tuple[Scheme, ...]]:
        """The schemes' own letter texts (template variants), each with the schemes that use
        it, in the order the schemes come."""
        found: dict[str, list[Scheme]] = {}
        for scheme in self.schemes:
            if scheme.letter_template:
                found.setdefault(scheme.letter_template, []).append(scheme)
        return {name: tuple(users) for name, users in found.items()}

    @property
    def age_edges(self) -> tuple[int, ...]:
        """The ages at which some scheme's age band begins or ends (its last year + 1), sorted:
        applicants whose ages lie between the same two edges are alike to every band."""
        edges = set()
        for scheme in self.schemes:
            if scheme.age_from is not None:
                edges.add(scheme.age_from)
            if scheme.age_to is not None:
                edges.add(scheme.age_to + 1)
        return tuple(sorted(edges))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Schemes:
        return cls(tuple(Scheme.from_json(s) for s in data.get("schemes", ())))


SCHEMES = settings.declare(
    Spec("schemes", Schemes(), Schemes.from_json, settings.to_json, "Housing schemes", GROUP)
)
