"""Formula injection: text that a spreadsheet would run as a formula stays text.

A cell whose text starts with = + - @ (or a tab or carriage return, which some programs skip
before looking for a formula) is written as a text cell with Excel's quote prefix: Excel and
LibreOffice show it exactly as written and never evaluate it, also after the cell is edited.
Every export of Anvis writes its cells through `workbook.SheetWriter`, which applies this; other
writers (the placement table of the register) use `looks_like_formula` and `neutralise`.
"""

from __future__ import annotations

from typing import Any

# The full-width forms are included: some input methods turn them into the ASCII ones.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def looks_like_formula(value: object) -> bool:
    """True for text a spreadsheet could take for a formula (numbers never are)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise(cell: Any) -> None:
    """Make an openpyxl cell that holds formula-like text a plain text cell with the quote
    prefix (call after setting its value)."""
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
