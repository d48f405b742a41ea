"""The window and the queue made ready to be replayed many times.

The applicants stand in the order of their standing (the ranking's criteria before fit, the same
on every dwelling of the day: `desktop.core.matching.ranking.standing`) and are grouped by
everything the rules read of them (`desktop.core.matching.rules.verdict_key`), so that a group
is judged once per kind of dwelling instead of each applicant per dwelling. The dwellings are
reduced to what the rules read of them (`rule_view`); the verdicts of the rules that read the
applicant's own sets (an excluded department) or the household's dated facts are asked for each
applicant, as the counts of desktop.core.matching.counts do.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from desktop.core.forecast.window import Window
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import standing

PASS, FAIL = 1, 2  # a verdict in `Market.verdicts` (0: not judged yet)

# Rules not asked of a group: the day's rules were asked when the queue was read; the sets and
# the household's facts are each applicant's own; and a dwelling declined before is one of the
# past, not the kind of dwelling still to come.
_NOT_FOR_GROUPS = frozenset((*rules.DAY_RULES, *rules.SET_RULES, *rules.MEMBER_RULES))
IGNORED = frozenset(("declined_before",))
"""Rules the forecast leaves out: each is about one past offer of one past dwelling."""


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


class Market:
    """The queue in standing order (`rows`, numbered by position) in groups, and the window's
    dwellings by kind (`kind[i]`: the index of dwelling i's rule view in `classes`)."""

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
        # the standing as a number: equal standings, equal numbers; smaller is ahead
        self.standing: list[int] = []
        previous: Any = None
        number = -1
        for i in positions:
            if keys[i][0] != previous:
                previous, number = keys[i][0], number + 1
            self.standing.append(number)
        totals = sorted({c.monthly_total for c in window.contexts})
        rooms = sorted({c.rooms for c in window.contexts if c.rooms is not None})
        groups: dict[tuple[Any, ...], int] = {}
        self.group_of: list[int] = []
        self.members: list[list[int]] = []  # positions, ascending
        for p, i in enumerate(positions):
            g = groups.setdefault(rules.verdict_key(ctx, facts[i], totals, rooms), len(groups))
            if g == len(self.members):
                self.members.append([])
            self.members[g].append(p)
            self.group_of.append(g)
        limits = sorted({a.max_rent for a in facts if a.max_rent is not None})
        classes: dict[VacancyContext, int] = {}
        self.kind = [
            classes.setdefault(rule_view(c, limits), len(classes)) for c in window.contexts
        ]
        self.classes = list(classes)
        self.group_rules = [
            [r for r in rules.applicable(c) if r.code not in _NOT_FOR_GROUPS] for c in self.classes
        ]
        self.member_rules = [
            [r for r in rules.applicable(c) if r.code in rules.MEMBER_RULES] for c in self.classes
        ]
        self.verdicts = [bytearray(len(self.members)) for _ in self.classes]
        self.excluded = {
            self.position[i]: deps for i, deps in excluded.items() if i in self.position
        }
        self.excluded_departments = frozenset().union(*self.excluded.values())
        self._own: dict[tuple[int, int], bool] = {}
        self._passes: dict[int, list[int]] = {}
        self.departments: list[frozenset[int]] = [frozenset() for _ in self.classes]
        for i, kind in enumerate(self.kind):
            self.departments[kind] |= {window.dwellings[i].department_id}

    def __len__(self) -> int:
        return len(self.rows)

    def judge(self, kind: int, group: int) -> int:
        """The verdict (PASS or FAIL) of the group on the kind of dwelling, judged once."""
        first = as_facts(self.rows[self.members[group][0]])
        verdict = (
            PASS if rules.is_eligible(self.classes[kind], first, self.group_rules[kind]) else FAIL
        )
        self.verdicts[kind][group] = verdict
        return verdict

    def each_own(self, kind: int, department_id: int) -> bool:
        """Whether applicants of one group may differ on a dwelling of this kind in this
        department: someone excluded the department, or the household's facts count."""
        return bool(self.member_rules[kind]) or department_id in self.excluded_departments

    def own(self, kind: int, department_id: int, position: int) -> bool:
        """The applicant's own verdict on a dwelling whose group passes: not an excluded
        department, and the household's facts do not keep it out."""
        deps = self.excluded.get(position)
        if deps is not None and department_id in deps:
            return False
        if not self.member_rules[kind]:
            return True
        key = (kind, position)
        verdict = self._own.get(key)
        if verdict is None:
            a = as_facts(self.rows[position])
            verdict = rules.is_eligible(self.classes[kind], a, self.member_rules[kind])
            self._own[key] = verdict
        return verdict

    def fits_any(self, position: int) -> bool:
        """Whether any dwelling of the window fits the applicant at `position`."""
        deps = self.excluded.get(position)
        for kind in self._passing(self.group_of[position]):
            allowed = self.departments[kind] if deps is None else self.departments[kind] - deps
            if allowed and (
                not self.member_rules[kind] or self.own(kind, next(iter(allowed)), position)
            ):
                return True
        return False

    def _passing(self, group: int) -> list[int]:
        """The kinds of dwelling the group passes (every kind judged)."""
        found = self._passes.get(group)
        if found is None:
            found = [
                kind
                for kind in range(len(self.classes))
                if (self.verdicts[kind][group] or self.judge(kind, group)) == PASS
            ]
            self._passes[group] = found
        return found

    def applicant(self, position: int) -> ApplicantFacts:
        return as_facts(self.rows[position])
