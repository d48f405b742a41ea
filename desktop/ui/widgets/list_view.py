"""The table view every list of the UI is: one function with the few real differences as
parameters.

    self.table = list_view(self.model, name="offer_table", accessible=self.tr("Offers"))
    list_view(model, selection=EXTENDED, sorted_by=model.column_of("deadline"), row_padding=12)
    list_view(model, sorted_by=None, alternate=False, wrap=True, row_padding=None)

What every list shares: whole rows are selected, nothing is edited in place, no row numbers,
texts are cut with "…" rather than wrapped, and the columns take the width by the one
column-width policy (`desktop.ui.widgets.fitted_columns`: the columns' roles and the deciding
ones, from the model's column specs). The defaults are those of a page's list beside its detail
panel: one row chosen at a time, sortable by a click on a header while the rows come in core's
order until then, rows one line of text high.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.ui.widgets.fitted_columns import ColumnFit

SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection


def list_view(
    model: QAbstractItemModel,
    *,
    name: str = "",
    accessible: str = "",
    selection: QAbstractItemView.SelectionMode = SINGLE,
    sorted_by: int | None = -1,
    alternate: bool = True,
    wrap: bool = False,
    row_padding: int | None = 8,
    tab_moves_on: bool = False,
    parent: QWidget | None = None,
) -> QTableView:
    """A table view over `model`.

    - `name`, `accessible`: the object name (tests, style) and what a screen reader calls it.
    - `selection`: SINGLE, or EXTENDED where an action works on several rows.
    - `sorted_by`: the column whose header shows the order (ascending); -1: sortable, in the
      model's own order until a header is clicked; None: not sortable.
    - `alternate`: alternating row colours; `wrap`: long texts wrap instead of being cut (the
      rows as tall as their texts).
    - `row_padding`: rows are one line of text plus this many pixels high; None: the style's
      height (room for a wrapped line).
    - `tab_moves_on`: Tab leaves the list for the next field instead of moving between cells.
    """
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    if accessible:
        view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(not tab_moves_on)
    view.verticalHeader().hide()
    if row_padding is not None:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    if sorted_by is not None:
        # the indicator first: turning sorting on sorts by it at once (-1: no sort yet)
        view.horizontalHeader().setSortIndicator(sorted_by, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    ColumnFit(view)
    return view


def column_fit(view: QTableView) -> ColumnFit:
    """The column-width policy at work on a list made by `list_view`."""
    fit = view.findChild(ColumnFit)
    if fit is None:
        raise LookupError(f"{view.objectName() or view!r} was not made by list_view")
    return fit
