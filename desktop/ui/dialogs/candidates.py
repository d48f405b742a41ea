"""Kandidater: who may be offered a dwelling, in which order and why; every excluded applicant
with every rule that excludes them; the dwelling's earlier offers.

    open_candidates(parent, context, vacancy_id)          # the vacancy page's button
    open_suitable_vacancies(parent, context, applicant_id)  # the reverse view

The ranking and the excluded list are computed in the background (100,000 applicants: the
ranking in a fraction of a second, the excluded tab in a few seconds with a progress dialog).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
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
    CandidateList,
    Excluded,
    VacancyMatch,
    excluded_applicants,
    rank_candidates,
    rule_title,
    suitable_vacancies,
    urgency_label,
)
from desktop.core.matching.ranking import URGENCY_LEVEL
from desktop.core.offers import views as offer_views
from desktop.core.offers import workflow
from desktop.ui.dialogs.conflict import handle_conflict
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.models.rows import RIGHT, Column, RowModel
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import ColourBadge
from desktop.ui.widgets.fitted_columns import fit_columns
from desktop.ui.widgets.screen_fit import resize_within_screen
from desktop.ui.widgets.search_field import SearchField


def _table(name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # core's order
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _html_list(title: str, lines: list[str]) -> str:
    items = "".join(f"<li>{_escape(line)}</li>" for line in lines)
    return f"<p><b>{_escape(title)}</b></p><ul>{items}</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Layout:
    """The dialog's widgets; the behaviour lives in `CandidatesDialog`."""

    def __init__(self, dialog: QDialog) -> None:
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

        self.tabs = QTabWidget()
        # candidates
        self.ranked = _table("candidate_table", "")
        self.reasons = QTextBrowser()
        self.reasons.setObjectName("candidate_reasons")
        self.offer_button = QPushButton()
        self.offer_button.setObjectName("create_offer")
        self.ranked_note = QLabel()
        self.ranked_note.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.ranked)
        split.addWidget(self.reasons)
        # the list needs the width (eight columns, the names whole); the reasons wrap
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 250])
        ranked_page = QWidget()
        layout = QVBoxLayout(ranked_page)
        layout.addWidget(self.ranked_note)
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.offer_button)
        layout.addLayout(buttons)
        self.tabs.addTab(ranked_page, "")
        # excluded
        self.search = SearchField(dialog)
        self.rule_filter = QComboBox()
        self.rule_filter.setObjectName("rule_filter")
        self.excluded_note = QLabel()
        self.excluded = _table("excluded_table", "")
        self.excluded_reasons = QTextBrowser()
        self.excluded_reasons.setObjectName("excluded_reasons")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.rule_filter, 1)
        filters.addWidget(self.excluded_note, 1)
        split2 = QSplitter(Qt.Orientation.Horizontal)
        split2.addWidget(self.excluded)
        split2.addWidget(self.excluded_reasons)
        split2.setStretchFactor(0, 3)
        split2.setStretchFactor(1, 2)
        split2.setSizes([760, 300])
        excluded_page = QWidget()
        layout2 = QVBoxLayout(excluded_page)
        layout2.addLayout(filters)
        layout2.addWidget(split2, 1)
        self.tabs.addTab(excluded_page, "")
        # earlier offers of the dwelling
        self.offers = _table("vacancy_offers_table", "")
        offers_page = QWidget()
        QVBoxLayout(offers_page).addWidget(self.offers)
        self.tabs.addTab(offers_page, "")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        main = QVBoxLayout(dialog)
        main.addLayout(head)
        main.addWidget(self.facts)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.buttons)


class CandidatesDialog(QDialog):
    """The candidates of one dwelling. `offer_created(offer_id)` after a draft offer is made."""

    offer_created = Signal(int)

    RANKED, EXCLUDED, OFFERS = range(3)

    def __init__(
        self, context: PageContext, vacancy_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("candidates_dialog")
        self.context = context
        self.vacancy_id = vacancy_id
        self.ranking: CandidateList | None = None
        self.offers: list[offer_views.OfferRow] = []
        self.excluded_list: list[Excluded] | None = None
        self.ui = _Layout(self)
        self.setWindowTitle(self.tr("Candidates"))
        self.ui.tabs.setTabText(self.RANKED, self.tr("&Candidates"))
        self.ui.tabs.setTabText(self.EXCLUDED, self.tr("&Excluded"))
        self.ui.tabs.setTabText(self.OFFERS, self.tr("Offers of the &dwelling"))
        self.ui.ranked.setAccessibleName(self.tr("Candidates in ranking order"))
        self.ui.excluded.setAccessibleName(self.tr("Excluded applicants"))
        self.ui.offers.setAccessibleName(self.tr("Offers of the dwelling"))
        self.ui.offer_button.setText(self.tr("Create &offer..."))
        self.ui.offer_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.ui.offer_button.setEnabled(False)
        self.ui.search.setPlaceholderText(self.tr("Search by name or number... (Ctrl+F)"))
        self.ui.search.install_shortcut(self)
        finish_shortcuts(self)  # "Opret tilbud (Ctrl+Return)" in the tooltip, Alt+T kept
        self.ui.rule_filter.setAccessibleName(self.tr("Show applicants excluded by"))

        self.ranked_model = RowModel(self._ranked_columns(), parent=self)
        self.ui.ranked.setModel(self.ranked_model)
        self.excluded_model = RowModel(self._excluded_columns(), parent=self)
        self.ui.excluded.setModel(self.excluded_model)
        # the columns fit the list's width: the numbers stay whole, the name (and the rules
        # that exclude) take the rest, a cut text shows whole in its tooltip
        self.ranked_fit = fit_columns(self.ui.ranked, keep=(0, 4, 5, 6, 7), stretch=1)
        self.excluded_fit = fit_columns(self.ui.excluded, keep=(0, 3), stretch=2)
        self.offers_model = RowModel(self._offer_columns(), parent=self)
        self.ui.offers.setModel(self.offers_model)

        self.ui.ranked.selectionModel().currentRowChanged.connect(self._show_reasons)
        self.ui.ranked.doubleClicked.connect(lambda _index: self.create_offer())
        self.ui.excluded.selectionModel().currentRowChanged.connect(self._show_exclusion)
        self.ui.offer_button.clicked.connect(self.create_offer)
        self.ui.search.search_changed.connect(lambda _text: self._filter_excluded())
        self.ui.rule_filter.currentIndexChanged.connect(lambda _i: self._filter_excluded())
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.ui.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 1100, 720)  # never beyond a laptop's screen
        self.ranking_task: Any = None
        self.excluded_task: Any = None
        self.refresh()

    # --- columns ------------------------------------------------------------------------------

    def _ranked_columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), 0, align=RIGHT),
            Column(self.tr("Name"), 1),
            Column(self.tr("Target group"), 2),
            Column(self.tr("Urgency"), 3, sort_key=lambda v: v[0], display=lambda v: v[1]),
            Column(self.tr("Waiting (days)"), 4, align=RIGHT, display=formats.number),
            Column(self.tr("Persons"), 5, align=RIGHT),
            Column(self.tr("Fit"), 6, align=RIGHT, display=lambda v: formats.number(v, 0)),
            Column(self.tr("Applicant no."), 7, align=RIGHT),
        ]

    def _excluded_columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), 0, align=RIGHT),
            Column(self.tr("Name"), 1),
            Column(self.tr("Excluded by"), 5),
            Column(self.tr("Rules"), 4, align=RIGHT),
            Column(self.tr("Status"), 2),
            Column(self.tr("Target group"), 3),
        ]

    def _offer_columns(self) -> list[Column]:
        return [
            Column(self.tr("Offer"), 0, align=RIGHT),
            Column(self.tr("Status"), 1),
            Column(self.tr("Applicant"), 2),
            Column(self.tr("Rank"), 3, align=RIGHT),
            Column(self.tr("Sent"), 4, display=formats.date),
            Column(self.tr("Reply by"), 5, display=formats.date),
            Column(self.tr("Reply"), 6),
        ]

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rank again (after an offer, or when the data changed) and reload the tabs."""
        self.excluded_list = None
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

    def _ranked(self, result: tuple[CandidateList, list[offer_views.OfferRow]]) -> None:
        ranking, offers = result
        self.ranking = ranking
        self.offers = offers
        v = ranking.vacancy
        self.setWindowTitle(self.tr("Candidates: {address}").format(address=v.address))
        self.ui.heading.setText(
            f"<span style='font-size:14pt; font-weight:600'>{_escape(v.address)}</span>"
            f"<br>{_escape(v.postcode_city)} · {_escape(v.department)} · {_escape(v.organisation)}"
        )
        self.ui.colour.set_colour(v.colour.value if v.colour else None)
        facts = [
            dwelling_type_label(v.dwelling_type),
            self.tr("{rooms} rooms").format(rooms=formats.rooms(v.rooms)) if v.rooms else "",
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
        rows = [
            (
                c.rank,
                c.name,
                ranking.group_label(c.target_group),
                (URGENCY_LEVEL[c.urgency], urgency_label(c.urgency)),
                c.waiting_days,
                c.household_size,
                c.score,
                c.applicant_id,
                index,
            )
            for index, c in enumerate(ranking.candidates)
        ]
        self.ranked_model.set_rows(rows)
        self.ui.tabs.setTabText(
            self.RANKED, self.tr("&Candidates ({count})").format(count=len(rows))
        )
        if ranking.blocked is not None:
            note = ranking.blocked.text
        elif not rows:
            note = self.tr("No applicant may be offered this dwelling. The Excluded tab shows why.")
        else:
            note = self.tr(
                "Ranked by {order}; ties go to the lower applicant number. Select a candidate to "
                "see why they stand where they do."
            ).format(order=", ".join(self._criterion(c) for c in ranking.order))
        self.ui.ranked_note.setText(note)
        self.offers_model.set_rows(
            [
                (
                    o.id,
                    workflow.status_label(o.status),
                    o.applicant_name,
                    o.rank,
                    o.sent_on,
                    o.reply_deadline,
                    o.reply,
                )
                for o in offers
            ]
        )
        self.ui.tabs.setTabText(
            self.OFFERS, self.tr("Offers of the &dwelling ({count})").format(count=len(offers))
        )
        if rows:
            self.ui.ranked.selectionModel().setCurrentIndex(
                self.ranked_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.ui.reasons.clear()
        self._update_offer_button()

    def _criterion(self, criterion: Any) -> str:
        from desktop.core.matching import criterion_label  # noqa: PLC0415

        return criterion_label(criterion).lower()

    def _tab_shown(self, index: int) -> None:
        if index == self.EXCLUDED and self.excluded_list is None and self.excluded_task is None:
            self._load_excluded()

    def _load_excluded(self) -> None:
        ws = self.context.workspace
        vacancy_id = self.vacancy_id
        self.ui.excluded_note.setText(self.tr("Checking every applicant..."))
        self.excluded_task = self.context.tasks.run(
            lambda: excluded_applicants(ws, vacancy_id),
            on_done=self._excluded_loaded,
            on_cancelled=lambda: self.ui.excluded_note.setText(self.tr("Cancelled.")),
            parent=self,
            progress=self.tr("Checking every applicant against the rules"),
        )
        self.excluded_task.finished.connect(self._excluded_finished)

    def _excluded_finished(self) -> None:
        self.excluded_task = None

    def _excluded_loaded(self, excluded: list[Excluded]) -> None:
        # applicants still on the list first, closed cases (housed, removed) after them
        closed = {ApplicantStatus.HOUSED, ApplicantStatus.REMOVED}
        excluded = sorted(excluded, key=lambda e: (e.status in closed, e.applicant_id))
        self.excluded_list = excluded
        codes: dict[str, int] = {}
        for entry in excluded:
            for reason in entry.rules:
                codes[reason.code] = codes.get(reason.code, 0) + 1
        combo = self.ui.rule_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Every rule"), None)
        for code, count in sorted(codes.items(), key=lambda item: -item[1]):
            combo.addItem(f"{rule_title(code)} ({count})", code)
        combo.blockSignals(False)
        self.ui.tabs.setTabText(
            self.EXCLUDED, self.tr("&Excluded ({count})").format(count=len(excluded))
        )
        self._filter_excluded()

    def _filter_excluded(self) -> None:
        if self.excluded_list is None:
            return
        code = self.ui.rule_filter.currentData()
        text = self.ui.search.search_text.casefold()
        group = self.ranking.group_label if self.ranking is not None else (lambda c: c)
        rows = []
        for index, entry in enumerate(self.excluded_list):
            if code is not None and not any(r.code == code for r in entry.rules):
                continue
            if text and text not in entry.name.casefold() and text != str(entry.applicant_id):
                continue
            rows.append(
                (
                    entry.applicant_id,
                    entry.name,
                    applicant_labels.status(entry.status),
                    group(entry.target_group),
                    len(entry.rules),
                    "; ".join(rule_title(r.code) for r in entry.rules),
                    index,
                )
            )
        self.excluded_model.set_rows(rows)
        self.ui.excluded_note.setText(
            self.tr("{shown} of {total} shown").format(
                shown=formats.number(len(rows)), total=formats.number(len(self.excluded_list))
            )
        )
        self.ui.excluded_reasons.clear()

    # --- selection ----------------------------------------------------------------------------

    def selected_candidate(self) -> int | None:
        """The index in the ranking of the selected candidate."""
        row = self.ranked_model.row(self.ui.ranked.currentIndex().row())
        return None if row is None else int(row[8])

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
        row = self.excluded_model.row(self.ui.excluded.currentIndex().row())
        if row is None or self.excluded_list is None:
            self.ui.excluded_reasons.clear()
            return
        entry = self.excluded_list[int(row[6])]
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

    def create_offer(self, skip_reason: str | None = None) -> Task | None:
        """A draft offer to the selected candidate (asks why when it is not number 1), made on
        the write worker; someone else's offer meanwhile comes back as a conflict."""
        index = self.selected_candidate()
        if self.ranking is None or index is None or not self.ui.offer_button.isEnabled():
            return None
        candidate = self.ranking.candidates[index]
        if candidate.rank > 1 and skip_reason is None:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Pass over candidates"),
                self.tr(
                    "{name} is number {rank}. Write why the candidates above are passed over "
                    "(it is stored with the offer):"
                ).format(name=candidate.name, rank=candidate.rank),
            )
            if not ok:
                return None
            skip_reason = text
        ws, vacancy_id, reason = self.context.workspace, self.vacancy_id, skip_reason
        return self.context.tasks.write(
            lambda: workflow.create_offer(
                ws, vacancy_id, candidate.applicant_id, skip_reason=reason
            ),
            on_done=self._offer_created,
            on_error=lambda error: handle_conflict(self, error, self.refresh),
            parent=self,
            busy=[self.ui.offer_button],
        )

    def _offer_created(self, offer_id: int) -> None:
        self.ui.offer_button.setEnabled(False)  # the dwelling has an open offer now
        self.offer_created.emit(offer_id)
        self.refresh()


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
        self.matches: list[VacancyMatch] = []
        self.setWindowTitle(self.tr("Suitable dwellings"))
        self.note = QLabel(self.tr("Checking the dwellings..."))
        self.note.setWordWrap(True)
        self.table = _table("suitable_table", self.tr("Dwellings waiting for a tenant"))
        self.model = RowModel(
            [
                Column(self.tr("Address"), 0),
                Column(self.tr("Department"), 1),
                Column(self.tr("Rooms"), 2, align=RIGHT, display=formats.rooms),
                Column(self.tr("Rent"), 3, align=RIGHT, display=formats.money),
                Column(self.tr("Suitable"), 4),
                Column(self.tr("Fit"), 5, align=RIGHT),
                Column(self.tr("Why not"), 6),
            ],
            parent=self,
        )
        self.table.setModel(self.model)
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
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.candidates_button.clicked.connect(self.open_selected)
        self.resize(980, 620)
        ws = context.workspace
        self.task = context.tasks.run(
            lambda: suitable_vacancies(ws, applicant_id), on_done=self._loaded, parent=self
        )

    def _loaded(self, matches: list[VacancyMatch]) -> None:
        self.matches = matches
        yes, no = self.tr("Yes"), self.tr("No")
        self.model.set_rows(
            [
                (
                    m.vacancy.address,
                    m.vacancy.department,
                    m.vacancy.rooms,
                    m.vacancy.monthly_total,
                    yes if m.suitable else no,
                    "" if m.score is None else formats.number(m.score, 0),
                    "; ".join(rule_title(r.code) for r in m.reasons),
                    index,
                )
                for index, m in enumerate(matches)
            ]
        )
        self.table.resizeColumnsToContents()
        suitable = sum(1 for m in matches if m.suitable)
        self.note.setText(
            self.tr("{suitable} of {total} dwellings waiting for a tenant are suitable.").format(
                suitable=suitable, total=len(matches)
            )
        )

    def _selected(self) -> VacancyMatch | None:
        row = self.model.row(self.table.currentIndex().row())
        return None if row is None else self.matches[int(row[7])]

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
