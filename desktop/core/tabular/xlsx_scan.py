"""Safety scan and layout facts of an xlsx worksheet's XML, before calamine reads it.

Why: calamine allocates the whole rectangle from the first to the last cell it finds, so one cell
at XFD1048576 makes it request half a terabyte and the process aborts (measured with
python-calamine 0.9). The `<dimension>` element is ignored by calamine, so a false claim there is
harmless; the real cell references are what we must bound.

Every cell reference must be seen, so the whole part is unpacked; `SheetScan` takes it piece by
piece as it comes out of the zip (never holding the whole part, each piece scanned while it is
still in the processor's cache). Two checks run on each piece, at the speed of a regex: a cell
beyond the row limit refuses the sheet where it is met, so a sheet of a million rows is refused
after its first tenth is unpacked; and when every cell element starts exactly `<c r="A1"` with a
column up to AD and a row of at most six digits, the sheet is proved small. The row limit is
`Limits.max_rows`, lowered to keep within `Limits.max_cells` as soon as the sheet uses columns
beyond O (26 or 30 columns), so a sheet the fast path lets through never holds more cells than
the limit, whatever calamine then takes to read it. Anything else (columns further out, cells
without a reference, prefixed element names) goes through `exact_extent`, a second pass with
expat that follows calamine's rules: a cell's own reference decides its place; without one it
follows the previous cell, and a row without a number follows the previous row.

Hidden columns are read from `<cols>`, which precedes `<sheetData>`, so only that prefix is kept
and parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from defusedxml.ElementTree import DefusedXMLParser

from desktop.core.tabular.model import DEFAULT_LIMITS, column_index

_UNUSUAL_CELL = re.compile(rb'<c(?! r="(?:[A-Za-z]|[Aa][A-Da-d])\d{1,6}")[\s/>]')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_REFERENCE = re.compile(r"\s*([A-Za-z]{1,7})(\d{1,9})\s*$")
_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData[\s/>]")
_WIDE_CELL = re.compile(rb'<c r="(?:[P-Zp-z]|[Aa]([A-Da-d]))\d')
"""A cell in columns P to Z, or (group 1) AA to AD: a sheet that uses them may have fewer rows
(the cell limit over 26 or 30 columns) before the fast path can no longer prove it small."""
_WIDEST_CELL = re.compile(rb'<c r="[Aa][A-Da-d]\d')


def _far_cell(limit: int) -> re.Pattern[bytes]:
    """Cells at row `limit` rounded down to its leading digit, or further: compared with the
    limit as soon as they are met, so a sheet of a million rows is refused after unpacking its
    first tenth, not all of it (and a row just inside the limit costs a regex match, no more)."""
    digits = str(max(limit, 1))
    at_least = rf"(?:\d{{{len(digits) + 1},}}|[{digits[0]}-9]\d{{{len(digits) - 1}}})"
    # Unprefixed cells only, so the search runs on its literal start; prefixed cells go
    # through the exact scan, which stops at the row limit as well.
    return re.compile(rb'<c r="[A-Za-z]{1,3}(' + at_least.encode() + rb')"')


OVERLAP = 64
"""Bytes carried from one piece to the next: a cell match needs at most 14 bytes after its
start, so a match starting this close to a piece's end is judged again with the next piece."""


@dataclass(frozen=True, slots=True)
class Extent:
    """The far corner of a sheet as calamine will see it (1-based, inclusive)."""

    rows: int
    columns: int

    @property
    def cells(self) -> int:
        return self.rows * self.columns


class SheetScan:
    """The fast check and the part before `<sheetData>`, fed a worksheet's XML piece by piece."""

    def __init__(
        self, max_rows: int = DEFAULT_LIMITS.max_rows, max_cells: int = DEFAULT_LIMITS.max_cells
    ) -> None:
        self.max_rows = max_rows
        self.max_cells = max_cells
        self.row_limit = min(max_rows, max_cells // 15)
        """The rows the sheet may reach: fewer once it uses columns beyond O (`_WIDE_CELLS`)."""
        self.columns = 15
        """The columns the fast path allows the sheet so far (15, 26 or 30)."""
        self._far = _far_cell(self.row_limit)
        self.far_row = 0
        """A row number beyond `row_limit` that a cell is placed at (0: none seen)."""
        self.unusual = False
        """True once a cell needs the exact scan (then feeding more changes nothing)."""
        self._carry = b""
        self._prefix: list[bytes] = []
        self._prefix_done = False

    def feed(self, piece: bytes) -> bool:
        """Takes the next piece; False once a cell lies beyond the row limit (`far_row`): the
        caller stops unpacking and refuses the sheet."""
        if not self._prefix_done:
            self._keep_prefix(piece)
        text = self._carry + piece
        if self.columns < 30:
            self._widen(text)
        if self._beyond_rows(text):
            return False
        if not self.unusual:
            judged = len(text) - OVERLAP  # matches from here on are judged with the next piece
            for pattern in (_UNUSUAL_CELL, _PREFIXED_CELL):
                found = pattern.search(text)
                if found is not None and found.start() < judged:
                    self.unusual = True
                    break
        self._carry = text[-OVERLAP:]
        return True

    def _widen(self, text: bytes) -> None:
        """Lower the row limit when the piece has cells beyond column O (a regex pass; a sheet
        that already reaches AD is not searched again)."""
        pattern = _WIDE_CELL if self.columns < 26 else _WIDEST_CELL
        found = pattern.search(text)
        if found is None:
            return
        self.columns = 30 if pattern is _WIDEST_CELL or found.group(1) else 26
        self.row_limit = min(self.max_rows, self.max_cells // self.columns)
        self._far = _far_cell(self.row_limit)
        if self.columns < 30:
            self._widen(text)  # the same piece may reach AA to AD too

    def _beyond_rows(self, text: bytes) -> bool:
        limit = self.row_limit
        for found in self._far.finditer(text):
            row = int(found.group(1))
            if row > limit:
                self.far_row = row
                return True
        return False

    def finish(self) -> bool:
        """After the last piece: True when the fast check proved the sheet small."""
        if self.far_row:
            return False
        if not self.unusual:
            tail = self._carry
            self.unusual = bool(_UNUSUAL_CELL.search(tail) or _PREFIXED_CELL.search(tail))
        return not self.unusual

    def keeping_prefix(self, pieces: Iterable[bytes]) -> Iterator[bytes]:
        """`pieces` passed on unchanged while the prefix is collected afresh from them (the
        second, exact pass: the first may have stopped before `<sheetData>`)."""
        self._prefix = []
        self._prefix_done = False
        for piece in pieces:
            if not self._prefix_done:
                self._keep_prefix(piece)
            yield piece

    def prefix(self) -> bytes:
        """The XML up to `<sheetData>` (and maybe a little after it), or all of it without one."""
        return b"".join(self._prefix)

    def _keep_prefix(self, piece: bytes) -> None:
        tail = self._prefix[-1][-OVERLAP:] if self._prefix else b""
        self._prefix.append(piece)
        self._prefix_done = _SHEET_DATA.search(tail + piece) is not None


class _BeyondRows(Exception):
    """The exact scan met a cell past the row limit: the sheet is refused, read no further."""


class _StartTags:
    """A parser target that looks only at start tags (the parser calls the others too)."""

    def end(self, tag: str) -> None:
        return None

    def data(self, text: str) -> None:
        return None

    def close(self) -> None:
        return None


class _ExtentTarget(_StartTags):
    """expat target that tracks row and column positions the way calamine assigns them."""

    def __init__(self, max_rows: int | None = None) -> None:
        self.max_rows = max_rows
        self.row = 0
        self.column = 0
        self.max_row = 0
        self.max_column = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        local = tag.rpartition("}")[2]
        if local == "row":
            number = attrib.get("r")
            self.row = int(number) if number and number.strip().isdigit() else self.row + 1
            self.column = 0
        elif local == "c":
            reference = attrib.get("r")
            match = _REFERENCE.match(reference) if reference else None
            if match:  # an upper bound is enough: later implicit rows count on from here
                self.column = column_index(match.group(1)) + 1
                cell_row = int(match.group(2))
                self.row = max(self.row, cell_row)
            else:
                self.column += 1
                cell_row = max(self.row, 1)
            self.max_row = max(self.max_row, cell_row)
            self.max_column = max(self.max_column, self.column)
            if self.max_rows is not None and self.max_row > self.max_rows:
                raise _BeyondRows


def exact_extent(pieces: Iterable[bytes], max_rows: int | None = None) -> Extent:
    """The far corner as calamine will place the cells, from the XML piece by piece; with
    `max_rows`, it stops at the first cell beyond that row (the extent then says so).

    Raises ValueError when the XML is not well-formed (the caller reports a damaged file);
    whatever the pieces' iterator raises passes through unchanged.
    """

    target = _ExtentTarget(max_rows)
    parser: Any = DefusedXMLParser(target=target, forbid_dtd=True)
    for piece in pieces:
        try:
            parser.feed(piece)
        except _BeyondRows:
            return Extent(rows=target.max_row, columns=target.max_column)
        except Exception as exc:  # expat, defusedxml and the target's int() all mean "damaged"
            raise ValueError(str(exc)) from exc
    try:
        parser.close()
    except Exception as exc:
        raise ValueError(str(exc)) from exc
    return Extent(rows=target.max_row, columns=target.max_column)


class _ColumnsTarget(_StartTags):
    """Collects hidden columns from `<col min max hidden>` elements."""

    def __init__(self) -> None:
        self.hidden: set[int] = set()

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag.rpartition("}")[2] != "col":
            return
        if attrib.get("hidden", "").strip().lower() not in ("1", "true"):
            return
        try:
            first = int(attrib.get("min", "0"))
            last = int(attrib.get("max", str(first)))
        except ValueError:
            return
        last = min(last, first + 16_384, 16_384)  # a <col> may cover the whole sheet width
        self.hidden.update(range(max(first, 1) - 1, last))


def hidden_columns(xml: bytes) -> frozenset[int]:
    """0-based indexes of hidden columns, from the part of the sheet before `<sheetData>`."""

    found = _SHEET_DATA.search(xml)
    prefix = xml if found is None else xml[: found.start()]
    if b"<col" not in prefix and b":col" not in prefix:
        return frozenset()
    target = _ColumnsTarget()
    parser: Any = DefusedXMLParser(target=target, forbid_dtd=True)
    try:
        parser.feed(prefix)  # never closed: the root element is left open on purpose
    except Exception:  # a damaged prefix hides nothing we could trust; calamine reports damage
        return frozenset(target.hidden)
    return frozenset(target.hidden)
