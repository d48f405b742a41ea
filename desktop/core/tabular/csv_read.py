"""CSV as organisations export it: `;` (Danish Excel), `,` or tab; UTF-8 with or without BOM,
UTF-16 (Excel's "Unicode text"), else Windows-1252; any line ending.

Every value stays text (stripped; empty -> None): "07" and "5234,50" are for the value parsers to
interpret with the field's meaning in mind, never guessed here.

The file is read as a stream of lines, never decoded or split whole: its first rows go to the
caller's `check_head` (is there a header row?) before the rest is read, a line or a cell longer
than the limits is refused where it is met, and reading stops at the row limit. The limit of a
cell's length is this reader's own check; the csv module's process-wide field limit is left as
it is (a field beyond it, 131,072 characters by default, is longer than any cell anyway).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator, Sequence

from desktop.core.tabular import problems
from desktop.core.tabular.model import HEAD_ROWS, Limits, Row, Sheet

DELIMITERS = (";", ",", "\t")
SNIFF_BYTES = 65_536
_VALIDATE_PIECE = 1 << 20

HeadCheck = Callable[[Sequence[Sheet]], None]


def encoding_of(name: str, data: bytes) -> str:
    """ "utf-8-sig", "utf-16", "utf-8" or "cp1252", from the BOM or from whether every byte is
    valid UTF-8 (checked a piece at a time: no copy of the whole text is made)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(view), _VALIDATE_PIECE):
            decoder.decode(view[start : start + _VALIDATE_PIECE])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a file using them is not text we can trust
        return "cp1252"
    return "utf-8"


def sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most (outside quotes) in the first non-empty lines."""
    sample = [line for line in text[:SNIFF_BYTES].splitlines() if line.strip()][:5]
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


def read_csv(
    name: str, data: bytes, limits: Limits, check_head: HeadCheck | None = None
) -> tuple[Sheet, str, str]:
    """One sheet named after the file, with the encoding and delimiter that were used."""
    encoding = encoding_of(name, data)
    if encoding != "utf-16" and b"\x00" in data:
        problems.binary_text(name)
    sheet_name = name.rsplit(".", 1)[0]
    start = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        delimiter = sniff_delimiter(start.decode(data[:SNIFF_BYTES]))
    except UnicodeDecodeError:
        problems.binary_text(name)
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    lines = _Lines(name, stream, limits.max_csv_line_chars)
    rows: list[Row] = []
    append = rows.append
    longest = limits.max_cell_chars
    checked_head = check_head is None
    try:
        reader = csv.reader(lines, delimiter=delimiter)
        for number, values in enumerate(reader, 1):  # records, as a spreadsheet shows them
            if number > limits.max_rows:
                problems.too_many_rows(name, sheet_name, limits.max_rows)
            if any(len(v) > longest for v in values):
                problems.cell_too_long(name, name, number, longest)
            append((number, tuple([v.strip() or None for v in values])))
            if not checked_head and number == HEAD_ROWS:
                checked_head = True
                _check(check_head, sheet_name, rows)
    except csv.Error as exc:
        if "field limit" in str(exc):  # the csv module's own bound, far above a cell's
            problems.cell_too_long(name, name, lines.number, longest)
        problems.corrupt(name)
    except UnicodeDecodeError:
        problems.binary_text(name)
    rows = _trim(rows)
    if not checked_head:
        _check(check_head, sheet_name, rows)
    return Sheet(name=sheet_name, index=0, hidden=False, rows=rows), encoding, delimiter


def _check(check_head: HeadCheck | None, sheet_name: str, rows: list[Row]) -> None:
    if check_head is not None:
        check_head((Sheet(name=sheet_name, index=0, hidden=False, rows=list(rows)),))


class _Lines:
    """The text's lines for the csv reader, each refused if longer than `limit` or holding a NUL
    character, read a line at a time (a 100 MB line is never taken in whole)."""

    def __init__(self, name: str, stream: io.TextIOWrapper, limit: int) -> None:
        self.name = name
        self.stream = stream
        self.limit = limit
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        readline, limit, name = self.stream.readline, self.limit, self.name
        while line := readline(limit + 2):
            self.number += 1
            if len(line) > limit and len(line.rstrip("\r\n")) > limit:
                problems.line_too_long(name, self.number, limit)
            if "\x00" in line:
                problems.binary_text(name)
            yield line


def _trim(rows: list[Row]) -> list[Row]:
    """Drop trailing empty lines, like a spreadsheet program shows the file."""
    end = len(rows)
    while end and all(v is None for v in rows[end - 1][1]):
        end -= 1
    return rows[:end] if end < len(rows) else rows
