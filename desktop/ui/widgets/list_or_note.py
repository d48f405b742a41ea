"""A list, or in its place a note that says why it is empty and what to do.

    self.area = ListOrNote(self.table)
    layout.addWidget(self.area, 1)
    self.area.show_note(self.tr("No figures yet: import a file first."))   # or
    self.area.show_list()

An empty table under its headers tells the user nothing; the note does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class ListOrNote(QStackedWidget):
    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.note = QLabel()
        self.note.setObjectName("empty_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # italic rather than a pale grey: the note stays readable (contrast)
        self.note.setStyleSheet("font-style: italic; padding: 24px;")
        self.addWidget(view)
        self.addWidget(self.note)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.setCurrentWidget(self.note)

    def show_list(self) -> None:
        self.setCurrentWidget(self.view)

    @property
    def showing_note(self) -> bool:
        return self.currentWidget() is self.note
