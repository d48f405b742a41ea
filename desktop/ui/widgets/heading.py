"""Headings: large, semi-bold text above a page, a section or a panel.

layout.addLayout(title_bar(self.title(), self.new_button))  # a page's title and buttons
layout.addWidget(heading(self.tr("Letters"), SECTION))      # a section of a page
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

PAGE = 16  # point sizes
SECTION = 14
PANEL = 12  # what a dialog shows: the file previewed, the record in conflict


def heading(text: str = "", size: int = PAGE, parent: QWidget | None = None) -> QLabel:
    """A label of `text` in `size` points, semi-bold."""
    label = QLabel(text, parent)
    label.setStyleSheet(f"font-size: {size}pt; font-weight: 600;")
    return label


def title_bar(title: str, *widgets: QWidget) -> QHBoxLayout:
    """A page's top row: its title on the left, `widgets` (its buttons) on the right."""
    row = QHBoxLayout()
    row.addWidget(heading(title))
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row
