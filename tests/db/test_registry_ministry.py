"""The ministry's lists: importing a publication, entries per department or housing area."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.enums import ListKind
from desktop.core import colours
from desktop.core.errors import ValidationError
from desktop.core.registry import editing, ministry
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.workspace import Workspace

LIST_DATE = dt.date(2026, 12, 1)


@pytest.fixture
def desk(workspace: Workspace) -> dict[str, int]:
    org = editing.save_organisation(workspace, None, OrganisationData("164", "Nørresundby"))
    ids = {}
    for number, area in [("16", "Løvvangen"), ("17", "Løvvangen"), ("18", None)]:
        ids[number] = editing.save_department(
            workspace, None, DepartmentData(org, number, f"Afd {number}", area)
        )
    return ids


def book(path: Path, rows: list[tuple[object, ...]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def test_a_publication_imports_departments_and_housing_areas(
    workspace: Workspace, desk: dict[str, int], tmp_path: Path
) -> None:
    path = book(
        tmp_path / "lister 2026.xlsx",
        [
            ("Org.nr.", "Afd.nr.", "Boligområde", "Liste"),
            (164, "18", None, "forebyggelsesområde"),
            (None, None, "LØVVANGEN", "Parallelsamfund"),
            (164, "99", None, "udsat boligområde"),
            (None, None, "Ukendt By", "udsat"),
            (164, "18", None, "ghetto"),
        ],
    )
    outcome = ministry.import_ministry_lists(workspace, path, LIST_DATE)
    report = outcome.as_json()
    assert report["rows_imported"] == 2
    assert {e["row"] for e in report["errors"]} == {4, 5, 6}
    with workspace.read() as session:
        assert colours.lists_on(session, desk["16"], LIST_DATE) == {ListKind.PARALLEL_SOCIETY}
        assert colours.lists_on(session, desk["17"], LIST_DATE) == {ListKind.PARALLEL_SOCIETY}
        assert colours.lists_on(session, desk["18"], LIST_DATE) == {ListKind.PREVENTION}
        assert colours.lists_on(session, desk["18"], LIST_DATE - dt.timedelta(days=1)) == set()
    (publication,) = ministry.publications(workspace)
    assert (publication.list_date, publication.entries) == (LIST_DATE, 2)
    rows = ministry.entries(workspace, publication.id)
    area_entry = next(r for r in rows if r.housing_area is not None)
    assert (area_entry.housing_area, area_entry.departments_covered) == ("Løvvangen", 2)
    again = ministry.import_ministry_lists(workspace, path, LIST_DATE).as_json()
    assert again["rows_imported"] == 0


def test_entries_are_added_and_removed_by_hand(workspace: Workspace, desk: dict[str, int]) -> None:
    entry = ministry.add_entry(
        workspace, LIST_DATE, ListKind.COMBINED_LETTING, department_id=desk["18"]
    )
    ministry.add_entry(workspace, LIST_DATE, ListKind.DISADVANTAGED, housing_area="løvvangen")
    with workspace.read() as session:
        assert colours.lists_on(session, desk["18"], LIST_DATE) == {ListKind.COMBINED_LETTING}
        assert colours.colour_status(session, desk["16"], LIST_DATE).disadvantaged
    ministry.remove_entry(workspace, entry)
    with workspace.read() as session:
        assert colours.lists_on(session, desk["18"], LIST_DATE) == set()
    with pytest.raises(ValidationError):
        ministry.add_entry(workspace, LIST_DATE, ListKind.DISADVANTAGED)


def test_the_command_line_imports_a_publication(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli.main import main
    from desktop.core.workspace import open_workspace

    open_workspace(tmp_path / "cli.sqlite").close()  # commands never make a database
    db = ["--db", str(tmp_path / "cli.sqlite")]
    master = book(
        tmp_path / "master.xlsx",
        [("Org.nr.", "Afdelingsnummer", "Afdelingsnavn", "Organisation"), (164, "16", "A", "N")],
    )
    assert main([*db, "import", "departments", str(master)]) == 0
    lists = book(tmp_path / "lister.xlsx", [("Org.nr.", "Afd.nr.", "Liste"), (164, "16", "udsat")])
    capsys.readouterr()
    assert main([*db, "import", "ministry-lists", str(lists), "--date", "2026-12-01"]) == 0
    assert "lister.xlsx\nRows in the file: 1\n  New: 1\n" in capsys.readouterr().out
    assert main([*db, "colour", "164", "16", "--date", "2026-12-01", "--json"]) == 0
    assert '"udsat"' in capsys.readouterr().out
