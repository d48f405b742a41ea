"""The key of an intake template: a very hidden sheet naming the organisation and the template
version, so that a filled-in template is imported without asking who sent it.

This module only reads a `desktop.core.tabular` workbook (no database, no intake imports), so the
vacancy import can call `read_key` before it guesses the organisation from department numbers:

    key = read_key(book)
    if key is not None:
        return organisation_by_number(ws, key.organisation_number)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core.tabular.model import Workbook

VERSION = 1
KEY_SHEET = "AnvisKey"
KEY_MARKER = "anvis-intake-template"


@dataclass(frozen=True)
class TemplateKey:
    organisation_number: str
    version: int
    made_on: dt.date | None


def read_key(book: Workbook) -> TemplateKey | None:
    """The key of a filled-in template (None for any other workbook)."""
    for sheet in book.sheets:
        if sheet.name != KEY_SHEET or not sheet.hidden:
            continue
        values: dict[str, Any] = {}
        for _number, cells in sheet.rows:
            if len(cells) >= 2 and isinstance(cells[0], str):
                values[cells[0].strip().casefold()] = cells[1]
        if values.get("anvis") != KEY_MARKER or values.get("organisation") is None:
            return None
        number = values["organisation"]
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        try:
            version = int(values.get("version") or 0)
        except (TypeError, ValueError):
            version = 0
        made = values.get("made")
        made_on = made.date() if isinstance(made, dt.datetime) else made
        return TemplateKey(
            str(number).strip(), version, made_on if isinstance(made_on, dt.date) else None
        )
    return None
