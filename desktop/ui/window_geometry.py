"""The main window's place on the screen: the size it opens at, kept inside the screen it opens on
(a municipal laptop has 1366x768 or 1280x720, often at 125 %), and the place it had last time.

A geometry from another screen (a docking station's monitor, since unplugged) is clamped, never
trusted: a window partly off the screen hides its status bar and its row of action buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
# The window frame is known only once the window manager has framed the window: until then, room
# for borders and a title bar as Windows draws them at 125 %.
FRAME_ALLOWANCE = QMargins(8, 40, 8, 8)


def _screen_of(window: QWidget, wanted: QRect | None) -> QScreen:
    if wanted is not None:
        found = QGuiApplication.screenAt(wanted.center())
        if found is not None:
            return found
    return window.screen() or QGuiApplication.primaryScreen()


def clamp(wanted: QRect, area: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    """`wanted` (the window's inside) made to fit `area` with its `frame` around it: smaller if it
    must be, moved inside where it sticks out."""
    room = area.marginsRemoved(frame)
    size = wanted.size().boundedTo(room.size())
    x = min(max(wanted.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(wanted.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(x, y, size.width(), size.height())


def centred(size: QSize, area: QRect) -> QRect:
    return QRect(
        area.left() + (area.width() - size.width()) // 2,
        area.top() + (area.height() - size.height()) // 2,
        size.width(),
        size.height(),
    )


def place(window: QWidget, saved: Sequence[int] | None = None) -> None:
    """Give `window` its geometry before it is shown: the saved one (x, y, width, height) or the
    preferred size centred, either way inside the screen's available area."""
    wanted = QRect(*saved[:4]) if saved is not None and len(saved) == 4 else None
    area = _screen_of(window, wanted).availableGeometry()
    room = area.marginsRemoved(FRAME_ALLOWANCE)
    if wanted is None:
        wanted = centred(PREFERRED.boundedTo(room.size()), room)
    window.setMinimumSize(window.minimumSize().boundedTo(room.size()))
    window.setGeometry(clamp(wanted, area))


def refit(window: QWidget) -> None:
    """Once shown (the frame is known): pull the framed window inside the available area."""
    area = window.screen().availableGeometry()
    outer, inner = window.frameGeometry(), window.geometry()
    if area.contains(outer):
        return
    frame = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    window.setGeometry(clamp(inner, area, frame))


def saved_geometry(window: QWidget) -> tuple[int, int, int, int] | None:
    """The window's geometry to remember (its normal one when maximised)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not rect.isValid():
        return None
    return (rect.x(), rect.y(), rect.width(), rect.height())
