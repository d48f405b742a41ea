"""The applicants on the list as a replay walks through the period: each comes on the list on
the day of registration and leaves it on the day the case closed, or when the replay offers
them a dwelling. Kept in ranking order (the ranking's `standing`), so that finding the first
candidate for a dwelling reads the list from the front and stops at the first who may be
offered it."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, insort
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.core.matching.model import FactsRow, as_facts

Standing = Callable[[Any], tuple[Any, ...]]
REGISTERED = 5  # the registration field of a `FactsRow`


class Pool:
    """The applicants on the list on the day last `advance`d to."""

    def __init__(
        self, rows: Sequence[FactsRow], closed_on: Mapping[int, dt.date], standing: Standing
    ) -> None:
        self._standing = standing
        self._rows = {row[0]: row for row in rows}
        # who comes on the list when, and who leaves it when, each in day order
        self._joining = sorted((row[REGISTERED], row[0]) for row in rows)
        self._leaving = sorted((day, applicant) for applicant, day in closed_on.items())
        self._next_join = 0
        self._next_leave = 0
        self._gone: set[int] = set()  # offered a dwelling, or closed
        self._order: list[tuple[tuple[Any, ...], int]] = []  # (standing, applicant) on the list
        self._keys: dict[int, tuple[tuple[Any, ...], int]] = {}
        self.day: dt.date | None = None

    def __len__(self) -> int:
        return len(self._order)

    def advance(self, day: dt.date) -> None:
        """The list as it stands on `day` (days only move forward)."""
        joining, leaving = self._joining, self._leaving
        first = self._next_join
        while self._next_join < len(joining) and joining[self._next_join][0] <= day:
            self._next_join += 1
        coming = [a for _day, a in joining[first : self._next_join] if a not in self._gone]
        if len(coming) > 100:  # many at once (the first day): sorting all beats inserting
            for applicant in coming:
                self._keys[applicant] = self._key(applicant)
            self._order.extend(self._keys[a] for a in coming)
            self._order.sort()
        else:
            for applicant in coming:
                self._add(applicant)
        while self._next_leave < len(leaving) and leaving[self._next_leave][0] <= day:
            self.take(leaving[self._next_leave][1])
            self._next_leave += 1
        self.day = day

    def _key(self, applicant: int) -> tuple[tuple[Any, ...], int]:
        return (self._standing(as_facts(self._rows[applicant])), applicant)

    def _add(self, applicant: int) -> None:
        key = self._keys[applicant] = self._key(applicant)
        insort(self._order, key)

    def take(self, applicant: int) -> None:
        """The applicant leaves the list for good."""
        self._gone.add(applicant)
        key = self._keys.pop(applicant, None)
        if key is not None:
            del self._order[bisect_left(self._order, key)]

    def reorder(self, standing: Standing) -> None:
        """Another ranking order came in force: the list sorted by it."""
        self._standing = standing
        self._keys = {
            applicant: (standing(as_facts(self._rows[applicant])), applicant)
            for applicant in self._keys
        }
        self._order = sorted(self._keys.values())

    @property
    def in_order(self) -> Sequence[tuple[tuple[Any, ...], int]]:
        """(standing, applicant) of everyone on the list, the first in the ranking first (not
        to be kept: it changes as applicants come and go)."""
        return self._order

    def row(self, applicant: int) -> FactsRow:
        return self._rows[applicant]
