"""The main window fits the screen it opens on: 1366x768 and 1280x720 laptops, a saved place
from a monitor since unplugged, a maximised window."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from pytestqt.qtbot import QtBot

from desktop.ui import window_geometry
from desktop.ui.window_geometry import FRAME_ALLOWANCE, clamp

LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 less a 40 px taskbar
SMALL = QRect(0, 0, 1280, 680)  # 1280x720 less the taskbar
SCALED = QRect(0, 0, 1093, 582)  # 1366x768 at 125 %, in logical pixels, less the taskbar


def _framed(inner: QRect, frame: QMargins = FRAME_ALLOWANCE) -> QRect:
    return inner.marginsAdded(frame)


def test_the_preferred_size_shrinks_to_a_laptop_screen_with_its_frame() -> None:
    for area in (LAPTOP, SMALL, SCALED):
        placed = clamp(QRect(QRect(0, 0, 1280, 800)), area)
        assert area.contains(_framed(placed)), area
        assert placed.width() == min(1280, area.width() - 16)
        assert placed.height() == area.height() - 48


def test_a_place_on_a_monitor_since_unplugged_comes_back_onto_the_screen() -> None:
    placed = clamp(QRect(2200, 300, 1600, 1000), LAPTOP)
    assert LAPTOP.contains(_framed(placed))
    assert placed.size() == QSize(1350, 680)


def test_a_window_that_fits_keeps_its_place_and_size() -> None:
    wanted = QRect(100, 80, 1000, 600)
    assert clamp(wanted, LAPTOP) == wanted


def test_the_window_opens_inside_the_screen_and_remembers_its_place(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.setMinimumSize(QSize(900, 600))
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    window_geometry.place(window, [5000, 5000, 3000, 2000])
    assert area.contains(_framed(window.geometry()))
    assert window.minimumSize().height() <= area.marginsRemoved(FRAME_ALLOWANCE).height()
    window.show()
    window_geometry.refit(window)
    assert area.contains(window.frameGeometry())
    saved = window_geometry.saved_geometry(window)
    assert saved == (
        window.geometry().x(),
        window.geometry().y(),
        window.geometry().width(),
        window.geometry().height(),
    )
