"""Working days of a Danish municipal desk: Monday to Friday, except public holidays and the days
the public sector closes by agreement (Grundlovsdag, 24 and 31 December).

The public holidays come from the maintained `holidays` package (it knows, e.g., that Store
Bededag stopped being a holiday in 2024), never from hand-written Easter arithmetic.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.core import paths

# Closed by the public sector's agreements although not public holidays: (month, day).
CLOSED_BY_AGREEMENT = ((6, 5), (12, 24), (12, 31))

# Years worked out together when one is missing from the kept list: a deadline near New Year
# looks into the next year, the lists into the one before.
_SPAN = (-1, 3)


@lru_cache(maxsize=64)
def _closed_days(year: int) -> frozenset[dt.date]:
    days = set(_public_holidays(year))
    days.update(dt.date(year, month, day) for month, day in CLOSED_BY_AGREEMENT)
    return frozenset(days)


def _public_holidays(year: int) -> list[dt.date]:
    """Denmark's public holidays in `year`, from the `holidays` package. Importing it costs
    ~100 ms (it loads every country), paid by every start that shows a deadline
    (bench/startup.py), so its answers are kept in a small file per version of the package and
    read from there; a missing or damaged file only means asking the package again."""
    kept_file = _kept_file()
    kept = _read_kept(kept_file) if kept_file is not None else {}
    try:
        return [dt.date.fromisoformat(day) for day in kept[str(year)]]
    except (KeyError, TypeError, ValueError):
        pass
    import holidays  # noqa: PLC0415 - see above

    years = range(year + _SPAN[0], year + _SPAN[1])
    public = holidays.country_holidays("DK", years=years)
    for each in years:
        kept[str(each)] = sorted(day.isoformat() for day in public if day.year == each)
    if kept_file is not None:
        _write_kept(kept_file, kept)
    return sorted(day for day in public if day.year == year)


def _kept_file() -> Path | None:
    from importlib import metadata  # noqa: PLC0415 - only when a year is first asked for

    try:
        version = metadata.version("holidays")
    except metadata.PackageNotFoundError:  # e.g. a bundle without the package's metadata
        return None
    return paths.cache_dir() / f"public-holidays-DK-{version}.json"


def _read_kept(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_kept(path: Path, kept: dict[str, Any]) -> None:
    """Written whole under a temporary name and renamed, so a reader never sees half a file
    (two workstations' processes may share the folder); a folder that cannot be written only
    means the package is asked again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(kept, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass


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
