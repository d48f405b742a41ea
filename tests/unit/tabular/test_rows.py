"""Blank and total rows: what the row tests say of each text and row (imports test a chunk of
rows at a time on its distinct cells, see tests/unit/importing/test_skipped_rows.py)."""

from __future__ import annotations

import pytest

from desktop.core.tabular.headers import normalise_header
from desktop.core.tabular.rows import TOTAL_WORDS, is_blank, is_total_row

TEXTS = [
    "I alt",
    "i  alt:",
    "I ALT",
    "Total",
    "TOTAL:",
    "Totalt",
    "Sum",
    "Summa",
    "Subtotal",
    "Samlet",
    "I-alt",
    "Ｔｏｔａｌ",  # full-width letters: NFKC makes them "total"
    "38 lejemål",
    " 12 Boliger ",
    "3 stk.",
    "5 ansøgere",
    "12\u00a0lejemål",
    "Totalvej 3",
    "Summerhus",
    "Samlet pris 12",
    "190-3-0008",
    "12",
    "2. th",
    "Kildeparken 12, 2. tv.",
    "Ældrebolig",
    "alt",
    "",
    " ",
    "ialt2",
    "1 lejemål 2",
]


def _expected(values: tuple[object, ...]) -> bool:
    """The rule as written: a text that normalises to a total word, or a counter."""
    import re

    counter = re.compile(
        r"^\s*\d+\s*(?:lejemål|lejemaal|boliger|bolig|stk\.?|ansøgere|afdelinger|rækker)\s*$",
        re.IGNORECASE,
    )
    return any(
        isinstance(v, str)
        and (normalise_header(v).rstrip(":") in TOTAL_WORDS or counter.match(v) is not None)
        for v in values
    )


@pytest.mark.parametrize("text", TEXTS)
def test_each_text_alone_is_judged_as_the_rule_says(text: str) -> None:
    row = (None, text, 4100.0)
    assert is_total_row(row) == _expected(row)


def test_blank_rows() -> None:
    assert is_blank((None, None))
    assert is_blank(())
    assert not is_blank((None, 0.0))
    assert not is_blank((None, False))
