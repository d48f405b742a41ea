"""Parsing cell values the way Danish organisations write them.

Each parser takes a normalised cell (see `model.CellValue`) and returns the value, None for an
empty cell, or raises `ValueProblem` with a message for the user that quotes what was written.
Days come before months, always: "1/12-2026" is 1 December, never 12 January.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation

from desktop.core.i18n import translate
from desktop.core.tabular.model import CellValue


class ValueProblem(ValueError):
    """A cell that cannot be understood; `message` says so in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _shown(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _problem(text: str, value: CellValue) -> ValueProblem:
    return ValueProblem(text.format(value=_shown(value)))


# --- numbers -------------------------------------------------------------------------------

_NOISE = re.compile(
    r"^(?:ca\.?|cirka|max\.?|maks\.?|maksimalt|min\.?|op til)\s*|"
    r"\s*(?:kr\.?|dkk|,-|\.-|kroner)\s*$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_PLAIN = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_DANISH = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_ENGLISH = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def parse_decimal(value: CellValue) -> Decimal | None:
    """ "4.250,00 kr.", "12.750 kr", "5234,50", "ca. 4000", "5000,-", "max 5.500", 4250.0."""
    if value is None:
        return None
    if type(value) is float and math.isfinite(value):  # the common case first
        return Decimal(repr(value))
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise _problem(translate("Tabular", "“{value}” is not a number."), value)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise _problem(translate("Tabular", "“{value}” is not a number."), value)
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    text = value.strip().replace("\u2212", "-")
    for _ in range(3):  # "ca. 4.000 kr." has noise on both sides
        text = _NOISE.sub("", text).strip()
    text = _SPACES.sub("", text)
    if _DANISH.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _ENGLISH.match(text):
        text = text.replace(",", "")
    elif _PLAIN.match(text):
        text = text.replace(",", ".")
    else:
        raise _problem(translate("Tabular", "“{value}” is not a number."), value)
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the patterns above admit only numbers
        raise _problem(translate("Tabular", "“{value}” is not a number."), value) from exc


_CENT = Decimal("0.01")


def parse_money(value: CellValue) -> Decimal | None:
    """An amount in kroner, to the øre."""
    if type(value) is float and math.isfinite(value):  # the common case first
        return Decimal(repr(value)).quantize(_CENT)
    amount = parse_decimal(value)
    return None if amount is None else amount.quantize(_CENT)


def parse_int(value: CellValue) -> int | None:
    """A whole number: 12, 12.0, "12", "1.200"."""
    number = parse_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise _problem(translate("Tabular", "“{value}” is not a whole number."), value)
    return int(number)


_HALF = re.compile(r"^(\d+)\s*(½|1/2|,5|\.5)$")


def parse_rooms(value: CellValue) -> float | None:
    """Rooms, halves allowed: 2, 2.0, "2½", "3 ½", "2,5" -> 2.5."""
    if value is None:
        return None
    rooms: float
    if type(value) is float and math.isfinite(value):  # the common case: no text to read
        rooms = value
    elif isinstance(value, str):
        text = value.strip().lower().removesuffix("rum").removesuffix("vær.").strip()
        half = _HALF.match(text)
        if half:
            rooms = float(int(half.group(1)) + 0.5)
        else:
            try:
                rooms = float(parse_decimal(text) or 0)
            except ValueProblem:
                raise _problem(
                    translate("Tabular", "“{value}” is not a number of rooms."), value
                ) from None
    else:
        try:
            rooms = float(parse_decimal(value) or 0)
        except ValueProblem:
            raise _problem(
                translate("Tabular", "“{value}” is not a number of rooms."), value
            ) from None
    if not 0 < rooms <= 30 or (rooms * 2) % 1:
        raise _problem(translate("Tabular", "“{value}” is not a number of rooms."), value)
    return rooms


_RANGE = re.compile(r"^(\d+)\s*(?:-|–|til)\s*(\d+)$|^(\d+)\s*\+$|^(\d+)$")


def parse_rooms_range(value: CellValue) -> tuple[int, int | None] | None:
    """Wished rooms: 2 -> (2, 2); "1-2" -> (1, 2); "5+" -> (5, None)."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        whole = parse_int(value)
        assert whole is not None
        return whole, whole
    match = _RANGE.match(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise _problem(translate("Tabular", "“{value}” is not a number of rooms."), value)
    low, high, plus, single = match.groups()
    if plus:
        return int(plus), None
    if single:
        return int(single), int(single)
    if int(low) > int(high):
        raise _problem(translate("Tabular", "“{value}” is not a number of rooms."), value)
    return int(low), int(high)


# --- dates ---------------------------------------------------------------------------------

EXCEL_EPOCH = dt.date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_MONTHS = {
    "jan": 1, "januar": 1, "feb": 2, "februar": 2, "mar": 3, "marts": 3, "apr": 4, "april": 4,
    "maj": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_NAMED = re.compile(r"^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$")


def parse_date(value: CellValue) -> dt.date | None:
    """Date cells, Excel serial numbers and text: "01-12-2026", "1/12-2026", "01.12.2026",
    "1.12.26", "2026-12-01", "1. december 2026"."""
    if value is None:
        return None
    if type(value) is dt.date:  # the common case first
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466 and float(value).is_integer():
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise _problem(translate("Tabular", "“{value}” is not a date."), value)
    if not isinstance(value, str):
        raise _problem(translate("Tabular", "“{value}” is not a date."), value)
    text = value.strip().lower()
    parts: tuple[int, int, int] | None = None
    if match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
        parts = (2000 + year if year < 100 else year, month, day)
    elif match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        parts = (year, month, day)
    elif (match := _NAMED.match(text)) and match.group(2) in _MONTHS:
        parts = (int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    if parts is not None:
        try:
            return dt.date(*parts)
        except ValueError:
            pass
    raise _problem(translate("Tabular", "“{value}” is not a date (write it as 01.12.2026)."), value)


# --- yes/no, identifiers, text -------------------------------------------------------------

_YES = frozenset({"j", "ja", "x", "y", "yes", "1", "true", "sand", "✓", "✔"})
_NO = frozenset({"n", "nej", "no", "0", "false", "falsk", "-"})


def parse_bool(value: CellValue) -> bool | None:
    """J/N, Ja/Nej, X, Yes/No, 1/0, true/false."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower().rstrip(".")
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _problem(translate("Tabular", "“{value}” is not yes or no (write J or N)."), value)


def parse_identifier(value: CellValue) -> str | None:
    """A number that is a name ("07", "12-3", "1.200"): kept exactly; a number cell 12.0 -> "12"."""
    if type(value) is str:  # the common case first
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise _problem(translate("Tabular", "“{value}” is not a number or code."), value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip() or None


def parse_text(value: CellValue) -> str | None:
    """Any cell as text: numbers without a needless ".0", dates as 01.12.2026."""
    if type(value) is str:  # the common case first
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip() or None
