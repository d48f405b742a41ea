"""The column-width policy of every list; the list view factory (`list_view`) applies it.

Each column says what it shows (`Column.role`) and whether it decides (`Column.deciding`): see
`desktop.ui.models.rows`. From those and the widths its texts need, a list's columns take its
width so:

- the deciding columns are as wide as their header and their contents (never cut) and in view;
- numbers and short values (a status, a date, a code) are always as wide as their widest value
  (cut, they would say nothing: "Acce…", "03.1…"); numbers are right-aligned;
- free TEXT and names and addresses are as wide as their contents where there is room; where
  there is not, free TEXT gives way first (cut with "…"), names and addresses after it, each
  towards its header;
- the spare width goes to the first TEXT column, else to the first deciding NAME or ADDRESS,
  else to the first NAME or ADDRESS, else to the last column;
- a cut text shows whole in its tooltip (with the model's own tooltip below it); an ADDRESS is
  cut in the middle, so it keeps its floor and door ("Johan Sko…39, 3. mf.");
- no column that gives way gets narrower than its header: when the width is too short even
  for that, the columns after the deciding ones scroll (the deciding ones come first);
- wrapped lists (`list_view(wrap=True)`) get rows as tall as their wrapped texts;
- once the user widens a column by hand, the list keeps the user's widths.

The widths are measured from the texts (never fixed in pixels), so a list reads the same in
Danish and English and at any font size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
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

from desktop.ui.models.rows import Role

WRAPPED_LINE = 32  # average characters: the least a wrapped text column gives way to
MEASURED_ROWS = 500  # enough for every small list; longer lists are measured on their first rows
FLOOR = 24  # Qt's narrowest column (the policy itself keeps every header whole)
# the order in which the columns that do not decide give way when the width is short
_GIVING_WAY = ((Role.TEXT,), (Role.NAME, Role.ADDRESS))


@dataclass(frozen=True)
class Need:
    """What one column asks of the width: its role, whether it decides, the width of its whole
    header and contents (`whole`) and the least it gives way to (`least`: its header; a
    wrapped text a readable line; numbers and short values never give way)."""

    role: Role = Role.SHORT
    deciding: bool = False
    whole: int = 0
    least: int = 0
    hidden: bool = False


def share_width(available: int, needs: Sequence[Need]) -> list[int]:
    """Each column's width in a list `available` pixels wide (the policy above)."""
    widths = [0 if n.hidden else n.whole for n in needs]
    shown = [i for i, n in enumerate(needs) if not n.hidden]
    flexible = [i for i in shown if not needs[i].deciding]
    excess = sum(widths) - available
    for roles in _GIVING_WAY:  # towards their headers, tier by tier
        if excess <= 0:
            break
        tier = [i for i in flexible if needs[i].role in roles]
        least = {i: min(needs[i].least, needs[i].whole) for i in tier}
        excess -= _shrink(widths, tier, least, excess)
    if excess < 0 and shown:
        widths[_stretch(needs, shown)] -= excess
    return widths


def _shrink(widths: list[int], columns: list[int], least: dict[int, int], excess: int) -> int:
    """Take up to `excess` pixels from `columns`, each in proportion to what it can give and
    never below its `least`; returns what was taken."""
    spare = {i: max(0, widths[i] - least[i]) for i in columns}
    total = sum(spare.values())
    if total <= 0:
        return 0
    taken = min(excess, total)
    given = 0
    for i in columns:
        part = -(-spare[i] * taken // total)  # rounded up: the whole excess is taken
        part = min(part, spare[i], taken - given)
        widths[i] -= part
        given += part
    return given


def _stretch(needs: Sequence[Need], shown: list[int]) -> int:
    """The column that takes the spare width: the first free text, else the first deciding
    name or address, else the first name or address, else the last column."""
    names = (Role.NAME, Role.ADDRESS)
    for wanted in (
        lambda n: n.role is Role.TEXT,
        lambda n: n.role in names and n.deciding,
        lambda n: n.role in names,
    ):
        for i in shown:
            if wanted(needs[i]):
                return i
    return shown[-1]


class ElidingDelegate(QStyledItemDelegate):
    """Cuts long texts (in the middle for `middle` columns) and shows the whole text as the
    tooltip of a cut cell. In a list that wraps, only the `wrapping` columns (free text) wrap:
    a row is as tall as its text, not as a name squeezed into two lines."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.middle: set[int] = set()
        self.wrapping: set[int] = set()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.column() in self.middle:
            option.textElideMode = Qt.TextElideMode.ElideMiddle
        if index.column() not in self.wrapping:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

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
        rect = rect.adjusted(margin, 0, -margin, 0)
        if opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            needed = opt.fontMetrics.boundingRect(rect, int(flags), text)
            return bool(needed.height() > rect.height() or needed.width() > rect.width())
        return bool(opt.fontMetrics.horizontalAdvance(text) > rect.width())

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
    """Keeps a table's column widths to the policy (see the module docstring) as its width, its
    rows and its font change."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.user_sized = False  # the user widened a column: their widths stay
        self._whole: dict[int, int] | None = None  # measured once per change of the rows
        self._fitting = False
        self._dragging = False
        self.delegate = ElidingDelegate(table)
        table.setItemDelegate(self.delegate)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(FLOOR)
        header.sectionResized.connect(self._resized)
        header.sectionHandleDoubleClicked.connect(self._user_took_over)
        # the viewports are kept: the filter must not call into a table being destroyed
        self._header_viewport = header.viewport()
        self._viewport = table.viewport()
        self._header_viewport.installEventFilter(self)
        self._viewport.installEventFilter(self)
        header.sortIndicatorChanged.connect(lambda *_args: self.remeasure())  # the arrow's room
        model = table.model()
        if model is not None:
            self._watch(model)
        self.remeasure()

    def _watch(self, model: QAbstractItemModel) -> None:
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.headerDataChanged,
        ):
            signal.connect(self.remeasure)
        model.dataChanged.connect(self._changed)

    def _changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        """Cells changed (e.g. counts filled in): measure their columns again."""
        if self._whole is not None:
            for column in range(first.column(), last.column() + 1):
                self._whole.pop(column, None)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self.fit()
            elif kind == QEvent.Type.FontChange:
                self.remeasure()
        elif watched is self._header_viewport:
            if kind == QEvent.Type.MouseButtonPress:
                self._dragging = True
            elif kind == QEvent.Type.MouseButtonRelease:
                self._dragging = False
        return False

    def _resized(self, *_args: object) -> None:
        if self._dragging and not self._fitting:
            self._user_took_over()

    def _user_took_over(self, *_args: object) -> None:
        self.user_sized = True

    # --- measuring -------------------------------------------------------------------------

    def roles(self) -> list[tuple[Role, bool]]:
        """Each column's role and whether it decides (a model without column specs: short
        values, none deciding)."""
        model = self.table.model()
        columns = getattr(model, "columns", None)
        if columns is None:
            count = model.columnCount() if model is not None else 0
            return [(Role.SHORT, False)] * count
        return [(c.role, c.deciding) for c in columns]

    def deciding(self) -> list[int]:
        """The columns the list is read for (whole and in view)."""
        return [column for column, (_role, deciding) in enumerate(self.roles()) if deciding]

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
        if self._whole is None:
            self._whole = {}
        if column not in self._whole:
            self._whole[column] = self._measure(column)
        return self._whole[column]

    def _measure(self, column: int) -> int:
        table = self.table
        model = table.model()
        metrics = table.fontMetrics()
        measured = getattr(model, "measured_rows", model.rowCount)()
        widest, widest_row = 0, -1
        for row in range(min(measured, MEASURED_ROWS)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            lines = str(text).splitlines() if text else ()
            width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            if width > widest:
                widest, widest_row = width, row
        if widest_row < 0:
            return self.header_width(column)
        # the delegate's own hint of the widest cell: its margins and an icon beside the text
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.font = table.font()
        option.fontMetrics = metrics
        size = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        icon = table.iconSize()
        option.decorationSize = icon if icon.isValid() else QSize(size, size)
        hint = self.delegate.sizeHint(option, model.index(widest_row, column)).width()
        return max(self.header_width(column), hint + 1)  # + the grid line

    def least_width(self, column: int, role: Role) -> int:
        """The narrowest the column gets while the others give way: its header, and a
        readable line for a text that wraps."""
        header = self.header_width(column)
        if role is Role.TEXT and self.table.wordWrap():
            return max(header, self.table.fontMetrics().averageCharWidth() * WRAPPED_LINE)
        return header

    def needs(self) -> list[Need]:
        return [
            Need(
                role,
                deciding,
                self.content_width(column),
                self.least_width(column, role),
                self.table.isColumnHidden(column),
            )
            for column, (role, deciding) in enumerate(self.roles())
        ]

    def widths(self, available: int) -> list[int]:
        """Each column's width for a viewport `available` pixels wide."""
        return share_width(available, self.needs())

    # --- fitting ---------------------------------------------------------------------------

    def remeasure(self, *_args: object) -> None:
        """The rows, the texts or the font changed: measure again, then fit."""
        self._whole = None
        roles = [role for role, _deciding in self.roles()]
        self.delegate.middle = {column for column, role in enumerate(roles) if role is Role.ADDRESS}
        self.delegate.wrapping = {column for column, role in enumerate(roles) if role is Role.TEXT}
        self.fit()

    def fit(self) -> None:
        """Give the columns their widths for the list's present width (also after hiding or
        showing a column)."""
        available = self.table.viewport().width()
        if available <= 0 or self.user_sized or self._fitting:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(self.widths(available)):
                if width and header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
        model = self.table.model()
        if self.table.wordWrap() and model is not None and model.rowCount() <= MEASURED_ROWS:
            self.table.resizeRowsToContents()

    def deciding_width(self) -> int:
        """How wide the list must be to show its deciding columns whole (the columns before
        the last of them at their headers), with its frame and vertical scroll bar."""
        needs = self.needs()
        deciding = [i for i, n in enumerate(needs) if n.deciding and not n.hidden]
        if not deciding:
            return 0
        width = sum(
            n.whole if n.deciding else min(n.least, n.whole)
            for n in needs[: deciding[-1] + 1]
            if not n.hidden
        )
        table = self.table
        bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        return width + 2 * table.frameWidth() + bar

    def whole(self, column: int) -> bool:
        """Whether `column` is as wide as its header and measured contents need."""
        return self.table.columnWidth(column) >= self.content_width(column)

    def in_view(self, column: int) -> bool:
        """Whether `column` lies wholly inside the list's viewport without scrolling."""
        header = self.table.horizontalHeader()
        left = header.sectionPosition(column)
        return bool(left >= 0 and left + header.sectionSize(column) <= header.viewport().width())


def fit_columns(table: QTableView) -> ColumnFit:
    """Apply the policy to `table` from now on (set the model first)."""
    return ColumnFit(table)
