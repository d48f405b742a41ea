"""The window and the queue made ready to be replayed many times.

The applicants stand in the order of their standing (the ranking's criteria before fit, the same
on every dwelling of the day: `desktop.core.matching.ranking.standing`), numbered by position,
and are grouped by everything the rules read of them (`desktop.core.matching.rules.verdict_key`).
Who may have a dwelling is a set of positions kept as the bits of an integer: for each rule, the
groups it lets through (judged once per values it reads: `verdicts.RuleVerdicts`), and for the
dwelling, the rules' sets taken together, less those who excluded its department. The rules that
read the household's dated facts are asked of each applicant the replay comes to.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from desktop.core.forecast.verdicts import RuleVerdicts
from desktop.core.forecast.window import Window
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import standing

IGNORED = frozenset(("declined_before",))
"""Rules the forecast leaves out: each is about one past offer of one past dwelling."""
# Rules not asked of a group: the day's rules were asked when the queue was read; the sets and
# the household's facts are each applicant's own.
_NOT_FOR_GROUPS = frozenset((*rules.DAY_RULES, *rules.SET_RULES, *rules.MEMBER_RULES, *IGNORED))


def rule_view(ctx: VacancyContext, limits: Sequence[Decimal]) -> VacancyContext:
    """The dwelling as the rules see it, for applicants whose rent limits are `limits` (sorted):
    without what no rule reads (its number, department, postcode and town, lift), its floor as
    ground floor or not, and its monthly total as the smallest limit it is within (every one of
    those applicants passes the rent rule for both alike). Dwellings alike in this view get the
    same verdict from every rule for every applicant but their own sets (tests/unit/forecast
    holds every rule to it)."""
    where = bisect_left(limits, ctx.monthly_total)
    if not limits:
        total = Decimal(0)
    elif where < len(limits):
        total = limits[where]
    else:
        total = limits[-1] + 1
    return dataclasses.replace(
        ctx,
        vacancy_id=0,
        department_id=0,
        postcode=None,
        city=None,
        elevator=None,
        colour_snapshot={},
        open_offer=None,
        monthly_total=total,
        floor=None if ctx.ground_floor else "1",
    )


def bits_of(positions: Sequence[int]) -> int:
    """The positions as the bits of an integer."""
    found = 0
    for p in positions:
        found |= 1 << p
    return found


def positions_of(bits: int, first: int = 0) -> list[int]:
    """The positions of the bits of `bits` (counted from `first`), lowest first."""
    found = []
    while bits:
        low = bits & -bits
        found.append(first + low.bit_length() - 1)
        bits ^= low
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
        # the end (exclusive) of each position's block of equal standing
        self.block_end = [0] * len(positions)
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
        # positions from the last to the first: a string of 0s and 1s read as a number
        self._groups_backwards = group_of[::-1]
        limits = sorted({a.max_rent for a in facts if a.max_rent is not None})
        self.views = [rule_view(c, limits) for c in window.contexts]
        self.verdicts = {
            r.code: RuleVerdicts(r) for r in rules.RULES if r.code not in _NOT_FOR_GROUPS
        }
        self._passing: dict[str, dict[tuple[Any, ...], int]] = {code: {} for code in self.verdicts}
        self._versions = dict.fromkeys(self.verdicts, 0)
        self.member_rules = [
            [r for r in rules.applicable(view) if r.code in rules.MEMBER_RULES]
            for view in self.views
        ]
        self.excluding: dict[int, int] = {}  # department -> who excluded it
        for applicant_id, departments in excluded.items():
            at = self.position.get(applicant_id)
            if at is not None:
                for department in departments:
                    self.excluding[department] = self.excluding.get(department, 0) | 1 << at
        self.without_facts = bits_of([p for p, row in enumerate(self.rows) if not row[-1]])
        self.failing: dict[int, int] = {}  # dwelling -> who its member rules keep out
        self._members_ok: dict[tuple[int, int], bool] = {}
        self.eligible: list[int] = []
        self.kind: list[int] = []  # dwellings alike to the replay share a kind

    def __len__(self) -> int:
        return len(self.rows)

    def prepare(self) -> None:
        """Who may have each dwelling, by the rules asked of groups and the excluded
        departments (the household's facts are asked as the replay comes to them)."""
        cache: dict[tuple[Any, ...], int] = {}
        everyone = (1 << len(self.rows)) - 1
        self.eligible = []
        for i, view in enumerate(self.views):
            found = everyone
            kind: list[Any] = [self.window.dwellings[i].department_id]
            for rule in rules.applicable(view):
                if rule.code in self.verdicts:
                    bits, key = self._passes(rule.code, view)
                    found &= bits
                    kind.append((rule.code, key))
            known = cache.get(tuple(kind))
            if known is None:
                department = self.window.dwellings[i].department_id
                known = found & ~self.excluding.get(department, 0)
                cache[tuple(kind)] = known
            self.eligible.append(known)
        kinds: dict[tuple[int, int], int] = {}
        self.kind = [
            kinds.setdefault((id(bits), i if self.member_rules[i] else -1), len(kinds))
            for i, bits in enumerate(self.eligible)
        ]

    def _passes(self, code: str, view: VacancyContext) -> tuple[int, tuple[Any, ...]]:
        """The positions the rule lets through on the dwelling, and the key they are kept
        under."""
        verdicts = self.verdicts[code]
        passing = self._passing[code]
        key = verdicts.context_key(view)
        if verdicts.version == self._versions[code]:
            known = passing.get(key)
            if known is not None:
                return known, key
        table = bytearray(len(self.representatives))
        for g, a in enumerate(self.representatives):
            table[g] = 49 if verdicts.passes(view, a, key) else 48  # "1", "0"
            if verdicts.version != self._versions[code]:  # the key grew: what was kept goes
                passing.clear()
                self._versions[code] = verdicts.version
                key = verdicts.context_key(view)
        text = bytes(map(table.__getitem__, self._groups_backwards))
        bits = int(text, 2) if text else 0
        passing[key] = bits
        return bits, key

    def members_ok(self, i: int, p: int) -> bool:
        """Whether the household's facts let the applicant at `p` have dwelling `i`."""
        judged = self._members_ok.get((i, p))
        if judged is None:
            judged = rules.is_eligible(self.views[i], as_facts(self.rows[p]), self.member_rules[i])
            self._members_ok[(i, p)] = judged
            if not judged:
                self.failing[i] = self.failing.get(i, 0) | 1 << p
        return judged

    def fits_any(self, p: int) -> bool:
        """Whether any dwelling of the window fits the applicant at `p`."""
        bit = 1 << p
        return any(
            bits & bit and (not self.member_rules[i] or self.members_ok(i, p))
            for i, bits in enumerate(self.eligible)
        )
