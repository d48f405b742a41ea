"""Days left to a deadline, as the lists show them: a deadline passed reads as overdue ("44 dage
over", not "-44") in a dark red, the same in every list (the column's header says "Dage
tilbage"; its tooltip says more). The column still holds the number (its sort key).

    days_left_column(sort_key="deadline", tooltip=self._days_left_tooltip)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.core import formats
from desktop.ui.models.rows import NUMBER, Column

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


class _WithDaysLeft(Protocol):
    @property
    def days_left(self) -> int | None: ...


R = TypeVar("R", bound=_WithDaysLeft)


def days_left_column(
    *, sort_key: str | None = None, tooltip: Callable[[R], str | None] | None = None
) -> Column[R]:
    """The "Days left" column of a list whose rows have `days_left`: one the list is read for
    (`deciding`), overdue in dark red; `sort_key`, `tooltip`: as `Column`'s."""
    return Column(
        QCoreApplication.translate("Overdue", "Days left"),
        "days_left",
        display=days_left_text,
        role=NUMBER,
        deciding=True,
        sort_key=sort_key,
        tooltip=tooltip,
        foreground=lambda row: overdue_colour(row.days_left),
    )
