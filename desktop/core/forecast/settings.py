"""The forecast's one setting: how many months of reported dwellings it replays (a dated
setting like the rules', so an estimate can be explained by the window it was made with)."""

from __future__ import annotations

from desktop.core import settings

MONTHS = settings.scalar_spec(
    "forecast_months", 12, int, "Forecast: months of dwellings", "forecast"
)
"""The window: the dwellings reported in the last N months (default 12)."""
