"""The quota dialog: per department and organisation, dwellings reported to the desk in a period
against all the department's vacancies and the agreed share."""

from __future__ import annotations

import datetime as dt

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
from desktop.ui.widgets.date_edit import date_edit, date_of
from desktop.ui.widgets.list_view import EXTENDED, list_view


def _organisation(line: QuotaLine) -> str:
    return f"{line.organisation_number} {line.organisation_name}"


def _department(line: QuotaLine) -> str:
    if line.department_number is None:
        return ""
    return f"{line.department_number} {line.department_name}"


def _percent(value: float | None) -> str:
    return "" if value is None else formats.percent(value, 0)


class QuotaDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Quota"))
        self.resize(960, 560)
        bar = self._period_bar()
        self.departments = RowModel(self._columns(with_department=True), parent=self)
        self.organisations = RowModel(self._columns(with_department=False), parent=self)
        tabs = self._tabs()
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

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        for model, title in (
            (self.departments, self.tr("Per department")),
            (self.organisations, self.tr("Per organisation")),
        ):
            view = list_view(
                model,
                accessible=title,
                selection=EXTENDED,
                sorted_by=0,
                alternate=False,
                row_padding=None,
            )
            tabs.addTab(view, title)
        return tabs

    def _columns(self, *, with_department: bool) -> list[Column[QuotaLine]]:
        columns: list[Column[QuotaLine]] = [Column(self.tr("Organisation"), _organisation)]
        if with_department:
            columns += [
                Column(self.tr("Department"), _department),
                colour_column(self.tr("Colour"), "colour"),
            ]
        columns += [
            Column(self.tr("Agreed share"), "share_percent", display=_percent, align=RIGHT),
            Column(self.tr("All vacancies"), "total_vacancies", align=RIGHT),
            Column(
                self.tr("Expected"),
                "expected",
                display=lambda v: formats.number(v, 1),
                align=RIGHT,
            ),
            Column(self.tr("Reported"), "reported", align=RIGHT),
            Column(self.tr("Accepted"), "kept", align=RIGHT),
            Column(self.tr("Reported share"), "reported_percent", display=_percent, align=RIGHT),
            Column(self.tr("Share met"), "met", display=self._met),
        ]
        return columns

    def _met(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self.tr("Yes") if value else self.tr("No")

    def refresh(self) -> None:
        report = quota.quota(
            self.workspace,
            date_of(self.start),
            date_of(self.end),
            organisation_id=self.organisation.currentData(),
        )
        self.departments.set_rows(report.departments)
        self.organisations.set_rows(report.organisations)
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()
