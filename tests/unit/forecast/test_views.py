"""The forecast judges the window's dwellings through two shortcuts; each must give every rule's
own verdict: a dwelling with its rent as the smallest limit it is within (`market.narrowed`),
and a rule's verdicts kept under the values it read (`verdicts.RuleVerdicts`). Checked over many
random dwellings and applicants."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from db.enums import Colour, DwellingType, LegalFactKind, ListKind, Urgency
from desktop.core.forecast.market import narrowed
from desktop.core.forecast.verdicts import RuleVerdicts
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts
from desktop.core.schemes.settings import SCHEMES
from tests.unit.matching.factories import DAY, applicant, benefit, dwelling, fact, member

SCHEME_KEYS = [s.key for s in SCHEMES.default.schemes]
GROUPS = ["housing_first", "young", "refugee", "elderly", "other"]
LIMITS = [None, Decimal(3500), Decimal(4000), Decimal(4500), Decimal(5500)]


def random_dwelling(rng: random.Random) -> VacancyContext:
    lists = rng.choice([(), (), (ListKind.DISADVANTAGED,), (ListKind.PREVENTION,)])
    return dwelling(
        vacancy_id=rng.randint(1, 999),
        department_id=rng.randint(1, 9),
        dwelling_type=rng.choice(list(DwellingType)),
        rooms=rng.choice([None, 1.0, 2.0, 3.0, 4.0]),
        monthly_total=Decimal(rng.randrange(3000, 6000, 250)),
        floor=rng.choice([None, "st", "1", "3", "kl"]),
        elevator=rng.choice([None, True, False]),
        pets_allowed=rng.choice([None, True, False]),
        wheelchair_accessible=rng.choice([None, True, False]),
        step_free=rng.choice([None, True, False]),
        postcode=rng.choice(["9000", "9220"]),
        city=rng.choice(["Aalborg", "Aalborg Øst"]),
        suitable_for_young=rng.random() < 0.3,
        scheme_key=rng.choice(SCHEME_KEYS),
        placed=rng.random() < 0.95,
        colour=rng.choice([Colour.GREEN, Colour.YELLOW, Colour.RED]),
        may_place=rng.random() < 0.9,
        blocks_strong_area=rng.random() < 0.3,
        lists=frozenset(lists),
    )


def random_applicant(rng: random.Random, number: int) -> ApplicantFacts:
    facts = []
    if rng.random() < 0.4:
        facts.append(benefit("kontanthjælp", DAY - dt.timedelta(days=rng.randint(10, 500))))
    if rng.random() < 0.2:
        facts.append(
            fact(LegalFactKind.PRISON_RELEASE, DAY - dt.timedelta(days=rng.randint(1, 400)))
        )
    if rng.random() < 0.2:
        facts.append(fact(LegalFactKind.SUPPORT, DAY - dt.timedelta(days=30), label="bostøtte"))
    low = rng.choice([None, 1.0, 2.0])
    return applicant(
        id=number,
        urgency=rng.choice(list(Urgency)),
        birth_date=rng.choice([None, DAY - dt.timedelta(days=rng.randint(17 * 365, 80 * 365))]),
        target_group=rng.choice(GROUPS),
        max_rent=rng.choice(LIMITS),
        rooms_min=low,
        rooms_max=None if low is None else low + rng.choice([0, 1, 2]),
        needs_wheelchair=rng.random() < 0.2,
        needs_step_free=rng.random() < 0.2,
        needs_ground_floor=rng.random() < 0.2,
        has_pets=rng.random() < 0.3,
        needs_strong_area=rng.random() < 0.3,
        household_size=rng.randint(1, 6),
        members=(member(*facts),) if facts else (),
    )


def codes(ctx: VacancyContext, a: ApplicantFacts) -> set[str]:
    return {reason.code for reason in rules.exclusions(ctx, a)}


@pytest.mark.parametrize("seed", range(4))
def test_a_dwelling_with_its_rent_narrowed_gets_every_rules_own_verdict(seed: int) -> None:
    rng = random.Random(seed)
    people = [random_applicant(rng, n) for n in range(60)]
    limits = sorted({a.max_rent for a in people if a.max_rent is not None})
    for _ in range(60):
        ctx = random_dwelling(rng)
        view = narrowed(ctx, limits)
        for a in people:
            assert codes(view, a) == codes(ctx, a), (ctx, a)


@pytest.mark.parametrize("seed", range(4))
def test_a_rules_kept_verdicts_are_its_own(seed: int) -> None:
    rng = random.Random(100 + seed)
    people = [random_applicant(rng, n) for n in range(60)]
    kept = {rule.code: RuleVerdicts(rule) for rule in rules.RULES}
    for _ in range(60):
        ctx = random_dwelling(rng)
        for rule in rules.applicable(ctx):
            verdicts = kept[rule.code]
            for a in people:
                expected = rule.check(ctx, a) is None
                assert verdicts.passes(ctx, a, verdicts.context_key(ctx)) == expected, (rule, a)
    # the rent rule read the limit and the monthly total, and only a few of them were asked
    rent = kept["rent"]
    assert set(rent.applicant_names) == {"max_rent"}
    assert "monthly_total" in rent.context_names
