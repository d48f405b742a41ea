"""Rapporter: the desk's figures for a period as charts and tables, each report saved as PDF or
Excel; the yearly follow-up of the joint letting agreement in one click; and the workbooks that go
to the organisations (reply, intake template) and other exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reports import catalogue
from desktop.core.reports import dashboard as periods
from desktop.core.reports.model import Report
from desktop.core.whatif import report as whatif_report
from desktop.ui.errors import show_user_error
from desktop.ui.navigation import entry
from desktop.ui.pages import reports_actions
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.reports_view import ReportView
from desktop.ui.pages.reports_whatif import WhatIfBar
from desktop.ui.tasks import Task, run_task
from desktop.ui.widgets.date_edit import PeriodFields, date_edit, to_qdate
from desktop.ui.widgets.heading import title_bar

CUSTOM = "custom"


class ReportsPage(PeriodFields, reports_actions.ReportsPage):
    key = "reports"
    shown = Signal()  # a report was built and is on screen (tests wait for it)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.task: Task | None = None
        self.current: Report | None = None
        self.export_dialog: QDialog | None = None  # the workbook dialog open now (tests look)
        top = self._top_row()
        period_row = self._period_row()
        self.list = self._report_list()
        self.view = ReportView()
        self.whatif = WhatIfBar(self.workspace, lambda: (self.start, self.end))
        self.whatif.hide()
        self.whatif_shown: Report | None = None  # the last what-if replayed
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.whatif)
        right_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = self.page_layout()
        layout.addLayout(top)
        layout.addLayout(period_row)
        layout.addWidget(splitter, 1)
        self._apply_preset()
        self._connect()
        self._set_actions_enabled(False)
        self.list.setCurrentRow(0)

    def _top_row(self) -> QHBoxLayout:
        self.pdf_button = QPushButton(self.tr("Save as P&DF..."))
        self.excel_button = QPushButton(self.tr("Save as E&xcel..."))
        self.yearly_button = QPushButton(self.tr("&Yearly follow-up..."))
        # a push button with a menu: its size includes the menu arrow (a tool button's
        # instant popup drew the arrow over the text)
        self.exports_button = QPushButton(self.tr("Work&books"))
        self.exports_menu = QMenu(self.exports_button)
        self.reply_action = self.exports_menu.addAction(self.tr("&Reply to an organisation..."))
        self.template_action = self.exports_menu.addAction(self.tr("&Intake template..."))
        self.exports_menu.addSeparator()
        self.applicants_action = self.exports_menu.addAction(self.tr("&Applicant list..."))
        self.quota_action = self.exports_menu.addAction(self.tr("&Quota of the period..."))
        self.placements_action = self.exports_menu.addAction(self.tr("&Placement table..."))
        self.exports_button.setMenu(self.exports_menu)
        return title_bar(
            self.title(),
            self.pdf_button,
            self.excel_button,
            self.yearly_button,
            self.exports_button,
        )

    def _period_row(self) -> QHBoxLayout:
        self.preset = QComboBox()
        for period in periods.Period:
            self.preset.addItem(periods.period_label(period), period.value)
        self.preset.addItem(self.tr("Chosen dates"), CUSTOM)
        self.preset.setCurrentIndex(self.preset.findData(periods.Period.THIS_YEAR.value))
        preset_label = QLabel(self.tr("&Period:"))
        preset_label.setBuddy(self.preset)
        self.start_edit = date_edit()
        self.end_edit = date_edit()
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setShortcut(QKeySequence("F5"))
        row = QHBoxLayout()
        row.addWidget(preset_label)
        row.addWidget(self.preset)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.start_edit)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end_edit)
        row.addWidget(self.show_button)
        row.addStretch(1)
        return row

    def _report_list(self) -> QListWidget:
        reports = QListWidget()
        reports.setAccessibleName(self.tr("Reports"))
        for key, title in [*catalogue.titles(), (whatif_report.KEY, whatif_report.title())]:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            reports.addItem(item)
        reports.setWordWrap(True)
        reports.setSpacing(2)  # the titles read as a list, not a block of text
        reports.setMinimumWidth(240)
        reports.setMaximumWidth(340)
        return reports

    def _connect(self) -> None:
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        self.start_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.end_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.list.currentRowChanged.connect(lambda _row: self.refresh())
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: reports_actions.save_current(self, ".pdf"))
        self.excel_button.clicked.connect(lambda: reports_actions.save_current(self, ".xlsx"))
        self.yearly_button.clicked.connect(lambda: reports_actions.yearly(self))
        self.reply_action.triggered.connect(lambda: reports_actions.reply(self))
        self.template_action.triggered.connect(lambda: reports_actions.template(self))
        self.applicants_action.triggered.connect(lambda: reports_actions.applicants(self))
        self.quota_action.triggered.connect(lambda: reports_actions.quota(self))
        self.placements_action.triggered.connect(lambda: reports_actions.placements(self))
        self.whatif.computed.connect(self._show_whatif)
        self.whatif.failed.connect(lambda: self._set_actions_enabled(self.current is not None))

    @staticmethod
    def title() -> str:
        return entry("reports").title()

    # --- the period ------------------------------------------------------------------------

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose exact dates (the preset becomes "Chosen dates")."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)
        self._set_dates(start, end)

    def _set_dates(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _apply_preset(self) -> None:
        chosen = self.preset.currentData()
        if chosen != CUSTOM:
            start, end = periods.period_range(periods.Period(chosen), self.workspace.today())
            self._set_dates(start, end)

    def _preset_changed(self) -> None:
        self._apply_preset()
        self.refresh()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)

    # --- building and showing --------------------------------------------------------------

    @property
    def report_key(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else catalogue.VACANCIES

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return

    def on_shown(self) -> None:
        if self.preset.currentData() != CUSTOM:
            self._apply_preset()
        self.refresh()

    def open_item(self, item: Any) -> None:
        if isinstance(item, str):
            self.select(item)

    def refresh(self) -> Task | None:
        """Build the chosen report for the period, in the background (the what-if waits for
        its changes and Replay)."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        workspace, key, start, end = self.workspace, self.report_key, self.start, self.end
        self.whatif.setVisible(key == whatif_report.KEY)
        if key == whatif_report.KEY:
            self.current = self.whatif_shown
            self.view.show_report(self.whatif_shown)
            self._set_actions_enabled(self.whatif_shown is not None)
            return None
        self._set_actions_enabled(False)
        self.task = run_task(
            lambda: catalogue.build_report(workspace, key, start, end),
            on_done=self._show,
            on_error=self._failed,
            parent=self,
            progress=self.tr("Computing the report"),
        )
        return self.task

    def _show(self, report: Report) -> None:
        self.current = report
        self.view.show_report(report)
        self._set_actions_enabled(True)
        self.shown.emit()

    def _show_whatif(self, report: Report) -> None:
        self.whatif_shown = report
        if self.report_key == whatif_report.KEY:
            self._show(report)

    def _failed(self, error: Any) -> None:
        show_user_error(self, error)
        self._set_actions_enabled(self.current is not None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.excel_button.setEnabled(enabled)

    def report_file_name(self, suffix: str) -> str:
        report = self.current
        assert report is not None
        return f"{report.title} {report.start.isoformat()} {report.end.isoformat()}{suffix}"

    def default_folder(self) -> Path:
        return Path.home()


PAGE = ReportsPage
