"""Charts for the PDF, drawn with reportlab's graphics: grouped vertical bars, horizontal bars and
lines. Every bar has its colour and hatch pattern (`styles`) and its value written on it; lines
have a marker shape each. The legend shows the same swatches.

reportlab (~250 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import math
from typing import Any

from desktop.core import formats
from desktop.core.letters import fonts
from desktop.core.reports.model import Chart, ChartKind, Kind
from desktop.core.reports.styles import INK, Marker, Pattern, SeriesStyle, nice_ceiling, style

FONT_SIZE = 7.0
TITLE_SIZE = 9.5
HATCH_STEP = 3.2
GRID = "#D0D5DD"


def value_label(value: float | None, kind: Kind) -> str:
    """The short text written on a bar: no currency (the axis says kroner)."""
    if value is None:
        return ""
    if kind == Kind.PERCENT:
        return formats.percent(value * 100.0, 0)
    if kind == Kind.DECIMAL:
        return formats.number(value, 1)
    return formats.number(value, 0)


def _colour(hex_text: str) -> Any:
    from reportlab.lib import colors  # noqa: PLC0415

    return colors.HexColor(hex_text)


def _hatch_lines(
    x: float, y: float, w: float, h: float, pattern: Pattern
) -> list[tuple[float, ...]]:
    """Line segments (x1, y1, x2, y2) of the pattern inside the rectangle."""
    step = HATCH_STEP
    lines: list[tuple[float, ...]] = []
    if w <= 0 or h <= 0:
        return lines
    if pattern in (Pattern.HORIZONTAL, Pattern.CROSS):
        offset = step
        while offset < h:
            lines.append((x, y + offset, x + w, y + offset))
            offset += step
    if pattern in (Pattern.VERTICAL, Pattern.CROSS):
        offset = step
        while offset < w:
            lines.append((x + offset, y, x + offset, y + h))
            offset += step
    if pattern == Pattern.DIAGONAL:  # v = u + k
        k = -w + step / 2
        while k < h:
            u1, u2 = max(0.0, -k), min(w, h - k)
            if u2 > u1:
                lines.append((x + u1, y + u1 + k, x + u2, y + u2 + k))
            k += step * 1.4
    if pattern == Pattern.BACK_DIAGONAL:  # v = -u + k
        k = step / 2
        while k < w + h:
            u1, u2 = max(0.0, k - h), min(w, k)
            if u2 > u1:
                lines.append((x + u1, y + k - u1, x + u2, y + k - u2))
            k += step * 1.4
    return lines


def _bar(group: Any, x: float, y: float, w: float, h: float, look: SeriesStyle) -> None:
    from reportlab.graphics.shapes import Line, Rect  # noqa: PLC0415

    group.add(
        Rect(x, y, w, h, fillColor=_colour(look.fill), strokeColor=_colour(look.line),
             strokeWidth=0.5)
    )  # fmt: skip
    for x1, y1, x2, y2 in _hatch_lines(x, y, w, h, look.pattern):
        group.add(Line(x1, y1, x2, y2, strokeColor=_colour(look.line), strokeWidth=0.45))


def _marker(group: Any, x: float, y: float, look: SeriesStyle, size: float = 3.2) -> None:
    from reportlab.graphics.shapes import Circle, Polygon, Rect  # noqa: PLC0415

    fill, line = _colour(look.fill), _colour(look.line)
    s = size
    shape: Any
    if look.marker == Marker.CIRCLE:
        shape = Circle(x, y, s)
    elif look.marker == Marker.SQUARE:
        shape = Rect(x - s, y - s, 2 * s, 2 * s)
    elif look.marker == Marker.TRIANGLE:
        shape = Polygon([x - s, y - s, x + s, y - s, x, y + s])
    elif look.marker == Marker.DIAMOND:
        shape = Polygon([x, y - s, x + s, y, x, y + s, x - s, y])
    elif look.marker == Marker.STAR:
        shape = Polygon(
            [
                x,
                y + s,
                x + s * 0.3,
                y + s * 0.3,
                x + s,
                y,
                x + s * 0.3,
                y - s * 0.3,
                x,
                y - s,
                x - s * 0.3,
                y - s * 0.3,
                x - s,
                y,
                x - s * 0.3,
                y + s * 0.3,
            ]
        )
    else:
        shape = Polygon([x, y + s, x + s, y + s * 0.2, x + s * 0.6, y - s, x - s * 0.6, y - s,
                         x - s, y + s * 0.2])  # fmt: skip
    shape.fillColor = fill
    shape.strokeColor = line
    shape.strokeWidth = 0.7
    group.add(shape)


def _text(group: Any, x: float, y: float, text: str, *, size: float = FONT_SIZE,
          anchor: str = "start", bold: bool = False) -> None:  # fmt: skip
    from reportlab.graphics.shapes import String  # noqa: PLC0415

    group.add(
        String(x, y, text, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size,
               fillColor=_colour(INK), textAnchor=anchor)
    )  # fmt: skip


def _width(text: str, size: float = FONT_SIZE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    return float(stringWidth(text, fonts.REGULAR, size))


def _legend(group: Any, chart: Chart, x: float, y: float) -> None:
    """Swatches (pattern and marker) with the series names, on one line."""
    if len(chart.series) < 2 and chart.kind != ChartKind.LINE:
        return
    for index, series in enumerate(chart.series):
        look = style(index)
        if chart.kind == ChartKind.LINE:
            _marker(group, x + 5, y + 3, look)
        else:
            _bar(group, x, y, 14, 8, look)
        _text(group, x + 18, y + 1, series.name)
        x += 26 + _width(series.name)


def draw(chart: Chart, width: float, height: float) -> Any:
    """The chart as a reportlab Drawing of the given size (points)."""
    from reportlab.graphics.shapes import Drawing  # noqa: PLC0415

    fonts.register()
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # else the PDF names Helvetica (not embedded)
    _text(drawing, 0, height - TITLE_SIZE, chart.title, size=TITLE_SIZE, bold=True)
    _legend(drawing, chart, 0, height - TITLE_SIZE - 16)
    top = height - TITLE_SIZE - 34
    if chart.empty:
        _text(drawing, 0, top - 14, "-")
        return drawing
    if chart.kind == ChartKind.HBAR:
        _horizontal(drawing, chart, width, top)
    else:
        _vertical(drawing, chart, width, top)
    return drawing


def _grid_values(largest: float) -> tuple[float, list[float]]:
    """The axis maximum and its ticks: three to five round steps."""
    step = nice_ceiling(max(largest, 1e-9) * 1.05 / 4)
    count = max(1, math.ceil(largest * 1.05 / step))
    return step * count, [step * i for i in range(count + 1)]


def _tick_label(value: float, kind: Kind) -> str:
    if kind == Kind.DECIMAL and float(value).is_integer():
        return formats.number(value, 0)
    return value_label(value, kind)


def _vertical(drawing: Any, chart: Chart, width: float, top: float) -> None:
    from reportlab.graphics.shapes import Line, PolyLine  # noqa: PLC0415

    ceiling, ticks = _grid_values(chart.largest)
    labels = [_tick_label(t, chart.value_kind) for t in ticks]
    left = max(_width(label) for label in labels) + 8
    bottom = 16.0
    plot_w, plot_h = width - left - 4, top - bottom
    for tick, label in zip(ticks, labels, strict=True):
        y = bottom + plot_h * tick / ceiling
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=_colour(GRID), strokeWidth=0.4))
        _text(drawing, left - 4, y - 2.5, label, anchor="end")
    if chart.axis_title:
        _text(drawing, 0, top + 8, chart.axis_title, size=FONT_SIZE - 0.5)
    count = len(chart.categories)
    group_w = plot_w / count
    every = max(1, int(_width(max(chart.categories, key=len)) // max(group_w - 4, 1)) + 1)
    for index, category in enumerate(chart.categories):
        if index % every == 0:
            _text(drawing, left + group_w * (index + 0.5), bottom - 10, category, anchor="middle")
    if chart.kind == ChartKind.LINE:
        for number, series in enumerate(chart.series):
            look = style(number)
            points = [
                (left + group_w * (i + 0.5), bottom + plot_h * (v or 0) / ceiling)
                for i, v in enumerate(series.values)
                if v is not None
            ]
            flat = [c for point in points for c in point]
            if len(points) > 1:
                drawing.add(PolyLine(flat, strokeColor=_colour(look.line), strokeWidth=1.0))
            shown = [v for v in series.values if v is not None]
            for (x, y), point in zip(points, shown, strict=True):
                _marker(drawing, x, y, look)
                _text(drawing, x, y + 5, value_label(point, chart.value_kind), anchor="middle")
        return
    bars = len(chart.series)
    bar_w = group_w * 0.8 / bars
    size = min(FONT_SIZE, max(4.5, bar_w * 0.55))
    for number, series in enumerate(chart.series):
        look = style(number)
        for index, value in enumerate(series.values):
            if value is None:
                continue
            x = left + group_w * index + group_w * 0.1 + bar_w * number
            h = plot_h * value / ceiling
            _bar(drawing, x, bottom, bar_w, h, look)
            text = value_label(value, chart.value_kind)
            if value and _width(text, size) <= bar_w + 6:
                _text(drawing, x + bar_w / 2, bottom + h + 2, text, size=size, anchor="middle")
    drawing.add(
        Line(left, bottom, left + plot_w, bottom, strokeColor=_colour(INK), strokeWidth=0.6)
    )


def _horizontal(drawing: Any, chart: Chart, width: float, top: float) -> None:
    from reportlab.graphics.shapes import Line  # noqa: PLC0415

    ceiling, ticks = _grid_values(chart.largest)
    left = min(max(_width(c) for c in chart.categories) + 8, width * 0.35)
    right = 40.0
    bottom = 12.0
    plot_w, plot_h = width - left - right, top - bottom
    for tick in ticks:
        x = left + plot_w * tick / ceiling
        drawing.add(Line(x, bottom, x, top, strokeColor=_colour(GRID), strokeWidth=0.4))
        _text(drawing, x, bottom - 9, _tick_label(tick, chart.value_kind), anchor="middle")
    count = len(chart.categories)
    group_h = plot_h / count
    bars = len(chart.series)
    bar_h = min(group_h * 0.8 / bars, 14.0)
    for index, category in enumerate(chart.categories):
        y0 = top - group_h * (index + 1) + (group_h - bar_h * bars) / 2
        _text(drawing, left - 4, y0 + bar_h * bars / 2 - 2.5, category, anchor="end")
        for number, series in enumerate(chart.series):
            value = series.values[index]
            y = y0 + bar_h * (bars - 1 - number)
            if value is None:
                continue
            w = plot_w * value / ceiling
            _bar(drawing, left, y, w, bar_h, style(number))
            _text(drawing, left + w + 3, y + bar_h / 2 - 2.5,
                  value_label(value, chart.value_kind))  # fmt: skip
    drawing.add(Line(left, bottom, left, top, strokeColor=_colour(INK), strokeWidth=0.6))
