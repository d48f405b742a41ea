"""The text colour of a count of days that has gone below zero (a deadline passed), shared by
the lists that show days left, so an overdue dwelling reads the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor

OVERDUE_TEXT = QColor("#b3261e")  # dark red: readable on the light and the dark palette


def overdue_colour(days: int | None) -> QColor | None:
    """OVERDUE_TEXT for a negative count of days, otherwise None (the palette's colour)."""
    return OVERDUE_TEXT if days is not None and days < 0 else None
