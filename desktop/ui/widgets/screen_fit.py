"""Windows no larger than the screen they open on.

    resize_within_screen(dialog, 1400, 900)

A dialog sized for a big monitor would open with its buttons off a 1280x800 laptop screen; this
gives it the wanted size where there is room and the screen's free area (less room for the title
bar and frame) where there is not.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 16  # the window frame, each side
TITLE_BAR = 40


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - 2 * FRAME)
        height = min(height, free.height() - TITLE_BAR - FRAME)
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
