"""The search box of every list: typing searches after a short pause, Escape clears.

    self.search = SearchField(self)
    self.search.search_changed.connect(self._search)     # the text, stripped, after 120 ms
    self.search.install_shortcut(self)                  # Ctrl+F focuses it

Enter searches at once; the same text twice does not search twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 120


class SearchField(QLineEdit):
    """A line edit that emits `search_changed(text)` once typing pauses."""

    search_changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder or self.tr("Search… (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, debounce_ms))
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._restart)
        self.returnPressed.connect(self.flush)

    @property
    def search_text(self) -> str:
        """The text last emitted (what the list currently shows)."""
        return self._emitted

    def _restart(self, _text: str) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Emit the current text now if it differs from the last one emitted."""
        self._timer.stop()
        text = self.text().strip()
        if text != self._emitted:
            self._emitted = text
            self.search_changed.emit(text)

    def install_shortcut(self, window: QWidget) -> QShortcut:
        """Ctrl+F (the platform's Find key) anywhere in `window` focuses this field."""
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_and_select)
        return shortcut

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            event.accept()
            return
        super().keyPressEvent(event)  # an empty field lets Escape reach the dialog
