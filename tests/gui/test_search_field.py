"""The search box: searches when typing pauses, Enter at once, Escape clears, Ctrl+F finds it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.ui.widgets.search_field import SearchField


def test_typing_searches_once_after_a_pause(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    seen = []
    field.search_changed.connect(seen.append)
    with qtbot.waitSignal(field.search_changed) as signal:
        qtbot.keyClicks(field, "Øster")
    assert signal.args == ["Øster"]
    assert seen == ["Øster"]  # one search for the whole word, not one per key
    assert field.search_text == "Øster"


def test_enter_searches_at_once_and_not_twice(qtbot):
    field = SearchField(debounce_ms=60_000)
    qtbot.addWidget(field)
    seen = []
    field.search_changed.connect(seen.append)
    qtbot.keyClicks(field, "  Bøgevej ")
    assert seen == []
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert seen == ["Bøgevej"]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert seen == ["Bøgevej"]


def test_escape_clears_and_searches_everything(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    seen = []
    field.search_changed.connect(seen.append)
    field.setText("Ågade")
    field.flush()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert seen == ["Ågade", ""]


def test_ctrl_f_focuses_the_field(qtbot):
    window = QWidget()
    other = QLineEdit()
    field = SearchField()
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(field)
    field.install_shortcut(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    other.setFocus()
    field.setText("old search")
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(field.hasFocus)
    assert field.selectedText() == "old search"


def test_field_is_labelled_for_screen_readers(qtbot):
    field = SearchField(placeholder="Search applicants")
    qtbot.addWidget(field)
    assert field.accessibleName() == "Search"
    assert field.placeholderText() == "Search applicants"
    assert field.isClearButtonEnabled()
