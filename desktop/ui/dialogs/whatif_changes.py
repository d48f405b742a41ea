"""The changes of a what-if: the colours' shares, departments given another colour, the rent
ceilings and the occupancy norm, each starting from the agreement in force at the period's end.
A value left as it is is no change; core says which values are (`agreement.changes_from`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.enums import Colour
from desktop.core import formats
from desktop.core.errors import ValidationError
from desktop.core.whatif.agreement import Agreement, changes_from
from desktop.core.whatif.changes import MAX_CEILING, Band, Changes, DepartmentColour
from desktop.ui.dialogs.forms import error_label
from desktop.ui.widgets.colour_badge import badge_icon, colour_text


def _share_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 100.0)
    box.setDecimals(1)
    box.setSingleStep(5.0)
    box.setSuffix(" %")
    return box


def _norm_box(low: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, 10.0)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box


class WhatIfChangesForm(QWidget):
    """The layout: a tab per kind of change, a line on what a change means, the refusal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.shares = {colour: _share_box() for colour in Colour}
        shares = QWidget()
        share_form = QFormLayout(shares)
        share_form.addRow(QLabel(self.tr("The share of their vacancies the departments report:")))
        for colour, box in self.shares.items():
            label = QLabel(colour_text(colour.value) + ":")
            label.setBuddy(box)
            share_form.addRow(label, box)
        self.tabs.addTab(shares, self.tr("Shares"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.setAccessibleName(self.tr("Department"))
        self.department.setMinimumContentsLength(24)
        line = self.department.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type the department's number or name"))
        completer = self.department.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.colour = QComboBox()
        self.colour.setAccessibleName(self.tr("Colour"))
        for colour in Colour:
            self.colour.addItem(badge_icon(colour.value), colour_text(colour.value), colour.value)
        self.add = QPushButton(self.tr("&Add"))
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Departments given another colour"))
        self.remove = QPushButton(self.tr("&Remove"))
        row = QHBoxLayout()
        row.addWidget(self.department, 1)
        row.addWidget(self.colour)
        row.addWidget(self.add)
        departments = QWidget()
        department_box = QVBoxLayout(departments)
        department_box.addWidget(
            QLabel(self.tr("A department with this colour for the whole period:"))
        )
        department_box.addLayout(row)
        department_box.addWidget(self.chosen, 1)
        department_box.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(departments, self.tr("Department colours"))
        self.ceilings: dict[Band, QSpinBox] = {}
        self.ceiling_form = QFormLayout()
        ceilings = QWidget()
        ceilings.setLayout(self.ceiling_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(ceilings)
        self.tabs.addTab(scroll, self.tr("Rent ceilings"))
        self.persons_per_room = _norm_box(0.5)
        self.extra_rooms = _norm_box(0.0)
        norm = QWidget()
        norm_form = QFormLayout(norm)
        norm_form.addRow(self.tr("At most &persons a room:"), self.persons_per_room)
        norm_form.addRow(self.tr("At most rooms &more than persons:"), self.extra_rooms)
        self.tabs.addTab(norm, self.tr("Occupancy norm"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)

    def add_ceiling(self, band: Band, label: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, int(MAX_CEILING))
        box.setSingleStep(100)
        box.setSuffix(" kr.")
        box.setGroupSeparatorShown(True)
        box.setAccessibleName(label)
        self.ceilings[band] = box
        self.ceiling_form.addRow(label + ":", box)
        return box


class WhatIfChangesDialog(QDialog):
    """Choose the changes; `changes` holds them once the dialog is accepted."""

    def __init__(self, agreement: Agreement, current: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes to the agreement"))
        self.agreement = agreement
        self.changes = current
        self.form = WhatIfChangesForm()
        self.form.note.setText(
            self.tr(
                "The values start as in force on {day}; a changed value holds for the whole "
                "period replayed."
            ).format(day=formats.date(agreement.day))
        )
        self._departments: dict[int, DepartmentColour] = {}
        self._fill(current)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept_changes)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.form.add.clicked.connect(self.add_department)
        self.form.remove.clicked.connect(self.remove_department)
        self.resize(560, 460)

    def _fill(self, current: Changes) -> None:
        form, agreement = self.form, self.agreement
        for colour, share in form.shares.items():
            share.setValue(current.shares.get(colour, agreement.shares[colour]))
        for choice in agreement.departments:
            now = "" if choice.colour is None else f" ({colour_text(choice.colour.value)})"
            form.department.addItem(choice.label + now, choice.department_id)
        form.department.setCurrentIndex(-1)
        for ceiling in agreement.ceilings:
            box = form.add_ceiling(ceiling.band, ceiling.label)
            box.setValue(round(current.ceilings.get(ceiling.band, ceiling.ceiling)))
        form.persons_per_room.setValue(
            agreement.persons_per_room
            if current.persons_per_room is None
            else current.persons_per_room
        )
        form.extra_rooms.setValue(
            agreement.extra_rooms if current.extra_rooms is None else current.extra_rooms
        )
        for department in current.departments:
            self._show_department(department)

    def _show_department(self, department: DepartmentColour) -> None:
        self._departments[department.department_id] = department
        self.form.chosen.clear()
        for chosen in self._departments.values():
            item = QListWidgetItem(
                badge_icon(chosen.colour.value),
                self.tr("{department}: {colour}").format(
                    department=chosen.label, colour=colour_text(chosen.colour.value)
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, chosen.department_id)
            self.form.chosen.addItem(item)

    def add_department(self) -> None:
        index = self.form.department.currentIndex()
        department_id = self.form.department.itemData(index) if index >= 0 else None
        choice = None if department_id is None else self.agreement.department(department_id)
        if choice is None:
            self.form.error.setText(self.tr("Choose a department from the list."))
            return
        self.form.error.setText("")
        colour = Colour(self.form.colour.currentData())
        self._show_department(DepartmentColour(choice.department_id, choice.label, colour))

    def remove_department(self) -> None:
        item = self.form.chosen.currentItem()
        if item is not None:
            self._departments.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self.form.chosen.takeItem(self.form.chosen.row(item))

    @property
    def value(self) -> Changes:
        """The changes the form's values make (raises `ValidationError`)."""
        form = self.form
        return changes_from(
            self.agreement,
            shares={colour: box.value() for colour, box in form.shares.items()},
            ceilings={band: float(box.value()) for band, box in form.ceilings.items()},
            persons_per_room=form.persons_per_room.value(),
            extra_rooms=form.extra_rooms.value(),
            departments=list(self._departments.values()),
        )

    def accept_changes(self) -> None:
        try:
            self.changes = self.value
        except ValidationError as refused:
            self.form.error.setText(refused.message)
            return
        self.accept()
