"""Blank and total rows found a chunk of rows at once (how the preview finds them) are exactly
the rows the plain row tests skip, whatever the chunk holds and whatever came before it."""

from __future__ import annotations

import datetime as dt

from desktop.core.importing.preview import _SkippedRows
from desktop.core.tabular.model import Values
from desktop.core.tabular.rows import is_blank, is_total_row

TEXTS = [
    "I alt", "i  alt:", "TOTAL:", "Sum", "Samlet", "I-alt", "Ｔｏｔａｌ", "38 lejemål",
    " 12 Boliger ", "3 stk.", "12\u00a0lejemål", "Totalvej 3", "Summerhus", "Samlet pris 12",
    "190-3-0008", "12", "2. th", "Kildeparken 12, 2. tv.", "alt", "", " ", "ialt2",
    "1 lejemål 2",
]  # fmt: skip


def _rows() -> list[Values]:
    rows: list[Values] = []
    for index, text in enumerate(TEXTS * 2):
        rows.append((f"L-{index}", "Kildeparken", float(index), dt.date(2026, 12, 1), text))
        rows.append((None,) * (index % 4))  # blank rows of every width, () too
        rows.append(("Kildeparken", None, True, 1, 1.0, None))
        rows.append((None, None, text) if index % 3 else (text,))  # ragged rows
        rows.append((None, 0.0) if index % 2 else (None, False, None))
    return rows


def test_each_chunk_skips_what_the_row_tests_skip() -> None:
    rows = _rows()
    for size in (1, 7, 50, len(rows)):
        skipped = _SkippedRows()
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            expected = {at for at, row in enumerate(chunk) if is_blank(row) or is_total_row(row)}
            assert skipped.of(chunk) == expected, (size, start)


def test_a_file_of_data_rows_skips_nothing() -> None:
    rows: list[Values] = [
        (f"190-3-{index:04d}", "Reberbansgade", 2.0, "mf", 9000.0, 4100.5 + index)
        for index in range(300)
    ]
    skipped = _SkippedRows()
    assert skipped.of(rows[:150]) == set()
    assert skipped.of(rows[150:]) == set()
    assert skipped.of([*rows[:3], ("I alt", None, None, None, None, 12300.0)]) == {3}
