"""The placement table as a styled workbook for the organisations (item 7 of the register).

One row per department with its placement on the chosen day. The first eleven columns carry the
master workbook's headers, so a returned copy can be imported again; the rest explain the colour.
Text that a spreadsheet would run as a formula (= + - @, tab, carriage return) is stored as text
with Excel's quote prefix.

openpyxl (~100 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.enums import AuditAction, Colour
from db.models import Department, HousingArea, Organisation
from desktop.core import audit, formats
from desktop.core.colours import colour_statuses
from desktop.core.error_reasons import file_reason
from desktop.core.errors import FileProblem
from desktop.core.exchange.safe_cells import neutralise
from desktop.core.i18n import translate
from desktop.core.registry.names import colour_name, flexible_name, list_name
from desktop.core.workspace import Workspace

FILLS = {Colour.GREEN: "C6EFCE", Colour.YELLOW: "FFEB9C", Colour.RED: "FFC7CE"}
HEADER_FILL = "DDE4EE"


def headers() -> list[tuple[str, int]]:
    """(header, column width) in order."""
    return [
        (translate("PlacementExport", "Org. no."), 9),
        (translate("PlacementExport", "Department number"), 12),
        (translate("PlacementExport", "Department name"), 28),
        (translate("PlacementExport", "Housing area"), 18),
        (translate("PlacementExport", "Address"), 28),
        (translate("PlacementExport", "Postcode"), 10),
        (translate("PlacementExport", "City"), 16),
        (translate("PlacementExport", "Dwellings"), 10),
        (translate("PlacementExport", "Colour"), 10),
        (translate("PlacementExport", "Flexible letting"), 14),
        (translate("PlacementExport", "Ministry list"), 22),
        (translate("PlacementExport", "Organisation"), 28),
        (translate("PlacementExport", "Valid from"), 12),
        (translate("PlacementExport", "Valid to"), 12),
        (translate("PlacementExport", "May report"), 11),
        (translate("PlacementExport", "May place"), 11),
        (translate("PlacementExport", "Share to report"), 12),
    ]


def rows(ws: Workspace, day: dt.date, organisation_id: int | None = None) -> list[list[Any]]:
    """The table's values (dates as dates, the share as a fraction for a % format)."""
    yes, no = translate("PlacementExport", "yes"), translate("PlacementExport", "no")
    with ws.read() as session:
        query = (
            select(Department, Organisation.number, Organisation.name, HousingArea.name)
            .join(Organisation, Department.organisation_id == Organisation.id)
            .outerjoin(HousingArea, Department.housing_area_id == HousingArea.id)
            .where(Department.active.is_(True))
            .order_by(Organisation.number, Department.number)
        )
        if organisation_id is not None:
            query = query.where(Department.organisation_id == organisation_id)
        found = session.execute(query).all()
        statuses = colour_statuses(session, [d.id for d, *_ in found], day)
        table = []
        for department, org_number, org_name, area in found:
            status = statuses[department.id]
            placement = status.placement
            table.append(
                [
                    org_number,
                    department.number,
                    department.name,
                    area,
                    department.address,
                    department.postcode,
                    department.city,
                    department.dwellings_count,
                    None if status.colour is None else colour_name(status.colour),
                    None if placement is None else flexible_name(placement.flexible_letting),
                    ", ".join(list_name(k) for k in sorted(status.lists.kinds)) or None,
                    org_name,
                    None if placement is None else placement.valid_from,
                    None if placement is None else placement.valid_to,
                    None if placement is None else (yes if status.may_report else no),
                    None if placement is None else (yes if status.may_place else no),
                    None if placement is None else status.share_percent / 100.0,
                ]
            )
    return table


def build(ws: Workspace, day: dt.date, organisation_id: int | None = None) -> bytes:
    """The workbook as bytes (.xlsx)."""
    return _workbook(rows(ws, day, organisation_id), day)


def _workbook(table: list[list[Any]], day: dt.date) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415 - heavy, only when exporting
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate("PlacementExport", "Placements")
    columns = headers()
    thin = Side(style="thin", color="A0A8B8")
    for index, (title, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(bottom=thin)
        sheet.column_dimensions[get_column_letter(index)].width = width
    colour_column = 9
    by_name = {colour_name(c): c for c in Colour}
    for row_number, values in enumerate(table, start=2):
        for index, raw in enumerate(values, start=1):
            value = raw
            cell = sheet.cell(row=row_number, column=index)
            cell.value = value
            neutralise(cell)  # formula-like text stays text
            if isinstance(value, dt.date):
                cell.number_format = "DD.MM.YYYY"
            if index == len(columns) and value is not None:
                cell.number_format = "0%"
            if index in (1, 2, 6):
                cell.number_format = "@"  # numbers stay text: "088", "07"
        colour = by_name.get(values[colour_column - 1] or "")
        if colour is not None:
            cell = sheet.cell(row=row_number, column=colour_column)
            cell.fill = PatternFill("solid", fgColor=FILLS[colour])
            cell.font = Font(bold=True)
    sheet.freeze_panes = "C2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{max(1, len(table) + 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.properties.title = translate("PlacementExport", "Placements on {date}").format(
        date=formats.date(day)
    )
    book.properties.creator = "Anvis"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_placements(
    ws: Workspace, target: Path, day: dt.date | None = None, organisation_id: int | None = None
) -> int:
    """Write the workbook to `target`; returns the number of departments. The export is
    recorded in the audit log."""
    on = day or ws.today()
    table = rows(ws, on, organisation_id)
    try:
        target.write_bytes(_workbook(table, on))
    except OSError as exc:
        raise FileProblem(
            translate("PlacementExport", "{file} cannot be written: {reason}").format(
                file=target, reason=file_reason(exc)
            )
        ) from exc
    with ws.write() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "placement_table",
            organisation_id,
            details={"date": on.isoformat(), "file": target.name},
        )
    return len(table)
