"""Overblik, the start page: what needs the desk today (reply deadlines within the warning days,
offers that expired, dwellings near the desk's deadline, dwellings no one may be offered, the rent
loss running), each line opening its item; the figures of the period below."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.intake.status import status_label as vacancy_status_label
from desktop.core.offers.overview import (
    OfferLine,
    Overview,
    RentLossLine,
    VacancyLine,
    overview,
)
from desktop.ui.dialogs.candidates import open_candidates
from desktop.ui.models.rows import RIGHT, Column, R, RowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.overview_dashboard import DashboardWidget
from desktop.ui.tasks import Task
from desktop.ui.widgets.fitted_columns import fit_columns
from desktop.ui.widgets.heading import heading
from desktop.ui.widgets.list_view import list_view
from desktop.ui.widgets.overdue import overdue_colour

VISIBLE_ROWS = 6


class Section(QGroupBox, Generic[R]):
    """One list of Overblik: a title with its count, a small table, or a line saying it is
    empty. Activating a row (Enter, double click) calls `open_row(row)`.

    The columns fit the list's width (`desktop.ui.widgets.fitted_columns`): the `keep` columns
    (the deciding ones: deadline, days left, amounts) are always whole and visible, `stretch`
    takes the spare width, `middle` columns (addresses) are cut in the middle, and a cut text
    shows whole in its tooltip."""

    def __init__(
        self,
        name: str,
        columns: Sequence[Column[R]],
        open_row: Callable[[R], None],
        empty_text: str,
        *,
        keep: Sequence[int],
        stretch: int,
        middle: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{name}")
        self.open_row = open_row
        self.source_title = ""
        self.model = RowModel(columns, parent=self)
        self.table = list_view(self.model, name=f"table_{name}")  # keeps core's order
        self.columns = fit_columns(self.table, keep=keep, stretch=stretch, middle=middle)
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + row_height * VISIBLE_ROWS + 4)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"empty_{name}")
        self.empty.setWordWrap(True)
        # italic rather than a pale grey: the note stays readable (contrast) at any setting
        self.empty.setStyleSheet("font-style: italic; padding: 8px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # the lists' columns need the width more
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.empty.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_title(self, title: str, count: int | None) -> None:
        self.setTitle(title if count is None else f"{title} ({count})")
        self.table.setAccessibleName(title)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_row(row)


class OverviewPage(Page):
    key = "overview"

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, *, dashboard: bool = True
    ) -> None:
        """`dashboard=False` leaves out the reports area's figures (tests of the lists)."""
        super().__init__(context, parent)
        self.data: Overview | None = None
        self.task: Task | None = None
        top = self._top_row()
        self.summary = QLabel()
        self.summary.setObjectName("overview_summary")
        self.summary.setWordWrap(True)
        grid = self._sections()
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(16, 16, 16, 16)  # as the other pages
        self.content_layout.addLayout(top)
        self.content_layout.addWidget(self.summary)
        self.content_layout.addLayout(grid)
        self.dashboard = self._dashboard() if dashboard else None
        if self.dashboard is not None:
            self.content_layout.addSpacing(12)
            self.content_layout.addWidget(self.dashboard)
        self.content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("overview_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._titles(None)

    def _top_row(self) -> QHBoxLayout:
        title = heading(self.title(), 18)
        title.setObjectName("overview_heading")
        self.day = QLabel()
        self.day.setObjectName("overview_day")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.day, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        return top

    def _sections(self) -> QGridLayout:
        # the two lists of offers stand side by side: the offer's number (and, for expired
        # offers, its address) is in the tooltip, Enter or a double click opens the offer;
        # the deciding dates and days stay whole
        self.expiring = Section(
            "expiring",
            self._expiring_columns(),
            self._open_offer,
            self.tr("No reply deadline falls within the next days."),
            keep=(2, 3),
            stretch=1,
            middle=(1,),
        )
        self.expired = Section(
            "expired",
            self._expired_columns(),
            self._open_offer,
            self.tr("No offer has expired in the last two weeks."),
            keep=(1,),
            stretch=0,
        )
        self.near = Section(
            "deadline",
            self._near_columns(),
            self._open_vacancy,
            self.tr("No dwelling is near the desk's deadline to name a tenant."),
            keep=(2, 3),
            stretch=0,
            middle=(0,),
        )
        self.empty = Section(
            "no_candidates",
            self._without_candidates_columns(),
            self._open_candidates,
            self.tr("Every dwelling waiting for a tenant has at least one candidate."),
            keep=(2, 3),
            stretch=0,
            middle=(0,),
        )
        self.losses = Section(
            "rent_loss",
            self._rent_loss_columns(),
            self._open_vacancy,
            self.tr("No rent loss is running: no dwelling is waiting at the desk."),
            keep=(3, 4, 5, 6),
            stretch=0,
            middle=(0,),
        )
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.expiring, 0, 0)
        grid.addWidget(self.expired, 0, 1)
        grid.addWidget(self.near, 1, 0)
        grid.addWidget(self.empty, 1, 1)
        grid.addWidget(self.losses, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # --- the lists' columns ---------------------------------------------------------------

    def _expiring_columns(self) -> list[Column[OfferLine]]:
        tip = self._offer_tip
        return [
            Column(self.tr("Applicant"), "applicant_name", tooltip=tip),
            Column(self.tr("Address"), "address", tooltip=tip),
            Column(self.tr("Reply by"), "reply_deadline", display=formats.date, tooltip=tip),
            Column(self.tr("Days left"), "days_left", align=RIGHT, tooltip=tip),
        ]

    def _expired_columns(self) -> list[Column[OfferLine]]:
        tip = self._offer_tip
        return [
            Column(self.tr("Applicant"), "applicant_name", tooltip=tip),
            Column(self.tr("Reply by"), "reply_deadline", display=formats.date, tooltip=tip),
            Column(self.tr("Consequence"), "consequence", tooltip=tip),
        ]

    def _near_columns(self) -> list[Column[VacancyLine]]:
        # the status (offered or not) is in the tooltip: the deadline columns stay whole
        tip = self._status_tip
        return [
            Column(self.tr("Address"), "address", tooltip=tip),
            Column(self.tr("Department"), "department", tooltip=tip),
            Column(self.tr("Deadline"), "desk_deadline", display=formats.date, tooltip=tip),
            Column(
                self.tr("Working days"),
                "working_days_left",
                align=RIGHT,
                tooltip=tip,
                foreground=lambda row: overdue_colour(row.working_days_left),
            ),
        ]

    def _without_candidates_columns(self) -> list[Column[VacancyLine]]:
        return [
            Column(self.tr("Address"), "address"),
            Column(self.tr("Department"), "department"),
            Column(self.tr("Rooms"), "rooms", align=RIGHT, display=formats.rooms),
            Column(self.tr("Rent"), "monthly_total", align=RIGHT, display=formats.money),
        ]

    def _rent_loss_columns(self) -> list[Column[RentLossLine]]:
        return [
            Column(self.tr("Address"), "address"),
            Column(self.tr("Department"), "department"),
            Column(self.tr("Status"), "status", display=vacancy_status_label),
            Column(self.tr("At disposal from"), "at_disposal_from", display=formats.date),
            Column(self.tr("Days"), "days", align=RIGHT),
            Column(self.tr("Per day"), "per_day", align=RIGHT, display=formats.money),
            Column(self.tr("Rent loss"), "amount", align=RIGHT, display=formats.money),
        ]

    @staticmethod
    def title() -> str:
        return entry("overview").title()

    def _dashboard(self) -> DashboardWidget:
        """The reports area's figures of the period."""
        widget = DashboardWidget(self.workspace, parent=self)
        widget.open_reports.connect(lambda: self.navigate.emit("reports", None))
        return widget

    # --- loading ------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.task is not None and self.task.is_running:
            return
        ws = self.workspace
        self.summary.setText(self.tr("Looking at today's work..."))
        self.task = self.context.tasks.run(lambda: overview(ws), on_done=self._show, parent=self)
        if self.dashboard is not None:
            self.dashboard.refresh()

    def _titles(self, data: Overview | None) -> None:
        warn = data.warn_days if data is not None else 2

        def count(rows: Sequence[Any] | None) -> int | None:
            return None if rows is None else len(rows)

        self.expiring.set_title(
            self.tr("Reply deadlines within {days} days").format(days=warn),
            count(data.expiring if data else None),
        )
        self.expired.set_title(self.tr("Expired offers"), count(data.expired if data else None))
        self.near.set_title(
            self.tr("Dwellings near the desk's deadline"),
            count(data.near_deadline if data else None),
        )
        self.empty.set_title(
            self.tr("Dwellings without candidates"),
            count(data.without_candidates if data else None),
        )
        self.losses.set_title(self.tr("Rent loss running"), count(data.rent_loss if data else None))

    def _show(self, data: Overview) -> None:
        self.data = data
        self.day.setText(formats.long_date(data.day))
        self._titles(data)
        self.expiring.set_rows(data.expiring)
        self.expired.set_rows(data.expired)
        self.near.set_rows(data.near_deadline)
        self.empty.set_rows(data.without_candidates)
        self.losses.set_rows(data.rent_loss)
        self.summary.setText(
            self.tr(
                "Rent loss of the dwellings waiting at the desk: {total} so far, {per_day} a day."
            ).format(
                total=formats.money(data.rent_loss_total),
                per_day=formats.money(data.rent_loss_per_day),
            )
        )

    def _offer_tip(self, row: OfferLine) -> str:
        """The offer's number and dwelling (the lists have no room for them)."""
        return self.tr("Offer {number}: {address} (Enter or double-click opens it)").format(
            number=row.offer_id, address=row.address
        )

    def _status_tip(self, row: VacancyLine) -> str:
        return self.tr("Status: {status} (Enter or double-click opens the dwelling)").format(
            status=vacancy_status_label(row.status)
        )

    # --- opening the items --------------------------------------------------------------------

    def _open_offer(self, row: OfferLine) -> None:
        self.navigate.emit("offers", row.offer_id)

    def _open_vacancy(self, row: VacancyLine | RentLossLine) -> None:
        self.navigate.emit("vacancies", row.vacancy_id)

    def _open_candidates(self, row: VacancyLine) -> None:
        open_candidates(self, self.context, row.vacancy_id)

    def open_item(self, item: Any) -> None:
        """Overblik has no items of its own: it refreshes."""
        self.refresh()


PAGE = OverviewPage
