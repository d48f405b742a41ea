"""The shared workbook writer: styles, safety and what a spreadsheet program shows."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.errors import FileProblem
from desktop.core.exchange.safe_cells import looks_like_formula
from desktop.core.exchange.workbook import Book, Col, Kind, sheet_title, write_file
from tests.unit.exchange.sheets import assert_same_in_libreoffice

HOSTILE = ["=1+1", "+45 12 34", "-2", "@SUM(A1)", "\tx", "＝1+1", '=HYPERLINK("x")']


@pytest.mark.parametrize("text", [*HOSTILE, "\rx"])
def test_text_a_spreadsheet_would_run_is_formula_like(text: str) -> None:
    assert looks_like_formula(text)


@pytest.mark.parametrize("value", ["Kildeparken 12", "4.250 kr.", "", 5, -5, None, "a=b"])
def test_ordinary_values_are_not_formula_like(value: object) -> None:
    assert not looks_like_formula(value)


def _sample() -> bytes:
    book = Book("Prøve")
    sheet = book.sheet(
        "Boliger",
        [
            Col("Afdeling", 10, Kind.CODE),
            Col("Tekst", 30),
            Col("Leje", 14, Kind.MONEY),
            Col("Dato", 12, Kind.DATE),
            Col("Antal", 8, Kind.INT),
            Col("Andel", 8, Kind.PERCENT),
            Col("Rum", 8, Kind.DECIMAL),
        ],
        freeze_columns=1,
    )
    sheet.append(["07", "Kildeparken 12, 2. tv.", Decimal("4250.50"), dt.date(2026, 11, 21), 3,
                  0.25, 2.5])  # fmt: skip
    for text in HOSTILE:
        sheet.append(["12-3", text, None, None, None, None, None])
    sheet.append(["1", "bell\x07 and nul\x00 removed", Decimal("1234567.891"), None, 1200, 1, 3])
    sheet.append(["2", "x" * 40_000, None, None, None, None, None])
    sheet.close()
    return book.data()


def test_the_sheet_is_styled_and_the_values_keep_their_types() -> None:
    book = load_workbook(io.BytesIO(_sample()))
    ws = book["Boliger"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == "A1:G11"
    assert ws.column_dimensions["B"].width == 30
    header = ws[1]
    assert [c.value for c in header] == ["Afdeling", "Tekst", "Leje", "Dato", "Antal", "Andel",
                                         "Rum"]  # fmt: skip
    assert all(c.font.bold for c in header)
    first = ws[2]
    assert first[0].value == "07"
    assert first[0].data_type == "s"
    assert first[2].value == 4250.5
    assert first[2].number_format == '#,##0.00 "kr."'
    assert first[3].value == dt.datetime(2026, 11, 21)
    assert first[3].number_format == "dd.mm.yyyy"
    assert first[4].number_format == "#,##0"
    assert first[5].number_format == "0.0%"
    assert first[6].number_format == "#,##0.0"


def test_formula_like_text_is_quoted_text() -> None:
    ws = load_workbook(io.BytesIO(_sample()))["Boliger"]
    cells = [row[1] for row in ws.iter_rows(min_row=3, max_row=2 + len(HOSTILE))]
    assert [c.value for c in cells] == HOSTILE
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.quotePrefix


def test_control_characters_are_removed_and_long_text_cut_at_excels_limit() -> None:
    ws = load_workbook(io.BytesIO(_sample()))["Boliger"]
    rows = list(ws.iter_rows(min_row=3 + len(HOSTILE), values_only=True))
    assert rows[0][1] == "bell and nul removed"
    assert len(rows[1][1]) == 32_767


def test_libreoffice_shows_the_same_values_and_never_runs_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "proeve.xlsx"
    path.write_bytes(_sample())
    rows = assert_same_in_libreoffice(path, tmp_path / "csv")["Boliger"]
    assert rows[1][:4] == ["07", "Kildeparken 12, 2. tv.", "4,250.50 kr.", "21.11.2026"]
    assert [r[1] for r in rows[2 : 2 + len(HOSTILE)]] == HOSTILE


@pytest.mark.parametrize(
    ("wanted", "taken", "expected"),
    [
        ("Udlejet", [], "Udlejet"),
        ("a/b:c*d?e[f]g\\h", [], "a-b-c-d-e-f-g-h"),
        ("x" * 40, [], "x" * 31),
        ("Udlejet", ["udlejet"], "Udlejet (2)"),
        ("", [], "Ark"),
    ],
)
def test_sheet_titles_are_valid_and_unique(wanted: str, taken: list[str], expected: str) -> None:
    assert sheet_title(wanted, taken) == expected


def test_a_missing_folder_is_a_clear_problem_and_nothing_is_left_behind(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="cannot be written"):
        write_file(tmp_path / "missing" / "x.xlsx", b"data")
    write_file(tmp_path / "x.xlsx", b"data")
    write_file(tmp_path / "x.xlsx", b"new")
    assert (tmp_path / "x.xlsx").read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]
