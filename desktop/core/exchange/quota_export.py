"""The quota (anvisningsandel) as a workbook: per department and per organisation for a period,
the dwellings reported to the desk against all the department's vacancies and the agreed share
(`desktop.core.intake.quota`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.enums import AuditAction
from desktop.core import audit
from desktop.core.exchange.reply import check_period
from desktop.core.exchange.workbook import Book, Col, Kind, write_file
from desktop.core.i18n import translate
from desktop.core.intake.quota import QuotaLine, QuotaReport, quota
from desktop.core.registry.names import colour_name
from desktop.core.workspace import Workspace


def _met(line: QuotaLine) -> str | None:
    if line.met is None:
        return None
    return translate("QuotaExport", "yes") if line.met else translate("QuotaExport", "no")


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else percent / 100.0


def _department_columns() -> list[Col]:
    """Which department a row is about; both department sheets start with these."""
    return [
        Col(translate("QuotaExport", "Org. no."), 9, Kind.CODE),
        Col(translate("QuotaExport", "Organisation"), 26),
        Col(translate("QuotaExport", "Department"), 11, Kind.CODE),
        Col(translate("QuotaExport", "Department name"), 26),
        Col(translate("QuotaExport", "Colour"), 9),
    ]


def _department_cells(line: QuotaLine) -> list[object]:
    return [
        line.organisation_number,
        line.organisation_name,
        line.department_number,
        line.department_name,
        None if line.colour is None else colour_name(line.colour),
    ]


def quota_workbook(report: QuotaReport) -> bytes:
    book = Book(
        translate("QuotaExport", "Quota {start} - {end}").format(
            start=report.period_start.isoformat(), end=report.period_end.isoformat()
        )
    )
    common = [
        Col(translate("QuotaExport", "Reported to the desk"), 11, Kind.INT),
        Col(translate("QuotaExport", "Accepted by the desk"), 11, Kind.INT),
        Col(translate("QuotaExport", "All vacancies"), 11, Kind.INT),
        Col(translate("QuotaExport", "Agreed share"), 10, Kind.PERCENT),
        Col(translate("QuotaExport", "Expected"), 10, Kind.DECIMAL),
        Col(translate("QuotaExport", "Reported share"), 10, Kind.PERCENT),
        Col(translate("QuotaExport", "Shortfall"), 10, Kind.DECIMAL),
        Col(translate("QuotaExport", "Met"), 8),
    ]

    def figures(line: QuotaLine) -> list[object]:
        return [
            line.reported,
            line.kept,
            line.total_vacancies,
            _fraction(line.share_percent),
            line.expected,
            _fraction(line.reported_percent),
            line.shortfall,
            _met(line),
        ]

    sheet = book.sheet(
        translate("QuotaExport", "Departments"),
        [*_department_columns(), *common],
        freeze_columns=4,
    )
    for line in report.departments:
        sheet.append([*_department_cells(line), *figures(line)])
    sheet.close()
    sheet = book.sheet(
        translate("QuotaExport", "Organisations"),
        [
            Col(translate("QuotaExport", "Org. no."), 9, Kind.CODE),
            Col(translate("QuotaExport", "Organisation"), 26),
            *common,
        ],
        freeze_columns=2,
    )
    for line in report.organisations:
        sheet.append([line.organisation_number, line.organisation_name, *figures(line)])
    sheet.close()
    if report.lacking:
        _lacking_sheet(book, report)
    return book.data()


def _lacking_sheet(book: Book, report: QuotaReport) -> None:
    """The departments whose share cannot be judged, for the desk to ask for their figures."""
    sheet = book.sheet(
        translate("QuotaExport", "Without all vacancies"),
        [
            *_department_columns(),
            Col(translate("QuotaExport", "Agreed share"), 10, Kind.PERCENT),
            Col(translate("QuotaExport", "Reported to the desk"), 11, Kind.INT),
        ],
        freeze_columns=4,
    )
    for line in report.lacking:
        sheet.append([*_department_cells(line), _fraction(line.share_percent), line.reported])
    sheet.close()


def export_quota(
    ws: Workspace,
    start: dt.date,
    end: dt.date,
    target: Path,
    *,
    organisation_id: int | None = None,
) -> QuotaReport:
    """Write the quota of the period to `target` (logged as an export)."""
    check_period(start, end)
    report = quota(ws, start, end, organisation_id=organisation_id)
    write_file(target, quota_workbook(report))
    with ws.write() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "quota",
            organisation_id,
            details={"from": start.isoformat(), "to": end.isoformat(), "file": target.name},
        )
    return report
