"""Departments found by address: house-number ranges from the master data and the dialog, the
search by street and number, the command line, and the migration that adds the ranges."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, update

from db.engine import Database
from db.enums import NumberSide
from db.migrate import alembic_config, downgrade, upgrade
from db.models import Department, DepartmentAddress
from desktop.cli.main import main
from desktop.core.errors import ValidationError
from desktop.core.registry import address_ranges, editing, search
from desktop.core.registry.editing import DepartmentData, OrganisationData, RangeFields
from desktop.core.registry.house_numbers import HouseNumber
from desktop.core.registry.master_data import import_master_data, summary_lines
from desktop.core.workspace import Workspace


@pytest.fixture
def master(workspace: Workspace, samples: Path) -> Workspace:
    """The sample master data: Mølleparkvej has 145-09 (1-31), 310-1187 (43-53) and 131-02
    (65-121), three organisations."""
    import_master_data(workspace, samples / "organisations_departments.xlsx")
    return workspace


def found(ws: Workspace, text: str) -> list[str]:
    return [f"{r.organisation_number}-{r.number}" for r in search.search(ws, text)]


def test_an_address_finds_the_department_whose_range_holds_it(master: Workspace) -> None:
    assert found(master, "Mølleparkvej 19") == ["145-09"]
    assert found(master, "mølleparkvej 19b, 2. tv") == ["145-09"]
    assert found(master, "MØLLEPARKVEJ 45, 9000") == ["310-1187"]
    assert found(master, "Mølleparkvej 121") == ["131-02"]
    assert found(master, "Gustav Holmsvej 100") == ["310-1190"]  # spelt together
    answer = search.find(master, "Mølleparkvej 19")
    assert answer.held
    assert answer.summary() == "Departments with Mølleparkvej 19: 1"


def test_a_number_no_range_holds_lists_the_street_and_says_so(master: Workspace) -> None:
    answer = search.find(master, "Mølleparkvej 40")
    assert not answer.held
    assert [r.number for r in answer.rows] == ["02", "09", "1187"]
    assert answer.summary() == "No department has Mølleparkvej 40. Departments on Mølleparkvej: 3"


def test_a_street_shows_each_departments_organisation_and_numbers(master: Workspace) -> None:
    rows = search.search(master, "Mølleparkvej")
    assert [(r.organisation_name, r.ranges) for r in rows] == [
        ("Hasseris Boligselskab", ("Mølleparkvej 65–121",)),
        ("Himmerland Boligforening", ("Mølleparkvej 1–31",)),
        ("Lejerbo Aalborg", ("Mølleparkvej 43–53",)),
    ]


def test_the_same_street_in_two_towns_is_told_apart_by_postcode(master: Workspace) -> None:
    # Skolevej 1-... lies in Storvorde, Svenstrup, Nibe, Gistrup, Vodskov and Klarup
    assert found(master, "Skolevej 5, 9260") == ["145-21"]
    everywhere = {"145-12-3", "145-14", "145-17", "145-21", "167-4", "190-29"}
    assert set(found(master, "Skolevej 5")) == everywhere
    assert found(master, "Skolevej 45, 9260") == ["145-56"]


def test_other_searches_are_as_before(master: Workspace) -> None:
    assert found(master, "145-09") == ["145-09"]
    assert found(master, "præstegården") == ["145-09"]
    assert found(master, "Skolevej 1-39") == ["145-12-3"]  # the address as written


def test_ranges_set_by_hand_are_searched_and_kept_on_reimport(
    master: Workspace, samples: Path
) -> None:
    (row,) = search.search(master, "145-09")
    record = editing.load_department(master, row.id)
    assert record.data.ranges == (RangeFields("Mølleparkvej", "1", "31"),)
    ranges = (
        RangeFields("Mølleparkvej", "1", "31", NumberSide.ODD),
        RangeFields("Mølleparkvej", "33A", "", NumberSide.ALL, "9000"),  # 33A and up
        RangeFields(""),  # a blank line is left out
    )
    editing.save_department(
        master, row.id, _with(record.data, ranges=ranges), expected_version=record.version
    )
    assert found(master, "Mølleparkvej 19") == ["145-09"]
    assert not search.find(master, "Mølleparkvej 18").held  # the odd side only
    assert not search.find(master, "Mølleparkvej 33").held  # 33A and up
    assert found(master, "Mølleparkvej 33a") == ["145-09"]
    assert found(master, "Mølleparkvej 99") == ["131-02", "145-09"]  # and up: no end
    assert found(master, "Mølleparkvej 200") == ["145-09"]
    (again,) = search.search(master, "145-09")
    assert again.ranges == ("Mølleparkvej 1–31 (odd numbers), 33A and up",)

    import_master_data(master, samples / "organisations_departments.xlsx")  # same address
    assert editing.load_department(master, row.id).data.ranges == ranges[:2]


def _with(data: DepartmentData, **changes: object) -> DepartmentData:
    return replace(data, **changes)  # type: ignore[arg-type]


def test_a_changed_address_gives_new_ranges_unless_they_are_given(workspace: Workspace) -> None:
    org = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    data = DepartmentData(org, "09", "Præstegården", None, "Mølleparkvej 1-31", "9000", "Aalborg")
    dept = editing.save_department(workspace, None, data)
    assert found(workspace, "Mølleparkvej 7") == ["145-09"]
    record = editing.load_department(workspace, dept)
    editing.save_department(
        workspace, dept, _with(data, address="Kastetvej 2-40 (lige)"), record.version
    )
    assert found(workspace, "Mølleparkvej 7") == []
    assert found(workspace, "Kastetvej 4") == ["145-09"]
    assert not search.find(workspace, "Kastetvej 5").held  # the even side only
    assert editing.load_department(workspace, dept).data.ranges == (
        RangeFields("Kastetvej", "2", "40", NumberSide.EVEN),
    )


def test_a_wrong_range_is_refused_with_its_line(workspace: Workspace) -> None:
    org = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    data = DepartmentData(
        org, "09", "Præstegården", ranges=(RangeFields("Mølleparkvej", "1", "31"),)
    )
    for bad, message in [
        (RangeFields("Mølleparkvej", "31", "1"), "line 2: The range runs backwards"),
        (RangeFields("Mølleparkvej", "1000"), "line 2: “1000” is not a house number"),
        (RangeFields("", "1", "3"), "line 2: The street is missing"),
        (RangeFields("Mølleparkvej", "1", "3", postcode="900"), "line 2: A postcode has 4"),
    ]:
        with pytest.raises(ValidationError, match=message) as raised:
            editing.save_department(
                workspace, None, _with(data, ranges=(*(data.ranges or ()), bad))
            )
        assert "ranges" in raised.value.fields
    assert found(workspace, "Mølleparkvej 1") == []  # nothing was saved


def test_a_range_edit_moves_the_departments_version(master: Workspace) -> None:
    (row,) = search.search(master, "145-09")
    record = editing.load_department(master, row.id)
    editing.save_department(
        master,
        row.id,
        _with(record.data, ranges=(RangeFields("Mølleparkvej", "1", "29"),)),
        record.version,
    )
    assert editing.load_department(master, row.id).version == record.version + 1


def test_departments_at_is_the_lookup_for_other_parts_of_anvis(master: Workspace) -> None:
    with master.read() as session:
        ids = address_ranges.departments_at(session, "Kastetvej", HouseNumber(41))
        numbers = session.scalars(select(Department.number).where(Department.id.in_(ids)))
        assert sorted(numbers) == ["412"]  # 145-34 is 1-25, 088-33 is 57-97


def test_the_import_reports_addresses_it_cannot_read_wholly(
    workspace: Workspace, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "master.xlsx"
    book = Workbook()
    departments = book.active
    assert departments is not None
    departments.title = "Afdelinger"
    departments.append(
        ["Org.nr.", "Afdelingsnummer", "Afdelingsnavn", "Adresse", "Postnummer", "By"]
    )
    departments.append(["145", "09", "Præstegården", "Mølleparkvej 1-31 m.fl.", 9000, "Aalborg"])
    departments.append(["145", "10", "Kastet", "Kastetvej 31-39, 41A-41C", 9000, "Aalborg"])
    organisations = book.create_sheet("Organisationer")
    organisations.append(["Org.nr.", "Navn"])
    organisations.append(["145", "Himmerland Boligforening"])
    book.save(path)
    outcome = import_master_data(workspace, path)
    assert outcome.addresses_not_read == ("145-09: Mølleparkvej 1-31 m.fl.",)
    assert any("145-09: Mølleparkvej 1-31 m.fl." in line for line in summary_lines(outcome))
    assert found(workspace, "Mølleparkvej 30") == ["145-09"]  # the numbers it did read
    assert found(workspace, "Kastetvej 41B") == ["145-10"]
    assert not search.find(workspace, "Kastetvej 41D").held
    assert not search.find(workspace, "Kastetvej 40").held


def test_the_command_line_answers_as_the_page_does(
    master: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(master.database.url)
    assert main(["--db", db, "departments", "find", "Mølleparkvej"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 departments"
    assert out[1].startswith("131-02 ")
    assert "(Hasseris Boligselskab): Mølleparkvej 65–121" in out[1]
    assert main(["--db", db, "departments", "find", "Mølleparkvej", "19", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["address"] == {
        "street": "Mølleparkvej",
        "house_number": "19",
        "postcode": None,
        "held": True,
    }
    (department,) = answer["departments"]
    assert department["organisation_name"] == "Himmerland Boligforening"
    assert department["house_numbers"] == ["Mølleparkvej 1–31"]


# --- the migration ------------------------------------------------------------------------------


def _revision_before_ranges() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    (revision,) = [r for r in script.walk_revisions() if r.doc.startswith("department address")]
    assert isinstance(revision.down_revision, str)
    return revision.down_revision


def test_the_migration_adds_the_ranges_and_the_first_search_reads_them(
    database_url: str, tmp_path: Path
) -> None:
    from desktop.core.workspace import open_workspace

    database = Database(database_url)
    before = _revision_before_ranges()
    upgrade(database, before)
    assert "department_address" not in inspect(database.engine).get_table_names()
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, number, name, active, version, created_at, created_by)"
            " VALUES (1, '145', 'Himmerland Boligforening', true, 1, '2026-01-01', 'x')"
        )
        conn.exec_driver_sql(
            "INSERT INTO department (id, organisation_id, number, name, address, postcode,"
            " city, suitable_for_young, active, version, search_text, created_at, created_by)"
            " VALUES (1, 1, '09', 'Præstegården', 'Mølleparkvej 1-31', '9000', 'Aalborg',"
            " false, true, 1, 'old text', '2026-01-01', 'x')"
        )
    database.dispose()

    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    try:
        with ws.read() as session:
            assert session.scalar(select(func.count()).select_from(DepartmentAddress)) == 0
            assert session.scalar(select(Department.search_text)) is None  # due again
        assert search.ensure_search_text(ws) == 1
        assert found(ws, "Mølleparkvej 19") == ["145-09"]
        assert search.ensure_search_text(ws) == 0
        with ws.read() as session:
            assert session.scalar(select(Department.version)) == 1  # filled in, not edited
    finally:
        ws.close()

    database = Database(database_url)
    downgrade(database, before)
    assert "department_address" not in inspect(database.engine).get_table_names()
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT address FROM department").scalar() == (
            "Mølleparkvej 1-31"
        )
    database.dispose()


def test_ranges_are_read_once_even_if_the_search_text_is_cleared_again(
    master: Workspace,
) -> None:
    with master.write() as session:
        session.execute(update(Department).values(search_text=None))
    search.ensure_search_text(master)
    with master.read() as session:
        assert session.scalar(select(func.count()).select_from(DepartmentAddress)) == 120
