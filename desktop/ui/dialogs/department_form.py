"""Create or edit a department: the layout (`DepartmentForm`) apart from the behaviour
(`DepartmentDialog`: loads, validates through core, saves, shows field errors)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.registry import editing
from desktop.core.registry.editing import DepartmentData, RangeFields
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.department_ranges import RangesEditor
from desktop.ui.dialogs.forms import clear_marks, error_label, mark_fields, save_cancel
from desktop.ui.tasks import Task


class DepartmentForm(QWidget):
    """The fields; no rules here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QComboBox()
        self.number = QLineEdit()
        self.number.setMaxLength(20)
        self.name = QLineEdit()
        self.housing_area = QComboBox()
        self.housing_area.setEditable(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. Mølleparkvej 1-31"))
        self.ranges = RangesEditor()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(4)
        self.city = QLineEdit()
        self.dwellings = QSpinBox()
        self.dwellings.setRange(0, 100_000)
        self.dwellings.setSpecialValueText(self.tr("unknown"))
        self.young = QCheckBox(self.tr("Suitable for &young people (18-29)"))
        self.active = QCheckBox(self.tr("&Active"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("O&rganisation:"), self.organisation)
        form.addRow(self.tr("Department &number:"), self.number)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Housing area:"), self.housing_area)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("&Postcode:"), self.postcode)
        form.addRow(self.tr("&City:"), self.city)
        form.addRow(self.tr("House n&umbers:"), self.ranges)
        form.addRow(self.tr("D&wellings:"), self.dwellings)
        form.addRow("", self.young)
        form.addRow("", self.active)
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow(self.error)
        self.fields: dict[str, QWidget] = {
            "organisation_id": self.organisation,
            "number": self.number,
            "name": self.name,
            "postcode": self.postcode,
            "ranges": self.ranges.table,
            "dwellings_count": self.dwellings,
        }


class DepartmentDialog(QDialog):
    def __init__(
        self, workspace: Workspace, department_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.department_id = department_id
        self.saved_id: int | None = None
        self._version: int | None = None
        self.setWindowTitle(self.tr("New department") if department_id is None else "")
        self.form = DepartmentForm()
        self.buttons = save_cancel(self, self.form, self.save)
        # The house numbers the address gave when last read: while the lines are still those,
        # they follow the address as it is edited; once edited by hand they stay.
        self._read: tuple[RangeFields, ...] = ()
        self._load()
        form = self.form
        for field in (form.address, form.postcode, form.city):
            field.textEdited.connect(lambda _text: self._follow_address())
        form.ranges.read_requested.connect(self._read_address)

    def _load(self) -> None:
        form = self.form
        for row in editing.organisations(self.workspace):
            form.organisation.addItem(f"{row.data.number} {row.data.name}", row.id)
        form.housing_area.addItem("")
        form.housing_area.addItems(editing.housing_areas(self.workspace))
        form.active.setChecked(True)
        if self.department_id is None:
            return
        record = editing.load_department(self.workspace, self.department_id)
        self._version = record.version
        data = record.data
        self.setWindowTitle(
            self.tr("Department {org}-{number}").format(
                org=record.organisation_number, number=data.number
            )
        )
        form.organisation.setCurrentIndex(form.organisation.findData(data.organisation_id))
        form.number.setText(data.number)
        form.name.setText(data.name)
        form.housing_area.setCurrentText(data.housing_area or "")
        form.address.setText(data.address or "")
        form.postcode.setText(data.postcode or "")
        form.city.setText(data.city or "")
        form.dwellings.setValue(data.dwellings_count or 0)
        form.young.setChecked(data.suitable_for_young)
        form.active.setChecked(data.active)
        form.notes.setPlainText(data.notes or "")
        form.ranges.set_lines(data.ranges or ())
        self._read = self._from_address()

    def _from_address(self) -> tuple[RangeFields, ...]:
        form = self.form
        return editing.ranges_from_address(
            form.address.text(), form.postcode.text(), form.city.text()
        )

    def _read_address(self) -> None:
        self._read = self._from_address()
        self.form.ranges.set_lines(self._read)

    def _follow_address(self) -> None:
        if self.form.ranges.lines() == self._read:
            self._read_address()

    @property
    def data(self) -> DepartmentData:
        """The values as entered (core cleans and checks them)."""
        form = self.form
        organisation_id = form.organisation.currentData()
        return DepartmentData(
            organisation_id=-1 if organisation_id is None else int(organisation_id),
            number=form.number.text(),
            name=form.name.text(),
            housing_area=form.housing_area.currentText(),
            address=form.address.text(),
            postcode=form.postcode.text().strip(),
            city=form.city.text(),
            dwellings_count=form.dwellings.value() or None,
            suitable_for_young=form.young.isChecked(),
            notes=form.notes.toPlainText(),
            active=form.active.isChecked(),
            ranges=form.ranges.lines(),
        )

    def save(self) -> Task:
        """Save on the write worker; the dialog closes once saved and stays open with what was
        typed otherwise."""
        clear_marks(self.form.fields.values())
        ws, department_id, data, version = (
            self.workspace,
            self.department_id,
            self.data,
            self._version,
        )
        return save_with_conflict_check(
            self,
            tasks,
            lambda: editing.save_department(ws, department_id, data, version),
            on_saved=self._saved,
            on_reload=self._reload,
            on_invalid=self._invalid,
            busy=[self.buttons],
        )

    def _saved(self, department_id: int) -> None:
        self.saved_id = department_id
        self.accept()

    def _invalid(self, error: ValidationError) -> None:
        self.form.error.setText(error.message)
        first = mark_fields(self.form.fields, error.fields)
        if first is not None:
            first.setFocus()

    def _reload(self) -> None:
        """The department as saved now (what was typed is given up)."""
        self.form.organisation.clear()
        self.form.housing_area.clear()
        self.form.error.clear()
        self._load()
