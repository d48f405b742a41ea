"""A list beside its detail panel, the list as wide as its deciding columns need.

    split = ListSplitter(self.table, self.detail)
    layout.addWidget(split, 1)

The detail panel gets its minimum width and half of what the list's deciding columns leave over
(the list shows more columns with the other half); it wraps its texts. Once the user moves the
handle, their split stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QTableView, QWidget

from desktop.ui.widgets.list_view import column_fit


class ListSplitter(QSplitter):
    def __init__(self, table: QTableView, detail: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.table = table
        self.detail = detail
        self.moved_by_user = False
        self.addWidget(table)
        self.addWidget(detail)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.setCollapsible(0, False)
        self.setCollapsible(1, False)
        self.splitterMoved.connect(self._moved)
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.share)

    def _moved(self, *_args: object) -> None:
        self.moved_by_user = True

    def share(self) -> None:
        """The detail its minimum width and half of what the list's deciding columns leave
        over; the list the rest."""
        total = sum(self.sizes())
        if self.moved_by_user or total <= 0:
            return
        need = column_fit(self.table).deciding_width()
        detail = self.detail
        least = max(detail.minimumSizeHint().width(), detail.minimumWidth())
        body = detail.widget() if isinstance(detail, QScrollArea) else None
        if isinstance(detail, QScrollArea) and body is not None:
            # a scrolling panel: its contents' narrowest, and the scroll bar
            bar = detail.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, detail)
            least = max(least, body.minimumSizeHint().width() + 2 * detail.frameWidth() + bar)
        width = least + max(0, total - need - least) // 2
        if self.sizes()[1] != width:
            self.setSizes([total - width, width])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.share()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share()
