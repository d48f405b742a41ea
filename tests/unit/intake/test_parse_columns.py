"""Rows parsed a column at a time (how an import reads them) give exactly what each row parsed
alone gives: the same draft, the same problems in the same order, each on its own row."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from random import Random

from desktop.core.importing.spec import Cells
from desktop.core.intake.importer import DRAFT, SPEC
from desktop.core.intake.parse import parse_cells, parse_columns
from desktop.core.tabular.values import parse_money

HEADERS = {
    "department_number": "Afd.",
    "lease_number": "Lejemål",
    "address": "Adresse",
    "street": "Vej",
    "house_number": "Husnr",
    "floor": "Etage",
    "door": "Dør",
    "postcode_city": "Postnr./by",
    "postcode": "Postnr.",
    "city": "By",
    "rooms": "Vær.",
    "area_m2": "m²",
    "rent": "Husleje",
    "rent_total": "Samlet husleje",
    "aconto": "Aconto",
    "aconto_heating": "Varme",
    "deposit": "Indskud",
    "available_from": "Ledig pr.",
    "elevator": "Elevator",
    "dwelling_type": "Type",
    "remarks": "Bemærkninger",
    "total_vacancies": "Ledige i alt",
}

# One row per line: every kind of cell each parser meets, good and bad, in many columns at once.
ROWS: list[dict[str, object]] = [
    {"department_number": "07", "lease_number": "1.200", "street": "Kildeparken",
     "house_number": 12.0, "floor": 2.0, "door": "tv", "postcode": 9000.0, "city": "Aalborg",
     "rooms": 2.5, "area_m2": 78.0, "rent": 4100.5, "aconto": 650.0, "deposit": 12300.0,
     "available_from": dt.date(2026, 12, 1), "elevator": "J", "dwelling_type": "Familiebolig"},
    {"department_number": 7.0, "lease_number": None, "address": "Hasserisvej 44 2.th",
     "postcode_city": "9000 Aalborg", "rooms": "3½", "area_m2": "82,5", "rent": "4.250,00 kr.",
     "aconto_heating": "ca. 400", "aconto": 250.0, "available_from": "1/12-2026",
     "elevator": "nej", "remarks": "  Nøgler hos varmemesteren ", "total_vacancies": 12.0},
    {"department_number": "07", "street": "Kildeparken", "house_number": None, "floor": "x",
     "rooms": 0.0, "area_m2": "stor", "rent": float("nan"), "available_from": "31.02.2026",
     "elevator": "måske", "dwelling_type": "Kontor", "deposit": True},
    {"department_number": "07", "street": "Kildeparken", "house_number": "3", "floor": "kld.",
     "door": 12.0, "postcode": "DK-9220", "rooms": 31.0, "rent_total": 5100.0,
     "available_from": dt.datetime(2026, 12, 1, 0, 0), "total_vacancies": "mange"},
    {"department_number": "07", "street": "Kildeparken", "house_number": "3", "floor": 100.0,
     "door": "th", "postcode": 900.0, "rooms": 2.0, "rent": 4100.0,
     "available_from": 46357.0, "city": 9000.0},
    {"department_number": dt.date(2026, 1, 1), "address": "Ingen husnummer",
     "postcode_city": "Aalborg", "rent": "4100", "aconto": "-", "available_from": None},
    {"department_number": "07", "house_number": "5", "rooms": float("inf"), "rent": 4100.0,
     "available_from": dt.date(2026, 12, 1), "dwelling_type": "Ungdomsboliger"},
    {"department_number": "07", "lease_number": "A-1", "street": "Vej", "house_number": 1.5,
     "door": "Mf.", "rent": 4100.0, "aconto": 200.0, "aconto_heating": 300.0,
     "available_from": dt.date(2026, 12, 1), "elevator": 1.0},
]  # fmt: skip


def _row_alone(raw: dict[str, object]) -> tuple[dict[str, object], list[tuple[str, str]]]:
    cells = Cells({name: raw.get(name) for name in HEADERS}, HEADERS)
    draft = parse_cells(cells, default_type=None)
    return asdict(draft), [(p.column, p.message) for p in cells.problems]


def test_a_chunk_of_rows_parses_as_each_row_alone() -> None:
    columns = {name: [row.get(name) for row in ROWS] for name in HEADERS}
    parsed = SPEC.parse_rows(columns, HEADERS, len(ROWS))
    assert len(parsed.values) == len(ROWS)
    for index, (raw, values) in enumerate(zip(ROWS, parsed.values, strict=True)):
        draft, alone = _row_alone(raw)
        assert asdict(values[DRAFT]) == draft, raw
        problems = parsed.problems.get(index, [])
        assert [(p.column, p.message) for p in problems] == alone, raw
        assert parsed.keys is not None
        assert parsed.keys[index] == SPEC.key(values), raw


def test_the_chunk_finds_good_and_bad_cells() -> None:
    columns = {name: [row.get(name) for row in ROWS] for name in HEADERS}
    parsed = SPEC.parse_rows(columns, HEADERS, len(ROWS))
    first = parsed.values[0][DRAFT]
    assert (first.street, first.house_number, first.floor, first.door) == (
        "Kildeparken",
        "12",
        "2",
        "tv",
    )
    assert first.address_text == "Kildeparken 12, 2. tv."
    assert (first.postcode, first.city, first.rooms) == ("9000", "Aalborg", 2.5)
    assert str(first.rent) == "4100.50"
    assert str(first.aconto_heating) == "650.00"
    assert 0 not in parsed.problems
    second = parsed.values[1][DRAFT]
    assert (second.rent, second.aconto_heating, second.aconto_other) == (
        4250,
        400,
        250,
    )
    assert second.remarks == "Nøgler hos varmemesteren"
    assert second.total_vacancies == 12
    bad = [p.column for p in parsed.problems[2]]
    # Each problem is said of its own column, in the order of the fields.
    assert bad == ["Type", "Vær.", "m²", "Indskud", "Ledig pr.", "Elevator", "Vej", "Husleje"]


def test_amounts_read_a_column_at_a_time_are_the_amounts_parse_money_reads() -> None:
    """To the øre and digit for digit (Decimal('4250.50'), never '4250.5' or '-0.00' for '0.00'),
    also where rounding the written amount and the binary float to øre could differ (2.675)."""
    random = Random(47)
    amounts = [
        4250.5, 8231.48, 1225.0, 2.675, 1.005, 0.125, 0.005, 1e-9, 0.0, -0.0, -4100.25, -2.675,
        12_750.0, 99_999_999.99, 2.0**44 - 0.5, 2.0**44, 2.0**53 + 2, 1e22, 5e-324,
    ]  # fmt: skip
    amounts += [round(random.uniform(-1e6, 1e6), 2) for _ in range(2000)]
    amounts += [round(random.uniform(0, 1e4), 3) for _ in range(2000)]
    amounts += [random.uniform(0, 2.0**45) for _ in range(500)]
    drafts, problems = parse_columns({"rent": amounts}, {"rent": "Husleje"}, len(amounts))
    assert problems == {}
    for amount, draft in zip(amounts, drafts, strict=True):
        expected = parse_money(amount)
        assert draft.rent is not None
        assert expected is not None
        assert draft.rent.as_tuple() == expected.as_tuple(), amount
