"""One report on screen: title, period, description, key figures, charts and tables."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.reports.model import Kind, Report, Table, display
from desktop.ui.models.rows import NAME, NUMBER, SHORT, Column, RowModel
from desktop.ui.pages.overview_dashboard import FigureTile
from desktop.ui.widgets.charts import ChartView
from desktop.ui.widgets.heading import heading
from desktop.ui.widgets.list_view import EXTENDED, list_view

NUMERIC = (Kind.INT, Kind.DECIMAL, Kind.MONEY, Kind.PERCENT)
FIGURES_PER_ROW = 5

# A report's table describes its own columns (`Table.columns`): its rows are plain cells in the
# columns' order, so a column reads its cell by position.
Cells = tuple[Any, ...]


def _formatter(kind: Kind) -> Callable[[Any], str]:
    return lambda value: display(value, kind)


def table_model(table: Table, parent: QWidget | None = None) -> RowModel[Cells]:
    """The table's rows (the total last) in a row model: what each row counts (the first
    column) decides; the figures are whole (a table wider than the page scrolls)."""
    columns: list[Column[Cells]] = [
        Column(
            c.title,
            itemgetter(index),
            display=_formatter(c.kind),
            role=NUMBER if c.kind in NUMERIC else NAME if index == 0 else SHORT,
            deciding=index == 0,
            sortable=False,
        )
        for index, c in enumerate(table.columns)
    ]
    rows = list(table.rows)
    if table.total is not None:
        rows.append(table.total)
    return RowModel(columns, rows, parent=parent)


class TableBlock(QWidget):
    """A table's title and a table view as tall as its rows (the page scrolls, not the table)."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(table.title, 11)
        self.model = table_model(table, self)
        self.view = list_view(
            self.model,
            name="reportTable",
            accessible=table.title,
            selection=EXTENDED,
            sorted_by=None,
            row_padding=None,
        )
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        if not table.rows:
            empty = QLabel(table.empty or self.tr("Nothing in the period."))
            empty.setObjectName("empty_table")
            empty.setWordWrap(True)
            layout.addWidget(empty)

    def _fit_height(self) -> None:
        """As tall as its rows, plus the scroll bar when the columns are wider than the view
        (which would otherwise cover the last row, often the total)."""
        rows = max(self.model.rowCount(), 1)
        row_height = self.view.verticalHeader().defaultSectionSize()
        height = (
            self.view.horizontalHeader().sizeHint().height()
            + rows * row_height
            + 2 * self.view.frameWidth()
            + 2
        )
        if self.view.horizontalHeader().length() > self.view.viewport().width() > 0:
            height += self.view.horizontalScrollBar().sizeHint().height()
        if self.view.height() != height or self.view.minimumHeight() != height:
            self.view.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()


class ReportView(QScrollArea):
    """Shows one `Report`; `show_report(None)` shows the hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.report: Report | None = None
        self.charts: list[ChartView] = []
        self.tables: list[TableBlock] = []
        self.tiles: list[FigureTile] = []
        self.empty_charts: list[QLabel] = []  # in place of a chart with nothing to draw
        self.title = heading()
        self.period = QLabel()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("font-style: italic;")
        self.body = QWidget()
        self.figures = QGridLayout()
        self.figures.setSpacing(8)
        self.blocks = QVBoxLayout()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.period)
        layout.addWidget(self.description)
        layout.addLayout(self.figures)
        layout.addLayout(self.blocks)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.setWidget(self.body)

    def _clear(self) -> None:
        for widget in [*self.charts, *self.tables, *self.tiles, *self.empty_charts]:
            widget.setParent(None)
            widget.deleteLater()
        self.charts, self.tables, self.tiles, self.empty_charts = [], [], [], []

    def _empty_chart(self, title: str) -> QLabel:
        note = QLabel(
            self.tr("{chart}: nothing to draw - every value in the period is 0 or not known.")
            .format(chart=title)
        )  # fmt: skip
        note.setObjectName("empty_chart")
        note.setWordWrap(True)
        note.setStyleSheet("font-style: italic; padding: 12px 0;")
        self.empty_charts.append(note)
        return note

    def show_report(self, report: Report | None) -> None:
        self._clear()
        self.report = report
        if report is None:
            self.title.setText("")
            self.period.setText("")
            self.description.setText("")
            self.notes.setText("")
            return
        self.title.setText(report.title)
        self.period.setText(
            self.tr("Period: {start} - {end}").format(
                start=formats.date(report.start), end=formats.date(report.end)
            )
        )
        self.description.setText(report.description)
        for index, figure in enumerate(report.figures):
            tile = FigureTile(self.body)
            tile.show_figure(figure)
            self.figures.addWidget(tile, index // FIGURES_PER_ROW, index % FIGURES_PER_ROW)
            self.tiles.append(tile)
        for chart in report.charts:
            if chart.empty:
                # an empty frame with axes from 0 to 0 tells nothing: say why instead
                self.blocks.addWidget(self._empty_chart(chart.title))
                continue
            view = ChartView(self.body)
            view.setMinimumHeight(320 if chart.kind != "hbar" else 80 + 34 * len(chart.categories))
            view.set_chart(chart)
            self.blocks.addWidget(view)
            self.charts.append(view)
        for table in report.tables:
            block = TableBlock(table, self.body)
            self.blocks.addWidget(block)
            self.tables.append(block)
        self.notes.setText("\n".join(report.notes))
        self.notes.setVisible(bool(report.notes))
        for widget in [*self.tiles, *self.charts, *self.tables, *self.empty_charts]:
            widget.show()  # at once, not when the layout's queued show arrives
