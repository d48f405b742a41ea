"""Kandidater: who may be offered a dwelling, in which order and why; every excluded applicant
with every rule that excludes them; the dwelling's earlier offers.

    open_candidates(parent, context, vacancy_id)          # the vacancy page's button
    open_suitable_vacancies(parent, context, applicant_id)  # the reverse view

Choosing a candidate ("Create offer…", or Enter in the list) opens the offer dialog
(`desktop.ui.dialogs.offer_letter`): nothing is made until its Send, and a double-click only
chooses. The ranking and the excluded list are computed in the background (100,000 applicants: the
ranking in a fraction of a second, the excluded tab in a few seconds with a progress dialog).
The lists show core's rows as they come (`Candidate`, `Excluded`, `OfferRow`, `VacancyMatch`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.enums import ApplicantStatus
from desktop.core import formats
from desktop.core.applicants import labels as applicant_labels
from desktop.core.intake.check import list_label
from desktop.core.intake.vocabulary import dwelling_type_label
from desktop.core.matching import (
    PAGE,
    Candidate,
    CandidateList,
    Criterion,
    Excluded,
    ExcludedPages,
    ExcludedQuery,
    Reason,
    VacancyInfo,
    VacancyMatch,
    criterion_label,
    rank_candidates,
    rule_title,
    suitable_vacancies,
    urgency_label,
)
from desktop.core.matching.ranking import URGENCY_LEVEL
from desktop.core.offers import views as offer_views
from desktop.core.offers import workflow
from desktop.core.offers.views import OfferRow
from desktop.core.offers.workflow import Outcome
from desktop.ui.dialogs.offer_letter import OfferDialog
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.models.rows import ADDRESS, NAME, NUMBER, TEXT, Column, GrowingRowModel, RowModel
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import ColourBadge
from desktop.ui.widgets.list_view import list_view
from desktop.ui.widgets.screen_fit import resize_within_screen
from desktop.ui.widgets.search_field import SearchField


def _html_list(title: str, lines: list[str]) -> str:
    items = "".join(f"<li>{_escape(line)}</li>" for line in lines)
    return f"<p><b>{_escape(title)}</b></p><ul>{items}</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rules(rules: tuple[Reason, ...]) -> str:
    return "; ".join(rule_title(r.code) for r in rules)


def _fit(score: float | None) -> str:
    return "" if score is None else formats.number(score, 0)


def _split(left: QWidget, right: QWidget, stretch: tuple[int, int], sizes: list[int]) -> QSplitter:
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    split.setSizes(sizes)
    return split


class _Layout:
    """The dialog's widgets over its three lists; the behaviour lives in `CandidatesDialog`."""

    def __init__(
        self,
        dialog: QDialog,
        ranked: RowModel[Candidate],
        excluded: GrowingRowModel[Excluded],
        offers: RowModel[OfferRow],
    ) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._ranked_tab(ranked), "")
        self.tabs.addTab(self._excluded_tab(dialog, excluded), "")
        self.tabs.addTab(self._offers_tab(offers), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        main = QVBoxLayout(dialog)
        main.addLayout(self._head())
        main.addWidget(self.facts)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.buttons)

    def _head(self) -> QHBoxLayout:
        self.heading = QLabel()
        self.heading.setObjectName("candidates_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.colour = ColourBadge()
        self.facts = QLabel()
        self.facts.setObjectName("candidates_facts")
        self.facts.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.colour, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _ranked_tab(self, model: RowModel[Candidate]) -> QWidget:
        self.ranked = list_view(model, name="candidate_table")
        self.reasons = QTextBrowser()
        self.reasons.setObjectName("candidate_reasons")
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("create_offer")
        self.ranked_note = QLabel()
        self.ranked_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.ranked_note)
        # the list needs the width (eight columns, the names whole); the reasons wrap
        layout.addWidget(_split(self.ranked, self.reasons, (4, 1), [820, 250]), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.offer_button)
        layout.addLayout(buttons)
        return page

    def _excluded_tab(self, dialog: QDialog, model: GrowingRowModel[Excluded]) -> QWidget:
        self.search = SearchField(dialog)
        self.shown_filter = QComboBox()
        self.shown_filter.setObjectName("shown_filter")
        self.rule_filter = QComboBox()
        self.rule_filter.setObjectName("rule_filter")
        self.excluded_note = QLabel()
        # in applicant-number order, a page at a time as it scrolls: no sorting
        self.excluded = list_view(model, name="excluded_table", sorted_by=None)
        self.excluded_reasons = QTextBrowser()
        self.excluded_reasons.setObjectName("excluded_reasons")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.shown_filter, 1)
        filters.addWidget(self.rule_filter, 1)
        filters.addWidget(self.excluded_note, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(_split(self.excluded, self.excluded_reasons, (3, 2), [760, 300]), 1)
        return page

    def _offers_tab(self, model: RowModel[OfferRow]) -> QWidget:
        self.offers = list_view(model, name="vacancy_offers_table")
        page = QWidget()
        QVBoxLayout(page).addWidget(self.offers)
        return page


class CandidatesDialog(QDialog):
    """The candidates of one dwelling. `offer_created(offer_id)` after an offer is sent from
    the offer dialog (this dialog then closes: the dwelling is offered)."""

    offer_created = Signal(int)

    RANKED, EXCLUDED, OFFERS = range(3)
    excluded_page = PAGE  # excluded applicants fetched at a time

    def __init__(
        self, context: PageContext, vacancy_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("candidates_dialog")
        self.context = context
        self.vacancy_id = vacancy_id
        self.ranking: CandidateList | None = None
        self.offers: list[OfferRow] = []
        self.excluded_pages: ExcludedPages | None = None  # the query whose rows are shown
        self.ranked_model = RowModel(self._ranked_columns(), parent=self)
        self.excluded_model = GrowingRowModel(self._excluded_columns(), parent=self)
        self.offers_model = RowModel(self._offer_columns(), parent=self)
        self.ui = _Layout(self, self.ranked_model, self.excluded_model, self.offers_model)
        self._texts()
        self._connect()
        resize_within_screen(self, 1100, 720)  # never beyond a laptop's screen
        self.ranking_task: Task | None = None
        self.excluded_task: Task | None = None
        self.offer_dialog: OfferDialog | None = None
        self.refresh()

    def _texts(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Candidates"))
        ui.tabs.setTabText(self.RANKED, self.tr("&Candidates"))
        ui.tabs.setTabText(self.EXCLUDED, self.tr("&Excluded"))
        ui.tabs.setTabText(self.OFFERS, self.tr("Offers of the &dwelling"))
        ui.ranked.setAccessibleName(self.tr("Candidates in ranking order"))
        ui.excluded.setAccessibleName(self.tr("Excluded applicants"))
        ui.offers.setAccessibleName(self.tr("Offers of the dwelling"))
        ui.offer_button.setText(self.tr("Create &offer..."))
        ui.offer_button.setShortcut(QKeySequence("Ctrl+Return"))
        ui.offer_button.setEnabled(False)
        ui.search.setPlaceholderText(self.tr("Search by name or number... (Ctrl+F)"))
        ui.search.install_shortcut(self)
        finish_shortcuts(self)  # "Opret tilbud (Ctrl+Return)" in the tooltip, Alt+T kept
        ui.rule_filter.setAccessibleName(self.tr("Show applicants excluded by"))
        ui.shown_filter.setAccessibleName(self.tr("Show which applicants"))
        ui.shown_filter.addItem(self.tr("Applicants on the list"), False)
        ui.shown_filter.addItem(self.tr("Everyone, also housed and removed"), True)
        ui.rule_filter.addItem(self.tr("Every rule"), None)

    def _connect(self) -> None:
        ui = self.ui
        ui.ranked.selectionModel().currentRowChanged.connect(self._show_reasons)
        # Enter opens the offer dialog; a double-click only chooses (it never makes an offer)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), ui.ranked)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.create_offer)
        ui.excluded.selectionModel().currentRowChanged.connect(self._show_exclusion)
        ui.offer_button.clicked.connect(lambda _checked: self.create_offer())
        ui.search.search_changed.connect(lambda _text: self._load_excluded())
        ui.rule_filter.currentIndexChanged.connect(lambda _i: self._load_excluded())
        ui.shown_filter.currentIndexChanged.connect(lambda _i: self._load_excluded())
        ui.tabs.currentChanged.connect(self._tab_shown)
        ui.buttons.rejected.connect(self.reject)

    # --- columns ------------------------------------------------------------------------------

    def _group(self, code: str) -> str:
        """The target group as the desk names it."""
        return self.ranking.group_label(code) if self.ranking is not None else code

    def _ranked_columns(self) -> list[Column[Candidate]]:
        return [
            Column(self.tr("No."), "rank", role=NUMBER, deciding=True),
            Column(self.tr("Name"), "name", role=NAME, deciding=True),
            Column(self.tr("Target group"), lambda c: self._group(c.target_group)),
            Column(
                self.tr("Urgency"),
                "urgency",
                display=urgency_label,
                sort_key=URGENCY_LEVEL.__getitem__,
            ),
            Column(
                self.tr("Waiting (days)"),
                "waiting_days",
                display=formats.number,
                role=NUMBER,
                deciding=True,
            ),
            Column(self.tr("Persons"), "household_size", role=NUMBER, deciding=True),
            Column(
                self.tr("Fit"),
                "score",
                display=lambda v: formats.number(v, 0),
                role=NUMBER,
                deciding=True,
            ),
            Column(self.tr("Applicant no."), "applicant_id", role=NUMBER, deciding=True),
        ]

    def _excluded_columns(self) -> list[Column[Excluded]]:
        return [
            # the name first and whole; the rules that exclude give way (cut, whole in the
            # tooltip and in the panel beside)
            Column(self.tr("Name"), "name", role=NAME, deciding=True),
            Column(self.tr("No."), "applicant_id", role=NUMBER, deciding=True),
            Column(self.tr("Status"), lambda e: applicant_labels.status(ApplicantStatus(e.status))),
            Column(self.tr("Target group"), lambda e: self._group(e.target_group)),
            Column(self.tr("Rules"), lambda e: len(e.rules), role=NUMBER, deciding=True),
            Column(self.tr("Excluded by"), lambda e: _rules(e.rules), role=TEXT),
        ]

    def _offer_columns(self) -> list[Column[OfferRow]]:
        return [
            Column(self.tr("Offer"), "id", role=NUMBER, deciding=True),
            Column(self.tr("Status"), lambda o: workflow.status_label(o.status), deciding=True),
            Column(self.tr("Applicant"), "applicant_name", role=NAME, deciding=True),
            Column(self.tr("Rank"), "rank", role=NUMBER, deciding=True),
            Column(self.tr("Sent"), "sent_on", display=formats.date),
            Column(self.tr("Reply by"), "reply_deadline", display=formats.date, deciding=True),
            Column(self.tr("Reply"), "reply", role=TEXT),
        ]

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rank again (after an offer, or when the data changed) and reload the tabs."""
        self.excluded_pages = None
        ws = self.context.workspace
        self.ui.ranked_note.setText(self.tr("Ranking the applicants..."))
        vacancy_id = self.vacancy_id
        self.ranking_task = self.context.tasks.run(
            lambda: (
                rank_candidates(ws, vacancy_id),
                offer_views.offers_of_vacancy(ws, vacancy_id),
            ),
            on_done=self._ranked,
            parent=self,
        )
        if self.ui.tabs.currentIndex() == self.EXCLUDED:
            self._load_excluded()

    def _ranked(self, result: tuple[CandidateList, list[OfferRow]]) -> None:
        ranking, offers = result
        first = self.ranking is None
        self.ranking = ranking
        self.offers = offers
        self._show_vacancy(ranking.vacancy)
        self._show_ranking(ranking)
        self.offers_model.set_rows(offers)
        self.ui.tabs.setTabText(
            self.OFFERS, self.tr("Offers of the &dwelling ({count})").format(count=len(offers))
        )
        if ranking.candidates:
            self.ui.ranked.selectionModel().setCurrentIndex(
                self.ranked_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if first and self.focusWidget() in (None, self.ui.tabs.tabBar()):
                # the list to choose from, not the tabs: Down goes to the next candidate
                self.ui.ranked.setFocus()
        else:
            self.ui.reasons.clear()
        self._update_offer_button()

    def _show_vacancy(self, v: VacancyInfo) -> None:
        self.setWindowTitle(self.tr("Candidates: {address}").format(address=v.address))
        self.ui.heading.setText(
            f"<span style='font-size:14pt; font-weight:600'>{_escape(v.address)}</span>"
            f"<br>{_escape(v.postcode_city)} · {_escape(v.department)} · {_escape(v.organisation)}"
        )
        self.ui.colour.set_colour(v.colour.value if v.colour else None)
        facts = [
            dwelling_type_label(v.dwelling_type),
            v.scheme_name,
            formats.plural(
                v.rooms, self.tr("{n} room"), self.tr("{n} rooms"), written=formats.rooms(v.rooms)
            )
            if v.rooms
            else "",
            self.tr("{amount} a month incl. a conto").format(amount=formats.money(v.monthly_total)),
            self.tr("Desk's deadline {date}").format(date=formats.date(v.desk_deadline))
            if v.desk_deadline
            else "",
            self.tr("Rent loss so far {amount}").format(amount=formats.money(v.rent_loss)),
        ]
        if v.lists:
            facts.append(
                self.tr("On the ministry lists: {lists}").format(
                    lists=", ".join(list_label(k) for k in v.lists)
                )
            )
        self.ui.facts.setText(" · ".join(f for f in facts if f))

    def _show_ranking(self, ranking: CandidateList) -> None:
        self.ranked_model.set_rows(ranking.candidates)
        count = len(ranking.candidates)
        self.ui.tabs.setTabText(self.RANKED, self.tr("&Candidates ({count})").format(count=count))
        if ranking.blocked is not None:
            note = ranking.blocked.text
        elif not count:
            note = self.tr("No applicant may be offered this dwelling. The Excluded tab shows why.")
        else:
            note = self.tr(
                "Ranked by {order}; ties go to the lower applicant number. Select a candidate to "
                "see why they stand where they do."
            ).format(order=", ".join(self._criterion(c) for c in ranking.order))
        if ranking.note is not None:  # a private landlord's dwelling: no department's rules
            note = f"{ranking.note} {note}"
        self.ui.ranked_note.setText(note)

    def _criterion(self, criterion: Criterion) -> str:
        return criterion_label(criterion).lower()

    def _tab_shown(self, index: int) -> None:
        if index == self.EXCLUDED and self.excluded_pages is None and self.excluded_task is None:
            self._load_excluded()

    def excluded_query(self) -> ExcludedQuery:
        """What the excluded tab's filters ask for."""
        ui = self.ui
        return ExcludedQuery(
            everyone=bool(ui.shown_filter.currentData()),
            rule=ui.rule_filter.currentData(),
            text=ui.search.search_text,
        )

    def _load_excluded(self) -> None:
        """The excluded tab from its first page (the filters changed, or it is first shown)."""
        if self.excluded_task is not None:
            self.excluded_task.cancel()
        ws, vacancy_id, query = self.context.workspace, self.vacancy_id, self.excluded_query()
        size = self.excluded_page

        def first() -> Generator[Any, None, tuple[ExcludedPages, list[Excluded]]]:
            pages = ExcludedPages(ws, vacancy_id, query)
            rows = yield from pages.next_page(size)
            return pages, rows

        self.ui.excluded_note.setText(self.tr("Checking the applicants..."))
        self._run_excluded(first, self._excluded_loaded)

    def _run_excluded(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        mine: list[Task] = []  # the task, for its own outcome (a newer one may have started)
        task = self.context.tasks.run(
            fn,
            on_done=done,
            on_cancelled=lambda: self._excluded_cancelled(mine[0], cancelled),
            parent=self,
            progress=self.tr("Checking the applicants against the rules"),
        )
        mine.append(task)
        self.excluded_task = task
        task.finished.connect(lambda: self._excluded_finished(task))

    def _excluded_cancelled(self, task: Task, then: Callable[[], None] | None) -> None:
        if self.excluded_task is task:
            self.ui.excluded_note.setText(self.tr("Cancelled."))
            if then is not None:
                then()

    def _excluded_finished(self, task: Task) -> None:
        if self.excluded_task is task:
            self.excluded_task = None

    def _excluded_loaded(self, result: tuple[ExcludedPages, list[Excluded]]) -> None:
        pages, rows = result
        if pages.query != self.excluded_query():
            return  # the filters changed meanwhile; their own load is under way
        self.excluded_pages = pages
        if self.ui.rule_filter.count() == 1:  # the rules that can exclude from this dwelling
            combo = self.ui.rule_filter
            combo.blockSignals(True)
            for code in pages.rule_codes():
                combo.addItem(rule_title(code), code)
            combo.blockSignals(False)
        self.excluded_model.start(rows, self._more_excluded(pages))
        self.ui.excluded_reasons.clear()
        self._excluded_shown()

    def _more_excluded(self, pages: ExcludedPages) -> Callable[[], None] | None:
        """What the list calls for the page after those shown (None: no more)."""
        if pages.done:
            return None

        def more() -> None:
            size = self.excluded_page
            self._run_excluded(
                lambda: pages.next_page(size),
                lambda rows: self._appended(pages, rows),
                # a page cancelled is not lost: the list may ask for it again
                lambda: self._appended(pages, []),
            )

        return more

    def _appended(self, pages: ExcludedPages, rows: list[Excluded]) -> None:
        if pages is self.excluded_pages:
            self.excluded_model.append_rows(rows, self._more_excluded(pages))
            self._excluded_shown()

    def _excluded_shown(self) -> None:
        count = self.excluded_model.rowCount()
        shown = formats.number(count)
        if self.excluded_model.complete:
            self.ui.excluded_note.setText(self.tr("Shown: {shown}").format(shown=shown))
            self.ui.tabs.setTabText(
                self.EXCLUDED, self.tr("&Excluded ({count})").format(count=shown)
            )
        else:
            self.ui.excluded_note.setText(
                self.tr("Shown: {shown}; more as the list scrolls").format(shown=shown)
            )
            self.ui.tabs.setTabText(self.EXCLUDED, self.tr("&Excluded"))

    # --- selection ----------------------------------------------------------------------------

    def selected_candidate(self) -> int | None:
        """The index in the ranking of the selected candidate."""
        row = self.ranked_model.row(self.ui.ranked.currentIndex().row())
        if row is None or self.ranking is None:
            return None
        return self.ranking.index_of(row.applicant_id)

    def _show_reasons(self) -> None:
        index = self.selected_candidate()
        if self.ranking is None or index is None:
            self.ui.reasons.clear()
        else:
            c = self.ranking.candidates[index]
            title = self.tr("No. {rank}: {name}").format(rank=c.rank, name=c.name)
            self.ui.reasons.setHtml(
                _html_list(title, [r.text for r in self.ranking.reasons(index)])
            )
        self._update_offer_button()

    def _show_exclusion(self) -> None:
        entry = self.excluded_model.row(self.ui.excluded.currentIndex().row())
        if entry is None:
            self.ui.excluded_reasons.clear()
            return
        title = self.tr("{name} (no. {id}) may not be offered the dwelling:").format(
            name=entry.name, id=entry.applicant_id
        )
        self.ui.excluded_reasons.setHtml(_html_list(title, [r.text for r in entry.rules]))

    def _update_offer_button(self) -> None:
        ranking = self.ranking
        busy = any(o.status.is_open and not o.lease_started for o in self.offers)
        self.ui.offer_button.setEnabled(
            ranking is not None and self.selected_candidate() is not None and not busy
        )
        self.ui.offer_button.setToolTip(
            self.tr("The dwelling already has an open offer.") if busy else ""
        )

    # --- the offer ----------------------------------------------------------------------------

    def create_offer(self) -> OfferDialog | None:
        """The offer dialog for the selected candidate: the letter, the deadline, the way it
        goes, and why the candidates above are passed over when it is not number 1. Nothing is
        made until its Send."""
        index = self.selected_candidate()
        if self.ranking is None or index is None or not self.ui.offer_button.isEnabled():
            return None
        candidate = self.ranking.candidates[index]
        # beside this dialog, not in it (on the page it was opened from): this one closes
        # when the offer is sent
        dialog = OfferDialog.new(
            self.context, self.vacancy_id, candidate.applicant_id, self.parentWidget()
        )
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.sent.connect(self._offer_sent)
        dialog.open()
        self.offer_dialog = dialog
        return dialog

    def _offer_sent(self, outcome: Outcome) -> None:
        self.ui.offer_button.setEnabled(False)  # the dwelling has an open offer now
        self.offer_created.emit(outcome.offer_id)
        self.close()


def open_candidates(
    parent: QWidget | None, context: PageContext, vacancy_id: int
) -> CandidatesDialog:
    """Show the candidates of a dwelling (non-modal; the dialog deletes itself when closed).

    The caller may connect `dialog.offer_created` to refresh its own list."""
    dialog = CandidatesDialog(context, vacancy_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


# --- the reverse view ------------------------------------------------------------------------


class SuitableVacanciesDialog(QDialog):
    """The dwellings waiting for a tenant, seen from one applicant: suitable ones first."""

    def __init__(
        self, context: PageContext, applicant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suitable_vacancies_dialog")
        self.context = context
        self.applicant_id = applicant_id
        self.setWindowTitle(self.tr("Suitable dwellings"))
        self.model = RowModel(self._columns(), parent=self)
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.candidates_button.clicked.connect(self.open_selected)
        self.resize(980, 620)
        ws = context.workspace
        self.task = context.tasks.run(
            lambda: suitable_vacancies(ws, applicant_id), on_done=self._loaded, parent=self
        )

    def _columns(self) -> list[Column[VacancyMatch]]:
        yes, no = self.tr("Yes"), self.tr("No")
        return [
            Column(self.tr("Address"), lambda m: m.vacancy.address, role=ADDRESS, deciding=True),
            Column(self.tr("Department"), lambda m: m.vacancy.department, role=NAME, deciding=True),
            Column(
                self.tr("Rooms"),
                lambda m: m.vacancy.rooms,
                display=formats.rooms,
                role=NUMBER,
                deciding=True,
            ),
            Column(
                self.tr("Rent"),
                lambda m: m.vacancy.monthly_total,
                display=formats.money,
                role=NUMBER,
                deciding=True,
            ),
            Column(self.tr("Suitable"), lambda m: yes if m.suitable else no, deciding=True),
            Column(self.tr("Fit"), "score", display=_fit, role=NUMBER),
            Column(self.tr("Why not"), lambda m: _rules(m.reasons), role=TEXT),
        ]

    def _layout(self) -> None:
        self.note = QLabel(self.tr("Checking the dwellings..."))
        self.note.setWordWrap(True)
        self.table = list_view(
            self.model, name="suitable_table", accessible=self.tr("Dwellings waiting for a tenant")
        )
        self.details = QTextBrowser()
        self.candidates_button = QPushButton(self.tr("Open &candidates..."))
        self.candidates_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.candidates_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def _loaded(self, matches: list[VacancyMatch]) -> None:
        self.model.set_rows(matches)
        suitable = sum(1 for m in matches if m.suitable)
        self.note.setText(
            formats.plural(
                len(matches),
                self.tr("{suitable} of {n} dwelling waiting for a tenant is suitable."),
                self.tr("{suitable} of {n} dwellings waiting for a tenant are suitable."),
            ).format(suitable=formats.number(suitable))
        )

    def _selected(self) -> VacancyMatch | None:
        return self.model.row(self.table.currentIndex().row())

    def _show(self) -> None:
        match = self._selected()
        self.candidates_button.setEnabled(match is not None)
        if match is None:
            self.details.clear()
        elif match.suitable:
            self.details.setHtml(
                _escape(self.tr("Suitable; fit {score} of 100.").format(
                    score=formats.number(match.score or 0, 0)
                ))
            )  # fmt: skip
        else:
            self.details.setHtml(
                _html_list(self.tr("Not suitable:"), [r.text for r in match.reasons])
            )

    def open_selected(self) -> None:
        match = self._selected()
        if match is not None:
            open_candidates(self.parentWidget() or self, self.context, match.vacancy.id)


def open_suitable_vacancies(
    parent: QWidget | None, context: PageContext, applicant_id: int
) -> SuitableVacanciesDialog:
    """Show which waiting dwellings suit an applicant (the applicant page may call it)."""
    dialog = SuitableVacanciesDialog(context, applicant_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
