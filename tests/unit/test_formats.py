"""Numbers, money and dates as the desk reads them: Danish in the Danish UI, English otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from desktop.core import formats, i18n


@pytest.fixture
def danish() -> Iterator[None]:
    i18n.set_backend(None, "da")
    yield
    i18n.set_backend(None, "en")


def test_danish_money_dates_and_rooms(danish: None) -> None:
    assert formats.money(Decimal("4250")) == "4.250,00 kr."
    assert formats.money(Decimal("12750.5"), decimals=False) == "12.751 kr."  # half up
    assert formats.money(Decimal("0.125")) == "0,13 kr."
    assert formats.date(dt.date(2026, 12, 1)) == "01.12.2026"
    assert formats.long_date(dt.date(2026, 12, 1)) == "1. december 2026"
    assert formats.rooms(2.5) == "2½"
    assert formats.rooms(3.0) == "3"
    assert formats.percent(23.46) == "23,5 %"


def test_english_uses_english_separators_and_day_month_order() -> None:
    i18n.set_backend(None, "en")
    assert formats.money(Decimal("4250")) == "4,250.00 DKK"
    assert formats.date(dt.date(2026, 12, 1)) == "01/12/2026"


def test_a_stored_utc_moment_is_shown_in_local_time(danish: None) -> None:
    moment = dt.datetime(2026, 11, 21, 13, 5)  # naive UTC, as stored
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    assert formats.date_time(moment) == f"{local:%d.%m.%Y %H:%M}"
    assert formats.date_time(None) == ""


def test_nothing_is_shown_for_missing_values() -> None:
    assert formats.money(None) == ""
    assert formats.date(None) == ""
    assert formats.rooms(None) == ""


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("07.12.2026", dt.date(2026, 12, 7)),
        (" 7.12.2026 ", dt.date(2026, 12, 7)),
        ("7/12-2026", dt.date(2026, 12, 7)),
        ("7 12 2026", dt.date(2026, 12, 7)),
        ("2026-12-07", dt.date(2026, 12, 7)),
        ("7.12.26", dt.date(2026, 12, 7)),
        ("07122026", dt.date(2026, 12, 7)),
        ("071226", dt.date(2026, 12, 7)),
        ("3.1", dt.date(2026, 1, 3)),  # day and month: this year
        ("3.1.", dt.date(2026, 1, 3)),
        ("29.2.2028", dt.date(2028, 2, 29)),
        ("29.2.2027", None),
        ("32.12.2026", None),
        ("12", None),
        ("", None),
        ("i morgen", None),
    ],
)
def test_a_date_as_staff_type_it(danish: None, typed: str, meant: dt.date | None) -> None:
    assert formats.typed_date(typed, dt.date(2026, 12, 7)) == meant


def test_english_dates_are_typed_day_first_too() -> None:
    assert formats.typed_date("7/12/2026", dt.date(2026, 12, 7)) == dt.date(2026, 12, 7)
    assert formats.typed_date("07.12.2026", dt.date(2026, 12, 7)) == dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, "0 afdelinger"), (1, "1 afdeling"), (2, "2 afdelinger"), (1204, "1.204 afdelinger")],
)
def test_a_count_takes_the_danish_plural(danish: None, count: int, shown: str) -> None:
    assert formats.plural(count, "{n} afdeling", "{n} afdelinger") == shown


def test_a_count_takes_the_english_plural_and_leaves_other_placeholders() -> None:
    assert (
        formats.plural(1, "{n} dwelling in {org}", "{n} dwellings in {org}")
        == "1 dwelling in {org}"
    )
    assert formats.plural(21, "{n} dwelling", "{n} dwellings") == "21 dwellings"


def test_a_count_of_half_rooms_takes_the_rule_of_its_value(danish: None) -> None:
    shown = formats.rooms(1.5)
    assert formats.plural(1.5, "{n} værelse", "{n} værelser", written=shown) == "1½ værelse"
    assert formats.plural(2.0, "{n} værelse", "{n} værelser") == "2 værelser"


def test_a_whole_number_held_as_a_decimal_is_one_in_english() -> None:
    assert formats.plural(Decimal("1.0"), "{n} room", "{n} rooms") == "1 room"
    assert formats.plural(1.5, "{n} room", "{n} rooms", written="1½") == "1½ rooms"
