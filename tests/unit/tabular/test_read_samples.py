"""Every sample an organisation or the desk sends is read with its quirks intact."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop.core.tabular import read_workbook


def test_csv_in_windows_1252_with_semicolons_keeps_leading_zeros(samples: Path) -> None:
    book = read_workbook(samples / "vacancies_lejerbo.csv")
    assert (book.format, book.csv_encoding, book.csv_delimiter) == ("csv", "cp1252", ";")
    (sheet,) = book.sheets
    header = sheet.rows[0][1]
    assert header[0] == "Afd nr"
    assert header[5] == "Vaerelser"
    assert len(sheet.rows) == 35
    departments = [values[0] for _, values in sheet.rows[1:]]
    assert sum(1 for d in departments if d == "086") == 4
    assert any("Ø" in str(values[4]) for _, values in sheet.rows[1:])


def test_himmerland_keeps_title_rows_blank_rows_and_row_numbers(samples: Path) -> None:
    (sheet,) = read_workbook(samples / "vacancies_himmerland_uge47.xlsx").sheets
    numbers = [number for number, _ in sheet.rows]
    assert numbers == list(range(1, 46))
    by_number = dict(sheet.rows)
    assert by_number[4][0] == "Afd."
    assert all(v is None for v in by_number[32])
    assert all(v is None for v in by_number[33])
    assert by_number[45][0] == "I alt"
    assert isinstance(by_number[5][10], dt.date)
    assert by_number[14][4] in ("2½", "3½")
    assert by_number[5][8] is None  # empty water aconto is None, not ""


def test_plus_bolig_reports_hidden_column_and_merged_title_on_both_sheets(samples: Path) -> None:
    book = read_workbook(samples / "vacancies_plusbolig_two_sheets.xlsx")
    assert [s.name for s in book.data_sheets()] == ["Familieboliger", "Ungdomsboliger"]
    for sheet in book.sheets:
        assert sheet.hidden_columns == frozenset({5})
        assert sheet.merged_at(1, 4) is not None
        assert sheet.merged_at(3, 4) is None


def test_ods_dates_and_text_identifiers(samples: Path) -> None:
    book = read_workbook(samples / "vacancies_hasseris.ods")
    assert book.format == "ods"
    (sheet,) = book.sheets
    assert len(sheet.rows) == 23
    first = sheet.rows[1][1]
    assert first[0] == "01"
    assert isinstance(first[10], dt.date)
    assert first[3] == 9000.0


def test_numbers_stay_as_numbers_and_text_stays_text(samples: Path) -> None:
    book = read_workbook(samples / "monitoring_2026.xlsx")
    (sheet,) = book.sheets
    assert sheet.rows[1][1][:2] == (88.0, "2")
    masters = read_workbook(samples / "organisations_departments.xlsx")
    assert masters.sheet("Organisationer").rows[1][1][0] == "088"


def test_every_sample_reads_and_has_sha256(samples: Path) -> None:
    for path in sorted(samples.iterdir()):
        if path.suffix in (".md", ".json"):
            continue
        book = read_workbook(path)
        assert len(book.sha256) == 64
        assert book.data == path.read_bytes()
        assert book.data_sheets(), path.name


def test_extension_that_lies_is_read_by_content(samples: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "ledige.xls"
    shutil.copy(samples / "vacancies_alabu_december.xlsx", disguised)
    book = read_workbook(disguised)
    assert book.format == "xlsx"
    assert book.sheets[0].rows[1][1][10] == "6.305,04 kr."


@pytest.mark.parametrize("header_offset", [0, 3])
def test_csv_utf8_bom_comma_and_tab(tmp_path: Path, header_offset: int) -> None:
    blank = "\r\n" * header_offset
    path = tmp_path / "x.csv"
    path.write_bytes(("\ufeff" + blank + "Afd,Navn\r\n07, Ågade \r\n").encode("utf-8"))
    book = read_workbook(path)
    assert book.csv_encoding == "utf-8-sig"
    assert book.csv_delimiter == ","
    assert book.sheets[0].rows[-1] == (header_offset + 2, ("07", "Ågade"))
    tab = tmp_path / "t.csv"
    tab.write_bytes("Afd\tNavn;x\r\n07\tÅ\r\n".encode("utf-16"))
    book = read_workbook(tab)
    assert (book.csv_encoding, book.csv_delimiter) == ("utf-16", "\t")
    assert book.sheets[0].rows[1][1] == ("07", "Å")


def test_a_sheet_whose_data_starts_below_and_right_of_a1_keeps_its_row_numbers(
    tmp_path: Path,
) -> None:
    """The rows are read one at a time (not all at once): the empty rows above the data are
    left out and each row keeps the spreadsheet's number, its cells their columns."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ledige"
    sheet["C3"] = "Afd."
    sheet["D3"] = "Husleje"
    sheet["C4"] = "07"
    sheet["D4"] = 4100.5
    sheet["E6"] = "  sidst  "
    path = tmp_path / "offset.xlsx"
    book.save(path)
    (read,) = read_workbook(path).sheets
    assert read.rows == [
        (3, (None, None, "Afd.", "Husleje", None)),
        (4, (None, None, "07", 4100.5, None)),
        (5, (None, None, None, None, None)),
        (6, (None, None, None, None, "sidst")),
    ]
