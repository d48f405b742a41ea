"""`anvis colour` and the department detail behind the lookup page."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from db.enums import Colour, FlexibleLetting, ListKind
from db.models import MinistryList, MinistryListEntry
from desktop.cli.main import main
from desktop.core.registry import editing, lookup, placements
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.workspace import open_workspace


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, user="tester")
    org = editing.save_organisation(ws, None, OrganisationData("088", "Plus Bolig"))
    dept = editing.save_department(ws, None, DepartmentData(org, "2", "Aalborg Øst"))
    with ws.write() as session:
        placements.place(session, dept, Colour.GREEN, FlexibleLetting.NONE, dt.date(2025, 1, 1))
        placements.place(session, dept, Colour.RED, FlexibleLetting.MANDATORY, dt.date(2026, 3, 1))
        publication = MinistryList(list_date=dt.date(2025, 12, 1), name="Listerne 2025")
        publication.entries.append(
            MinistryListEntry(kind=ListKind.TRANSFORMATION, department_id=dept)
        )
        session.add(publication)
    ws.close()
    return path


def run_json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert main(["--db", str(db), "colour", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_colour_as_json_on_a_date(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = run_json(db_file, capsys, "88", "2", "--date", "2026-02-28")
    assert before == {
        "organisation": "088",
        "organisation_name": "Plus Bolig",
        "department": "2",
        "department_name": "Aalborg Øst",
        "date": "2026-02-28",
        "colour": "green",
        "flexible_letting": "none",
        "lists": ["omdannelsesomraade"],
        "may_report": True,
        "may_place": True,
        "share": 25.0,
        "valid_from": "2025-01-01",
        "valid_to": "2026-02-28",
    }
    after = run_json(db_file, capsys, "088", "2", "--date", "2026-03-01")
    assert after["colour"] == "red"
    assert after["may_report"] is False
    assert after["share"] == 0.0
    assert after["valid_from"] == "2026-03-01"


def test_colour_as_text(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_file), "colour", "088", "2", "--date", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert "088-2 Aalborg Øst (Plus Bolig) on 01/06/2026: red" in out
    assert "a reported dwelling is returned" in out
    assert "transformation area" in out


def test_an_unknown_department_fails_with_suggestions(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_file), "colour", "088", "02"]) == 0  # tolerant: one match
    capsys.readouterr()
    assert main(["--db", str(db_file), "colour", "088", "3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("anvis: There is no department 3 in organisation 088.")
    assert "Did you mean: 088-2 Aalborg Øst (Plus Bolig)?" in err


def test_a_bad_date_is_an_argument_error(db_file: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_file), "colour", "088", "2", "--date", "1.3.2026"])
    assert exit_info.value.code == 2


def test_the_detail_holds_status_allowances_and_history(db_file: Path) -> None:
    ws = open_workspace(db_file, user="tester")
    try:
        ws.clock = lambda: dt.date(2026, 6, 1)
        (row,) = editing.organisations(ws)
        from desktop.core.registry import search

        (dept,) = search.search(ws, "aalborg øst")
        found = lookup.detail(ws, dept.id)
    finally:
        ws.close()
    assert row.departments == 1
    assert found.status.colour is Colour.RED
    assert [p.colour for p in found.history] == [Colour.RED, Colour.GREEN]
    assert any("ABL § 59 stk. 6" in line for line in found.allowances)
    assert found.quota_period == (dt.date(2026, 1, 1), dt.date(2026, 6, 1))
    assert found.quota_reported == 0
