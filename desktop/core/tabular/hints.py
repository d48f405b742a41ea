"""Suggesting a field for a header that no synonym matches, from the words it is made of.

"Bruttoareal m2", "Acontobidrag varme" or "Depositum kr." name a field in words the synonym table
may not list. A suggestion is shown to staff to confirm and never maps a column by itself: the
synonyms (and what staff confirmed) stay the only way a column is read.

Each field declares hint phrases (`Field.hints`): one or more words that must all occur in the
header. A word occurs when a word of the header equals it or, for words of four letters or more,
begins or ends with it (Danish joins words: "bruttoareal", "acontobidrag"). The phrase with the
most words wins, then the one with the most letters ("lejemål" beats "leje"); a tie between two
fields suggests nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from desktop.core.tabular.headers import FieldSet

_WORD = re.compile(r"\w+")
_MIN_AFFIX = 4


def header_words(text: object) -> tuple[str, ...]:
    """ "Acontobidrag varme (kr.)" -> ("acontobidrag", "varme", "kr"); "m²" -> ("m2",)."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return tuple(_WORD.findall(folded.replace("_", " ")))


def _occurs(word: str, words: tuple[str, ...]) -> bool:
    if len(word) < _MIN_AFFIX:
        return word in words
    return any(w == word or w.startswith(word) or w.endswith(word) for w in words)


def suggest_field(header: object, fieldset: FieldSet, *, taken: Collection[str] = ()) -> str | None:
    """The field whose hints fit `header` best, or None; a best fit among `taken` (fields that
    already have a column) also gives None: a second column for a field is not guessed at."""
    words = header_words(header)
    if not words:
        return None
    best: tuple[int, int] = (0, 0)
    found: set[str] = set()
    for item in fieldset.fields:
        for hint in item.hints:
            phrase = hint.split()
            if not all(_occurs(word, words) for word in phrase):
                continue
            score = (len(phrase), sum(map(len, phrase)))
            if score > best:
                best, found = score, {item.name}
            elif score == best:
                found.add(item.name)
    if len(found) != 1:
        return None
    (name,) = found
    return None if name in taken else name
