"""The intake template: a workbook an organisation fills in with its next vacancies.

Its headers are header texts the vacancy importer knows (`desktop.core.intake.fields`), so a
filled-in template maps every column without a question; drop-down lists offer the
organisation's departments, the dwelling types and yes/no; numbers and dates are validated as
they are typed, and every column has a help text. A hidden sheet holds the key (which
organisation, which template version), so the import knows the sender without asking:
`read_key` / `recognise`.

Sheets: the data sheet, a help sheet (visible, no header the importer would take), a hidden sheet
of the drop-down lists and the very hidden key sheet.

openpyxl (~100 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.enums import AuditAction, DwellingType
from db.models import Department, Organisation
from desktop.core import audit, colours, formats
from desktop.core.errors import NotFound
from desktop.core.exchange.safe_cells import neutralise
from desktop.core.exchange.template_key import KEY_MARKER, KEY_SHEET, VERSION, read_key
from desktop.core.exchange.workbook import HEADER_FILL, NUMBER_FORMATS, Kind, write_file
from desktop.core.i18n import language, translate
from desktop.core.intake.imports import organisation_by_number
from desktop.core.registry.departments import OrganisationRef
from desktop.core.registry.names import colour_name
from desktop.core.tabular import read_workbook
from desktop.core.workspace import Workspace

LISTS_SHEET = "Lists"
ROWS = 500  # rows prepared with formats and validation
REQUIRED_FILL = "FFF2CC"
MAX_PROMPT = 255  # Excel repairs a file whose input message is longer
MAX_PROMPT_TITLE = 32
EXCEL_EPOCH = dt.date(1899, 12, 30)

# Drop-down values the importer's parsers read, per template language.
DWELLING_TYPES = {
    "da": {
        DwellingType.FAMILY: "Familiebolig",
        DwellingType.YOUTH: "Ungdomsbolig",
        DwellingType.ELDERLY: "Ældrebolig",
        DwellingType.OTHER: "Andet",
    },
    "en": {
        DwellingType.FAMILY: "Family",
        DwellingType.YOUTH: "Youth",
        DwellingType.ELDERLY: "Elderly",
        DwellingType.OTHER: "Other",
    },
}
YES_NO = {"da": ("Ja", "Nej"), "en": ("Yes", "No")}
FLOORS = ("st", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "kl")
DOORS = ("th", "tv", "mf")


@dataclass(frozen=True)
class TemplateColumn:
    field: str  # the importer's field name
    headers: tuple[str, str]  # (Danish, English): each a synonym of the field
    width: float
    kind: Kind = Kind.TEXT
    required: bool = False
    check: str = ""  # "departments", "types", "yesno", "floors", "doors", "decimal", "whole",
    # "money", "date"
    low: float | None = None
    high: float | None = None

    def header(self, lang: str) -> str:
        text = self.headers[0] if lang == "da" else self.headers[1]
        return f"{text} *" if self.required else text


COLUMNS: tuple[TemplateColumn, ...] = (
    TemplateColumn(
        "department_number", ("Afdelingsnummer", "Department number"), 13, Kind.CODE, True,
        "departments",
    ),
    TemplateColumn("lease_number", ("Lejemålsnummer", "Lease number"), 13, Kind.CODE),
    TemplateColumn("street", ("Vejnavn", "Street name"), 24, required=True),
    TemplateColumn("house_number", ("Husnummer", "House number"), 10, Kind.CODE, True),
    TemplateColumn("floor", ("Etage", "Floor"), 7, Kind.CODE, check="floors"),
    TemplateColumn("door", ("Dør", "Door"), 7, Kind.CODE, check="doors"),
    TemplateColumn(
        "postcode", ("Postnummer", "Postcode"), 10, Kind.INT, check="whole", low=1000, high=9999
    ),
    TemplateColumn("city", ("By", "City"), 16),
    TemplateColumn("dwelling_type", ("Boligtype", "Dwelling type"), 14, check="types"),
    TemplateColumn(
        "rooms", ("Antal værelser", "Number of rooms"), 9, Kind.DECIMAL, check="decimal",
        low=1, high=10,
    ),
    TemplateColumn(
        "area_m2", ("Areal (m²)", "Area (m²)"), 9, Kind.DECIMAL, check="decimal", low=10,
        high=300,
    ),
    TemplateColumn(
        "rent", ("Husleje pr. md.", "Monthly rent"), 14, Kind.MONEY, True, "money", 1, 100_000
    ),
    TemplateColumn(
        "aconto_heating", ("Aconto varme", "Heating"), 12, Kind.MONEY, check="money", low=0,
        high=20_000,
    ),
    TemplateColumn(
        "aconto_water", ("Aconto vand", "Water"), 12, Kind.MONEY, check="money", low=0,
        high=20_000,
    ),
    TemplateColumn(
        "aconto_other", ("Aconto andet", "Other aconto"), 12, Kind.MONEY, check="money", low=0,
        high=20_000,
    ),
    TemplateColumn(
        "deposit", ("Indskud", "Deposit"), 13, Kind.MONEY, check="money", low=0, high=500_000
    ),
    TemplateColumn(
        "available_from", ("Ledig fra", "Available from"), 12, Kind.DATE, True, "date"
    ),
    TemplateColumn("elevator", ("Elevator", "Elevator"), 9, check="yesno"),
    TemplateColumn("pets_allowed", ("Husdyr tilladt", "Pets allowed"), 9, check="yesno"),
    TemplateColumn(
        "wheelchair_accessible", ("Kørestolsegnet", "Wheelchair accessible"), 11, check="yesno"
    ),
    TemplateColumn("step_free", ("Niveaufri adgang", "Step-free"), 10, check="yesno"),
    TemplateColumn("remarks", ("Bemærkninger", "Remarks"), 30),
    TemplateColumn("viewing_contact", ("Fremvisning", "Viewing contact"), 24),
    TemplateColumn(
        "total_vacancies", ("Ledige i alt", "Total vacancies"), 10, Kind.INT, check="whole",
        low=0, high=10_000,
    ),
)  # fmt: skip


def help_text(field: str) -> str:
    """What to write in the column (shown when a cell is selected, and on the help sheet)."""
    texts = {
        "department_number": translate(
            "IntakeTemplate", "Choose the department from the list (its number)."
        ),
        "lease_number": translate(
            "IntakeTemplate", "Your number of the lease, as in your own system."
        ),
        "street": translate("IntakeTemplate", "The street name only, e.g. Kildeparken."),
        "house_number": translate("IntakeTemplate", "The house number, e.g. 12 or 12A."),
        "floor": translate(
            "IntakeTemplate",
            "st for the ground floor, kl for the basement, else the number. Empty for a house.",
        ),
        "door": translate("IntakeTemplate", "th, tv, mf or the door number. Empty for a house."),
        "postcode": translate("IntakeTemplate", "Four digits, e.g. 9000."),
        "city": translate("IntakeTemplate", "The town of the postcode, e.g. Aalborg."),
        "dwelling_type": translate(
            "IntakeTemplate", "Choose the type from the list. Empty: family dwelling."
        ),
        "rooms": translate("IntakeTemplate", "Rooms, halves allowed: 2 or 2.5."),
        "area_m2": translate("IntakeTemplate", "The area in m², between 10 and 300."),
        "rent": translate(
            "IntakeTemplate", "The monthly rent in kroner, without a conto for heating and water."
        ),
        "aconto_heating": translate("IntakeTemplate", "A conto for heating a month, in kroner."),
        "aconto_water": translate("IntakeTemplate", "A conto for water a month, in kroner."),
        "aconto_other": translate(
            "IntakeTemplate", "Other a conto a month (e.g. electricity), in kroner."
        ),
        "deposit": translate("IntakeTemplate", "The deposit in kroner."),
        "available_from": translate(
            "IntakeTemplate", "The first day the dwelling is free, as a date: 01.12.2026."
        ),
        "elevator": translate("IntakeTemplate", "Is there a lift? Choose yes or no."),
        "pets_allowed": translate("IntakeTemplate", "May the tenant keep pets? Yes or no."),
        "wheelchair_accessible": translate(
            "IntakeTemplate", "Is the dwelling fit for a wheelchair user? Yes or no."
        ),
        "step_free": translate(
            "IntakeTemplate", "Can the dwelling be reached without steps? Yes or no."
        ),
        "remarks": translate(
            "IntakeTemplate", "What the desk and the tenant should know. No internal notes."
        ),
        "viewing_contact": translate(
            "IntakeTemplate", "Who shows the dwelling, with phone number."
        ),
        "total_vacancies": translate(
            "IntakeTemplate",
            "All the department's vacant dwellings this month, for the agreed share. The same "
            "number on each row of the department.",
        ),
    }
    return texts[field]


def help_sheet_title() -> str:
    return translate("IntakeTemplate", "Help")[:31]


def template_language() -> str:
    return "da" if language() == "da" else "en"


@dataclass(frozen=True)
class DepartmentEntry:
    number: str
    name: str
    colour: str | None
    may_report: bool | None


@dataclass(frozen=True)
class TemplateData:
    organisation: OrganisationRef
    departments: tuple[DepartmentEntry, ...]
    made_on: dt.date
    language: str


def template_data(ws: Workspace, organisation_id: int) -> TemplateData:
    """The organisation and its active departments with their colour today."""
    today = ws.today()
    with ws.read() as session:
        found = session.execute(
            select(Organisation.id, Organisation.number, Organisation.name).where(
                Organisation.id == organisation_id
            )
        ).first()
        if found is None:
            raise NotFound(
                translate("IntakeTemplate", "The housing organisation no longer exists.")
            )
        rows = session.execute(
            select(Department.id, Department.number, Department.name)
            .where(Department.organisation_id == organisation_id, Department.active.is_(True))
            .order_by(Department.number)
        ).all()
        statuses = colours.colour_statuses(session, [r[0] for r in rows], today)
    departments = []
    for dept_id, number, name in rows:
        status = statuses.get(dept_id)
        colour = None if status is None else status.colour
        departments.append(
            DepartmentEntry(
                number,
                name,
                None if colour is None else colour_name(colour),
                None if status is None or colour is None else status.may_report,
            )
        )
    return TemplateData(OrganisationRef(*found), tuple(departments), today, template_language())


# --- writing -------------------------------------------------------------------------------


def template_workbook(data: TemplateData) -> bytes:
    """The template as .xlsx bytes."""
    from openpyxl import Workbook  # noqa: PLC0415 - heavy, only when exporting

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate("IntakeTemplate", "Vacancies")[:31]
    _help_sheet(book, data)
    lists = _lists_sheet(book, data)
    _data_sheet(book, sheet, data, lists)
    _key_sheet(book, data)
    book.active = 0
    book.properties.creator = "Anvis"
    book.properties.title = translate(
        "IntakeTemplate", "Vacant dwellings for the allocation desk: {organisation}"
    ).format(organisation=data.organisation.label)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _put(ws: Any, row: int, column: int, value: Any, **style: Any) -> Any:
    """Write one cell (formula-looking text stays text) with optional style attributes."""
    cell = ws.cell(row=row, column=column, value=value)
    neutralise(cell)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _lists_sheet(book: Any, data: TemplateData) -> dict[str, str]:
    """The hidden sheet of drop-down values; returns the list name -> defined name."""
    from openpyxl.workbook.defined_name import DefinedName  # noqa: PLC0415

    ws = book.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    lang = data.language
    values = {
        "departments": [d.number for d in data.departments],
        "types": list(DWELLING_TYPES[lang].values()),
        "yesno": list(YES_NO[lang]),
        "floors": list(FLOORS),
        "doors": list(DOORS),
    }
    names: dict[str, str] = {}
    for column, (key, items) in enumerate(values.items(), start=1):
        for row, item in enumerate(items, start=1):
            _put(ws, row, column, item, number_format="@")
        if items:
            letter = chr(ord("A") + column - 1)
            name = f"Anvis_{key}"
            ref = f"'{LISTS_SHEET}'!${letter}$1:${letter}${len(items)}"
            book.defined_names[name] = DefinedName(name, attr_text=ref)
            names[key] = name
    return names


def _serial(day: dt.date) -> int:
    return (day - EXCEL_EPOCH).days


def _validation(column: TemplateColumn, lists: dict[str, str], lang: str) -> Any | None:
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    prompt = help_text(column.field)[:MAX_PROMPT]
    title = column.headers[0 if lang == "da" else 1][:MAX_PROMPT_TITLE]
    check = column.check
    options: dict[str, Any] = {}
    if check in ("departments", "types", "yesno", "floors", "doors"):
        if check not in lists:
            return None
        strict = check in ("types", "yesno")
        options = {
            "type": "list",
            "formula1": f"={lists[check]}",
            "errorStyle": "stop" if strict else "warning",
            "error": (
                translate("IntakeTemplate", "Choose a value from the list.")
                if strict
                else translate(
                    "IntakeTemplate", "The value is not on the list. Keep it only if it is right."
                )
            ),
        }
    elif check in ("decimal", "money", "whole"):
        options = {
            "type": "whole" if check == "whole" else "decimal",
            "operator": "between",
            "formula1": _number(column.low),
            "formula2": _number(column.high),
            "errorStyle": "stop",
            "error": translate("IntakeTemplate", "Write a number between {low} and {high}.").format(
                low=formats.number(column.low), high=formats.number(column.high)
            ),
        }
    elif check == "date":
        options = {
            "type": "date",
            "operator": "between",
            "formula1": str(_serial(dt.date(2000, 1, 1))),
            "formula2": str(_serial(dt.date(2100, 12, 31))),
            "errorStyle": "stop",
            "error": translate("IntakeTemplate", "Write a date, e.g. 01.12.2026."),
        }
    else:
        options = {"type": None}
    validation = DataValidation(
        allow_blank=True,
        showInputMessage=True,
        showErrorMessage=options.get("type") is not None,
        promptTitle=title,
        prompt=prompt,
        errorTitle=title,
        **options,
    )
    return validation


def _number(value: float | None) -> str:
    if value is None:
        return "0"
    return str(int(value)) if float(value).is_integer() else str(value)


def _data_sheet(book: Any, ws: Any, data: TemplateData, lists: dict[str, str]) -> None:
    from openpyxl.comments import Comment  # noqa: PLC0415
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    lang = data.language
    thin = Side(style="thin", color="8090A8")
    last_row = ROWS + 1
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        cell = _put(ws, 1, index, column.header(lang))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=REQUIRED_FILL if column.required else HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(bottom=thin)
        comment = Comment(help_text(column.field), "Anvis")
        comment.width = 260
        comment.height = 110
        cell.comment = comment
        ws.column_dimensions[letter].width = column.width
        number_format = NUMBER_FORMATS.get(column.kind)
        if column.field == "postcode":
            number_format = "0"
        if number_format:
            for row in range(2, last_row + 1):
                ws.cell(row=row, column=index).number_format = number_format
        validation = _validation(column, lists, lang)
        if validation is not None:
            validation.add(f"{letter}2:{letter}{last_row}")
            ws.add_data_validation(validation)
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _help_sheet(book: Any, data: TemplateData) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415

    ws = book.create_sheet(help_sheet_title())
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 16
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    shade = PatternFill("solid", fgColor=HEADER_FILL)
    row = 1
    _put(
        ws,
        row,
        1,
        translate("IntakeTemplate", "Vacant dwellings for the allocation desk"),
        font=Font(bold=True, size=14),
    )
    row += 1
    _put(ws, row, 1, data.organisation.label, font=bold)
    row += 2
    steps = (
        translate(
            "IntakeTemplate",
            "Write one dwelling per row on the first sheet. Columns marked * must be filled in.",
        ),
        translate(
            "IntakeTemplate",
            "Select a cell to see what to write; lists offer your departments, the dwelling "
            "types and yes/no.",
        ),
        translate(
            "IntakeTemplate",
            "Do not rename, move or delete the columns or the sheets: then the desk imports the "
            "file without questions.",
        ),
        translate("IntakeTemplate", "Send the file to the allocation desk as it is (.xlsx)."),
    )
    for number, step in enumerate(steps, start=1):
        _put(ws, row, 1, f"{number}.", alignment=wrap)
        _put(ws, row, 2, step, alignment=wrap)
        row += 1
    row += 1
    for column_number, title in enumerate(
        (translate("IntakeTemplate", "Column"), translate("IntakeTemplate", "What to write")),
        start=1,
    ):
        _put(ws, row, column_number, title, font=bold, fill=shade)
    row += 1
    for column in COLUMNS:
        _put(ws, row, 1, column.header(data.language), alignment=wrap)
        _put(ws, row, 2, help_text(column.field), alignment=wrap)
        row += 1
    row += 1
    titles = (
        translate("IntakeTemplate", "Department no."),
        translate("IntakeTemplate", "Name"),
        translate("IntakeTemplate", "Colour today"),
        translate("IntakeTemplate", "May report"),
    )
    for column_number, title in enumerate(titles, start=1):
        _put(ws, row, column_number, title, font=bold, fill=shade)
    row += 1
    yes, no = (
        translate("IntakeTemplate", "yes"),
        translate("IntakeTemplate", "no (returned)"),
    )
    for department in data.departments:
        _put(ws, row, 1, department.number, number_format="@")
        _put(ws, row, 2, department.name)
        _put(ws, row, 3, department.colour)
        if department.may_report is not None:
            _put(ws, row, 4, yes if department.may_report else no)
        row += 1


def _key_sheet(book: Any, data: TemplateData) -> None:
    ws = book.create_sheet(KEY_SHEET)
    ws.sheet_state = "veryHidden"
    rows = (
        ("anvis", KEY_MARKER),
        ("version", VERSION),
        ("organisation", data.organisation.number),
        ("made", data.made_on),
        ("language", data.language),
    )
    for row, (name, value) in enumerate(rows, start=1):
        _put(ws, row, 1, name)
        cell = _put(ws, row, 2, value)
        if isinstance(value, str):
            cell.number_format = "@"
        elif isinstance(value, dt.date):
            cell.number_format = "yyyy-mm-dd"


# --- reading the key back ----------------------------------------------------------------


def recognise(ws: Workspace, path: Path) -> OrganisationRef | None:
    """The organisation a filled-in template belongs to, from its hidden key (None when the
    file has no key). The vacancy import calls this before guessing from department numbers."""
    key = read_key(read_workbook(path))
    if key is None:
        return None
    return organisation_by_number(ws, key.organisation_number)


# --- export --------------------------------------------------------------------------------


def default_file_name(organisation: OrganisationRef) -> str:
    return translate("IntakeTemplate", "Vacancies {number} {name}.xlsx").format(
        number=organisation.number, name=organisation.name
    )


def export_template(ws: Workspace, organisation_id: int, target: Path) -> TemplateData:
    """Write the organisation's template to `target` (logged as an export)."""
    data = template_data(ws, organisation_id)
    write_file(target, template_workbook(data))
    with ws.write() as session:
        audit.record(
            session,
            AuditAction.EXPORT,
            "intake_template",
            organisation_id,
            details={"file": target.name, "version": VERSION, "departments": len(data.departments)},
        )
    return data
