"""The checks of an edited set of housing schemes, each at its boundary, and the tidying of the
values a scheme's choices leave unused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.schemes.editing import problems, tidy
from desktop.core.schemes.settings import (
    SCHEMES,
    Allocation,
    DeadlineRule,
    LeaseKind,
    Scheme,
    Schemes,
)

GROUPS = frozenset({"housing_first", "young", "refugee", "elderly", "other"})
STARTER = SCHEMES.default.scheme_of("starter")


def _problems(*schemes: Scheme) -> dict[str, str]:
    return problems(Schemes(schemes), GROUPS)


def test_aalborgs_schemes_pass() -> None:
    assert problems(SCHEMES.default, GROUPS) == {}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"key": "Startboliger"}, "key"),  # capitals
        ({"key": "9starter"}, "key"),  # a digit first
        ({"key": "s" * 41}, "key"),
        ({"name": ""}, "name"),
        ({"target_groups": ("young", "students")}, "target_groups"),
        ({"age_from": 26, "age_to": 25}, "age_to"),
        ({"age_to": 121}, "age_to"),
        ({"lease_months": None}, "lease_months"),  # time-limited without a length
        ({"lease_months": 121}, "lease_months"),
        ({"dwellings": 0}, "dwellings"),
        ({"allocation_percent": 100.5}, "allocation_percent"),
        ({"allocation_percent": 0.0}, "allocation_percent"),
        (
            {"deadline": DeadlineRule.LANDLORD_NOTICE, "deadline_working_days": 0},
            "deadline_working_days",
        ),
        ({"letter_template": "Start bolig"}, "letter_template"),
    ],
)
def test_each_term_is_checked_at_its_boundary(change: dict[str, object], field: str) -> None:
    wrong = replace(STARTER, **change)  # type: ignore[arg-type]
    found = _problems(wrong)
    assert list(found) == [f"{wrong.key}.{field}"]


@pytest.mark.parametrize(
    "change",
    [
        {"age_from": 25, "age_to": 25},  # one year of age
        {"age_from": 0, "age_to": 120},
        {"lease_months": 1},
        {"lease_months": 120},
        {"dwellings": 1},
        {"allocation_percent": 100.0},
        {"deadline": DeadlineRule.LANDLORD_NOTICE, "deadline_working_days": 60},
        {"key": "s" * 40},
        {"letter_template": "start-bolig_2"},
    ],
)
def test_the_edges_themselves_are_allowed(change: dict[str, object]) -> None:
    assert _problems(replace(STARTER, **change)) == {}  # type: ignore[arg-type]


def test_two_schemes_may_not_share_a_key() -> None:
    twin = replace(STARTER, name="Startboliger 2")
    assert list(_problems(STARTER, twin)) == ["starter.key"]


def test_tidying_drops_what_the_choices_leave_unused() -> None:
    ordinary_lease = replace(
        STARTER,
        lease=LeaseKind.ORDINARY,
        allocation=Allocation.SHARE,
        name="  Startboliger ",
        support_measures=(" bostøtte", "", "efterværn "),
    )
    tidied = tidy(ordinary_lease)
    assert tidied.lease_months is None
    assert tidied.dwellings is None
    assert tidied.name == "Startboliger"
    assert tidied.support_measures == ("bostøtte", "efterværn")
    assert tidy(STARTER) == STARTER
