"""`anvis export ...` on the fixed dataset: files made, one line (or JSON) printed, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from desktop.core.exchange import template
from desktop.core.tabular import read_workbook
from desktop.core.workspace import open_workspace
from tests.unit.exchange import dataset


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, user="tester")
    dataset.build(ws)
    ws.close()
    return path


def run_json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["--db", str(db), "export", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_export_replies(db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "svar.xlsx"
    result = run_json(
        db_file, capsys, "replies", "--org", "101", "--from", "01.09.2026", "--to",
        "2026-11-30", "--out", str(out),
    )  # fmt: skip
    assert result == {
        "file": str(out),
        "organisation": "101",
        "from": "2026-09-01",  # the period used, as dates whatever way they were typed
        "to": "2026-11-30",
        "dwellings": 4,
        "tenants": 2,
    }
    assert "Let" in load_workbook(out).sheetnames


def test_export_template_carries_the_key(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "skabelon.xlsx"
    assert (
        main(["--db", str(db_file), "export", "template", "--org", "202", "--out", str(out)]) == 0
    )
    assert capsys.readouterr().out.strip() == (
        "skabelon.xlsx: intake template for 202 Beta Boligselskab with 2 departments."
    )
    key = template.read_key(read_workbook(out))
    assert key is not None
    assert key.organisation_number == "202"


def test_export_the_yearly_report_and_a_single_report(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "aar.pdf"
    result = run_json(db_file, capsys, "report", "--year", "2026", "--out", str(pdf))
    assert result["reports"] == ["summary", "vacancies", "time_to_let", "rent_loss", "quota",
                                 "offers", "housed", "waiting", "schemes"]  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "ledige.xlsx"
    result = run_json(
        db_file, capsys, "report", "--report", "vacancies", "--from", "2026-09-01", "--to",
        "2026-11-30", "--out", str(xlsx),
    )  # fmt: skip
    assert result["figures"] == {
        "received": "7", "accepted": "4", "returned": "2", "let": "3", "given_back": "1"
    }  # fmt: skip


def test_export_applicants_is_logged_with_the_purpose(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "liste.xlsx"
    result = run_json(
        db_file, capsys, "applicants", "--out", str(out), "--purpose", "Liste til møde",
        "--status", "active", "--columns", "name,cpr,target_group",
    )  # fmt: skip
    assert result["applicants"] == 4
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "CPR number (masked)", "Target group")
    assert sorted(r[0] for r in rows[1:]) == ["Bo Øst", "Ida Ung", "Mia Venter", "Sara Nord"]


def test_export_quota_and_placements(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_json(
        db_file, capsys, "quota", "--from", "2026-09-01", "--to", "2026-11-30", "--out",
        str(tmp_path / "andel.xlsx"),
    )  # fmt: skip
    assert result["departments"] == 4
    assert result["without_all_vacancies"] == []  # every department counted in the period
    result = run_json(
        db_file, capsys, "placements", "--org", "101", "--date", "2026-11-21", "--out",
        str(tmp_path / "farver.xlsx"),
    )  # fmt: skip
    assert result["departments"] == 2


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["replies", "--org", "999", "--from", "2026-09-01", "--to", "2026-09-30"], 1,
         "no housing organisation with the number 999"),
        (["report", "--year", "2026", "--report", "quota"], 1, "either --year"),
        (["template", "--org", "101", "--out", "/no/such/folder/x.xlsx"], 2,
         "cannot be written"),
        (["report", "--year", "2026", "--out", "x.docx"], 1, ".pdf or .xlsx"),
    ],
)  # fmt: skip
def test_errors_are_one_clear_line(
    db_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.pdf")]
    assert main(["--db", str(db_file), "export", *args]) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_a_date_that_is_not_a_date_is_a_usage_error(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_file), "export", "quota", "--from", "31.02.2026", "--to",
              "2026-03-31", "--out", "x.xlsx"])  # fmt: skip
    assert exit_info.value.code == 2
    assert "is not a date" in capsys.readouterr().err
