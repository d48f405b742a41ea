"""Create or change a caseworker (sagsbehandler / bostøttemedarbejder).

`CaseworkerFormLayout` builds the fields, each with a line under it for its problem;
`CaseworkerDialog` loads the caseworker through core, saves onto the version it loaded, shows
the core's refusals beside their fields, and opens the conflict dialog when someone else saved
the caseworker first (nothing is overwritten; Reload shows what is saved now).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applicants import caseworkers
from desktop.core.applicants.views import CaseworkerView
from desktop.core.errors import Conflict, UserError, ValidationError
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import ConflictDialog, handle_conflict
from desktop.ui.dialogs.forms import clear_marks, error_label, mark_fields
from desktop.ui.errors import show_user_error
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.tasks import Task


class CaseworkerFormLayout:
    """The widgets, without behaviour."""

    def __init__(self, dialog: QDialog) -> None:
        self._fields()
        form = self._form()
        self.message = error_label("form_message", bold=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fields(self) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(200)
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setMaxLength(40)
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setMaxLength(254)
        self.active = QCheckBox(
            QCoreApplication.translate(
                "CaseworkerFormLayout", "&Active (offered in the applicant form)"
            )
        )
        self.active.setObjectName("active")
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "unit": self.unit,
            "phone": self.phone,
            "email": self.email,
        }

    def _form(self) -> QFormLayout:
        """Each field with a line under it for its problem."""
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        captions = {
            "name": QCoreApplication.translate("CaseworkerFormLayout", "&Name:"),
            "unit": QCoreApplication.translate("CaseworkerFormLayout", "&Unit:"),
            "phone": QCoreApplication.translate("CaseworkerFormLayout", "&Phone:"),
            "email": QCoreApplication.translate("CaseworkerFormLayout", "&E-mail:"),
        }
        for name, widget in self.fields.items():
            caption = QLabel(captions[name])
            caption.setBuddy(widget)
            error = error_label(f"error_{name}")
            error.hide()
            self.errors[name] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, column)
        form.addRow("", self.active)
        return form


class CaseworkerDialog(QDialog):
    """Emits `saved(id)` after a save; the dialog then closes."""

    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, caseworker_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.caseworker_id = caseworker_id
        self.view: CaseworkerView | None = None
        self.conflict: ConflictDialog | None = None  # the last conflict shown (tests look)
        self.ui = CaseworkerFormLayout(self)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut(QKeySequence.StandardKey.Save)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.load()
        finish_shortcuts(self)
        self.resize(480, self.sizeHint().height())

    def load(self) -> None:
        """Fill the fields from the caseworker as saved now (a new one: empty and active)."""
        ui = self.ui
        self._clear_errors()
        if self.caseworker_id is None:
            self.setWindowTitle(self.tr("New caseworker"))
            ui.active.setChecked(True)
            return
        view = caseworkers.caseworker(self.workspace, self.caseworker_id)
        self.view = view
        self.setWindowTitle(self.tr("Caseworker: {name}").format(name=view.name))
        ui.name.setText(view.name)
        ui.unit.setText(view.unit or "")
        ui.phone.setText(view.phone or "")
        ui.email.setText(view.email or "")
        ui.active.setChecked(view.active)

    def _clear_errors(self) -> None:
        for label in self.ui.errors.values():
            label.hide()
            label.clear()
        clear_marks(self.ui.fields.values())
        self.ui.message.hide()

    def show_errors(self, error: ValidationError) -> None:
        """Each refused field's message under the field; the first such field gets the focus."""
        self._clear_errors()
        for name, message in error.fields.items():
            label = self.ui.errors.get(name)
            if label is not None:
                label.setText(message)
                label.show()
        first = mark_fields(self.ui.fields, error.fields)
        if first is None:  # a problem of no single field: say it under the form
            self.ui.message.setText(error.message)
            self.ui.message.show()
        else:
            first.setFocus()

    def save(self) -> Task:
        """Save onto the version loaded, on the write worker; the dialog closes once saved and
        stays open with what was typed otherwise."""
        ui, ws, caseworker_id = self.ui, self.workspace, self.caseworker_id
        name, unit, phone, email = ui.name.text(), ui.unit.text(), ui.phone.text(), ui.email.text()
        active = ui.active.isChecked()
        version = self.view.version if self.view is not None else None
        return tasks.write(
            lambda: caseworkers.save_caseworker(
                ws,
                caseworker_id,
                name,
                unit=unit,
                phone=phone,
                email=email,
                active=active,
                expected_version=version,
            ),
            on_done=self._saved,
            on_error=self._not_saved,
            parent=self,
            busy=[ui.buttons],
        )

    def _saved(self, caseworker_id: int) -> None:
        self.saved.emit(caseworker_id)
        self.accept()

    def _not_saved(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
        elif isinstance(error, Conflict):
            self._clear_errors()
            self.conflict = handle_conflict(self, error, self.reload, self.field_labels())
        else:
            show_user_error(self, error)

    def reload(self) -> None:
        """Show the caseworker as saved now (what the user typed is given up)."""
        try:
            self.load()
        except UserError as error:
            show_user_error(self, error)

    def field_labels(self) -> dict[str, str]:
        """The names of the fields the conflict dialog compares."""
        return field_labels()


def field_labels() -> dict[str, str]:
    """A caseworker's fields as the conflict dialog names them (the settings list's conflicts
    too)."""
    return {
        "name": QCoreApplication.translate("CaseworkerDialog", "Name"),
        "unit": QCoreApplication.translate("CaseworkerDialog", "Unit"),
        "phone": QCoreApplication.translate("CaseworkerDialog", "Phone"),
        "email": QCoreApplication.translate("CaseworkerDialog", "E-mail"),
        "active": QCoreApplication.translate("CaseworkerDialog", "Active"),
    }
