"""Recognising rows that are not data: blank rows and the totals an organisation adds at the end.

A totals row ("I alt", "Total", "38 lejemål" with a summed rent) looks like data to a parser and
would import as a dwelling with an absurd rent; it must be skipped, and said so.

An import tests every row of a file, so `RowKinds` remembers the cell values it has already
found harmless (a street, a town, a number): most cells of a data row repeat one seen before, and
the row is then cleared by one set comparison instead of normalising every text cell again.
"""

from __future__ import annotations

import re

from desktop.core.tabular.headers import normalise_header
from desktop.core.tabular.model import CellValue, Values

TOTAL_WORDS = frozenset(
    {"ialt", "total", "totalt", "totaler", "sum", "summa", "subtotal", "samlet"}
)
_COUNTER = re.compile(
    r"^\s*\d+\s*(?:lejemål|lejemaal|boliger|bolig|stk\.?|ansøgere|afdelinger|rækker)\s*$",
    re.IGNORECASE,
)
# What `normalise_header` removes from ASCII text: everything but letters and digits.
_ASCII_NOISE = str.maketrans("", "", "".join(chr(c) for c in range(128) if not chr(c).isalnum()))


def is_blank(values: Values) -> bool:
    return values.count(None) == len(values)


def is_total_text(text: str) -> bool:
    """A cell text that marks a totals row: "I alt"/"Total"/"Sum" alone, or "38 lejemål"."""
    if not text:
        return False
    first = text[0]
    # A text starting with a digit keeps it when normalised: no total word, maybe a counter.
    if not first.isdecimal():
        # NFKC changes no ASCII text, and casefold() of ASCII is lower().
        word = text.lower().translate(_ASCII_NOISE) if text.isascii() else normalise_header(text)
        if word in TOTAL_WORDS:
            return True
    # A counter starts with a digit (or space) and ends with a word, never with a digit.
    if not (first.isdecimal() or first.isspace()) or text[-1].isdecimal():
        return False
    return _COUNTER.match(text) is not None


def is_total_row(values: Values) -> bool:
    """A cell that says "I alt"/"Total"/"Sum" (alone), or a counter such as "38 lejemål"."""
    return any(type(value) is str and is_total_text(value) for value in values)


class RowKinds:
    """Blank and total tests for the rows of one file, remembering harmless cell values.

    Non-text values are never totals; a text is tested once. The memory lives as long as the
    object (one preview), and holds only values that the file's rows hold anyway.
    """

    def __init__(self) -> None:
        self._harmless: set[CellValue] = {None}

    def skipped(self, values: Values) -> bool:
        """A blank or a totals row."""
        harmless = self._harmless
        if harmless.issuperset(values):
            return values.count(None) == len(values)
        for value in values:
            if value in harmless:
                continue
            if type(value) is str and is_total_text(value):
                return True
            harmless.add(value)
        return False
