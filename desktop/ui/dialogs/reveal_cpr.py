"""Asking why: the purpose that is written to the access log before personal data is shown,
searched by CPR number, exported or printed.

`PurposeDialog` offers the desk's standard purposes and free text; `purpose` is the text once it
is at least three characters. `ask_purpose(parent, title, explanation)` runs it modally and
returns the purpose, or None when staff cancel (then nothing is shown and nothing is logged).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applicants import access

MIN_LENGTH = 3


class PurposeLayout:
    def __init__(self, dialog: QDialog, explanation: str) -> None:
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.purpose.setMinimumWidth(420)
        label = QLabel(
            QCoreApplication.translate("PurposeDialog", "&Purpose (written to the access log):")
        )
        label.setBuddy(self.purpose)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.explanation)
        layout.addWidget(label)
        layout.addWidget(self.purpose)
        layout.addWidget(self.buttons)


class PurposeDialog(QDialog):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ui = PurposeLayout(self, explanation)
        self.ui.purpose.addItem("")
        for text in access.standard_purposes():
            self.ui.purpose.addItem(text)
        self.ui.purpose.setCurrentIndex(0)
        line = self.ui.purpose.lineEdit()
        assert line is not None  # the combo is editable
        line.setPlaceholderText(self.tr("Choose or write why you need it"))
        self.ui.purpose.editTextChanged.connect(self._update)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._update()

    @property
    def purpose(self) -> str:
        return " ".join(self.ui.purpose.currentText().split())

    def set_purpose(self, text: str) -> None:
        self.ui.purpose.setEditText(text)

    def _update(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self.purpose) >= MIN_LENGTH)


def ask_purpose(parent: QWidget | None, title: str, explanation: str) -> str | None:
    dialog = PurposeDialog(title, explanation, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.purpose
    finally:
        dialog.deleteLater()
