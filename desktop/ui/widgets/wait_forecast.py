"""One applicant's estimated wait (desktop.core.forecast), worked out in the background: what it
is, what it rests on, and the rules that kept the most dwellings away. Always an estimate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.forecast import Forecast, forecast
from desktop.core.forecast.texts import lines
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.tasks import Task


class WaitForecastView(QLabel):
    """`show_for(ws, applicant_id)` works the estimate out on a reading thread and shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wait_forecast")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(
            self.tr(
                "Anvis plays the dwellings of the last months again, each to the first in the "
                "ranking who may have it today, until one reaches this applicant. How: Help (F1) "
                "on the applicant list."
            )
        )
        self.forecast: Forecast | None = None
        self.task: Task | None = None

    def show_for(self, workspace: Workspace, applicant_id: int) -> Task:
        self.forecast = None
        self.setText(self.tr("Estimating the wait…"))
        self.task = tasks.run_task(
            lambda: forecast(workspace, applicant_id),
            on_done=self._show,
            on_error=lambda error: self.setText(error.message),
            parent=self,
        )
        return self.task

    def _show(self, found: Forecast) -> None:
        self.forecast = found
        self.setText("\n".join(lines(found, headed=False)))  # the form's label says what it is
