"""The audit trail for the data-protection officer: who did what, when, to which record, about
whom and why. Filters (period, user, action, kind of record, person), a paged table, the details
of the chosen event. Read-only: nothing here (or anywhere in Anvis) changes or deletes an event.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.enums import AuditAction
from desktop.core import formats
from desktop.core.audit.queries import AuditFilter, AuditRow, choices, search
from desktop.core.workspace import Workspace
from desktop.ui.models.rows import NAME, NUMBER, TEXT, Column, RowModel
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate
from desktop.ui.widgets.list_view import list_view
from desktop.ui.widgets.screen_fit import resize_within_screen

PAGE_SIZE = 100


def _when(at: dt.datetime) -> str:
    """21.11.2026 08:10:18 (21/11/2026 in English)."""
    return f"{formats.date(at.date())} {at:%H:%M:%S}"


def action_label(action: str) -> str:
    labels = {
        AuditAction.CREATE: QCoreApplication.translate("AuditViewer", "Created"),
        AuditAction.UPDATE: QCoreApplication.translate("AuditViewer", "Changed"),
        AuditAction.DELETE: QCoreApplication.translate("AuditViewer", "Deleted"),
        AuditAction.IMPORT: QCoreApplication.translate("AuditViewer", "Imported"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditViewer", "Exported"),
        AuditAction.PRINT: QCoreApplication.translate("AuditViewer", "Printed"),
        AuditAction.REVEAL_CPR: QCoreApplication.translate("AuditViewer", "CPR shown"),
        AuditAction.SEARCH_CPR: QCoreApplication.translate("AuditViewer", "Searched by CPR"),
        AuditAction.VIEW: QCoreApplication.translate("AuditViewer", "Viewed"),
        AuditAction.ANONYMISE: QCoreApplication.translate("AuditViewer", "Anonymised"),
        AuditAction.BACKUP: QCoreApplication.translate("AuditViewer", "Backup"),
        AuditAction.RESTORE: QCoreApplication.translate("AuditViewer", "Restored"),
    }
    try:
        return labels[AuditAction(action)]
    except ValueError:
        return action


def record_label(kind: str) -> str:
    """ "vacancy" -> "Ledig bolig" (a record kind Anvis does not know keeps its name)."""
    label = _record_labels().get(kind)
    return kind.replace("_", " ") if label is None else label


def _record_labels() -> dict[str, str]:
    """The records the trail names, as the desk calls them (the trail stores the table's name)."""
    return {
        "applicant": QCoreApplication.translate("AuditRecord", "Applicant"),
        "applicant_event": QCoreApplication.translate("AuditRecord", "Applicant event"),
        "applicant_excluded_department": QCoreApplication.translate(
            "AuditRecord", "Excluded department"
        ),
        "caseworker": QCoreApplication.translate("AuditRecord", "Caseworker"),
        "column_mapping": QCoreApplication.translate("AuditRecord", "Column choice"),
        "database": QCoreApplication.translate("AuditRecord", "Database"),
        "department": QCoreApplication.translate("AuditRecord", "Department"),
        "department_vacancy_count": QCoreApplication.translate(
            "AuditRecord", "Department's vacancies"
        ),
        "household_member": QCoreApplication.translate("AuditRecord", "Household member"),
        "housing_area": QCoreApplication.translate("AuditRecord", "Housing area"),
        "import_batch": QCoreApplication.translate("AuditRecord", "Import"),
        "import_row": QCoreApplication.translate("AuditRecord", "Imported row"),
        "intake_check": QCoreApplication.translate("AuditRecord", "Intake check"),
        "intake_snapshot": QCoreApplication.translate("AuditRecord", "Intake check data"),
        "legal_fact": QCoreApplication.translate("AuditRecord", "Legal fact"),
        "letter": QCoreApplication.translate("AuditRecord", "Letter"),
        "letter_template": QCoreApplication.translate("AuditRecord", "Letter template"),
        "ministry_list": QCoreApplication.translate("AuditRecord", "Ministry list"),
        "ministry_list_entry": QCoreApplication.translate("AuditRecord", "Ministry list entry"),
        "monitoring_figures": QCoreApplication.translate("AuditRecord", "Monitoring figures"),
        "offer": QCoreApplication.translate("AuditRecord", "Offer"),
        "offer_event": QCoreApplication.translate("AuditRecord", "Offer event"),
        "organisation": QCoreApplication.translate("AuditRecord", "Organisation"),
        "placement": QCoreApplication.translate("AuditRecord", "Placement"),
        "setting": QCoreApplication.translate("AuditRecord", "Setting"),
        "vacancy": QCoreApplication.translate("AuditRecord", "Vacancy"),
        "vacancy_event": QCoreApplication.translate("AuditRecord", "Vacancy event"),
    }


def audit_columns() -> list[Column[AuditRow]]:
    """One page of events, newest first, as the officer reads them."""
    return [
        Column(
            QCoreApplication.translate("AuditViewer", "Time"), "at", display=_when, deciding=True
        ),
        Column(QCoreApplication.translate("AuditViewer", "User"), "user", role=NAME, deciding=True),
        Column(QCoreApplication.translate("AuditViewer", "Workstation"), "workstation", role=NAME),
        Column(
            QCoreApplication.translate("AuditViewer", "Action"),
            "action",
            display=action_label,
            deciding=True,
        ),
        Column(
            QCoreApplication.translate("AuditViewer", "Record"),
            "entity_type",
            display=record_label,
            deciding=True,
        ),
        Column(QCoreApplication.translate("AuditViewer", "No."), "entity_id", role=NUMBER),
        Column(QCoreApplication.translate("AuditViewer", "Person"), "applicant_id", role=NUMBER),
        Column(QCoreApplication.translate("AuditViewer", "Purpose"), "purpose", role=TEXT),
        Column(
            QCoreApplication.translate("AuditViewer", "What"),
            "summary",
            role=TEXT,
            tooltip=_summary,
        ),
    ]


def _summary(row: AuditRow) -> str:
    return row.summary


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
        self.model = RowModel(audit_columns(), parent=self)
        self._layout()
        self._connect()
        self._fill_choices()
        self.clear_filters()
        resize_within_screen(self, 1100, 640)  # never beyond a laptop's screen

    def _layout(self) -> None:
        self.filters = AuditFilters()
        self.table = list_view(
            self.model, accessible=self.tr("Audit events"), sorted_by=None, row_padding=None
        )
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

    def _connect(self) -> None:
        self.filters.apply.clicked.connect(self.apply_filters)
        self.filters.reset.clicked.connect(self.clear_filters)
        self.filters.person.returnPressed.connect(self.apply_filters)
        self.previous.clicked.connect(lambda: self.show_page(self.offset - PAGE_SIZE))
        self.next.clicked.connect(lambda: self.show_page(self.offset + PAGE_SIZE))
        self.table.selectionModel().currentRowChanged.connect(self._show_details)

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
            since=date_of(self.filters.since),
            until=date_of(self.filters.until),
            user=self.filters.user.currentData(),
            action=self.filters.action.currentData(),
            entity_type=self.filters.entity.currentData(),
            applicant_id=int(person) if person.isdigit() else None,
        )

    def clear_filters(self) -> None:
        today = to_qdate(dt.date.today())
        self.filters.since.setDate(today.addMonths(-1))
        self.filters.until.setDate(today)
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
        row = self.model.row(current.row()) if current.isValid() else None
        if row is None:
            self.details.clear()
            return
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
