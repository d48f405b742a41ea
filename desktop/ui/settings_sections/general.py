"""General settings: the desk's own details, used on every letter."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import desk
from desktop.core.settings import DeskContact
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task
from desktop.ui.widgets.dated_save import save_buttons


def _labels() -> dict[str, str]:
    """The fields of `DeskContact` as the form names them."""
    return {
        "municipality": QCoreApplication.translate("GeneralSettings", "Municipality"),
        "unit": QCoreApplication.translate("GeneralSettings", "Unit"),
        "address": QCoreApplication.translate("GeneralSettings", "Address"),
        "postcode_city": QCoreApplication.translate("GeneralSettings", "Postcode and town"),
        "phone": QCoreApplication.translate("GeneralSettings", "Phone"),
        "email": QCoreApplication.translate("GeneralSettings", "Email"),
        "hours": QCoreApplication.translate("GeneralSettings", "Opening hours"),
    }


class GeneralSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(self.tr("Shown on every letter and on the reply workbooks."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = _labels()
        for field in fields(DeskContact):
            edit = QLineEdit()
            label = labels[field.name]
            edit.setAccessibleName(label)
            form.addRow(label + ":", edit)
            self.edits[field.name] = edit
        self.buttons = save_buttons(self.save)
        self.saved = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("The desk's contact details")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
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

        task: Task = self.context.tasks.write(
            write,
            on_done=lambda _result: self.saved.setText(
                self.tr("Saved. New letters use these details.")
            ),
            parent=self,
            busy=[self.buttons],
        )
        return task


SECTION = GeneralSection
