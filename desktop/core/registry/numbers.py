"""How organisation and department numbers are written and compared.

Organisation numbers are three-digit text: "088" (a spreadsheet may hand over 88 or 88.0, which
mean the same organisation). Department numbers are text compared as written: "07" and "7" are
different numbers; the lookup falls back to ignoring leading zeros only when that gives exactly
one department (see `desktop.core.registry.departments.find_department`).
"""

from __future__ import annotations

import re
from decimal import Decimal

ORGANISATION_DIGITS = 3


def _as_text(value: object) -> str:
    """A cell value as text; a whole number read as float (88.0) loses its ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float | Decimal) and value == int(value):
        return str(int(value))
    return str(value).strip()


def organisation_number(value: object) -> str:
    """The stored form: digits zero-padded to three ("88" -> "088"); other text as written."""
    text = _as_text(value)
    if text.isdigit():
        return text.zfill(ORGANISATION_DIGITS)
    return text


def department_number(value: object) -> str:
    """The stored form: the text as written, trimmed ("07" stays "07"; 7.0 becomes "7")."""
    return _as_text(value)


def without_leading_zeros(number: str) -> str:
    """ "007" -> "7", "0" -> "0": the tolerant comparison of all-digit department numbers."""
    stripped = number.lstrip("0")
    return stripped or ("0" if number else "")


def natural_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key for department numbers: "2" < "12-3" < "12-10" (digit runs as numbers)."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.split(r"(\d+)", number)
        if part
    )
