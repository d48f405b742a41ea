"""`anvis whatif`: Danish dates, KEY=VALUE changes, the JSON a script reads, the Danish table,
and the exit codes of an unknown key (2, with the known keys) and a bad value (1)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db.enums import Colour, VacancyStatus
from desktop.catalogues import install_for_cli
from desktop.cli.main import main
from desktop.core.workspace import open_workspace
from tests.unit.matching import db_factories as make


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Department 145/01, green, with two dwellings reported in 2026 (one at 5,500 kr. a month,
    above the ceiling for two rooms) and two applicants who can pay both."""
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, backup_dir=tmp_path / "backups", user="tester")
    dept = make.department(ws, number="01", colour=Colour.GREEN)
    for day, rent in ((dt.date(2026, 2, 2), 3200), (dt.date(2026, 3, 2), 5050)):
        make.vacancy(
            ws,
            dept,
            reported_on=day,
            available_from=day,
            at_disposal_from=None,
            desk_deadline=None,
            rent=rent,
            status=VacancyStatus.RETURNED,
        )
    for name, registered in (("Første", dt.date(2025, 1, 1)), ("Anden", dt.date(2025, 2, 1))):
        make.applicant(ws, name, registered_on=registered, max_rent=6000)
    ws.close()
    return path


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), "whatif", "--from", "01.01.2026", "--to", "2026-06-30", *args])


def test_json_compares_the_period_as_it_was_with_the_changes(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db, "--set", "ceiling.family.2=5600", "--set", "share.green=25", "--json") == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert (shown["from"], shown["to"]) == ("2026-01-01", "2026-06-30")
    assert [c["key"] for c in shown["changes"]] == ["share.green", "ceiling.family.2"]
    measures = {m["code"]: m for m in shown["measures"]}
    assert (measures["accepted"]["real"], measures["accepted"]["what_if"]) == (1, 2)
    assert measures["applicants"]["difference"] == 1
    assert measures["rent_loss"]["real"] is not None
    groups = {g["code"]: g for g in shown["by_target_group"]}
    assert (groups["other"]["real"], groups["other"]["what_if"]) == (1, 2)


def test_an_unknown_key_exits_2_naming_the_known_keys(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db, "--set", "andel.grøn=30") == 2
    error = capsys.readouterr().err
    assert "andel.grøn" in error
    assert "share.green" in error
    assert "ceiling.family.2" in error


def test_a_bad_value_exits_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(db, "--set", "share.green=140") == 1
    assert "0 to 100" in capsys.readouterr().err


def test_a_date_that_is_not_one_exits_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(db), "whatif", "--from", "32.01.2026", "--to", "2026-06-30"])
    assert ended.value.code == 2
    assert "32.01.2026" in capsys.readouterr().err


@pytest.fixture
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs the session's language for the process: English again afterwards."""
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    yield
    install_for_cli("en")


@pytest.mark.usefixtures("english_afterwards")
def test_the_table_is_in_danish(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--lang", "da", "--db", str(db), "whatif", "--from", "01.01.2026", "--to", "30.06.2026"]
    assert main([*args, "--set", "ceiling.family.2=5600"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Hvad hvis: 01.01.2026 - 30.06.2026"
    assert lines[2] == "  Huslejeloft, familiebolig op til 2 rum: 5600 kr."
    accepted = next(line for line in lines if line.startswith("Brugbare (accepteret)"))
    assert accepted.split()[-3:] == ["1", "2", "+1"]
    header = next(line for line in lines if "Med ændringerne" in line)
    assert header.split() == ["Som", "det", "var", "Med", "ændringerne", "Forskel"]
