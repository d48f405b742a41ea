"""The quota dialog: per department and organisation, dwellings reported to the desk in a period
against all the department's vacancies and the agreed share.

All vacancies ("Ledige i alt") is typed here in place: double-click a department's row (or choose
it and press Type all vacancies, or F2 on the cell). The figure is saved for the whole months of
the period shown, on the write worker, onto the figure the user saw
(`desktop.core.intake.counts.enter_total`). The departments that lack it are named above the
lists with what to do.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import Conflict, UserError
from desktop.core.intake import counts, listing, quota
from desktop.core.intake.quota import QuotaLine, QuotaReport
from desktop.core.registry.numbers import natural_key
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.models.rows import NAME, NUMBER, AnyIndex, Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.date_edit import date_edit, date_of
from desktop.ui.widgets.list_or_note import ListOrNote
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.screen_fit import resize_within_screen

NAMED = 6  # departments named in the note about missing figures; the filter shows them all
_MISSING = QColor("#b71c1c")  # with the word "missing": colour is not the only sign


def _organisation(line: QuotaLine) -> str:
    return f"{line.organisation_number} {line.organisation_name}"


def _department(line: QuotaLine) -> str:
    if line.department_number is None:
        return ""
    return f"{line.department_number} {line.department_name}"


def _organisation_order(line: QuotaLine) -> Any:
    return natural_key(line.organisation_number), natural_key(line.department_number or "")


def _department_order(line: QuotaLine) -> Any:
    return natural_key(line.department_number or ""), natural_key(line.organisation_number)


def _percent(value: float | None) -> str:
    return "" if value is None else formats.percent(value, 0)


def _total_order(line: QuotaLine) -> Any:
    return (line.total_vacancies is None, line.total_vacancies or 0)


class TotalsModel(RowModel[QuotaLine]):
    """The department lines; the All vacancies cell of a department is edited in place, and
    `total_typed(line, total or None)` asks the dialog to save it (the row changes when the
    saved figures are read again)."""

    total_typed = Signal(object, object)

    def __init__(self, columns: list[Column[QuotaLine]], total_column: int, parent: Any) -> None:
        super().__init__(columns, parent=parent)
        self.total_column = total_column

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.total_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.column() == self.total_column:
            line = self.row(index.row())
            total = None if line is None else line.total_vacancies
            return "" if total is None else str(total)
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.row(index.row())
        if role != Qt.ItemDataRole.EditRole or index.column() != self.total_column or not line:
            return False
        text = str(value or "").strip()
        total = int(text) if text else None
        if total != line.total_vacancies:
            self.total_typed.emit(line, total)
        return True


class TotalDelegate(QStyledItemDelegate):
    """The editor of All vacancies: digits only (empty removes the figure typed here)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(self.tr("All vacancies"))
        return editor


class QuotaDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report: QuotaReport | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Quota"))
        resize_within_screen(self, 1300, 680)
        bar = self._period_bar()
        columns = self._columns(with_department=True)
        total = next(i for i, c in enumerate(columns) if c.header == self.tr("All vacancies"))
        self.departments = TotalsModel(columns, total, self)
        self.organisations = RowModel(self._columns(with_department=False), parent=self)
        self.missing = self._missing_note()
        tabs = self._tabs()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.missing)
        layout.addLayout(self._edit_bar())
        layout.addWidget(tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._connect()
        self.refresh()

    def _period_bar(self) -> QHBoxLayout:
        today = self.workspace.today()
        self.start = date_edit(dt.date(today.year, 1, 1))
        self.start.setAccessibleName(self.tr("From"))
        self.end = date_edit(today)
        self.end.setAccessibleName(self.tr("To"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.addItem(self.tr("All organisations"), None)
        for choice in listing.organisations(self.workspace):
            self.organisation.addItem(f"{choice.number} {choice.name}", choice.id)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("&From:"), self.start),
            (self.tr("&To:"), self.end),
            (self.tr("&Organisation:"), self.organisation),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _missing_note(self) -> QLabel:
        note = QLabel()
        note.setObjectName("quota_missing")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setStyleSheet(
            "background: #fff3cd; border: 1px solid #e0c068; padding: 6px; color: #5c4400;"
        )
        return note

    def _edit_bar(self) -> QHBoxLayout:
        self.edit_button = QPushButton(self.tr("&Type all vacancies…"))
        self.edit_button.setToolTip(
            self.tr("Type the chosen department's vacancies of the whole months shown.")
        )
        self.only_missing = QCheckBox(self.tr("Show only departments &without all vacancies"))
        bar = QHBoxLayout()
        bar.addWidget(self.edit_button)
        bar.addWidget(self.only_missing)
        bar.addStretch(1)
        return bar

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.department_view = self._view(self.departments, self.tr("Per department"))
        self.department_view.setObjectName("quota_departments")
        self.department_view.setItemDelegateForColumn(
            self.departments.total_column, TotalDelegate(self.department_view)
        )
        self.department_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.department_area = ListOrNote(self.department_view)
        self.tabs.addTab(self.department_area, self.tr("Per department"))
        organisation_view = self._view(self.organisations, self.tr("Per organisation"))
        self.tabs.addTab(organisation_view, self.tr("Per organisation"))
        return self.tabs

    def _view(self, model: RowModel[QuotaLine], title: str) -> QTableView:
        return list_view(
            model,
            accessible=title,
            selection=EXTENDED,
            sorted_by=0,
            alternate=False,
            row_padding=None,
        )

    def _connect(self) -> None:
        for signal in (self.start.dateChanged, self.end.dateChanged):
            signal.connect(self.refresh)
        self.organisation.currentIndexChanged.connect(self.refresh)
        self.only_missing.toggled.connect(self._show_rows)
        self.edit_button.clicked.connect(self.edit_total)
        self.department_view.doubleClicked.connect(self._edit_at)
        self.departments.total_typed.connect(self.save_total)

    def _columns(self, *, with_department: bool) -> list[Column[QuotaLine]]:
        columns: list[Column[QuotaLine]] = [
            Column(
                self.tr("Organisation"),
                lambda line: line,
                display=_organisation,
                role=NAME,
                # per department the organisation gives way first (the filter above names it)
                deciding=not with_department,
                sort_key=_organisation_order,
            )
        ]
        if with_department:
            columns += [
                Column(
                    self.tr("Department"),
                    lambda line: line,
                    display=_department,
                    role=NAME,
                    deciding=True,
                    sort_key=_department_order,
                ),
                colour_column(self.tr("Colour"), "colour", deciding=True),
            ]
        columns += [
            Column(
                self.tr("Agreed share"),
                "share_percent",
                display=_percent,
                role=NUMBER,
                deciding=True,
            ),
            Column(
                self.tr("All vacancies"),
                lambda line: line,
                display=self._total_text,
                role=NUMBER,
                deciding=True,
                tooltip=self._total_tip,
                foreground=lambda line: _MISSING if line.lacking else None,
                sort_key=_total_order,
            ),
            Column(
                self.tr("Expected"),
                "expected",
                display=lambda v: formats.number(v, 1),
                role=NUMBER,
                deciding=True,
            ),
            Column(self.tr("Reported"), "reported", role=NUMBER, deciding=True),
            Column(self.tr("Accepted"), "kept", role=NUMBER, deciding=True),
            Column(
                self.tr("Reported share"),
                "reported_percent",
                display=_percent,
                role=NUMBER,
                deciding=True,
            ),
            Column(
                self.tr("Share met"),
                lambda line: line,
                display=self._met,
                deciding=True,
                sortable=False,
            ),
        ]
        return columns

    def _total_text(self, line: QuotaLine) -> str:
        if line.total_vacancies is not None:
            return str(line.total_vacancies)
        if line.lacking and line.department_id is not None:
            return self.tr("missing")
        return ""

    def _total_tip(self, line: QuotaLine) -> str | None:
        if line.department_id is None:
            if not line.lacking:
                return None
            return self.tr("Departments without all vacancies: {count}").format(count=line.lacking)
        counted = ", ".join(f"{formats.date(a)}–{formats.date(b)}" for a, b in line.counted)
        tip = self.tr("Double-click to type the vacancies of the whole months shown.")
        if counted:
            return self.tr("Counted for {periods}.").format(periods=counted) + " " + tip
        return tip

    def _met(self, line: QuotaLine) -> str:
        if line.met is None:
            return self.tr("Cannot be judged") if line.lacking else ""
        return self.tr("Yes") if line.met else self.tr("No")

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        return date_of(self.start), date_of(self.end)

    def refresh(self) -> None:
        start, end = self.period
        if end < start:
            return  # the date fields say so; nothing sensible to show
        self.report = quota.quota(
            self.workspace, start, end, organisation_id=self.organisation.currentData()
        )
        self.organisations.set_rows(self.report.organisations)
        self._show_rows()
        self._show_missing(self.report)
        self._show_note(self.report)

    def _show_note(self, report: QuotaReport) -> None:
        text = self.tr(
            "Reported: dwellings the organisation reported to the desk in the period. "
            "All vacancies: all the department's vacant dwellings in the period, from the "
            "column “Ledige i alt” of the organisation's files or typed here."
        )
        if report.own_right:
            text += " " + formats.plural(
                report.own_right,
                self.tr(
                    "{n} dwelling of a scheme with its own allocation right is not counted in "
                    "the share (Reports › Housing schemes)."
                ),
                self.tr(
                    "{n} dwellings of schemes with their own allocation right are not counted in "
                    "the share (Reports › Housing schemes)."
                ),
            )
        self.note.setText(text)

    def _show_rows(self) -> None:
        if self.report is None:
            return
        lines = self.report.lacking if self.only_missing.isChecked() else self.report.departments
        chosen = self.departments.row(self.department_view.currentIndex().row())
        self.departments.set_rows(lines)
        if chosen is not None:  # the same department stays chosen, e.g. after a save
            row = self.departments.find(lambda line: line.department_id == chosen.department_id)
            if row >= 0:
                self.department_view.setCurrentIndex(self.departments.index(row, 0))
        if not self.report.departments:
            self.department_area.show_note(
                self.tr(
                    "There are no departments yet. Import the organisations' master data under "
                    "Departments; then each department shows here."
                )
            )
        else:
            self.department_area.show_list()

    def _show_missing(self, report: QuotaReport) -> None:
        lacking = report.lacking
        self.only_missing.setEnabled(bool(lacking) or self.only_missing.isChecked())
        self.edit_button.setEnabled(bool(report.departments))
        if not lacking:
            self.missing.hide()
            return
        names = ", ".join(line.label for line in lacking[:NAMED])
        if len(lacking) > NAMED:
            names = self.tr("{names} and others").format(names=names)
        head = formats.plural(
            len(lacking),
            self.tr(
                "{n} department has no count of all its vacancies in the period, so its share "
                "cannot be judged: {names}."
            ),
            self.tr(
                "{n} departments have no count of all their vacancies in the period, so their "
                "share cannot be judged: {names}."
            ),
        ).format(names=names)
        start, end = report.counted_months
        todo = self.tr(
            "Double-click a department's All vacancies and type the number of its vacant "
            "dwellings from {start} to {end} (whole months), or ask the organisation to fill in "
            "the column “Ledige i alt” of its vacancy file: Anvis reads it on import."
        ).format(start=formats.date(start), end=formats.date(end))
        self.missing.setText(head + "\n" + todo)
        self.missing.show()

    # --- typing all vacancies ------------------------------------------------------------

    def _edit_at(self, index: QModelIndex) -> None:
        """A double-click anywhere on a department's row edits its All vacancies."""
        self.department_view.edit(index.siblingAtColumn(self.departments.total_column))

    def edit_total(self) -> None:
        """Edit the chosen department's All vacancies (the first row when none is chosen)."""
        if self.departments.rowCount() == 0:
            return
        self.tabs.setCurrentWidget(self.department_area)
        current = self.department_view.currentIndex()
        row = current.row() if current.isValid() else 0
        index = self.departments.index(row, self.departments.total_column)
        self.department_view.setCurrentIndex(index)
        self.department_view.edit(index)

    def save_total(self, line: QuotaLine, total: int | None) -> Task | None:
        """Save the typed figure for the period shown, onto the figure the user saw."""
        if line.department_id is None or self.report is None:
            return None
        ws, department_id = self.workspace, line.department_id
        period = (self.report.period_start, self.report.period_end)
        seen = line.entered
        self.task = tasks.write(
            lambda: counts.enter_total(ws, department_id, period, total, seen=seen),
            on_done=lambda _saved: self.refresh(),
            on_error=self._not_saved,
            parent=self,
        )
        return self.task

    def _not_saved(self, error: UserError) -> None:
        labels = {"total_vacancies": self.tr("All vacancies")}
        handle_conflict(self, error, self.refresh, labels)
        if not isinstance(error, Conflict):  # refused or removed meanwhile: show what is stored
            self.refresh()
