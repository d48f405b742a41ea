"""Recognising rows that are not data: blank rows and the totals an organisation adds at the end.

A totals row ("I alt", "Total", "38 lejemål" with a summed rent) looks like data to a parser and
would import as a dwelling with an absurd rent; it must be skipped, and said so.

An import tests a chunk of rows at a time on the chunk's distinct cells
(`desktop.core.importing.preview`), with `is_total_text` deciding each distinct text.
"""

from __future__ import annotations

import re

from desktop.core.tabular.headers import normalise_header
from desktop.core.tabular.model import Values

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
