"""Overblik, the start page: the day's work queue in the order the work is done (core's
`desktop.core.day.queue`: new dwellings awaiting a decision, accepted dwellings without an offer,
offers not sent, letters not delivered, decisions not sent back, answers due, offers past their
deadline) and the rent loss running. Enter or a double-click on a row opens its next action
(`overview_actions`). The queue is read again whenever the page comes to the front (so after any
action or import made elsewhere) and after each action started from here; the figures of the
period below."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.day.queue import QueueRow, Section, WorkQueue, section_title, work_queue
from desktop.ui.models.rows import TEXT, Column, R, RowModel
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.pages.overview_actions import action_label, open_next_action
from desktop.ui.tasks import Task
from desktop.ui.widgets.heading import heading
from desktop.ui.widgets.list_view import column_fit, list_view
from desktop.ui.widgets.overdue import OVERDUE_TEXT

if TYPE_CHECKING:
    from desktop.ui.pages.overview_dashboard import DashboardWidget

VISIBLE_ROWS = 5


class QueueList(QGroupBox, Generic[R]):
    """One list of Overblik: a title with its count, a small table, or a line saying it is
    empty. Activating a row (Enter, double click) calls `open_row(row)`.

    The columns take the list's width by the list policy (`desktop.ui.widgets.fitted_columns`):
    the date decides, the text takes the rest and shows whole in its tooltip when cut. The table
    is as high as its rows, at most VISIBLE_ROWS."""

    def __init__(
        self,
        name: str,
        columns: Sequence[Column[R]],
        open_row: Callable[[R], None],
        empty_text: str,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{name}")
        self.open_row = open_row
        self.model = RowModel(columns, parent=self)
        self.table = list_view(self.model, name=f"table_{name}", sorted_by=None, tab_moves_on=True)
        self.columns = column_fit(self.table)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"empty_{name}")
        self.empty.setWordWrap(True)
        # italic rather than a pale grey: the note stays readable (contrast) at any setting
        self.empty.setStyleSheet("font-style: italic; padding: 2px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)  # the lists' columns need the width more
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.empty.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_title(self, title: str, count: int | None, hint: str = "") -> None:
        counted = title if count is None else f"{title} ({count})"
        self.setTitle(f"{counted} – {hint}" if hint and count else counted)
        self.table.setAccessibleName(counted)
        self.table.setAccessibleDescription(hint)

    def set_rows(self, rows: Sequence[R]) -> None:
        current = self.table.currentIndex().row()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        row_height = self.table.verticalHeader().defaultSectionSize()
        shown = max(1, min(len(rows), VISIBLE_ROWS))
        # the header's own height once laid out (its size hint is a few pixels taller)
        header_height = header.height() if header.isVisible() else header.sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header_height + row_height * shown + frame)
        for column in range(1, self.model.columnCount()):  # a date no row has: no column
            empty = all(
                self.model.raw(self.model.index(r, column)) is None for r in range(len(rows))
            )
            self.table.setColumnHidden(column, empty)
        self.columns.fit()
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows and current >= 0:  # the place kept when the list is read again
            self.table.setCurrentIndex(self.model.index(min(current, len(rows) - 1), 0))

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
        self.data: WorkQueue | None = None
        self.task: Task | None = None
        self._again = False  # read again when the reading under way ends (an action meanwhile)
        self.action_dialog: QWidget | None = None  # the dialog a row opened (tests)
        self.rent_loss = QLabel()
        self.rent_loss.setObjectName("overview_rent_loss")
        self.rent_loss.setWordWrap(True)
        self.rent_loss.setStyleSheet("font-weight: 600;")
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(16, 12, 16, 16)  # as the other pages
        self.content_layout.addLayout(self._top_row())
        self.content_layout.addWidget(self.rent_loss)
        self.sections = self._sections()
        for section in self.sections.values():
            self.content_layout.addWidget(section)
        self.with_dashboard = dashboard
        self.dashboard: DashboardWidget | None = None  # made after the queue's first reading
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
        title = heading(self.title())
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

    def _sections(self) -> dict[Section, QueueList[QueueRow]]:
        """One list per section of the queue, in the order the work is done (and Tab goes)."""
        return {
            section: QueueList(
                section.value,
                self._columns(section),
                self.open_row,
                self.tr("Nothing waits here."),
            )
            for section in Section
        }

    def _columns(self, section: Section) -> list[Column[QueueRow]]:
        return [
            Column(
                self.tr("What"),
                "text",
                role=TEXT,
                decoration=self._flag,
                foreground=lambda row: OVERDUE_TEXT if row.flagged else None,
                tooltip=self._tooltip,
            ),
            Column(self._date_header(section), "due", display=formats.date, deciding=True),
        ]

    def _date_header(self, section: Section) -> str:
        return {
            Section.AWAITING_DECISION: self.tr("Desk's deadline"),
            Section.ACCEPTED_WITHOUT_OFFER: self.tr("Desk's deadline"),
            Section.DRAFTS: self.tr("Reply by"),
            Section.LETTERS_TO_DELIVER: self.tr("Letter date"),
            Section.REPLIES_DUE: self.tr("Oldest decision"),
            Section.ANSWERS_DUE: self.tr("Reply by"),
            Section.EXPIRED_OFFERS: self.tr("Reply by"),
        }[section]

    def _flag(self, row: QueueRow) -> Any:
        """A warning sign on the rows that need attention first (their text says why)."""
        if not row.flagged:
            return None
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _tooltip(self, row: QueueRow) -> str:
        return self.tr("{text}\nEnter or double-click: {action}").format(
            text=row.text, action=action_label(row.action)
        )

    @staticmethod
    def title() -> str:
        return entry("overview").title()

    def _refresh_dashboard(self) -> None:
        """The reports area's figures of the period, below the queue: made and read after the
        queue, which is what the user acts on (both read at once would share the interpreter,
        and the reports' modules would load before the queue shows: bench/startup.py)."""
        if not self.with_dashboard or (self.task is not None and self.task.is_running):
            return  # (a reading under way refreshes the figures when it ends)
        if self.dashboard is None:
            from desktop.ui.pages.overview_dashboard import DashboardWidget  # noqa: PLC0415

            self.dashboard = DashboardWidget(self.workspace, parent=self)
            self.dashboard.open_reports.connect(lambda: self.navigate.emit("reports", None))
            at = self.content_layout.count() - 1  # before the closing stretch
            self.content_layout.insertSpacing(at, 12)
            self.content_layout.insertWidget(at + 1, self.dashboard)
        self.dashboard.refresh()

    # --- loading ------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> Task | None:
        """Read the queue again (in the background); a refresh asked for while one runs is
        made when it ends, so what an action changed meanwhile is never missed."""
        if self.task is not None and self.task.is_running:
            self._again = True
            return self.task
        ws = self.workspace
        self.task = self.context.tasks.run(lambda: work_queue(ws), on_done=self._show, parent=self)
        self.task.finished.connect(self._read_again)
        self.task.finished.connect(self._refresh_dashboard)
        return self.task

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _titles(self, data: WorkQueue | None) -> None:
        for section, widget in self.sections.items():
            rows = None if data is None else data.rows(section)
            hint = ""
            if rows:
                hint = self.tr("Enter: {action}").format(action=action_label(rows[0].action))
            widget.set_title(section_title(section), None if rows is None else len(rows), hint)

    def _show(self, data: WorkQueue) -> None:
        self.data = data
        self.day.setText(formats.long_date(data.day))
        self._titles(data)
        for section, widget in self.sections.items():
            widget.set_rows(data.rows(section))
        self.rent_loss.setText(data.rent_loss.text())
        self.shown_data.emit()

    # --- opening the next action ----------------------------------------------------------------

    def open_row(self, row: QueueRow) -> None:
        """The row's next action (see `overview_actions`); the queue is read again after an
        action that stays on this page."""
        self.action_dialog = open_next_action(self, row, self.refresh)

    def open_item(self, item: Any) -> None:
        """Overblik has no items of its own: it refreshes."""
        self.refresh()


PAGE = OverviewPage
