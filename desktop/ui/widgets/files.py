"""Asking the user for a file.

path = open_spreadsheet(self, self.tr("Import master data"))   # None when cancelled
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def open_spreadsheet(parent: QWidget | None, title: str) -> Path | None:
    """A spreadsheet to read, in any format the readers take; None when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("Files", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
    )
    return Path(name) if name else None
