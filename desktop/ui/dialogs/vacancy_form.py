"""Manual entry of a dwelling reported by phone or mail (same rules as an imported row).

`VacancyFormLayout` builds the widgets; `VacancyFormDialog` is the behaviour: it fills the
department list for the chosen organisation, exposes the typed values as `draft`, saves through
`desktop.core.intake.manual` and shows each refused field's message beside the field.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.intake import listing, manual
from desktop.core.intake.rules import VacancyDraft
from desktop.core.intake.vocabulary import DwellingType, dwelling_type_label
from desktop.core.schemes.listing import choices as scheme_choices
from desktop.core.schemes.settings import ORDINARY
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.forms import error_label, field_row
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import Task
from desktop.ui.widgets.cpr_warning import CprWarning
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate


def _money_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1_000_000, 1_000_000)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" kr.")
    box.setSpecialValueText(" ")  # the minimum shows as empty: "not given"
    box.setMinimum(-1_000_000)
    box.setValue(box.minimum())
    return box


class VacancyFormLayout:
    """The widgets of the form, without behaviour."""

    def __init__(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(QCoreApplication.translate("VacancyFormDialog", "New dwelling"))
        self._fields()
        self.errors: dict[str, QLabel] = {}
        form = self._form()
        self.summary = error_label("form_summary")
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.cpr_warning = CprWarning()
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(self.cpr_warning)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _fields(self) -> None:
        self.organisation = QComboBox()
        self.department = QComboBox()
        self.lease_number = QLineEdit()
        self.scheme = QComboBox()  # the housing schemes in force, the ordinary one first
        self.dwelling_type = QComboBox()
        for kind in DwellingType:
            self.dwelling_type.addItem(dwelling_type_label(kind), kind.value)
        self.street = QLineEdit()
        self.house_number = QLineEdit()
        self.house_number.setMaximumWidth(80)
        self.floor = QComboBox()
        self.floor.setEditable(True)
        self.floor.addItems(["", "st", "kl", "1", "2", "3", "4", "5", "6", "7", "8"])
        self.door = QComboBox()
        self.door.setEditable(True)
        self.door.addItems(["", "th", "tv", "mf"])
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(4)
        self.postcode.setMaximumWidth(70)
        self.city = QLineEdit()
        self.rooms = QDoubleSpinBox()
        self.rooms.setRange(0, 20)
        self.rooms.setSingleStep(0.5)
        self.rooms.setDecimals(1)
        self.rooms.setSpecialValueText(" ")  # 0 = not given
        self.area = QDoubleSpinBox()
        self.area.setRange(0, 1000)
        self.area.setDecimals(1)
        self.area.setSuffix(" m²")
        self.area.setSpecialValueText(" ")
        self.rent = _money_box()
        self.aconto_heating = _money_box()
        self.aconto_water = _money_box()
        self.deposit = _money_box()
        self.available_from = date_edit()
        self.elevator = QCheckBox(QCoreApplication.translate("VacancyFormDialog", "Elevator"))
        self.pets_allowed = QCheckBox(
            QCoreApplication.translate("VacancyFormDialog", "Pets allowed")
        )
        self.wheelchair = QCheckBox(
            QCoreApplication.translate("VacancyFormDialog", "Wheelchair accessible")
        )
        self.step_free = QCheckBox(QCoreApplication.translate("VacancyFormDialog", "Step-free"))
        self.remarks = QPlainTextEdit()
        self.remarks.setMaximumHeight(60)
        self.viewing_contact = QLineEdit()

    def _row(self, form: QFormLayout, label: str, name: str, *widgets: QWidget) -> None:
        self.errors[name] = field_row(form, label, name, *widgets)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        row = partial(self._row, form)
        self._partner_rows(form)
        row(
            QCoreApplication.translate("VacancyFormDialog", "&Lease number:"),
            "lease_number",
            self.lease_number,
        )
        row(
            QCoreApplication.translate("VacancyFormDialog", "&Type:"),
            "dwelling_type",
            self.dwelling_type,
        )
        row(
            QCoreApplication.translate("VacancyFormDialog", "Housin&g scheme:"),
            "scheme",
            self.scheme,
        )
        row(
            QCoreApplication.translate("VacancyFormDialog", "&Street and number:"),
            "street",
            self.street,
            self.house_number,
        )
        row(
            QCoreApplication.translate("VacancyFormDialog", "&Floor and door:"),
            "floor",
            self.floor,
            self.door,
        )
        row(
            QCoreApplication.translate("VacancyFormDialog", "&Postcode and town:"),
            "postcode",
            self.postcode,
            self.city,
        )
        row(QCoreApplication.translate("VacancyFormDialog", "&Rooms:"), "rooms", self.rooms)
        row(QCoreApplication.translate("VacancyFormDialog", "&Area:"), "area_m2", self.area)
        row(QCoreApplication.translate("VacancyFormDialog", "Ren&t a month:"), "rent", self.rent)
        row(
            QCoreApplication.translate("VacancyFormDialog", "A conto &heating:"),
            "aconto_heating",
            self.aconto_heating,
        )
        row(
            QCoreApplication.translate("VacancyFormDialog", "A conto &water:"),
            "aconto_water",
            self.aconto_water,
        )
        row(QCoreApplication.translate("VacancyFormDialog", "De&posit:"), "deposit", self.deposit)
        row(
            QCoreApplication.translate("VacancyFormDialog", "A&vailable from:"),
            "available_from",
            self.available_from,
        )
        checks = QHBoxLayout()
        for box in (self.elevator, self.pets_allowed, self.wheelchair, self.step_free):
            checks.addWidget(box)
        form.addRow("", checks)
        row(QCoreApplication.translate("VacancyFormDialog", "Re&marks:"), "remarks", self.remarks)
        row(
            QCoreApplication.translate("VacancyFormDialog", "Viewing &contact:"),
            "viewing_contact",
            self.viewing_contact,
        )
        return form

    def _partner_rows(self, form: QFormLayout) -> None:
        """Who reports the dwelling: the organisation and its department."""
        self._row(
            form,
            QCoreApplication.translate("VacancyFormDialog", "&Organisation:"),
            "organisation",
            self.organisation,
        )
        self._row(
            form,
            QCoreApplication.translate("VacancyFormDialog", "&Department:"),
            "department_number",
            self.department,
        )


def _money(box: QDoubleSpinBox) -> Decimal | None:
    if box.value() == box.minimum():
        return None
    return Decimal(str(round(box.value(), 2)))


def _text(edit: QLineEdit | QComboBox) -> str | None:
    text = (edit.currentText() if isinstance(edit, QComboBox) else edit.text()).strip()
    return text or None


def typed_draft(ui: VacancyFormLayout, department_number: str | None) -> VacancyDraft:
    """The dwelling as the form's widgets hold it (the department's number given)."""
    return VacancyDraft(
        department_number=department_number,
        lease_number=_text(ui.lease_number),
        dwelling_type=DwellingType(ui.dwelling_type.currentData()),
        street=_text(ui.street),
        house_number=_text(ui.house_number),
        floor=_text(ui.floor),
        door=_text(ui.door),
        postcode=_text(ui.postcode),
        city=_text(ui.city),
        rooms=ui.rooms.value() or None,
        area_m2=ui.area.value() or None,
        rent=_money(ui.rent),
        aconto_heating=_money(ui.aconto_heating),
        aconto_water=_money(ui.aconto_water),
        deposit=_money(ui.deposit),
        available_from=date_of(ui.available_from),
        elevator=ui.elevator.isChecked(),
        pets_allowed=ui.pets_allowed.isChecked(),
        wheelchair_accessible=ui.wheelchair.isChecked(),
        step_free=ui.step_free.isChecked(),
        remarks=ui.remarks.toPlainText().strip() or None,
        viewing_contact=_text(ui.viewing_contact),
    )


def show_field_problems(ui: VacancyFormLayout, error: ValidationError) -> None:
    """Each refused field's message under it, and the whole refusal under the form."""
    for label in ui.errors.values():
        label.hide()
    for name, message in error.fields.items():
        # a field without a line of its own (house number, door): the address's line
        label = ui.errors.get(name, ui.errors["street"])
        label.setText(message)
        label.show()
    ui.summary.setText(error.message)
    ui.summary.show()


class DwellingDialog(QDialog):
    """What the forms of a new dwelling share: emits `saved(vacancy_id)` once the dwelling is
    stored; `_write` saves on the write worker and closes the form, or keeps what was typed and
    shows each refused field's message beside it."""

    saved = Signal(int)
    ui: VacancyFormLayout

    def show_problems(self, error: ValidationError) -> None:
        show_field_problems(self.ui, error)

    def _write(self, work: Callable[[], int]) -> Task:
        return tasks.write(
            work,
            on_done=self._saved,
            on_error=self._not_saved,
            parent=self,
            busy=[self.ui.buttons],
        )

    def _saved(self, vacancy_id: int) -> None:
        self.saved.emit(vacancy_id)
        self.accept()

    def _not_saved(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.show_problems(error)
        else:
            show_user_error(self, error)


class VacancyFormDialog(DwellingDialog):
    """Emits `saved(vacancy_id)` after the dwelling was stored."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = VacancyFormLayout(self)
        self.ui.available_from.setDate(to_qdate(workspace.today()))
        for choice in listing.organisations(workspace):
            self.ui.organisation.addItem(f"{choice.number} {choice.name}", choice.id)
        for scheme in scheme_choices(workspace):
            self.ui.scheme.addItem(scheme.name, scheme.key)
        self.ui.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.ui.department.currentIndexChanged.connect(self._department_changed)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.cpr_warning.watch("remarks", self.ui.remarks, self.tr("Remarks"))
        self._organisation_changed()

    @property
    def organisation_id(self) -> int | None:
        value = self.ui.organisation.currentData()
        return None if value is None else int(value)

    def _organisation_changed(self) -> None:
        self.ui.department.clear()
        if self.organisation_id is None:
            return
        for choice in manual.departments_of(self.workspace, self.organisation_id):
            self.ui.department.addItem(choice.label, (choice.number, choice.postcode, choice.city))

    def _department_changed(self) -> None:
        data = self.ui.department.currentData()
        if data is None:
            return
        _number, postcode, city = data
        if postcode and not self.ui.postcode.text():
            self.ui.postcode.setText(postcode)
        if city and not self.ui.city.text():
            self.ui.city.setText(city)

    @property
    def draft(self) -> VacancyDraft:
        department = self.ui.department.currentData()
        return typed_draft(self.ui, None if department is None else department[0])

    def save(self) -> Task | None:
        """Save on the write worker; the form closes once saved and stays open with what was
        typed otherwise."""
        organisation_id = self.organisation_id
        if organisation_id is None:
            self.ui.summary.setText(self.tr("Choose the housing organisation."))
            self.ui.summary.show()
            return None
        ws, draft = self.workspace, self.draft
        scheme = str(self.ui.scheme.currentData() or ORDINARY)
        return self._write(lambda: manual.create_vacancy(ws, organisation_id, draft, scheme=scheme))
