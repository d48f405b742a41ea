"""Afdelinger: find any department as you type, see its colour on a day and what it allows,
its lists, vacancies, quota and placement history; edit departments and placements; import the
master data and the monitoring figures; export the placement table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.core import formats
from desktop.core.registry import export, lookup, master_data, placements, search
from desktop.core.registry.names import flexible_name, list_name
from desktop.core.registry.numbers import natural_key
from desktop.core.registry.search import DepartmentRow
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.department_form import DepartmentDialog
from desktop.ui.dialogs.department_organisations import OrganisationsDialog
from desktop.ui.dialogs.department_placement import PlacementDialog
from desktop.ui.dialogs.import_report import show_import_report
from desktop.ui.dialogs.landlords import LandlordsDialog
from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog
from desktop.ui.models.rows import ADDRESS, NAME, Column, RowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.departments_detail import DepartmentDetailPanel
from desktop.ui.tasks import Task, run_task
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.date_edit import date_edit, date_of
from desktop.ui.widgets.files import open_spreadsheet
from desktop.ui.widgets.heading import title_bar
from desktop.ui.widgets.list_splitter import ListSplitter
from desktop.ui.widgets.list_view import list_view
from desktop.ui.widgets.search_field import SearchField


class DepartmentsPage(Page):
    key = "departments"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        top = self._top_row()
        self.search = SearchField(
            self,
            placeholder=self.tr(
                "Search an address (Mølleparkvej 19), organisation, department number or name, "
                "postcode or area… (Ctrl+F)"
            ),
        )
        self.search.setObjectName("department_search")
        self.search.install_shortcut(self)
        self.model = RowModel(self._columns(), parent=self)
        self.table = list_view(
            self.model,
            name="department_table",
            accessible=self.tr("Departments"),
            wrap=True,
            row_padding=None,
        )
        self.detail = DepartmentDetailPanel()
        self.detail.setMaximumWidth(440)  # the list needs the width: names, house numbers
        self.count_label = QLabel()
        self.count_label.setObjectName("department_count")
        layout = self.page_layout()
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self._list_and_detail(), 1)
        layout.addWidget(self.count_label)
        self._connect()
        self._loaded = False

    def _top_row(self) -> QHBoxLayout:
        self.date_edit = date_edit(self.workspace.today())
        self.date_edit.setObjectName("colour_date")
        self.date_edit.setAccessibleName(self.tr("Colour on the date"))
        date_label = QLabel(self.tr("Colour &on:"))
        date_label.setBuddy(self.date_edit)
        self.new_button = QPushButton(self.tr("&New department…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        # The letting partners: the organisations and the private landlords (one button, the
        # title row has no room for two at 1280 pixels).
        self.partners_button = QPushButton(self.tr("&Letting partners"))
        partners = QMenu(self.partners_button)
        self.organisations_action = partners.addAction(self.tr("Housing &organisations…"))
        self.landlords_action = partners.addAction(self.tr("&Private landlords…"))
        self.partners_button.setMenu(partners)
        self.import_button = QPushButton(self.tr("&Import master data…"))
        self.review_button = QPushButton(self.tr("&Monitoring review…"))
        self.export_button = QPushButton(self.tr("E&xport placements…"))
        return title_bar(
            self.title(),
            date_label,
            self.date_edit,
            self.new_button,
            self.partners_button,
            self.import_button,
            self.review_button,
            self.export_button,
        )

    def _list_and_detail(self) -> ListSplitter:
        return ListSplitter(self.table, self.detail)

    def _connect(self) -> None:
        self.search.search_changed.connect(lambda _text: self.refresh())
        self.date_edit.dateChanged.connect(lambda _date: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_department())
        self.detail.edit_requested.connect(self.edit_department)
        self.detail.place_requested.connect(self.new_placement)
        self.detail.remove_requested.connect(self.remove_placement)
        self.new_button.clicked.connect(lambda: self.edit_department(None))
        self.organisations_action.triggered.connect(self.edit_organisations)
        self.landlords_action.triggered.connect(self.edit_landlords)
        self.import_button.clicked.connect(self.import_master_data)
        self.review_button.clicked.connect(self.monitoring_review)
        self.export_button.clicked.connect(self.export_placements)

    @staticmethod
    def title() -> str:
        return entry("departments").title()

    def _columns(self) -> list[Column[DepartmentRow]]:
        return [
            Column(self.tr("Org. no."), "organisation_number", deciding=True),
            Column(self.tr("Dept. no."), "number", deciding=True, sort_key=natural_key),
            Column(self.tr("Department"), "name", role=NAME, deciding=True),
            Column(self.tr("Organisation"), "organisation_name", role=NAME, deciding=True),
            colour_column(self.tr("Colour"), "colour", deciding=True),
            # what a street search finds: one line per street
            Column(self.tr("House numbers"), "addresses", role=ADDRESS, deciding=True),
            Column(
                self.tr("Flexible letting"),
                "flexible_letting",
                display=lambda v: "" if v is None else flexible_name(v),
            ),
            Column(
                self.tr("Lists"),
                "lists",
                display=lambda kinds: ", ".join(list_name(k) for k in kinds),
            ),
            Column(self.tr("Postcode"), "postcode"),
            Column(self.tr("City"), "city"),
            Column(self.tr("Housing area"), "housing_area", role=NAME),
        ]

    # --- loading ---------------------------------------------------------------------------

    @property
    def day(self) -> dt.date:
        return date_of(self.date_edit)

    def on_shown(self) -> None:
        if not self._loaded:
            ws = self.workspace
            # a write (departments imported without their search text): on the write worker
            self.context.tasks.write(
                lambda: search.ensure_search_text(ws),
                on_done=lambda filled: self.refresh() if filled else None,
                parent=self,
            )
            self._loaded = True
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        """Search again (each keystroke, after the search field's short pause)."""
        selected = self.detail.department_id
        answer = search.find(self.workspace, self.search.search_text, self.day)
        rows = answer.rows
        self.model.set_rows(rows)
        self.count_label.setText(answer.summary())
        row = next((i for i, r in enumerate(rows) if r.id == selected), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)  # the current row changes: the detail follows
        else:
            self.detail.show_detail(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row(current.row()) if current.isValid() else None)

    def _show(self, row: DepartmentRow | None) -> None:
        if row is None:
            self.detail.show_detail(None)
            return
        self.detail.show_detail(lookup.detail(self.workspace, row.id, self.day))

    def open_item(self, item: Any) -> None:
        """Show department `item` (its id)."""
        detail = lookup.detail(self.workspace, int(item), self.day)
        ref = detail.department
        self.search.setText(f"{ref.organisation_number}-{ref.number}")
        self.search.flush()
        self.detail.show_detail(detail)

    # --- actions ---------------------------------------------------------------------------

    def edit_department(self, department_id: int | None = -1) -> None:
        if department_id == -1:
            department_id = self.detail.department_id
            if department_id is None:
                return
        dialog = DepartmentDialog(self.workspace, department_id, self)
        if dialog.exec():
            self.refresh()
            if dialog.saved_id is not None:
                self.detail.show_detail(lookup.detail(self.workspace, dialog.saved_id, self.day))

    def new_placement(self, department_id: int) -> None:
        dialog = PlacementDialog(self.workspace, department_id, self)
        if dialog.exec():
            self.refresh()

    def remove_placement(self, placement_id: int) -> Task | None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete placement"),
            self.tr(
                "Delete the chosen placement? The placement before it then runs on over its "
                "period. Decisions already made keep what they saw."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        ws, version = self.workspace, self.detail.version
        return save_with_conflict_check(
            self,
            self.context.tasks,
            lambda: placements.remove_placement(ws, placement_id, expected_version=version),
            on_saved=lambda _result: self.refresh(),
            on_reload=self.refresh,
        )

    def edit_organisations(self) -> None:
        OrganisationsDialog(self.workspace, self).exec()
        self.refresh()

    def edit_landlords(self) -> None:
        LandlordsDialog(self.workspace, self).exec()

    def monitoring_review(self) -> None:
        dialog = MonitoringReviewDialog(self.workspace, self)
        dialog.exec()
        self.refresh()

    def import_master_data(self) -> None:
        path = open_spreadsheet(self, self.tr("Import master data"))
        if path is None:
            return
        ws = self.workspace

        def done(outcome: Any) -> None:
            show_import_report(self, self.tr("Master data imported"), master_data.summary(outcome))
            self.refresh()

        run_task(
            lambda: master_data.import_master_data(ws, path),
            on_done=done,
            parent=self,
            progress=self.tr("Importing master data"),
            write=True,
        )

    def export_placements(self) -> None:
        default = self.tr("placements {date}.xlsx").format(date=self.day.isoformat())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export placements"), default, self.tr("Workbook (*.xlsx)")
        )
        if not name:
            return
        ws, day = self.workspace, self.day

        def done(count: int) -> None:
            self.status_message.emit(
                formats.plural(
                    count,
                    self.tr("{n} department exported to {file} ({date})"),
                    self.tr("{n} departments exported to {file} ({date})"),
                ).format(file=Path(name).name, date=formats.date(day))
            )

        run_task(
            lambda: export.export_placements(ws, Path(name), day),
            on_done=done,
            parent=self,
            progress=self.tr("Exporting placements"),
            write=True,
        )

    def keyPressEvent(self, event: Any) -> None:
        """Down in the search field moves to the results."""
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            return
        super().keyPressEvent(event)


PAGE = DepartmentsPage
