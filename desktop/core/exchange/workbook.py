"""Styled workbooks written fast: every export of the desk goes through `SheetWriter`.

A sheet has a header row (bold, shaded, wrapped), frozen panes under it, an autofilter over the
table, set column widths and the Danish number formats a Danish Excel shows as `4.250,00 kr.`
and `21.11.2026` (the cells hold real numbers and dates, so they sum and sort). Text that looks
like a formula is written as quoted text, and anything that looks like a CPR number is masked
(`safe_cells`). Illegal control characters are removed and over-long text is cut at Excel's
limit, so the file always opens without a repair.

Workbooks are written in openpyxl's write-only mode. A styled cell is made from a style prepared
once per column kind; plain text and whole numbers go in as bare values (openpyxl's own fast
path), so a 10,000-row reply costs about what the bare cells cost.

openpyxl (~100 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import copy
import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.error_reasons import file_reason
from desktop.core.errors import FileProblem
from desktop.core.exchange.safe_cells import FORMULA_STARTS, looks_like_formula, safe_text
from desktop.core.i18n import translate


class Kind(StrEnum):
    """How a column's values are written and shown."""

    TEXT = "text"
    CODE = "code"  # a number that is a name ("07", "1.200"): stays text
    INT = "int"
    DECIMAL = "decimal"  # one decimal: rooms, m², average days
    MONEY = "money"
    DATE = "date"
    PERCENT = "percent"  # a fraction: 0.25 shows as 25,0 %


NUMBER_FORMATS: dict[Kind, str] = {
    Kind.CODE: "@",
    Kind.INT: "#,##0",
    Kind.DECIMAL: "#,##0.0",
    Kind.MONEY: '#,##0.00 "kr."',
    Kind.DATE: "dd.mm.yyyy",
    Kind.PERCENT: "0.0%",
}

HEADER_FILL = "DDE4EE"
TITLE_SIZE = 14
MAX_CELL_CHARS = 32_767  # Excel's limit; longer text makes Excel repair the file
MAX_SHEET_TITLE = 31
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Col:
    """One column of a sheet: its header, width (Excel characters) and kind."""

    header: str
    width: float = 12.0
    kind: Kind = Kind.TEXT


def clean_text(value: str) -> str:
    """Text as a cell may hold it: no control characters, at most Excel's 32,767 characters."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value[:MAX_CELL_CHARS]


def sheet_title(wanted: str, taken: Iterable[str] = ()) -> str:
    """A valid, unique sheet name: no [ ] : * ? / \\, at most 31 characters."""
    base = _BAD_TITLE.sub("-", wanted).strip("'") or "Ark"
    base = base[:MAX_SHEET_TITLE]
    used = {t.casefold() for t in taken}
    title, number = base, 2
    while title.casefold() in used:
        suffix = f" ({number})"
        title = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
        number += 1
    return title


class Book:
    """A write-only workbook with the desk's styles; `sheet()` adds a table, `data()` saves."""

    def __init__(self, title: str = "", subject: str = "") -> None:
        from openpyxl import Workbook  # noqa: PLC0415 - heavy, only when exporting

        self.book: Any = Workbook(write_only=True)
        self.book.properties.creator = "Anvis"
        self.book.properties.title = title
        self.book.properties.subject = subject
        self._titles: list[str] = []
        self._styles: dict[tuple[Any, ...], Any] = {}
        self._probe: Any = None

    # --- styles, made once per book ----------------------------------------------------------

    def style(
        self,
        number_format: str | None = None,
        *,
        bold: bool = False,
        size: float | None = None,
        fill: str | None = None,
        wrap: bool = False,
        border: bool = False,
        quote: bool = False,
        italic: bool = False,
    ) -> Any:
        """The style array for these properties (cached): pass it to `cell()`."""
        key = (number_format, bold, size, fill, wrap, border, quote, italic)
        found = self._styles.get(key)
        if found is not None:
            return found
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415

        if self._probe is None:
            self._probe = self.book.create_sheet("probe")
            self.book.remove(self._probe)
        probe = WriteOnlyCell(self._probe)
        if number_format:
            probe.number_format = number_format
        if bold or size or italic:
            probe.font = Font(bold=bold, size=size, italic=italic)
        if fill:
            probe.fill = PatternFill("solid", fgColor=fill)
        if wrap:
            probe.alignment = Alignment(wrap_text=True, vertical="top")
        if border:
            probe.border = Border(bottom=Side(style="thin", color="8090A8"))
        if quote:
            probe.quotePrefix = True
        # openpyxl has no public getter for a cell's style array; it is what Cell(style_array=)
        # takes, so every cell of a column shares one prepared style.
        found = probe._style
        self._styles[key] = found
        return found

    def cell(self, ws: Any, value: Any, style: Any = None) -> Any:
        """One write-only cell holding `value` (made safe) with `style`."""
        from openpyxl.cell import Cell  # noqa: PLC0415

        if isinstance(value, str):
            value = clean_text(safe_text(value))
            if looks_like_formula(value):
                made = Cell(ws, 1, 1, value=value, style_array=self.style("@", quote=True))
                made.data_type = "s"
                return made
        return Cell(ws, 1, 1, value=value, style_array=style)

    # --- sheets ----------------------------------------------------------------------------

    def raw_sheet(self, title: str) -> Any:
        ws = self.book.create_sheet(sheet_title(title, self._titles))
        self._titles.append(ws.title)
        return ws

    def sheet(self, title: str, columns: Sequence[Col], *, freeze_columns: int = 0) -> SheetWriter:
        return SheetWriter(self, self.raw_sheet(title), columns, freeze_columns=freeze_columns)

    def data(self) -> bytes:
        buffer = io.BytesIO()
        self.book.save(buffer)
        return buffer.getvalue()


class SheetWriter:
    """A table on its own sheet: header at row 1, rows appended in order, `close()` at the end
    sets the autofilter over what was written.

    The fast path: openpyxl's write-only sheet turns each appended row into cells in its
    `_values_to_row`; for a styled cell it first tries (and fails) to bind a Cell object as a
    value, which costs an exception and a repr. This writer replaces that step for its sheet with
    one that binds each value to a reusable cell of the column's prepared style (openpyxl itself
    reuses one cell for unstyled values), so styling costs almost nothing. Each cell is written
    out before the next is bound, exactly as in openpyxl's own loop.
    """

    def __init__(
        self, book: Book, ws: Any, columns: Sequence[Col], *, freeze_columns: int = 0
    ) -> None:
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.utils import get_column_letter  # noqa: PLC0415
        from openpyxl.worksheet._write_only import WriteOnlyWorksheet  # noqa: PLC0415

        if not callable(getattr(WriteOnlyWorksheet, "_values_to_row", None)):
            raise RuntimeError("this openpyxl has no WriteOnlyWorksheet._values_to_row")
        self.book = book
        self.ws = ws
        self.columns = tuple(columns)
        self.rows = 0
        self._last = get_column_letter(max(1, len(self.columns)))
        for index, column in enumerate(self.columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}2"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "&A - &P / &N"

        def cells(styles: Sequence[Any]) -> list[Any]:
            return [None if s is None else WriteOnlyCell(ws) for s in styles]

        def prepared(styles: Sequence[Any]) -> list[Any]:
            made = cells(styles)
            for cell, style in zip(made, styles, strict=True):
                if cell is not None:
                    cell._style = copy.copy(style)  # the column's prepared style
            return made

        header = book.style(bold=True, fill=HEADER_FILL, wrap=True, border=True)
        self._header = prepared([header] * len(self.columns))
        self._body = prepared(
            [
                book.style(NUMBER_FORMATS[c.kind]) if c.kind in NUMBER_FORMATS else None
                for c in self.columns
            ]
        )
        self._bold = prepared(
            [book.style(NUMBER_FORMATS.get(c.kind), bold=True) for c in self.columns]
        )
        self._quote = prepared([book.style("@", quote=True)])[0]
        self._plain = WriteOnlyCell(ws)
        self._current = self._header
        ws._values_to_row = self._cells
        ws.append([c.header for c in self.columns])
        self._current = self._body

    def _cells(self, values: Sequence[Any], row_index: int) -> Iterator[Any]:
        """Replaces the sheet's `_values_to_row`: the row's values bound to prepared cells."""
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.utils.exceptions import IllegalCharacterError  # noqa: PLC0415

        prepared = self._current
        width = len(prepared)
        for column, given in enumerate(values, start=1):
            if given is None:
                continue
            value = safe_text(given) if isinstance(given, str) else given
            quoted = isinstance(value, str) and value.startswith(FORMULA_STARTS)
            if quoted:
                cell = self._quote
            elif column <= width and prepared[column - 1] is not None:
                cell = prepared[column - 1]
            else:
                cell = self._plain
            try:
                cell.value = value
            except IllegalCharacterError:
                cell.value = clean_text(value)
            if quoted:
                cell.data_type = "s"  # never a formula
            cell.column = column
            cell.row = row_index
            yield cell
            if cell is self._plain and cell.has_style:  # a date in a text column got a format
                self._plain = WriteOnlyCell(self.ws)

    def append(self, values: Sequence[Any]) -> None:
        """One row; None leaves a cell empty. Booleans are written as the caller's text."""
        self.ws.append(values if isinstance(values, list | tuple) else list(values))
        self.rows += 1

    def append_total(self, values: Sequence[Any]) -> None:
        """A row in bold (a total), with the columns' number formats."""
        self._current = self._bold
        try:
            self.append(values)
        finally:
            self._current = self._body

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.append(row)

    def close(self) -> None:
        self.ws.auto_filter.ref = f"A1:{self._last}{self.rows + 1}"


def write_file(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all (a temporary file beside it is renamed).

    A folder that is missing or read-only, or a file that is open in Excel, is a FileProblem
    that says what to do."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".anvis-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, PermissionError) and target.exists():
            raise FileProblem(
                translate(
                    "ExchangeFiles",
                    "{file} cannot be replaced: it may be open in Excel. Close it and try again.",
                ).format(file=target.name)
            ) from exc
        raise _cannot_write(target, exc) from exc


def _cannot_write(target: Path, exc: OSError) -> FileProblem:
    return FileProblem(
        translate(
            "ExchangeFiles", "{file} cannot be written: {reason}. Choose another folder."
        ).format(file=target, reason=file_reason(exc))
    )
