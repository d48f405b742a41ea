"""The parts of an xlsx/xlsm package that must be checked before calamine reads it.

Every XML part is unpacked under the zip budget and refused if it carries a DTD; each worksheet is
bounded (see `xlsx_scan`, which scans it as it is unpacked) and its hidden columns noted.
calamine then reads the same bytes.
"""

from __future__ import annotations

import posixpath
from typing import Any

from defusedxml.ElementTree import fromstring

from desktop.core.tabular import problems
from desktop.core.tabular.model import Limits, column_letter
from desktop.core.tabular.xlsx_scan import Extent, SheetScan, exact_extent, hidden_columns
from desktop.core.tabular.zipguard import Archive

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def check_xlsx(name: str, data: bytes, limits: Limits) -> dict[str, frozenset[int]]:
    """Hidden columns by sheet name, after refusing anything unsafe (raises FileProblem)."""
    archive = Archive(name, data, limits)
    sheets = _sheet_parts(archive)
    if len(sheets) > limits.max_sheets:
        problems.too_many_sheets(name, limits.max_sheets)
    parts = set(sheets.values())
    for member in list(archive.names()):
        if member.endswith((".xml", ".rels")) and member not in parts:
            archive.read(member, keep=False)
    hidden: dict[str, frozenset[int]] = {}
    for sheet_name, member in sheets.items():
        if member not in archive.infos:
            continue  # calamine reports the missing part as damage
        scan = SheetScan(limits.max_rows, limits.max_cells)
        far = _scan_sheet(archive, member, scan)
        if scan.far_row > limits.max_rows or (far is not None and far.rows > limits.max_rows):
            problems.too_many_rows(name, sheet_name, limits.max_rows)
        if scan.far_row:  # within the row limit, but too many rows for so many columns
            problems.sheet_too_large(
                name, sheet_name, scan.far_row, column_letter(scan.columns - 1)
            )
        if far is not None and far.cells > limits.max_cells:
            problems.sheet_too_large(
                name, sheet_name, far.rows, column_letter(max(far.columns - 1, 0))
            )
        hidden[sheet_name] = hidden_columns(scan.prefix())
    return hidden


def _scan_sheet(archive: Archive, member: str, scan: SheetScan) -> Extent | None:
    """One pass through the fast check; a second, exact pass when it cannot prove the sheet small
    (None: small). The whole part is unpacked either way, so its size and checksum are checked."""
    pieces = archive.chunks(member)
    try:
        for piece in pieces:
            if not scan.feed(piece):
                break
    finally:
        pieces.close()
    if scan.far_row:
        return None  # refused by the caller
    if scan.finish():
        return None
    pieces = archive.chunks(member)
    try:
        return exact_extent(scan.keeping_prefix(pieces), scan.max_rows)
    except ValueError:
        problems.corrupt(archive.name)
    finally:
        pieces.close()


def _parse(archive: Archive, member: str) -> Any:
    xml = archive.read(member)  # refuses DTDs with their own message
    try:
        return fromstring(xml, forbid_dtd=True)
    except Exception:  # defusedxml's and expat's errors: not a readable workbook
        problems.corrupt(archive.name)


def _sheet_parts(archive: Archive) -> dict[str, str]:
    """Sheet name -> worksheet part, in workbook order (chart sheets excluded)."""
    workbook = _parse(archive, "xl/workbook.xml")
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in archive.infos:
        for rel in _parse(archive, rels_name).iter(f"{{{_PKG_REL}}}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            targets[rel.get("Id", "")] = posixpath.normpath(path)
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{{{_MAIN}}}sheet"):
        part = targets.get(sheet.get(f"{{{_REL}}}id", ""), "")
        if "worksheets/" in part:
            parts[sheet.get("name", "")] = part
    return parts
