"""The department dialog's house numbers: a line per street and range (street, from, to, which
side, postcode), which the address search uses. Core reads and checks the lines
(`editing.house_ranges`); this widget only holds their texts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.enums import NumberSide
from desktop.core.registry.editing import RangeFields
from desktop.core.registry.house_numbers import side_name

STREET, FIRST, LAST, SIDE, POSTCODE = range(5)
SIDES = (NumberSide.ALL, NumberSide.ODD, NumberSide.EVEN)


class RangesEditor(QWidget):
    """Lines of house-number ranges; `read_requested` asks for them to be read from the
    address."""

    read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("house_number_ranges")
        self.table.setAccessibleName(self.tr("House numbers"))
        headers = {
            STREET: (self.tr("Street"), ""),
            FIRST: (
                self.tr("From no."),
                self.tr(
                    "The first house number, e.g. 1 or 41A; empty: from the start of the street"
                ),
            ),
            LAST: (
                self.tr("To no."),
                self.tr("The last house number, e.g. 31 or 41C; empty: to the end of the street"),
            ),
            SIDE: (self.tr("Numbers"), ""),
            POSTCODE: (self.tr("Postcode"), self.tr("Only if it is not the department's postcode")),
        }
        for column, (text, tip) in headers.items():
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STREET, QHeaderView.ResizeMode.Stretch)
        for column in (FIRST, LAST, SIDE, POSTCODE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(160)
        self.add_button = QPushButton(self.tr("Add &line"))
        self.remove_button = QPushButton(self.tr("Remo&ve line"))
        self.read_button = QPushButton(self.tr("&Read from the address"))
        self.read_button.setToolTip(
            self.tr("Replace the lines with the house numbers the address gives")
        )
        self.add_button.clicked.connect(lambda: self.add_line(RangeFields("")))
        self.remove_button.clicked.connect(self.remove_line)
        self.read_button.clicked.connect(self.read_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        self.setMinimumWidth(440)  # a street name, four short columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_line(self, fields: RangeFields) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = {STREET: fields.street, FIRST: fields.first, LAST: fields.last}
        texts[POSTCODE] = fields.postcode
        items = {column: QTableWidgetItem(text) for column, text in texts.items()}
        for column, item in items.items():
            self.table.setItem(row, column, item)
        side = QComboBox()
        side.setAccessibleName(self.tr("Numbers"))
        for value in SIDES:
            side.addItem(side_name(value), value.value)
        side.setCurrentIndex(SIDES.index(fields.side))
        self.table.setCellWidget(row, SIDE, side)
        if not fields.street:
            self.table.setCurrentCell(row, STREET)
            self.table.editItem(items[STREET])

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_lines(self, lines: tuple[RangeFields, ...]) -> None:
        self.table.setRowCount(0)
        for fields in lines:
            self.add_line(fields)

    def lines(self) -> tuple[RangeFields, ...]:
        """The lines as typed, blank ones left out."""
        found = []
        for row in range(self.table.rowCount()):
            side = self.table.cellWidget(row, SIDE)
            assert isinstance(side, QComboBox)
            fields = RangeFields(
                self._text(row, STREET),
                self._text(row, FIRST),
                self._text(row, LAST),
                NumberSide(side.currentData()),
                self._text(row, POSTCODE),
            )
            if not fields.blank:
                found.append(fields)
        return tuple(found)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text().strip()
