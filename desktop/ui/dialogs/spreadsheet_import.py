"""Importing a spreadsheet the user chooses: the Open dialog, then the import on the write worker
with a progress dialog, and what it did with every row in the import report (its errors in a list
that can be copied or saved).

    path = choose_spreadsheet(self, self.tr("Import monitoring figures"))
    if path is not None:
        import_and_report(self, lambda: import_monitoring(ws, path), summary,
                          title=self.tr("Monitoring figures imported"),
                          progress=self.tr("Importing monitoring figures"), then=self._imported)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.importing.summary import ImportSummary
from desktop.ui.dialogs.import_report import show_import_report
from desktop.ui.tasks import Task, run_task

T = TypeVar("T")  # what the import returns


def choose_spreadsheet(parent: QWidget, title: str) -> Path | None:
    """The file the user chooses to import; None when they cancel."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "SpreadsheetImport", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"
        ),
    )
    return Path(name) if name else None


def import_and_report(
    parent: QWidget,
    work: Callable[[], T],
    summary: Callable[[T], ImportSummary],
    *,
    title: str,
    progress: str,
    then: Callable[[T], None],
) -> Task:
    """Run the import `work` on the write worker; its `summary` in the import report titled
    `title`, then `then(outcome)`. A refusal (a file that cannot be read) shows in a message box."""

    def done(outcome: T) -> None:
        show_import_report(parent, title, summary(outcome))
        then(outcome)

    return run_task(work, on_done=done, parent=parent, progress=progress, write=True)
