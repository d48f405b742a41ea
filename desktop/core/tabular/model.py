"""The plain, Qt-free shape of a read spreadsheet, and the limits that keep reading safe.

Every reader (xlsx, xls, ods, csv) returns the same `Workbook`, so importers never care which
format an organisation sent. Values are normalised once here: empty cells are `None`, text has
its surrounding whitespace removed, numbers stay as the reader gave them (an integral float stays
a float; identifiers are never guessed into numbers), and dates are `datetime.date`/`datetime`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
"""One cell after normalisation (`datetime.datetime` is also a `datetime.date`)."""

Values = tuple[CellValue, ...]
Row = tuple[int, Values]
"""(spreadsheet row number, 1-based as the user sees it; the cell values, column A first)."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds checked before heavy parsing, so a hostile file fails fast with a clear message.

    Set from the desk's real files: a year of any organisation's vacancies is a few thousand
    rows of 12 to 20 columns, the desk's applicant list a few thousand rows more; 100,000 rows
    (of up to 15 columns, or 50,000 of 30) is a wide margin above both, and what a desk PC
    reads, or refuses, in a few seconds and a few hundred MB. Anything beyond is refused
    before it is read.
    """

    max_file_bytes: int = 100 * 1024 * 1024
    max_uncompressed_bytes: int = 600 * 1024 * 1024
    max_compression_ratio: int = 250
    max_zip_entries: int = 5_000
    max_sheets: int = 100
    max_rows: int = 100_000
    """Rows of one sheet (spreadsheet row numbers; a CSV file's records)."""
    max_cells: int = 1_500_000
    """Of the rectangle a sheet spans (rows x columns): readers allocate all of it."""
    max_cell_chars: int = 32_767
    """Excel's own limit of characters in one cell."""
    max_csv_line_chars: int = 1_000_000


DEFAULT_LIMITS = Limits()

HEAD_ROWS = 30
"""The first rows of a sheet, where its header row is looked for (titles above it included)."""


@dataclass(frozen=True, slots=True)
class MergedRange:
    """A merged block: rows are spreadsheet row numbers, columns 0-based value indexes."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int

    def covers(self, row: int, column: int) -> bool:
        return (
            self.first_row <= row <= self.last_row
            and self.first_column <= column <= self.last_column
        )


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    index: int
    hidden: bool
    rows: Sequence[Row]
    """Every row from the first to the last non-empty one; blank rows inside are kept (all None)."""
    hidden_columns: frozenset[int] = frozenset()
    merged: tuple[MergedRange, ...] = ()

    @property
    def width(self) -> int:
        return max((len(values) for _, values in self.rows), default=0)

    def has_data(self) -> bool:
        return any(v is not None for _, values in self.rows for v in values)

    def merged_at(self, row: int, column: int) -> MergedRange | None:
        for block in self.merged:
            if block.covers(row, column):
                return block
        return None


@dataclass(frozen=True, slots=True)
class Workbook:
    name: str
    """The file name the user chose (no folder): shown in messages and stored with an import."""
    format: str
    """"xlsx", "xlsm", "xls", "ods" or "csv": what the content is, whatever the extension says."""
    sheets: tuple[Sheet, ...]
    data: bytes = field(repr=False)
    """The exact bytes that were read (an import keeps them with its batch)."""
    sha256: str = ""
    csv_encoding: str | None = None
    csv_delimiter: str | None = None

    def sheet(self, name: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)

    def data_sheets(self) -> tuple[Sheet, ...]:
        """The visible sheets that hold at least one value."""
        return tuple(s for s in self.sheets if not s.hidden and s.has_data())


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": how the user names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """ "A" -> 0, "AA" -> 26; the inverse of `column_letter` (letters in any case)."""
    value = 0
    for char in letters.upper():
        value = value * 26 + (ord(char) - ord("A") + 1)
    return value - 1
