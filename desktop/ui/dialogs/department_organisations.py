"""The housing organisations: a list and a form to create or edit one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.registry import editing
from desktop.core.registry.editing import OrganisationData, OrganisationRow
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.forms import error_label
from desktop.ui.models.rows import NAME, NUMBER, Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import list_view


class OrganisationForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setMaxLength(10)
        self.name = QLineEdit()
        self.cvr = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.contact = QLineEdit()
        self.notes = QLineEdit()
        self.active = QCheckBox(self.tr("&Active"))
        self.error = error_label()
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


class OrganisationsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Housing organisations"))
        self.resize(820, 460)
        self.model = RowModel(self._columns(), parent=self)
        self._layout()
        self._current: OrganisationRow | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.reload()
        self.new()

    def _columns(self) -> list[Column[OrganisationRow]]:
        return [
            Column(self.tr("No."), lambda r: r.data.number, deciding=True),
            Column(self.tr("Name"), lambda r: r.data.name, role=NAME, deciding=True),
            Column(self.tr("Departments"), "departments", role=NUMBER, deciding=True),
        ]

    def _layout(self) -> None:
        self.table = list_view(
            self.model,
            name="organisation_table",
            accessible=self.tr("Housing organisations"),
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
        )
        self.form = OrganisationForm()
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addLayout(form_buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(editing.organisations(self.workspace))
        if select_id is not None:
            row = self.model.find(lambda r: r.id == select_id)
            if row >= 0:
                self.table.selectRow(row)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        if row is not None:
            self.show_organisation(row)

    def show_organisation(self, row: OrganisationRow | None) -> None:
        self._current = row
        data = OrganisationData("", "") if row is None else row.data
        form = self.form
        form.number.setText(data.number)
        form.name.setText(data.name)
        form.cvr.setText(data.cvr or "")
        form.email.setText(data.email or "")
        form.phone.setText(data.phone or "")
        form.address.setText(data.address or "")
        form.contact.setText(data.contact_person or "")
        form.notes.setText(data.notes or "")
        form.active.setChecked(data.active)
        form.error.clear()

    def new(self) -> None:
        self.table.clearSelection()
        self.show_organisation(None)
        self.form.number.setFocus()

    @property
    def data(self) -> OrganisationData:
        form = self.form
        return OrganisationData(
            form.number.text(),
            form.name.text(),
            form.cvr.text(),
            form.email.text(),
            form.phone.text(),
            form.address.text(),
            form.contact.text(),
            form.notes.text(),
            form.active.isChecked(),
        )

    def save(self) -> Task:
        """Save on the write worker; what was typed stays in the form on any problem."""
        current, ws, data = self._current, self.workspace, self.data
        return save_with_conflict_check(
            self,
            tasks,
            lambda: editing.save_organisation(
                ws,
                None if current is None else current.id,
                data,
                None if current is None else current.version,
            ),
            on_saved=self.reload,
            on_reload=lambda: self.reload(current.id if current else None),
            on_invalid=lambda error: self.form.error.setText(error.message),
            busy=[self.save_button, self.new_button],
        )
