"""The housing organisations: a list and a form to create or edit one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from desktop.core.registry import editing
from desktop.core.registry.editing import OrganisationData, OrganisationRow
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.list_form import ListFormDialog, RecordForm
from desktop.ui.models.rows import NAME, NUMBER, Column


class OrganisationForm(RecordForm[OrganisationData]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setMaxLength(10)
        self.setFocusProxy(self.number)
        self.name = QLineEdit()
        self.cvr = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.contact = QLineEdit()
        self.notes = QLineEdit()
        self.active = QCheckBox(self.tr("&Active"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("&CVR:"), self.cvr)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("Contact &person:"), self.contact)
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow("", self.active)
        form.addRow(self.error)

    def show_data(self, data: OrganisationData) -> None:
        self.number.setText(data.number)
        self.name.setText(data.name)
        self.cvr.setText(data.cvr or "")
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.address.setText(data.address or "")
        self.contact.setText(data.contact_person or "")
        self.notes.setText(data.notes or "")
        self.active.setChecked(data.active)
        self.error.clear()

    @property
    def data(self) -> OrganisationData:
        return OrganisationData(
            self.number.text(),
            self.name.text(),
            self.cvr.text(),
            self.email.text(),
            self.phone.text(),
            self.address.text(),
            self.contact.text(),
            self.notes.text(),
            self.active.isChecked(),
        )


class OrganisationsDialog(ListFormDialog[OrganisationRow, OrganisationData]):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            OrganisationForm(),
            title=self.tr("Housing organisations"),
            list_name="organisation_table",
            parent=parent,
        )
        self.resize(820, 460)

    def _columns(self) -> list[Column[OrganisationRow]]:
        return [
            Column(self.tr("No."), lambda r: r.data.number, deciding=True),
            Column(self.tr("Name"), lambda r: r.data.name, role=NAME, deciding=True),
            Column(self.tr("Departments"), "departments", role=NUMBER, deciding=True),
        ]

    def _rows(self) -> list[OrganisationRow]:
        return editing.organisations(self.workspace)

    def _blank(self) -> OrganisationData:
        return OrganisationData("", "")

    def _save_work(
        self, record_id: int | None, data: OrganisationData, version: int | None
    ) -> Callable[[], int]:
        ws = self.workspace
        return lambda: editing.save_organisation(ws, record_id, data, version)
