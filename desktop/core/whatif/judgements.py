"""The verdicts the replays of a period remember.

As `matching.counts` does, applicants alike to the rules (`rules.verdict_key`) and dwellings
alike to them (`rules.dwelling_key`) share the verdict of every rule but those about the
applicant's status, this very dwelling (excluded department, declined before) and the
household's dated facts, which are judged for each applicant. An applicant's key depends on the
day only through the applicant's age (the age rules read the birth date only that way), so a
key is made once per applicant and age, and all of them again when the settings they read
change. The replays of one period share one `Judgements`: what the first learnt, the second
need not judge again.

Most of those rules read neither the day nor the birth date (the rent, the rooms, the needs):
their verdict on a key holds on every day. Such a rule is asked once for each set of values it
reads (`forecast.verdicts.RuleVerdicts`), and who it lets through is kept as bits over the
keys' numbers, so the keys that dwellings alike to the rules may be offered at all are the
rules' bits taken together (`Alike.bits`): only those are judged one by one, by the rules that
read the day.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.core.forecast.verdicts import RuleVerdicts
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, age_on, as_facts
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
    # the numbers below `known` that the rules reading neither the day nor the birth date let
    # through, as bits; only `daily` is asked of those, all of `shared` of the numbers after
    bits: int = 0
    known: int = 0
    daily: list[Rule] = field(default_factory=list)
    allowed: bytes = b""  # the bits as text, one a key: b"1" let through, b"0" ruled out

    def judge(self, ctx: VacancyContext, number: int, row: FactsRow) -> bool:
        """Whether the applicants of the key `number` (`row` is one of them) pass `shared`."""
        if number < self.known:
            if not self.bits >> number & 1:
                self.verdicts[number] = False
                return False
            checks = self.daily
        else:
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

    def candidates(self, numbers: int) -> Iterator[int]:
        """The numbers below `numbers` the bits do not rule out (those from `known` on are not
        judged yet)."""
        text = self.allowed
        at = text.find(b"1", 0, self.known)
        while at >= 0:
            yield at
            at = text.find(b"1", at + 1, self.known)
        yield from range(self.known, numbers)


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


_DAILY_CONTEXT = frozenset(("day",))
_DAILY_APPLICANT = frozenset(("birth_date",))


class _RuleBits:
    """Who one rule lets through, as bits over the keys' numbers: the keys sorted into classes
    by the values the rule reads of an applicant, each class asked once per values it reads of
    a dwelling."""

    def __init__(self, rule: Rule, facts: list[ApplicantFacts]) -> None:
        self.verdicts = RuleVerdicts(rule)
        self._facts = facts  # one applicant of each key, by number
        self._version = -1
        self._sorted = 0  # the numbers sorted into classes so far
        self._classes: dict[tuple[Any, ...], list[int]] = {}  # values -> (one number, bits)
        self._bits: dict[tuple[Any, ...], int] = {}
        self._passing: dict[tuple[Any, ...], tuple[int, int]] = {}  # dwelling values -> bits

    @property
    def daily(self) -> bool:
        """Whether the rule has read the day or the birth date (its bits would not hold)."""
        v = self.verdicts
        return bool(
            _DAILY_CONTEXT.intersection(v.context_names)
            or _DAILY_APPLICANT.intersection(v.applicant_names)
        )

    def _sort(self) -> None:
        if self.verdicts.version != self._version:
            self._version = self.verdicts.version
            self._sorted = 0
            self._classes.clear()
            self._bits.clear()
            self._passing.clear()
        names = self.verdicts.applicant_names
        facts = self._facts
        found: dict[tuple[Any, ...], list[int]] = {}
        for number in range(self._sorted, len(facts)):
            a = facts[number]
            found.setdefault(tuple(getattr(a, name) for name in names), []).append(number)
        for values, numbers in found.items():
            self._classes.setdefault(values, numbers[:1])
            bits = self._bits.get(values, 0)
            for number in numbers:
                bits |= 1 << number
            self._bits[values] = bits
        self._sorted = len(facts)

    def bits(self, ctx: VacancyContext) -> int | None:
        """The numbers the rule lets through on `ctx` (None: it reads the day or the birth
        date, or a value that cannot be kept; it is asked of each key then)."""
        verdicts = self.verdicts
        while True:
            if self.daily:
                return None
            self._sort()
            try:
                key = verdicts.context_key(ctx)
                kept = self._passing.get(key)
            except TypeError:
                return None
            if kept is not None and kept[0] == self._sorted:
                return kept[1]
            version = verdicts.version
            found = 0
            for values, first in self._classes.items():
                if verdicts.passes(ctx, self._facts[first[0]], key):
                    found |= self._bits[values]
                if verdicts.version != version:
                    break  # it read something new: sorted again
            else:
                self._passing[key] = (self._sorted, found)  # (the key hashed: asked above)
                return found


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
        self._facts: list[ApplicantFacts] = []  # the applicant each key was made of, by number
        self._rules: dict[str, _RuleBits] = {}

    def __len__(self) -> int:
        """How many keys have a number."""
        return len(self._facts)

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
        self._facts = []
        self._rules.clear()
        self.generation += 1
        return changed

    def number(self, ctx: VacancyContext, row: FactsRow) -> int:
        """The number of the applicant's verdict key on `ctx.day`."""
        age = (row[0], age_on(row[BIRTH], ctx.day))
        found = self._by_age.get(age)
        if found is None:
            facts = as_facts(row)
            key = rules.verdict_key(ctx, facts, self._totals)
            found = self._numbers.get(key)
            if found is None:
                found = self._numbers[key] = len(self._numbers)
                self._facts.append(facts)
            self._by_age[age] = found
        return found

    def alike(self, ctx: VacancyContext) -> Alike:
        """What is remembered of the dwellings alike to this one (filled as they are judged)."""
        key = rules.dwelling_key(ctx, self._limits)
        found = self._dwellings.get(key)
        if found is None:
            shared = [r for r in rules.applicable(ctx) if r.code not in OWN]
            found = self._dwellings[key] = Alike(next(self._serial), shared)
            self._fill(ctx, found)
        return found

    def _fill(self, ctx: VacancyContext, alike: Alike) -> None:
        """The bits of the rules that read neither the day nor the birth date."""
        everyone = (1 << len(self._facts)) - 1
        bits = everyone
        daily = []
        for rule in alike.shared:
            sets = self._rules.get(rule.code)
            if sets is None:
                sets = self._rules[rule.code] = _RuleBits(rule, self._facts)
            found = sets.bits(ctx)
            if found is None:
                daily.append(rule)
            else:
                bits &= found
        alike.bits, alike.known, alike.daily = bits, len(self._facts), daily
        alike.allowed = bin(bits)[:1:-1].ljust(alike.known, "0").encode()
