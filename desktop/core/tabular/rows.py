"""Recognising rows that are not data: blank rows and the totals an organisation adds at the end.

A totals row ("I alt", "Total", "38 lejemål" with a summed rent) looks like data to a parser and
would import as a dwelling with an absurd rent; it must be skipped, and said so.
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


def is_blank(values: Values) -> bool:
    return all(value is None for value in values)


def is_total_row(values: Values) -> bool:
    """A cell that says "I alt"/"Total"/"Sum" (alone), or a counter such as "38 lejemål"."""
    for value in values:
        if not isinstance(value, str):
            continue
        if normalise_header(value).rstrip(":") in TOTAL_WORDS or _COUNTER.match(value):
            return True
    return False
