"""The replay's first candidate is the ranking's first: the remembered verdicts of alike
applicants and dwellings, and the list kept in ranking order, give what judging everyone on
the list by every rule and ranking them gives, dwelling after dwelling."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

import pytest

from db.enums import Colour, DwellingType, LegalFactKind, ListKind, Urgency
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, age_on
from desktop.core.matching.ranking import rank
from desktop.core.matching.settings import DEFAULT_ORDER, Criterion, Ranking
from desktop.core.schemes.settings import Schemes
from desktop.core.whatif import matcher as matching
from desktop.core.whatif.judgements import Judgements, same_age_until
from desktop.core.whatif.matcher import Matcher
from desktop.core.whatif.pool import Pool, standing_in

START = dt.date(2026, 1, 1)
GROUPS = ("housing_first", "young", "refugee", "elderly", "other")
SCHEMES = [s.key for s in Schemes().schemes if s.key != "private_landlord"]


def _applicant(rng: random.Random, number: int) -> ApplicantFacts:
    # many near the age edges of the rules (18, 25, 29), so birthdays in the period count
    years = rng.choice((rng.uniform(16.5, 31), rng.uniform(17, 75)))
    born = START - dt.timedelta(days=round(years * 365.25))
    facts = []
    if rng.random() < 0.2:
        facts.append(
            (
                LegalFactKind.PRISON_RELEASE,
                None,
                START - dt.timedelta(days=rng.randint(0, 300)),
                None,
            )
        )
    if rng.random() < 0.15:
        facts.append((LegalFactKind.CITIZENSHIP, rng.choice(("SY", "DE")), None, None))
    if rng.random() < 0.2:
        facts.append((LegalFactKind.SUPPORT, "bostøtte", START - dt.timedelta(days=50), None))
    return ApplicantFacts(
        id=number,
        name=f"Person {number}",
        status="active",
        paused_until=None,
        urgency=rng.choice(list(Urgency)).value,
        registered_on=START + dt.timedelta(days=rng.randint(-400, 150)),
        birth_date=born if rng.random() < 0.95 else None,
        target_group=rng.choice(GROUPS),
        max_rent=Decimal(rng.choice((3500, 4000, 4500, 5000))) if rng.random() < 0.9 else None,
        rooms_min=rng.choice((None, 1.0, 2.0)),
        rooms_max=rng.choice((None, 2.0, 3.0)),
        needs_wheelchair=rng.random() < 0.05,
        needs_step_free=rng.random() < 0.1,
        needs_ground_floor=rng.random() < 0.1,
        has_pets=rng.random() < 0.15,
        needs_strong_area=rng.random() < 0.15,
        wanted_areas=tuple(rng.sample(["9000", "9220"], rng.randint(0, 1))),
        household_size=rng.choice((1, 1, 2, 3, 5)),
        members=((born, tuple(facts)),) if facts else None,
    )


def _dwelling(
    rng: random.Random, day: dt.date, number: int, order: tuple[Criterion, ...]
) -> VacancyContext:
    listed = rng.random()
    return VacancyContext(
        day=day,
        vacancy_id=number,
        department_id=rng.randint(1, 4),
        dwelling_type=rng.choice(list(DwellingType)),
        rooms=rng.choice((1.0, 2.0, 3.0, 4.0)),
        monthly_total=Decimal(rng.choice((3400, 3900, 4400, 4900, 5600))),
        floor=rng.choice(("st", "1", "3")),
        pets_allowed=rng.random() < 0.5,
        wheelchair_accessible=rng.random() < 0.1,
        step_free=rng.random() < 0.2,
        postcode=rng.choice(("9000", "9220")),
        suitable_for_young=rng.random() < 0.3,
        scheme_key=rng.choice(SCHEMES),
        colour=Colour.YELLOW if rng.random() < 0.3 else Colour.GREEN,
        may_place=rng.random() < 0.95,
        blocks_strong_area=rng.random() < 0.3,
        lists=frozenset({ListKind.DISADVANTAGED})
        if listed < 0.2
        else frozenset({ListKind.PREVENTION})
        if listed < 0.3
        else frozenset(),
        ranking=Ranking(order=order),
    )


VARIED = (
    "department_id", "dwelling_type", "rooms", "monthly_total", "floor", "pets_allowed",
    "wheelchair_accessible", "step_free", "suitable_for_young", "scheme_key", "colour",
    "may_place", "blocks_strong_area", "lists",
)  # fmt: skip


@pytest.mark.parametrize("scan", [matching.SCAN, 3])  # 3: most dwellings read group by group
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    "order", [DEFAULT_ORDER, (Criterion.WAITING_TIME, Criterion.FIT, Criterion.URGENCY)]
)
def test_the_first_candidate_is_the_rankings_first(
    seed: int, order: tuple[Criterion, ...], scan: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "SCAN", scan)
    rng = random.Random(seed)
    people = [_applicant(rng, n) for n in range(1, 401)]
    rows: list[FactsRow] = [tuple(a) for a in people]
    closed = {
        a.id: START + dt.timedelta(days=rng.randint(0, 300)) for a in people if rng.random() < 0.2
    }
    excluded = {a.id: frozenset({rng.randint(1, 4)}) for a in people if rng.random() < 0.1}
    # dwellings like a few others but for one thing each, so that alike dwellings meet often
    day = START
    kinds = [_dwelling(rng, day, 0, order) for _ in range(4)]
    dwellings = []
    for number in range(1, 121):
        day += dt.timedelta(days=rng.choice((0, 1, 3, 7)))
        field = rng.choice(VARIED)
        other = getattr(_dwelling(rng, day, number, order), field)
        dwellings.append(replace(rng.choice(kinds), day=day, vacancy_id=number, **{field: other}))
    refused = {d.vacancy_id: frozenset(rng.sample(range(1, 401), 3)) for d in dwellings}
    judgements = Judgements(rows, [d.monthly_total for d in dwellings])
    pool = Pool(rows, closed, standing_in(order), judgements)
    matcher = Matcher(judgements)
    taken: set[int] = set()
    found = 0
    for ctx in dwellings:

        def judged(row: FactsRow, ctx: VacancyContext = ctx) -> ApplicantFacts:
            a = ApplicantFacts._make(row)
            return a._replace(
                declined_here=a.id in refused[ctx.vacancy_id],
                excluded_here=ctx.department_id in excluded.get(a.id, ()),
                members=a.members or (),
            )

        pool.advance(ctx)
        on_list = [
            row
            for row in rows
            if row[0] not in taken
            and row[5] <= ctx.day
            and (row[0] not in closed or closed[row[0]] > ctx.day)
        ]
        eligible = [judged(row) for row in on_list if not rules.exclusions(ctx, judged(row))]
        expected = rank(ctx, eligible)[0].applicant_id if eligible else None
        chosen = matcher.first(ctx, pool, judged)
        assert (None if chosen is None else chosen.id) == expected, ctx
        if chosen is not None:
            pool.take(chosen.id)
            taken.add(chosen.id)
            found += 1
    assert 20 < found < 120  # the worlds are neither empty nor trivial


def test_an_age_holds_until_the_day_before_the_next_birthday() -> None:
    rng = random.Random(5)
    births = [dt.date(2000, 2, 29), dt.date(1990, 12, 31), dt.date(1985, 1, 1)]
    births += [dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 20000)) for _ in range(200)]
    for birth in births:
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
        until = same_age_until(birth, day)
        assert until >= day
        assert age_on(birth, until) == age_on(birth, day)
        assert age_on(birth, until + dt.timedelta(days=1)) == age_on(birth, day) + 1  # type: ignore[operator]
    assert same_age_until(None, dt.date(2026, 1, 1)) == dt.date.max


def test_a_birthday_in_the_period_moves_an_applicant_into_another_age_group() -> None:
    # housing first, 30 on 10 March: young (18-29) before, kept to youth dwellings; older after
    turning = ApplicantFacts(
        1, "Fylder 30", "active", None, "normal", dt.date(2024, 1, 1), dt.date(1996, 3, 10),
        "housing_first", None, None, None, False, False, False, False, False, (), 1,
    )  # fmt: skip
    other = turning._replace(id=2, name="Anden", registered_on=dt.date(2025, 1, 1), birth_date=None)
    other = other._replace(target_group="other")
    rows: list[FactsRow] = [tuple(turning), tuple(other)]
    before = VacancyContext(day=dt.date(2026, 3, 9), vacancy_id=1)
    after = VacancyContext(day=dt.date(2026, 3, 10), vacancy_id=2)
    judgements = Judgements(rows, [before.monthly_total])
    pool = Pool(rows, {}, standing_in(DEFAULT_ORDER), judgements)
    matcher = Matcher(judgements)
    found = []
    for ctx in (before, after, after):
        pool.advance(ctx)
        chosen = matcher.first(ctx, pool, ApplicantFacts._make)
        found.append(None if chosen is None else chosen.id)
        if chosen is not None:
            pool.take(chosen.id)
    assert found == [2, 1, None]


def test_the_rules_are_asked_about_kinds_of_applicants_not_about_each_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # many groups (every mix of limit, rooms, household, pets and wheelchair), few kinds to each
    # rule: each rule reads only one or two of these
    base = _applicant(random.Random(4), 0)._replace(
        birth_date=dt.date(1980, 5, 1), target_group="other", members=None, wanted_areas=()
    )
    people = [
        base._replace(
            id=n, registered_on=START - dt.timedelta(days=n), max_rent=Decimal(limit),
            rooms_min=low, rooms_max=None, household_size=size, has_pets=pets,
            needs_wheelchair=chair, needs_step_free=False, needs_ground_floor=False,
            needs_strong_area=False,
        )
        for n, (limit, low, size, pets, chair) in enumerate(
            itertools.product((3500, 4000, 4500, 5000), (1.0, 2.0, 3.0), (1, 2, 4),
                              (False, True), (False, True)),
            start=1,
        )
    ]  # fmt: skip
    rows: list[FactsRow] = [tuple(a) for a in people]
    asked: list[object] = []
    original = rules.is_eligible

    def counting(ctx: VacancyContext, a: ApplicantFacts, checks: Sequence[rules.Rule]) -> bool:
        asked.append(a)  # (not read: a rule's reading is watched)
        return original(ctx, a, checks)

    totals = (Decimal(9000), Decimal(4200))  # dearer than every limit, and within some
    for total, rooms in zip(totals, (1.0, 2.0), strict=True):
        ctx = VacancyContext(day=START, vacancy_id=1, monthly_total=total, rooms=rooms)
        judgements = Judgements(rows, totals)
        pool = Pool(rows, {}, standing_in(DEFAULT_ORDER), judgements)
        pool.advance(ctx)
        groups = len(pool.groups)  # the limits narrowed to the totals: 72
        asked.clear()
        monkeypatch.setattr(rules, "is_eligible", counting)
        chosen = Matcher(judgements).first(ctx, pool, ApplicantFacts._make)
        monkeypatch.setattr(rules, "is_eligible", original)
        expected = [a for a in people if not rules.exclusions(ctx, a)]
        assert (None if chosen is None else chosen.id) == (
            rank(ctx, expected)[0].applicant_id if expected else None
        )
        assert len(asked) < groups / 2
