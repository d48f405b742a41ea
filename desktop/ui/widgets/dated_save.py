"""The foot of a settings section whose values are dated: the day they take effect, the Save
button and the line that says what was saved.

    self.dated = DatedSave(self.save)      # Save (or Ctrl+S) calls self.save
    layout.addWidget(self.dated)
    self.dated.reset(ws.today())           # on_shown: today, nothing said
    day = self.dated.day                   # in save(): the day chosen
    self.dated.saved.setText(...)          # after the save

`save_buttons(self.save)` is the Save button alone, for a section without a date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate


def save_buttons(on_save: Callable[[], object], parent: QWidget | None = None) -> QDialogButtonBox:
    """A Save button; Ctrl+S saves the section in front (a hidden section's shortcut does not
    fire)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, parent)
    buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(
        QKeySequence(QKeySequence.StandardKey.Save)
    )
    buttons.accepted.connect(on_save)
    return buttons


class DatedSave(QWidget):
    """ "In force from" with its date, the Save button and the saved line, one under another."""

    def __init__(self, on_save: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.valid_from = date_edit()
        self.valid_from.setAccessibleName(self.tr("In force from"))
        valid = QFormLayout()
        valid.addRow(self.tr("In force from:"), self.valid_from)
        self.buttons = save_buttons(on_save)
        self.saved = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(valid)
        layout.addWidget(self.buttons)
        layout.addWidget(self.saved)

    @property
    def day(self) -> dt.date:
        """The day the values take effect."""
        return date_of(self.valid_from)

    def reset(self, day: dt.date) -> None:
        """Show `day` and say nothing (the section was loaded again)."""
        self.valid_from.setDate(to_qdate(day))
        self.saved.clear()
