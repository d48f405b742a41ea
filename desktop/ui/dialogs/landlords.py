"""The private landlords: a list and a form to register or edit one (Afdelinger > Private
udlejere). The rules are in `desktop.core.registry.landlords`; saves go to the write worker."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData, LandlordRow
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.forms import error_label
from desktop.ui.models.rows import NAME, Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import list_view


class LandlordForm(QWidget):
    """The fields of one landlord, each with a mnemonic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
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
        self.error = error_label()
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


class LandlordsDialog(QDialog):
    """Every private landlord; choosing one shows it in the form, New clears the form."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Private landlords"))
        self.resize(900, 480)
        self.model = RowModel(self._columns(), parent=self)
        self._layout()
        self._current: LandlordRow | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.reload()
        self.new()

    def _columns(self) -> list[Column[LandlordRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.data.name, role=NAME, deciding=True),
            Column(self.tr("CVR"), lambda r: r.data.cvr, deciding=True),
            Column(self.tr("Contact"), lambda r: r.data.contact_person or "", role=NAME),
            Column(self.tr("Active"), lambda r: self.tr("Yes") if r.data.active else self.tr("No")),
        ]

    def _layout(self) -> None:
        self.table = list_view(
            self.model,
            name="landlord_table",
            accessible=self.tr("Private landlords"),
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
            tab_moves_on=True,
        )
        list_label = QLabel(self.tr("&Landlords:"))
        list_label.setBuddy(self.table)
        self.form = LandlordForm()
        self.new_button = QPushButton(self.tr("&New"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addLayout(form_buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(landlords.landlords(self.workspace))
        if select_id is not None:
            row = self.model.find(lambda r: r.id == select_id)
            if row >= 0:
                self.table.selectRow(row)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        if row is not None:
            self._current = row
            self.form.show_data(row.data)

    def new(self) -> None:
        self.table.clearSelection()
        self._current = None
        self.form.show_data(LandlordData("", ""))
        self.form.name.setFocus()

    def save(self) -> Task:
        """Save on the write worker; what was typed stays in the form on any problem."""
        current, ws, data = self._current, self.workspace, self.form.data
        return save_with_conflict_check(
            self,
            tasks,
            lambda: landlords.save_landlord(
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
