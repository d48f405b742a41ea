"""The master workbook import: sample counts, re-import merges, header synonyms, row errors."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.enums import Colour, FlexibleLetting, ListKind, PlacementSource
from db.models import Department, ImportBatch, MinistryListEntry, Organisation, Placement
from desktop.cli.main import main
from desktop.core import colours
from desktop.core.registry import editing, export, placements
from desktop.core.registry.master_data import import_master_data
from desktop.core.workspace import Workspace, open_workspace

TODAY = dt.date(2026, 11, 21)


def master(samples: Path) -> Path:
    return samples / "organisations_departments.xlsx"


def count(ws: Workspace, model: type) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_sample_imports_with_the_counts_of_its_readme(
    workspace: Workspace, samples: Path
) -> None:
    expected = json.loads((samples / "expected_counts.json").read_text(encoding="utf-8"))[
        "organisations_departments.xlsx"
    ]
    outcome = import_master_data(workspace, master(samples))
    sheets = outcome.sheets()
    assert sheets["Organisationer"].rows == expected["Organisationer"]["rows"] == 12
    assert sheets["Organisationer"].new == expected["Organisationer"]["valid"]
    assert sheets["Afdelinger"].rows == expected["Afdelinger"]["rows"] == 120
    assert sheets["Afdelinger"].new == expected["Afdelinger"]["valid"]
    assert outcome.result is not None
    assert outcome.result.rows_rejected == 0
    assert outcome.placements_written == 120
    assert outcome.list_date == dt.date(2025, 12, 1)

    with workspace.read() as session:
        statuses = colours.colour_statuses(session, None, TODAY)
        by_colour = Counter(s.colour for s in statuses.values())
        by_flexible = Counter(s.flexible_letting for s in statuses.values())
        listed = {}
        for dept_id, status in statuses.items():
            if status.lists.kinds:
                ref = colours.department_ref(session, dept_id)
                assert ref is not None
                listed[f"{ref.organisation_number}/{ref.number}"] = set(status.lists.kinds)
        plus = colours.find_organisation(session, 88)
        assert plus is not None
        assert (plus.number, plus.name, plus.cvr) == ("088", "Plus Bolig", "40187715")
    names = {"grøn": Colour.GREEN, "gul": Colour.YELLOW, "rød": Colour.RED}
    assert by_colour == {names[k]: v for k, v in expected["Afdelinger"]["colours"].items()}
    flex = {
        "ingen": FlexibleLetting.NONE,
        "aftalt": FlexibleLetting.AGREED,
        "obligatorisk": FlexibleLetting.MANDATORY,
    }
    assert by_flexible == {flex[k]: v for k, v in expected["Afdelinger"]["fleksibel"].items()}
    assert len(listed) == expected["Afdelinger"]["ministry_listed"]
    assert listed == {
        "212/15": {ListKind.PREVENTION},
        "310/1231": {ListKind.PARALLEL_SOCIETY},
        "088/2": {ListKind.TRANSFORMATION},
        "164/16": {ListKind.DISADVANTAGED},
        "190/25": {ListKind.PREVENTION},
    }


def test_reimporting_the_same_workbook_changes_nothing(workspace: Workspace, samples: Path) -> None:
    import_master_data(workspace, master(samples))
    before = [count(workspace, m) for m in (Organisation, Department, Placement)]
    again = import_master_data(workspace, master(samples))
    assert again.result is not None
    assert again.result.rows_imported == 0
    assert {s.unchanged for s in again.sheets().values()} == {12, 120}
    assert again.placements_written == 0
    assert [count(workspace, m) for m in (Organisation, Department, Placement)] == before
    assert count(workspace, MinistryListEntry) == 5
    assert count(workspace, ImportBatch) == 2  # each import is kept with its file


def test_a_changed_colour_starts_on_the_given_day_and_keeps_the_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "master.xlsx"
    write_book(
        path,
        [("Org.nr.", "Navn"), ("145", "Himmerland")],
        [
            ("Org.nr.", "Afdelingsnummer", "Afdelingsnavn", "Farve", "Fleksibel udlejning"),
            ("145", "07", "Storkereden", "grøn", "ingen"),
        ],
    )
    import_master_data(workspace, path, first_valid_from=dt.date(2026, 1, 1))
    write_book(
        path,
        [("Org.nr.", "Navn"), ("145", "Himmerland")],
        [
            ("Org.nr.", "Afdelingsnummer", "Afdelingsnavn", "Farve", "Fleksibel udlejning"),
            ("145", "07", "Storkereden", "Gul", "aftalt"),
        ],
    )
    outcome = import_master_data(workspace, path, valid_from=dt.date(2027, 1, 1))
    assert outcome.sheets()["Ark2"].updated == 1
    with workspace.read() as session:
        dept = colours.find_department(session, "145", "07")
        assert dept is not None
        history = placements.history(session, dept.id)
    assert [(p.colour, p.valid_from, p.valid_to, p.source) for p in history] == [
        (Colour.YELLOW, dt.date(2027, 1, 1), None, PlacementSource.IMPORT),
        (Colour.GREEN, dt.date(2026, 1, 1), dt.date(2026, 12, 31), PlacementSource.IMPORT),
    ]


def write_book(path: Path, *sheets: list[tuple[object, ...]], names: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for index, rows in enumerate(sheets):
        sheet = book.create_sheet(names[index] if index < len(names) else f"Ark{index + 1}")
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def test_header_synonyms_title_rows_and_sheet_order_do_not_matter(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_book(
        tmp_path / "anden opstilling.xlsx",
        [
            ("Afdelinger 2026",),
            (),
            ("Org nr", "Afd.nr.", "Afdeling", "Område", "Postnr.", "Indplacering", "Fleksibel",
             "Liste", "Boliger"),
            (88, 7.0, "Solbakken", "Vestbyen", 9000, "GRØN", "Ingen", "", 40),
            ("088", "07A", "Solbakken Nord", "vestbyen", "9000", "rød", "obligatorisk",
             "Udsat boligområde", None),
        ],
        [
            ("Selskabsnr.", "Organisationsnavn", "CVR-nr.", "Tlf."),
            ("88", "Plus Bolig", "4018 7715", "98 80 31 10"),
        ],
        names=("Ark1", "Selskaber"),
    )  # fmt: skip
    outcome = import_master_data(workspace, path)
    assert outcome.result is not None
    assert outcome.result.rows_rejected == 0
    assert outcome.result.rows_imported == 3
    with workspace.read() as session:
        seven = colours.find_department(session, "088", "7", tolerant=False)
        north = colours.find_department(session, "088", "07A")
        assert seven is not None
        assert north is not None
        assert seven.postcode == "9000"
        assert seven.dwellings_count == 40
        assert seven.housing_area is not None
        assert seven.housing_area_id == north.housing_area_id  # "Vestbyen" = "vestbyen"
        assert colours.colour_status(session, seven.id, TODAY).colour is Colour.GREEN
        status = colours.colour_status(session, north.id, TODAY)
        assert status.colour is Colour.RED
        assert status.flexible_letting is FlexibleLetting.MANDATORY
        assert status.lists.kinds == {ListKind.DISADVANTAGED}
        plus = colours.find_organisation(session, "088")
        assert plus is not None
        assert (plus.name, plus.cvr, plus.phone) == ("Plus Bolig", "40187715", "98 80 31 10")


def test_bad_rows_are_rejected_with_clear_row_errors_and_the_rest_imports(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_book(
        tmp_path / "fejl.xlsx",
        [("Org.nr.", "Navn", "CVR"), ("145", "Himmerland", "12345678")],
        [
            ("Org.nr.", "Afdelingsnummer", "Afdelingsnavn", "Postnummer", "Farve",
             "Fleksibel udlejning", "Ministeriets liste", "Antal boliger"),
            ("212", "1", "God", "9000", "grøn", "ingen", None, 10),
            ("212", "2", "Blå", "9000", "blå", None, None, None),
            ("212", "3", "Kort postnummer", "92", "gul", None, None, None),
            ("212", None, "Uden nummer", "9000", "gul", None, None, None),
            ("999", "1", "Ukendt selskab", "9000", "gul", None, None, None),
            ("212", "4", "Forkert liste", "9000", "rød", None, "ghetto", None),
            ("212", "5", "Flex uden farve", "9000", None, "aftalt", None, None),
            ("212", "6", "Negativ", "9000", "grøn", None, None, -3),
            ("212", "1", "God", "9000", "grøn", "ingen", None, 10),
        ],
        [("Org.nr.", "Navn"), ("212", "Alabu Bolig")],
    )  # fmt: skip
    outcome = import_master_data(workspace, path)
    report = outcome.as_json()
    errors = {(e["sheet"], e["row"]): (e["column"], e["message"]) for e in report["errors"]}
    assert errors == {
        ("Ark1", 2): ("CVR", "“12345678” is not a CVR number (8 digits with a valid check)."),
        ("Ark2", 3): ("Farve", "“blå” is not a colour: write grøn, gul or rød."),
        ("Ark2", 4): ("Postnummer", "“92” is not a postcode (4 digits)."),
        ("Ark2", 5): ("Afdelingsnummer", "The cell is empty but must be filled in."),
        ("Ark2", 6): (
            "Org.nr.",
            "Organisation 999 is neither in the file nor in Anvis: add it to the sheet of "
            "organisations.",
        ),
        ("Ark2", 7): (
            "Ministeriets liste",
            "“ghetto” is not one of the ministry's lists: write udsat boligområde, "
            "parallelsamfund, omdannelsesområde, forebyggelsesområde or kombineret udlejning.",
        ),
        ("Ark2", 8): ("Farve", "Flexible letting is given without a colour."),
        ("Ark2", 9): ("Antal boliger", "The number cannot be negative."),
    }
    assert report["duplicates"] == 1  # row 10 repeats row 2
    assert report["rows_imported"] == 2  # Alabu and its department 1
    assert report["rows_rejected"] == 8
    assert [o.data.number for o in editing.organisations(workspace)] == ["212"]


def test_an_empty_cell_never_erases_a_stored_value(workspace: Workspace, tmp_path: Path) -> None:
    header = ("Org.nr.", "Afdelingsnummer", "Afdelingsnavn", "Adresse", "Organisation")
    path = write_book(tmp_path / "a.xlsx", [header, ("145", "1", "Ét", "Vej 1", "Himmerland")])
    import_master_data(workspace, path)
    write_book(path, [header, ("145", "1", "Ét", None, "Himmerland")])
    again = import_master_data(workspace, path)
    assert again.result is not None
    assert again.result.rows_imported == 0
    with workspace.read() as session:
        dept = colours.find_department(session, "145", "1")
        assert dept is not None
        assert dept.address == "Vej 1"


def test_the_exported_placement_table_imports_again(
    workspace: Workspace, samples: Path, tmp_path: Path, sqlite_workspace: Workspace
) -> None:
    import_master_data(workspace, master(samples))
    table = tmp_path / "indplaceringer.xlsx"
    export.export_placements(workspace, table, TODAY)
    outcome = import_master_data(sqlite_workspace, table)
    assert outcome.result is not None
    assert outcome.result.rows_rejected == 0
    with workspace.read() as session:
        original = {
            (colours.department_ref(session, i).label, s.colour, s.flexible_letting, s.lists.kinds)  # type: ignore[union-attr]
            for i, s in colours.colour_statuses(session, None, TODAY).items()
        }
    with sqlite_workspace.read() as session:
        copied = {
            (colours.department_ref(session, i).label, s.colour, s.flexible_letting, s.lists.kinds)  # type: ignore[union-attr]
            for i, s in colours.colour_statuses(session, None, TODAY).items()
        }
    assert copied == original


def test_the_command_line_import_and_its_json(
    samples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite"
    open_workspace(db).close()  # commands never make a database
    args = ["--db", str(db), "import", "departments", str(master(samples)), "--json"]
    assert main([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] is True
    assert dry["rows_imported"] == 132
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["sheets"]["Afdelinger"]["new"] == 120
    assert first["placements_written"] == 120
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["rows_imported"] == 0
    assert second["sheets"]["Afdelinger"]["unchanged"] == 120
    assert main(["--db", str(db), "import", "departments", str(tmp_path / "nope.xlsx")]) == 2
    assert "nope.xlsx" in capsys.readouterr().err
