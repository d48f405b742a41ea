"""The estimate in words: units people think in, the range, never a promise (English source
texts: the tests run in English)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import formats
from desktop.core.forecast.estimate import Exclusion, Forecast, WaitRange
from desktop.core.forecast.texts import duration, for_citizen, lines, short, wait


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (1, "1 day"),
        (9, "9 days"),
        (20, "3 weeks"),
        (7 * 8, "8 weeks"),
        (61, "2 months"),
        (365, "12 months"),
        (800, "2 years"),
    ],
)
def test_a_wait_is_said_in_days_weeks_months_or_years(days: int, text: str) -> None:
    assert duration(days) == text


def test_the_range_is_given_beside_the_median_and_beyond_the_horizon_as_more_than() -> None:
    assert wait(WaitRange(120, 61, 200)) == "about 4 months (between 2 and 7 months)"
    assert wait(WaitRange(50, 20, 100)) == "about 7 weeks (between 3 weeks and 3 months)"
    assert wait(WaitRange(30, 30, 30)) == "about 4 weeks"
    assert wait(WaitRange(900, 400, None)) == (
        "about 2 years (between 13 months and more than 5 years)"
    )
    assert wait(WaitRange(None, None, None)) == "more than 5 years"
    assert short(WaitRange(120, 61, 200)) == "about 4 months"
    assert short(None) == "nothing fitted"


PERIOD = f"from {formats.date(dt.date(2025, 11, 22))} to {formats.date(dt.date(2026, 11, 21))}"


def _forecast(**changes: object) -> Forecast:
    values: dict[str, object] = {
        "applicant_id": 7,
        "day": dt.date(2026, 11, 21),
        "first_day": dt.date(2025, 11, 22),
        "months": 12,
        "dwellings": 52,
        "fitting": 11,
        "wait": WaitRange(120, 61, 200),
        "excluded_by": (Exclusion("rent", 41), Exclusion("pets", 1)),
    }
    values.update(changes)
    return Forecast(**values)  # type: ignore[arg-type]


def test_an_estimate_says_what_it_rests_on_and_that_it_is_no_promise() -> None:
    said = lines(_forecast())
    assert said[0] == "Estimated wait: about 4 months (between 2 and 7 months)."
    assert f"52 dwellings reported {PERIOD} (11 fitted today)" in said[1]
    assert "not a promise" in said[1]
    assert said[2:] == [
        "Excluded most often by:",
        "  Rent above the limit: 41 of 52 dwellings",
        "  Pets: 1 of 52 dwellings",
    ]
    assert "not a promise" in for_citizen(_forecast())


def test_nothing_fitted_names_the_rules_that_kept_the_dwellings_away() -> None:
    nothing = _forecast(fitting=0, wait=None)
    assert lines(nothing)[0] == (f"None of the 52 dwellings reported {PERIOD} fitted today.")
    assert "  Rent above the limit: 41 of 52 dwellings" in lines(nothing)
    assert "rent above the limit (41)" in for_citizen(nothing)
    one = _forecast(dwellings=1, fitting=0, wait=None, excluded_by=(Exclusion("rent", 1),))
    assert lines(one)[0] == (f"None of the 1 dwelling reported {PERIOD} fitted today.")
    assert lines(one)[-1] == "  Rent above the limit: 1 of 1 dwelling"


def test_someone_housed_or_removed_is_told_off_the_list_not_given_the_rules() -> None:
    housed = _forecast(
        fitting=0, wait=None, excluded_by=(Exclusion("status", 52), Exclusion("rent", 41))
    )
    assert lines(housed) == ["Not on the list (housed or removed): there is no wait to estimate."]
    # a rule that kept only some dwellings away is not the list's state
    partly = _forecast(fitting=0, wait=None, excluded_by=(Exclusion("status", 3),))
    assert lines(partly)[0] == f"None of the 52 dwellings reported {PERIOD} fitted today."
