"""Tilbud og breve: the offers (open ones first), each step of an offer (send, the reply, the
lease start, withdraw), the letters each step archived, and the day's letters to print."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import UserError
from desktop.core.letters import LetterPdf, record_printed, reprint
from desktop.core.offers import choices, workflow
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
from desktop.ui.dialogs.offer_reply import DeclineDialog, OfferDateDialog
from desktop.ui.models.rows import RIGHT, Column, RowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.offers_detail import OfferDetailPanel
from desktop.ui.tasks import Task
from desktop.ui.widgets.search_field import SearchField


def _days(value: int | None) -> str:
    return "" if value is None else str(value)


class OffersPage(Page):
    key = "offers"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        heading = QLabel(self.title())
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.which = QComboBox()
        self.which.setObjectName("offer_filter")
        self.which.setAccessibleName(self.tr("Show"))
        for value in OfferFilter:
            self.which.addItem(filter_label(value), value.value)
        self.search = SearchField(self, placeholder=self.tr("Search name or address... (Ctrl+F)"))
        self.search.install_shortcut(self)
        self.letters_button = QPushButton(self.tr("Print the day's &letters..."))
        self.letters_button.setObjectName("days_letters")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.letters_button)
        filters = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.which)
        filters.addWidget(show)
        filters.addWidget(self.which)
        filters.addWidget(self.search, 1)
        self.count = QLabel()
        filters.addWidget(self.count)

        self.model = RowModel(self._columns(), parent=self)
        self.table = QTableView()
        self.table.setObjectName("offer_table")
        self.table.setAccessibleName(self.tr("Offers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the nearest reply deadline first until a click
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = OfferDetailPanel(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 440])  # the list with its reply-by and days-left columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        self.rows: list[OfferRow] = []
        self._pending: int | None = None
        self._wanted: int | None = None  # the offer whose detail is on its way
        self._keep = True
        self.which.currentIndexChanged.connect(lambda _i: self.refresh(keep=False))
        self.search.search_changed.connect(lambda _t: self._show_rows())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.detail.action.connect(self.do)
        self.detail.letter_opened.connect(self.show_letter)
        self.letters_button.clicked.connect(self.print_days_letters)
        self.loaded = False

    @staticmethod
    def title() -> str:
        return entry("offers").title()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), 0, align=RIGHT),
            Column(self.tr("Status"), 1, display=status_label),
            Column(self.tr("Applicant"), 2),
            Column(self.tr("Address"), 3),
            # the deadline before the rest: in view beside the detail without scrolling
            Column(self.tr("Reply by"), 6, display=formats.date),
            Column(self.tr("Days left"), 7, align=RIGHT, display=_days),
            Column(self.tr("Department"), 4),
            Column(self.tr("Sent"), 5, display=formats.date),
            Column(self.tr("Rank"), 8, align=RIGHT),
            Column(self.tr("Reply / consequence"), 9),
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
        self.model.set_rows(
            [
                (
                    r.id,
                    r.status,
                    r.applicant_name,
                    r.address,
                    r.department,
                    r.sent_on,
                    r.reply_deadline,
                    r.days_left,
                    r.rank,
                    self._reply(r),
                    r,
                )
                for r in shown
            ]
        )
        self.count.setText(self.tr("{count} offers").format(count=len(shown)))
        if not self.table.horizontalHeader().sectionsMoved() and shown:
            self.table.resizeColumnsToContents()
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
        row = self.model.row(self.table.currentIndex().row())
        return None if row is None else row[10]

    def select_offer(self, offer_id: int) -> bool:
        index = self.model.find(lambda row: row[0] == offer_id)
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

    def send(self, d: OfferDetail) -> None:
        ws = self.workspace
        dialog = OfferDateDialog(
            self.tr("Send offer"),
            self.tr(
                "The offer letter to {name} is archived and the dwelling marked offered. Choose "
                "the reply deadline:"
            ).format(name=d.applicant_name),
            self.tr("&Reply by:"),
            choices.proposed_reply_deadline(ws),
            minimum=ws.today(),
            parent=self,
        )
        if dialog.exec():
            day, version = dialog.day, d.version
            self._run(
                lambda: workflow.send_offer(ws, d.id, reply_deadline=day, expected_version=version),
                d.id,
            )

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
        if dialog.exec():
            day, version = dialog.day, d.version
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

    def withdraw(self, d: OfferDetail) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Withdraw offer"),
            self.tr("Why is the offer to {name} withdrawn? (stored with the offer)").format(
                name=d.applicant_name
            ),
        )
        if ok:
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
        if dialog.exec():
            day, version = dialog.day, d.version
            self._run(
                lambda: workflow.enter_lease_start(ws, d.id, day, expected_version=version), d.id
            )

    def candidates(self, d: OfferDetail) -> None:
        dialog = open_candidates(self, self.context, d.vacancy_id)
        dialog.offer_created.connect(lambda offer_id: self.refresh(select=offer_id))

    # --- letters --------------------------------------------------------------------------------

    def show_letter(self, letter_id: int) -> Task:
        from desktop.ui.dialogs.letter_preview import LetterPreviewDialog  # noqa: PLC0415

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
        from desktop.ui.dialogs.letter_preview import open_days_letters  # noqa: PLC0415

        open_days_letters(self.workspace, self.workspace.today(), self)


PAGE = OffersPage
