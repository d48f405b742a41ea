"""How chart series look, the same in the window and in the PDF: each series has a colour AND a
pattern of its own (solid, hatched one way, cross-hatched ...) and a marker shape for lines, and
every bar carries its value as text - so a chart reads the same printed in black and white or by
someone who does not tell the colours apart."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Pattern(StrEnum):
    SOLID = "solid"
    DIAGONAL = "diagonal"  # ////
    CROSS = "cross"  # ++++
    HORIZONTAL = "horizontal"  # ====
    BACK_DIAGONAL = "back_diagonal"  # \\\\
    VERTICAL = "vertical"  # ||||


class Marker(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"
    PENTAGON = "pentagon"


@dataclass(frozen=True)
class SeriesStyle:
    fill: str  # "#RRGGBB"
    pattern: Pattern
    line: str  # the pattern's and the outline's colour
    marker: Marker


INK = "#1F2937"
STYLES: tuple[SeriesStyle, ...] = (
    SeriesStyle("#1F4E79", Pattern.SOLID, INK, Marker.CIRCLE),
    SeriesStyle("#F4B183", Pattern.DIAGONAL, INK, Marker.SQUARE),
    SeriesStyle("#FFFFFF", Pattern.CROSS, INK, Marker.TRIANGLE),
    SeriesStyle("#A9D18E", Pattern.HORIZONTAL, INK, Marker.DIAMOND),
    SeriesStyle("#BDD7EE", Pattern.BACK_DIAGONAL, INK, Marker.STAR),
    SeriesStyle("#FFE699", Pattern.VERTICAL, INK, Marker.PENTAGON),
)


def style(index: int) -> SeriesStyle:
    return STYLES[index % len(STYLES)]


def nice_ceiling(value: float) -> float:
    """A round axis maximum at or above `value`: 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns
