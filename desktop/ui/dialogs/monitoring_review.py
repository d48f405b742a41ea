"""The yearly review: each department's colour now against what the monitoring figures and the
ministry lists propose, with the deciding figures; accept all or some as new placements."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.colours import FlexibleLetting, ListKind
from desktop.core.registry import monitoring, monitoring_import
from desktop.core.registry.monitoring import ReviewRow, figure_label, figure_text
from desktop.core.registry.names import flexible_name, list_name
from desktop.core.registry.thresholds import FIGURE_NAMES
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.spreadsheet_import import choose_spreadsheet, import_and_report
from desktop.ui.models.rows import NAME, TEXT, Column, RowModel
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.date_edit import date_edit, date_of
from desktop.ui.widgets.list_or_note import ListOrNote
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from desktop.core.registry.monitoring_import import MonitoringResult


class MonitoringReviewDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Monitoring review"))
        resize_within_screen(self, 1180, 640)  # never beyond a laptop's screen
        self.model = RowModel(self._columns(), parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top(workspace.today()))
        self.table = list_view(
            self.model,
            name="review_table",
            accessible=self.tr("Proposals"),
            selection=EXTENDED,
            row_padding=None,
        )
        self.table_area = ListOrNote(self.table)
        layout.addWidget(self.table_area, 1)
        self.explanation = QLabel()
        self.explanation.setObjectName("review_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setMinimumHeight(70)
        layout.addWidget(self.explanation)
        layout.addLayout(self._buttons())
        self._connect()
        self._load_years()

    def _top(self, today: dt.date) -> QHBoxLayout:
        self.year = QComboBox()
        self.year.setObjectName("review_year")
        self.effective = date_edit(dt.date(today.year + 1, 1, 1))
        self.effective.setObjectName("review_from")
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
        return top

    def _buttons(self) -> QHBoxLayout:
        self.summary = QLabel()
        self.summary.setObjectName("review_summary")
        self.accept_selected = QPushButton(self.tr("Accept &selected"))
        self.accept_all = QPushButton(self.tr("Accept &all changes"))
        self.close_button = QPushButton(self.tr("&Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.accept_selected)
        buttons.addWidget(self.accept_all)
        buttons.addWidget(self.close_button)
        return buttons

    def _connect(self) -> None:
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.effective.dateChanged.connect(lambda _d: self.refresh())
        self.only_changes.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.accept_selected.clicked.connect(self.apply_selected)
        self.accept_all.clicked.connect(self.apply_all)
        self.import_button.clicked.connect(self.import_figures)
        self.close_button.clicked.connect(self.reject)

    def _columns(self) -> list[Column[ReviewRow]]:
        def flexible(value: FlexibleLetting | None) -> str:
            return "" if value is None else flexible_name(value)

        def lists(kinds: tuple[ListKind, ...]) -> str:
            return ", ".join(list_name(k) for k in kinds)

        return [
            Column(self.tr("Org. no."), "organisation_number", deciding=True),
            Column(self.tr("Dept. no."), "department_number", deciding=True),
            Column(self.tr("Department"), "department_name", role=NAME, deciding=True),
            colour_column(self.tr("Now"), "current_colour", deciding=True),
            colour_column(self.tr("Proposed"), "proposed_colour", deciding=True),
            Column(self.tr("Flexible letting now"), "current_flexible_letting", display=flexible),
            Column(
                self.tr("Proposed flexible letting"), "proposed_flexible_letting", display=flexible
            ),
            Column(self.tr("Lists in force"), "current_lists", display=lists),
            Column(self.tr("List status by the figures"), self._list_status),
            Column(self.tr("Note"), "problem", role=TEXT),
            Column(self.tr("Deciding figures"), lambda r: " / ".join(r.reasons), role=TEXT),
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
        return date_of(self.effective)

    def _list_status(self, row: ReviewRow) -> str:
        if row.figures is None:
            return ""
        if not row.list_decided:
            return self.tr("open (missing figures)")
        return self.tr("none") if row.proposed_list is None else list_name(row.proposed_list)

    def refresh(self) -> None:
        year = self.year.currentData()
        if year is None:
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
        self.model.set_rows(rows)
        self.summary.setText(
            formats.plural(changes, self.tr("{n} proposed change"), self.tr("{n} proposed changes"))
            + ", "
            + formats.plural(
                problems,
                self.tr("{n} department without a proposal"),
                self.tr("{n} departments without a proposal"),
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
        has_changes = any(r.changes for r in self.model.rows())
        self.accept_all.setEnabled(has_changes)
        self.accept_selected.setEnabled(has_changes)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        review = self.model.row(current.row()) if current.isValid() else None
        if review is None:
            self.explanation.clear()
            return
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
        chosen = self.model.rows_at(self.table.selectionModel().selectedRows())
        return [r.department_id for r in chosen]

    def _apply(self, department_ids: list[int] | None) -> None:
        year = self.year.currentData()
        if year is None:
            return
        count = sum(
            1
            for r in self.model.rows()
            if r.changes and (department_ids is None or r.department_id in department_ids)
        )
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Accept proposals"),
            formats.plural(
                count,
                self.tr("Write {n} new placement from {date}?"),
                self.tr("Write {n} new placements from {date}?"),
            ).format(date=formats.date(self.effective_from)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws, effective_from = self.workspace, self.effective_from
        save_with_conflict_check(
            self,
            tasks,
            lambda: monitoring.apply_review(ws, int(year), effective_from, department_ids),
            on_saved=lambda _result: self.refresh(),
            on_reload=self.refresh,
        )

    def apply_selected(self) -> None:
        self._apply(self._selected_ids())

    def apply_all(self) -> None:
        self._apply(None)

    def import_figures(self) -> None:
        path = choose_spreadsheet(self, self.tr("Import monitoring figures"))
        if path is None:
            return
        ws = self.workspace
        import_and_report(
            self,
            lambda: monitoring_import.import_monitoring(ws, path),
            monitoring_import.summary,
            title=self.tr("Monitoring figures imported"),
            progress=self.tr("Importing monitoring figures"),
            then=self._imported,
        )

    def _imported(self, outcome: MonitoringResult) -> None:
        self._load_years()
        self.year.setCurrentIndex(max(0, self.year.findData(outcome.year)))
