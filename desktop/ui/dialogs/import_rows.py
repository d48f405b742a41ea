"""What the import previews (vacancies, applicants) share: the file's name above the rows, the
rows tinted by their status, and the status in words.

    self.file_label = file_heading()
    self.model = TintedRowModel(columns, status=lambda line: line.status, parent=self)
    self.table = preview_table(self.model, name="import_rows", accessible=...)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableView

from desktop.ui.models.rows import AnyIndex, Column, R, RowModel
from desktop.ui.widgets.heading import PANEL, heading
from desktop.ui.widgets.list_view import EXTENDED, list_view

_TINTS = {"error": "#fde7e9", "duplicate": "#fff4ce", "new": "#e8f5e9"}


class TintedRowModel(RowModel[R]):
    """Rows tinted by status (the status is also written out: colour is never the only sign);
    `tints`: a colour per status, the import previews' by default."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        status: Callable[[R], str],
        tints: Mapping[str, str] = _TINTS,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent=parent)
        self._status = status
        self._tints = tints

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row(index.row())
            tint = self._tints.get(self._status(row)) if row is not None else None
            return QBrush(QColor(tint)) if tint else None
        return super().data(index, role)


def status_text(status: str) -> str:
    """A row's status as the preview writes it ("new" -> "Ny")."""
    texts = {
        "new": QCoreApplication.translate("ImportRows", "New"),
        "duplicate": QCoreApplication.translate("ImportRows", "Duplicate"),
        "error": QCoreApplication.translate("ImportRows", "Error"),
        "updated": QCoreApplication.translate("ImportRows", "Updated"),
        "unchanged": QCoreApplication.translate("ImportRows", "Unchanged"),
        "skipped": QCoreApplication.translate("ImportRows", "Skipped"),
    }
    return texts.get(status, status)


def file_heading() -> QLabel:
    """The name of the file previewed (set later)."""
    return heading("", PANEL)


def preview_table(model: RowModel[R], *, name: str, accessible: str) -> QTableView:
    """The rows of a file: long problems wrap, in the file's order."""
    return list_view(
        model,
        name=name,
        accessible=accessible,
        selection=EXTENDED,
        sorted_by=None,
        alternate=False,
        wrap=True,
        row_padding=None,
    )
