"""The intake template: exported per organisation, filled in as an organisation would, then
imported through the vacancy importer without a single mapping question."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.enums import DwellingType, VacancyStatus
from db.models import AuditEvent, Vacancy
from desktop.core.exchange import template
from desktop.core.importing import RowStatus, run_to_completion
from desktop.core.intake import imports
from desktop.core.workspace import Workspace
from tests.unit.exchange import dataset
from tests.unit.exchange.sheets import assert_same_in_libreoffice, profile_dir, soffice

D = dt.date


@pytest.fixture
def ids(workspace: Workspace) -> dataset.Ids:
    return dataset.build(workspace)


def _fill(source: Path, target: Path) -> None:
    """What the organisation does: type three dwellings, using the drop-downs' values."""
    book = load_workbook(source)
    ws = book.worksheets[0]
    rows = [
        ["1", "B-900", "Toftevej", "21", "2", "tv", 9000, "Aalborg", "Familiebolig", 2.5, 67.5,
         4300, 450, 100, None, 12900, D(2026, 12, 1), "Ja", "Nej", "Nej", "Ja",
         "Nyistandsat", "Ejendomskontoret, 96 00 00 00", 8],
        ["5", "B-901", "Bakkevej", "3A", "st", "th", 9220, "Aalborg Øst", "Ungdomsbolig", 1, 35,
         3100, 300, None, None, None, D(2026, 12, 15), "Nej", "Ja", "Nej", "Ja", None, None, 3],
        ["1", "B-902", "Toftevej", "23", None, None, 9000, "Aalborg", None, 4, 98, 6100, None,
         None, None, 18000, D(2027, 1, 1), None, None, None, None, "=1+1", None, None],
    ]  # fmt: skip
    for row_number, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            ws.cell(row=row_number, column=column, value=value)
    ws.cell(row=4, column=22).data_type = "s"  # "=1+1" typed as text, as Excel would keep it
    book.save(target)


def _import_without_questions(ws: Workspace, path: Path, organisation_id: int) -> None:
    """The organisation is known from the key (as the importer finds it, with no --org and no
    question), every column maps, every row is new."""
    found = imports.guess_organisation(ws, path)
    assert found.id == organisation_id
    recognised = template.recognise(ws, path)
    assert recognised is not None
    assert recognised.id == organisation_id
    preview = run_to_completion(imports.preview_vacancies(ws, path, found.id))
    assert len(preview.mappings) == 1
    columns = preview.mappings[0].columns
    assert columns.unmapped == ()
    assert columns.missing == ()
    assert columns.hidden == ()
    assert set(columns.columns) == {c.field for c in template.COLUMNS}
    assert preview.skipped_sheets == [template.help_sheet_title()]
    assert all(c.field for c in imports.mapped_columns(preview))
    statuses = [line.status for line in imports.preview_lines(preview)]
    assert statuses == [RowStatus.NEW.value] * 3, imports.preview_lines(preview)
    run_to_completion(imports.commit_vacancies(ws, preview, found))


def test_a_filled_in_template_imports_with_no_mapping_questions(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    blank = tmp_path / "skabelon.xlsx"
    filled = tmp_path / "udfyldt.xlsx"
    template.export_template(workspace, ids.org_b, blank)
    _fill(blank, filled)
    _import_without_questions(workspace, filled, ids.org_b)
    with workspace.read() as session:
        found = {
            v.lease_number: v
            for v in session.scalars(select(Vacancy).where(Vacancy.lease_number.like("B-9%")))
        }
        assert set(found) == {"B-900", "B-901", "B-902"}
        first, second, third = found["B-900"], found["B-901"], found["B-902"]
        assert first.department_id == ids.departments["B1"]
        assert (first.street, first.house_number, first.floor, first.door) == (
            "Toftevej", "21", "2", "tv"
        )  # fmt: skip
        assert first.rooms == 2.5
        assert first.rent == Decimal("4300.00")
        assert first.monthly_total == Decimal("4850.00")
        assert first.available_from == D(2026, 12, 1)
        assert first.elevator is True
        assert first.pets_allowed is False
        assert first.step_free is True
        assert first.viewing_contact == "Ejendomskontoret, 96 00 00 00"
        assert second.department_id == ids.departments["B5"]
        assert second.dwelling_type == DwellingType.YOUTH
        assert (second.floor, second.door, second.postcode) == ("st", "th", "9220")
        assert third.dwelling_type == DwellingType.FAMILY
        assert third.remarks == "=1+1"
        assert all(v.status == VacancyStatus.RECEIVED for v in found.values())


def test_the_template_survives_libreoffice(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    """An organisation that fills it in with LibreOffice and saves it keeps the key."""
    program = soffice()
    blank = tmp_path / "skabelon.xlsx"
    template.export_template(workspace, ids.org_b, blank)
    assert_same_in_libreoffice(blank, tmp_path / "csv")
    filled = tmp_path / "udfyldt.xlsx"
    _fill(blank, filled)
    out = tmp_path / "resaved"
    subprocess.run(
        [program, f"-env:UserInstallation={profile_dir().as_uri()}", "--headless", "--convert-to",
         "ods", "--outdir", str(out), str(filled)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    _import_without_questions(workspace, out / "udfyldt.ods", ids.org_b)


def test_drop_downs_offer_the_departments_types_and_yes_no(
    workspace: Workspace, ids: dataset.Ids
) -> None:
    data = template.template_data(workspace, ids.org_a)
    book = load_workbook(io.BytesIO(template.template_workbook(data)))
    lists = book[template.LISTS_SHEET]
    assert lists.sheet_state == "hidden"
    assert book[template.KEY_SHEET].sheet_state == "veryHidden"
    columns = {ws_col: [c.value for c in lists[ws_col] if c.value] for ws_col in "ABC"}
    assert columns["A"] == ["1", "2"]
    assert columns["B"] == list(template.DWELLING_TYPES["en"].values())
    assert columns["C"] == ["Yes", "No"]
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "B2"
    validations = {
        next(iter(dv.sqref.ranges)).coord.split(":")[0]: dv
        for dv in sheet.data_validations.dataValidation
    }
    assert validations["A2"].type == "list"
    assert "Anvis_departments" in validations["A2"].formula1
    assert book.defined_names["Anvis_departments"].attr_text == "'Lists'!$A$1:$A$2"
    assert validations["Q2"].type == "date"
    assert validations["L2"].type == "decimal"
    for dv in sheet.data_validations.dataValidation:
        assert dv.prompt
        assert len(dv.prompt) <= 255
        assert len(dv.promptTitle or "") <= 32
        assert len(dv.errorTitle or "") <= 32
    assert sheet["A1"].comment is not None
    assert sheet["A1"].value == "Department number *"


def test_the_help_sheet_keeps_formula_like_names_as_text(
    workspace: Workspace, ids: dataset.Ids
) -> None:
    data = template.template_data(workspace, ids.org_a)
    book = load_workbook(io.BytesIO(template.template_workbook(data)))
    cells = [c for row in book[template.help_sheet_title()].iter_rows() for c in row]
    hostile = [c for c in cells if c.value == dataset.HOSTILE_DEPARTMENT]
    assert hostile
    assert all(c.data_type == "s" and c.quotePrefix for c in hostile)


def test_a_workbook_without_the_key_is_not_recognised(
    workspace: Workspace, ids: dataset.Ids, samples: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "plain.xlsx"
    shutil.copy(samples / "vacancies_vivabolig_clean.xlsx", copy)
    assert template.recognise(workspace, copy) is None


def test_the_export_is_logged(workspace: Workspace, ids: dataset.Ids, tmp_path: Path) -> None:
    template.export_template(workspace, ids.org_a, tmp_path / "t.xlsx")
    with workspace.read() as session:
        logged = session.execute(
            select(AuditEvent.entity_type, AuditEvent.entity_id).where(
                AuditEvent.entity_type == "intake_template"
            )
        ).all()
    assert logged == [("intake_template", ids.org_a)]
