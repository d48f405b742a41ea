"""Days left to a deadline, as the lists show them: a deadline passed reads as overdue ("44 dage
over", not "-44") in a dark red, the same in every list (the column's header says "Dage
tilbage"; its tooltip says more). The column still holds the number (its sort key)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core import formats

OVERDUE_TEXT = QColor("#b3261e")  # dark red: readable on the light and the dark palette


def overdue_colour(days: int | None) -> QColor | None:
    """OVERDUE_TEXT for a negative count of days, otherwise None (the palette's colour)."""
    return OVERDUE_TEXT if days is not None and days < 0 else None


def days_left_text(days: int | None) -> str:
    """ "12" days left; "44 days overdue" once the deadline passed; empty without a deadline."""
    if days is None:
        return ""
    if days >= 0:
        return formats.number(days)
    return formats.plural(
        -days,
        QCoreApplication.translate("Overdue", "{n} day overdue"),
        QCoreApplication.translate("Overdue", "{n} days overdue"),
    )
