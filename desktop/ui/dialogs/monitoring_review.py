"""The yearly review: each department's colour now against what the monitoring figures and the
ministry lists propose, with the deciding figures; accept all or some as new placements."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.registry import monitoring
from desktop.core.registry.lookup import flexible_name
from desktop.core.registry.monitoring import ReviewRow, figure_label, figure_text, list_name
from desktop.core.registry.thresholds import FIGURE_NAMES
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.models.rows import Column, RowModel
from desktop.ui.tasks import run_task
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.date_edit import date_edit
from desktop.ui.widgets.list_or_note import ListOrNote
from desktop.ui.widgets.screen_fit import resize_within_screen


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MonitoringReviewDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Monitoring review"))
        resize_within_screen(self, 1180, 640)  # never beyond a laptop's screen
        self.year = QComboBox()
        self.year.setObjectName("review_year")
        self.effective = date_edit()
        self.effective.setObjectName("review_from")
        today = workspace.today()
        self.effective.setDate(_qdate(dt.date(today.year + 1, 1, 1)))
        self.only_changes = QCheckBox(self.tr("Only &proposed changes and problems"))
        self.only_changes.setChecked(True)
        self.import_button = QPushButton(self.tr("&Import figures…"))
        year_label = QLabel(self.tr("&Figures of:"))
        year_label.setBuddy(self.year)
        from_label = QLabel(self.tr("New colours &from:"))
        from_label.setBuddy(self.effective)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(from_label)
        top.addWidget(self.effective)
        top.addSpacing(12)
        top.addWidget(self.only_changes)
        top.addStretch(1)
        top.addWidget(self.import_button)

        self.model = RowModel(self._columns(), parent=self)
        self.table = QTableView()
        self.table.setObjectName("review_table")
        self.table.setAccessibleName(self.tr("Proposals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # after the indicator: core's order until clicked
        self.table_area = ListOrNote(self.table)
        self.explanation = QLabel()
        self.explanation.setObjectName("review_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setMinimumHeight(70)
        self.summary = QLabel()
        self.summary.setObjectName("review_summary")

        self.accept_selected = QPushButton(self.tr("Accept &selected"))
        self.accept_all = QPushButton(self.tr("Accept &all changes"))
        close = QPushButton(self.tr("&Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.accept_selected)
        buttons.addWidget(self.accept_all)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_area, 1)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)

        self._rows: list[ReviewRow] = []
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.effective.dateChanged.connect(lambda _d: self.refresh())
        self.only_changes.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.accept_selected.clicked.connect(self.apply_selected)
        self.accept_all.clicked.connect(self.apply_all)
        self.import_button.clicked.connect(self.import_figures)
        close.clicked.connect(self.reject)
        self._load_years()

    def _columns(self) -> list[Column]:
        def flexible(value: Any) -> str:
            return "" if value is None else flexible_name(value)

        def lists(kinds: Any) -> str:
            return ", ".join(list_name(k) for k in kinds)

        return [
            Column(self.tr("Org. no."), 1),
            Column(self.tr("Dept. no."), 2),
            Column(self.tr("Department"), 3),
            colour_column(self.tr("Now"), 4),
            colour_column(self.tr("Proposed"), 5),
            Column(self.tr("Flexible letting now"), 6, display=flexible),
            Column(self.tr("Proposed flexible letting"), 7, display=flexible),
            Column(self.tr("Lists in force"), 8, display=lists),
            Column(self.tr("List status by the figures"), 9),
            Column(self.tr("Note"), 11),
            Column(self.tr("Deciding figures"), 10),
        ]

    def _load_years(self) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for year in monitoring.years_with_figures(self.workspace):
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        self.refresh()

    @property
    def effective_from(self) -> dt.date:
        return _date(self.effective.date())

    def _list_status(self, row: ReviewRow) -> str:
        if row.figures is None:
            return ""
        if not row.list_decided:
            return self.tr("open (missing figures)")
        return self.tr("none") if row.proposed_list is None else list_name(row.proposed_list)

    def refresh(self) -> None:
        year = self.year.currentData()
        if year is None:
            self._rows = []
            self.model.set_rows([])
            self.summary.setText(self.tr("No monitoring figures yet: import a file first."))
            self.table_area.show_note(
                self.tr(
                    "No monitoring figures yet. Import the year's figures (an Excel workbook "
                    "with one row per department) with Import figures…; Anvis then proposes "
                    "each department's colour and list status from them."
                )
            )
            self.explanation.clear()
            self._update_buttons()
            return
        rows = monitoring.review(self.workspace, int(year), self.effective_from)
        changes = sum(1 for r in rows if r.changes)
        problems = sum(1 for r in rows if r.problem and r.proposed_colour is None)
        if self.only_changes.isChecked():
            rows = [r for r in rows if r.changes or r.problem]
        self._rows = rows
        self.model.set_rows(
            [
                (
                    i,
                    r.organisation_number,
                    r.department_number,
                    r.department_name,
                    None if r.current_colour is None else r.current_colour.value,
                    None if r.proposed_colour is None else r.proposed_colour.value,
                    r.current_flexible_letting,
                    r.proposed_flexible_letting,
                    r.current_lists,
                    self._list_status(r),
                    " / ".join(r.reasons),
                    r.problem or "",
                )
                for i, r in enumerate(rows)
            ]
        )
        self.table.resizeColumnsToContents()
        for column in (9, 10):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 300))
        self.summary.setText(
            self.tr("{changes} proposed changes, {problems} departments without a proposal").format(
                changes=changes, problems=problems
            )
        )
        self._update_buttons()
        if rows:
            self.table_area.show_list()
            self.table.selectRow(0)
        else:
            self.table_area.show_note(
                self.tr(
                    "No department has a proposed change or a problem. Untick “Only proposed "
                    "changes and problems” to see every department."
                )
                if self.only_changes.isChecked()
                else self.tr("The figures of this year name no department.")
            )
            self.explanation.clear()

    def _update_buttons(self) -> None:
        has_changes = any(r.changes for r in self._rows)
        self.accept_all.setEnabled(has_changes)
        self.accept_selected.setEnabled(has_changes)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.explanation.clear()
            return
        row = self.model.row(current.row())
        if row is None:
            return
        review = self._rows[row[0]]
        title = f"{review.organisation_number}-{review.department_number} {review.department_name}"
        lines = [f"<b>{escape(title)}</b>"]
        if review.figures is not None:
            figures = ", ".join(
                f"{figure_label(n)} {figure_text(n, getattr(review.figures, n))}"
                for n in FIGURE_NAMES
            )
            lines.append(escape(figures))
        lines.extend(escape(reason) for reason in review.reasons)
        if review.problem:
            lines.append(f"<i>{escape(review.problem)}</i>")
        self.explanation.setText("<br>".join(lines))

    def _selected_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row(index.row())
            if row is not None:
                ids.append(self._rows[row[0]].department_id)
        return ids

    def _apply(self, department_ids: list[int] | None) -> None:
        year = self.year.currentData()
        if year is None:
            return
        count = sum(
            1
            for r in self._rows
            if r.changes and (department_ids is None or r.department_id in department_ids)
        )
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Accept proposals"),
            self.tr("Write {count} new placements from {date}?").format(
                count=count, date=formats.date(self.effective.date().toPython())
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws, effective_from = self.workspace, self.effective_from
        run_task(
            lambda: monitoring.apply_review(ws, int(year), effective_from, department_ids),
            on_done=lambda _result: self.refresh(),
            on_error=lambda error: handle_conflict(self, error, self.refresh),
            parent=self,
            write=True,
        )

    def apply_selected(self) -> None:
        self._apply(self._selected_ids())

    def apply_all(self) -> None:
        self._apply(None)

    def import_figures(self) -> None:
        from desktop.core.registry.monitoring_import import (  # noqa: PLC0415
            import_monitoring,
            summary_lines,
        )

        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import monitoring figures"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if not name:
            return
        ws = self.workspace

        def done(outcome: Any) -> None:
            QMessageBox.information(
                self, self.tr("Monitoring figures imported"), "\n".join(summary_lines(outcome))
            )
            self._load_years()
            self.year.setCurrentIndex(max(0, self.year.findData(outcome.year)))

        run_task(
            lambda: import_monitoring(ws, Path(name)),
            on_done=done,
            parent=self,
            progress=self.tr("Importing monitoring figures"),
            write=True,
        )
