"""Rapporter's what-if: the changes chosen for the agreement, a button to choose them and one to
replay the period with them. The replay runs in the background with progress and Cancel; its
comparison is a report the page shows, and saves as PDF or Excel like any other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.reports.model import Report
from desktop.core.whatif.agreement import Agreement, agreement_on
from desktop.core.whatif.changes import Changes
from desktop.core.whatif.compare import what_if
from desktop.core.whatif.keys import change_lines
from desktop.core.whatif.report import as_report
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.whatif_changes import WhatIfChangesDialog
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import Task, run_task

Period = Callable[[], tuple[dt.date, dt.date]]


class WhatIfBar(QWidget):
    """The changes in a line, Changes… and Run; `computed` carries the comparison's report."""

    computed = Signal(object)  # a Report
    failed = Signal()

    def __init__(self, workspace: Workspace, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period = period
        self.changes = Changes()
        self.dialog: WhatIfChangesDialog | None = None  # open now (tests look)
        self.task: Task | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Changes..."))
        self.run_button = QPushButton(self.tr("&Replay"))
        self.run_button.setToolTip(
            self.tr("Replay the period as it was and with the changes, and compare")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self.summary, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.run_button)
        self.choose_button.clicked.connect(self.choose)
        self.run_button.clicked.connect(self.run)
        self._show_changes()

    def _show_changes(self) -> None:
        lines = [line["text"] for line in change_lines(self.changes)]
        if lines:
            self.summary.setText(self.tr("What if: {changes}").format(changes="; ".join(lines)))
        else:
            self.summary.setText(
                self.tr("Choose the changes to the agreement, then replay the period with them.")
            )

    def choose(self) -> Task:
        """Read the agreement in force at the period's end, then open the changes."""
        workspace, (_start, end) = self.workspace, self.period()
        return run_task(
            lambda: agreement_on(workspace, end),
            on_done=self._open,
            on_error=lambda error: show_user_error(self, error),
            parent=self,
            busy=[self.choose_button],
        )

    def _open(self, agreement: Agreement) -> None:
        dialog = WhatIfChangesDialog(agreement, self.changes, self)
        dialog.accepted.connect(lambda: self.set_changes(dialog.changes))
        dialog.open()
        self.dialog = dialog

    def set_changes(self, changes: Changes) -> None:
        self.changes = changes
        self._show_changes()

    def run(self) -> Task:
        """Replay the period in the background; `computed` when done."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        workspace, changes = self.workspace, self.changes
        start, end = self.period()

        def work() -> Generator[Any, None, Report]:
            result = yield from what_if(workspace, start, end, changes)
            return as_report(result)

        self.task = run_task(
            work,
            on_done=self.computed.emit,
            on_error=self._failed,
            on_cancelled=self.failed.emit,
            parent=self,
            progress=self.tr("Replaying the period"),
            busy=[self.run_button, self.choose_button],
        )
        return self.task

    def _failed(self, error: Any) -> None:
        show_user_error(self, error)
        self.failed.emit()
