"""The window: every page opens, the status bar names the database, the demo says DEMO."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import PAGES
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, sqlite_workspace):
    win = MainWindow(sqlite_workspace, TaskRunner(), "en")
    qtbot.addWidget(win)
    return win


def test_every_page_opens_from_the_navigation(window) -> None:
    for row, entry in enumerate(PAGES):
        window.navigation.setCurrentRow(row)
        assert window.current_key() == entry.key
        assert window.stack.currentWidget().objectName() == f"page_{entry.key}"


def test_status_bar_names_the_open_database(window, sqlite_workspace) -> None:
    label = window.statusBar().findChild(QLabel, "database_label")
    assert str(sqlite_workspace.database.sqlite_path) in label.text()
    assert window.statusBar().findChild(QLabel, "demo_badge") is None
    assert "DEMO" not in window.windowTitle()


def test_the_demo_is_marked(qtbot, sqlite_workspace) -> None:
    sqlite_workspace.is_demo = True
    win = MainWindow(sqlite_workspace, TaskRunner(), "en")
    qtbot.addWidget(win)
    assert win.statusBar().findChild(QLabel, "demo_badge").text().strip() == "DEMO"
    assert "DEMO" in win.windowTitle()


def test_keyboard_shortcuts_switch_pages(window, qtbot) -> None:
    window.show()
    qtbot.waitExposed(window)
    shortcuts = {a.shortcut().toString(): a for a in window.actions()}
    shortcuts["Ctrl+7"].trigger()
    assert window.current_key() == "settings"
    shortcuts["Ctrl+1"].trigger()
    assert window.current_key() == "overview"
