"""Cell values written the Danish way become numbers, dates, yes/no and addresses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.core.tabular import (
    Address,
    ValueProblem,
    address_from_parts,
    normalise_floor,
    parse_address,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_identifier,
    parse_int,
    parse_money,
    parse_postcode,
    parse_postcode_city,
    parse_rooms,
    parse_rooms_range,
    parse_text,
)


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("4.250,00 kr.", "4250.00"),
        ("12.750 kr", "12750"),
        ("5234,50", "5234.50"),
        ("ca. 4000", "4000"),
        ("5000,-", "5000"),
        ("max 5.500", "5500"),
        (4250.0, "4250.0"),
        (3249.43, "3249.43"),
        ("-4.150,00 kr.", "-4150.00"),
        ("4 250,00", "4250.00"),
        ("4,250.00", "4250.00"),
        ("72,5", "72.5"),
        ("DKK 1.000", None),
    ],
)
def test_amounts(written: object, amount: str | None) -> None:
    if amount is None:
        with pytest.raises(ValueProblem):
            parse_decimal(written)  # type: ignore[arg-type]
    else:
        assert parse_decimal(written) == Decimal(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["fire tusind", "4.25.0", "kr.", "12,5,0", True])
def test_not_amounts_say_what_was_written(written: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_decimal(written)  # type: ignore[arg-type]
    assert str(written) in caught.value.message or written is True


def test_money_is_to_the_ore_and_empty_is_none() -> None:
    assert parse_money("4.250 kr.") == Decimal("4250.00")
    assert parse_money(None) is None
    assert parse_int("1.200") == 1200
    assert parse_int(12.0) == 12
    with pytest.raises(ValueProblem):
        parse_int("12,5")


@pytest.mark.parametrize(
    ("written", "rooms"),
    [("2½", 2.5), ("3½", 3.5), ("2,5", 2.5), (2.0, 2.0), ("3 ½", 3.5), ("4", 4.0)],
)
def test_rooms(written: object, rooms: float) -> None:
    assert parse_rooms(written) == rooms  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["0", "2,3", "mange", -1.0])
def test_not_rooms(written: object) -> None:
    with pytest.raises(ValueProblem):
        parse_rooms(written)  # type: ignore[arg-type]


def test_room_ranges_of_applicants() -> None:
    assert parse_rooms_range(2.0) == (2, 2)
    assert parse_rooms_range("1-2") == (1, 2)
    assert parse_rooms_range("5+") == (5, None)
    with pytest.raises(ValueProblem):
        parse_rooms_range("4-2")


@pytest.mark.parametrize(
    "written",
    [
        "01-12-2026",
        "1/12-2026",
        "01.12.2026",
        "1.12.26",
        "2026-12-01",
        " 1. december 2026 ",
        dt.date(2026, 12, 1),
        dt.datetime(2026, 12, 1, 0, 0),
        46357.0,
    ],
)
def test_dates_are_day_month_year(written: object) -> None:
    assert parse_date(written) == dt.date(2026, 12, 1)  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["12/31/2026", "31.02.2026", "snart", 0.5, "2026"])
def test_not_dates(written: object) -> None:
    with pytest.raises(ValueProblem):
        parse_date(written)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "answer"),
    [
        ("J", True),
        ("N", False),
        ("Ja", True),
        ("nej", False),
        ("X", True),
        ("Yes", True),
        ("No", False),
        (1.0, True),
        (0.0, False),
        ("true", True),
        ("false", False),
        (True, True),
    ],
)
def test_yes_no(written: object, answer: bool) -> None:
    assert parse_bool(written) is answer  # type: ignore[arg-type]


def test_yes_no_refuses_maybe() -> None:
    with pytest.raises(ValueProblem):
        parse_bool("måske")


@pytest.mark.parametrize(
    ("written", "identifier"),
    [("07", "07"), ("12-3", "12-3"), ("1.200", "1.200"), (12.0, "12"), (" 086 ", "086")],
)
def test_identifiers_are_kept_exactly(written: object, identifier: str) -> None:
    assert parse_identifier(written) == identifier  # type: ignore[arg-type]


def test_text_of_any_cell() -> None:
    assert parse_text(9000.0) == "9000"
    assert parse_text(dt.date(2026, 12, 1)) == "01.12.2026"
    assert parse_text(None) is None


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("Kildeparken 12, 2. tv.", Address("Kildeparken", "12", "2", "tv")),
        ("Kastetvej 12, 1. th", Address("Kastetvej", "12", "1", "th")),
        ("Hasserisvej 44 2.th", Address("Hasserisvej", "44", "2", "th")),
        ("Rækkehusvej 7", Address("Rækkehusvej", "7")),
        ("Poul Paghs Gade 51 st.th", Address("Poul Paghs Gade", "51", "st", "th")),
        ("Mølleparkvej 113, st. mf.", Address("Mølleparkvej", "113", "st", "mf")),
        ("Vestergade 3B, kl.", Address("Vestergade", "3B", "kl")),
        ("H.C. Andersens Vej 3, 1. 12", Address("H.C. Andersens Vej", "3", "1", "12")),
        (
            "Humlebakken 17, st. mf., 9220 Aalborg Øst",
            Address("Humlebakken", "17", "st", "mf", "9220", "Aalborg Øst"),
        ),
    ],
)
def test_addresses_in_one_cell(written: str, address: Address) -> None:
    assert parse_address(written) == address


@pytest.mark.parametrize("written", ["Uden fast bopæl", "12", "Herberg: Kirkens Korshær"])
def test_not_addresses(written: str) -> None:
    with pytest.raises(ValueProblem):
        parse_address(written)


def test_address_lines_and_split_columns() -> None:
    assert Address("Kildeparken", "12", "2", "tv").line() == "Kildeparken 12, 2. tv."
    assert Address("Rækkehusvej", "7").line() == "Rækkehusvej 7"
    assert address_from_parts("Østre Allé", 6.0, "st.", "th.") == Address(
        "Østre Allé", "6", "st", "th"
    )
    assert address_from_parts("Reberbansgade", 2.0, 0.0, "mf") == Address(
        "Reberbansgade", "2", "st", "mf"
    )
    assert address_from_parts(None, None) is None
    assert [normalise_floor(v) for v in ("st.", "stuen", 0.0, "kl.", "2. sal", 3.0)] == [
        "st",
        "st",
        "st",
        "kl",
        "2",
        "3",
    ]
    with pytest.raises(ValueProblem):
        normalise_floor("tag")


def test_postcodes() -> None:
    assert parse_postcode_city("9220 Aalborg Øst") == ("9220", "Aalborg Øst")
    assert parse_postcode(9000.0) == "9000"
    assert parse_postcode("DK-9000") == "9000"
    with pytest.raises(ValueProblem):
        parse_postcode("900")
    with pytest.raises(ValueProblem):
        parse_postcode_city("Aalborg")
