"""Columns that fit the width of a small list, without a horizontal scroll bar.

    fit_columns(table, keep=(3, 4), stretch=1, middle=(1,))

- `keep` columns (the deciding ones: a deadline, days left, an amount) are always as wide as
  their contents and header, and always visible;
- the other columns share the rest in proportion to their contents, never narrower than their
  header while there is room for it; long texts are cut with "…" (in the middle for the `middle`
  columns, so an address keeps its floor and door: "Johan Sko…39, 3. mf.");
- `stretch` takes whatever width is left over;
- a cell whose text is cut shows the whole text as its tooltip (with the model's own tooltip,
  if any, below it).

The widths follow the table's width, its rows and the language's texts (they are measured, never
fixed in pixels), so the same list reads in Danish and English and at any font size.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

MEASURED_ROWS = 500  # enough for every small list; longer lists are measured on their first rows
_FLOOR = 24  # the narrowest a shrinking column gets when the table is far too narrow


class ElidingDelegate(QStyledItemDelegate):
    """Cuts long texts (in the middle for `middle` columns) and shows the whole text as the
    tooltip of a cut cell."""

    def __init__(self, parent: QObject | None = None, middle: Iterable[int] = ()) -> None:
        super().__init__(parent)
        self.middle = set(middle)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.column() in self.middle:
            option.textElideMode = Qt.TextElideMode.ElideMiddle

    def is_elided(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        widget: QWidget | None,
    ) -> bool:
        """Whether the cell's text does not fit its cell."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = str(opt.text or "")
        if not text:
            return False
        style = widget.style() if widget is not None else None
        if style is None:
            return False
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = opt.fontMetrics.horizontalAdvance(text)
        return bool(width > rect.width() - 2 * margin)

    def tooltip(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        widget: QWidget | None,
    ) -> str | None:
        """The whole text of a cut cell (and the model's tooltip); None: Qt's default."""
        if not self.is_elided(option, index, widget):
            return None
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        return f"{text}\n{own}" if own else text

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = self.tooltip(option, index, view)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view, view.visualRect(index))
                return True
        return bool(super().helpEvent(event, view, option, index))


class ColumnFit(QObject):
    """Keeps a table's column widths fitted to its width (see the module docstring)."""

    def __init__(
        self,
        table: QTableView,
        *,
        keep: Iterable[int],
        stretch: int,
        middle: Iterable[int] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.keep = set(keep)
        self.stretch = stretch
        self.delegate = ElidingDelegate(table, middle)
        table.setItemDelegate(self.delegate)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(_FLOOR)
        table.viewport().installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_args: self.fit())  # the arrow's room
        model = table.model()
        if model is not None:
            self._watch(model)
        self.fit()

    def _watch(self, model: QAbstractItemModel) -> None:
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.fit()
        return False

    # --- measuring -------------------------------------------------------------------------

    def header_width(self, column: int) -> int:
        """The width the header text needs; room for the sort arrow only in the column the
        list is sorted by (Qt's own hint keeps that room in every column)."""
        header = self.table.horizontalHeader()
        hint = int(header.sectionSizeHint(column))
        if not header.isSortIndicatorShown() or column == header.sortIndicatorSection():
            return hint
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = (
            header.model().headerData(column, Qt.Orientation.Horizontal) if header.model() else ""
        )
        least = header.fontMetrics().horizontalAdvance(str(text or "")) + 4 * margin + 4
        return max(least, hint - header.sizeHint().height() - margin)

    def content_width(self, column: int) -> int:
        """The width the column needs to show its header and every (measured) cell whole."""
        table = self.table
        model = table.model()
        metrics = table.fontMetrics()
        style = table.style()
        padding = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        widest = 0
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        cells = widest + padding + 2 if widest else 0  # + the grid line
        return max(self.header_width(column), cells, int(table.sizeHintForColumn(column)))

    def widths(self, available: int) -> list[int]:
        """Each column's width for a viewport `available` pixels wide."""
        model = self.table.model()
        columns = range(model.columnCount()) if model is not None else range(0)
        wanted = {c: self.content_width(c) for c in columns}
        widths = {c: wanted[c] for c in columns if c in self.keep}
        flexible = [c for c in columns if c not in self.keep]
        room = available - sum(widths.values())
        least = {c: min(wanted[c], self.header_width(c)) for c in flexible}
        # the stretch column (the one that names the item) is the last to give way
        others = [c for c in flexible if c != self.stretch]
        first = wanted[self.stretch] if self.stretch in flexible else 0
        if sum(wanted[c] for c in flexible) <= room:
            widths.update({c: wanted[c] for c in flexible})
        elif first + sum(least[c] for c in others) <= room:
            # the others shrink towards their headers, each in proportion to what it lacks
            spare = room - first - sum(least[c] for c in others)
            lacking = {c: wanted[c] - least[c] for c in others}
            total = sum(lacking.values()) or 1
            widths.update({c: least[c] + spare * lacking[c] // total for c in others})
            if self.stretch in flexible:
                widths[self.stretch] = first
        elif sum(least.values()) <= room:
            # the others at their headers, the stretch column takes what is left
            widths.update({c: least[c] for c in others})
            if self.stretch in flexible:
                widths[self.stretch] = room - sum(least[c] for c in others)
        else:
            # far too narrow: even the headers are cut, the kept columns stay whole
            total = sum(least.values()) or 1
            widths.update({c: max(_FLOOR, max(room, 0) * least[c] // total) for c in flexible})
        if self.stretch in widths:
            widths[self.stretch] += max(0, available - sum(widths.values()))
        return [widths[c] for c in columns]

    def fit(self) -> None:
        available = self.table.viewport().width()
        if available <= 0:
            return
        header = self.table.horizontalHeader()
        for column, width in enumerate(self.widths(available)):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def fit_columns(
    table: QTableView, *, keep: Iterable[int], stretch: int, middle: Iterable[int] = ()
) -> ColumnFit:
    """Fit `table`'s columns to its width from now on (set the model first)."""
    return ColumnFit(table, keep=keep, stretch=stretch, middle=middle)
