"""Saving reports: PDF or Excel by the file's extension, logged as an export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.enums import AuditAction
from desktop.core import audit
from desktop.core.errors import ValidationError
from desktop.core.exchange.workbook import write_file
from desktop.core.i18n import translate
from desktop.core.reports import catalogue, excel, pdf
from desktop.core.reports.model import Report, ReportBook
from desktop.core.workspace import Workspace

FORMATS = (".pdf", ".xlsx")


def file_format(target: Path) -> str:
    """ ".pdf" or ".xlsx"; anything else is refused before any work is done."""
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            translate(
                "ReportExport", "Save the report as .pdf or .xlsx (the file name ends in {suffix})."
            ).format(suffix=suffix or "-")
        )
    return suffix


def save_report(ws: Workspace, report: Report, target: Path) -> None:
    """Write an already built report (what the page shows) to `target`."""
    suffix = file_format(target)
    made = ws.today()
    data = pdf.report_pdf(report, made) if suffix == ".pdf" else excel.report_workbook(report, made)
    write_file(target, data)
    _log(ws, report.key, report.start, report.end, target)


def export_report(ws: Workspace, key: str, start: dt.date, end: dt.date, target: Path) -> Report:
    file_format(target)
    report = catalogue.build_report(ws, key, start, end)
    save_report(ws, report, target)
    return report


def save_book(ws: Workspace, book: ReportBook, target: Path) -> None:
    suffix = file_format(target)
    data = pdf.book_pdf(book) if suffix == ".pdf" else excel.book_workbook(book)
    write_file(target, data)
    first = book.reports[0]
    _log(ws, "yearly", first.start, first.end, target)


def export_yearly(ws: Workspace, year: int, target: Path) -> ReportBook:
    """The yearly follow-up of the joint letting agreement in one file."""
    file_format(target)
    book = catalogue.yearly_follow_up(ws, year)
    save_book(ws, book, target)
    return book


def _log(ws: Workspace, key: str, start: dt.date, end: dt.date, target: Path) -> None:
    with ws.write() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "report",
            None,
            details={
                "report": key,
                "from": start.isoformat(),
                "to": end.isoformat(),
                "file": target.name,
            },
        )
