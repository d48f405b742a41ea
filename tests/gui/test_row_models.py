"""The table models: what the cells show, sorting in memory, paged loading for long lists."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QTableView

from desktop.ui.models.rows import (
    RAW_ROLE,
    RIGHT,
    ROW_ROLE,
    Column,
    PagedRowModel,
    RowModel,
)


class Dwelling(NamedTuple):
    id: int
    address: str
    rent: Decimal | None
    note: str | None


ROWS = [
    Dwelling(1, "Æblehaven 3", Decimal("4250.00"), None),
    Dwelling(2, "Bøgevej 12, 2. tv", Decimal("6100.50"), "Newly renovated"),
    Dwelling(3, "Ågade 1", None, None),
    Dwelling(4, "Østerbro 7", Decimal("3900.00"), None),
]


def money(value):
    if value is None:
        return ""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " kr."


def columns():
    return [
        Column("Address", "address", tooltip=lambda row: row.note),
        Column(
            "Rent",
            "rent",
            display=money,
            align=RIGHT,
            decoration=lambda row: QColor("red") if row.rent is None else None,
        ),
        Column("Id", "id", sortable=False),
    ]


def test_cells_show_formatted_values_and_keep_the_raw_ones(qtmodeltester):
    model = RowModel(columns(), ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.columnCount() == 3
    rent = model.index(1, 1)
    assert rent.data() == "6.100,50 kr."
    assert rent.data(RAW_ROLE) == Decimal("6100.50")
    assert rent.data(ROW_ROLE) == ROWS[1]
    assert rent.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(2, 1).data() == ""  # no rent: empty, never "None"
    assert isinstance(model.index(2, 1).data(Qt.ItemDataRole.DecorationRole), QColor)
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Newly renovated"
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Bøgevej 12, 2. tv"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Rent"
    assert model.row(3) == ROWS[3]
    assert model.row(4) is None
    assert model.raw(model.index(0, 1)) == Decimal("4250.00")
    assert not model.flags(rent) & Qt.ItemFlag.ItemIsEditable


def test_set_rows_replaces_and_the_model_stays_consistent(qtmodeltester):
    model = RowModel(columns())
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.rows() == ROWS
    model.update_row(0, Dwelling(1, "Æblehaven 5", Decimal("4300.00"), None))
    assert model.index(0, 0).data() == "Æblehaven 5"
    assert model.find(lambda row: row.id == 4) == 3
    assert model.find(lambda row: row.id == 99) == -1


def test_sorting_orders_rows_with_empty_values_last(qtmodeltester):
    model = RowModel(columns(), ROWS)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [row.id for row in model.rows()] == [4, 1, 2, 3]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [row.id for row in model.rows()] == [2, 1, 4, 3]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [row.address for row in model.rows()] == sorted(r.address for r in ROWS)
    before = model.rows()
    model.sort(2, Qt.SortOrder.DescendingOrder)  # not sortable: nothing moves
    assert model.rows() == before


def test_a_custom_sort_key_is_used():
    column = Column("Address", "address", sort_key=lambda text: text.split()[-1])
    model = RowModel([column], ROWS)
    model.sort(0)
    assert [row.address for row in model.rows()] == [
        "Ågade 1",
        "Æblehaven 3",
        "Østerbro 7",
        "Bøgevej 12, 2. tv",
    ]


def test_the_selected_row_follows_a_sort(qtbot):
    model = RowModel(columns(), ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    row = model.find(lambda r: r.address == "Østerbro 7")
    view.selectRow(row)
    kept = QPersistentModelIndex(model.index(row, 0))
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert kept.row() == 0
    assert kept.data() == "Østerbro 7"
    assert [i.data() for i in view.selectionModel().selectedRows()] == ["Østerbro 7"]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 2
    assert [i.data() for i in view.selectionModel().selectedRows()] == ["Østerbro 7"]


def test_new_rows_keep_the_chosen_order():
    model = RowModel(columns(), ROWS)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_rows(list(reversed(ROWS)))
    assert [row.id for row in model.rows()] == [2, 1, 4, 3]


@dataclass(frozen=True)
class Caseworker:
    name: str
    unit: str


def test_columns_read_frozen_dataclasses_and_functions_of_the_row():
    rows = [Caseworker("Bo Holm", "Syd"), Caseworker("Åse Berg", "Nord")]
    model = RowModel(
        [Column("Name", "name"), Column("Where", lambda row: f"{row.name} ({row.unit})")], rows
    )
    assert model.index(1, 0).data() == "Åse Berg"
    assert model.index(0, 1).data() == "Bo Holm (Syd)"
    assert model.rows_at([model.index(1, 0), model.index(0, 1)]) == [rows[1], rows[0]]


def test_a_column_reads_a_field_name_or_a_function():
    with pytest.raises(TypeError):
        Column("Rent", 2.5)  # type: ignore[arg-type]


class Applicant(NamedTuple):
    id: int
    name: str
    age: int


class FakeApplicants:
    """A query over n rows, sorted in 'SQL', recording what the model asks for."""

    def __init__(self, n: int) -> None:
        self.rows = [Applicant(i, f"Applicant {i:06d}", i % 90 + 18) for i in range(n)]
        self.calls: list[tuple[int, int]] = []
        self.order: str | None = None
        self.descending = False

    def fetch(self, offset: int, limit: int):
        self.calls.append((offset, limit))
        rows = self.rows
        if self.order == "age":
            rows = sorted(rows, key=lambda r: (r.age, r.id), reverse=self.descending)
        return rows[offset : offset + limit]

    def count(self) -> int:
        return len(self.rows)


PAGED_COLUMNS = [
    Column("Name", "name", sort_key="name"),
    Column("Age", "age", sort_key="age"),
    Column("Id", "id"),
]


def test_paged_model_passes_the_model_tester(qtmodeltester):
    source = FakeApplicants(1_000)
    model = PagedRowModel(PAGED_COLUMNS, source.fetch, source.count, page_size=100)
    qtmodeltester.check(model)
    assert model.index(999, 0).data() == "Applicant 000999"


def test_paged_model_fetches_only_the_pages_it_shows():
    source = FakeApplicants(100_000)
    model = PagedRowModel(PAGED_COLUMNS, source.fetch, source.count, page_size=200)
    assert model.rowCount() == 100_000
    assert source.calls == []
    assert model.index(99_999, 0).data() == "Applicant 099999"
    assert source.calls == [(99_800, 200)]
    for row in range(99_800, 100_000):
        model.index(row, 1).data()
    assert source.calls == [(99_800, 200)]  # the page is cached
    assert model.row(0) == (0, "Applicant 000000", 18)
    assert source.calls == [(99_800, 200), (0, 200)]


def test_paged_model_keeps_a_bounded_cache():
    source = FakeApplicants(10_000)
    model = PagedRowModel(PAGED_COLUMNS, source.fetch, source.count, page_size=10, cache_pages=3)
    for page in range(5):
        model.row(page * 10)
    model.row(0)  # evicted long ago: fetched again
    assert source.calls[-1] == (0, 10)
    assert model.fetches == 6


def test_a_view_over_100000_rows_loads_a_few_pages(qtbot):
    source = FakeApplicants(100_000)
    model = PagedRowModel(PAGED_COLUMNS, source.fetch, source.count, page_size=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert source.calls == [(0, 200)]
    view.scrollToBottom()
    view.grab()
    assert model.fetches <= 3
    assert (99_800, 200) in source.calls


def test_sorting_a_paged_model_asks_the_owner_and_refreshes(qtbot, qtmodeltester):
    source = FakeApplicants(500)
    model = PagedRowModel(PAGED_COLUMNS, source.fetch, source.count, page_size=50)

    def resort(key, descending):
        source.order, source.descending = key, descending

    model.sort_changed.connect(resort)
    model.row(0)
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert (model.sort_key, model.descending) == ("age", True)
    assert model.index(0, 1).data() == "107"
    qtmodeltester.check(model)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.sort(1, Qt.SortOrder.DescendingOrder)  # the same order again: no new query
    model.sort(2, Qt.SortOrder.AscendingOrder)  # no SQL order for this column: ignored
    assert model.sort_key == "age"
    assert resets == []


def test_refresh_counts_again_after_a_search(qtmodeltester):
    source = FakeApplicants(300)
    model = PagedRowModel(PAGED_COLUMNS, page_size=100)
    assert model.rowCount() == 0
    model.set_query(source.fetch, source.count)
    assert model.rowCount() == 300
    source.rows = [r for r in source.rows if r.id % 7 == 0]
    model.refresh()
    assert model.rowCount() == 43
    assert model.index(1, 2).data() == "7"
    qtmodeltester.check(model)


def test_rows_deleted_since_the_count_show_blank():
    source = FakeApplicants(100)
    model = PagedRowModel(PAGED_COLUMNS, source.fetch, source.count, page_size=50)
    source.rows = source.rows[:60]  # someone else deleted 40 applicants
    assert model.index(80, 0).data() == ""
    assert model.row(80) is None
    assert model.index(10, 0).data() == "Applicant 000010"


@pytest.mark.parametrize("model_type", [RowModel, PagedRowModel])
def test_invalid_indexes_give_nothing(model_type):
    model = model_type(PAGED_COLUMNS)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.raw(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert isinstance(QIcon(), QIcon)
