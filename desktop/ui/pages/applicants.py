"""Boligsøgende: the desk's list of citizens waiting for a home.

Search as you type over name, the birth-date part of the CPR number, phone and caseworker;
filters on status, target group and priority; sort on any column. The list is a paged model:
core counts and reads one page at a time in SQL, so 100,000 applicants scroll smoothly. A whole
CPR number is searched only with a purpose, which is logged. Opening a row shows the detail form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core import formats
from desktop.core.applicants import access, addresses, choices, labels, listing, register
from desktop.core.applicants.listing import ApplicantList, ApplicantQuery, SortKey, WaitOrder
from desktop.core.applicants.views import ApplicantListRow, ApplicantStatus, Urgency
from desktop.core.errors import UserError
from desktop.core.forecast import ListForecast, forecast_list
from desktop.core.forecast import texts as forecast_texts
from desktop.ui.dialogs.address_review import AddressReviewDialog
from desktop.ui.dialogs.applicant_form import ApplicantForm
from desktop.ui.dialogs.applicant_import import start_import
from desktop.ui.dialogs.applicant_privacy import PrivacyDialog
from desktop.ui.dialogs.candidates import open_suitable_vacancies
from desktop.ui.dialogs.export_applicants import ExportApplicantsDialog
from desktop.ui.dialogs.merge_applicants import MergeDialog
from desktop.ui.dialogs.reveal_cpr import ask_purpose
from desktop.ui.errors import show_user_error
from desktop.ui.models.rows import NAME, NUMBER, Column, PagedRowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.tasks import Progress, Task
from desktop.ui.widgets.heading import title_bar
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.search_field import SearchField

PAGE_SIZE = 100


class ApplicantFilterBar(QWidget):
    """The search field and the three filters; `query()` is what they ask for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchField(
            self, placeholder=self.tr("Search name, birth date (DDMMYY), phone or caseworker…")
        )
        self.search.setObjectName("applicant_search")
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Active and paused"), "open")
        for status in ApplicantStatus:
            self.status.addItem(labels.status(status), status.value)
        self.group = QComboBox()
        self.group.setObjectName("group_filter")
        self.group.setAccessibleName(self.tr("Target group"))
        self.urgency = QComboBox()
        self.urgency.setObjectName("urgency_filter")
        self.urgency.setAccessibleName(self.tr("Priority"))
        self.urgency.addItem(self.tr("All priorities"), None)
        for urgency in Urgency:
            self.urgency.addItem(labels.urgency(urgency), urgency.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for text, combo in (
            (self.tr("&Status:"), self.status),
            (self.tr("&Target group:"), self.group),
            (self.tr("&Priority:"), self.urgency),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1)

    def set_groups(self, groups: list[choices.Choice]) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All target groups"), None)
        for choice in groups:
            self.group.addItem(choice.label, choice.value)
        index = self.group.findData(current)
        self.group.setCurrentIndex(max(0, index))
        self.group.blockSignals(False)

    def query(self) -> dict[str, Any]:
        status = self.status.currentData()
        if status == "open":
            statuses = frozenset({ApplicantStatus.ACTIVE, ApplicantStatus.PAUSED})
        elif status:
            statuses = frozenset({ApplicantStatus(status)})
        else:
            statuses = frozenset()
        group = self.group.currentData()
        urgency = self.urgency.currentData()
        return {
            "text": self.search.search_text,
            "statuses": statuses,
            "target_groups": frozenset({group}) if group else frozenset(),
            "urgencies": frozenset({Urgency(urgency)}) if urgency else frozenset(),
        }


class ApplicantsPage(Page):
    key = "applicants"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters = ApplicantFilterBar(self)
        self.filters.search.install_shortcut(self)
        self.model = PagedRowModel(self._columns(), page_size=PAGE_SIZE, parent=self)
        self.model.sort_key, self.model.descending = SortKey.NAME.value, False
        self.table = list_view(
            self.model,
            name="applicant_table",
            accessible=self.tr("Applicants"),
            selection=EXTENDED,
            sorted_by=0,
            row_padding=12,
        )
        layout = self.page_layout()
        layout.addLayout(self._top_row())
        layout.addWidget(self.filters)
        layout.addLayout(self._cpr_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_row())
        self._list: ApplicantList | None = None
        self._cpr_ids: tuple[int, ...] | None = None
        self._groups: dict[str, str] = {}
        self._loaded = False
        # the estimated waits of the whole list, worked out in the background
        self._waits: ListForecast | None = None
        self._wait_order: WaitOrder | None = None
        self._waits_task: Task | None = None
        self._waits_stale = True
        self.merge_dialog: Any = None  # the open merge dialog, if any
        self._connect()
        self._update_hint()
        self._selection_changed()

    def _top_row(self) -> QHBoxLayout:
        self.new_button = QPushButton(self.tr("&New applicant…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.import_button = QPushButton(self.tr("&Import list…"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.export_button = QPushButton(self.tr("&Export list…"))
        self.export_button.setToolTip(
            self.tr("Export the applicants the list shows now (logged with a purpose)")
        )
        self.privacy_button = QPushButton(self.tr("&Data protection…"))
        return title_bar(
            self.title(),
            self.new_button,
            self.import_button,
            self.export_button,
            self.privacy_button,
        )

    def _cpr_row(self) -> QHBoxLayout:
        """The hint and buttons of a search by a whole CPR number (shown when it applies)."""
        self.cpr_hint = QLabel()
        self.cpr_hint.setObjectName("cpr_hint")
        self.cpr_hint.setWordWrap(True)
        self.cpr_button = QPushButton(self.tr("Search the &CPR number…"))
        self.clear_cpr_button = QPushButton(self.tr("Show &all again"))
        hint = QHBoxLayout()
        hint.addWidget(self.cpr_hint, 1)
        hint.addWidget(self.cpr_button)
        hint.addWidget(self.clear_cpr_button)
        return hint

    def _action_row(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("&Open…"))
        self.merge_button = QPushButton(self.tr("&Merge the two…"))
        self.merge_button.setToolTip(self.tr("Two records of the same person: keep one"))
        self.suitable_button = QPushButton(self.tr("Suitable d&wellings…"))
        self.suitable_button.setToolTip(
            self.tr(
                "The dwellings waiting for a tenant that suit the chosen applicant, and why not"
            )
        )
        # shown while addresses read from free text wait for a person's look
        self.review_button = QPushButton()
        self.review_button.setObjectName("review_addresses")
        self.review_button.setToolTip(
            self.tr(
                "Addresses read automatically from free text: check them, choose how letters go"
            )
        )
        self.review_button.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("applicant_count")
        self.waits_label = QLabel()
        self.waits_label.setObjectName("waits_progress")
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.suitable_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.review_button)
        actions.addStretch(1)
        actions.addWidget(self.waits_label)
        actions.addWidget(self.count_label)
        return actions

    def _connect(self) -> None:
        self.filters.search.search_changed.connect(lambda _text: self.refresh())
        self.filters.search.returnPressed.connect(self._enter_in_search)
        for combo in (self.filters.status, self.filters.group, self.filters.urgency):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model.sort_changed.connect(lambda _k, _d: self._update_count())
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.new_button.clicked.connect(self.new_applicant)
        self.import_button.clicked.connect(self.import_list)
        self.export_button.clicked.connect(self.export_list)
        self.suitable_button.clicked.connect(self.suitable_vacancies)
        self.review_button.clicked.connect(self.review_addresses)
        self.privacy_button.clicked.connect(self.open_privacy)
        self.cpr_button.clicked.connect(self.search_cpr)
        self.clear_cpr_button.clicked.connect(self.clear_cpr_search)

    @staticmethod
    def title() -> str:
        return entry("applicants").title()

    # --- the list ------------------------------------------------------------------------------

    def _columns(self) -> list[Column[ApplicantListRow]]:
        return [
            # who, and what decides an offer, first: in view on a laptop; the rest scrolls
            Column(
                self.tr("Name"), self._name, role=NAME, deciding=True, sort_key=SortKey.NAME.value
            ),
            Column(
                self.tr("CPR number"),
                "cpr_masked",
                deciding=True,
                display=lambda v: v or labels.without_cpr(),
                sort_key=SortKey.CPR.value,
                tooltip=lambda row: (
                    self.tr("Born {date}").format(date=formats.date(row.birth_date))
                    if row.birth_date
                    else None
                ),
            ),
            Column(
                self.tr("Target group"),
                "target_group",
                display=lambda code: self._groups.get(code, code),
                deciding=True,
                sort_key=SortKey.TARGET_GROUP.value,
            ),
            Column(self.tr("Status"), self._status, deciding=True, sort_key=SortKey.STATUS.value),
            Column(
                self.tr("Highest rent"),
                "max_rent",
                display=lambda v: formats.money(v, decimals=False),
                role=NUMBER,
                deciding=True,
                sort_key=SortKey.MAX_RENT.value,
            ),
            Column(
                self.tr("Rooms"),
                lambda row: formats.rooms_range(row.rooms_min, row.rooms_max),
                role=NUMBER,
                deciding=True,
                sort_key=SortKey.ROOMS.value,
            ),
            Column(
                self.tr("Priority"),
                "urgency",
                display=labels.urgency,
                sort_key=SortKey.URGENCY.value,
            ),
            Column(
                self.tr("Registered"),
                "registered_on",
                display=formats.date,
                sort_key=SortKey.REGISTERED.value,
            ),
            Column(
                self.tr("Estimated wait"),
                self._wait,
                sort_key=SortKey.FORECAST.value,
                header_tip=self.tr(
                    "An estimate from the dwellings of the last months and the place in the "
                    "ranking today, not a promise (Help, F1)"
                ),
                tooltip=self._wait_tip,
            ),
            Column(self.tr("Phone"), "phone", sort_key=SortKey.PHONE.value),
            Column(
                self.tr("Caseworker"), "caseworker", role=NAME, sort_key=SortKey.CASEWORKER.value
            ),
        ]

    @staticmethod
    def _name(row: ApplicantListRow) -> str:
        return labels.anonymised() if row.anonymised else row.name

    @staticmethod
    def _status(row: ApplicantListRow) -> str:
        text = labels.status(row.status)
        if row.paused_until is not None and row.status == ApplicantStatus.PAUSED:
            return f"{text} → {formats.date(row.paused_until)}"
        return text

    def _wait(self, row: ApplicantListRow) -> str:
        """The estimated wait in the list: "…" while it is worked out; empty for an applicant
        the day's rules keep off every dwelling (paused, an open offer, a closed case)."""
        if self._waits is None:
            return "…" if self._waits_task is not None else ""
        if row.id in self._waits.nothing_fits:
            return forecast_texts.short(None)
        found = self._waits.waits.get(row.id)
        return "" if found is None else forecast_texts.short(found)

    def _wait_tip(self, row: ApplicantListRow) -> str | None:
        found = None if self._waits is None else self._waits.waits.get(row.id)
        if found is None:
            return None
        return self.tr("Estimated: {wait}. Not a promise.").format(wait=forecast_texts.wait(found))

    def current_query(self) -> ApplicantQuery:
        sort = SortKey(self.model.sort_key or SortKey.NAME.value)
        return ApplicantQuery(
            **self.filters.query(),
            only_ids=self._cpr_ids,
            sort=sort,
            descending=self.model.descending,
            waits=self._wait_order,
        )

    def _view(self) -> ApplicantList:
        query = self.current_query()
        if self._list is None or self._list.query != query:
            self._list = ApplicantList(self.workspace, query)
        return self._list

    def _fetch(self, offset: int, limit: int) -> list[ApplicantListRow]:
        return self._view().fetch(offset, limit)

    def _count(self) -> int:
        return self._view().count()

    def refresh(self) -> None:
        chosen = self.selected_ids()
        self._list = None  # count and read again: something may have changed
        self.model.set_query(self._fetch, self._count)
        self._update_count()
        self._update_hint()
        if chosen:
            self._select_ids(chosen)
        self._selection_changed()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            formats.plural(count, self.tr("{n} applicant"), self.tr("{n} applicants"))
        )

    def on_shown(self) -> None:
        if not self._loaded:
            ws = self.workspace
            # both write, so on the write worker; the list shows meanwhile
            self.context.tasks.write(
                lambda: listing.ensure_search_fields(ws),
                on_done=lambda filled: self.refresh() if filled else None,
                parent=self,
            )
            self.end_expired_pauses()
        groups = choices.target_groups(self.workspace)
        self._groups = {str(c.value): c.label for c in groups}
        self.filters.set_groups(groups)
        self.refresh()
        self._count_reviews()
        self.estimate_waits()
        self._loaded = True

    # --- the estimated waits ------------------------------------------------------------------

    def estimate_waits(self) -> Task | None:
        """Every applicant's estimated wait, on a reading thread with its progress beside the
        count (the list stays in use meanwhile); again only after a change."""
        if not self._waits_stale or self._waits_task is not None:
            return self._waits_task
        ws = self.workspace
        self._waits_stale = False
        task = self.context.tasks.run(
            lambda: forecast_list(ws),
            on_done=self._waits_estimated,
            on_error=self._waits_failed,
            on_cancelled=self._waits_failed,
            parent=self,
        )
        task.progressed.connect(self._waits_progressed)
        self._waits_task = task
        self.waits_label.setText(self.tr("Estimating waits…"))
        return task

    def _waits_progressed(self, progress: Progress) -> None:
        if progress.total:
            self.waits_label.setText(
                self.tr("Estimating waits… {percent}").format(
                    percent=formats.percent(100 * progress.done / progress.total, 0)
                )
            )

    def _waits_estimated(self, found: ListForecast) -> None:
        self._waits_task = None
        self._waits = found
        self._wait_order = WaitOrder(found.sort_keys())
        self.waits_label.clear()
        self.refresh()

    def _waits_failed(self, *_error: Any) -> None:
        self._waits_task = None
        self._waits_stale = True
        self.waits_label.clear()

    def _count_reviews(self) -> None:
        ws = self.workspace
        self.context.tasks.run(
            lambda: len(addresses.addresses_to_review(ws)), on_done=self._reviews, parent=self
        )

    def _reviews(self, count: int) -> None:
        self.review_button.setText(
            self.tr("Addresses to re&view ({count})…").format(count=formats.number(count))
        )
        self.review_button.setVisible(count > 0)

    def end_expired_pauses(self) -> Task:
        """Pauses that ended before today: the applicants are active again."""
        ws = self.workspace
        return self.context.tasks.write(
            lambda: register.end_expired_pauses(ws),
            on_done=self._pauses_ended,
            # e.g. the database stayed locked by another workstation: said, not in the way
            on_error=lambda error: self.status_message.emit(error.message),
            parent=self,
        )

    def _pauses_ended(self, ended: int) -> None:
        if ended:
            self.status_message.emit(
                formats.plural(
                    ended,
                    self.tr("{n} pause ended: the applicant is active again."),
                    self.tr("{n} pauses ended: the applicants are active again."),
                )
            )
            self.refresh()

    def open_item(self, item: Any) -> None:
        """Open one applicant's detail form (the id)."""
        if not self._loaded:
            self.on_shown()
        self.open_applicant(int(item))

    # --- a whole CPR number --------------------------------------------------------------------

    def _update_hint(self) -> None:
        full = access.looks_like_full_cpr(self.filters.search.text())
        if self._cpr_ids is not None:
            self.cpr_hint.setText(self.tr("Showing the result of a search by CPR number (logged)."))
        elif full:
            self.cpr_hint.setText(
                self.tr(
                    "The list searches only the birth date of a CPR number. To find the whole "
                    "number, press Enter or Search the CPR number: you give a purpose, and the "
                    "search is logged."
                )
            )
        else:
            self.cpr_hint.clear()
        self.cpr_hint.setVisible(full or self._cpr_ids is not None)
        self.cpr_button.setVisible(full and self._cpr_ids is None)
        self.clear_cpr_button.setVisible(self._cpr_ids is not None)

    def _enter_in_search(self) -> None:
        if access.looks_like_full_cpr(self.filters.search.text()):
            self.search_cpr()

    def search_cpr(self) -> None:
        number = self.filters.search.text()
        purpose = ask_purpose(
            self,
            self.tr("Search by CPR number"),
            self.tr("Searching by a whole CPR number is written to the access log."),
        )
        if purpose is None:
            return
        self.find_cpr(number, purpose)

    def find_cpr(self, number: str, purpose: str) -> Task:
        """The search is written to the access log: a write, on the write worker."""
        ws = self.workspace
        return self.context.tasks.write(
            lambda: access.find_by_cpr(ws, number, purpose),
            on_done=self._found_by_cpr,
            parent=self,
            busy=[self.cpr_button],
        )

    def _found_by_cpr(self, found: list[int]) -> None:
        self._cpr_ids = tuple(found)
        self.filters.search.blockSignals(True)
        self.filters.search.clear()
        self.filters.search.flush()
        self.filters.search.blockSignals(False)
        self.refresh()
        if not found:
            self.status_message.emit(self.tr("No applicant has that CPR number."))
        elif len(found) == 1:
            self.table.selectRow(0)

    def clear_cpr_search(self) -> None:
        self._cpr_ids = None
        self.refresh()

    # --- selection and actions -----------------------------------------------------------------

    def selected_rows(self) -> list[ApplicantListRow]:
        return self.model.rows_at(self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def _select_ids(self, ids: list[int]) -> None:
        wanted = set(ids)
        for number in range(min(self.model.rowCount(), PAGE_SIZE * 2)):
            row = self.model.row(number)
            if row is not None and row.id in wanted:
                self.table.selectRow(number)
                return

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.selected_rows()
        self.open_button.setEnabled(len(rows) == 1)
        self.suitable_button.setEnabled(len(rows) == 1 and not rows[0].anonymised)
        self.merge_button.setEnabled(len(rows) == 2 and not any(r.anonymised for r in rows))

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_applicant(row.id)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.open_applicant(rows[0].id)

    def open_applicant(self, applicant_id: int | None) -> Any:
        """The detail form of one applicant (None: a new one); returns the dialog."""
        try:
            form = ApplicantForm(self.workspace, applicant_id, self)
        except UserError as error:
            show_user_error(self, error)
            self.refresh()
            return None
        form.saved.connect(self._saved)
        form.open()
        return form

    def new_applicant(self) -> Any:
        return self.open_applicant(None)

    def _saved(self, applicant_id: int) -> None:
        self._waits_stale = True
        self.estimate_waits()
        self.refresh()
        self._count_reviews()
        self._select_ids([applicant_id])
        self.status_message.emit(self.tr("The applicant was saved."))

    def merge_selected(self) -> Any:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        return self._open_merge(ids[0], ids[1])

    def _open_merge(self, first: int, second: int) -> Any:
        try:
            dialog = MergeDialog.for_records(self.workspace, first, second, self)
        except UserError as error:
            show_user_error(self, error)
            return None
        dialog.merged.connect(self._saved)
        dialog.reload_requested.connect(lambda: self._open_merge(first, second))
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    def import_list(self) -> None:
        start_import(self, self._imported)

    def _imported(self) -> None:
        self._waits_stale = True  # new applicants: the waits are worked out again
        self.estimate_waits()
        self.refresh()

    def export_list(self) -> Any:
        """Export what the list shows: its search, filters, CPR search and order."""
        dialog = ExportApplicantsDialog(self.workspace, self, query=self.current_query())
        count = self.model.rowCount()
        scope = QLabel(
            formats.plural(
                count,
                self.tr("The {n} applicant the list shows now."),
                self.tr("The {n} applicants the list shows now, in its order."),
            )
        )
        scope.setObjectName("export_scope")
        scope.setWordWrap(True)
        dialog.form.insertRow(0, self.tr("Applicants:"), scope)
        dialog.exported.connect(lambda result: self.status_message.emit(result.summary()))
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def suitable_vacancies(self) -> Any:
        """The reverse view of matching: the waiting dwellings, suitable ones first, for the
        chosen applicant."""
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].anonymised:
            return None
        return open_suitable_vacancies(self, self.context, rows[0].id)

    def review_addresses(self) -> Any:
        """The addresses read from free text, to check (the list's own dialog)."""
        dialog = AddressReviewDialog(self.workspace, self)
        dialog.finished.connect(lambda _code: self._reviewed())
        dialog.open()
        self.review_dialog = dialog
        return dialog

    def _reviewed(self) -> None:
        self.refresh()
        self._count_reviews()

    def open_privacy(self) -> Any:
        dialog = PrivacyDialog(self.workspace, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog


PAGE = ApplicantsPage
