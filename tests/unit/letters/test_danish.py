"""A letter is Danish whatever the UI language: its counts take the Danish singular or plural."""

from __future__ import annotations

import pytest

from desktop.core.letters import danish


@pytest.mark.parametrize(
    ("rooms", "expected"),
    [
        (1, "1 værelse"),
        (1.5, "1½ værelse"),
        (2, "2 værelser"),
        (2.5, "2½ værelser"),
        (None, ""),
    ],
)
def test_rooms_take_the_form_of_their_value(rooms: float | None, expected: str) -> None:
    assert danish.rooms_phrase(rooms) == expected


def test_one_day_is_a_dag() -> None:
    assert (danish.days_phrase(1), danish.days_phrase(14)) == ("1 dag", "14 dage")
