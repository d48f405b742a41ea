"""Translatable text for Qt-free code.

Write `translate("Context", "English source text")` with literal arguments: `pyside6-lupdate`
collects those calls into the Danish catalogue like any `tr()` in the UI. The GUI and the command
line install Qt's translator as the backend (see `desktop.i18n`); without one, the English source
text is returned, which keeps core tests independent of the language.

A third argument tells apart two messages with the same English text that Danish writes
differently: the two forms of `formats.plural` for an adjective ("{n} new": "1 ny", "3 nye") are
`translate("Importing", "{n} new", "one")` and `translate("Importing", "{n} new", "other")`.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None], str]


def _identity(context: str, text: str, disambiguation: str | None = None) -> str:
    return text


_backend: Translator = _identity
_language = "en"
# Each text as the backend gave it, until the backend changes: Qt's lookup costs a few
# microseconds through PySide, and counting the eligible of a day's dwellings asks for the same
# few texts tens of thousands of times (bench/startup.py, Overblik's first reading).
_translated: dict[tuple[str, str, str | None], str] = {}


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    key = (context, text, disambiguation)
    translated = _translated  # (a text looked up while the backend changes stays in the old one)
    found = translated.get(key)
    if found is None:
        found = translated[key] = _backend(context, text, disambiguation)
    return found


def set_backend(backend: Translator | None, language: str) -> None:
    global _backend, _language, _translated
    _backend = backend or _identity
    _language = language
    _translated = {}


def language() -> str:
    """The language of the text `translate` returns: "da" or "en"."""
    return _language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for the catalogue (pyside6-lupdate collects it) without translating it now:
    for texts looked up later by their English source."""
    return text
