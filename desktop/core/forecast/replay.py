"""The replay: the window's dwellings come again, from the forecast's day on, and each goes to
the first in the ranking who may have it (the real rules and ranking, judged on the day); whoever
gets one leaves the queue. Applicants behind the one asked about never change when that one is
served, so a forecast for one applicant replays only those level with or ahead of them, and gets
the same answer as the replay of the whole list.

The sequences are the window's dwellings drawn at random with replacement, as many as came, in
the order of the days they were reported, window after window (a bootstrap of the past
months); each replicate has its own seed, the same for every applicant and every run. As many
offers are declined as were in the window (`Window.declined`): the one who declines stays in
the queue and the dwelling goes to the next (each decision drawn from the dwelling's own seed,
so that a forecast for one applicant meets the same declines as the whole list).
"""

from __future__ import annotations

import math
import random
from array import array
from collections.abc import Iterator
from functools import lru_cache

from desktop.core.forecast.market import Market
from desktop.core.forecast.window import Window
from desktop.core.matching.ranking import rank

REPLICATES = 20  # the past window drawn again this many times
HORIZON_DAYS = 5 * 365 + 1  # beyond five years the replay stops: "more than five years"


def cycles(window: Window) -> int:
    """How many windows the horizon holds."""
    return math.ceil(HORIZON_DAYS / window.length)


def sequence(window: Window, replicate: int) -> Iterator[tuple[int, int, int]]:
    """The dwellings of one replicate, each with its day counted from the forecast's day and
    its seed (dwelling index, days, seed), up to the horizon."""
    offsets = [d.offset for d in window.dwellings]
    count, length = len(offsets), window.length
    if not count or length <= 0:
        return
    for cycle in range(cycles(window)):
        draw, seeds = _draw(replicate, cycle, count)
        start = cycle * length
        for n, i in enumerate(sorted(draw.choices(range(count), k=count), key=offsets.__getitem__)):
            days = start + offsets[i]
            if days > HORIZON_DAYS:
                return
            yield i, days, seeds[n]


def _draw(replicate: int, cycle: int, count: int) -> tuple[random.Random, list[int]]:
    """One window of one replicate: its random source, after the dwellings' decline seeds were
    drawn from it (the seeds first, then the dwellings: `sequence` and `longest_declines`)."""
    draw = random.Random(replicate * 100_003 + cycle)
    return draw, [draw.getrandbits(32) for _ in range(count)]


@lru_cache(maxsize=16)
def longest_declines(count: int, windows: int, share: float) -> int:
    """The most applicants any dwelling of any replicate passes by their declines (of a window
    of `count` dwellings, `windows` windows, declined at `share`): a dwelling can reach someone
    with that many still waiting ahead of them on it, never more. The seeds alone decide it, so
    every dwelling drawn (and some past the horizon) is counted: a bound, never too small."""
    if not share:
        return 0
    longest = 0
    for replicate in range(REPLICATES):
        for cycle in range(windows):
            for seed in _draw(replicate, cycle, count)[1]:
                attempt = 0
                while declines(seed, attempt, share):
                    attempt += 1
                longest = max(longest, attempt)
    return longest


def declines(seed: int, attempt: int, share: float) -> bool:
    """Whether the `attempt`-th applicant offered the dwelling of `seed` declines it (a share
    `share` of them do)."""
    mixed = (seed ^ (attempt * 0x9E3779B9)) * 2654435761 % 2**32
    return mixed < share * 2**32


class Replay:
    """One run through a sequence: who is still waiting (the bits of `waiting`)."""

    def __init__(self, market: Market) -> None:
        self.market = market
        self.waiting = (1 << len(market)) - 1
        # kinds of dwelling no one left may have: the queue only shrinks, so they stay so
        self.dead: set[int] = set()
        self.generation = market.generation

    def _first_ranked(self, i: int, p: int, free: int, members: bool) -> int:
        """Of the applicants level on standing with `p` who may have dwelling `i`, the first in
        its ranking (fit, then the tie-breakers)."""
        m = self.market
        end = m.block_end[p]
        level = (free >> p) & ((1 << (end - p)) - 1)
        if not level & (level - 1):  # `p` alone
            return p
        found = []
        while level:
            low = level & -level
            q = p + low.bit_length() - 1
            level ^= low
            if not members or m.members_ok(i, q):
                found.append(q)
        if len(found) == 1:
            return found[0]
        return m.position[rank(m.window.contexts[i], [m.rows[q] for q in found])[0].applicant_id]

    @property
    def exhausted(self) -> bool:
        """No dwelling of the window can go to anyone left."""
        return len(self.dead) == self.market.kinds

    def give(self, i: int, seed: int = 0) -> int:
        """Dwelling `i` to the first in the ranking who may have it; their position, or -1
        when no one in this queue may (it goes to someone not replayed)."""
        m = self.market
        if m.generation != self.generation:  # the kinds were sorted again
            self.dead.clear()
            self.generation = m.generation
        if m.kind[i] in self.dead:
            return -1
        free = m.eligible[i] & self.waiting
        members = bool(m.member_rules[i])
        if members:
            free &= ~m.failing.get(m.household[i], 0)
        share = m.window.declined
        attempt = 0
        while free:
            low = free & -free
            p = low.bit_length() - 1
            if members and not m.members_ok(i, p):
                free ^= low
                continue
            if m.block_end[p] - p > 1:  # others level on standing: fit and the tie-breakers
                p = self._first_ranked(i, p, free, members)
            if share and declines(seed, attempt, share):  # stays in the queue
                free &= ~(1 << p)
                attempt += 1
                continue
            self.waiting ^= 1 << p
            return p
        if not attempt:  # no one left may have it (not: everyone declined)
            self.dead.add(m.kind[i])
        return -1


def wait_of(market: Market, position: int, replicate: int) -> int | None:
    """The days until the applicant at `position` gets a dwelling in one replicate (None:
    not within the horizon)."""
    run = Replay(market)
    for i, days, seed in sequence(market.window, replicate):
        if run.give(i, seed) == position:
            return days
        if run.exhausted:
            break
    return None


def waits(market: Market, replicate: int) -> array[int]:
    """Every applicant's days until a dwelling in one replicate, by position (-1: not within
    the horizon)."""
    found = array("i", [-1]) * len(market)
    run = Replay(market)
    servable = 0
    for bits in set(market.eligible):
        servable |= bits
    left = servable.bit_count()
    for i, days, seed in sequence(market.window, replicate):
        winner = run.give(i, seed)
        if winner >= 0:
            found[winner] = days
            left -= 1
        if left <= 0 or run.exhausted:
            break
    return found
