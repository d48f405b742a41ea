"""Every import command accounts for the file's columns: the JSON names the columns read and
those not understood, and --strict refuses a file with a filled column Anvis does not
understand (exit 2, one line, nothing written) - for the master workbook and monitoring too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ImportBatch, Organisation
from desktop.cli.main import main
from desktop.core.workspace import open_workspace


def _batches_and_organisations(db: Path) -> tuple[int, int]:
    ws = open_workspace(db)
    try:
        with ws.read() as session:
            return (
                session.scalar(select(func.count()).select_from(ImportBatch)) or 0,
                session.scalar(select(func.count()).select_from(Organisation)) or 0,
            )
    finally:
        ws.close()


def test_the_master_workbook_under_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite"
    open_workspace(db).close()  # commands never make a database
    path = tmp_path / "organisationer.csv"
    path.write_text("Org.nr.;Navn;CVR;Skostørrelse\n401;Boligselskabet Test;;42\n", "utf-8")
    assert main(["--db", str(db), "import", "departments", str(path), "--strict"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert "Skostørrelse" in line
    assert _batches_and_organisations(db) == (0, 0)
    assert main(["--db", str(db), "import", "departments", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["columns"] == {"Org.nr.": "organisation_number", "Navn": "name", "CVR": "cvr"}
    assert report["unmapped_columns"] == ["Skostørrelse"]
    assert _batches_and_organisations(db) == (1, 1)


def test_monitoring_under_strict(
    tmp_path: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite"
    open_workspace(db).close()  # commands never make a database
    source = samples / "organisations_departments.xlsx"
    assert main(["--db", str(db), "import", "departments", str(source)]) == 0
    from openpyxl import load_workbook

    book = load_workbook(samples / "monitoring_2026.xlsx")
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=1, column=sheet.max_column + 1, value="Kommentar fra analytiker")
    sheet.cell(row=2, column=sheet.max_column, value="tjek tallet")
    path = tmp_path / "monitorering_2026.xlsx"
    book.save(path)
    capsys.readouterr()
    batches = _batches_and_organisations(db)[0]
    command = ["--db", str(db), "import", "monitoring", str(path), "--strict"]
    assert main(command) == 2
    captured = capsys.readouterr()
    assert "Kommentar fra analytiker" in captured.err
    assert _batches_and_organisations(db)[0] == batches
    assert main(["--db", str(db), "import", "monitoring", str(path), "--dry-run"]) == 0
    assert "Kommentar fra analytiker" in capsys.readouterr().out
