"""House numbers and ranges: which numbers a range holds, how an address cell and a typed
address are read, and how ranges are shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.enums import NumberSide
from desktop.core.registry.house_numbers import (
    AddressQuery,
    HouseNumber,
    HouseRange,
    describe,
    make_range,
    parse_house_number,
    parse_query,
    parse_ranges,
    street_key,
)

ODD, EVEN, ALL = NumberSide.ODD, NumberSide.EVEN, NumberSide.ALL


def n(text: str) -> HouseNumber:
    return parse_house_number(text)


def holds(one: HouseRange, *numbers: str) -> list[bool]:
    return [one.holds(n(text)) for text in numbers]


# --- house numbers ------------------------------------------------------------------------------


def test_a_house_number_is_a_number_with_an_optional_letter() -> None:
    assert n("19") == HouseNumber(19)
    assert n("19A") == n("19a") == n(" 19 a ") == n("nr. 19a") == HouseNumber(19, "a")
    assert str(n("19b")) == "19B"
    for bad in ("0", "1000", "19AB", "A19", "19-21", ""):
        with pytest.raises(ValueError, match="is not a house number"):
            n(bad)


def test_house_numbers_are_ordered_as_along_the_street() -> None:
    assert n("19") < n("19A") < n("19B") < n("20") < n("100")


# --- what a range holds -------------------------------------------------------------------------


def test_a_range_holds_its_ends_and_what_lies_between() -> None:
    one = make_range("Mølleparkvej", "1", "31")
    assert holds(one, "1", "19", "31", "32") == [True, True, True, False]


def test_even_and_odd_sides() -> None:
    even = make_range("Kastetvej", "2", "40", EVEN)
    odd = make_range("Kastetvej", "1", "39", ODD)
    assert holds(even, "2", "4", "3", "40", "42") == [True, True, False, True, False]
    assert holds(odd, "1", "3", "2", "39", "41") == [True, True, False, True, False]
    assert holds(even, "4B") == [True]  # the letter does not change the side
    assert holds(odd, "4B") == [False]


def test_letters_lie_between_their_numbers() -> None:
    lettered = make_range("Kastetvej", "41A", "41C")
    assert holds(lettered, "41A", "41B", "41C", "41", "41D", "42") == [
        True,
        True,
        True,
        False,  # plain 41 comes before 41A
        False,
        False,
    ]
    # A last number without a letter holds its lettered numbers; a first one is the lowest.
    plain = make_range("Kastetvej", "31", "39")
    assert holds(plain, "31", "31A", "35B", "39", "39C", "40") == [
        True,
        True,
        True,
        True,
        True,
        False,
    ]
    across = make_range("Kastetvej", "19B", "21A")
    assert holds(across, "19A", "19B", "20", "20F", "21", "21A", "21B") == [
        False,
        True,
        True,
        True,
        True,
        True,
        False,
    ]


def test_open_ranges_and_the_whole_street() -> None:
    up = make_range("Mølleparkvej", "65", "")
    down = make_range("Mølleparkvej", "", "31")
    street = make_range("Nørregade")
    odd_street = make_range("Nørregade", side=ODD)
    assert holds(up, "64", "65", "999") == [False, True, True]
    assert holds(down, "1", "31", "31B", "32") == [True, True, True, False]
    assert holds(street, "1", "500", "7C") == [True, True, True]
    assert holds(odd_street, "1", "2") == [True, False]


def test_a_single_number_holds_its_letters() -> None:
    assert holds(make_range("Nibevej", "19", "19"), "19", "19A", "18", "20") == [
        True,
        True,
        False,
        False,
    ]


@given(
    st.integers(1, 999),
    st.integers(1, 999),
    st.integers(1, 999),
    st.sampled_from([ALL, ODD, EVEN]),
)
def test_a_plain_range_holds_exactly_its_numbers_on_its_side(
    first: int, last: int, number: int, side: NumberSide
) -> None:
    first, last = min(first, last), max(first, last)
    one = HouseRange("Vej", HouseNumber(first), HouseNumber(last), side)
    on_side = side is ALL or (number % 2 == 1) == (side is ODD)
    assert one.holds(HouseNumber(number)) == (first <= number <= last and on_side)


def test_a_range_from_a_form_is_checked() -> None:
    assert make_range(" Mølle  parkvej ", "1", "3").street == "Mølle parkvej"
    with pytest.raises(ValueError, match="runs backwards"):
        make_range("Vej", "31", "1")
    with pytest.raises(ValueError, match="runs backwards"):
        make_range("Vej", "19B", "19A")
    with pytest.raises(ValueError, match="street is missing"):
        make_range(" ", "1", "3")
    with pytest.raises(ValueError, match="4 digits"):
        make_range("Vej", "1", "3", postcode="90000")


# --- showing ranges -----------------------------------------------------------------------------


def test_ranges_are_shown_a_line_per_street() -> None:
    ranges = [
        make_range("Kastetvej", "31", "39"),
        make_range("Kastetvej", "41A", "41C"),
        make_range("Kastetvej", "2", "40", EVEN),
        make_range("Nibevej", "5", "5"),
        make_range("Nibevej", "65", ""),
        make_range("Saxogade", "", "9", postcode="9200"),
        make_range("Nørregade"),
    ]
    assert describe(ranges, "9000") == [
        "Kastetvej 31–39, 41A–41C, 2–40 (even numbers)",
        "Nibevej 5, 65 and up",
        "Saxogade up to 9, 9200",
        "Nørregade (all numbers)",
    ]


# --- reading an address cell --------------------------------------------------------------------


def ranges(text: str, postcode: str | None = None, city: str | None = None) -> list[str]:
    reading = parse_ranges(text, postcode, city)
    return [
        f"{r.street} {r.first}-{r.last} {r.side.value}" + (f" {r.postcode}" if r.postcode else "")
        for r in reading.ranges
    ]


def test_the_forms_organisations_write() -> None:
    assert ranges("Mølleparkvej 1-51") == ["Mølleparkvej 1-51 all"]
    assert ranges("Mølleparkvej 2-40 (lige)") == ["Mølleparkvej 2-40 even"]
    assert ranges("Mølleparkvej 1 – 39 ulige numre") == ["Mølleparkvej 1-39 odd"]
    assert ranges("Kastetvej 31-39, 41A-41C") == ["Kastetvej 31-39 all", "Kastetvej 41A-41C all"]
    assert ranges("Kastetvej 41A-C") == ["Kastetvej 41A-41C all"]
    assert ranges("Nibevej 1, 3, 5") == ["Nibevej 1-1 all", "Nibevej 3-3 all", "Nibevej 5-5 all"]
    assert ranges("Østre Allé 2-6 og 18-30; Saxogade 9") == [
        "Østre Allé 2-6 all",
        "Østre Allé 18-30 all",
        "Saxogade 9-9 all",
    ]
    assert ranges("Mølleparkvej 65-") == ["Mølleparkvej 65-None all"]
    assert ranges("Nørregade") == ["Nørregade None-None all"]
    assert ranges("Poul Paghs Gade 39-1") == ["Poul Paghs Gade 1-39 all"]  # turned round


def test_a_postcode_in_the_text_belongs_to_the_ranges_before_it() -> None:
    assert ranges("Mølleparkvej 1-31, 9000 Aalborg; Nibevej 2-8, 9200 Aalborg SV", "9000") == [
        "Mølleparkvej 1-31 all",  # the department's own postcode is not kept
        "Nibevej 2-8 all 9200",
    ]
    assert ranges("Hasserisvej 2-44, Aalborg", city="Aalborg") == ["Hasserisvej 2-44 all"]


def test_what_cannot_be_read_is_left_out_and_said() -> None:
    reading = parse_ranges("Nørregade 2-6 m.fl.")
    assert [str(r.first) for r in reading.ranges] == ["2"]
    assert not reading.complete
    assert not parse_ranges("Mølleparkvej 1-31, 7/9").complete
    assert parse_ranges("Mølleparkvej 1-31").complete
    assert parse_ranges(None).ranges == ()


@pytest.mark.parametrize(
    "cell", ["Mølleparkvej 1-31", "Kastetvej 31-39, 41A-41C", "Østre Allé 2-6 og 18-30"]
)
def test_ranges_shown_read_back_the_same(cell: str) -> None:
    reading = parse_ranges(cell)
    shown = "; ".join(describe(reading.ranges)).replace("–", "-")
    assert parse_ranges(shown).ranges == reading.ranges


# --- reading what staff type --------------------------------------------------------------------


def test_an_address_as_typed() -> None:
    assert parse_query("Mølleparkvej 19") == AddressQuery("Mølleparkvej", HouseNumber(19))
    assert parse_query("mølleparkvej 19b, 2. tv") == AddressQuery(
        "mølleparkvej", HouseNumber(19, "b")
    )
    assert parse_query("Kastetvej 41 C") == AddressQuery("Kastetvej", HouseNumber(41, "c"))
    assert parse_query("Mølleparkvej nr. 19") == AddressQuery("Mølleparkvej", HouseNumber(19))
    assert parse_query("Mølleparkvej 19, 9000 Aalborg") == AddressQuery(
        "Mølleparkvej", HouseNumber(19), "9000"
    )
    assert parse_query("Mølleparkvej 9000") == AddressQuery("Mølleparkvej", None, "9000")
    assert parse_query("Gustav Holms Vej") == AddressQuery("Gustav Holms Vej")


def test_text_that_is_no_address() -> None:
    assert parse_query("145-07") is None
    assert parse_query("9000") is None
    assert parse_query("Skolevej 1-39") is None  # an address cell as written: searched as words
    assert parse_query("") is None


def test_streets_compare_folded() -> None:
    assert street_key("Gustav Holms Vej") == street_key("gustav holmsvej")
    assert street_key("Østre Allé") == "østrealle"
    assert street_key("H.C. Andersens Vej") == "hcandersensvej"
    assert street_key("Ærøvej") != street_key("Aerovej")
