"""A department's colour (trappetrinsmodellen) shown so that everyone can read it.

Colour is never the only signal: each colour has its Danish name and a shape of its own,
green = circle with a check mark, yellow = triangle with "!", red = square with "x",
unknown = grey diamond with "?".

Values are the strings of `db.enums.Colour` ("green", "yellow", "red"; the enum is a StrEnum,
so its members work as they are); anything else (None, "") is unknown.

- `ColourBadge`: a widget for forms: `badge.set_colour("yellow")`.
- `colour_column(header, field)`: a `Column` for `desktop.ui.models.rows` whose cells show the
  name with the shape icon (the decoration role); sortable green -> yellow -> red -> unknown.
- `ColourBadgeDelegate`: for a view whose column holds a raw colour value of some other model.
- `badge_icon(value)`, `colour_text(value)`: the pieces, for anything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.models.rows import RAW_ROLE, Column, R, reader

GREEN, YELLOW, RED = "green", "yellow", "red"
UNKNOWN = "unknown"

# fill, mark (drawn on the fill), light tint (widget background); contrast >= 4.5:1 for marks
_PALETTE = {
    GREEN: ("#2e7d32", "#ffffff", "#e8f5e9"),
    YELLOW: ("#f9a825", "#1a1a1a", "#fff8e1"),
    RED: ("#c62828", "#ffffff", "#ffebee"),
    UNKNOWN: ("#6e6e6e", "#ffffff", "#f0f0f0"),
}
_RANK = {GREEN: 0, YELLOW: 1, RED: 2, UNKNOWN: 3}
_SIZES = (16, 20, 24, 32, 48)
_icons: dict[str, QIcon] = {}


def normalise(value: Any) -> str:
    """ "green", "yellow", "red" or "unknown" for any value (a Colour, a string, None)."""
    text = str(value).strip().lower() if value is not None else ""
    return text if text in (GREEN, YELLOW, RED) else UNKNOWN


def colour_text(value: Any) -> str:
    """The colour's name in the user's language: Grøn, Gul, Rød, Ukendt."""
    key = normalise(value)
    if key == GREEN:
        return QCoreApplication.translate("ColourBadge", "Green")
    if key == YELLOW:
        return QCoreApplication.translate("ColourBadge", "Yellow")
    if key == RED:
        return QCoreApplication.translate("ColourBadge", "Red")
    return QCoreApplication.translate("ColourBadge", "Unknown")


def colour_rank(value: Any) -> int:
    """Sort key: green, yellow, red, unknown."""
    return _RANK[normalise(value)]


def colour_hex(value: Any) -> str:
    """The fill colour (e.g. for a chart)."""
    return _PALETTE[normalise(value)][0]


def _draw(painter: QPainter, key: str, size: float) -> None:
    fill, mark, _tint = _PALETTE[key]
    s = size
    painter.setPen(QPen(QColor(fill).darker(125), max(1.0, s / 16)))
    painter.setBrush(QColor(fill))
    pen = QPen(QColor(mark), max(1.5, s * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if key == GREEN:  # circle with a check mark
        painter.drawEllipse(QRectF(s * 0.05, s * 0.05, s * 0.9, s * 0.9))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath(QPointF(s * 0.28, s * 0.52))
        tick.lineTo(QPointF(s * 0.44, s * 0.68))
        tick.lineTo(QPointF(s * 0.73, s * 0.35))
        painter.drawPath(tick)
    elif key == YELLOW:  # triangle with an exclamation mark
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(s * 0.5, s * 0.04),
                    QPointF(s * 0.97, s * 0.92),
                    QPointF(s * 0.03, s * 0.92),
                ]
            )
        )
        painter.setPen(pen)
        painter.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6))
        painter.drawPoint(QPointF(s * 0.5, s * 0.77))
    elif key == RED:  # square with a cross
        painter.drawRoundedRect(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84), s * 0.1, s * 0.1)
        painter.setPen(pen)
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    else:  # grey diamond with a question mark
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(s * 0.5, s * 0.03),
                    QPointF(s * 0.97, s * 0.5),
                    QPointF(s * 0.5, s * 0.97),
                    QPointF(s * 0.03, s * 0.5),
                ]
            )
        )
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(s * 0.55)))
        painter.setFont(font)
        painter.setPen(QColor(mark))
        painter.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "?")


def badge_pixmap(value: Any, size: int, ratio: float = 1.0) -> QPixmap:
    """The shape of `value`'s colour, `size` device-independent pixels square."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(painter, normalise(value), float(size))
    painter.end()
    return pixmap


def badge_icon(value: Any) -> QIcon:
    """The shape icon of a colour (cached; several sizes, sharp at any scale)."""
    key = normalise(value)
    icon = _icons.get(key)
    if icon is None:
        icon = QIcon()
        for size in _SIZES:
            icon.addPixmap(badge_pixmap(key, size))
            icon.addPixmap(badge_pixmap(key, size, 2.0))
        _icons[key] = icon
    return icon


class ColourBadge(QFrame):
    """Colour, name and shape together, for forms and headers: `set_colour("red")`."""

    def __init__(self, colour: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ColourBadge")
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 8, 2)
        layout.setSpacing(5)
        layout.addWidget(self._icon)
        layout.addWidget(self._text)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._colour = UNKNOWN
        self.set_colour(colour)

    def colour(self) -> str:
        """ "green", "yellow", "red" or "unknown"."""
        return self._colour

    def text(self) -> str:
        return self._text.text()

    def set_colour(self, value: Any, tooltip: str | None = None) -> None:
        key = normalise(value)
        self._colour = key
        fill, _mark, tint = _PALETTE[key]
        size = self._text.fontMetrics().height()
        self._icon.setPixmap(badge_icon(key).pixmap(QSize(size, size), self.devicePixelRatioF()))
        self._text.setText(colour_text(key))
        self.setStyleSheet(
            f"#ColourBadge {{ background: {tint}; border: 1px solid {fill}; border-radius: 4px; }}"
            " #ColourBadge QLabel { background: transparent; border: none; color: #1a1a1a; }"
        )
        name = self.tr("Colour: {name}").format(name=colour_text(key))
        self.setAccessibleName(name)
        self.setToolTip(tooltip or name)


def colour_column(
    header: str,
    value: str | Callable[[R], Any],
    *,
    tooltip: Callable[[R], str | None] | None = None,
    sort_key: str | None = None,
    deciding: bool = False,
) -> Column[R]:
    """A column showing a colour (the field named `value`, or a function of the row) as name +
    shape icon. `sort_key` is the SQL order name for a `PagedRowModel`; in a `RowModel` it sorts
    green, yellow, red, unknown. `deciding`: see `Column`."""
    getter = reader(value)
    return Column(
        header,
        getter,
        display=colour_text,
        decoration=lambda row: badge_icon(getter(row)),
        tooltip=tooltip,
        accessible=lambda row: QCoreApplication.translate("ColourBadge", "Colour: {name}").format(
            name=colour_text(getter(row))
        ),
        sort_key=sort_key if sort_key is not None else colour_rank,
        deciding=deciding,
    )


class ColourBadgeDelegate(QStyledItemDelegate):
    """Paints a cell holding a raw colour value as shape icon + name (the view's selection and
    focus drawing is kept). Reads `RowModel.raw` directly when it can (no QVariant trip)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        model = index.model()
        raw = getattr(model, "raw", None)
        value = raw(index) if raw is not None else index.data(RAW_ROLE)
        option.text = colour_text(value)
        option.icon = badge_icon(value)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        height = option.fontMetrics.height()
        option.decorationSize = QSize(height, height)
