"""Reports as workbooks: a first sheet with the title, period, key figures and notes, then one
styled sheet per table (the total row in bold). Written with the exchange workbook writer, so the
same Danish formats and formula safety apply.

openpyxl (~100 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.core.exchange.workbook import NUMBER_FORMATS, Book, Col
from desktop.core.i18n import translate
from desktop.core.reports.model import Kind, Report, ReportBook


def _front(
    book: Book, reports: Sequence[Report], title: str, subtitle: str, made_on: dt.date
) -> None:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    ws = book.raw_sheet(translate("ReportExcel", "Report"))
    for index, width in enumerate((46, 20, 70), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    c = book.cell
    big = book.style(bold=True, size=14)
    bold = book.style(bold=True)
    heading = book.style(bold=True, fill="DDE4EE", border=True)
    date = book.style(NUMBER_FORMATS[Kind.DATE])
    wrap = book.style(wrap=True)
    ws.append([c(ws, title, big)])
    if subtitle:
        ws.append([c(ws, subtitle)])
    ws.append([c(ws, translate("ReportExcel", "Made on"), bold), c(ws, made_on, date)])
    for report in reports:
        ws.append([])
        ws.append([c(ws, report.title, heading), c(ws, None, heading), c(ws, None, heading)])
        ws.append(
            [
                c(ws, translate("ReportExcel", "Period"), bold),
                c(ws, report.start, date),
                c(ws, report.end, date),
            ]
        )
        if report.description:
            ws.append([c(ws, report.description, wrap)])
        for figure in report.figures:
            style = book.style(NUMBER_FORMATS.get(figure.kind))
            ws.append([c(ws, figure.label), c(ws, figure.value, style)])
        for note in report.notes:
            ws.append([c(ws, note, wrap)])


def workbook(
    reports: Sequence[Report], *, title: str, subtitle: str = "", made_on: dt.date
) -> bytes:
    book = Book(title, subtitle)
    _front(book, reports, title, subtitle, made_on)
    numbered = len(reports) > 1
    for number, report in enumerate(reports, start=1):
        for table in report.tables:
            name = f"{number} {table.title}" if numbered else table.title
            sheet = book.sheet(
                name, [Col(c.title, c.width, c.kind) for c in table.columns], freeze_columns=1
            )
            sheet.extend(table.rows)
            if not table.rows and table.empty:
                sheet.append([table.empty])  # why the table is empty
            if table.total is not None:
                sheet.append_total(table.total)
            sheet.close()
    return book.data()


def report_workbook(report: Report, made_on: dt.date) -> bytes:
    return workbook([report], title=report.title, made_on=made_on)


def book_workbook(book: ReportBook) -> bytes:
    return workbook(
        list(book.reports), title=book.title, subtitle=book.subtitle, made_on=book.made_on
    )
