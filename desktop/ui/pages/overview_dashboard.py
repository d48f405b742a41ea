"""The figures on Overblik: key figures of a chosen period as tiles, and two charts (vacancies per
month; households housed per target group). The same figures as the Rapporter page.

Overblik places it with two lines (the page owns its layout):

    from desktop.ui.pages.overview_dashboard import DashboardWidget
    self.dashboard = DashboardWidget(self.workspace, parent=self)   # add to the layout
    ...and in on_shown(): self.dashboard.refresh()

"Open reports" asks the window for the Rapporter page (`open_reports`, connect it to the page's
`navigate`: `dashboard.open_reports.connect(lambda: self.navigate.emit("reports", None))`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.reports import dashboard as core
from desktop.core.reports.model import Figure
from desktop.core.workspace import Workspace
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import Task, run_task
from desktop.ui.widgets.charts import ChartView
from desktop.ui.widgets.heading import SECTION, heading

TILES_PER_ROW = 5


class FigureTile(QFrame):
    """One key figure: the number large, its label and a line of explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#figureTile { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.value = QLabel("-")
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = QLabel()
        self.label.setStyleSheet("font-weight: 600;")
        self.label.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        # italic rather than a pale grey: the line stays readable (contrast)
        self.explanation.setStyleSheet("font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_figure(self, figure: Figure) -> None:
        self.value.setText(figure.text or "-")
        self.label.setText(figure.label)
        self.explanation.setText(figure.explanation)
        self.explanation.setVisible(bool(figure.explanation))
        self.setAccessibleName(f"{figure.label}: {figure.text or '-'}")


class DashboardWidget(QWidget):
    """Key figures and charts of a period; `refresh()` reloads them in the background."""

    refreshed = Signal()
    open_reports = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.workspace = workspace
        self.task: Task | None = None
        self.data: core.Dashboard | None = None
        self.heading = heading(self.tr("Figures"), SECTION)
        self.period = QComboBox()
        for period in core.Period:
            self.period.addItem(core.period_label(period), period.value)
        self.period.setCurrentIndex(self.period.findData(core.Period.THIS_YEAR.value))
        self.period.setAccessibleName(self.tr("Period of the figures"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.range = QLabel()
        self.reports_button = QPushButton(self.tr("Open &reports"))
        self.reports_button.clicked.connect(self.open_reports.emit)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(self.range)
        top.addStretch(1)
        top.addWidget(self.reports_button)
        self.tiles: list[FigureTile] = []
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.charts = [ChartView(self), ChartView(self)]
        charts = QHBoxLayout()
        for view in self.charts:
            view.setMinimumHeight(280)
            charts.addWidget(view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addLayout(charts, 1)
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())

    @property
    def chosen(self) -> core.Period:
        return core.Period(self.period.currentData())

    def refresh(self) -> Task:
        """Reload the figures of the chosen period (in the background)."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        start, end = core.period_range(self.chosen, self.workspace.today())
        workspace = self.workspace
        self.task = run_task(
            lambda: core.dashboard(workspace, start, end),
            on_done=self._show,
            on_error=self._failed,
            on_cancelled=lambda: None,
            parent=self,
        )
        return self.task

    def _failed(self, error: Any) -> None:
        show_user_error(self, error)
        self.refreshed.emit()

    def _show(self, data: core.Dashboard) -> None:
        self.data = data
        self.range.setText(f"{formats.date(data.start)} - {formats.date(data.end)}")
        while len(self.tiles) < len(data.figures):
            tile = FigureTile(self)
            index = len(self.tiles)
            self.grid.addWidget(tile, index // TILES_PER_ROW, index % TILES_PER_ROW)
            tile.show()
            self.tiles.append(tile)
        for tile, figure in zip(self.tiles, data.figures, strict=False):
            tile.show_figure(figure)
        for view, chart in zip(self.charts, data.charts, strict=False):
            view.set_chart(chart)
        self.refreshed.emit()
