"""The window and the queue made ready to be replayed many times.

The applicants stand in the order of their standing (the ranking's criteria before fit, the same
on every dwelling of the day: `desktop.core.matching.ranking.standing`), numbered by position,
and are grouped by everything the rules read of them (`desktop.core.matching.rules.verdict_key`).
Who may have a dwelling is a set of positions kept as the bits of an integer: for each rule, the
groups it lets through (judged once per values the rule reads: `verdicts.RuleVerdicts`), and for
the dwelling, the rules' sets taken together, less those who excluded its department. The rules
that read the household's dated facts are asked of each applicant the replay comes to.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from desktop.core.forecast.verdicts import RuleVerdicts
from desktop.core.forecast.window import Window
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import standing
from desktop.core.matching.rules import Rule

IGNORED = frozenset(("declined_before",))
"""Rules the forecast leaves out: each is about one past offer of one past dwelling."""
# Rules not asked of a group: the day's rules are asked when the queue is read; the sets and
# the household's facts are each applicant's own.
_NOT_FOR_GROUPS = frozenset((*rules.DAY_RULES, *rules.SET_RULES, *rules.MEMBER_RULES, *IGNORED))


class Narrowed:
    """A dwelling's context whose monthly total is the smallest of `limits` (sorted) it is
    within: every applicant with one of those rent limits passes the rent rule for both alike,
    and dwellings alike in this view share the rule's verdicts (tests/unit/forecast holds every
    rule to it)."""

    __slots__ = ("_ctx", "monthly_total")

    def __init__(self, ctx: VacancyContext, limits: Sequence[Decimal]) -> None:
        self._ctx = ctx
        self.monthly_total = narrowed_total(ctx.monthly_total, limits)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ctx, name)


def narrowed_total(total: Decimal, limits: Sequence[Decimal]) -> Decimal:
    """The smallest of `limits` (sorted) that `total` is within (`Narrowed`)."""
    where = bisect_left(limits, total)
    if not limits:
        return Decimal(0)
    if where < len(limits):
        return limits[where]
    return limits[-1] + 1


def narrowed(ctx: VacancyContext, limits: Sequence[Decimal]) -> VacancyContext:
    """`ctx` as the rules judge it for applicants with the rent limits `limits` (`Narrowed`)."""
    return cast(VacancyContext, Narrowed(ctx, limits))


class _RuleSets:
    """Who one rule lets through on a dwelling, as bits: the rule is asked once for each kind
    of applicant, applicants alike in what it has read being of one kind."""

    def __init__(self, verdicts: RuleVerdicts, market: Market) -> None:
        self.verdicts = verdicts
        self.market = market
        self.passing: dict[tuple[Any, ...], int] = {}
        self.version = -1
        self.kind_of: list[int] = []  # each group's kind
        self.kinds: list[ApplicantFacts] = []  # one applicant of each kind
        self.keys: dict[int, tuple[Any, ...]] = {}  # the dwellings' context keys, as asked
        self._total_at: int | None = None  # where the rent stands in a context key

    def _sort(self) -> None:
        """Sort the applicants into kinds and the dwellings into keys by what the rule has
        read (again when it read something new)."""
        verdicts = self.verdicts
        names = verdicts.applicant_names
        found: dict[tuple[Any, ...], int] = {}
        self.kinds = []
        self.kind_of = []
        for a in self.market.representatives:
            kind = found.setdefault(tuple(getattr(a, name) for name in names), len(found))
            if kind == len(self.kinds):
                self.kinds.append(a)
            self.kind_of.append(kind)
        self.keys.clear()
        names = verdicts.context_names
        self._total_at = names.index("monthly_total") if "monthly_total" in names else None
        self.passing.clear()
        self.version = verdicts.version

    def _key(self, i: int) -> tuple[Any, ...]:
        """Dwelling `i`'s values of what the rule has read of a dwelling (the rent as
        narrowed: `Narrowed`)."""
        key = self.keys.get(i)
        if key is None:
            key = self.market.window.context_key(self.verdicts, i)
            at = self._total_at
            if at is not None:
                key = (*key[:at], self.market.totals[i], *key[at + 1 :])
            self.keys[i] = key
        return key

    def bits(self, i: int) -> int:
        """Who the rule lets through on dwelling `i`."""
        verdicts = self.verdicts
        if verdicts.version != self.version:
            self._sort()
        known = self.passing.get(self._key(i))
        if known is not None:
            return known
        view = self.market.view(i)
        while True:
            key = self._key(i)
            verdict = bytearray(len(self.kinds))
            for k, a in enumerate(self.kinds):
                verdict[k] = 49 if verdicts.passes(view, a, key) else 48  # "1", "0"
                if verdicts.version != self.version:
                    break
            else:
                break
            self._sort()
        by_group = bytes(verdict[k] for k in self.kind_of)
        # positions from the last to the first: a string of 0s and 1s read as a number
        text = bytes(map(by_group.__getitem__, self.market.groups_backwards))
        found = int(text, 2) if text else 0
        self.passing[key] = found
        return found


class Market:
    """The queue in standing order (`rows`, by position) and who may have each of the window's
    dwellings (`eligible[i]`, after `prepare`)."""

    def __init__(
        self,
        window: Window,
        rows: Sequence[FactsRow],
        excluded: Mapping[int, frozenset[int]],
    ) -> None:
        self.window = window
        ctx = window.contexts[0]
        order = ctx.ranking.order
        today = window.day.toordinal()
        facts = [as_facts(row) for row in rows]
        keys = [
            (standing(order, a.urgency, today - a.registered_on.toordinal()), a.registered_on, a.id)
            for a in facts
        ]
        positions = sorted(range(len(rows)), key=keys.__getitem__)
        self.rows: list[FactsRow] = [rows[i] for i in positions]
        self.ids: list[int] = [rows[i][0] for i in positions]
        self.position = {applicant_id: p for p, applicant_id in enumerate(self.ids)}
        # the first and the end (exclusive) of each position's block of equal standing
        self.block_start = [0] * len(positions)
        self.block_end = [0] * len(positions)
        for p in range(1, len(positions)):
            same = keys[positions[p]][0] == keys[positions[p - 1]][0]
            self.block_start[p] = self.block_start[p - 1] if same else p
        end = len(positions)
        for p in range(len(positions) - 1, -1, -1):
            if p + 1 < len(positions) and keys[positions[p]][0] != keys[positions[p + 1]][0]:
                end = p + 1
            self.block_end[p] = end
        totals = sorted({c.monthly_total for c in window.contexts})
        rooms = sorted({c.rooms for c in window.contexts if c.rooms is not None})
        groups: dict[tuple[Any, ...], int] = {}
        group_of: list[int] = []
        self.representatives: list[ApplicantFacts] = []
        for i in positions:
            key = rules.verdict_key(ctx, facts[i], totals, rooms)
            g = groups.setdefault(key, len(groups))
            if g == len(self.representatives):
                self.representatives.append(facts[i])
            group_of.append(g)
        self.groups_backwards = group_of[::-1]
        limits = sorted({a.max_rent for a in facts if a.max_rent is not None})
        self.limits = limits
        self.totals = [narrowed_total(c.monthly_total, limits) for c in window.contexts]
        self._views: dict[int, VacancyContext] = {}
        self.applicable = window.applicable
        household_rules = frozenset(rules.MEMBER_RULES)
        # (dwellings with the same rules share their tuple of them: `Window.applicable`)
        members: dict[int, tuple[Rule, ...]] = {}
        self.member_rules: list[tuple[Rule, ...]] = []
        for applicable in self.applicable:
            household = members.get(id(applicable))
            if household is None:
                household = members[id(applicable)] = tuple(
                    r for r in applicable if r.code in household_rules
                )
            self.member_rules.append(household)
        self.excluding: dict[int, int] = {}  # department -> who excluded it
        for applicant_id, departments in excluded.items():
            at = self.position.get(applicant_id)
            if at is not None:
                for department in departments:
                    self.excluding[department] = self.excluding.get(department, 0) | 1 << at
        self.without_facts = 0
        # 1 where the household has no legal fact: the household's rules but those that need a
        # fact (`rules.NEEDS_A_FACT`) let it through, unasked
        self.factless = bytearray(len(self.rows))
        for p, row in enumerate(self.rows):
            if not row[-1]:
                self.without_facts |= 1 << p
                self.factless[p] = 1
        self.needs_a_fact = [
            any(r.code in rules.NEEDS_A_FACT for r in household) for household in self.member_rules
        ]
        self.failing: dict[int, int] = {}  # household kind -> who its rules keep out
        self._members_ok: dict[tuple[int, int], bool] = {}
        self.household: list[int] = []  # each dwelling's household kind (-1: none)
        self.versions: tuple[int, ...] = ()
        self.generation = 0  # moves on whenever the kinds are sorted again
        self.kinds = 0
        self.households_may = 0  # who may have a dwelling where the household's facts count
        self.sets = {
            code: _RuleSets(verdicts, self)
            for code, verdicts in window.verdicts.items()
            if code not in _NOT_FOR_GROUPS
        }
        self.passes: list[list[tuple[str, int]]] = []  # each dwelling's rules and their sets
        self.eligible: list[int] = []
        self.kind: list[int] = []  # dwellings alike to the replay share a kind
        self.servable = 0  # who may have a dwelling of the window without their household's say

    def __len__(self) -> int:
        return len(self.rows)

    def view(self, i: int) -> VacancyContext:
        """Dwelling `i`'s context as the rules judge it for this queue (`narrowed`), made when
        first asked: one applicant's forecast asks about few dwellings."""
        found = self._views.get(i)
        if found is None:
            found = self._views[i] = narrowed(self.window.contexts[i], self.limits)
        return found

    def prepare(self) -> None:
        """Who may have each dwelling, by the rules asked of groups and the excluded
        departments (the household's facts are asked as the replay comes to them)."""
        everyone = (1 << len(self.rows)) - 1
        alike: dict[tuple[int, ...], int] = {}
        # dwellings alike to the rules asked of groups (`rules.dwelling_key`, the rent narrowed
        # to the queue's limits as `Narrowed` narrows it) get the same sets: asked once
        same: dict[tuple[Any, ...], list[tuple[str, int]]] = {}
        asked: dict[int, tuple[str, ...]] = {}  # (by the dwellings' shared tuple of rules)
        for i, applicable in enumerate(self.applicable):
            codes = asked.get(id(applicable))
            if codes is None:
                codes = asked[id(applicable)] = tuple(
                    r.code for r in applicable if r.code in self.sets
                )
            try:
                shape: tuple[Any, ...] | None = (
                    rules.dwelling_key(self.window.contexts[i], self.limits),
                    codes,
                )
                passes = same.get(shape)  # type: ignore[arg-type]
            except TypeError:  # a value that cannot be a key: the dwelling is asked alone
                shape, passes = None, None
            if passes is None:
                passes = [(code, self.sets[code].bits(i)) for code in codes]
                if shape is not None:
                    same[shape] = passes
            department = self.window.dwellings[i].department_id
            key = (department, *(id(bits) for _code, bits in passes))
            found = alike.get(key)
            if found is None:
                found = everyone & ~self.excluding.get(department, 0)
                for _code, bits in passes:
                    found &= bits
                alike[key] = found
            self.passes.append(passes)
            self.eligible.append(found)
            if self.member_rules[i]:
                self.households_may |= found
            else:
                self.servable |= found
        self._sort_households()

    def _household_versions(self) -> tuple[int, ...]:
        return tuple(self.window.verdicts[code].version for code in rules.MEMBER_RULES)

    def _sort_households(self) -> None:
        """Sort the dwellings into kinds by what the rules that read the household's facts have
        read of them (dwellings of a kind get the same verdicts), and forget what was kept
        under the kinds before: again whenever such a rule reads something new."""
        window = self.window
        found: dict[tuple[Any, ...], int] = {}
        self.household = []
        for i, household_rules in enumerate(self.member_rules):
            if not household_rules:
                self.household.append(-1)
                continue
            key = tuple(
                (r.code, window.context_key(window.verdicts[r.code], i)) for r in household_rules
            )
            try:
                self.household.append(found.setdefault(key, len(found)))
            except TypeError:  # a value that cannot be a key: the dwelling is a kind of its own
                self.household.append(found.setdefault((i,), len(found)))
        kinds: dict[tuple[int, int], int] = {}
        self.kind = [
            kinds.setdefault((id(bits), household), len(kinds))
            for bits, household in zip(self.eligible, self.household, strict=True)
        ]
        self.kinds = len(kinds)
        self._members_ok.clear()
        self.failing.clear()
        self.versions = self._household_versions()
        self.generation += 1

    def members_ok(self, i: int, p: int) -> bool:
        """Whether the household's facts let the applicant at `p` have dwelling `i`."""
        if self.factless[p] and not self.needs_a_fact[i]:
            return True
        judged = self._members_ok.get((self.household[i], p))
        if judged is not None:
            return judged
        a = as_facts(self.rows[p])
        view = self.view(i)
        window = self.window
        judged = all(
            window.verdicts[r.code].passes(view, a, window.context_key(window.verdicts[r.code], i))
            for r in self.member_rules[i]
        )
        if self._household_versions() != self.versions:
            self._sort_households()
        household = self.household[i]
        self._members_ok[(household, p)] = judged
        if not judged:
            self.failing[household] = self.failing.get(household, 0) | 1 << p
        return judged

    def fits_any(self, p: int) -> bool:
        """Whether any dwelling of the window fits the applicant at `p`."""
        bit = 1 << p
        if self.servable & bit:
            return True
        if not self.households_may & bit:
            return False
        return any(
            self.eligible[i] & bit and self.members_ok(i, p)
            for i in range(len(self.eligible))
            if self.member_rules[i]
        )
