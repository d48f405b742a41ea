"""The private landlords: a list and a form to register or edit one (Afdelinger > Private
udlejere). The rules are in `desktop.core.registry.landlords`; saves go to the write worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData, LandlordRow
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.list_form import ListFormDialog, RecordForm
from desktop.ui.models.rows import NAME, Column


class LandlordForm(RecordForm[LandlordData]):
    """The fields of one landlord, each with a mnemonic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.setFocusProxy(self.name)
        self.cvr = QLineEdit()
        self.cvr.setMaxLength(12)  # 8 digits, spaces allowed as typed
        self.cvr.setPlaceholderText(self.tr("8 digits"))
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(self.tr("Street and number, postcode and town"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(200)
        self.email = QLineEdit()
        self.email.setMaxLength(254)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.active = QCheckBox(self.tr("&Active: may send notices"))
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("Na&me:"), self.name),
            (self.tr("&CVR number:"), self.cvr),
            (self.tr("A&ddress:"), self.address),
            (self.tr("Contact &person:"), self.contact),
            (self.tr("&Email:"), self.email),
            (self.tr("P&hone:"), self.phone),
            (self.tr("No&tes:"), self.notes),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.active)
        form.addRow(self.error)

    def show_data(self, data: LandlordData) -> None:
        self.name.setText(data.name)
        self.cvr.setText(data.cvr)
        self.address.setText(data.address or "")
        self.contact.setText(data.contact_person or "")
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.notes.setPlainText(data.notes or "")
        self.active.setChecked(data.active)
        self.error.clear()

    @property
    def data(self) -> LandlordData:
        return LandlordData(
            self.name.text(),
            self.cvr.text(),
            self.address.text(),
            self.contact.text(),
            self.email.text(),
            self.phone.text(),
            self.notes.toPlainText(),
            self.active.isChecked(),
        )


class LandlordsDialog(ListFormDialog[LandlordRow, LandlordData]):
    """Every private landlord; choosing one shows it in the form, New clears the form."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            LandlordForm(),
            title=self.tr("Private landlords"),
            list_name="landlord_table",
            list_label=self.tr("&Landlords:"),
            tab_moves_on=True,
            parent=parent,
        )
        self.resize(900, 480)

    def _columns(self) -> list[Column[LandlordRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.data.name, role=NAME, deciding=True),
            Column(self.tr("CVR"), lambda r: r.data.cvr, deciding=True),
            Column(self.tr("Contact"), lambda r: r.data.contact_person or "", role=NAME),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.data.active else self.tr("No")),
        ]

    def _rows(self) -> list[LandlordRow]:
        return landlords.landlords(self.workspace)

    def _blank(self) -> LandlordData:
        return LandlordData("", "")

    def _save_work(
        self, record_id: int | None, data: LandlordData, version: int | None
    ) -> Callable[[], int]:
        ws = self.workspace
        return lambda: landlords.save_landlord(ws, record_id, data, version)
