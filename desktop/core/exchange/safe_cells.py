"""What a text cell of an export may hold: no formula, no CPR number.

Formula injection: a cell whose text starts with = + - @ (or a tab or carriage return, which
some programs skip before looking for a formula) is written as a text cell with Excel's quote
prefix: Excel and LibreOffice show it exactly as written and never evaluate it, also after the
cell is edited.

CPR numbers in free text: a CPR number typed into a phone field, an address or a note must not
reach the housing organisations, so every text cell is written with anything that looks like a
CPR number masked (`safe_text`, see `desktop.core.cpr_text`); the exports never hold a full CPR
number on purpose (the applicant list shows it masked as DDMMYY-XXXX).

Every export of Anvis writes its cells through `workbook.SheetWriter` or `workbook.Book.cell`,
which apply both; other writers (the intake template, the placement table of the register) call
`neutralise` on each cell.
"""

from __future__ import annotations

from typing import Any

from desktop.core import cpr_text

# The full-width forms are included: some input methods turn them into the ASCII ones.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def looks_like_formula(value: object) -> bool:
    """True for text a spreadsheet could take for a formula (numbers never are)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_text(value: str) -> str:
    """Text as an export may show it: CPR-like numbers masked."""
    return cpr_text.mask(value)


def neutralise(cell: Any) -> None:
    """Make an openpyxl cell safe after its value is set: CPR-like numbers in its text masked,
    and formula-like text a plain text cell with the quote prefix."""
    if isinstance(cell.value, str):
        masked = safe_text(cell.value)
        if masked != cell.value:
            cell.value = masked
    if looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
