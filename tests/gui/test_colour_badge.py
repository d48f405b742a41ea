"""The colour badge: colour, name and a shape of its own, in forms and in table cells."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from db.enums import Colour
from desktop import i18n
from desktop.ui.models.rows import RowModel
from desktop.ui.widgets.colour_badge import (
    ColourBadge,
    ColourBadgeDelegate,
    badge_icon,
    badge_pixmap,
    colour_column,
    colour_text,
    normalise,
)

VALUES = [Colour.GREEN, Colour.YELLOW, Colour.RED, None]


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install_for_app(qapp, "da")
    yield
    i18n.install_for_app(qapp, "en")


@pytest.mark.parametrize(
    ("value", "key", "english"),
    [
        (Colour.GREEN, "green", "Green"),
        ("yellow", "yellow", "Yellow"),
        (" RED ", "red", "Red"),
        (None, "unknown", "Unknown"),
        ("", "unknown", "Unknown"),
        ("purple", "unknown", "Unknown"),
    ],
)
def test_every_value_has_a_name(qapp, value, key, english):
    assert normalise(value) == key
    assert colour_text(value) == english


def test_danish_names(danish):
    assert [colour_text(v) for v in VALUES] == ["Grøn", "Gul", "Rød", "Ukendt"]
    badge = ColourBadge(Colour.RED)
    assert badge.text() == "Rød"
    assert badge.accessibleName() == "Farve: Rød"


def _shape(value) -> QImage:
    """The icon's outline only (its alpha channel): what a colour-blind user still sees."""
    image = badge_pixmap(value, 32).toImage().convertToFormat(QImage.Format.Format_Alpha8)
    return image


def test_each_colour_has_its_own_shape_not_only_its_own_colour(qapp):
    shapes = [_shape(value) for value in VALUES]
    for i, first in enumerate(shapes):
        for second in shapes[i + 1 :]:
            assert first != second
    grey = [
        badge_pixmap(v, 32).toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        for v in VALUES
    ]
    for i, first in enumerate(grey):
        for second in grey[i + 1 :]:
            assert first != second


def test_icons_are_cached_and_come_in_several_sizes(qapp):
    icon = badge_icon("green")
    assert icon is badge_icon(Colour.GREEN)
    assert QSize(16, 16) in icon.availableSizes()
    assert QSize(48, 48) in icon.availableSizes()


def test_badge_widget_changes_colour(qtbot):
    badge = ColourBadge()
    qtbot.addWidget(badge)
    assert badge.colour() == "unknown"
    assert badge.accessibleName() == "Colour: Unknown"
    badge.set_colour(Colour.YELLOW, tooltip="Yellow since 1 December 2026")
    assert badge.colour() == "yellow"
    assert badge.text() == "Yellow"
    assert badge.accessibleName() == "Colour: Yellow"
    assert badge.toolTip() == "Yellow since 1 December 2026"
    assert badge.focusPolicy() == Qt.FocusPolicy.NoFocus


class Department(NamedTuple):
    id: int
    name: str
    colour: Colour | None


ROWS = [
    Department(1, "Hasseris Nord", Colour.RED),
    Department(2, "Vejgaard Øst", None),
    Department(3, "Aalborg Øst", Colour.GREEN),
    Department(4, "Nørresundby", Colour.YELLOW),
]


def test_colour_column_shows_name_and_shape(qtmodeltester):
    model = RowModel([colour_column("Colour", "colour")], ROWS)
    qtmodeltester.check(model)
    cell = model.index(0, 0)
    assert cell.data() == "Red"
    assert isinstance(cell.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Colour: Red"
    model.sort(0)
    assert [row.id for row in model.rows()] == [3, 4, 1, 2]  # green, yellow, red, unknown


def test_delegate_paints_a_raw_colour_column(qtbot):
    from desktop.ui.models.rows import Column

    model = RowModel([Column("Department", "name"), Column("Colour", "colour")], ROWS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ColourBadgeDelegate(view)
    view.setItemDelegateForColumn(1, delegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, model.index(3, 1))
    assert option.text == "Yellow"
    assert not option.icon.isNull()
    assert option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration
    view.grab()  # paints every cell through the delegate without a warning
