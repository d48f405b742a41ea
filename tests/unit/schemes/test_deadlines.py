"""A private landlord's dwelling: the desk answers within 7 working days of the landlord's notice,
counted past weekends and holidays; the other schemes keep the desk's usual deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.schemes.deadlines import desk_deadline
from desktop.core.schemes.settings import SCHEMES

D = dt.date
PRIVATE = SCHEMES.default.scheme_of("private_landlord")
ORDINARY = SCHEMES.default.ordinary


@pytest.mark.parametrize(
    ("notice", "deadline"),
    [
        (D(2026, 11, 20), D(2026, 12, 1)),  # a Friday: the weekend is not counted
        (D(2026, 11, 21), D(2026, 12, 1)),  # a Saturday: counting starts on Monday
        (D(2026, 11, 23), D(2026, 12, 2)),  # a Monday
        (D(2026, 12, 21), D(2027, 1, 5)),  # 24-26 and 31 December, 1 January are not counted
        (D(2026, 4, 1), D(2026, 4, 15)),  # Easter: Skærtorsdag to 2. påskedag
        (D(2026, 6, 1), D(2026, 6, 11)),  # Grundlovsdag, 5 June, is closed by agreement
    ],
)
def test_seven_working_days_from_the_landlords_notice(notice: dt.date, deadline: dt.date) -> None:
    # when the dwelling itself is free does not move the answer's deadline
    free = notice + dt.timedelta(days=30)
    assert desk_deadline(PRIVATE, at_disposal=free, notice=notice, desk_working_days=10) == deadline


def test_the_other_schemes_count_the_desks_days_from_the_disposal() -> None:
    notice, free = D(2026, 11, 2), D(2026, 11, 20)
    found = desk_deadline(ORDINARY, at_disposal=free, notice=notice, desk_working_days=7)
    assert found == D(2026, 12, 1)
    starter = SCHEMES.default.scheme_of("starter")
    assert desk_deadline(starter, at_disposal=free, notice=notice, desk_working_days=3) == D(
        2026, 11, 25
    )
