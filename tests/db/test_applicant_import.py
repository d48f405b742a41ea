"""Importing the desk's existing list (applicants_legacy.xlsx): the README's counts, and every
quirk of the sample."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import postal
from db.enums import ApplicantStatus, MemberRelation, RowOutcome, Urgency
from db.models import Applicant, ImportBatch, ImportRow
from desktop.core.applicants import imports, register
from desktop.core.applicants.importer import ApplicantSpec
from desktop.core.errors import FileProblem
from desktop.core.importing import RowStatus, run_to_completion
from desktop.core.tabular import read_workbook
from desktop.core.workspace import Workspace

SHEET = "Ansøgere"


@pytest.fixture
def legacy(samples: Path) -> Path:
    return samples / "applicants_legacy.xlsx"


@pytest.fixture
def expected(samples: Path) -> dict[str, Any]:
    counts: dict[str, Any] = json.loads((samples / "expected_counts.json").read_text("utf-8"))
    return counts["applicants_legacy.xlsx"]


@pytest.fixture
def cells(legacy: Path) -> dict[int, dict[str, Any]]:
    """The sample's rows by spreadsheet row number, as header -> cell."""
    sheet = read_workbook(legacy).sheet(SHEET)
    header = [str(v) for v in sheet.rows[0][1]]
    return {number: dict(zip(header, values, strict=False)) for number, values in sheet.rows[1:]}


@pytest.fixture
def imported(workspace: Workspace, legacy: Path) -> Workspace:
    outcome = run_to_completion(imports.import_applicants(workspace, legacy))
    assert outcome.batch_id is not None
    return workspace


def by_row(ws: Workspace) -> dict[int, Any]:
    """The imported applicant of each row (its view), by spreadsheet row number."""
    with ws.read() as session:
        pairs = session.execute(
            select(ImportRow.row_number, ImportRow.entity_id).where(
                ImportRow.outcome == RowOutcome.IMPORTED
            )
        ).all()
        views = register.applicant_views(session, [entity for _, entity in pairs], details=True)
    return {row: views[entity] for row, entity in pairs}


def test_the_legacy_sample_imports_with_the_counts_its_readme_states(
    workspace: Workspace, legacy: Path, expected: dict[str, Any]
) -> None:
    outcome = run_to_completion(imports.import_applicants(workspace, legacy))
    report = outcome.report
    assert report["rows_total"] == expected["rows"] == 300
    assert report["rows_imported"] == expected["valid"] == 293
    assert report["rows_rejected"] == expected["rejected"] == 5
    assert report["duplicates"] == len(expected["duplicate_cpr_rows"]) == 2
    assert sorted({e["row"] for e in report["errors"]}) == expected["invalid_cpr_rows"]
    assert {e["column"] for e in report["errors"]} == {"CPR"}
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Applicant)) == 293
        assert (
            session.scalar(
                select(func.count()).select_from(Applicant).where(Applicant.cpr.is_(None))
            )
            == 3
        )
        duplicates = session.scalars(
            select(ImportRow.row_number).where(ImportRow.outcome == RowOutcome.DUPLICATE)
        ).all()
    assert sorted(duplicates) == expected["duplicate_cpr_rows"]


def test_a_dry_run_writes_nothing(workspace: Workspace, legacy: Path) -> None:
    outcome = run_to_completion(imports.import_applicants(workspace, legacy, dry_run=True))
    assert outcome.report["dry_run"] is True
    assert outcome.report["rows_imported"] == 293
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Applicant)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_the_preview_names_invalid_cpr_rows_with_the_number_masked(
    workspace: Workspace, legacy: Path
) -> None:
    preview, _spec = run_to_completion(imports.preview_applicants(workspace, legacy))
    lines = {line.row: line for line in imports.preview_lines(preview)}
    assert lines[132].status == RowStatus.ERROR
    assert "320187-XXXX" in lines[132].messages[0]
    assert "1234" not in " ".join(lines[132].messages)
    assert "9 digits" in lines[268].messages[0]
    assert "letter" in lines[277].messages[0]
    assert lines[261].status == RowStatus.DUPLICATE
    assert "row 49" in lines[261].messages[0]
    assert all("XXXX" in line.cpr_masked or not line.cpr_masked for line in lines.values())


def test_cpr_numbers_without_hyphen_or_with_spaces(
    imported: Workspace, cells: dict[int, dict[str, Any]]
) -> None:
    views = by_row(imported)
    for row in (47, 83, 150, 70, 215):
        written = str(cells[row]["CPR"]).strip().replace("-", "")
        assert views[row].cpr_masked == f"{written[:6]}-XXXX"
        assert views[row].birth_date is not None


def test_people_without_a_cpr_number_import_for_the_staff_to_check(imported: Workspace) -> None:
    views = by_row(imported)
    for row in (141, 217, 228):
        assert not views[row].has_cpr
        assert "check the identity" in (views[row].events[0].note or "")


def test_last_name_first_is_turned_round(
    imported: Workspace, cells: dict[int, dict[str, Any]]
) -> None:
    views = by_row(imported)
    for row in (108, 241):
        last, first = (p.strip() for p in str(cells[row]["Navn"]).split(","))
        assert views[row].name == f"{first} {last}"


def test_rents_rooms_dates_and_priorities_written_as_text(
    imported: Workspace, cells: dict[int, dict[str, Any]]
) -> None:
    views = by_row(imported)
    text_rents = {r for r, c in cells.items() if isinstance(c["Max husleje"], str) and r in views}
    assert len(text_rents) == 18
    for row in text_rents:
        digits = "".join(ch for ch in cells[row]["Max husleje"] if ch.isdigit())
        assert views[row].max_rent == Decimal(digits)
    empty_rents = [r for r, c in cells.items() if c["Max husleje"] is None and r in views]
    assert empty_rents
    assert all(views[r].max_rent is None for r in empty_rents)
    for row, c in cells.items():
        if row in views and c["Værelser ønsket"] == "5+":
            assert (views[row].rooms_min, views[row].rooms_max) == (5, None)
        if row in views and c["Værelser ønsket"] == "1-2":
            assert (views[row].rooms_min, views[row].rooms_max) == (1, 2)
    for row in (21, 168, 210, 211, 257):
        day, month, year = (int(p) for p in str(cells[row]["Oprettet"]).split("."))
        assert views[row].registered_on == dt.date(year, month, day)
    for row in (3, 68, 136, 272):
        assert (
            views[row].urgency
            == {"normal": Urgency.NORMAL, "høj": Urgency.HIGH}[
                str(cells[row]["Prioritet"]).casefold()
            ]
        )


def test_households_needs_phones_and_whereabouts(
    imported: Workspace, cells: dict[int, dict[str, Any]]
) -> None:
    views = by_row(imported)
    for row, c in cells.items():
        if row not in views:
            continue
        view = views[row]
        if c["Husstand"] == "2 voksne + 2 børn":
            assert (view.adults, view.children) == (2, 2)
            assert view.members[1].relation == MemberRelation.PARTNER
        if c["Husstand"] == "1 voksen + hund":
            assert view.has_pets
            assert view.household_size == 1
        if c["Behov"] == "stueetage, kørestol":
            assert view.needs_ground_floor
            assert view.needs_wheelchair
        if c["Behov"] == "tæt på bus":
            assert "tæt på bus" in (view.notes or "")
            assert not (view.needs_ground_floor)
            assert not (view.needs_wheelchair)
            assert not view.needs_step_free
        if c["Tlf"] in (None, "ingen"):
            assert view.phone is None
        if c["Adresse/opholdssted"] == "Herberg: Kirkens Korshær":
            assert view.address == "Herberg: Kirkens Korshær"
        assert view.status == ApplicantStatus.ACTIVE


def test_a_re_registration_updates_the_first_row_with_its_newer_contact_data(
    imported: Workspace, cells: dict[int, dict[str, Any]]
) -> None:
    first, again = cells[135], cells[273]
    assert first["CPR"] == again["CPR"]
    view = by_row(imported)[135]
    assert view.phone == " ".join(str(again["Tlf"]).split())
    newer = postal.parse(again["Adresse/opholdssted"])  # read as the address migration reads it
    assert newer is not None
    assert (view.street, view.postcode, view.town) == (newer.street, newer.postcode, newer.town)
    assert view.registered_on == first["Oprettet"]  # the waiting time runs from the first
    assert 273 not in by_row(imported)


def test_importing_the_same_list_again_adds_no_one(imported: Workspace, legacy: Path) -> None:
    outcome = run_to_completion(imports.import_applicants(imported, legacy))
    assert outcome.report["rows_imported"] == 0
    assert outcome.report["duplicates"] == 295  # 290 + 3 without a CPR number + the file's 2
    with imported.read() as session:
        assert session.scalar(select(func.count()).select_from(Applicant)) == 293


def test_the_original_file_is_not_kept_only_its_hash(imported: Workspace, legacy: Path) -> None:
    import hashlib

    with imported.read() as session:
        batch = session.scalars(select(ImportBatch)).one()
        assert batch.file_bytes == b""
        assert batch.sha256 == hashlib.sha256(legacy.read_bytes()).hexdigest()
        assert batch.size == legacy.stat().st_size
        messages = json.dumps(list(session.scalars(select(ImportRow.messages))))
    assert "XXXX" in messages  # the invalid numbers, masked


def test_the_commit_is_all_or_nothing(
    workspace: Workspace, legacy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview, spec = run_to_completion(imports.preview_applicants(workspace, legacy))
    original = ApplicantSpec.write

    def failing(self: ApplicantSpec, *args: Any) -> Any:
        original(self, *args)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(ApplicantSpec, "write", failing)
    with pytest.raises(RuntimeError):
        run_to_completion(imports.commit_applicants(workspace, preview, spec))
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Applicant)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_the_preview_says_which_columns_are_read_and_which_are_not(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Navn;CPR;Skostørrelse;Prioritet\nJensen, Anne;0101901239;38;akut\n", encoding="utf-8"
    )
    preview, _spec = run_to_completion(imports.preview_applicants(workspace, path))
    columns = imports.column_summary(preview)
    assert ("Navn", "Name") in columns.used
    assert columns.not_used == ("Skostørrelse",)
    assert "Phone" in columns.no_column
    line = imports.preview_lines(preview)[0]
    assert (line.name, line.cpr_masked, str(line.status)) == ("Anne Jensen", "010190-XXXX", "new")


def test_columns_chosen_by_hand_are_remembered_for_the_next_lists(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A list whose headers no synonym knows: the command line refuses it, the window offers its
    columns; once staff chose them, every later list of that layout imports (also from the
    command line)."""
    path = tmp_path / "venteliste.csv"
    path.write_text(
        "Borgerens fulde navn;Personnr.;Kontakt tlf;Skostørrelse\n"
        "Jensen, Anne;0101901239;20 20 20 20;38\n"
        "Åse Ørum;;31 31 31 31;41\n",
        encoding="utf-8",
    )
    with pytest.raises(FileProblem):
        run_to_completion(imports.preview_applicants(workspace, path))
    preview, _spec = run_to_completion(
        imports.preview_applicants(workspace, path, manual_mapping=True)
    )
    assert preview.needs_mapping
    assert imports.missing_fields(preview) == ["Name"]
    columns = imports.mapped_columns(preview)
    assert [(c.letter, c.header, c.example) for c in columns] == [
        ("A", "Borgerens fulde navn", "Jensen, Anne"),
        ("B", "Personnr.", "010190-XXXX"),  # masked, as everywhere
        ("C", "Kontakt tlf", "20 20 20 20"),
        ("D", "Skostørrelse", "38"),
    ]
    choices = {c.key: "" for c in columns}
    choices.update({"borgerensfuldenavn": "name", "personnr": "cpr", "kontakttlf": "phone"})
    assert {f.name for f in imports.field_choices()} >= {"name", "cpr", "phone"}
    imports.save_column_choices(workspace, choices)
    assert imports.remembered_columns(workspace) == choices

    outcome = run_to_completion(imports.import_applicants(workspace, path))  # the command line
    assert outcome.report["rows_imported"] == 2
    with workspace.read() as session:
        people = {v.name: v for v in register.applicant_views(session).values()}
    assert people["Anne Jensen"].cpr_masked == "010190-XXXX"
    assert people["Anne Jensen"].phone == "20 20 20 20"
    assert people["Åse Ørum"].phone == "31 31 31 31"
    summary = imports.column_summary(
        run_to_completion(imports.preview_applicants(workspace, path))[0]
    )
    assert summary.used == (
        ("Borgerens fulde navn", "Name"),
        ("Personnr.", "CPR number"),
        ("Kontakt tlf", "Phone"),
    )
    assert summary.not_used == ("Skostørrelse",)


def test_a_sheet_that_names_no_people_is_not_a_list_of_applicants(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A statistics workbook with a column of hospital names is refused, nothing written."""
    path = tmp_path / "sygehuse.csv"
    rows = "".join(f"Sygehus nr. {n};Region Nordjylland;{100 + n}\n" for n in range(40))
    path.write_text("Navn;Region;Senge\n" + rows, encoding="utf-8")
    with pytest.raises(FileProblem, match="not a list of applicants") as refused:
        run_to_completion(imports.import_applicants(workspace, path))
    assert "0 of the 40 rows" in refused.value.message
    # The window cannot be talked into it either (it builds the same preview).
    with pytest.raises(FileProblem, match="not a list of applicants"):
        run_to_completion(imports.preview_applicants(workspace, path, manual_mapping=True))
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Applicant)) == 0
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_half_the_rows_naming_people_by_cpr_or_birth_date_is_a_list(
    workspace: Workspace, tmp_path: Path
) -> None:
    """People are named by a CPR number or a birth date; a row without either still imports,
    marked for staff to check, as long as most rows do identify someone."""
    path = tmp_path / "liste.csv"
    path.write_text(
        "Navn;CPR;Fødselsdato\n"
        "Anne Jensen;0101901239;\n"
        "Åse Ørum;;03.04.1985\n"
        "Bo Nielsen;;\n"
        "Ib Holm;;\n",
        encoding="utf-8",
    )
    outcome = run_to_completion(imports.import_applicants(workspace, path))
    assert outcome.report["rows_imported"] == 4
    with workspace.read() as session:
        born = dict(session.execute(select(Applicant.name, Applicant.birth_date)).all())
    assert born["Åse Ørum"] == dt.date(1985, 4, 3)
    assert born["Bo Nielsen"] is None
    fewer = tmp_path / "færre.csv"
    fewer.write_text("Navn;CPR\nAnne Jensen;0101901239\nBo Nielsen;\nIb Holm;\n", encoding="utf-8")
    with pytest.raises(FileProblem, match="only 1 of the 3 rows"):
        run_to_completion(imports.import_applicants(workspace, fewer))
