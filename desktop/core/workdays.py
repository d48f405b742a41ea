"""Working days of a Danish municipal desk: Monday to Friday, except public holidays and the days
the public sector closes by agreement (Grundlovsdag, 24 and 31 December).

The public holidays come from the maintained `holidays` package (it knows, e.g., that Store
Bededag stopped being a holiday in 2024), never from hand-written Easter arithmetic.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

# Closed by the public sector's agreements although not public holidays: (month, day).
CLOSED_BY_AGREEMENT = ((6, 5), (12, 24), (12, 31))


@lru_cache(maxsize=64)
def _closed_days(year: int) -> frozenset[dt.date]:
    import holidays  # noqa: PLC0415 - ~120 ms for every command (bench/startup.py)

    public = holidays.country_holidays("DK", years=year)
    days = set(public.keys())
    days.update(dt.date(year, month, day) for month, day in CLOSED_BY_AGREEMENT)
    return frozenset(days)


def is_holiday(day: dt.date) -> bool:
    """A public holiday or a day closed by agreement (weekends aside)."""
    return day in _closed_days(day.year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The `days`-th working day after `start` (`start` itself does not count).

    With `days` 0, `start` if it is a working day, else the next working day.
    """
    if days < 0:
        raise ValueError("days must be zero or more")
    current = start
    if days == 0:
        while not is_working_day(current):
            current += dt.timedelta(days=1)
        return current
    left = days
    while left:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is before
    `start` (so "days left to a deadline" goes below zero once it has passed)."""
    if end == start:
        return 0
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    count = 0
    current = start
    while current < end:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            count += 1
    return sign * count
