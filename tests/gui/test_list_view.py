"""The one table view of every list: rows chosen whole, never edited in place, sorted by a
header click (in core's order until then), and the differences a list asks for."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView

from desktop.ui.models.rows import Column, RowModel
from desktop.ui.widgets.heading import SECTION, heading
from desktop.ui.widgets.list_view import EXTENDED, list_view

pytestmark = pytest.mark.gui


class Offer(NamedTuple):
    id: int
    applicant: str


ROWS = [Offer(7, "Åse Ørum"), Offer(3, "Bo Holm"), Offer(5, "Anne Bak")]


def model() -> RowModel[Offer]:
    return RowModel([Column("No.", "id"), Column("Applicant", "applicant")], ROWS)


def test_a_list_chooses_whole_rows_and_keeps_cores_order_until_a_click(qtbot) -> None:
    rows = model()
    view = list_view(rows, name="offer_table", accessible="Offers")
    qtbot.addWidget(view)
    assert (view.objectName(), view.accessibleName()) == ("offer_table", "Offers")
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.verticalHeader().isVisible()
    assert view.verticalHeader().defaultSectionSize() == view.fontMetrics().height() + 8
    assert view.alternatingRowColors()
    assert not view.wordWrap()
    assert view.isSortingEnabled()
    assert [r.id for r in rows.rows()] == [7, 3, 5]  # as core gave them
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in rows.rows()] == [5, 3, 7]


def test_a_list_asks_for_its_differences(qtbot) -> None:
    rows = model()
    view = list_view(
        rows,
        selection=EXTENDED,
        sorted_by=0,
        alternate=False,
        wrap=True,
        row_padding=None,
        tab_moves_on=True,
    )
    qtbot.addWidget(view)
    assert [r.id for r in rows.rows()] == [3, 5, 7]  # sorted by the first column at once
    assert view.horizontalHeader().sortIndicatorSection() == 0
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not view.alternatingRowColors()
    assert view.wordWrap()
    assert not view.tabKeyNavigation()
    unsorted = list_view(model(), sorted_by=None)
    qtbot.addWidget(unsorted)
    assert not unsorted.isSortingEnabled()


def test_a_heading_is_large_and_semi_bold(qtbot) -> None:
    label = heading("Letters", SECTION)
    qtbot.addWidget(label)
    assert label.text() == "Letters"
    label.ensurePolished()
    assert label.font().pointSize() == 14
    assert label.font().weight() == QFont.Weight.DemiBold
