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
from bisect import bisect_left, insort
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import FactsRow, age_on, as_facts
from desktop.core.matching.rules import Rule

OWN = frozenset((*rules.DAY_RULES, *rules.SET_RULES, *rules.MEMBER_RULES))
"""The rules judged for each applicant; the others are judged once per alike group."""
RENT = rules.BY_CODE["rent"]
MAX_RENT = 8  # the rent limit field of a `FactsRow`
BIRTH = 6
_UNKNOWN: Any = object()  # a rent floor not yet found


@dataclass
class Alike:
    """What is remembered of the dwellings alike to the rules (one `rules.dwelling_key`)."""

    ident: int  # tells this one from any other (a replay notes how far it looked)
    shared: list[Rule]  # the rules judged per group; the one that refused last comes first
    verdicts: dict[int, bool] = field(default_factory=dict)  # key's number -> passes `shared`
    passing: set[int] = field(default_factory=set)  # the numbers that pass
    deep: bool = False  # few on the list may be offered these: read the list group by group
    # the smallest of the applicants' rent limits the rent rule admits on these dwellings (None:
    # none is; the rule is not asked of them: every limit), found when first needed
    rent_floor: Any = _UNKNOWN

    def judge(self, ctx: VacancyContext, number: int, row: FactsRow) -> bool:
        """Whether the applicants of the key `number` (`row` is one of them) pass `shared`."""
        checks = self.shared
        facts = as_facts(row)
        passes = True
        for index, rule in enumerate(checks):
            if not rules.is_eligible(ctx, facts, (rule,)):  # the verdict, without the sentence
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
        self._some = applicants[0] if applicants else None  # asked with each limit in turn
        self.generation = 0  # moves when every key is made again
        self._settings: tuple[Any, ...] | None = None
        self._numbers: dict[tuple[Any, ...], int] = {}
        self._by_age: dict[tuple[int, int | None], int] = {}
        self._dwellings: dict[tuple[Any, ...], Alike] = {}
        self._serial = itertools.count()
        # the keys' numbers by the rent limit they were made with, and those without a limit:
        # a dwelling whose rent only some limits admit needs only their groups judged
        self._by_limit: list[tuple[Decimal, int]] = []
        self._unlimited: list[int] = []
        self._limit_of: dict[int, Decimal | None] = {}

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
        self._by_limit.clear()
        self._unlimited.clear()
        self._limit_of.clear()
        self.generation += 1
        return changed

    def number(self, ctx: VacancyContext, row: FactsRow) -> int:
        """The number of the applicant's verdict key on `ctx.day`."""
        age = (row[0], age_on(row[BIRTH], ctx.day))
        found = self._by_age.get(age)
        if found is None:
            key = rules.verdict_key(ctx, as_facts(row), self._totals)
            found = self._numbers.get(key)
            if found is None:
                found = self._numbers[key] = len(self._numbers)
                self._index_limit(found, row[MAX_RENT])
            self._by_age[age] = found
        return found

    def _index_limit(self, number: int, limit: Decimal | None) -> None:
        self._limit_of[number] = limit
        if limit is None:
            self._unlimited.append(number)
        else:
            insort(self._by_limit, (limit, number))

    def rent_floor(self, ctx: VacancyContext, alike: Alike) -> Decimal | None:
        """The smallest of the applicants' rent limits that the rent rule admits on the dwellings
        alike to `ctx` (None: it admits none of them), kept in `alike`; the rule is asked of a
        few limits only: it admits a limit when it admits a smaller one (it asks whether the
        monthly total is within the limit, as `rules.dwelling_key` says, which is why alike
        dwellings share its verdicts)."""
        if alike.rent_floor is _UNKNOWN:
            limits = self._limits
            low, high = 0, len(limits) if self._some is not None else 0
            while low < high:  # the first limit the rule admits
                middle = (low + high) // 2
                assert self._some is not None
                probe = as_facts(self._some)._replace(max_rent=limits[middle])
                if rules.is_eligible(ctx, probe, (RENT,)):
                    high = middle
                else:
                    low = middle + 1
            alike.rent_floor = limits[low] if low < len(limits) else None
        floor: Decimal | None = alike.rent_floor
        return floor

    def any_limit_passes(self, ctx: VacancyContext, alike: Alike) -> bool:
        """Whether the rent rule may let anyone with a rent limit through on these dwellings."""
        return RENT not in alike.shared or self.rent_floor(ctx, alike) is not None

    def admitted(self, ctx: VacancyContext, alike: Alike) -> Iterator[int]:
        """The numbers of every key made so far whose applicants the rent rule may let through
        on the dwellings alike to `ctx` (all of them when the rule does not apply to these)."""
        if RENT not in alike.shared:
            yield from list(self._limit_of)
            return
        floor = self.rent_floor(ctx, alike)
        yield from list(self._unlimited)
        if floor is not None:
            start = bisect_left(self._by_limit, (floor, -1))
            yield from [number for _limit, number in self._by_limit[start:]]

    def may_pass_rent(self, ctx: VacancyContext, alike: Alike, number: int) -> bool:
        """Whether the rent rule may let the key `number`'s applicants through on the dwellings
        alike to `ctx` (False: surely not)."""
        if RENT not in alike.shared:
            return True
        limit = self._limit_of.get(number)
        if limit is None:
            return True
        floor = self.rent_floor(ctx, alike)
        return floor is not None and limit >= floor

    def alike(self, ctx: VacancyContext) -> Alike:
        """What is remembered of the dwellings alike to this one (filled as they are judged)."""
        key = rules.dwelling_key(ctx, self._limits)
        found = self._dwellings.get(key)
        if found is None:
            shared = [r for r in rules.applicable(ctx) if r.code not in OWN]
            found = self._dwellings[key] = Alike(next(self._serial), shared)
        return found
