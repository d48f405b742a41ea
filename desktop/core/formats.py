"""Numbers, money and dates as people read them: Danish in the Danish UI (4.250,00 kr.,
21.11.2026), British English otherwise; and a date as staff type it (`typed_date`). Parsing of
spreadsheet values lives in core.tabular.

Babel takes tens of microseconds a value, and a list of 100,000 applicants (or the matching
reasons for as many) shows the same few dates and amounts again and again: each distinct value
is formatted once per language and kept (`_CACHED` values of each kind). Lists, letters and
reasons all use these functions; nothing keeps a cache of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel.core import Locale
from babel.dates import format_date as _format_date
from babel.dates import parse_date as _parse_date
from babel.numbers import format_currency, format_decimal

from desktop.core.i18n import language

_CACHED = 8192


def _locale() -> str:
    return "da_DK" if language() == "da" else "en_GB"


def money(amount: Decimal | float | int | None, *, decimals: bool = True) -> str:
    """`4.250,00 kr.` (or `4.250 kr.` without decimals); empty for None."""
    if amount is None:
        return ""
    return _money(amount, decimals, language())


@lru_cache(maxsize=_CACHED)
def _money(amount: Decimal | float | int, decimals: bool, lang: str) -> str:
    pattern = "#,##0.00" if decimals else "#,##0"
    value = _rounded(amount, 2 if decimals else 0)
    if lang == "da":
        return format_decimal(value, format=pattern, locale="da_DK") + " kr."
    return format_currency(
        value, "DKK", format=pattern + " ¤", locale="en_GB", currency_digits=False
    )


def _rounded(value: Decimal | float | int, decimals: int) -> Decimal:
    """Half up, as people round money (Babel alone would round half to even)."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number(
    value: float | Decimal | int | None, decimals: int = 0, *, locale: str | None = None
) -> str:
    """In the UI's locale unless `locale` names another (a letter is always Danish)."""
    if value is None:
        return ""
    return _number(value, decimals, locale or _locale())


@lru_cache(maxsize=_CACHED)
def _number(value: float | Decimal | int, decimals: int, locale: str) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(_rounded(value, decimals), format=pattern, locale=locale)


def rooms(value: float | None, *, locale: str | None = None) -> str:
    """Half rooms as people write them: 2½."""
    if value is None:
        return ""
    whole = int(value)
    if abs(value - whole - 0.5) < 1e-9:
        return f"{whole}½" if whole else "½"
    return number(value, 0 if value == whole else 1, locale=locale)


def rooms_range(low: float | None, high: float | None) -> str:
    """A wish for rooms: `2-3`, `2` (exactly), `2+` (no upper limit); empty without a lower."""
    if low is None:
        return ""
    if high is None:
        return f"{rooms(low)}+"
    if high == low:
        return rooms(low)
    return f"{rooms(low)}-{rooms(high)}"


def date(value: dt.date | None) -> str:
    """21.11.2026 in Danish, 21/11/2026 in English; empty for None."""
    if value is None:
        return ""
    return _date(value, "short", _locale())


def date_time(value: dt.datetime | None) -> str:
    """21.11.2026 14:05 (local time of a stored naive-UTC moment); empty for None."""
    if value is None:
        return ""
    local = value.replace(tzinfo=dt.UTC).astimezone() if value.tzinfo is None else value
    return f"{date(local.date())} {local:%H:%M}"


def long_date(value: dt.date | None) -> str:
    """21. november 2026: the date line of a letter."""
    if value is None:
        return ""
    return _date(value, "long", _locale())


@lru_cache(maxsize=_CACHED)
def _date(value: dt.date, length: str, locale: str) -> str:
    return _format_date(value, length, locale=locale)


_DAY_MONTH = re.compile(r"(\d{1,2})\s*[./ -]\s*(\d{1,2})\s*[./-]?")
_DIGITS_ONLY = re.compile(r"\d{6}|\d{8}")


def typed_date(text: str, today: dt.date) -> dt.date | None:
    """The day staff mean by what they typed, or None: the language's order with any of the
    usual separators (7.12.2026, 07.12.26, 7/12-2026, 7 12 2026), ISO (2026-12-07), digits
    alone (07122026, 071226), or day and month of this year (7.12)."""
    text = text.strip()
    if _DIGITS_ONLY.fullmatch(text):
        text = f"{text[:2]}.{text[2:4]}.{text[4:]}"
    elif (short := _DAY_MONTH.fullmatch(text)) is not None:
        text = f"{short.group(1)}.{short.group(2)}.{today.year}"  # day first in both languages
    try:
        found = _parse_date(text, locale=_locale())
    except (ValueError, IndexError):  # Babel's way of saying "not a date"
        return None
    # A year of one or three digits is one still being typed (7.12.2), not the year 2.
    return found if 1900 <= found.year <= 2199 else None


def plural(count: float | Decimal, one: str, other: str, *, written: str | None = None) -> str:
    """A count with its noun: `one` or `other` by the language's plural rule (CLDR, through
    Babel), its `{n}` written as a number ("1 afdeling", "3 afdelinger", "1.204 boligsøgende").
    Both texts are translated by the caller, each with its own `translate(...)`, so that the
    catalogue has both forms (two forms with the same English text, "{n} new", get the
    disambiguations "one" and "other"). Other placeholders are left for the caller's
    `.format(...)`. `written` is the number as shown when it is not a whole number written
    plainly (rooms as `1½`): the rule then picks by the value (Danish "1½ værelse", English
    "1½ rooms")."""
    if count == int(count):
        count = int(count)  # 2.0 rooms are shown as "2": the rule must see 2, not 2.0
    chosen = one if _plural_form(count, _locale()) == "one" else other
    return chosen.replace("{n}", number(count) if written is None else written)


@lru_cache(maxsize=_CACHED)
def _plural_form(count: float | Decimal, locale: str) -> str:
    return str(Locale.parse(locale).plural_form(count))


def percent(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    return number(value, decimals) + " %"
