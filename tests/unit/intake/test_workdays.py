"""Working days of the desk: weekends, Danish public holidays and days closed by agreement."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.core import workdays
from desktop.core.workdays import (
    add_working_days,
    is_working_day,
    working_days_between,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 11, 20), True),  # a Friday
        (D(2026, 11, 21), False),  # Saturday
        (D(2026, 11, 22), False),  # Sunday
        (D(2026, 4, 2), False),  # Skærtorsdag
        (D(2026, 4, 3), False),  # Langfredag
        (D(2026, 4, 6), False),  # 2. påskedag
        (D(2026, 5, 14), False),  # Kristi himmelfartsdag
        (D(2026, 5, 25), False),  # 2. pinsedag
        (D(2026, 6, 5), False),  # Grundlovsdag: closed by agreement
        (D(2026, 12, 24), False),  # juleaftensdag: closed by agreement
        (D(2026, 12, 31), False),  # nytårsaftensdag: closed by agreement
        (D(2026, 5, 1), True),  # 1. maj is not a public holiday
        (D(2024, 4, 26), True),  # Store Bededag was abolished from 2024
        (D(2023, 5, 5), False),  # ... but was a holiday in 2023
    ],
)
def test_working_days_follow_the_danish_calendar(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_seven_working_days_skip_weekends() -> None:
    # Friday 20 November 2026 + 7 working days = Tuesday 1 December.
    assert add_working_days(D(2026, 11, 20), 7) == D(2026, 12, 1)


def test_deadline_over_christmas_skips_the_closed_days() -> None:
    # From Monday 21 December: 22, 23, (24, 25, 26, 27 closed), 28, 29, 30, (31, 1 Jan closed),
    # 4 and 5 January.
    assert add_working_days(D(2026, 12, 21), 7) == D(2027, 1, 5)


def test_deadline_over_easter() -> None:
    # From Wednesday 1 April 2026: 2, 3 and 6 April are holidays.
    assert add_working_days(D(2026, 4, 1), 3) == D(2026, 4, 9)


def test_zero_days_moves_a_weekend_to_the_next_working_day() -> None:
    assert add_working_days(D(2026, 11, 21), 0) == D(2026, 11, 23)
    assert add_working_days(D(2026, 11, 23), 0) == D(2026, 11, 23)


def test_days_left_counts_down_and_goes_negative_after_the_deadline() -> None:
    deadline = D(2026, 12, 1)
    assert working_days_between(D(2026, 11, 20), deadline) == 7
    assert working_days_between(deadline, deadline) == 0
    assert working_days_between(D(2026, 12, 3), deadline) == -2


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        add_working_days(D(2026, 11, 20), -1)


def test_public_holidays_are_kept_between_starts_and_a_damaged_file_is_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The package's answers are kept in the data folder's cache (a start then need not import
    it); the kept days are the package's, and a damaged file is worked out again."""
    import holidays

    monkeypatch.setenv("ANVIS_DATA_DIR", str(tmp_path))
    workdays._closed_days.cache_clear()
    assert not is_working_day(D(2031, 4, 11))  # Langfredag 2031
    kept = list((tmp_path / "cache").glob("public-holidays-DK-*.json"))
    assert len(kept) == 1
    stored = json.loads(kept[0].read_text(encoding="utf-8"))
    for year in (2030, 2031, 2032, 2033):
        expected = sorted(holidays.country_holidays("DK", years=year))
        assert [D.fromisoformat(day) for day in stored[str(year)]] == expected

    # a later start reads the file: a day written there is a holiday without the package
    stored["2031"].append("2031-11-20")
    kept[0].write_text(json.dumps(stored), encoding="utf-8")
    workdays._closed_days.cache_clear()
    assert not is_working_day(D(2031, 11, 20))

    kept[0].write_text("{not json", encoding="utf-8")
    workdays._closed_days.cache_clear()
    assert is_working_day(D(2031, 11, 20))
    assert not is_working_day(D(2031, 4, 11))
    assert "2031" in json.loads(kept[0].read_text(encoding="utf-8"))


def test_a_cache_folder_that_cannot_be_written_still_gives_the_holidays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ANVIS_DATA_DIR", str(blocked))
    workdays._closed_days.cache_clear()
    assert not is_working_day(D(2032, 12, 25))
    assert is_working_day(D(2032, 12, 27))
    workdays._closed_days.cache_clear()
