"""Values as a Danish letter writes them, whatever the language of the user interface.

A letter to a citizen is a Danish document: 4.250,00 kr., 21. november 2026, 2½ værelser. The
UI's `desktop.core.formats` follows the UI language; these helpers always write Danish.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from babel.core import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from db import postal
from desktop.core import formats

_LOCALE = "da_DK"


def money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return format_decimal(amount, format="#,##0.00", locale=_LOCALE) + " kr."


def long_date(day: dt.date | None) -> str:
    """21. november 2026"""
    if day is None:
        return ""
    return str(format_date(day, "d. MMMM y", locale=_LOCALE))


def weekday_date(day: dt.date | None) -> str:
    """torsdag den 26. november 2026: a deadline nobody misreads."""
    if day is None:
        return ""
    return str(format_date(day, "EEEE 'den' d. MMMM y", locale=_LOCALE))


def rooms(value: float | None) -> str:
    return formats.rooms(value, locale=_LOCALE)


def rooms_phrase(value: float | None) -> str:
    """2½ værelser, 1 værelse, 1½ værelse: the noun by the Danish plural rule of the value."""
    if value is None:
        return ""
    count = int(value) if value == int(value) else value
    one = Locale.parse(_LOCALE).plural_form(count) == "one"
    return f"{rooms(value)} {'værelse' if one else 'værelser'}"


def days_phrase(days: int) -> str:
    """1 dag, 14 dage."""
    return f"{days} {'dag' if days == 1 else 'dage'}"


def area(value: float | None) -> str:
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.#", locale=_LOCALE) + " m²"


def floor(value: str | None) -> str:
    """The floor as a Dane reads it: st. / kl. / 2. sal; empty for a house."""
    if not value:
        return ""
    text = value.strip().lower().rstrip(".")
    if text in ("st", "stuen", "0"):
        return "stuen"
    if text in ("kl", "kælder"):
        return "kælder"
    if text.isdigit():
        return f"{int(text)}. sal"
    return value.strip()


def street_line(
    street: str, house_number: str | None, floor_code: str | None, door: str | None
) -> str:
    """Hobrovej 12, 2. tv: the first address line of a Danish address."""
    return postal.street_line(street, house_number, floor_code, door)


def postcode_city(postcode: str | None, city: str | None) -> str:
    return " ".join(p.strip() for p in (postcode or "", city or "") if p and p.strip())


def address_lines(address: str | None) -> list[str]:
    """An address kept as one text ("Vesterbro 22, 1. th, 9000 Aalborg": an organisation's) as
    envelope lines.

    The line with the postcode (four digits first) starts the last line; what comes before it is
    the street line (which keeps its own comma before the floor).
    """
    if not address:
        return []
    parts = [p.strip() for p in address.replace("\n", ",").split(",") if p.strip()]
    for index in range(len(parts) - 1, 0, -1):
        head = parts[index].split(" ", 1)[0]
        if len(head) == 4 and head.isdigit():
            return [", ".join(parts[:index]), *parts[index:]]
    return parts


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return "ja" if value else "nej"


_DANISH_LAST = {
    "æ": "{",
    "ø": "|",
    "å": "}",
}  # the characters right after "z": æ ø å end the alphabet
_SPELLED = {"ł": "l", "đ": "d", "ð": "d", "ı": "i", "þ": "th", "œ": "oe", "ß": "ss"}


def sort_key(name: str) -> str:
    """A key that sorts names in Danish order: case and foreign accents do not count ("Łukasz"
    with the L's, "Ayşe" with the A's), and æ, ø, å come after z ("Åberg" after "Ørum")."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", name).casefold():
        if char in _DANISH_LAST:
            out.append(_DANISH_LAST[char])
            continue
        plain = unicodedata.normalize("NFKD", _SPELLED.get(char, char))
        out.append("".join(c for c in plain if not unicodedata.combining(c)))
    return " ".join("".join(out).split())
