"""CSV as organisations export it: `;` (Danish Excel), `,` or tab; UTF-8 with or without BOM,
UTF-16 (Excel's "Unicode text"), else Windows-1252; any line ending.

Every value stays text (stripped; empty -> None): "07" and "5234,50" are for the value parsers to
interpret with the field's meaning in mind, never guessed here.
"""

from __future__ import annotations

import csv
import io

from desktop.core.tabular import problems
from desktop.core.tabular.model import CellValue, Limits, Row, Sheet

DELIMITERS = (";", ",", "\t")


def decode(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode(name, data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode(name, data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a file using them is not text we can trust
        return _decode(name, data, "cp1252"), "cp1252"


def _decode(name: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        problems.binary_text(name)


def sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most (outside quotes) in the first non-empty lines."""
    sample = [line for line in text[:65_536].splitlines() if line.strip()][:5]
    best, best_count = ";", -1
    for delimiter in DELIMITERS:
        counts = []
        for line in sample:
            outside = line.split('"')[::2]  # parts outside double quotes
            counts.append(sum(part.count(delimiter) for part in outside))
        score = min(counts) if counts else 0
        if score > best_count:
            best, best_count = delimiter, score
    return best


def read_csv(name: str, data: bytes, limits: Limits) -> tuple[Sheet, str, str]:
    """One sheet named after the file, with the encoding and delimiter that were used."""
    text, encoding = decode(name, data)
    if "\x00" in text:
        problems.binary_text(name)
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > limits.max_csv_line_chars:
            problems.line_too_long(name, number, limits.max_csv_line_chars)
    delimiter = sniff_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(limits.max_cell_chars, limits.max_csv_line_chars) + 1)
    rows: list[Row] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, values in enumerate(reader, 1):  # records, as a spreadsheet shows them
            if any(len(v) > limits.max_cell_chars for v in values):
                problems.cell_too_long(name, name, number, limits.max_cell_chars)
            cells: tuple[CellValue, ...] = tuple([v.strip() or None for v in values])
            rows.append((number, cells))
    except csv.Error:
        problems.corrupt(name)
    finally:
        csv.field_size_limit(old_limit)
    rows = _trim(rows)
    return Sheet(name=name.rsplit(".", 1)[0], index=0, hidden=False, rows=rows), encoding, delimiter


def _trim(rows: list[Row]) -> list[Row]:
    """Drop trailing empty lines, like a spreadsheet program shows the file."""
    end = len(rows)
    while end and all(v is None for v in rows[end - 1][1]):
        end -= 1
    return rows[:end]
