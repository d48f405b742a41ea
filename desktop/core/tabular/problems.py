"""The user's messages for files that cannot be read at all (each raises `FileProblem`).

One function per cause keeps the wording in one place and the `translate` calls literal, so
`pyside6-lupdate` collects them for the Danish catalogue. Every message names the file and says
what the user can do.
"""

from __future__ import annotations

from typing import NoReturn

from desktop.core.errors import FileProblem
from desktop.core.i18n import translate


def _raise(text: str, name: str, **values: object) -> NoReturn:
    raise FileProblem(text.format(name=name, **values))


def empty(name: str) -> NoReturn:
    _raise(
        translate("Tabular", "The file {name} is empty (0 bytes). Ask for the file again."), name
    )


def unknown_extension(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "Anvis cannot read {name}: choose a spreadsheet saved as .xlsx, .xlsm, .xls, .ods "
            "or .csv.",
        ),
        name,
    )


def not_found(name: str) -> NoReturn:
    _raise(translate("Tabular", "The file {name} does not exist or cannot be opened."), name)


def too_big(name: str, megabytes: int) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is larger than {megabytes} MB, which is far more than a list of "
            "dwellings or applicants. Check that it is the right file.",
        ),
        name,
        megabytes=megabytes,
    )


def corrupt(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is damaged or incomplete and cannot be read. Open it in Excel, save "
            "it again, or ask the sender for a new copy.",
        ),
        name,
    )


def bomb(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} unpacks to far more data than a spreadsheet holds and was not read "
            "(it may be harmful). Ask the sender for a normal copy.",
        ),
        name,
    )


def word_document(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is a Word document, not a spreadsheet. Ask for the list as an Excel "
            "file.",
        ),
        name,
    )


def other_office_document(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is a document or presentation, not a spreadsheet. Ask for the list "
            "as an Excel file.",
        ),
        name,
    )


def not_a_spreadsheet(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is not a spreadsheet, even though its name says so. Ask for the "
            "list as an Excel file.",
        ),
        name,
    )


def web_page(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is a web page (HTML) with a spreadsheet name. Open it in Excel and "
            "save it as an Excel workbook (.xlsx), then import that file.",
        ),
        name,
    )


def encrypted(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is protected with a password. Open it in Excel, remove the "
            "password (File > Info > Protect Workbook), save it and import it again.",
        ),
        name,
    )


def unsafe_xml(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} contains XML declarations that spreadsheets never use (it may be "
            "harmful) and was not read. Ask the sender for a normal copy.",
        ),
        name,
    )


def too_many_sheets(name: str, limit: int) -> NoReturn:
    _raise(
        translate("Tabular", "The file {name} has more than {limit} sheets and was not read."),
        name,
        limit=limit,
    )


def sheet_too_large(name: str, sheet: str, rows: int, columns: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The sheet {sheet} in {name} reaches row {rows} and column {columns}, far more than "
            "Anvis reads. Delete the empty rows and columns after the data and save again.",
        ),
        name,
        sheet=sheet,
        rows=rows,
        columns=columns,
    )


def too_many_rows(name: str, sheet: str, limit: int) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The sheet {sheet} in {name} has more than {limit} rows, far more than Anvis reads "
            "(a year of vacancies or the desk's list of applicants is much shorter). Check that "
            "it is the right file; a longer list must be split into several files.",
        ),
        name,
        sheet=sheet,
        limit=limit,
    )


def cell_too_long(name: str, sheet: str, row: int, limit: int) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "A cell in row {row} of the sheet {sheet} in {name} holds more than {limit} "
            "characters, more than a spreadsheet cell can. Check the file.",
        ),
        name,
        sheet=sheet,
        row=row,
        limit=limit,
    )


def binary_text(name: str) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "The file {name} is not a text (CSV) file: it contains binary data. Export the list "
            "again as CSV or Excel.",
        ),
        name,
    )


def line_too_long(name: str, line: int, limit: int) -> NoReturn:
    _raise(
        translate(
            "Tabular",
            "Line {line} of {name} is longer than {limit} characters; this is not a normal CSV "
            "file. Export the list again.",
        ),
        name,
        line=line,
        limit=limit,
    )
