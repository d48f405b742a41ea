"""One row of an organisation's file -> a dwelling draft, and the rules every draft must meet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.enums import DwellingType
from desktop.core.importing.spec import Cells
from desktop.core.intake.fields import FIELDS
from desktop.core.intake.parse import (
    parse_cells,
    parse_dwelling_type,
    sheet_dwelling_type,
    source_field,
)
from desktop.core.intake.rules import VacancyDraft, validate
from desktop.core.tabular.values import ValueProblem

TODAY = dt.date(2026, 11, 21)


def _parse(**raw: object) -> tuple[VacancyDraft, list[str]]:
    cells = Cells(raw, {name: name for name in raw})  # type: ignore[arg-type]
    draft = parse_cells(cells, DwellingType.FAMILY)
    return draft, [f"{p.column}: {p.message}" for p in cells.problems]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Afd.", "department_number"),
        ("Afd nr", "department_number"),
        ("AFDELINGSNUMMER", "department_number"),
        ("Lejemålsnr.", "lease_number"),
        ("Lejemaalsnummer", "lease_number"),
        ("Postnr./by", "postcode_city"),
        ("Post nr", "postcode"),
        ("Vaerelser", "rooms"),
        ("Vær.", "rooms"),
        ("m²", "area_m2"),
        ("Kvm", "area_m2"),
        ("Areal (m²)", "area_m2"),
        ("Husleje pr. md.", "rent"),
        ("Månedlig leje inkl. aconto", "rent_total"),
        ("Forbrug aconto", "aconto"),
        ("Aconto varme", "aconto_heating"),
        ("Ledig pr.", "available_from"),
        ("Overtagelsesdato", "available_from"),
        ("Elevator (J/N)", "elevator"),
        ("Husdyr tilladt", "pets_allowed"),
        ("Intern note", "internal_note"),
        ("Available from", "available_from"),
        ("Rent", "rent"),
    ],
)
def test_headers_of_every_layout_find_their_field(header: str, field: str) -> None:
    assert FIELDS.field_for(header) == field


def test_an_address_in_one_cell_with_postcode_and_town_together() -> None:
    draft, problems = _parse(
        address="Kildeparken 12, 2. tv.", postcode_city="9220 Aalborg Øst", rent=4250.0
    )
    assert problems == []
    assert (draft.street, draft.house_number, draft.floor, draft.door) == (
        "Kildeparken",
        "12",
        "2",
        "tv",
    )
    assert (draft.postcode, draft.city) == ("9220", "Aalborg Øst")
    assert draft.address_text == "Kildeparken 12, 2. tv."


def test_a_split_address_with_basement_and_no_door() -> None:
    draft, problems = _parse(street="Vestergade", house_number=3.0, floor="kl.", door=None)
    assert problems == []
    assert (draft.street, draft.house_number, draft.floor, draft.door) == (
        "Vestergade",
        "3",
        "kl",
        None,
    )
    assert draft.address_text == "Vestergade 3, kl."


def test_danish_money_text_and_a_total_rent_incl_a_conto() -> None:
    draft, problems = _parse(rent_total="4.250,00 kr.", deposit="12.750 kr")
    assert problems == []
    assert draft.rent == Decimal("4250.00")
    assert draft.deposit == Decimal("12750.00")
    assert draft.monthly_total == Decimal("4250.00")


def test_one_a_conto_column_counts_as_heating_and_water() -> None:
    draft, _ = _parse(rent="5234,50", aconto="925,00")
    assert draft.aconto_heating == Decimal("925.00")
    assert draft.monthly_total == Decimal("6159.50")


def test_half_rooms_dates_and_yes_no() -> None:
    draft, problems = _parse(
        rooms="2½", available_from="1/12-2026", elevator="J", pets_allowed="Nej"
    )
    assert problems == []
    assert draft.rooms == 2.5
    assert draft.available_from == dt.date(2026, 12, 1)
    assert (draft.elevator, draft.pets_allowed) == (True, False)


def test_identifiers_stay_text_exactly_as_written() -> None:
    draft, _ = _parse(department_number="07", lease_number="1.200")
    assert (draft.department_number, draft.lease_number) == ("07", "1.200")
    draft, _ = _parse(department_number=12.0, lease_number=4120001.0)
    assert (draft.department_number, draft.lease_number) == ("12", "4120001")


def test_a_cell_that_cannot_be_read_is_a_problem_of_its_column() -> None:
    _draft, problems = _parse(rooms="mange", available_from="snart", elevator="måske")
    assert len(problems) == 3
    assert problems[0].startswith("rooms: ")


def test_dwelling_types_from_the_cell_or_the_sheet_name() -> None:
    assert parse_dwelling_type("Ungdomsbolig") == DwellingType.YOUTH
    assert parse_dwelling_type("Ældrebolig") == DwellingType.ELDERLY
    assert parse_dwelling_type("familiebolig") == DwellingType.FAMILY
    with pytest.raises(ValueProblem):
        parse_dwelling_type("Slot")
    assert sheet_dwelling_type("Ungdomsboliger") == DwellingType.YOUTH
    assert sheet_dwelling_type("Familieboliger") == DwellingType.FAMILY


def test_a_rule_points_at_the_column_the_value_came_from() -> None:
    assert source_field("street", {"address", "rent"}) == "address"
    assert source_field("rent", {"rent_total"}) == "rent_total"
    assert source_field("rooms", {"rooms"}) == "rooms"


def _valid(**changes: object) -> VacancyDraft:
    values: dict[str, object] = {
        "department_number": "07",
        "street": "Kildeparken",
        "rent": Decimal("4000"),
        "available_from": dt.date(2026, 12, 1),
    }
    values.update(changes)
    return VacancyDraft(**values)  # type: ignore[arg-type]


def test_a_complete_draft_breaks_no_rule() -> None:
    assert validate(_valid(rooms=10.0, area_m2=10.0), TODAY) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"department_number": None}, "department_number"),
        ({"street": None}, "street"),
        ({"rent": None}, "rent"),
        ({"available_from": None}, "available_from"),
        ({"rent": Decimal("-4150")}, "rent"),
        ({"rent": Decimal(0)}, "rent"),
        ({"rooms": 0.5}, "rooms"),
        ({"rooms": 11.0}, "rooms"),
        ({"area_m2": 9.5}, "area_m2"),
        ({"area_m2": 301.0}, "area_m2"),
        ({"postcode": "922"}, "postcode"),
        ({"deposit": Decimal(-1)}, "deposit"),
        ({"available_from": dt.date(2025, 1, 1)}, "available_from"),
        ({"available_from": dt.date(2028, 1, 1)}, "available_from"),
    ],
)
def test_each_rule_names_its_field(changes: dict[str, object], field: str) -> None:
    problems = validate(_valid(**changes), TODAY)
    assert [p.field for p in problems] == [field]
