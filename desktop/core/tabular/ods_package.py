"""Safety scan and layout facts of an OpenDocument spreadsheet (content.xml), before calamine.

ODS compresses repetition into attributes: one `<table:table-row number-rows-repeated="1048576">`
holding a cell with `number-columns-repeated="16384"` and a value stands for 17 billion cells,
which calamine would expand. LibreOffice writes such repeats for the empty rest of every sheet, so
only repeats of cells that hold something count. One expat pass also yields hidden columns
(`table:visibility="collapse"`) and merged cells (`number-columns-spanned`), which calamine does
not report for ODS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from defusedxml.ElementTree import DefusedXMLParser

from desktop.core.tabular import problems
from desktop.core.tabular.model import Limits, MergedRange, column_letter
from desktop.core.tabular.zipguard import Archive

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T = "{" + _TABLE + "}"
_CELLS = (_T + "table-cell", _T + "covered-table-cell")


@dataclass
class OdsLayout:
    name: str
    rows: int = 0
    columns: int = 0
    hidden_columns: set[int] = field(default_factory=set)
    merged: list[MergedRange] = field(default_factory=list)


def _repeat(attrib: dict[str, str], key: str) -> int:
    try:
        return max(int(attrib.get(_T + key, "1")), 1)
    except ValueError:
        return 1


class _Target:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.tables: list[OdsLayout] = []
        self.table: OdsLayout | None = None
        self.row = 0  # 1-based number of the current row's first occurrence
        self.row_repeat = 1
        self.row_has_value = False
        self.column = 0  # 0-based index of the next cell
        self.column_def = 0
        self.cell: tuple[int, int] | None = None  # (first column, repeat) while inside a cell
        self.cell_has_value = False

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self.cell is not None:
            self.cell_has_value = True  # any child (text:p, annotations) is content
            return
        if tag == _T + "table":
            self.table = OdsLayout(attrib.get(_T + "name", ""))
            self.tables.append(self.table)
            self.row = 0
            self.column_def = 0
        elif self.table is None:
            return
        elif tag == _T + "table-column":
            repeat = _repeat(attrib, "number-columns-repeated")
            if attrib.get(_T + "visibility", "visible") != "visible":
                end = min(self.column_def + repeat, 16_384)
                self.table.hidden_columns.update(range(self.column_def, end))
            self.column_def += repeat
        elif tag == _T + "table-row":
            self.row += 1
            self.row_repeat = _repeat(attrib, "number-rows-repeated")
            self.row_has_value = False
            self.column = 0
        elif tag in _CELLS:
            self.cell = (self.column, _repeat(attrib, "number-columns-repeated"))
            self.cell_has_value = f"{{{_OFFICE}}}value-type" in attrib
            spanned = (
                _repeat(attrib, "number-columns-spanned"),
                _repeat(attrib, "number-rows-spanned"),
            )
            if spanned != (1, 1):
                self.table.merged.append(
                    MergedRange(
                        self.row,
                        self.column,
                        self.row + spanned[1] - 1,
                        self.column + spanned[0] - 1,
                    )
                )

    def end(self, tag: str) -> None:
        if self.table is None:
            return
        if tag in _CELLS and self.cell is not None:
            first, repeat = self.cell
            self.column = first + repeat
            if self.cell_has_value:
                self.row_has_value = True
                self.table.columns = max(self.table.columns, self.column)
            self.cell = None
        elif tag == _T + "table-row":
            last = self.row + self.row_repeat - 1
            if self.row_has_value:
                self.table.rows = max(self.table.rows, last)
                if self.table.rows > self.limits.max_rows:
                    raise _TooManyRows(self.table)
                if self.table.rows * self.table.columns > self.limits.max_cells:
                    raise _TooLarge(self.table)
            self.row = last
        elif tag == _T + "table":
            self.table = None

    def data(self, text: str) -> None:
        return None

    def close(self) -> None:
        return None


class _TooLarge(Exception):
    def __init__(self, layout: OdsLayout) -> None:
        super().__init__(layout.name)
        self.layout = layout


class _TooManyRows(_TooLarge):
    pass


def check_ods(name: str, data: bytes, limits: Limits) -> dict[str, OdsLayout]:
    """Layout by sheet name, after refusing anything unsafe (raises FileProblem)."""

    archive = Archive(name, data, limits)
    for member in list(archive.names()):
        if member.endswith(".xml") and member != "content.xml":
            archive.read(member, keep=False)
    if "content.xml" not in archive.infos:
        problems.corrupt(name)
    target = _Target(limits)
    parser: Any = DefusedXMLParser(target=target, forbid_dtd=True)
    content = archive.read("content.xml")
    try:
        parser.feed(content)
        parser.close()
    except _TooManyRows as exc:
        problems.too_many_rows(name, exc.layout.name, limits.max_rows)
    except _TooLarge as exc:
        layout = exc.layout
        problems.sheet_too_large(
            name, layout.name, layout.rows, column_letter(max(layout.columns - 1, 0))
        )
    except Exception:  # expat/defusedxml errors (including DTDs and entities): damaged or unsafe
        problems.corrupt(name)
    if len(target.tables) > limits.max_sheets:
        problems.too_many_sheets(name, limits.max_sheets)
    return {layout.name: layout for layout in target.tables}
