"""What the export dialogs share: a file field with a Save As chooser, the organisation list,
date conversions, and the dialog frame that runs the export in the background.

Layout and behaviour are split: each dialog lays out its fields, exposes the values as
properties, checks them in `problems()` and names the export in `export()`; this base runs it as
a write task (exports log to the audit trail), shows an expected problem as a message and closes
with `exported(result)` on success.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.intake.listing import organisations
from desktop.core.workspace import Workspace
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import Task, run_task


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FileField(QWidget):
    """A path with a "Choose..." button that opens Save As (`kind`: "xlsx" or "pdf/xlsx")."""

    def __init__(self, default_name: str, filters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = filters
        self.edit = QLineEdit(str(Path.home() / default_name))
        self.edit.setAccessibleName(self.tr("File"))
        self.button = QPushButton(self.tr("C&hoose..."))
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    @property
    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def choose(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.edit.text(), self.filters
        )
        if name:
            self.edit.setText(name)


def organisation_combo(workspace: Workspace, chosen: int | None = None) -> QComboBox:
    """The active organisations as "088 Plus Bolig"; the item data is the organisation's id."""
    combo = QComboBox()
    for choice in organisations(workspace):
        combo.addItem(f"{choice.number} {choice.name}", choice.id)
    if chosen is not None and (index := combo.findData(chosen)) >= 0:
        combo.setCurrentIndex(index)
    return combo


class ExportDialog(QDialog):
    """The frame: a form, a note line and Export / Cancel."""

    exported = Signal(object)

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task: Task | None = None
        self.result: Any = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # --- what each dialog provides -------------------------------------------------------------

    def problems(self) -> list[str]:
        return []

    def export(self) -> Callable[[], Any]:
        raise NotImplementedError

    # --- the run ---------------------------------------------------------------------------------

    def run_export(self) -> None:
        found = self.problems()
        if found:
            self.note.setText("\n".join(found))
            return
        self.note.setText(self.tr("Exporting..."))
        self.buttons.setEnabled(False)
        self.task = run_task(
            self.export(),
            on_done=self._done,
            on_error=self._failed,
            on_cancelled=lambda: self.buttons.setEnabled(True),
            parent=self,
            progress=self.windowTitle(),
            write=True,
        )

    def _done(self, result: Any) -> None:
        self.result = result
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: Any) -> None:
        self.buttons.setEnabled(True)
        self.note.setText("")
        show_user_error(self, error)
