"""Texts in a narrow panel that wrap instead of being cut.

    label.setText(breakable(detail.source))     # "ledige_boliger_uge47.xlsx" may break

Qt breaks a line only between words: a long file name or code would run past the panel's edge.
`breakable` lets a long word break after its separators (_ . / \\ - @), with an invisible break
opportunity (U+200B).
"""

from __future__ import annotations

import re

BREAK = "\u200b"
LONG_WORD = 16  # characters: shorter words wrap whole
_LONG = re.compile(rf"\S{{{LONG_WORD},}}")
_AFTER = re.compile(r"([_./\\@-])(?=\S)")


def breakable(text: str) -> str:
    """`text` with a break opportunity after each separator inside its long words."""
    return _LONG.sub(lambda word: _AFTER.sub(rf"\1{BREAK}", word.group(0)), text)
