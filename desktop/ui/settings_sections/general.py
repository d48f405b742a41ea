"""General settings: the desk's own details, used on every letter."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import desk
from desktop.core.settings import DeskContact
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task

_LABELS = {
    "municipality": QT_TRANSLATE_NOOP("GeneralSettings", "Municipality"),
    "unit": QT_TRANSLATE_NOOP("GeneralSettings", "Unit"),
    "address": QT_TRANSLATE_NOOP("GeneralSettings", "Address"),
    "postcode_city": QT_TRANSLATE_NOOP("GeneralSettings", "Postcode and town"),
    "phone": QT_TRANSLATE_NOOP("GeneralSettings", "Phone"),
    "email": QT_TRANSLATE_NOOP("GeneralSettings", "Email"),
    "hours": QT_TRANSLATE_NOOP("GeneralSettings", "Opening hours"),
}


class GeneralSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = QLabel(self.tr("The desk's contact details"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        intro = QLabel(self.tr("Shown on every letter and on the reply workbooks."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for field in fields(DeskContact):
            edit = QLineEdit()
            label = QCoreApplication.translate("GeneralSettings", _LABELS[field.name])
            edit.setAccessibleName(label)
            form.addRow(label + ":", edit)
            self.edits[field.name] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        # Ctrl+S saves the section in front (a hidden section's shortcut does not fire)
        buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(
            QKeySequence(QKeySequence.StandardKey.Save)
        )
        buttons.accepted.connect(self.save)
        self.buttons = buttons
        self.saved = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("GeneralSettings", "General")

    def on_shown(self) -> None:
        value = desk.contact(self.context.workspace)
        for name, edit in self.edits.items():
            edit.setText(getattr(value, name))
        self.saved.clear()

    def save(self) -> Task:
        """Save on the write worker; the details entered stay on a refusal."""
        ws = self.context.workspace
        typed = {n: e.text().strip() for n, e in self.edits.items()}

        def write() -> None:
            desk.set_contact(ws, replace(desk.contact(ws), **typed))

        return self.context.tasks.write(
            write,
            on_done=lambda _result: self.saved.setText(
                self.tr("Saved. New letters use these details.")
            ),
            parent=self,
            busy=[self.buttons],
        )


SECTION = GeneralSection
