"""The verdicts the replays of a period remember.

As `matching.counts` does, applicants alike to the rules (`rules.verdict_key`) and dwellings
alike to them (`rules.dwelling_key`) share the verdict of every rule but those about the
applicant's status, this very dwelling (excluded department, declined before) and the
household's dated facts, which are judged for each applicant. An applicant's key depends on the
day only through the applicant's age (the age rules read the birth date only that way), so a
key is made once per applicant and age, and all of them again when the settings they read
change. The replays of one period share one `Judgements`: what the first learnt, the second
need not judge again.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import FactsRow, age_on, as_facts
from desktop.core.matching.rules import Rule

OWN = frozenset((*rules.DAY_RULES, *rules.SET_RULES, *rules.MEMBER_RULES))
"""The rules judged for each applicant; the others are judged once per alike group."""
MAX_RENT = 8  # the rent limit field of a `FactsRow`
BIRTH = 6


@dataclass
class Alike:
    """What is remembered of the dwellings alike to the rules (one `rules.dwelling_key`)."""

    ident: int  # tells this one from any other (a replay notes how far it looked)
    shared: list[Rule]  # the rules judged per group; the one that refused last comes first
    verdicts: dict[int, bool] = field(default_factory=dict)  # key's number -> passes `shared`
    passing: set[int] = field(default_factory=set)  # the numbers that pass
    deep: bool = False  # few on the list may be offered these: read the list group by group

    def judge(self, ctx: VacancyContext, number: int, row: FactsRow) -> bool:
        """Whether the applicants of the key `number` (`row` is one of them) pass `shared`."""
        checks = self.shared
        facts = as_facts(row)
        passes = True
        for index, rule in enumerate(checks):
            if rule.check(ctx, facts) is not None:
                if index:  # alike applicants are often refused by the same rule: ask it first
                    checks.insert(0, checks.pop(index))
                passes = False
                break
        self.verdicts[number] = passes
        if passes:
            self.passing.add(number)
        return passes


def same_age_until(birth: dt.date | None, day: dt.date) -> dt.date:
    """The last day on which someone born on `birth` is as old as on `day`: the day before the
    next birthday (1 March for one born on 29 February, in a year without it)."""
    if birth is None:
        return dt.date.max
    for year in (day.year, day.year + 1):
        try:
            birthday = dt.date(year, birth.month, birth.day)
        except ValueError:
            birthday = dt.date(year, 3, 1)
        if birthday > day:
            return birthday - dt.timedelta(days=1)
    raise AssertionError("a birthday falls within a year")


class Judgements:
    """Applicants' verdict keys as small numbers, and each alike dwelling's verdicts on them."""

    def __init__(self, applicants: Sequence[FactsRow], vacancy_totals: Sequence[Decimal]) -> None:
        self._totals = sorted(set(vacancy_totals))
        self._limits = sorted({row[MAX_RENT] for row in applicants if row[MAX_RENT] is not None})
        self.generation = 0  # moves when every key is made again
        self._settings: tuple[Any, ...] | None = None
        self._numbers: dict[tuple[Any, ...], int] = {}
        self._by_age: dict[tuple[int, int | None], int] = {}
        self._dwellings: dict[tuple[Any, ...], Alike] = {}
        self._serial = itertools.count()

    def settle(self, ctx: VacancyContext) -> bool:
        """What the keys read of the settings; when it changes, every key and verdict is
        forgotten (True)."""
        now = (ctx.target_groups, ctx.age, ctx.schemes)
        if now == self._settings:
            return False
        changed = self._settings is not None
        self._settings = now
        self._numbers.clear()
        self._by_age.clear()
        self._dwellings.clear()
        self.generation += 1
        return changed

    def number(self, ctx: VacancyContext, row: FactsRow) -> int:
        """The number of the applicant's verdict key on `ctx.day`."""
        age = (row[0], age_on(row[BIRTH], ctx.day))
        found = self._by_age.get(age)
        if found is None:
            key = rules.verdict_key(ctx, as_facts(row), self._totals)
            found = self._by_age[age] = self._numbers.setdefault(key, len(self._numbers))
        return found

    def alike(self, ctx: VacancyContext) -> Alike:
        """What is remembered of the dwellings alike to this one (filled as they are judged)."""
        key = rules.dwelling_key(ctx, self._limits)
        found = self._dwellings.get(key)
        if found is None:
            shared = [r for r in rules.applicable(ctx) if r.code not in OWN]
            found = self._dwellings[key] = Alike(next(self._serial), shared)
        return found
