"""Importing monitoring figures: the sample's counts, unknown departments, missing values."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from db.enums import Colour, PlacementSource
from desktop.cli.main import main
from desktop.core import colours
from desktop.core.errors import ValidationError
from desktop.core.registry import monitoring
from desktop.core.registry.master_data import import_master_data
from desktop.core.registry.monitoring_import import detect_year, import_monitoring
from desktop.core.workspace import Workspace, open_workspace

EFFECTIVE = dt.date(2027, 1, 1)


@pytest.fixture
def desk(workspace: Workspace, samples: Path) -> Workspace:
    import_master_data(workspace, samples / "organisations_departments.xlsx")
    return workspace


def test_the_sample_imports_118_rows_and_reports_the_rest(desk: Workspace, samples: Path) -> None:
    expected = json.loads((samples / "expected_counts.json").read_text(encoding="utf-8"))[
        "monitoring_2026.xlsx"
    ]
    outcome = import_monitoring(desk, samples / "monitoring_2026.xlsx")
    report = outcome.as_json()
    assert report["year"] == 2026
    assert report["rows_total"] == expected["rows"] == 123
    assert report["rows_imported"] == expected["valid"] == 118
    assert report["rows_rejected"] == 5
    rows_with_errors = {e["row"] for e in report["errors"]}
    assert rows_with_errors == set(expected["unknown_department_rows"]) | set(
        expected["missing_value_rows"]
    )
    assert sorted(set(report["unknown_departments"])) == expected["unknown_department_rows"]
    by_row = {(e["row"], e["column"]): e["message"] for e in report["errors"]}
    assert by_row[(49, "Afd.nr.")].startswith(
        "Anvis has no department 99 in organisation 145. Did you mean: 145-"
    )
    assert by_row[(124, "Afd.nr.")] == "Anvis has no department 1 in organisation 999."
    assert by_row[(92, "Dømte ift. landsgennemsnit (ratio)")]
    assert by_row[(121, "Indkomst ift. regionen (%)")].startswith("“.” means the figure is")
    assert outcome.placements_written is None


def test_reimporting_the_figures_changes_nothing(desk: Workspace, samples: Path) -> None:
    import_monitoring(desk, samples / "monitoring_2026.xlsx")
    again = import_monitoring(desk, samples / "monitoring_2026.xlsx").as_json()
    assert again["rows_imported"] == 0
    assert again["rows_rejected"] == 5


def test_the_summary_accounts_for_every_row_and_lists_the_errors(
    desk: Workspace, samples: Path
) -> None:
    from desktop.core.registry.monitoring_import import summary

    first = summary(import_monitoring(desk, samples / "monitoring_2026.xlsx"))
    assert first.title == "Monitoring figures 2026: monitoring_2026.xlsx"
    assert first.lines[:3] == (
        "Rows in the file: 123",
        "  New: 118",
        "  With errors (not imported; see the list): 5",
    )
    assert "departments Anvis does not know: 3" in first.lines[3]
    # the second time the 118 rows are there already: said so, not left unexplained
    again = summary(import_monitoring(desk, samples / "monitoring_2026.xlsx"))
    assert again.lines[:3] == (
        "Rows in the file: 123",
        "  Unchanged (stored already as the file has them): 118",
        "  With errors (not imported; see the list): 5",
    )
    # one entry per problem: row 121 has two suppressed figures
    assert [(e.row, e.column) for e in again.errors] == [
        (49, "Afd.nr."),
        (81, "Afd.nr."),
        (92, "Dømte ift. landsgennemsnit (ratio)"),
        (121, "Indkomst ift. regionen (%)"),
        (121, "Andel ikke-vestlige indvandrere/efterkommere (%)"),
        (124, "Afd.nr."),
    ]


def test_the_review_of_the_sample_never_guesses_the_rejected_rows(
    desk: Workspace, samples: Path
) -> None:
    import_monitoring(desk, samples / "monitoring_2026.xlsx")
    rows = {
        f"{r.organisation_number}/{r.department_number}": r
        for r in monitoring.review(desk, 2026, EFFECTIVE)
    }
    assert len(rows) == 120
    assert rows["212/33"].proposed_colour is None  # row 92: missing convictions
    assert rows["212/33"].problem == "No figures for 2026"
    assert rows["310/1231"].proposed_colour is None  # row 121: suppressed values
    # On the list in force and red by the figures: stays red, flexible letting mandatory.
    assert rows["164/16"].proposed_colour is Colour.RED
    assert not rows["164/16"].changes
    # Listed as a prevention area: yellow at least, whatever the figures.
    assert rows["212/15"].proposed_colour is Colour.YELLOW
    changes = sorted(key for key, row in rows.items() if row.changes)
    assert changes == ["088/36", "145/34", "273/3"]


def test_apply_writes_the_proposals_from_the_date(desk: Workspace, samples: Path) -> None:
    outcome = import_monitoring(desk, samples / "monitoring_2026.xlsx", apply_from=EFFECTIVE)
    assert outcome.placements_written == 3
    with desk.read() as session:
        dept = colours.find_department(session, "145", "34")
        assert dept is not None
        now = colours.placement_on(session, dept.id, EFFECTIVE - dt.timedelta(days=1))
        then = colours.placement_on(session, dept.id, EFFECTIVE)
    assert now is not None
    assert now.colour is Colour.YELLOW
    assert then is not None
    assert then.colour is Colour.GREEN
    assert then.source is PlacementSource.MONITORING


def test_the_year_comes_from_the_file_or_must_be_given(desk: Workspace, tmp_path: Path) -> None:
    assert detect_year(Path("monitoring_2026.xlsx")) == 2026
    assert detect_year(Path("tal.xlsx"), ["Monitorering 2025"]) == 2025
    assert detect_year(Path("2024 til 2025.xlsx")) is None
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Org.nr.", "Afd.nr.", "Beboere"])
    path = tmp_path / "tal.xlsx"
    book.save(path)
    with pytest.raises(ValidationError, match="give the year"):
        import_monitoring(desk, path)


def test_the_command_line_proposes_and_applies(
    samples: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_workspace(tmp_path / "cli.sqlite").close()  # commands never make a database
    db = ["--db", str(tmp_path / "cli.sqlite")]
    assert (
        main([*db, "import", "departments", str(samples / "organisations_departments.xlsx")]) == 0
    )
    file = str(samples / "monitoring_2026.xlsx")
    with pytest.raises(SystemExit) as usage:
        main([*db, "import", "monitoring", file, "--apply"])
    assert usage.value.code == 2
    assert "--apply needs --from" in capsys.readouterr().err
    assert main([*db, "import", "monitoring", file]) == 0
    out = capsys.readouterr().out
    assert "Rows in the file: 123\n  New: 118\n  With errors (not imported; see the list): 5" in out
    assert "145-34 Rønnebærparken: yellow -> green" in out
    assert (
        main([*db, "import", "monitoring", file, "--apply", "--from", "2027-01-01", "--json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["placements_written"] == 3
    assert main([*db, "colour", "145", "34", "--date", "2027-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["colour"] == "green"
