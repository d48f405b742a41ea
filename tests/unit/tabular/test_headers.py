"""Header rows are found below titles, and columns map by synonyms or by a remembered choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.tabular import (
    Field,
    FieldSet,
    MergedRange,
    Sheet,
    find_header,
    is_blank,
    is_total_row,
    map_columns,
    normalise_header,
    read_workbook,
)

FIELDS = FieldSet(
    (
        Field("department", ("Afd.", "Afd nr", "Afdeling", "Afdelingsnummer"), required=True),
        Field("lease", ("Lejemålsnr.", "Lejemålsnummer", "Lejemaalsnummer", "Lejemål")),
        Field("address", ("Adresse",)),
        Field("rent", ("Husleje", "Leje", "Husleje pr. md."), required=True),
        Field("available", ("Ledig fra", "Ledig pr.")),
    )
)


def test_normalised_headers_ignore_case_spaces_and_punctuation() -> None:
    assert normalise_header("Afd. nr") == normalise_header("AFD-NR") == normalise_header("Afd nr")
    assert normalise_header("Afd.") == "afd"
    assert normalise_header("Værelser ønsket") == "værelserønsket"
    assert normalise_header("m²") == "m2"
    assert normalise_header("Lejemålsnr.") != normalise_header("Lejemaalsnummer")
    assert FIELDS.field_for("LEJEMAALSNUMMER") == "lease"


def test_a_synonym_cannot_name_two_fields() -> None:
    with pytest.raises(ValueError, match="both"):
        FieldSet((Field("a", ("Afd",)), Field("b", ("AFD.",))))


def test_header_below_titles_himmerland(samples: Path) -> None:
    (sheet,) = read_workbook(samples / "vacancies_himmerland_uge47.xlsx").sheets
    match = find_header(sheet, FIELDS)
    assert match is not None
    assert match.row_number == 4
    assert sheet.rows[match.position + 1][0] == 5


def test_header_below_merged_title_and_hidden_column_plus_bolig(samples: Path) -> None:
    for sheet in read_workbook(samples / "vacancies_plusbolig_two_sheets.xlsx").sheets:
        match = find_header(sheet, FIELDS)
        assert match is not None
        assert match.row_number == 3
        mapping = map_columns(
            match.headers, FIELDS, header_row=3, ignore_columns=sheet.hidden_columns
        )
        assert mapping.hidden == ((5, "Intern note"),)
        assert mapping.columns["rent"] == 8
        assert mapping.missing == ()


def test_title_in_a_merged_block_is_never_the_header() -> None:
    sheet = Sheet(
        "x",
        0,
        False,
        [(1, ("Afdeling", None, None)), (2, ("Afd.", "Husleje", "Adresse"))],
        merged=(MergedRange(1, 0, 1, 2),),
    )
    match = find_header(sheet, FIELDS)
    assert match is not None
    assert match.row_number == 2


def test_no_header_when_nothing_matches() -> None:
    sheet = Sheet("x", 0, False, [(1, ("Navn", "Telefon")), (2, ("Ib", "123"))])
    assert find_header(sheet, FIELDS) is None


def test_missing_required_and_unmapped_columns() -> None:
    mapping = map_columns(("Afd.", "Noget andet", None, "Afd nr"), FIELDS)
    assert mapping.columns == {"department": 0}
    assert mapping.missing == ("rent",)
    assert mapping.unmapped == ((1, "Noget andet"), (3, "Afd nr"))
    assert mapping.value(("07", "x"), "department") == "07"
    assert mapping.value(("07",), "rent") is None


def test_remembered_mapping_wins_over_synonyms() -> None:
    remembered = {"beløb": "rent", "leje": "", "afd": "department"}
    mapping = map_columns(("Afd.", "Leje", "Beløb"), FIELDS, remembered=remembered)
    assert mapping.columns == {"department": 0, "rent": 2}
    # Left out by a remembered choice: accounted for, not "not understood".
    assert mapping.unmapped == ()
    assert mapping.ignored == ((1, "Leje"),)
    # The "not imported" choice is remembered too (the next file leaves the column out again).
    assert mapping.remembered == {"afd": "department", "leje": "", "beløb": "rent"}
    sheet = Sheet("x", 0, False, [(1, ("Afd.", "Beløb")), (2, ("07", 4000.0))])
    assert find_header(sheet, FIELDS) is None  # one known column is not a header
    found = find_header(sheet, FIELDS, remembered=remembered)
    assert found is not None
    assert found.score == 2


def test_blank_and_total_rows(samples: Path) -> None:
    (sheet,) = read_workbook(samples / "vacancies_himmerland_uge47.xlsx").sheets
    by_number = dict(sheet.rows)
    assert is_blank(by_number[32])
    assert is_total_row(by_number[45])
    assert not any(is_total_row(by_number[n]) for n in range(5, 45))
    assert is_total_row(("Total:", None, 12000.0))
    assert is_total_row((None, "12 lejemål"))
    assert not is_total_row(("Totalvej 3", "Summerhus"))
