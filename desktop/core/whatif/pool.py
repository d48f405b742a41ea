"""The applicants on the list as a replay walks through the period: each comes on the list on
the day of registration and leaves it on the day the case closed, or when the replay offers
them a dwelling.

They are kept in ranking order (the ranking's `standing`), and grouped by what the rules read of
them (`Judgements.number`, their verdict key as a number): a replay reads the list from the
front for most dwellings, and group by group for those few on the list may be offered. A key
depends on the day only through the applicant's age, so it is made again on a birthday."""

from __future__ import annotations

import datetime as dt
import heapq
from bisect import bisect_left, insort
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import standing
from desktop.core.matching.settings import Criterion
from desktop.core.whatif.judgements import Judgements, same_age_until

Standing = Callable[[ApplicantFacts], tuple[Any, ...]]
Entry = tuple[tuple[Any, ...], int]  # (standing, applicant)
REGISTERED = 5  # the registration field of a `FactsRow`
BIRTH = 6  # the birth date field


def standing_in(order: Sequence[Criterion]) -> Standing:
    """An applicant's `ranking.standing` on no day in particular: the waiting time counted from
    day 0, so the list keeps one order as the replay's days pass (every wait grows alike)."""

    def key(a: ApplicantFacts) -> tuple[Any, ...]:
        return standing(order, a.urgency, -a.registered_on.toordinal())

    return key


class Pool:
    """The applicants on the list on the day last `advance`d to."""

    def __init__(
        self,
        rows: Sequence[FactsRow],
        closed_on: Mapping[int, dt.date],
        standing_of: Standing,
        judgements: Judgements,
    ) -> None:
        self._standing = standing_of
        self._judgements = judgements
        self._generation = judgements.generation
        self._rows = {row[0]: row for row in rows}
        # who comes on the list when, and who leaves it when, each in day order
        self._joining = sorted((row[REGISTERED], row[0]) for row in rows)
        self._leaving = sorted((day, applicant) for applicant, day in closed_on.items())
        self._next_join = 0
        self._next_leave = 0
        self._gone: set[int] = set()  # offered a dwelling, or closed
        self._order: list[Entry] = []  # everyone on the list, in ranking order
        self._entry: dict[int, Entry] = {}
        self._number: dict[int, int] = {}  # applicant -> the number of their verdict key
        self._groups: dict[int, list[Entry]] = {}  # number -> its applicants, in ranking order
        self.opened: list[int] = []  # each group that came to have applicants, in turn
        self._birthdays: list[tuple[dt.date, int]] = []  # (last day of the key, applicant)

    def __len__(self) -> int:
        return len(self._order)

    @property
    def in_order(self) -> Sequence[Entry]:
        """Everyone on the list, the first in the ranking first (not to be kept: it changes as
        applicants come and go)."""
        return self._order

    @property
    def groups(self) -> Mapping[int, Sequence[Entry]]:
        """The applicants on the list by their verdict key's number, each in ranking order."""
        return self._groups

    def number(self, applicant: int) -> int:
        return self._number[applicant]

    def row(self, applicant: int) -> FactsRow:
        return self._rows[applicant]

    def advance(self, ctx: VacancyContext) -> None:
        """The list as it stands on `ctx.day` (days only move forward); the keys are made with
        the settings of `ctx`."""
        day = ctx.day
        if self._judgements.settle(ctx) or self._generation != self._judgements.generation:
            self._generation = self._judgements.generation
            for applicant in list(self._number):
                self._rekey(applicant, ctx)
        joining, leaving = self._joining, self._leaving
        first = self._next_join
        while self._next_join < len(joining) and joining[self._next_join][0] <= day:
            self._next_join += 1
        coming = [a for _day, a in joining[first : self._next_join] if a not in self._gone]
        for applicant in coming:
            self._add(applicant, ctx, one_of_many=len(coming) > 100)
        if len(coming) > 100:  # many at once (the first day): sorting all beats inserting
            self._order.sort()
            for members in self._groups.values():
                members.sort()
        while self._next_leave < len(leaving) and leaving[self._next_leave][0] <= day:
            self.take(leaving[self._next_leave][1])
            self._next_leave += 1
        while self._birthdays and self._birthdays[0][0] < day:
            _until, applicant = heapq.heappop(self._birthdays)
            if applicant in self._number:
                self._rekey(applicant, ctx)

    def _add(self, applicant: int, ctx: VacancyContext, *, one_of_many: bool) -> None:
        row = self._rows[applicant]
        entry = self._entry[applicant] = (self._standing(as_facts(row)), applicant)
        number = self._number[applicant] = self._judgements.number(ctx, row)
        members = self._group(number)
        if one_of_many:
            self._order.append(entry)
            members.append(entry)
        else:
            insort(self._order, entry)
            insort(members, entry)
        heapq.heappush(self._birthdays, (same_age_until(row[BIRTH], ctx.day), applicant))

    def _rekey(self, applicant: int, ctx: VacancyContext) -> None:
        row = self._rows[applicant]
        number = self._judgements.number(ctx, row)
        old = self._number[applicant]
        if number != old:
            entry = self._entry[applicant]
            self._leave_group(old, entry)
            insort(self._group(number), entry)
            self._number[applicant] = number
        heapq.heappush(self._birthdays, (same_age_until(row[BIRTH], ctx.day), applicant))

    def _group(self, number: int) -> list[Entry]:
        members = self._groups.get(number)
        if members is None:
            members = self._groups[number] = []
            self.opened.append(number)
        return members

    def _leave_group(self, number: int, entry: Entry) -> None:
        members = self._groups[number]
        del members[bisect_left(members, entry)]
        if not members:
            del self._groups[number]

    def take(self, applicant: int) -> None:
        """The applicant leaves the list for good."""
        self._gone.add(applicant)
        entry = self._entry.pop(applicant, None)
        if entry is None:
            return
        del self._order[bisect_left(self._order, entry)]
        self._leave_group(self._number.pop(applicant), entry)

    def reorder(self, standing_of: Standing) -> None:
        """Another ranking order came in force: the list sorted by it."""
        self._standing = standing_of
        for applicant in self._entry:
            self._entry[applicant] = (standing_of(as_facts(self._rows[applicant])), applicant)
        self._order = sorted(self._entry.values())
        self._groups = {}
        for applicant, entry in self._entry.items():
            self._group(self._number[applicant]).append(entry)
        for members in self._groups.values():
            members.sort()
