"""The summary every import shows: every row counted in one outcome, and the errors as a list
that copies into a spreadsheet and saves as a CSV file Excel opens."""

from __future__ import annotations

import csv
import datetime as dt
import io
from types import SimpleNamespace

from db.enums import ImportKind
from desktop.core.importing import ImportContext, Preview, PreviewRow, Problem, RowStatus
from desktop.core.importing.spec import SheetColumns
from desktop.core.importing.summary import (
    RowError,
    accounting,
    errors_csv,
    errors_text,
    row_errors,
)

S = RowStatus


def _preview(statuses: list[tuple[str, RowStatus]], skipped_sheets: list[str]) -> Preview:
    rows = []
    for number, (sheet, status) in enumerate(statuses, start=2):
        columns = SheetColumns(sheet, {}, {})
        row = PreviewRow(sheet, number, (), columns, {}, status)
        if status is S.ERROR:
            row.add_problem(Problem("Afd.nr.", f"wrong in row {number}"))
        rows.append(row)
    context = ImportContext(ImportKind.MONITORING, None, "tester", dt.date(2026, 11, 21))
    workbook = SimpleNamespace(name="figures.xlsx")
    return Preview(workbook, context, [], rows, skipped_sheets=skipped_sheets)  # type: ignore[arg-type]


def test_every_row_is_counted_once_and_empty_rows_and_other_sheets_are_named() -> None:
    statuses = [S.NEW, S.UNCHANGED, S.UNCHANGED, S.SKIPPED, S.DUPLICATE, S.ERROR, S.UPDATED]
    preview = _preview([("Ark1", s) for s in statuses], ["Lister"])
    assert accounting(preview) == [
        "Rows in the file: 6",
        "  New: 1",
        "  Updated: 1",
        "  Unchanged (stored already as the file has them): 2",
        "  Duplicates (twice in the file, or stored already): 1",
        "  With errors (not imported; see the list): 1",
        "Empty and total rows (left out): 1",
        "Sheets without the columns Anvis reads: Lister",
    ]


def test_a_sheet_is_counted_on_its_own() -> None:
    preview = _preview([("A", S.NEW), ("B", S.ERROR), ("B", S.UNCHANGED)], [])
    assert accounting(preview, "B") == [
        "Rows in the sheet B: 2",
        "  Unchanged (stored already as the file has them): 1",
        "  With errors (not imported; see the list): 1",
    ]
    assert row_errors(preview) == (RowError("B", 3, "Afd.nr.", "wrong in row 3"),)


ERRORS = (
    RowError("Ark1", 7, "Farve", "“lilla” is not a colour.\nUse grøn, gul or rød."),
    RowError("Ark1", 9, "Navn", '=HYPERLINK("x") is not a name; CPR 010190-1234 given'),
)


def test_the_errors_copy_as_tab_separated_rows_with_a_header() -> None:
    lines = errors_text(ERRORS).splitlines()
    assert lines[0] == "Sheet\tRow\tColumn\tError"
    assert lines[1] == "Ark1\t7\tFarve\t“lilla” is not a colour. Use grøn, gul or rød."
    assert len(lines) == 3  # a line break inside a message does not break the row


def test_the_errors_save_as_a_csv_file_excel_reads_safely() -> None:
    data = errors_csv(ERRORS)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark: æøå in Excel
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Sheet", "Row", "Column", "Error"]
    assert rows[1][:3] == ["Ark1", "7", "Farve"]
    message = rows[2][3]
    assert message.startswith("'=HYPERLINK")  # never a formula
    assert "010190-1234" not in message  # a CPR-like number is masked
