"""The first candidate of each dwelling a replay meets, found quickly over a long list.

The applicants are read in ranking order (`Pool`) until the first whom the matching rules let
be offered the dwelling. Applicants who wait longest are often those few dwellings suit (the
wheelchair user, the large household), so the same ones are read for dwelling after dwelling;
their verdicts are remembered. As `matching.counts` does, applicants alike to the rules
(`rules.verdict_key`) and dwellings alike to them (`rules.dwelling_key`) share the verdict of
every rule but those about the applicant's status, this dwelling (excluded department, declined
before) and the household's dated facts, which are judged for each applicant. A key depends on
the day only through the applicant's age: it is made again after a birthday, and all of them
when the settings the keys read change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import rank
from desktop.core.whatif.pool import Pool

_OWN = frozenset((*rules.DAY_RULES, *rules.SET_RULES, *rules.MEMBER_RULES))
MAX_RENT = 8  # the rent limit field of a `FactsRow`
Judged = Callable[[FactsRow], ApplicantFacts]


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


class Keys:
    """Each applicant's verdict key (`rules.verdict_key`) as a small number, and the last day it
    holds: made once for the replays of a period (numbers hash fast; the keys are long)."""

    def __init__(self, vacancy_totals: Sequence[Decimal]) -> None:
        self.totals = sorted(set(vacancy_totals))
        self.generation = 0  # moves when every key is made again
        self.of: dict[int, tuple[int, dt.date]] = {}  # applicant -> (key's number, valid through)
        self._numbers: dict[tuple[Any, ...], int] = {}
        self._settings: tuple[Any, ...] | None = None

    def settle(self, ctx: VacancyContext) -> None:
        """What the keys read of the settings; when it changes, every key is made again."""
        now = (ctx.target_groups, ctx.age, ctx.schemes)
        if now != self._settings:
            self._settings = now
            self.of.clear()
            self._numbers.clear()
            self.generation += 1

    def make(self, ctx: VacancyContext, row: FactsRow) -> tuple[int, dt.date]:
        facts = as_facts(row)
        key = rules.verdict_key(ctx, facts, self.totals)
        number = self._numbers.setdefault(key, len(self._numbers))
        known = self.of[facts.id] = (number, same_age_until(facts.birth_date, ctx.day))
        return known


class Matcher:
    """Finds first candidates and remembers the verdicts of alike applicants and dwellings."""

    def __init__(self, applicants: Sequence[FactsRow], keys: Keys) -> None:
        self._limits = sorted({row[MAX_RENT] for row in applicants if row[MAX_RENT] is not None})
        self._keys = keys
        self._generation = keys.generation
        self._dwellings: dict[tuple[Any, ...], dict[int, bool]] = {}

    def first(self, ctx: VacancyContext, pool: Pool, judged: Judged) -> ApplicantFacts | None:
        """The first in the ranking among the applicants on the list whom the rules let be
        offered the dwelling (`judged` gives an applicant's row as the rules read it for this
        dwelling); None when no one may be."""
        if not ctx.may_place:
            return None  # the colour rule excludes everyone (as `ranking_in` says)
        keys = self._keys
        keys.settle(ctx)
        if keys.generation != self._generation:
            self._generation = keys.generation
            self._dwellings.clear()
        applicable = rules.applicable(ctx)
        shared = [r for r in applicable if r.code not in _OWN]
        own = [r for r in applicable if r.code in _OWN]
        verdicts = self._dwellings.setdefault(rules.dwelling_key(ctx, self._limits), {})
        of, day, row_of = keys.of, ctx.day, pool.row
        lead: tuple[Any, ...] | None = None
        tied: list[ApplicantFacts] = []
        for place, applicant in pool.in_order:
            if lead is not None and place != lead:
                break
            known = of.get(applicant)
            if known is None or known[1] < day:
                known = keys.make(ctx, row_of(applicant))
            passes = verdicts.get(known[0])
            if passes is None:
                row = row_of(applicant)
                passes = verdicts[known[0]] = rules.is_eligible(ctx, as_facts(row), shared)
            if not passes:
                continue
            facts = judged(row_of(applicant))
            if rules.is_eligible(ctx, facts, own):
                lead = place
                tied.append(facts)
        if not tied:
            return None
        return rank(ctx, tied)[0].applicant
