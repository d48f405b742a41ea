"""Ledige boliger: the vacancy list with filters, the detail panel, imports, manual entry, and
the decisions on received dwellings (confirm proposals, accept, return, give back, undo:
`vacancies_decisions`), "Send svar" to the chosen dwelling's organisation.

Each open dwelling shows how many applicants may be offered it now; the counts run the matching
rules, so they are read in the background for the rows a page of the list shows, and filled in
when they come. After an import the list shows that import ("denne indlæsning") with its new
dwellings chosen, ready for the decisions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import UserError
from desktop.core.intake import batches, listing, status
from desktop.core.intake.listing import OPEN_STATUSES, VacancyRow
from desktop.core.intake.vocabulary import (
    IntakeProposal,
    VacancyStatus,
    dwelling_type_label,
    status_label,
)
from desktop.core.matching import eligible_counts
from desktop.ui.dialogs.candidates import open_candidates
from desktop.ui.dialogs.decision_reason import ReasonDialog, ask_reason
from desktop.ui.dialogs.export_replies import open_reply_export
from desktop.ui.dialogs.landlord_notice import LandlordNoticeDialog
from desktop.ui.dialogs.vacancy_form import VacancyFormDialog
from desktop.ui.models.rows import ADDRESS, NAME, NUMBER, Column, PagedRowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.vacancies_decisions import DecisionFlow
from desktop.ui.pages.vacancies_detail import VacancyDetailPanel
from desktop.ui.pages.vacancies_filters import VacancyFilterBar
from desktop.ui.pages.vacancies_import import start_import
from desktop.ui.pages.vacancies_quota import QuotaDialog
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import colour_column
from desktop.ui.widgets.heading import title_bar
from desktop.ui.widgets.list_splitter import ListSplitter
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.overdue import OVERDUE_TEXT, days_left_column

if TYPE_CHECKING:
    from desktop.core.intake.imports import ImportOutcome

COUNTING = -1  # an open dwelling whose candidates are being counted


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
        self.counts: dict[int, int | None] = {}  # eligible candidates of the rows shown
        self.counting: Task | None = None
        self._to_count: list[int] = []
        self.decisions = DecisionFlow(self, self)
        layout = self.page_layout()
        layout.addLayout(self._top_row())
        layout.addWidget(self.filters)
        layout.addWidget(self._list_and_detail(), 1)
        layout.addLayout(self._action_row())
        self._connect()
        self._loaded = False
        self._selection_changed()

    def _top_row(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("&Import file…"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.new_button = QPushButton(self.tr("&New dwelling…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.landlord_button = QPushButton(self.tr("From a &private landlord…"))
        self.landlord_button.setToolTip(
            self.tr("A private landlord's notice of a vacant dwelling, answered by its deadline")
        )
        self.quota_button = QPushButton(self.tr("&Quota…"))
        top = title_bar(self.title())
        # the search box in the top row: beside the five filters its hint was cut off
        top.addWidget(self.filters.search, 2)
        top.addSpacing(12)
        for button in (
            self.import_button,
            self.new_button,
            self.landlord_button,
            self.quota_button,
        ):
            top.addWidget(button)
        return top

    def _list_and_detail(self) -> ListSplitter:
        return ListSplitter(self.table, self.detail)

    def _action_row(self) -> QHBoxLayout:
        self.confirm_button = QPushButton(self.tr("&Confirm proposals…"))
        self.confirm_button.setToolTip(
            self.tr(
                "Accept or return the chosen received dwellings as the intake check proposes "
                "(the plan per organisation is shown first)"
            )
        )
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.return_button = QPushButton(self.tr("&Return…"))
        self.give_back_button = QPushButton(self.tr("&Give back…"))
        self.candidates_button = QPushButton(self.tr("Can&didates…"))
        self.candidates_button.setObjectName("vacancy_candidates")
        self.candidates_button.setToolTip(
            self.tr("The applicants who fit the chosen dwelling, in ranking order; create an offer")
        )
        self.undo_button = QPushButton(self.tr("&Undo…"))
        self.undo_button.setObjectName("vacancy_undo")
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.reply_button = QPushButton(self.tr("&Send reply…"))
        self.reply_button.setObjectName("vacancy_reply")
        self.reply_button.setToolTip(
            self.tr(
                "The reply workbook to the chosen dwelling's organisation, since the last reply"
            )
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("vacancy_count")
        actions = QHBoxLayout()
        for button in (*self.decision_buttons(), self.undo_button, self.candidates_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.reply_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        return actions

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.model.sort_changed.connect(lambda _k, _d: self._update_count())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.import_button.clicked.connect(self.import_file)
        self.new_button.clicked.connect(self.new_dwelling)
        self.landlord_button.clicked.connect(self.new_landlord_notice)
        self.quota_button.clicked.connect(self.show_quota)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.give_back_button.clicked.connect(self.give_back_selected)
        self.candidates_button.clicked.connect(self.show_candidates)
        self.undo_button.clicked.connect(self.undo_last)
        self.reply_button.clicked.connect(self.send_reply)

    @staticmethod
    def title() -> str:
        return entry("vacancies").title()

    # --- the list ------------------------------------------------------------------------------

    def _columns(self) -> list[Column[VacancyRow]]:
        # What the desk reads the list for comes first and decides (whole and in view at
        # 1280 px beside the detail panel): the dwelling, its deadline, rent, rooms, type and
        # department. The rest follows, and scrolls on a narrow screen (the detail has it all).
        return [
            Column(self.tr("Address"), "address", role=ADDRESS, deciding=True, sort_key="address"),
            # the fewer days left, the nearer the deadline: core sorts by the deadline
            days_left_column(sort_key="deadline", tooltip=self._days_left_tooltip),
            Column(
                self.tr("Monthly"),
                "monthly_total",
                display=formats.money,
                role=NUMBER,
                deciding=True,
                header_tip=self.tr("Monthly incl. a conto"),
                sort_key="monthly_total",
            ),
            Column(
                self.tr("Rooms"),
                "rooms",
                display=formats.rooms,
                role=NUMBER,
                deciding=True,
                sort_key="rooms",
            ),
            Column(
                self.tr("Type"),
                "dwelling_type",
                display=dwelling_type_label,
                deciding=True,
                sort_key="type",
            ),
            Column(
                self.tr("Department"),
                "department",
                role=NAME,
                deciding=True,
                sort_key="department",
            ),
            Column(self.tr("Status"), "status", display=status_label, sort_key="status"),
            colour_column(self.tr("Colour"), "colour", sort_key="colour"),
            Column(self.tr("Scheme"), "scheme_name", role=NAME, sort_key="scheme"),
            Column(
                self.tr("Candidates"),
                self._candidates,
                display=self._candidates_text,
                role=NUMBER,
                sortable=False,
                tooltip=self._candidates_tooltip,
                foreground=lambda row: OVERDUE_TEXT if self._candidates(row) == 0 else None,
            ),
            Column(self.tr("Deadline"), "desk_deadline", display=formats.date, sort_key="deadline"),
            Column(
                self.tr("Proposal"),
                "proposal",
                display=self._proposal_text,
                sortable=False,
                tooltip=lambda row: row.reason,
            ),
            Column(self.tr("Postcode and town"), "postcode_city", sort_key="postcode"),
            Column(self.tr("m²"), "area_m2", display=formats.number, role=NUMBER, sort_key="area"),
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
                role=NUMBER,
                sortable=False,
            ),
            Column(self.tr("Organisation"), "organisation", role=NAME, sort_key="organisation"),
        ]

    def _days_left_tooltip(self, row: VacancyRow) -> str:
        if row.days_left is not None and row.days_left < 0:
            return formats.plural(
                -row.days_left,
                self.tr("The desk's deadline passed {n} working day ago"),
                self.tr("The desk's deadline passed {n} working days ago"),
            )
        return self.tr("Working days to the desk's deadline")

    def _proposal_text(self, value: Any) -> str:
        if value is None:
            return ""
        return self.tr("Accept") if value == IntakeProposal.ACCEPT else self.tr("Return")

    # --- eligible candidates ------------------------------------------------------------------

    def _candidates(self, row: VacancyRow) -> int | None:
        """Applicants who may be offered the dwelling now; None when the desk no longer acts
        on it, COUNTING until the count comes."""
        if row.status not in OPEN_STATUSES:
            return None
        return self.counts.get(row.id, COUNTING)

    def _candidates_text(self, count: int | None) -> str:
        if count is None:
            return ""
        return "…" if count == COUNTING else str(count)

    def _candidates_tooltip(self, row: VacancyRow) -> str | None:
        count = self._candidates(row)
        if count == 0:
            return self.tr("No applicant on the list may be offered the dwelling now")
        if count is None or count == COUNTING:
            return None
        return self.tr("Applicants on the list who may be offered the dwelling now")

    def _count_later(self, rows: list[VacancyRow]) -> None:
        """Count the candidates of a page just fetched, in the background (the model is asking
        for rows to paint: the counting starts after it has them)."""
        wanted = [r.id for r in rows if r.status in OPEN_STATUSES and r.id not in self.counts]
        if wanted:
            self._to_count.extend(wanted)
            QTimer.singleShot(0, self._count_candidates)

    def _count_candidates(self) -> Task | None:
        ids, self._to_count = sorted(set(self._to_count)), []
        if not ids:
            return None
        ws = self.workspace
        self.counting = self.context.tasks.run(
            lambda: eligible_counts(ws, ids),
            on_done=lambda found: self._counted(ids, found),
            parent=self,
        )
        return self.counting

    def _counted(self, ids: list[int], found: dict[int, int]) -> None:
        self.counts.update((i, found.get(i)) for i in ids)
        column = next(
            i for i, c in enumerate(self.model.columns) if c.header == self.tr("Candidates")
        )
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, column), self.model.index(self.model.rowCount() - 1, column)
            )

    def _fetch(self, offset: int, limit: int) -> list[VacancyRow]:
        rows = listing.list_vacancies(
            self.workspace,
            self.filters.value(),
            sort=self.model.sort_key,
            descending=self.model.descending,
            offset=offset,
            limit=limit,
        )
        self._count_later(rows)
        return rows

    def _count(self) -> int:
        return listing.count_vacancies(self.workspace, self.filters.value())

    def refresh(self) -> None:
        """Read the list again (the chosen rows stay chosen) and what "Fortryd" would undo."""
        chosen = self.selected_ids()
        self.counts = {}  # a decision or an offer changes who may be offered what
        self.model.set_query(self._fetch, self._count)
        self._update_count()
        if chosen:
            self.select_ids(chosen)
        self._selection_changed()
        self.decisions.update_undo()

    def _update_count(self) -> None:
        self.count_label.setText(
            formats.plural(self.model.rowCount(), self.tr("{n} dwelling"), self.tr("{n} dwellings"))
        )

    def on_shown(self) -> None:
        self.filters.set_organisations(listing.organisations(self.workspace))
        self.filters.set_imports(batches.recent_vacancy_imports(self.workspace))
        self.refresh()
        self._loaded = True

    def open_item(self, item: Any) -> None:
        """Show one vacancy (its id): all statuses, no other filter."""
        self.filters.blockSignals(True)
        self.filters.status.setCurrentIndex(self.filters.status.findData(None))
        self.filters.show_import(None)
        self.filters.blockSignals(False)
        if not self._loaded:
            self.on_shown()
        else:
            self.refresh()
        self.select_ids([int(item)])
        self.table.setFocus()

    # --- selection and detail ------------------------------------------------------------------

    def selected_rows(self) -> list[VacancyRow]:
        return self.model.rows_at(self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        """Choose the rows of `ids` (among the first 2,000), the first of them current and in
        view."""
        wanted = set(ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for number in range(min(self.model.rowCount(), 2000)):
            row = self.model.row(number)
            if row is not None and row.id in wanted:
                index = self.model.index(number, 0)
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                first = index if first is None else first
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

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

    def decision_buttons(self) -> list[QPushButton]:
        """The decision buttons: none is clicked twice while a decision is being saved."""
        return [
            self.confirm_button,
            self.accept_button,
            self.return_button,
            self.give_back_button,
            self.undo_button,
        ]

    def confirm_selected(self) -> Task | None:
        """ "Bekræft forslag": the plan per organisation first, the decisions on confirmation."""
        received = [r for r in self.selected_rows() if r.status == VacancyStatus.RECEIVED]
        return self.decisions.confirm(received)

    def accept_selected(self) -> Task:
        """Accept the chosen dwelling; asks why first when core says it must."""
        return self.decisions.accept(self.selected_rows()[0])

    def return_selected(self) -> None:
        """Return the chosen dwelling to its organisation, with the reason asked for."""
        self.decisions.give_back_to_organisation(self.selected_rows()[0])

    def undo_last(self) -> Task:
        """ "Fortryd": the user's last decision or confirmation, if nothing followed from it."""
        return self.decisions.undo()

    def give_back_selected(self) -> ReasonDialog:
        """Give the chosen accepted dwelling back unused, with the reason asked for."""
        row = self.selected_rows()[0]
        self.reason_dialog = ask_reason(
            self,
            self.tr("Give the dwelling back"),
            [self.tr("Why does the desk give the dwelling back unused?")],
            self.tr("&Give back"),
            lambda reason: self._give_back(row, reason),
        )
        return self.reason_dialog

    def _give_back(self, row: VacancyRow, reason: str) -> Task:
        ws = self.workspace
        return self.decisions.write(
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

    def new_landlord_notice(self) -> None:
        dialog = LandlordNoticeDialog(self.workspace, self)
        dialog.saved.connect(self._created)
        dialog.open()

    def _created(self, vacancy_id: int) -> None:
        self.status_message.emit(self.tr("The dwelling was saved as received."))
        self.filters.status.setCurrentIndex(0)
        self.refresh()
        self.select_ids([vacancy_id])

    def import_file(self) -> None:
        start_import(self, self._imported)

    def _imported(self, outcome: ImportOutcome | None) -> None:
        """After an import: that import's dwellings, all statuses, the new ones chosen."""
        batch = None if outcome is None or outcome.nothing_new else outcome.batch_id
        self.filters.blockSignals(True)
        self.filters.set_imports(batches.recent_vacancy_imports(self.workspace))
        if batch is not None:
            self.filters.status.setCurrentIndex(self.filters.status.findData(None))
            self.filters.show_import(batch)
        self.filters.blockSignals(False)
        self.refresh()
        if batch is not None:
            self.select_ids(
                [row.id for row in self._all_rows() if row.status == VacancyStatus.RECEIVED]
            )
            self.table.setFocus()

    def _all_rows(self) -> list[VacancyRow]:
        rows = (self.model.row(number) for number in range(self.model.rowCount()))
        return [row for row in rows if row is not None]

    def send_reply(self) -> None:
        """ "Send svar…" to the chosen dwelling's organisation (or the one the list shows)."""
        chosen = {row.organisation_id for row in self.selected_rows()}
        organisation = next(iter(chosen)) if len(chosen) == 1 else None
        if organisation is None:
            organisation = self.filters.value().organisation_id
        self.reply_dialog = open_reply_export(self, self.workspace, organisation)
        self.reply_dialog.exported.connect(lambda _result: self.refresh())

    def show_quota(self) -> None:
        dialog = QuotaDialog(self.workspace, self)
        dialog.open()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()


PAGE = VacanciesPage
