"""The audit trail for the data-protection officer: who did what, when, to which record, about
whom and why. Filters (period, user, action, kind of record, person), a paged table, the details
of the chosen event. Read-only: nothing here (or anywhere in Anvis) changes or deletes an event.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.enums import AuditAction
from desktop.core import formats
from desktop.core.audit.queries import AuditFilter, AuditRow, choices, search
from desktop.core.workspace import Workspace
from desktop.ui.widgets.date_edit import date_edit
from desktop.ui.widgets.screen_fit import resize_within_screen

PAGE_SIZE = 100


def _when(at: dt.datetime) -> str:
    """21.11.2026 08:10:18 (21/11/2026 in English)."""
    return f"{formats.date(at.date())} {at:%H:%M:%S}"


ACTION_LABELS = {
    AuditAction.CREATE: QT_TRANSLATE_NOOP("AuditViewer", "Created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("AuditViewer", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("AuditViewer", "Deleted"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("AuditViewer", "Imported"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("AuditViewer", "Exported"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("AuditViewer", "Printed"),
    AuditAction.REVEAL_CPR: QT_TRANSLATE_NOOP("AuditViewer", "CPR shown"),
    AuditAction.SEARCH_CPR: QT_TRANSLATE_NOOP("AuditViewer", "Searched by CPR"),
    AuditAction.VIEW: QT_TRANSLATE_NOOP("AuditViewer", "Viewed"),
    AuditAction.ANONYMISE: QT_TRANSLATE_NOOP("AuditViewer", "Anonymised"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("AuditViewer", "Backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditViewer", "Restored"),
}

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditViewer", "Time"),
    QT_TRANSLATE_NOOP("AuditViewer", "User"),
    QT_TRANSLATE_NOOP("AuditViewer", "Workstation"),
    QT_TRANSLATE_NOOP("AuditViewer", "Action"),
    QT_TRANSLATE_NOOP("AuditViewer", "Record"),
    QT_TRANSLATE_NOOP("AuditViewer", "No."),
    QT_TRANSLATE_NOOP("AuditViewer", "Person"),
    QT_TRANSLATE_NOOP("AuditViewer", "Purpose"),
    QT_TRANSLATE_NOOP("AuditViewer", "What"),
)


# the records the trail names, as the desk calls them (the trail stores the table's name)
RECORD_LABELS = {
    "applicant": QT_TRANSLATE_NOOP("AuditRecord", "Applicant"),
    "applicant_event": QT_TRANSLATE_NOOP("AuditRecord", "Applicant event"),
    "applicant_excluded_department": QT_TRANSLATE_NOOP("AuditRecord", "Excluded department"),
    "caseworker": QT_TRANSLATE_NOOP("AuditRecord", "Caseworker"),
    "column_mapping": QT_TRANSLATE_NOOP("AuditRecord", "Column choice"),
    "database": QT_TRANSLATE_NOOP("AuditRecord", "Database"),
    "department": QT_TRANSLATE_NOOP("AuditRecord", "Department"),
    "department_vacancy_count": QT_TRANSLATE_NOOP("AuditRecord", "Department's vacancies"),
    "household_member": QT_TRANSLATE_NOOP("AuditRecord", "Household member"),
    "housing_area": QT_TRANSLATE_NOOP("AuditRecord", "Housing area"),
    "import_batch": QT_TRANSLATE_NOOP("AuditRecord", "Import"),
    "import_row": QT_TRANSLATE_NOOP("AuditRecord", "Imported row"),
    "intake_check": QT_TRANSLATE_NOOP("AuditRecord", "Intake check"),
    "intake_snapshot": QT_TRANSLATE_NOOP("AuditRecord", "Intake check data"),
    "legal_fact": QT_TRANSLATE_NOOP("AuditRecord", "Legal fact"),
    "letter": QT_TRANSLATE_NOOP("AuditRecord", "Letter"),
    "letter_template": QT_TRANSLATE_NOOP("AuditRecord", "Letter template"),
    "ministry_list": QT_TRANSLATE_NOOP("AuditRecord", "Ministry list"),
    "ministry_list_entry": QT_TRANSLATE_NOOP("AuditRecord", "Ministry list entry"),
    "monitoring_figures": QT_TRANSLATE_NOOP("AuditRecord", "Monitoring figures"),
    "offer": QT_TRANSLATE_NOOP("AuditRecord", "Offer"),
    "offer_event": QT_TRANSLATE_NOOP("AuditRecord", "Offer event"),
    "organisation": QT_TRANSLATE_NOOP("AuditRecord", "Organisation"),
    "placement": QT_TRANSLATE_NOOP("AuditRecord", "Placement"),
    "setting": QT_TRANSLATE_NOOP("AuditRecord", "Setting"),
    "vacancy": QT_TRANSLATE_NOOP("AuditRecord", "Vacancy"),
    "vacancy_event": QT_TRANSLATE_NOOP("AuditRecord", "Vacancy event"),
}


def record_label(kind: str) -> str:
    """ "vacancy" -> "Ledig bolig" (a record kind Anvis does not know keeps its name)."""
    if kind in RECORD_LABELS:
        return QCoreApplication.translate("AuditRecord", RECORD_LABELS[kind])
    return kind.replace("_", " ")


def action_label(action: str) -> str:
    try:
        return QCoreApplication.translate("AuditViewer", ACTION_LABELS[AuditAction(action)])
    except ValueError:
        return action


class AuditTableModel(QAbstractTableModel):
    """One page of events as plain rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditViewer", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                _when(row.at),
                row.user,
                row.workstation,
                action_label(row.action),
                record_label(row.entity_type),
                "" if row.entity_id is None else str(row.entity_id),
                "" if row.applicant_id is None else str(row.applicant_id),
                row.purpose or "",
                row.summary,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            return row.summary
        return None


class AuditFilters(QWidget):
    """The filter fields (layout only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.since = date_edit()
        self.until = date_edit()
        self.user = QComboBox()
        self.action = QComboBox()
        self.entity = QComboBox()
        self.person = QLineEdit()
        self.person.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.person.setPlaceholderText(self.tr("applicant no."))
        self.person.setClearButtonEnabled(True)
        self.apply = QPushButton(self.tr("&Show"))
        self.reset = QPushButton(self.tr("&All"))
        self.reset.setToolTip(self.tr("Clear every filter"))
        left = QFormLayout()
        left.addRow(self.tr("&From:"), self.since)
        left.addRow(self.tr("&To:"), self.until)
        middle = QFormLayout()
        middle.addRow(self.tr("&User:"), self.user)
        middle.addRow(self.tr("A&ction:"), self.action)
        right = QFormLayout()
        right.addRow(self.tr("&Record:"), self.entity)
        right.addRow(self.tr("&Person:"), self.person)
        buttons = QVBoxLayout()
        buttons.addWidget(self.apply)
        buttons.addWidget(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(middle)
        layout.addLayout(right)
        layout.addLayout(buttons)
        layout.addStretch(1)


class AuditViewerDialog(QDialog):
    """The behaviour: reads pages of events through core with the chosen filters."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Audit trail"))
        self.offset = 0
        self.total = 0
        self.filters = AuditFilters()
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the chosen event"))
        self.details.setPlaceholderText(self.tr("Choose an event to see its details."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self.count = QLabel()
        self.previous = QPushButton(self.tr("◀ &Previous"))
        self.next = QPushButton(self.tr("&Next ▶"))
        note = QLabel(
            self.tr(
                "Every create, change, deletion, import, export, print and CPR display is kept "
                "here. The trail cannot be changed or deleted, in Anvis or in the database."
            )
        )
        note.setWordWrap(True)
        # italic rather than a pale grey: the note stays readable (contrast)
        note.setStyleSheet("font-style: italic;")
        paging = QHBoxLayout()
        paging.addWidget(self.count, 1)
        paging.addWidget(self.previous)
        paging.addWidget(self.next)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(split, 1)
        layout.addLayout(paging)
        layout.addWidget(note)
        layout.addWidget(close)
        self.filters.apply.clicked.connect(self.apply_filters)
        self.filters.reset.clicked.connect(self.clear_filters)
        self.filters.person.returnPressed.connect(self.apply_filters)
        self.previous.clicked.connect(lambda: self.show_page(self.offset - PAGE_SIZE))
        self.next.clicked.connect(lambda: self.show_page(self.offset + PAGE_SIZE))
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self._fill_choices()
        self.clear_filters()
        resize_within_screen(self, 1100, 640)  # never beyond a laptop's screen

    def _fill_choices(self) -> None:
        users, kinds = choices(self.workspace)
        everyone = self.tr("(all)")
        self.filters.user.addItem(everyone, None)
        for user in users:
            self.filters.user.addItem(user, user)
        self.filters.action.addItem(everyone, None)
        for action in AuditAction:
            self.filters.action.addItem(action_label(action.value), action.value)
        self.filters.entity.addItem(everyone, None)
        for kind in kinds:
            self.filters.entity.addItem(record_label(kind), kind)

    @property
    def current_filter(self) -> AuditFilter:
        person = self.filters.person.text().strip()
        return AuditFilter(
            since=self.filters.since.date().toPython(),  # type: ignore[arg-type]
            until=self.filters.until.date().toPython(),  # type: ignore[arg-type]
            user=self.filters.user.currentData(),
            action=self.filters.action.currentData(),
            entity_type=self.filters.entity.currentData(),
            applicant_id=int(person) if person.isdigit() else None,
        )

    def clear_filters(self) -> None:
        today = dt.date.today()
        self.filters.since.setDate(QDate(today.year, today.month, today.day).addMonths(-1))
        self.filters.until.setDate(QDate(today.year, today.month, today.day))
        for combo in (self.filters.user, self.filters.action, self.filters.entity):
            combo.setCurrentIndex(0)
        self.filters.person.clear()
        self.apply_filters()

    def apply_filters(self) -> None:
        self.show_page(0)

    def show_page(self, offset: int) -> None:
        self.offset = max(0, offset)
        rows, self.total = search(
            self.workspace, self.current_filter, offset=self.offset, limit=PAGE_SIZE
        )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        last = self.offset + len(rows)
        if self.total:
            text = self.tr("Events {first}–{last} of {total}").format(
                first=self.offset + 1, last=last, total=self.total
            )
        else:
            text = self.tr("No events match the filters.")
        self.count.setText(text)
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(last < self.total)
        self.details.clear()
        if rows:
            self.table.selectRow(0)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.rows[current.row()]
        lines = [
            f"{_when(row.at)}  {row.user} @ {row.workstation}",
            f"{action_label(row.action)}: {record_label(row.entity_type)} "
            f"{row.entity_id or ''}".rstrip(),
        ]
        if row.applicant_id is not None:
            lines.append(self.tr("Person: applicant no. {id}").format(id=row.applicant_id))
        if row.purpose:
            lines.append(self.tr("Purpose: {purpose}").format(purpose=row.purpose))
        if row.details:
            lines.append(json.dumps(row.details, ensure_ascii=False, indent=2))
        self.details.setPlainText("\n".join(lines))
