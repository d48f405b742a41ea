"""The quota dialog: per department and organisation, dwellings reported to the desk in a period
against all the department's vacancies and the agreed share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.intake import listing, quota
from desktop.core.intake.quota import QuotaLine
from desktop.core.workspace import Workspace
from desktop.ui.models.rows import RIGHT, Column, RowModel
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.date_edit import date_edit


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _row(line: QuotaLine) -> tuple[Any, ...]:
    department = (
        ""
        if line.department_number is None
        else (f"{line.department_number} {line.department_name}")
    )
    return (
        f"{line.organisation_number} {line.organisation_name}",
        department,
        line.colour,
        line.share_percent,
        line.total_vacancies,
        line.expected,
        line.reported,
        line.kept,
        line.reported_percent,
        line.met,
    )


class QuotaDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Quota"))
        self.resize(960, 560)
        today = workspace.today()
        self.start = date_edit(dt.date(today.year, 1, 1))
        self.start.setAccessibleName(self.tr("From"))
        self.end = date_edit(today)
        self.end.setAccessibleName(self.tr("To"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.addItem(self.tr("All organisations"), None)
        for choice in listing.organisations(workspace):
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
        self.departments = RowModel(self._columns(with_department=True), parent=self)
        self.organisations = RowModel(self._columns(with_department=False), parent=self)
        tabs = QTabWidget()
        for model, title in (
            (self.departments, self.tr("Per department")),
            (self.organisations, self.tr("Per organisation")),
        ):
            view = QTableView()
            view.setAccessibleName(title)
            view.setModel(model)
            view.setSortingEnabled(True)
            view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            tabs.addTab(view, title)
        self.note = QLabel(
            self.tr(
                "Reported: dwellings the organisation reported to the desk in the period. "
                "All vacancies: the department's own count, when the organisation sent it."
            )
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        for signal in (self.start.dateChanged, self.end.dateChanged):
            signal.connect(self.refresh)
        self.organisation.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _columns(self, *, with_department: bool) -> list[Column]:
        percent = lambda v: "" if v is None else formats.percent(v, 0)  # noqa: E731
        columns = [Column(self.tr("Organisation"), 0)]
        if with_department:
            columns += [Column(self.tr("Department"), 1), colour_column(self.tr("Colour"), 2)]
        columns += [
            Column(self.tr("Agreed share"), 3, display=percent, align=RIGHT),
            Column(self.tr("All vacancies"), 4, align=RIGHT),
            Column(self.tr("Expected"), 5, display=lambda v: formats.number(v, 1), align=RIGHT),
            Column(self.tr("Reported"), 6, align=RIGHT),
            Column(self.tr("Accepted"), 7, align=RIGHT),
            Column(self.tr("Reported share"), 8, display=percent, align=RIGHT),
            Column(self.tr("Share met"), 9, display=self._met),
        ]
        return columns

    def _met(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.tr("Yes") if value else self.tr("No")

    def refresh(self) -> None:
        report = quota.quota(
            self.workspace,
            _date(self.start.date()),
            _date(self.end.date()),
            organisation_id=self.organisation.currentData(),
        )
        self.departments.set_rows(_row(line) for line in report.departments)
        self.organisations.set_rows(_row(line) for line in report.organisations)
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()
