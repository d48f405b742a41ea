"""Read checked bytes with python-calamine and normalise its values in one pass per row.

Normalising is the only per-cell Python work of reading, so it is one list comprehension: text
is stripped of surrounding whitespace (an empty or blank cell becomes None); numbers, booleans and
dates pass through unchanged (calamine already gives `date` for date cells and `datetime` for
date-time cells). Row numbers are the spreadsheet's own, counting any empty rows calamine skips.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import python_calamine as calamine

from desktop.core.tabular import problems
from desktop.core.tabular.model import (
    HEAD_ROWS,
    CellValue,
    Limits,
    MergedRange,
    Row,
    Sheet,
    column_letter,
)


def read_calamine(
    name: str,
    data: bytes,
    limits: Limits,
    hidden_columns: Mapping[str, frozenset[int]],
    merged: Mapping[str, tuple[MergedRange, ...]] | None = None,
    check_head: Callable[[Sequence[Sheet]], None] | None = None,
) -> tuple[Sheet, ...]:
    """Every worksheet; `check_head` is given the first `HEAD_ROWS` rows of each before any
    sheet's cells are all made Python values (the bulk of the memory a read takes)."""
    with _as_file_problem(name):
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metadata = book.sheets_metadata
    if not metadata:
        problems.corrupt(name)
    if len(metadata) > limits.max_sheets:
        problems.too_many_sheets(name, limits.max_sheets)
    found: list[tuple[int, Any, Any]] = []  # (index, metadata, calamine sheet)
    for index, meta in enumerate(metadata):
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            continue
        with _as_file_problem(name):
            sheet = book.get_sheet_by_index(index)
        _check_size(name, meta.name, sheet, limits)
        found.append((index, meta, sheet))
    if check_head is not None:
        check_head(
            [
                _sheet(name, index, meta, sheet, HEAD_ROWS, limits, hidden_columns, merged)
                for index, meta, sheet in found
            ]
        )
    return tuple(
        _sheet(name, index, meta, sheet, None, limits, hidden_columns, merged)
        for index, meta, sheet in found
    )


def _sheet(
    name: str,
    index: int,
    meta: Any,
    sheet: Any,
    nrows: int | None,
    limits: Limits,
    hidden_columns: Mapping[str, frozenset[int]],
    merged: Mapping[str, tuple[MergedRange, ...]] | None,
) -> Sheet:
    """The sheet's rows (its first `nrows`, or all) as a `Sheet`."""
    with _as_file_problem(name):
        start = sheet.start
        blocks = sheet.merged_cell_ranges
        first_row, first_column = start if start is not None else (0, 0)
        if nrows is not None:
            rows = normalise_rows(
                sheet.to_python(nrows=nrows), first_row + 1, first_column, limits.max_cell_chars
            )
        else:
            rows = _every_row(sheet, first_row, first_column, limits.max_cell_chars)
    if rows is None:
        with _as_file_problem(name):
            raw = sheet.to_python(nrows=nrows)
        problems.cell_too_long(
            name, meta.name, _long_row(raw, first_row + 1, limits), limits.max_cell_chars
        )
    if blocks is not None:
        ranges = tuple(MergedRange(a + 1, b, c + 1, d) for (a, b), (c, d) in blocks)
    else:
        ranges = (merged or {}).get(meta.name, ())
    return Sheet(
        name=meta.name,
        index=index,
        hidden=meta.visible != calamine.SheetVisibleEnum.Visible,
        rows=rows,
        hidden_columns=hidden_columns.get(meta.name, frozenset()),
        merged=ranges,
    )


@contextmanager
def _as_file_problem(name: str) -> Iterator[None]:
    """calamine's errors while reading the file or a sheet as the user's FileProblem."""
    try:
        yield
    except calamine.PasswordError:
        problems.encrypted(name)
    except (calamine.CalamineError, OSError, ValueError, OverflowError):
        problems.corrupt(name)
    except BaseException as exc:
        _corrupt_if_panic(name, exc)
        raise


def _check_size(name: str, sheet_name: str, sheet: Any, limits: Limits) -> None:
    """Refuse a sheet beyond the limits before its cells become Python values (an .xls file is
    not scanned beforehand; an xlsx or ods file was, so this only confirms)."""
    first_row, first_column = sheet.start if sheet.start is not None else (0, 0)
    rows, columns = first_row + sheet.height, first_column + sheet.width
    if rows > limits.max_rows:
        problems.too_many_rows(name, sheet_name, limits.max_rows)
    if rows * columns > limits.max_cells:
        problems.sheet_too_large(name, sheet_name, rows, column_letter(max(columns - 1, 0)))


def _corrupt_if_panic(name: str, exc: BaseException) -> None:
    """A Rust panic inside calamine arrives as pyo3's PanicException, a BaseException: it means
    a file calamine could not parse, not a bug of ours. (Rust has printed the panic on stderr
    by then; the damage calamine is known to panic on is refused before, see cfb_package.)"""
    kind = type(exc)
    if kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime":
        problems.corrupt(name)


def _every_row(sheet: Any, first_row: int, first_column: int, max_chars: int) -> list[Row] | None:
    """Every row of the sheet, as `to_python()` and `normalise_rows` would give them, read a
    row at a time: `to_python()` makes a list per row of the whole sheet at once (50,000 lists
    for Python's garbage collector to walk while the file is read), `iter_rows()` one after the
    other. It starts at the sheet's first row where `to_python()` starts at its first row with
    data (python-calamine 0.9): the empty rows above the data are left out here, and should it
    ever start at the data, the count of rows tells."""
    rows = normalise_rows(sheet.iter_rows(), 1, first_column, max_chars)
    if rows is None or not first_row:
        return rows
    if len(rows) == first_row + sheet.height:
        return rows[first_row:]
    return [(number + first_row, values) for number, values in rows]


def normalise_rows(
    raw: Iterable[list[Any]], first_row: int, first_column: int, max_chars: int
) -> list[Row] | None:
    """Rows as (number, values); None if a text cell is longer than `max_chars`.

    The length check rides on the strip that happens anyway, so it costs almost nothing.
    """
    text = str
    pad: tuple[CellValue, ...] = (None,) * first_column
    too_long = False

    def long_text(value: str) -> CellValue:
        nonlocal too_long
        too_long = True
        return value

    rows = [
        (
            number,
            pad
            + tuple(
                [
                    ((v.strip() or None) if len(v) <= max_chars else long_text(v))
                    if type(v) is text
                    else v
                    for v in values
                ]
            ),
        )
        for number, values in enumerate(raw, first_row)
    ]
    return None if too_long else rows


def _long_row(raw: list[list[Any]], first_row: int, limits: Limits) -> int:
    for number, values in enumerate(raw, first_row):
        if any(type(v) is str and len(v) > limits.max_cell_chars for v in values):
            return number
    return first_row
