"""Reports as PDF (A4 landscape), in the letters' embedded font: title and period, key figures,
charts, tables (header repeated on every page, totals in bold), notes; page numbers below.

reportlab (~250 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.letters import fonts
from desktop.core.reports import pdf_charts
from desktop.core.reports.model import Kind, Report, ReportBook, Table, display

MARGIN_MM = 14
HEADER_FILL = "#DDE4EE"
RULE = "#A0A8B8"
NUMERIC = (Kind.INT, Kind.DECIMAL, Kind.MONEY, Kind.PERCENT)


def period_text(start: dt.date, end: dt.date) -> str:
    return translate("ReportPdf", "Period: {start} - {end}").format(
        start=formats.date(start), end=formats.date(end)
    )


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415

        fonts.register()
        self.title = ParagraphStyle(
            "title", fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=4
        )
        self.heading = ParagraphStyle(
            "heading", fontName=fonts.BOLD, fontSize=13.5, leading=17, spaceAfter=3
        )
        self.subheading = ParagraphStyle(
            "subheading", fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3
        )
        self.body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=12)
        self.small = ParagraphStyle(
            "small", fontName=fonts.ITALIC, fontSize=7.5, leading=10, spaceBefore=4
        )
        self.cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=7.5, leading=9.2)
        self.cell_bold = ParagraphStyle("cellb", fontName=fonts.BOLD, fontSize=7.5, leading=9.2)
        self.header_right = ParagraphStyle(
            "cellr", fontName=fonts.BOLD, fontSize=7.5, leading=9.2, alignment=2
        )
        self.figure_value = ParagraphStyle(
            "fv", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=1
        )
        self.figure_label = ParagraphStyle(
            "fl", fontName=fonts.REGULAR, fontSize=7.5, leading=9.5, alignment=1
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _figures(report: Report, styles: _Styles, width: float) -> Any:
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import Paragraph  # noqa: PLC0415
    from reportlab.platypus import Table as PdfTable  # noqa: PLC0415

    items = list(report.figures)
    per_row = min(max(len(items), 1), 6)
    rows: list[list[Any]] = []
    for start in range(0, len(items), per_row):
        chunk = items[start : start + per_row]
        cells = [
            [
                Paragraph(_escape(f.text or "-"), styles.figure_value),
                Paragraph(_escape(f.label), styles.figure_label),
            ]
            for f in chunk
        ]
        rows.append(cells + [""] * (per_row - len(chunk)))
    table = PdfTable(rows, colWidths=[width / per_row] * per_row)
    table.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
            ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F5F7FA")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    return table


def _table(table: Table, styles: _Styles, width: float) -> Any:
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.platypus import Paragraph  # noqa: PLC0415
    from reportlab.platypus import Table as PdfTable  # noqa: PLC0415

    kinds = [c.kind for c in table.columns]
    total_width = sum(c.width for c in table.columns)
    widths = [width * c.width / total_width for c in table.columns]
    header = [
        Paragraph(_escape(c.title), styles.header_right if c.kind in NUMERIC else styles.cell_bold)
        for c in table.columns
    ]
    compact = len(table.columns) > 8  # wide tables: kroner without øre

    def text(value: Any, kind: Kind) -> str:
        if compact and kind == Kind.MONEY and value is not None:
            return formats.money(value, decimals=False)
        return display(value, kind)

    def row(values: Sequence[Any], bold: bool = False) -> list[Any]:
        cell_style = styles.cell_bold if bold else styles.cell
        return [
            Paragraph(_escape(text(v, k)), cell_style) if k not in NUMERIC else text(v, k)
            for v, k in zip(values, kinds, strict=True)
        ]

    data = [header, *(row(r) for r in table.rows)]
    if table.total is not None:
        data.append(row(table.total, bold=True))
    font_size = 7.5 if len(table.columns) <= 9 else 6.5
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, font_size),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(RULE)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#E3E7EE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, kind in enumerate(kinds):
        if kind in NUMERIC:
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    if table.total is not None:
        commands.append(("FONT", (0, -1), (-1, -1), fonts.BOLD, font_size))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor(RULE)))
    if not table.rows:
        data.append(
            [
                Paragraph(
                    _escape(table.empty or translate("ReportPdf", "Nothing in the period.")),
                    styles.cell,
                )
            ]
            + [""] * (len(kinds) - 1)
        )
        commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    pdf_table = PdfTable(data, colWidths=widths, repeatRows=1)
    pdf_table.setStyle(commands)
    return pdf_table


def _story(report: Report, styles: _Styles, width: float, height: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer  # noqa: PLC0415

    story: list[Any] = [
        Paragraph(_escape(report.title), styles.heading),
        Paragraph(_escape(period_text(report.start, report.end)), styles.body),
    ]
    if report.description:
        story += [Spacer(1, 3), Paragraph(_escape(report.description), styles.body)]
    story.append(Spacer(1, 8))
    if report.figures:
        story += [_figures(report, styles, width), Spacer(1, 10)]
    for chart in report.charts:
        chart_height = min(height * 0.5, 40 + 26 * max(len(chart.categories), 4))
        if chart.kind != "hbar":
            chart_height = height * 0.48
        story += [pdf_charts.draw(chart, width, chart_height), Spacer(1, 10)]
    for table in report.tables:
        story += [
            CondPageBreak(80),
            KeepTogether([Paragraph(_escape(table.title), styles.subheading)]),
            _table(table, styles, width),
        ]
    for note in report.notes:
        story.append(Paragraph(_escape(note), styles.small))
    return story


def render(reports: Sequence[Report], *, title: str, subtitle: str = "", made_on: dt.date) -> bytes:
    """The reports in one PDF, each starting on a new page."""
    from reportlab.lib.pagesizes import A4, landscape  # noqa: PLC0415
    from reportlab.lib.units import mm  # noqa: PLC0415
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: PLC0415

    styles = _Styles()
    buffer = io.BytesIO()
    page_w, page_h = landscape(A4)
    margin = MARGIN_MM * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(page_w, page_h),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 6,
        title=title,
        author="Anvis",
        subject=subtitle,
        creator="Anvis",
        initialFontName=fonts.REGULAR,  # else every page names Helvetica, not embedded
    )
    width = page_w - 2 * margin
    height = page_h - 2 * margin
    made = translate("ReportPdf", "Made {date}").format(date=formats.date(made_on))

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.drawString(margin, margin * 0.6, f"Anvis - {title} - {made}")
        canvas.drawRightString(
            page_w - margin,
            margin * 0.6,
            translate("ReportPdf", "Page {page}").format(page=document.page),
        )
        canvas.restoreState()

    story: list[Any] = []
    if len(reports) > 1 or subtitle:
        story += [Paragraph(_escape(title), styles.title)]
        if subtitle:
            story.append(Paragraph(_escape(subtitle), styles.body))
    for number, report in enumerate(reports):
        if number:
            story.append(PageBreak())
        story += _story(report, styles, width, height)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def report_pdf(report: Report, made_on: dt.date) -> bytes:
    return render([report], title=report.title, made_on=made_on)


def book_pdf(book: ReportBook) -> bytes:
    return render(
        list(book.reports), title=book.title, subtitle=book.subtitle, made_on=book.made_on
    )
