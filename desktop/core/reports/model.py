"""What a report is, independent of where it is shown: key figures, charts and tables of plain
values. The Rapporter page and Overblik draw it with QtCharts and table views, `pdf` prints it
with reportlab and `excel` writes it with the exchange workbook writer, so the three always show
the same figures."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from babel.dates import format_date

from desktop.core import formats
from desktop.core.exchange.workbook import Kind
from desktop.core.i18n import language

__all__ = [
    "Chart",
    "ChartKind",
    "Column",
    "Figure",
    "Kind",
    "Report",
    "ReportBook",
    "Series",
    "Table",
    "display",
    "month_label",
    "month_short",
    "months_between",
]


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT
    width: float = 12.0


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    total: tuple[Any, ...] | None = None  # a last row in bold ("Total")
    empty: str = ""  # why a table without rows has none ("" : nothing in the period)

    def column(self, title: str) -> list[Any]:
        """One column's values (the total row left out): for tests and charts."""
        index = [c.title for c in self.columns].index(title)
        return [row[index] for row in self.rows]


class ChartKind(StrEnum):
    BAR = "bar"  # grouped vertical bars, one group per category
    HBAR = "hbar"  # horizontal bars: long category names (organisations, target groups)
    LINE = "line"  # one line per series, a marker of its own on each point


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_kind: Kind = Kind.INT
    axis_title: str = ""

    @property
    def empty(self) -> bool:
        return not self.categories or all(
            not v for s in self.series for v in s.values if v is not None
        )

    @property
    def largest(self) -> float:
        return max((v for s in self.series for v in s.values if v is not None), default=0.0)


@dataclass(frozen=True)
class Figure:
    """One key figure: a number with its label (and a line that explains it)."""

    key: str
    label: str
    value: Any
    kind: Kind = Kind.INT
    explanation: str = ""

    @property
    def text(self) -> str:
        return display(self.value, self.kind)


@dataclass(frozen=True)
class Report:
    key: str
    title: str
    start: dt.date
    end: dt.date
    description: str = ""
    figures: tuple[Figure, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def table(self, title: str) -> Table:
        return next(t for t in self.tables if t.title == title)


@dataclass(frozen=True)
class ReportBook:
    """Several reports printed or saved together (the yearly follow-up)."""

    title: str
    subtitle: str
    made_on: dt.date
    reports: tuple[Report, ...] = field(default_factory=tuple)


def display(value: Any, kind: Kind) -> str:
    """A value as the window and the PDF show it (Danish formats in the Danish UI)."""
    if value is None:
        return ""
    if kind == Kind.MONEY:
        return formats.money(value)
    if kind == Kind.DATE:
        return formats.date(value)
    if kind == Kind.PERCENT:
        return formats.percent(float(value) * 100.0)
    if kind == Kind.DECIMAL:
        return formats.number(value, 1)
    if kind == Kind.INT:
        return formats.number(value, 0)
    if isinstance(value, float | Decimal):
        return formats.number(value, 1)
    return str(value)


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of every calendar month that the period touches."""
    months = []
    month = start.replace(day=1)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def month_short(month: dt.date) -> str:
    """ "nov. 26" in Danish, "Nov 26" in English: chart axes."""
    locale = "da_DK" if language() == "da" else "en_GB"
    return str(format_date(month, "MMM yy", locale=locale))


def month_label(month: dt.date) -> str:
    """ "nov. 2026" in Danish, "Nov 2026" in English."""
    locale = "da_DK" if language() == "da" else "en_GB"
    return str(format_date(month, "MMM yyyy", locale=locale))
