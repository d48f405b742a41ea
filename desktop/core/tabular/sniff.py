"""Decide what a file really is from its first bytes, before any parser sees it.

Organisations' systems send HTML saved as ".xls", Word documents renamed to ".xlsx" and
password-protected workbooks; recognising them by their content gives the user a message that
says what is wrong instead of a parser's stack trace.
"""

from __future__ import annotations

import io
import zipfile

from desktop.core.tabular import problems

EXTENSIONS = {".xlsx": "xlsx", ".xlsm": "xlsm", ".xls": "xls", ".ods": "ods", ".csv": "csv"}
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def expected_format(name: str) -> str:
    """The format the file name promises; unknown extensions are refused at once."""
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    found = EXTENSIONS.get(suffix)
    if found is None:
        problems.unknown_extension(name)
    return found


def detect(name: str, data: bytes) -> str:
    """The real format of `data`: "xlsx", "xlsm", "xls", "ods" or "csv" (else FileProblem)."""
    promised = expected_format(name)
    if not data:
        problems.empty(name)
    head = data[:1024]
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(name, data, promised)
    if head.startswith(CFB_MAGIC):
        return _cfb_kind(name, data)
    if promised == "csv":
        return "csv"
    _refuse_text(name, head)
    raise AssertionError("unreachable")  # pragma: no cover


def _refuse_text(name: str, head: bytes) -> None:
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        problems.web_page(name)
    if lowered.startswith(b"{\\rtf"):
        problems.word_document(name)
    if head.startswith(b"PK"):
        problems.corrupt(name)
    problems.not_a_spreadsheet(name)


def _zip_kind(name: str, data: bytes, promised: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = archive.read("mimetype")[:200] if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError, NotImplementedError):
        problems.corrupt(name)
    if "xl/workbook.xml" in names:
        has_macros = "xl/vbaProject.bin" in names or promised == "xlsm"
        return "xlsm" if has_macros else "xlsx"
    if mimetype.strip() == ODS_MIMETYPE:
        return "ods"
    if "word/document.xml" in names or mimetype.startswith(
        b"application/vnd.oasis.opendocument.text"
    ):
        problems.word_document(name)
    if "ppt/presentation.xml" in names or mimetype.startswith(b"application/vnd.oasis"):
        problems.other_office_document(name)
    if "xl/workbook.bin" in names:
        problems.unknown_extension(name)  # .xlsb: Anvis asks for .xlsx instead
    problems.not_a_spreadsheet(name)


def _cfb_kind(name: str, data: bytes) -> str:
    """An OLE compound file: an old .xls, an encrypted modern workbook, or an old Word file."""
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        problems.encrypted(name)
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return "xls"
    if _utf16("WordDocument") in data:
        problems.word_document(name)
    if _utf16("PowerPoint Document") in data:
        problems.other_office_document(name)
    problems.not_a_spreadsheet(name)
