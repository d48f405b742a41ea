"""The replay's declines: how many applicants a dwelling can pass by their declines bounds the
shortcut that says "more than five years" without replaying."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from desktop.core.forecast import replay


def _window(count: int, length: int) -> Any:
    dwellings = [SimpleNamespace(offset=(n * 7) % length) for n in range(count)]
    return SimpleNamespace(dwellings=dwellings, length=length)


def test_no_dwelling_passes_more_applicants_by_declines_than_the_bound() -> None:
    window = _window(60, 365)
    share = 0.5
    seen = 0
    for replicate in range(replay.REPLICATES):
        for _i, _days, seed in replay.sequence(window, replicate):
            attempt = 0
            while replay.declines(seed, attempt, share):
                attempt += 1
            seen = max(seen, attempt)
    assert seen >= 3  # half decline: some dwellings pass several in a row
    bound = replay.longest_declines(60, replay.cycles(window), share)
    assert bound >= seen
    assert replay.longest_declines(60, replay.cycles(window), 0.0) == 0
