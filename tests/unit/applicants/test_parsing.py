"""Reading the free text of the desk's old applicant list (every quirk of the legacy sample)."""

from __future__ import annotations

import pytest

from db.enums import Urgency
from desktop.core.applicants import parsing
from desktop.core.tabular.values import ValueProblem, parse_money, parse_rooms_range


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("120385-1234", "1203851234"),
        ("1203851234", "1203851234"),  # without hyphen (rows 47, 83, 150)
        ("  120385-1234 ", "1203851234"),  # spaces around (rows 70, 215)
        ("120385 1234", "1203851234"),
        (101901234.0, "0101901234"),  # a number cell that lost its leading zero
        (None, None),
        ("   ", None),
    ],
)
def test_cpr_numbers_as_people_typed_them(cell: object, expected: str | None) -> None:
    assert parsing.parse_cpr(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("320187-1234", "real date of birth"),  # day 32 (row 132)
        ("290281-4321", "real date of birth"),  # 29 February 1981 (row 146)
        ("151385-2468", "real date of birth"),  # month 13 (row 229)
        ("120385-123", "9 digits"),  # row 268
        ("060488-12A4", "letter or sign"),  # row 277
    ],
)
def test_invalid_cpr_numbers_are_explained_without_the_full_number(
    cell: str, fragment: str
) -> None:
    with pytest.raises(ValueProblem) as caught:
        parsing.parse_cpr(cell)
    assert fragment in caught.value.message
    assert cell.split("-")[1] not in caught.value.message  # never the full number
    assert cell[:6] in caught.value.message  # the birth-date part helps to find the row


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Nowak, Łukasz", "Łukasz Nowak"),  # "Efternavn, Fornavn" (rows 108, 241)
        ("Andersen, Line Louise", "Line Louise Andersen"),
        ("Ayşe  Yılmaz", "Ayşe Yılmaz"),
        ("Nguyễn Thị Lan", "Nguyễn Thị Lan"),
        (None, None),
    ],
)
def test_names(cell: str | None, expected: str | None) -> None:
    assert parsing.parse_name(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("20 12 34 56", "20 12 34 56"),
        ("20123456", "20123456"),
        ("+45 20123456", "+45 20123456"),
        ("ingen", None),
        ("Ingen", None),
        (None, None),
        (20123456.0, "20123456"),
    ],
)
def test_phone_numbers(cell: object, expected: str | None) -> None:
    assert parsing.parse_phone(cell) == expected  # type: ignore[arg-type]


def test_a_phone_cell_with_words_is_a_problem() -> None:
    with pytest.raises(ValueProblem):
        parsing.parse_phone("ring til mor")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Akut", Urgency.ACUTE),
        ("Høj", Urgency.HIGH),
        ("Normal", Urgency.NORMAL),
        ("normal", Urgency.NORMAL),  # lower case (rows 3, 68, 136, 272)
        ("høj", Urgency.HIGH),
        ("AKUT", Urgency.ACUTE),
        (None, None),
    ],
)
def test_priorities(cell: str | None, expected: Urgency | None) -> None:
    assert parsing.parse_urgency(cell) == expected


def test_an_unknown_priority_is_a_problem() -> None:
    with pytest.raises(ValueProblem, match="Akut"):
        parsing.parse_urgency("Meget vigtig")


@pytest.mark.parametrize(
    ("cell", "adults", "children", "pets"),
    [
        ("1 voksen", 1, 0, ()),
        ("2 voksne", 2, 0, ()),
        ("2 voksne + 2 børn", 2, 2, ()),
        ("1 voksen + 1 barn", 1, 1, ()),
        ("2 voksne + 4 børn", 2, 4, ()),
        ("1 voksen + hund", 1, 0, ("hund",)),
        ("enlig", 1, 0, ()),
        ("par + 1 barn", 2, 1, ()),
        (3.0, 3, 0, ()),
    ],
)
def test_households(cell: object, adults: int, children: int, pets: tuple[str, ...]) -> None:
    household = parsing.parse_household(cell)  # type: ignore[arg-type]
    assert household == parsing.Household(adults, children, pets)


@pytest.mark.parametrize("cell", ["mange", "2 børn", "0", "3 hunde og en kat i kælderen"])
def test_households_that_cannot_be_read(cell: str) -> None:
    with pytest.raises(ValueProblem):
        parsing.parse_household(cell)


@pytest.mark.parametrize(
    ("cell", "flags", "notes"),
    [
        ("kørestol", {"wheelchair"}, []),
        ("stueetage, kørestol", {"ground_floor", "wheelchair"}, []),
        ("stueetage", {"ground_floor"}, []),
        ("elevator", {"step_free"}, []),
        ("hund", {"pets"}, []),
        ("kat", {"pets"}, []),
        ("hund (lille)", {"pets"}, ["hund (lille)"]),  # the flag, and the detail kept
        ("tæt på bus", set(), ["tæt på bus"]),
        ("ikke Aalborg Øst", set(), ["ikke Aalborg Øst"]),
        ("ikke stueetage", set(), ["ikke stueetage"]),  # a negation is no wish
        ("ingen trapper", {"step_free"}, []),
        ("have; altan", set(), ["have", "altan"]),
        (None, set(), []),
    ],
)
def test_needs_become_flags_where_clear_and_notes_otherwise(
    cell: str | None, flags: set[str], notes: list[str]
) -> None:
    needs = parsing.parse_needs(cell)
    found = {
        name for name in ("wheelchair", "step_free", "ground_floor", "pets") if getattr(needs, name)
    }
    assert found == flags
    assert needs.notes == notes


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(2.0, (2, 2)), ("1-2", (1, 2)), ("3-4", (3, 4)), ("5+", (5, None))],
)
def test_wished_rooms(cell: object, expected: tuple[int, int | None]) -> None:
    assert parse_rooms_range(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("ca. 4000", 4000),
        ("4.500 kr.", 4500),
        ("5000,-", 5000),
        ("max 5.500", 5500),
        (4800.0, 4800),
    ],
)
def test_highest_rent_written_as_text(cell: object, expected: int) -> None:
    assert parse_money(cell) == expected  # type: ignore[arg-type]


def test_email_must_look_like_an_address() -> None:
    assert parsing.parse_email("a.b@example.org") == "a.b@example.org"
    with pytest.raises(ValueProblem):
        parsing.parse_email("ingen mail")
