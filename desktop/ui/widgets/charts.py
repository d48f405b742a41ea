"""QtCharts views of the core's charts (`desktop.core.reports.model.Chart`).

Readable without colour: every bar series has its colour and a hatch pattern of its own (a
texture brush, also in the legend), every bar its value written at its end, every line a marker
shape of its own and its values beside the points (`desktop.core.reports.styles`). Numbers follow
the application's locale (4.250 and 16,3 in Danish). The texts come translated from core; this
module has none of its own.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.reports.model import Chart, ChartKind, Kind
from desktop.core.reports.styles import INK, Marker, Pattern, SeriesStyle, nice_ceiling, style

TILE = 9  # pixels of one pattern tile
MARKERS = {
    Marker.CIRCLE: QScatterSeries.MarkerShape.MarkerShapeCircle,
    Marker.SQUARE: QScatterSeries.MarkerShape.MarkerShapeRectangle,
    Marker.TRIANGLE: QScatterSeries.MarkerShape.MarkerShapeTriangle,
    Marker.DIAMOND: QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    Marker.STAR: QScatterSeries.MarkerShape.MarkerShapeStar,
    Marker.PENTAGON: QScatterSeries.MarkerShape.MarkerShapePentagon,
}


def pattern_brush(look: SeriesStyle) -> QBrush:
    """The series' fill colour with its hatch drawn over it, as a repeating texture."""
    fill = QColor(look.fill)
    if look.pattern == Pattern.SOLID:
        return QBrush(fill)
    tile = QPixmap(TILE, TILE)
    tile.fill(fill)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(QColor(look.line), 1))
    last = TILE - 1
    if look.pattern in (Pattern.HORIZONTAL, Pattern.CROSS):
        painter.drawLine(0, TILE // 2, last, TILE // 2)
    if look.pattern in (Pattern.VERTICAL, Pattern.CROSS):
        painter.drawLine(TILE // 2, 0, TILE // 2, last)
    if look.pattern == Pattern.DIAGONAL:
        painter.drawLine(0, last, last, 0)
    if look.pattern == Pattern.BACK_DIAGONAL:
        painter.drawLine(0, 0, last, last)
    painter.end()
    return QBrush(tile)


def _label_format(kind: Kind) -> tuple[str, int]:
    """(Qt label format, decimals) of the values written on bars and points."""
    if kind == Kind.DECIMAL:
        return "@value", 3
    return "@value", 12


def _axis_format(kind: Kind) -> str:
    return "%.1f" if kind == Kind.DECIMAL else "%.0f"


def _shown(value: float | None, kind: Kind) -> float:
    """Bars show percentages as 25, not 0.25; decimals rounded to one place."""
    if value is None:
        return 0.0
    if kind == Kind.PERCENT:
        return round(value * 100.0, 1)
    if kind == Kind.DECIMAL:
        return round(value, 1)
    return round(value)


class ChartView(QChartView):
    """Shows one core `Chart`; `set_chart(None)` clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.source: Chart | None = None
        self.set_chart(None)

    def set_chart(self, source: Chart | None) -> None:
        self.source = source
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
        chart.setTitleFont(title_font)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        if source is not None:
            chart.setTitle(source.title)
            self.setAccessibleName(source.title)
            if source.kind == ChartKind.LINE:
                self._line(chart, source)
            else:
                self._bars(chart, source)
            legend.setVisible(len(source.series) > 1)
        else:
            legend.setVisible(False)
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _value_axis(self, source: Chart, values: list[float]) -> QValueAxis:
        axis = QValueAxis()
        largest = max(values, default=0.0)
        step = nice_ceiling(max(largest, 1e-9) * 1.15 / 4)
        count = max(1, int(-(-largest * 1.15 // step)))
        axis.setRange(0.0, step * count)
        axis.setTickCount(count + 1)
        axis.setLabelFormat(_axis_format(source.value_kind))
        if source.axis_title:
            axis.setTitleText(source.axis_title)
        return axis

    def _bars(self, chart: QChart, source: Chart) -> None:
        horizontal = source.kind == ChartKind.HBAR
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        categories = list(source.categories)
        shown_values: list[float] = []
        for number, item in enumerate(source.series):
            look = style(number)
            bar_set = QBarSet(item.name)
            values = [_shown(v, source.value_kind) for v in item.values]
            if horizontal:  # Qt draws the first category at the bottom: read top-down
                values.reverse()
            bar_set.append(values)
            shown_values += values
            bar_set.setBrush(pattern_brush(look))
            bar_set.setPen(QPen(QColor(look.line), 1))
            bar_set.setLabelColor(QColor(INK))
            series.append(bar_set)
        label_format, precision = _label_format(source.value_kind)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format)
        series.setLabelsPrecision(precision)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        crowded = len(source.series) * len(categories) > 12 or len(source.series) > 2
        if crowded and not horizontal:
            series.setLabelsAngle(-90)  # upright labels cannot run into the next bar
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.append(list(reversed(categories)) if horizontal else categories)
        category_axis.setTruncateLabels(False)  # "aug. 26", never "aug. …" in a narrow chart
        if not horizontal and len(categories) > 6:
            category_axis.setLabelsAngle(-60)  # whole month names, not "feb. ..."
            small = QFont(category_axis.labelsFont())
            small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
            category_axis.setLabelsFont(small)
        value_axis = self._value_axis(source, shown_values)
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)

    def _line(self, chart: QChart, source: Chart) -> None:
        category_axis = QBarCategoryAxis()
        category_axis.append(list(source.categories))
        category_axis.setTruncateLabels(False)
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
        every: list[float] = [
            _shown(v, source.value_kind) for s in source.series for v in s.values if v is not None
        ]
        value_axis = self._value_axis(source, every)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for number, item in enumerate(source.series):
            look = style(number)
            line = QLineSeries()
            line.setName(item.name)
            line.setPen(QPen(QColor(look.line), 2))
            points = QScatterSeries()
            points.setName(item.name)
            points.setMarkerShape(MARKERS[look.marker])
            points.setMarkerSize(11)
            points.setBrush(QBrush(QColor(look.fill)))
            points.setPen(QPen(QColor(look.line), 1.5))
            points.setPointLabelsVisible(True)
            points.setPointLabelsFormat("@yPoint")
            for index, value in enumerate(item.values):
                if value is None:
                    continue
                point = QPointF(index, _shown(value, source.value_kind))
                line.append(point)
                points.append(point)
            for added in (line, points):
                chart.addSeries(added)
                added.attachAxis(category_axis)
                added.attachAxis(value_axis)
            for marker in chart.legend().markers(line):
                marker.setVisible(False)
