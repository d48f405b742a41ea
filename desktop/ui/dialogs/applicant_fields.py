"""Input widgets of the applicant form: dates and amounts typed the Danish way, the household's
members, and the departments an applicant must not be offered.

Each widget reads its value with `value()`, which raises `ValidationError` (with the form's
field name) when the text cannot be read, so the form marks the field like any other rule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import labels
from desktop.core.applicants.inputs import KEEP_CPR, MemberInput
from desktop.core.applicants.views import MemberRelation, MemberView
from desktop.core.errors import ValidationError
from desktop.core.tabular.values import ValueProblem, parse_date, parse_money


class DateField(QLineEdit):
    """A date typed as 21.11.2026 (or 21-11-26, 2026-11-21); empty is None."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaximumWidth(130)

    def set_value(self, value: dt.date | None) -> None:
        self.setText("" if value is None else value.strftime("%d.%m.%Y"))

    def value(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueProblem as problem:
            raise ValidationError(problem.message, {self.field: problem.message}) from None


class MoneyField(QLineEdit):
    """An amount in kroner: 4500, 4.500, "4.500 kr."; empty is None."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("kr. a month"))
        self.setMaximumWidth(130)

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else formats.number(value))

    def value(self) -> Decimal | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except ValueProblem as problem:
            raise ValidationError(problem.message, {self.field: problem.message}) from None


class RoomsField(QSpinBox):
    """Whole rooms 1-10, or "-" (not given)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 10)
        self.setSpecialValueText("–")
        self.setMaximumWidth(80)

    def set_value(self, value: float | None) -> None:
        self.setValue(0 if value is None else round(value))

    def value_or_none(self) -> float | None:
        return None if self.value() == 0 else float(self.value())


_RELATIONS = (MemberRelation.PARTNER, MemberRelation.CHILD, MemberRelation.OTHER)


class _MemberRow:
    """One household member's widgets in the grid."""

    def __init__(self, member: MemberView | None) -> None:
        self.id = member.id if member else None
        self.has_cpr = bool(member and member.has_cpr)
        self.relation = QComboBox()
        for relation in _RELATIONS:
            self.relation.addItem(labels.relation(relation), relation.value)
        self.name = QLineEdit()
        self.birth = DateField("members")
        self.cpr = QLineEdit()
        self.cpr.setMaximumWidth(130)
        self.remove = QPushButton("✕")
        self.remove.setMaximumWidth(32)
        if member is not None:
            self.relation.setCurrentIndex(max(0, self.relation.findData(member.relation.value)))
            self.name.setText(member.name or "")
            self.birth.set_value(member.birth_date)
            if member.has_cpr:  # shown masked; the stored number is kept
                self.cpr.setPlaceholderText(member.cpr_masked)
                self.birth.setEnabled(False)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.relation, self.name, self.birth, self.cpr, self.remove)

    def value(self) -> MemberInput:
        typed = self.cpr.text().strip()
        if typed:
            number: str | None = typed
        else:
            number = KEEP_CPR if self.has_cpr else None
        return MemberInput(
            MemberRelation(self.relation.currentData()),
            self.name.text().strip() or None,
            number,
            None if self.has_cpr and not typed else self.birth.value(),
            id=self.id,
        )


class MembersEditor(QWidget):
    """The household besides the applicant: relation, name, birth date, CPR number."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_MemberRow] = []
        self._next_row = 1  # grid rows: 0 headers, 1 the applicant, then one per member
        self.summary = QLabel()
        self.summary.setObjectName("household_summary")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        for column, text in enumerate(
            (self.tr("Relation"), self.tr("Name"), self.tr("Birth date"), self.tr("CPR number"))
        ):
            header = QLabel(text)
            header.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(header, 0, column)
        self.own = [QLabel(labels.relation(MemberRelation.APPLICANT)), QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.own):
            self.grid.addWidget(label, 1, column)
        self.add_adult = QPushButton(self.tr("Add ad&ult"))
        self.add_child = QPushButton(self.tr("Add chi&ld"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_adult)
        buttons.addWidget(self.add_child)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.changed.connect(self._summarise)
        self.add_adult.clicked.connect(lambda: self.add(None, MemberRelation.PARTNER))
        self.add_child.clicked.connect(lambda: self.add(None, MemberRelation.CHILD))

    def set_applicant(self, name: str, birth: dt.date | None, cpr_masked: str) -> None:
        """The applicant's own line (edited on the first tab)."""
        self.own[1].setText(name)
        self.own[2].setText(formats.date(birth))
        self.own[3].setText(cpr_masked or labels.without_cpr())

    def set_members(self, members: tuple[MemberView, ...]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for member in members:
            if member.relation != MemberRelation.APPLICANT:
                self.add(member)
        self._summarise()

    def _summarise(self) -> None:
        children = sum(
            1 for r in self.rows if r.relation.currentData() == MemberRelation.CHILD.value
        )
        adults = 1 + len(self.rows) - children
        self.summary.setText(
            self.tr("Household: {adults} and {children}").format(
                adults=formats.plural(adults, self.tr("{n} adult"), self.tr("{n} adults")),
                children=formats.plural(children, self.tr("{n} child"), self.tr("{n} children")),
            )
        )

    def add(self, member: MemberView | None, relation: MemberRelation | None = None) -> _MemberRow:
        row = _MemberRow(member)
        if relation is not None:
            row.relation.setCurrentIndex(row.relation.findData(relation.value))
        self._next_row += 1
        number = self._next_row
        row.relation.currentIndexChanged.connect(self._summarise)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, number, column)
        for widget, name in (
            (row.relation, self.tr("Relation")),
            (row.name, self.tr("Name")),
            (row.birth, self.tr("Birth date")),
            (row.cpr, self.tr("CPR number")),
        ):
            widget.setAccessibleName(name)
        row.remove.setToolTip(self.tr("Remove from the household"))
        row.remove.setAccessibleName(self.tr("Remove from the household"))
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        if member is None:
            row.name.setFocus()
        self.changed.emit()
        return row

    def _remove(self, row: _MemberRow) -> None:
        self._drop(row)
        self.changed.emit()

    def _drop(self, row: _MemberRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.rows.remove(row)

    def value(self) -> tuple[MemberInput, ...]:
        return tuple(row.value() for row in self.rows)


class ExcludedEditor(QWidget):
    """Departments the applicant must not be offered, each with a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[int, str | None]] = []
        self.labels: dict[int, str] = {}
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.setAccessibleName(self.tr("Department"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (e.g. a conflict lives there)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.add_button = QPushButton(self.tr("E&xclude"))
        self.list = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.department, 2)
        row.addWidget(self.reason, 2)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add_chosen)

    def set_departments(self, choices: list[tuple[int, str]]) -> None:
        self.department.clear()
        for value, label in choices:
            self.department.addItem(label, value)
            self.labels[value] = label
        self.department.setCurrentIndex(-1)

    def set_entries(self, entries: list[tuple[int, str, str | None]]) -> None:
        for department_id, label, _reason in entries:
            self.labels.setdefault(department_id, label)
        self.entries = [(d, r) for d, _l, r in entries]
        self._show()

    def _add_chosen(self) -> None:
        department_id = self.department.currentData()
        if department_id is None or any(d == department_id for d, _ in self.entries):
            return
        self.entries.append((int(department_id), self.reason.text().strip() or None))
        self.reason.clear()
        self._show()

    def _show(self) -> None:
        while self.list.count():
            item = self.list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for department_id, reason in self.entries:
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            text = self.labels.get(department_id, str(department_id))
            row.addWidget(QLabel(f"{text}: {reason}" if reason else text), 1)
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda _=False, d=department_id: self._remove(d))
            row.addWidget(remove)
            self.list.addWidget(line)

    def _remove(self, department_id: int) -> None:
        self.entries = [(d, r) for d, r in self.entries if d != department_id]
        self._show()

    def value(self) -> tuple[tuple[int, str | None], ...]:
        return tuple(self.entries)
