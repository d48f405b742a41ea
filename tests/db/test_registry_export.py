"""The placement table as a styled workbook for the organisations."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.enums import Colour, FlexibleLetting
from db.models import AuditEvent
from desktop.core.errors import FileProblem
from desktop.core.registry import editing, export, placements
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.workspace import Workspace
from tests.unit.exchange.sheets import profile_dir, soffice

DAY = dt.date(2026, 11, 21)


@pytest.fixture
def registry(workspace: Workspace) -> Workspace:
    org = editing.save_organisation(workspace, None, OrganisationData("088", "Plus Bolig"))
    green = editing.save_department(
        workspace, None, DepartmentData(org, "07", "Solbakken", "Vest", "Vej 1", "9000", "Aalborg")
    )
    red = editing.save_department(
        workspace, None, DepartmentData(org, "12-3", '=HYPERLINK("http://x","klik")')
    )
    editing.save_department(workspace, None, DepartmentData(org, "9", "@Ingen farve"))
    with workspace.write() as session:
        placements.place(session, green, Colour.GREEN, FlexibleLetting.NONE, dt.date(2026, 1, 1))
        placements.place(session, red, Colour.RED, FlexibleLetting.AGREED, dt.date(2026, 2, 1))
    return workspace


def test_the_workbook_holds_one_styled_row_per_department(
    registry: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "indplaceringer.xlsx"
    assert export.export_placements(registry, target, DAY) == 3
    sheet = load_workbook(target).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Org. no.", "Department number", "Department name"]
    assert sheet.freeze_panes == "C2"
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["07"][:3] == ("088", "07", "Solbakken")
    assert rows["07"][8] == "green"
    assert rows["07"][12] == dt.datetime(2026, 1, 1)
    assert rows["07"][16] == 0.25
    assert rows["12-3"][8] == "red"
    assert rows["12-3"][14] == "no"
    assert rows["9"][8] is None  # no placement: left empty, not guessed
    red_cell = next(c for c in sheet["I"] if c.value == "red")
    assert red_cell.fill.fgColor.rgb.endswith("FFC7CE")
    with registry.read() as session:
        assert session.query(AuditEvent).filter_by(entity_type="placement_table").count() == 1


def test_text_that_looks_like_a_formula_stays_text(registry: Workspace) -> None:
    import io

    sheet = load_workbook(io.BytesIO(export.build(registry, DAY))).active
    assert sheet is not None
    cells = {c.value: c for c in sheet["C"]}
    formula = cells['=HYPERLINK("http://x","klik")']
    assert formula.data_type == "s"
    assert formula.quotePrefix
    assert cells["@Ingen farve"].quotePrefix
    assert not cells["Solbakken"].quotePrefix


def test_a_folder_that_cannot_be_written_is_a_clear_problem(
    registry: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(FileProblem, match="cannot be written"):
        export.export_placements(registry, tmp_path / "missing" / "x.xlsx", DAY)


def test_libreoffice_opens_the_workbook_and_keeps_formulas_as_text(
    registry: Workspace, tmp_path: Path
) -> None:
    program = soffice()
    target = tmp_path / "indplaceringer.xlsx"
    export.export_placements(registry, target, DAY)
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile_dir().as_uri()}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (tmp_path / "indplaceringer.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Org. no.", "Department number"]
    by_number = {r[1]: r for r in rows[1:]}
    assert by_number["12-3"][2] == '=HYPERLINK("http://x","klik")'  # shown, not evaluated
    assert by_number["07"][0] == "088"
    assert by_number["07"][8] == "green"
