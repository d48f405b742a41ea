"""A time-limited lease's last day: the day before the same date N months later, the whole
shorter month when it has no such date, leap days included."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.schemes.lease import lease_end, time_limited_end
from desktop.core.schemes.settings import SCHEMES

D = dt.date


@pytest.mark.parametrize(
    ("first", "months", "last"),
    [
        (D(2026, 12, 1), 24, D(2028, 11, 30)),  # Aalborg's startbolig from the first of a month
        (D(2026, 12, 15), 24, D(2028, 12, 14)),
        (D(2027, 1, 31), 1, D(2027, 2, 28)),  # no 31 February: the whole of February
        (D(2027, 1, 29), 1, D(2027, 2, 28)),  # no 29 February in 2027 either
        (D(2027, 1, 28), 1, D(2027, 2, 27)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # a leap year: up to the leap day
        (D(2027, 3, 1), 12, D(2028, 2, 29)),  # the leap day inside the period is covered
        (D(2028, 2, 29), 12, D(2029, 2, 28)),  # from a leap day: no 29 February 2029
        (D(2028, 2, 29), 48, D(2032, 2, 28)),  # four years on there is one again
        (D(2026, 8, 31), 1, D(2026, 9, 30)),
        (D(2026, 12, 31), 2, D(2027, 2, 28)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # 30 February does not exist: February's end
    ],
)
def test_the_lease_ends_the_day_before_the_same_date_n_months_later(
    first: dt.date, months: int, last: dt.date
) -> None:
    assert lease_end(first, months) == last


def test_a_lease_runs_at_least_a_month() -> None:
    with pytest.raises(ValueError, match="at least one month"):
        lease_end(D(2026, 12, 1), 0)


def test_only_a_time_limited_lease_with_a_length_has_an_end() -> None:
    schemes = SCHEMES.default
    starter = schemes.scheme_of("starter")
    assert time_limited_end(starter, D(2026, 12, 1)) == D(2028, 11, 30)
    assert time_limited_end(starter, None) is None
    assert time_limited_end(schemes.ordinary, D(2026, 12, 1)) is None
