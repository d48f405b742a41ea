"""Reports saved as PDF and Excel show the figures of the report, in a file that opens cleanly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import AuditEvent
from desktop.core.errors import ValidationError
from desktop.core.reports import catalogue, export
from desktop.core.workspace import Workspace
from tests.unit.exchange import dataset
from tests.unit.exchange.sheets import assert_same_in_libreoffice
from tests.unit.letters import pdftext

D = dt.date
START, END = D(2026, 9, 1), D(2026, 11, 30)


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    dataset.build(workspace)
    return workspace


def test_a_report_as_excel_holds_its_tables_with_totals(filled: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "lejetab.xlsx"
    export.export_report(filled, "rent_loss", START, END, target)
    book = load_workbook(target)
    assert book.sheetnames == ["Report", "Per organisation and month", "Per bearer and month"]
    rows = list(book["Per organisation and month"].iter_rows(values_only=True))
    assert rows[0] == ("Organisation", "Sept 2026", "Oct 2026", "Nov 2026", "Total")
    assert rows[1] == ("101 Alfa Bolig", 3024, 4056, 2832, 9912)
    assert rows[-1] == ("Total", 5904, 7032, 4752, 17688)
    total_row = list(book["Per organisation and month"].iter_rows())[-1]
    assert all(c.font.bold for c in total_row)
    assert total_row[1].number_format == '#,##0.00 "kr."'
    bearers = list(book["Per bearer and month"].iter_rows(values_only=True))
    assert bearers[1] == ("Municipality", 5904, 7032, 4752, 17688)  # all Aalborg's schemes
    assert bearers[-1] == ("Total", 5904, 7032, 4752, 17688)
    front = [r for r in book["Report"].iter_rows(values_only=True) if r]
    assert ("Rent loss paid", Decimal("17688") * 1) in [(r[0], r[1]) for r in front if len(r) > 1]


def test_the_yearly_follow_up_opens_in_libreoffice_with_the_same_values(
    filled: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "opfoelgning.xlsx"
    book = export.export_yearly(filled, 2026, target)
    opened = load_workbook(target)
    assert opened.sheetnames[0] == "Report"
    assert len(opened.sheetnames) == 1 + sum(len(r.tables) for r in book.reports)
    names = " ".join(opened.sheetnames)
    assert "=Engen" not in names  # sheet names come from titles, never from data
    assert_same_in_libreoffice(target, tmp_path / "csv")


def test_formula_like_names_in_reports_stay_text(filled: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "andel.xlsx"
    export.export_report(filled, "quota", START, END, target)
    cells = [
        c
        for ws in load_workbook(target).worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.endswith(dataset.HOSTILE_DEPARTMENT)
    ]
    assert cells  # "2 =Engen" does not start with "=", the cell is plain text
    assert all(c.data_type == "s" for c in cells)


def test_a_report_as_pdf_shows_its_figures_in_the_embedded_font(
    filled: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "udlejning.pdf"
    export.export_report(filled, "vacancies", START, END, target)
    data = target.read_bytes()
    text = pdftext.text(data)
    assert "Vacancies per organisation and month" in text
    assert "Period: 01/09/2026 - 30/11/2026" in text
    assert "101 Alfa Bolig" in text
    assert "202 Beta Boligselskab" in text
    assert all(embedded for embedded in pdftext.fonts(data).values())


def test_the_yearly_follow_up_pdf_has_a_page_per_report(filled: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "opfoelgning.pdf"
    export.export_yearly(filled, 2026, target)
    pages = pdftext.page_texts(target.read_bytes())
    assert "Follow-up on the joint letting agreement 2026" in pages[0]
    for _key, title in catalogue.titles():
        assert any(title in page for page in pages), title
    assert "Page 1" in pages[0]


def test_only_pdf_and_excel_are_offered(filled: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.pdf or \.xlsx"):
        export.export_report(filled, "vacancies", START, END, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_saving_a_report_is_logged(filled: Workspace, tmp_path: Path) -> None:
    export.export_report(filled, "offers", START, END, tmp_path / "tilbud.pdf")
    with filled.read() as session:
        details = session.scalars(
            select(AuditEvent.details).where(AuditEvent.entity_type == "report")
        ).all()
    assert details == [
        {"report": "offers", "from": "2026-09-01", "to": "2026-11-30", "file": "tilbud.pdf"}
    ]
