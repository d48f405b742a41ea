"""The median and the range of the replicates, by nearest rank; a replicate that never reached
the applicant counts as beyond the horizon."""

from __future__ import annotations

from desktop.core.forecast.estimate import WaitRange


def test_the_median_and_the_10th_to_90th_percentile_of_the_replicates() -> None:
    assert WaitRange.of(list(range(1, 21))) == WaitRange(10, 2, 18)
    assert WaitRange.of([30] * 20) == WaitRange(30, 30, 30)


def test_replicates_beyond_the_horizon_count_as_the_longest() -> None:
    waits: list[int | None] = [10] * 12 + [None] * 8
    assert WaitRange.of(waits) == WaitRange(10, 10, None)
    assert WaitRange.of(waits).beyond
    assert WaitRange.of([None] * 20) == WaitRange(None, None, None)
