"""The forecast's one setting: how many months of reported dwellings it replays (a dated
setting like the rules', so an estimate can be explained by the window it was made with)."""

from __future__ import annotations

import datetime as dt

from desktop.core import formats, settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

MONTHS = settings.scalar_spec(
    "forecast_months", 12, int, "Forecast: months of dwellings", "forecast"
)
"""The window: the dwellings reported in the last N months (default 12)."""

# Fewer months say too little of the year's rhythm; more than five years reach rules long gone.
MONTHS_RANGE = (3, 60)


def load_months(ws: Workspace, on: dt.date | None = None) -> int:
    """The months in force on `on` (today)."""
    with ws.read() as session:
        return settings.get(session, MONTHS, on or ws.today())


def save_months(ws: Workspace, months: int, valid_from: dt.date | None = None) -> None:
    """Store the months from `valid_from` (today); estimates made from that day use them."""
    low, high = MONTHS_RANGE
    if not low <= months <= high:
        raise ValidationError(
            translate("Forecast", "The settings were not saved."),
            {
                "months": formats.plural(
                    high,
                    translate("Forecast", "The forecast looks back between {low} and {n} month."),
                    translate("Forecast", "The forecast looks back between {low} and {n} months."),
                ).format(low=low)
            },
        )
    with ws.write() as session:
        settings.put(session, MONTHS, months, valid_from or ws.today())
