"""Tilbud og breve: the offers (open ones first), each step of an offer (send - in the offer
dialog, with the letter read first -, the letter's delivery, the reply, the lease start,
withdraw), the letters each step archived, and the day's letters to print."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import UserError
from desktop.core.letters import LetterPdf, record_printed, reprint
from desktop.core.offers import workflow
from desktop.core.offers.views import (
    OfferDetail,
    OfferFilter,
    OfferRow,
    filter_label,
    list_offers,
    offer_detail,
)
from desktop.core.offers.workflow import Outcome, consequence_label, status_label
from desktop.ui.dialogs.candidates import open_candidates
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.dialogs.decision_reason import ReasonDialog, ask_reason
from desktop.ui.dialogs.letter_delivery import DeliveryDialog, to_deliver
from desktop.ui.dialogs.letter_preview import LetterPreviewDialog, open_days_letters
from desktop.ui.dialogs.offer_letter import OfferDialog
from desktop.ui.dialogs.offer_reply import DeclineDialog, OfferDateDialog
from desktop.ui.models.rows import ADDRESS, NAME, NUMBER, TEXT, Column, RowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.offers_detail import OfferDetailPanel
from desktop.ui.tasks import Task
from desktop.ui.widgets.heading import title_bar
from desktop.ui.widgets.list_splitter import ListSplitter
from desktop.ui.widgets.list_view import list_view
from desktop.ui.widgets.overdue import days_left_column
from desktop.ui.widgets.search_field import SearchField


def _chosen_day(dialog: OfferDateDialog) -> dt.date | None:
    """The day of a step the user chose in `dialog`; None when they cancel."""
    return dialog.day if dialog.exec() else None


class OffersPage(Page):
    key = "offers"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.letters_button = QPushButton(self.tr("Print the day's &letters..."))
        self.letters_button.setObjectName("days_letters")
        filters = self._filter_row()
        self.model = RowModel(self._columns(), parent=self)
        # the nearest reply deadline first until a click
        self.table = list_view(self.model, name="offer_table", accessible=self.tr("Offers"))
        self.detail = OfferDetailPanel(self)
        layout = self.page_layout()
        layout.addLayout(title_bar(self.title(), self.letters_button))
        layout.addLayout(filters)
        layout.addWidget(self._list_and_detail(), 1)
        self.rows: list[OfferRow] = []
        self._pending: int | None = None
        self._wanted: int | None = None  # the offer whose detail is on its way
        self._keep = True
        self._connect()
        self.loaded = False

    def _filter_row(self) -> QHBoxLayout:
        self.which = QComboBox()
        self.which.setObjectName("offer_filter")
        self.which.setAccessibleName(self.tr("Show"))
        for value in OfferFilter:
            self.which.addItem(filter_label(value), value.value)
        self.search = SearchField(self, placeholder=self.tr("Search name or address... (Ctrl+F)"))
        self.search.install_shortcut(self)
        filters = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.which)
        filters.addWidget(show)
        filters.addWidget(self.which)
        filters.addWidget(self.search, 1)
        self.count = QLabel()
        filters.addWidget(self.count)
        return filters

    def _list_and_detail(self) -> ListSplitter:
        return ListSplitter(self.table, self.detail)

    def _connect(self) -> None:
        self.which.currentIndexChanged.connect(lambda _i: self.refresh(keep=False))
        self.search.search_changed.connect(lambda _t: self._show_rows())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.detail.action.connect(self.do)
        self.detail.letter_opened.connect(self.show_letter)
        self.letters_button.clicked.connect(self.print_days_letters)

    @staticmethod
    def title() -> str:
        return entry("offers").title()

    def _columns(self) -> list[Column[OfferRow]]:
        # who and which dwelling, and the deadline, decide: whole and in view beside the detail
        return [
            Column(self.tr("Applicant"), "applicant_name", role=NAME, deciding=True),
            Column(self.tr("Address"), "address", role=ADDRESS, deciding=True),
            Column(self.tr("Reply by"), "reply_deadline", display=formats.date, deciding=True),
            days_left_column(),
            Column(self.tr("Status"), "status", display=status_label),
            Column(self.tr("Sent"), "sent_on", display=formats.date),
            Column(self.tr("Department"), "department", role=NAME),
            Column(self.tr("Scheme"), "scheme", role=NAME),
            Column(self.tr("Rank"), "rank", role=NUMBER),
            Column(self.tr("Reply / consequence"), self._reply, role=TEXT),
            Column(self.tr("No."), "id", role=NUMBER),
        ]

    # --- loading ------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self, select: int | None = None, *, keep: bool = True) -> None:
        """Reload the list; then select `select` (else the current offer). With `keep`, an
        offer that left the list (after a step) stays in the detail panel."""
        ws = self.workspace
        which = OfferFilter(self.which.currentData() or OfferFilter.OPEN.value)
        if select is None:
            current = self.current_row()
            select = current.id if current is not None else None
        self._pending = select
        self._keep = keep
        self.context.tasks.run(lambda: list_offers(ws, which), on_done=self._loaded, parent=self)

    def _loaded(self, rows: list[OfferRow]) -> None:
        self.loaded = True
        self.rows = rows
        self._show_rows()

    def _show_rows(self) -> None:
        text = self.search.search_text.casefold()
        shown = [
            r
            for r in self.rows
            if not text or text in r.applicant_name.casefold() or text in r.address.casefold()
        ]
        self.model.set_rows(shown)
        self.count.setText(formats.plural(len(shown), self.tr("{n} offer"), self.tr("{n} offers")))
        pending, self._pending = self._pending, None
        if pending is not None and self.select_offer(pending):
            return
        if pending is not None and self._keep:  # it left the list (e.g. let): keep showing it
            self.table.clearSelection()
            self._load_detail(pending)
            return
        self._selected()

    def _reply(self, row: OfferRow) -> str:
        parts = [p for p in (row.reply, consequence_label(row.consequence)) if p]
        if row.lease_started:
            parts.append(self.tr("let"))
        return " · ".join(parts)

    def current_row(self) -> OfferRow | None:
        return self.model.row(self.table.currentIndex().row())

    def select_offer(self, offer_id: int) -> bool:
        index = self.model.find(lambda row: row.id == offer_id)
        if index < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(index, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(index, 0))
        return True

    def open_item(self, item: Any) -> None:
        """Show one offer (its id), whatever the filter."""
        offer_id = int(item)
        if any(r.id == offer_id for r in self.rows):
            self.search.clear()
            self._show_rows()
            self.select_offer(offer_id)
            return
        self.which.blockSignals(True)
        self.which.setCurrentIndex(self.which.findData(OfferFilter.ALL.value))
        self.which.blockSignals(False)
        self.search.clear()
        self.refresh(select=offer_id)

    def _selected(self) -> None:
        row = self.current_row()
        if row is None:
            self._wanted = None
            self.detail.show_detail(None)
            return
        self._load_detail(row.id)

    def _load_detail(self, offer_id: int) -> None:
        ws = self.workspace
        self._wanted = offer_id
        self.context.tasks.run(
            lambda: offer_detail(ws, offer_id), on_done=self._show_detail, parent=self
        )

    def _show_detail(self, detail: OfferDetail) -> None:
        if detail.id == self._wanted:
            self.detail.show_detail(detail)

    # --- the steps ----------------------------------------------------------------------------

    def do(self, action: str) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        handlers = {
            "send": self.send,
            "accept": self.accept_offer,
            "decline": self.decline,
            "withdraw": self.withdraw,
            "lease": self.enter_lease,
            "candidates": self.candidates,
            "deliver": self.deliver,
        }
        handlers[action](detail)

    def _run(self, step: Any, offer_id: int) -> None:
        """Run a workflow step as a background write; then refresh and say what happened."""

        def done(outcome: Outcome) -> None:
            message = outcome.message
            if outcome.next_offer_id is not None:
                message += " " + self.tr("The next candidate has a draft offer ({id}).").format(
                    id=outcome.next_offer_id
                )
            self.status_message.emit(message)
            # the next candidate's draft is what the desk looks at next
            self.refresh(select=outcome.next_offer_id or offer_id)

        def refused(error: UserError) -> None:
            # e.g. another workstation answered the offer first: the list shows it as it is now
            handle_conflict(self, error, lambda: self.refresh(select=offer_id))
            self.refresh(select=offer_id)

        self.context.tasks.write(
            step,
            on_done=done,
            on_error=refused,
            parent=self,
            progress=self.tr("Saving and writing the letter"),
            busy=[self.detail],
        )

    def send(self, d: OfferDetail) -> Any:
        """The draft in the offer dialog: the letter read, the deadline and the way it goes
        chosen, then sent and delivered."""
        dialog = OfferDialog.draft(self.context, d.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.sent.connect(lambda outcome: self._sent(outcome, d.id))
        dialog.open()
        self.offer_dialog = dialog
        return dialog

    def _sent(self, outcome: Outcome, offer_id: int) -> None:
        self.status_message.emit(outcome.message)
        self.refresh(select=offer_id)

    def deliver(self, d: OfferDetail) -> Any:
        """The offer letter's next step to the citizen (print, Digital Post, hand-over)."""
        state = d.letter_state
        letter = to_deliver(self.workspace, state.letter_id) if state is not None else None
        if letter is None:  # delivered meanwhile (another desk)
            self.refresh(select=d.id)
            return None
        dialog = DeliveryDialog(self.workspace, letter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.delivered.connect(lambda done: self._delivered(done.message, d.id))
        dialog.open()
        self.delivery_dialog = dialog
        return dialog

    def _delivered(self, message: str, offer_id: int) -> None:
        self.status_message.emit(message)
        self.refresh(select=offer_id)

    def accept_offer(self, d: OfferDetail) -> None:
        ws = self.workspace
        dialog = OfferDateDialog(
            self.tr("Offer accepted"),
            self.tr(
                "{name} accepts {address}. The allocation notice to the organisation is archived."
            ).format(name=d.applicant_name, address=d.address),
            self.tr("&Answered on:"),
            ws.today(),
            minimum=d.sent_on,
            maximum=ws.today(),
            parent=self,
        )
        day = _chosen_day(dialog)
        if day is not None:
            version = d.version
            self._run(
                lambda: workflow.accept_offer(ws, d.id, answered_on=day, expected_version=version),
                d.id,
            )

    def decline(self, d: OfferDetail) -> None:
        ws = self.workspace
        dialog = DeclineDialog(ws, d, self)
        if not dialog.exec():
            return
        values = (
            dialog.reason_code or "",
            dialog.side,
            dialog.text,
            dialog.good_reason,
            dialog.answered_on,
            dialog.decision_reasons,
            d.version,
        )
        code, side, text, good, answered, reasons, version = values
        self._run(
            lambda: workflow.decline_offer(
                ws,
                d.id,
                reason_code=code,
                side=side,
                text=text,
                good_reason=good,
                answered_on=answered,
                decision_reasons=reasons,
                expected_version=version,
            ),
            d.id,
        )

    def withdraw(self, d: OfferDetail) -> ReasonDialog:
        self.reason_dialog = ask_reason(
            self,
            self.tr("Withdraw offer"),
            [
                self.tr("Why is the offer to {name} withdrawn? (stored with the offer)").format(
                    name=d.applicant_name
                )
            ],
            self.tr("&Withdraw"),
            lambda reason: self._withdraw(d, reason),
        )
        return self.reason_dialog

    def _withdraw(self, d: OfferDetail, reason: str) -> None:
        ws, version = self.workspace, d.version
        self._run(
            lambda: workflow.withdraw_offer(ws, d.id, reason=reason, expected_version=version),
            d.id,
        )

    def enter_lease(self, d: OfferDetail) -> None:
        ws = self.workspace
        dialog = OfferDateDialog(
            self.tr("Lease start"),
            self.tr("The dwelling is let from the day the lease starts; the rent loss stops then."),
            self.tr("&Lease starts:"),
            ws.today(),
            minimum=d.sent_on,
            parent=self,
        )
        day = _chosen_day(dialog)
        if day is not None:
            version = d.version
            self._run(
                lambda: workflow.enter_lease_start(ws, d.id, day, expected_version=version), d.id
            )

    def candidates(self, d: OfferDetail) -> None:
        dialog = open_candidates(self, self.context, d.vacancy_id)
        dialog.offer_created.connect(lambda offer_id: self.refresh(select=offer_id))
        self.candidates_dialog = dialog

    # --- letters --------------------------------------------------------------------------------

    def show_letter(self, letter_id: int) -> Task:
        ws, purpose = self.workspace, self.tr("shown on the offers page")

        def show(letter: LetterPdf) -> None:
            dialog = LetterPreviewDialog(
                letter, self, on_output=lambda used: record_printed(ws, letter, purpose=used)
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.open()

        # showing a letter is logged: a write
        return self.context.tasks.write(
            lambda: reprint(ws, letter_id, purpose=purpose), on_done=show, parent=self
        )

    def print_days_letters(self) -> None:
        open_days_letters(self.workspace, self.workspace.today(), self)


PAGE = OffersPage
