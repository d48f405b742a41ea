"""The replay: the window's dwellings come again, from the forecast's day on, and each goes to
the first in the ranking who may have it (the real rules and ranking, judged on the day); whoever
gets one leaves the queue. Applicants behind the one asked about never change when that one is
served, so a forecast for one applicant replays only those level with or ahead of them, and gets
the same answer as the replay of the whole list.

The sequences are the window's dwellings drawn at random with replacement, as many as came, in
the order of the days they were reported, window after window (a bootstrap of the past
months); each replicate has its own seed, the same for every applicant and every run.
"""

from __future__ import annotations

import math
import random
from array import array
from bisect import bisect_left, insort
from collections.abc import Iterator

from desktop.core.forecast.market import PASS, Market
from desktop.core.matching.ranking import rank

REPLICATES = 20  # the past window drawn again this many times
HORIZON_DAYS = 5 * 365 + 1  # beyond five years the replay stops: "more than five years"


def sequence(market: Market, replicate: int) -> Iterator[tuple[int, int]]:
    """The dwellings of one replicate, each with its day counted from the forecast's day
    (dwelling index, days), up to the horizon."""
    window = market.window
    offsets = [d.offset for d in window.dwellings]
    count, length = len(offsets), window.length
    if not count or length <= 0:
        return
    for cycle in range(math.ceil(HORIZON_DAYS / length)):
        draw = random.Random(replicate * 100_003 + cycle)
        start = cycle * length
        for i in sorted(draw.choices(range(count), k=count), key=offsets.__getitem__):
            days = start + offsets[i]
            if days > HORIZON_DAYS:
                return
            yield i, days


class Replay:
    """One run through a sequence: who is still waiting, and each group's first in line."""

    def __init__(self, market: Market) -> None:
        self.market = market
        self.served = bytearray(len(market))
        self.head = [0] * len(market.members)
        # the first of each group still waiting, in standing order (groups are numbered in
        # the order of their first member)
        self.walk = [members[0] for members in market.members]

    def give(self, i: int) -> int:
        """Dwelling `i` to the first in the ranking who may have it; their position, or -1
        when no one in this queue may (it goes to someone not replayed)."""
        m = self.market
        kind = m.kind[i]
        department = m.window.dwellings[i].department_id
        verdicts = m.verdicts[kind]
        each = m.each_own(kind, department)
        standing, group_of, members, served = m.standing, m.group_of, m.members, self.served
        best = len(m.standing)  # no standing is this large
        chosen: list[int] = []
        for first in self.walk:
            if standing[first] > best:
                break
            group = group_of[first]
            verdict = verdicts[group] or m.judge(kind, group)
            if verdict != PASS:
                continue
            found = -1
            line = members[group]
            for k in range(self.head[group], len(line)):
                p = line[k]
                level = standing[p]
                if level > best or (found >= 0 and level > found):
                    break
                if served[p] or (each and not m.own(kind, department, p)):
                    continue
                if level < best:
                    best, chosen = level, [p]
                else:
                    chosen.append(p)
                found = level
        if not chosen:
            return -1
        winner = chosen[0]
        if len(chosen) > 1:  # level on standing: fit and the tie-breakers decide, as ranked
            ranked = rank(m.window.contexts[i], [m.rows[p] for p in chosen])
            winner = m.position[ranked[0].applicant_id]
        self._serve(winner)
        return winner

    def _serve(self, p: int) -> None:
        m = self.market
        self.served[p] = 1
        group = m.group_of[p]
        line = m.members[group]
        k = self.head[group]
        if line[k] != p:
            return
        del self.walk[bisect_left(self.walk, p)]
        k += 1
        while k < len(line) and self.served[line[k]]:
            k += 1
        self.head[group] = k
        if k < len(line):
            insort(self.walk, line[k])


def wait_of(market: Market, position: int, replicate: int) -> int | None:
    """The days until the applicant at `position` gets a dwelling in one replicate (None:
    not within the horizon)."""
    run = Replay(market)
    for i, days in sequence(market, replicate):
        if run.give(i) == position:
            return days
    return None


def waits(market: Market, replicate: int) -> array[int]:
    """Every applicant's days until a dwelling in one replicate, by position (-1: not within
    the horizon)."""
    found = array("i", [-1]) * len(market)
    run = Replay(market)
    left = len(market)
    for i, days in sequence(market, replicate):
        winner = run.give(i)
        if winner >= 0:
            found[winner] = days
            left -= 1
            if not left:
                break
    return found
