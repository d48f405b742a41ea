"""The table models every list uses: named rows (NamedTuples or frozen dataclasses from core)
described by column specs that name the field they show.

    COLUMNS: list[Column[VacancyRow]] = [
        Column(translate("VacancyList", "Address"), "address", role=ADDRESS, deciding=True),
        Column(translate("VacancyList", "Rent"), "rent", display=formats.money,
               role=NUMBER, deciding=True, sort_key="rent"),
        Column(translate("VacancyList", "Rooms"), rooms_text),   # a function of the row
        colour_column(translate("VacancyList", "Colour"), "colour"),   # widgets.colour_badge
    ]
    model = RowModel(COLUMNS)           # in memory: model.set_rows(rows)
    model = PagedRowModel(COLUMNS, fetch=..., count=...)   # 100,000 rows, loaded per page
    model = GrowingRowModel(COLUMNS)    # a page at a time as the view scrolls: model.start(...)

Each column says what it shows (`role`: NAME, ADDRESS, NUMBER, TEXT, or SHORT - a status, a
date, a code) and whether it decides (`deciding`: what the user reads the list for, always whole
and in view); the table view's column-width policy works from those
(`desktop.ui.widgets.fitted_columns`).

`RowModel` sorts its rows in Python (by each column's sort key). `PagedRowModel` never sorts or
filters itself: it asks `fetch(offset, limit)` for the rows it is about to show and `count()` for
their number; when the search text or the order changes, the owner calls `refresh()` (or
`set_query`) and the SQL in core does the work. `row(i)` gives the row object behind a row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from operator import attrgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

R = TypeVar("R")  # the row: a NamedTuple or a frozen dataclass
AnyIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

RAW_ROLE = Qt.ItemDataRole.UserRole  # the column's raw value (for delegates and tests)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


class Role(Enum):
    """What a column shows, which decides how it takes the list's width."""

    NAME = "name"  # who or what the row is: takes the spare width, gives way after free text
    ADDRESS = "address"  # as a name; when it must give way, cut in the middle (floor and door)
    NUMBER = "number"  # a count, an amount, days: right-aligned, as wide as its widest value
    TEXT = "text"  # free text (a reason, a note): gives way first, cut with a tooltip
    SHORT = "short"  # a status, a date, a code: whole (cut, it would say nothing)


NAME, ADDRESS, NUMBER, TEXT, SHORT = (Role.NAME, Role.ADDRESS, Role.NUMBER, Role.TEXT, Role.SHORT)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def reader(value: str | Callable[[R], Any]) -> Callable[[R], Any]:
    """A function row -> value: the field named `value`, or `value` itself."""
    if isinstance(value, str):
        return attrgetter(value)
    if not callable(value):
        raise TypeError(f"a column reads a field name or a function, not {value!r}")
    return value


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column reads and shows a row.

    - `header`: the (translated) header text.
    - `value`: the name of the row's field, or a function row -> raw value.
    - `display`: raw value -> text (default: `str`, None shows as empty).
    - `role`: what the column shows (`Role`), how it takes the list's width.
    - `deciding`: one of the columns the list is read for: whole and in view without scrolling
      (as far as the width allows; tests/gui/test_list_widths.py holds every list to it).
    - `header_tip`: the header's tooltip (the whole name of a header written short).
    - `align`: text alignment (default: RIGHT for a NUMBER, else LEFT; CENTER).
    - `tooltip`, `decoration`: row -> tooltip text / icon (QIcon, QPixmap, QColor) or None.
    - `foreground`: row -> text colour (QColor) or None for the palette's.
    - `accessible`: row -> text a screen reader says for the cell (default: the display text).
    - `sort_key`: `RowModel`: a function raw value -> key (default: the raw value, None last);
      `PagedRowModel`: the name of the order core should sort by (str); None: not sortable
      there (in memory every column sorts unless `sortable=False`).
    """

    header: str
    value: str | Callable[[R], Any]
    display: Callable[[Any], str] = _text
    role: Role = Role.SHORT
    deciding: bool = False
    header_tip: str | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str | None] | None = None
    decoration: Callable[[R], Any] | None = None
    foreground: Callable[[R], Any] | None = None
    accessible: Callable[[R], str] | None = None
    sort_key: Callable[[Any], Any] | str | None = None
    sortable: bool = True
    getter: Callable[[R], Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "getter", reader(self.value))
        if self.align is None:
            object.__setattr__(self, "align", RIGHT if self.role is Role.NUMBER else LEFT)

    def text(self, row: R) -> str:
        return self.display(self.getter(row))


class _BaseRowModel(QAbstractTableModel, Generic[R]):
    """What both flavours share: columns, roles, headers, flags."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    # subclasses: rowCount and _row_at(row) -> R | None

    def _row_at(self, row: int) -> R | None:
        raise NotImplementedError

    @property
    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def column_of(self, sort_key: str) -> int:
        """The column that sorts by `sort_key` (a `PagedRowModel` order name)."""
        return next(i for i, c in enumerate(self._columns) if c.sort_key == sort_key)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def measured_rows(self) -> int:
        """How many rows (from the top) the column widths may read without a query."""
        return self.rowCount()

    def row(self, row: int) -> R | None:
        """The row behind view row `row` (None outside the model)."""
        if 0 <= row < self.rowCount():
            return self._row_at(row)
        return None

    def rows_at(self, indexes: Iterable[AnyIndex]) -> list[R]:
        """The rows behind `indexes` (e.g. a selection's `selectedRows()`), in their order."""
        rows = (self.row(index.row()) for index in indexes)
        return [row for row in rows if row is not None]

    def raw(self, index: AnyIndex) -> Any:
        """The raw value of a cell, read without a QVariant round trip (for delegates)."""
        row = self._row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        return self._columns[index.column()].getter(row)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._row_at(index.row())
        if row is None:
            return "" if role == _DISPLAY else None
        column = self._columns[index.column()]
        if role in (_DISPLAY, _EDIT):
            return column.text(row)
        if role == _ALIGN:
            return column.align
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(row)
        if role == _DECORATION and column.decoration is not None:
            return column.decoration(row)
        if role == _FOREGROUND and column.foreground is not None:
            return column.foreground(row)
        if role == _ACCESSIBLE:
            return column.accessible(row) if column.accessible is not None else column.text(row)
        if role == RAW_ROLE:
            return column.getter(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == _DISPLAY:
                return self._columns[section].header
            if role == _ALIGN:
                return self._columns[section].align
            if role == _TOOLTIP:
                return self._columns[section].header_tip
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class RowModel(_BaseRowModel[R]):
    """All rows in memory. `set_rows` replaces them; `sort` sorts them in Python."""

    def __init__(
        self, columns: Sequence[Column[R]], rows: Iterable[R] = (), parent: Any = None
    ) -> None:
        super().__init__(columns, parent)
        self._rows: list[R] = list(rows)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row (kept in the current sort order, if the view sorted)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def update_row(self, row: int, values: R) -> None:
        """Replace one row in place (e.g. after an edit) and repaint it."""
        self._rows[row] = values
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def find(self, predicate: Callable[[R], bool]) -> int:
        """The first view row whose row satisfies `predicate`, or -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        moved_to = self._sort_rows(column, order)
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(moved_to[index.row()], index.column()) for index in old]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Sort in place (stable; empty values last in both orders); return old -> new row."""
        spec = self._columns[column]
        key = spec.sort_key if callable(spec.sort_key) else None
        values = [spec.getter(row) for row in self._rows]
        present = [i for i, value in enumerate(values) if value is not None]
        empty = [i for i, value in enumerate(values) if value is None]
        present.sort(
            key=(lambda i: key(values[i])) if key is not None else values.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        permutation = present + empty
        self._rows = [self._rows[i] for i in permutation]
        moved_to = [0] * len(permutation)
        for new, old in enumerate(permutation):
            moved_to[old] = new
        return moved_to


class GrowingRowModel(RowModel[R]):
    """Rows that come a page at a time, in core's order, as the view scrolls to the end.

    `start(rows, more)` shows the first page; while `more` is set the view may ask for the next
    one (`canFetchMore`/`fetchMore`, at the end of the list), and the model calls `more()` once,
    which fetches it (in the background) and gives it to `append_rows`; `more=None` there: that
    was the last. Not sortable: sorting the rows loaded so far would misplace the rest."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__([replace(c, sortable=False) for c in columns], parent=parent)
        self._more: Callable[[], None] | None = None
        self._asked = False  # `more()` was called and its page has not come yet

    @property
    def complete(self) -> bool:
        """Every row is in (no page to ask for)."""
        return self._more is None

    def start(self, rows: Iterable[R], more: Callable[[], None] | None) -> None:
        """Show `rows` instead of everything before; `more` asks for the next page."""
        self._more, self._asked = more, False
        self.set_rows(rows)

    def append_rows(self, rows: Sequence[R], more: Callable[[], None] | None) -> None:
        """The page `more()` asked for; `more` asks for the next (None: that was the last)."""
        self._more, self._asked = more, False
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None and not self._asked

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._more is not None:
            self._asked = True
            self._more()


class PagedRowModel(_BaseRowModel[R]):
    """Very long lists (100,000 applicants): rows are fetched a page at a time when shown.

    `fetch(offset, limit) -> list[R]` and `count() -> int` are the owner's query (core runs
    the SQL, with the current search text and order). The model keeps the `cache_pages` most
    recently used pages. Sorting a column with a `sort_key` name stores it in `sort_key` /
    `descending`, emits `sort_changed(key, descending)` and refreshes: the owner's `fetch`
    reads the order from there (or from the signal).
    """

    sort_changed = Signal(str, bool)

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch: Callable[[int, int], Sequence[R]] | None = None,
        count: Callable[[], int] | None = None,
        *,
        page_size: int = 200,
        cache_pages: int = 16,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._count = count
        self._page_size = max(1, page_size)
        self._cache_pages = max(2, cache_pages)
        self._pages: OrderedDict[int, Sequence[R]] = OrderedDict()
        self._total = 0
        self.sort_key: str | None = None
        self.descending = False
        self.fetches = 0  # how many times `fetch` ran (tests, diagnostics)
        if fetch is not None and count is not None:
            self._total = max(0, int(count()))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def measured_rows(self) -> int:
        # the first page: the one the view shows first anyway
        return min(self._total, self._page_size)

    def set_query(self, fetch: Callable[[int, int], Sequence[R]], count: Callable[[], int]) -> None:
        """Use another query (e.g. another search) and show it from the top."""
        self._fetch, self._count = fetch, count
        self.refresh()

    def refresh(self) -> None:
        """Forget the loaded pages and count again (after a search, a sort or a write)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = max(0, int(self._count())) if self._count is not None else 0
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if not isinstance(key, str) or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key = key
        self.descending = descending
        self.sort_changed.emit(key, self.descending)
        self.refresh()

    def _row_at(self, row: int) -> R | None:
        if not 0 <= row < self._total or self._fetch is None:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = list(self._fetch(number * self._page_size, self._page_size))
            self.fetches += 1
            self._pages[number] = page
            while len(self._pages) > self._cache_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None  # rows deleted meanwhile: blank
