"""Ledige boliger: the vacancy list with filters, the detail panel, imports, manual entry, and
the decisions on received dwellings (confirm proposals, accept, return, give back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import UserError
from desktop.core.intake import decisions, listing, status
from desktop.core.intake.listing import VacancyRow
from desktop.core.intake.vocabulary import (
    IntakeProposal,
    VacancyStatus,
    dwelling_type_label,
    status_label,
)
from desktop.ui.dialogs.candidates import open_candidates
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.dialogs.vacancy_form import VacancyFormDialog
from desktop.ui.models.rows import RIGHT, Column, PagedRowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.vacancies_detail import VacancyDetailPanel
from desktop.ui.pages.vacancies_filters import VacancyFilterBar
from desktop.ui.pages.vacancies_import import start_import
from desktop.ui.pages.vacancies_quota import QuotaDialog
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.heading import title_bar
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.overdue import overdue_colour


class VacanciesPage(Page):
    key = "vacancies"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = VacancyFilterBar(self, search_in_bar=False)
        self.filters.search.install_shortcut(self)
        self.model = PagedRowModel(self._columns(), page_size=200, parent=self)
        self.model.sort_key, self.model.descending = "deadline", False
        self.table = list_view(
            self.model,
            name="vacancy_table",
            accessible=self.tr("Vacancies"),
            selection=EXTENDED,
            sorted_by=self.model.column_of("deadline"),
            row_padding=12,
        )
        self.detail = VacancyDetailPanel()
        layout = self.page_layout()
        layout.addLayout(self._top_row())
        layout.addWidget(self.filters)
        layout.addWidget(self._list_and_detail(), 1)
        layout.addLayout(self._action_row())
        self._connect()
        self._loaded = False
        self._sized = False
        self._selection_changed()

    def _top_row(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("&Import file…"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.new_button = QPushButton(self.tr("&New dwelling…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.quota_button = QPushButton(self.tr("&Quota…"))
        top = title_bar(self.title())
        # the search box in the top row: beside the five filters its hint was cut off
        top.addWidget(self.filters.search, 2)
        top.addSpacing(12)
        for button in (self.import_button, self.new_button, self.quota_button):
            top.addWidget(button)
        return top

    def _list_and_detail(self) -> QSplitter:
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _action_row(self) -> QHBoxLayout:
        self.confirm_button = QPushButton(self.tr("&Confirm proposals"))
        self.confirm_button.setToolTip(
            self.tr("Accept or return the chosen received dwellings as the intake check proposes")
        )
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.return_button = QPushButton(self.tr("&Return…"))
        self.give_back_button = QPushButton(self.tr("&Give back…"))
        self.candidates_button = QPushButton(self.tr("Can&didates…"))
        self.candidates_button.setObjectName("vacancy_candidates")
        self.candidates_button.setToolTip(
            self.tr("The applicants who fit the chosen dwelling, in ranking order; create an offer")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("vacancy_count")
        actions = QHBoxLayout()
        for button in (*self._actions(), self.candidates_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        return actions

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.model.sort_changed.connect(lambda _k, _d: self._update_count())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.import_button.clicked.connect(self.import_file)
        self.new_button.clicked.connect(self.new_dwelling)
        self.quota_button.clicked.connect(self.show_quota)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.give_back_button.clicked.connect(self.give_back_selected)
        self.candidates_button.clicked.connect(self.show_candidates)

    @staticmethod
    def title() -> str:
        return entry("vacancies").title()

    # --- the list ------------------------------------------------------------------------------

    def _columns(self) -> list[Column[VacancyRow]]:
        return [
            Column(self.tr("Status"), "status", display=status_label, sort_key="status"),
            Column(
                self.tr("Proposal"),
                "proposal",
                display=self._proposal_text,
                sortable=False,
                tooltip=lambda row: row.reason,
            ),
            colour_column(self.tr("Colour"), "colour", sort_key="colour"),
            Column(self.tr("Address"), "address", sort_key="address"),
            # The list is sorted by the deadline: it and the days left stay in view on a narrow
            # screen beside the detail panel; the dwelling's particulars can scroll.
            Column(self.tr("Deadline"), "desk_deadline", display=formats.date, sort_key="deadline"),
            Column(
                self.tr("Days left"),
                "days_left",
                align=RIGHT,
                sortable=False,
                tooltip=self._days_left_tooltip,
                foreground=lambda row: overdue_colour(row.days_left),
            ),
            Column(self.tr("Postcode and town"), "postcode_city", sort_key="postcode"),
            Column(self.tr("Department"), "department", sort_key="department"),
            Column(self.tr("Type"), "dwelling_type", display=dwelling_type_label, sort_key="type"),
            Column(self.tr("Rooms"), "rooms", display=formats.rooms, align=RIGHT, sort_key="rooms"),
            Column(self.tr("m²"), "area_m2", display=formats.number, align=RIGHT, sort_key="area"),
            Column(
                self.tr("Monthly incl. a conto"),
                "monthly_total",
                display=formats.money,
                align=RIGHT,
                sort_key="monthly_total",
            ),
            Column(
                self.tr("Available from"),
                "available_from",
                display=formats.date,
                sort_key="available_from",
            ),
            Column(
                self.tr("Rent loss"),
                "rent_loss",
                display=formats.money,
                align=RIGHT,
                sortable=False,
            ),
            Column(self.tr("Organisation"), "organisation", sort_key="organisation"),
        ]

    def _days_left_tooltip(self, row: VacancyRow) -> str:
        if row.days_left is not None and row.days_left < 0:
            return self.tr("The desk's deadline passed {days} working days ago").format(
                days=-row.days_left
            )
        return self.tr("Working days to the desk's deadline")

    def _proposal_text(self, value: Any) -> str:
        if value is None:
            return ""
        return self.tr("Accept") if value == IntakeProposal.ACCEPT else self.tr("Return")

    def _fetch(self, offset: int, limit: int) -> list[VacancyRow]:
        return listing.list_vacancies(
            self.workspace,
            self.filters.value(),
            sort=self.model.sort_key,
            descending=self.model.descending,
            offset=offset,
            limit=limit,
        )

    def _count(self) -> int:
        return listing.count_vacancies(self.workspace, self.filters.value())

    def refresh(self) -> None:
        chosen = self.selected_ids()
        self.model.set_query(self._fetch, self._count)
        self._update_count()
        if chosen:
            self._select_ids(chosen)
        self._selection_changed()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} dwellings").format(count=self.model.rowCount()))

    def on_shown(self) -> None:
        self.filters.set_organisations(listing.organisations(self.workspace))
        self.refresh()
        self._loaded = True
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, min(width + 8, 190))
            self._sized = True

    def open_item(self, item: Any) -> None:
        """Show one vacancy (its id): all statuses, no other filter."""
        self.filters.status.setCurrentIndex(self.filters.status.findData(None))
        if not self._loaded:
            self.on_shown()
        self._select_ids([int(item)])

    # --- selection and detail ------------------------------------------------------------------

    def selected_rows(self) -> list[VacancyRow]:
        return self.model.rows_at(self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def _select_ids(self, ids: list[int]) -> None:
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for number in range(min(self.model.rowCount(), 2000)):
            row = self.model.row(number)
            if row is not None and row.id in wanted:
                selection.select(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(number, 0))

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.selected_rows()
        received = [r for r in rows if r.status == VacancyStatus.RECEIVED]
        single = rows[0] if len(rows) == 1 else None
        self.confirm_button.setEnabled(bool(received))
        self.accept_button.setEnabled(
            single is not None and single.status == VacancyStatus.RECEIVED
        )
        self.return_button.setEnabled(
            single is not None and single.status == VacancyStatus.RECEIVED
        )
        self.give_back_button.setEnabled(
            single is not None and single.status == VacancyStatus.ACCEPTED
        )
        self.candidates_button.setEnabled(
            single is not None and single.status in (VacancyStatus.ACCEPTED, VacancyStatus.OFFERED)
        )
        if single is None:
            self.detail.show_detail(None)
            return
        try:
            self.detail.show_detail(listing.vacancy_detail(self.workspace, single.id))
        except UserError as error:
            self.detail.show_detail(None)
            self.status_message.emit(error.message)

    # --- actions -------------------------------------------------------------------------------

    def _act(
        self, action: Callable[[], Any], done: str, on_done: Callable[[Any], None] | None = None
    ) -> Task:
        """One decision on the write worker; then the list shows what is saved now (also after
        a refusal, e.g. someone else decided first)."""

        def finished(result: Any) -> None:
            self.status_message.emit(done)
            if on_done is not None:
                on_done(result)
            self.refresh()

        def refused(error: UserError) -> None:
            handle_conflict(self, error, self.refresh)
            self.refresh()

        return self.context.tasks.write(
            action, on_done=finished, on_error=refused, parent=self, busy=self._actions()
        )

    def _actions(self) -> list[QPushButton]:
        """The decision buttons: none is clicked twice while a decision is being saved."""
        return [self.confirm_button, self.accept_button, self.return_button, self.give_back_button]

    def confirm_selected(self) -> Task | None:
        ids = [r.id for r in self.selected_rows() if r.status == VacancyStatus.RECEIVED]
        if not ids:
            return None
        ws = self.workspace

        def counted(summary: decisions.DecisionSummary) -> None:
            self.status_message.emit(
                self.tr("{accepted} accepted, {returned} returned.").format(
                    accepted=summary.accepted, returned=summary.returned
                )
            )

        return self._act(
            lambda: decisions.confirm_proposals(ws, ids),
            self.tr("Proposals confirmed."),
            counted,
        )

    def accept_selected(self) -> Task:
        row, ws = self.selected_rows()[0], self.workspace
        return self._act(
            lambda: decisions.decide(ws, row.id, True, expected_version=row.version),
            self.tr("The dwelling was accepted."),
        )

    def return_selected(self) -> Task | None:
        row, ws = self.selected_rows()[0], self.workspace
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Return the dwelling"),
            self.tr("Why is the dwelling returned to the organisation?"),
            row.reason or "",
        )
        if not ok:
            return None
        return self._act(
            lambda: decisions.decide(
                ws, row.id, False, reason=reason, expected_version=row.version
            ),
            self.tr("The dwelling was returned."),
        )

    def give_back_selected(self) -> Task | None:
        row, ws = self.selected_rows()[0], self.workspace
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Give the dwelling back"),
            self.tr("Why does the desk give the dwelling back unused?"),
        )
        if not ok:
            return None
        return self._act(
            lambda: status.change_status(
                ws,
                row.id,
                VacancyStatus.GIVEN_BACK,
                reason=reason,
                expected_version=row.version,
            ),
            self.tr("The dwelling was given back to the organisation."),
        )

    def show_candidates(self) -> None:
        """The candidate list of the chosen dwelling (where the desk creates an offer)."""
        rows = self.selected_rows()
        if len(rows) == 1:
            dialog = open_candidates(self, self.context, rows[0].id)
            dialog.offer_created.connect(lambda _id: self.refresh())

    def new_dwelling(self) -> None:
        dialog = VacancyFormDialog(self.workspace, self)
        dialog.saved.connect(self._created)
        dialog.open()

    def _created(self, vacancy_id: int) -> None:
        self.status_message.emit(self.tr("The dwelling was saved as received."))
        self.filters.status.setCurrentIndex(0)
        self.refresh()
        self._select_ids([vacancy_id])

    def import_file(self) -> None:
        start_import(self, self._imported)

    def _imported(self, vacancy_ids: list[int]) -> None:
        self.filters.status.setCurrentIndex(0)
        self.refresh()

    def show_quota(self) -> None:
        dialog = QuotaDialog(self.workspace, self)
        dialog.open()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()


PAGE = VacanciesPage
