"""Plain values for the rule tests: an applicant and a dwelling context, changed per case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from db.enums import ApplicantStatus, LegalFactKind, Urgency
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, Fact, Member

DAY = dt.date(2026, 11, 21)


def applicant(**changes: Any) -> ApplicantFacts:
    """A 40-year-old active applicant of the group 'other' who fits a plain 2-room dwelling."""
    base = ApplicantFacts(
        id=1,
        name="Test Testesen",
        status=ApplicantStatus.ACTIVE,
        paused_until=None,
        urgency=Urgency.NORMAL,
        registered_on=dt.date(2025, 1, 1),
        birth_date=dt.date(1986, 5, 5),
        target_group="other",
        max_rent=Decimal(5000),
        rooms_min=None,
        rooms_max=None,
        needs_wheelchair=False,
        needs_step_free=False,
        needs_ground_floor=False,
        has_pets=False,
        needs_strong_area=False,
        wanted_areas=(),
        household_size=1,
        members=(),
    )
    return base._replace(**changes)


def dwelling(**changes: Any) -> VacancyContext:
    """A green, unlisted 2-room family dwelling at 4,000 kr. a month on the first floor."""
    values: dict[str, Any] = {"day": DAY}
    values.update(changes)
    return VacancyContext(**values)


def fact(
    kind: LegalFactKind,
    start: dt.date | None = None,
    end: dt.date | None = None,
    label: str | None = None,
) -> Fact:
    return (kind, label, start, end)


def member(*facts: Fact, born: dt.date | None = dt.date(1986, 5, 5)) -> Member:
    return (born, tuple(facts))


def benefit(label: str, start: dt.date, end: dt.date | None = None) -> Fact:
    return (LegalFactKind.BENEFIT, label, start, end)
