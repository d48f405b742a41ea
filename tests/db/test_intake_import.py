"""Importing the organisations' sample vacancy files: the counts their README states, every
quirk of their layouts, the stored batch, re-imports and an import broken halfway."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.enums import DwellingType, IntakeProposal, RowOutcome, VacancyStatus
from db.models import Department, ImportBatch, ImportRow, IntakeCheck, Vacancy
from desktop.core.importing import run_to_completion
from desktop.core.intake import imports, store
from tests.unit.intake.factories import load_sample_registry

VACANCY_FILES = {
    "vacancies_himmerland_uge47.xlsx": "145",
    "vacancies_alabu_december.xlsx": "212",
    "vacancies_lejerbo.csv": "310",
    "vacancies_plusbolig_two_sheets.xlsx": "088",
    "vacancies_vivabolig_clean.xlsx": "190",
    "vacancies_hasseris.ods": "131",
}


@pytest.fixture
def registry(workspace, samples):
    return load_sample_registry(workspace, samples)


def _import(workspace, path: Path, org: str | None = None, *, dry_run: bool = False):
    organisation = (
        imports.organisation_by_number(workspace, org)
        if org
        else imports.guess_organisation(workspace, path)
    )
    return run_to_completion(
        imports.import_vacancies(workspace, path, organisation, dry_run=dry_run)
    )


def _vacancies(workspace, **where) -> list[Vacancy]:
    with workspace.read() as session:
        query = select(Vacancy).order_by(Vacancy.source_sheet, Vacancy.source_row)
        for name, value in where.items():
            query = query.where(getattr(Vacancy, name) == value)
        rows = session.scalars(query).all()
        session.expunge_all()
        return list(rows)


def _count(workspace, model) -> int:
    with workspace.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


@pytest.mark.parametrize("name", sorted(VACANCY_FILES))
def test_each_sample_file_imports_with_the_counts_of_its_readme(workspace, registry, samples, name):
    expected = json.loads((samples / "expected_counts.json").read_text("utf-8"))[name]
    outcome = _import(workspace, samples / name)
    report = outcome.report
    assert outcome.organisation.number == VACANCY_FILES[name]  # found from its departments
    assert report["rows_imported"] == expected["valid"]
    assert report["rows_rejected"] == len(expected.get("error_rows", []))
    assert report["duplicates"] == len(expected.get("duplicate_rows", []))
    assert (
        report["rows_total"] == expected["valid"] + report["rows_rejected"] + report["duplicates"]
    )
    assert sorted(e["row"] for e in report["errors"]) == expected.get("error_rows", [])
    assert _count(workspace, Vacancy) == expected["valid"]
    assert _count(workspace, IntakeCheck) == expected["valid"]


def test_importing_the_same_file_again_imports_nothing_new_and_says_so(
    workspace, registry, samples
):
    path = samples / "vacancies_himmerland_uge47.xlsx"
    first = _import(workspace, path, "145")
    assert not first.nothing_new
    again = _import(workspace, path, "145")
    assert again.nothing_new
    assert again.report["rows_imported"] == 0
    assert again.report["duplicates"] == 38
    assert "Nothing new" in again.summary()
    assert len(again.earlier) == 1  # the byte-identical file of the first import
    assert _count(workspace, Vacancy) == 38


def test_himmerland_header_below_titles_blank_rows_total_row_and_half_rooms(
    workspace, registry, samples
):
    _import(workspace, samples / "vacancies_himmerland_uge47.xlsx", "145")
    rows = {v.source_row: v for v in _vacancies(workspace)}
    assert min(rows) == 5  # the header is on row 4, under two title rows
    assert 32 not in rows
    assert 33 not in rows
    assert 44 in rows
    assert 45 not in rows
    half_rooms = [rows[n].rooms for n in (14, 18, 41, 44)]  # "2½", "3½" ... as text
    assert all(r is not None and r % 1 == 0.5 for r in half_rooms)
    assert rows[5].aconto_water is None  # empty "Aconto vand": no water a conto
    first = rows[5]
    assert (first.street, first.house_number, first.floor, first.door) == (
        "Absalonsgade",
        "1",
        "2",
        "tv",
    )
    assert (first.postcode, first.city) == ("9000", "Aalborg")
    assert first.address_text == "Absalonsgade 1, 2. tv."
    assert first.available_from == dt.date(2026, 12, 1)
    terraced = next(v for v in rows.values() if v.lease_number == "12-3-0003")
    assert (terraced.floor, terraced.door, terraced.city) == (None, None, "Storvorde")
    with workspace.read() as session:
        assert session.get(Department, terraced.department_id).number == "12-3"


def test_alabu_danish_text_amounts_split_address_and_text_dates(workspace, registry, samples):
    outcome = _import(workspace, samples / "vacancies_alabu_december.xlsx", "212")
    errors = {e["row"]: e for e in outcome.report["errors"]}
    assert errors[11]["column"] == "Afdelingsnummer"
    assert errors[11]["sheet"] == "December 2026"
    assert errors[21]["column"] == "Månedlig leje inkl. aconto"
    rows = {v.source_row: v for v in _vacancies(workspace)}
    assert 25 not in rows  # the exact duplicate of row 8
    second = rows[2]
    assert second.rent == Decimal("6305.04")  # "6.305,04 kr." incl. a conto
    assert second.deposit == Decimal("16515.00")  # "16.515 kr"
    assert second.available_from == dt.date(2026, 12, 15)  # "15/12-2026"
    assert (second.street, second.house_number, second.floor, second.door) == (
        "Østre Allé",
        "6",
        "st",
        "th",
    )
    assert second.elevator is False
    assert second.pets_allowed is False
    assert rows[14].floor == "kl"
    assert rows[24].floor == "kl"
    assert rows[7].available_from == dt.date(2026, 12, 1)  # "1/12-2026": day first
    assert rows[27].lease_number == "4120001"  # a number cell kept as its text
    with workspace.read() as session:
        assert session.get(Department, rows[27].department_id).number == "41-2"


def test_lejerbo_windows_1252_semicolons_and_leading_zero_departments(workspace, registry, samples):
    _import(workspace, samples / "vacancies_lejerbo.csv", "310")
    vacancies = _vacancies(workspace)
    assert any(v.city == "Aalborg Øst" for v in vacancies)
    assert any(v.street == "Mølleparkvej" for v in vacancies)
    assert any(v.area_m2 == 72.5 for v in vacancies)
    kinds = [v.dwelling_type for v in vacancies]
    assert kinds.count(DwellingType.YOUTH) == 6
    assert kinds.count(DwellingType.ELDERLY) == 1
    with workspace.read() as session:
        numbers = {session.get(Department, v.department_id).number for v in vacancies}
    assert "086" in numbers  # kept as text with its leading zero
    first = next(v for v in vacancies if v.lease_number == "310-1255-0001")
    assert first.rent == Decimal("5019.10")
    assert first.aconto_heating == Decimal("925.00")
    assert first.available_from == dt.date(2026, 12, 1)


def test_plusbolig_both_sheets_merged_title_and_hidden_internal_note(workspace, registry, samples):
    _import(workspace, samples / "vacancies_plusbolig_two_sheets.xlsx", "088")
    vacancies = _vacancies(workspace)
    sheets = {v.source_sheet for v in vacancies}
    assert sheets == {"Familieboliger", "Ungdomsboliger"}
    youth = [v for v in vacancies if v.source_sheet == "Ungdomsboliger"]
    assert len(youth) == 14
    assert all(v.dwelling_type == DwellingType.YOUTH for v in youth)  # from the sheet's name
    assert min(v.source_row for v in vacancies) == 4
    # The hidden "Intern note" column never reaches the dwelling.
    assert not any(v.remarks and "Skimmel" in v.remarks for v in vacancies)
    assert not any(v.viewing_contact for v in vacancies)
    compact = next(v for v in vacancies if v.lease_number == "088-6-0213")
    assert (compact.street, compact.house_number, compact.floor, compact.door) == (
        "Humlebakken",
        "54",
        "2",
        "th",
    )


def test_vivabolig_floor_zero_is_ground_floor_and_terraced_houses(workspace, registry, samples):
    _import(workspace, samples / "vacancies_vivabolig_clean.xlsx", "190")
    vacancies = _vacancies(workspace)
    assert len(vacancies) == 500
    assert sum(1 for v in vacancies if v.floor is None) == 41
    assert any(v.floor == "st" for v in vacancies)
    assert all(v.lease_number and v.lease_number.startswith("190-") for v in vacancies)


def test_hasseris_ods_dates_and_text_identifiers(workspace, registry, samples):
    _import(workspace, samples / "vacancies_hasseris.ods", "131")
    vacancies = _vacancies(workspace)
    first = next(v for v in vacancies if v.lease_number == "01.153")
    assert first.available_from == dt.date(2027, 1, 15)
    assert first.aconto_heating == Decimal("650.00")


def test_the_batch_keeps_the_file_who_when_and_every_rows_outcome(workspace, registry, samples):
    path = samples / "vacancies_alabu_december.xlsx"
    outcome = _import(workspace, path, "212")
    data = path.read_bytes()
    with workspace.read() as session:
        batch = session.get(ImportBatch, outcome.batch_id)
        assert batch is not None
        assert batch.file_bytes == data
        assert batch.sha256 == hashlib.sha256(data).hexdigest()
        assert batch.created_by == "tester"
        assert batch.filename == path.name
        sources = dict(
            session.execute(
                select(Vacancy.id, Vacancy.source_row).where(Vacancy.import_batch_id == batch.id)
            ).all()
        )
    records = imports.batch_rows(workspace, outcome.batch_id)
    # Every row of the sheet once, in the file's order, with its outcome.
    numbers = [r.row_number for r in records]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers) == outcome.report["rows_total"]
    outcomes = {r.row_number: r.outcome for r in records}
    assert outcomes[11] == RowOutcome.ERROR
    assert outcomes[21] == RowOutcome.ERROR
    assert outcomes[25] == RowOutcome.DUPLICATE
    imported = [r for r in records if r.outcome == RowOutcome.IMPORTED]
    assert len(imported) == 25
    assert {r.entity_id: r.row_number for r in imported} == sources
    errors = {r.row_number: r.problems for r in records if r.outcome == RowOutcome.ERROR}
    assert [(e["row"], e["column"], e["message"]) for e in outcome.report["errors"]] == [
        (number, p.column, p.message) for number, found in errors.items() for p in found
    ]
    assert imports.batch_outcomes(workspace, outcome.batch_id) == {
        "imported": 25,
        "error": 2,
        "duplicate": 1,
    }


def test_imported_dwellings_are_received_with_deadline_and_proposal(workspace, registry, samples):
    _import(workspace, samples / "vacancies_himmerland_uge47.xlsx", "145")
    vacancies = _vacancies(workspace)
    assert all(v.status == VacancyStatus.RECEIVED for v in vacancies)
    assert all(v.reported_on == dt.date(2026, 11, 21) for v in vacancies)
    assert all(v.desk_deadline is not None for v in vacancies)
    with workspace.read() as session:
        proposals = dict(
            session.execute(select(IntakeCheck.vacancy_id, IntakeCheck.proposal)).all()
        )
    # Department 61 (Absalonsgade) is red: its dwellings are proposed returned.
    absalon = [v for v in vacancies if v.street == "Absalonsgade"]
    assert absalon
    assert all(proposals[v.id] == IntakeProposal.RETURN for v in absalon)
    assert IntakeProposal.ACCEPT in proposals.values()


def test_a_dry_run_writes_nothing(workspace, registry, samples):
    outcome = _import(workspace, samples / "vacancies_lejerbo.csv", "310", dry_run=True)
    assert outcome.report["dry_run"] is True
    assert outcome.report["rows_imported"] == 34
    assert _count(workspace, Vacancy) == 0
    assert _count(workspace, ImportBatch) == 0


def test_an_import_broken_halfway_leaves_the_database_unchanged(
    workspace, registry, samples, monkeypatch
):
    real = store.insert_vacancies
    written: list[int] = []

    def half_then_fail(session, items, **kwargs):
        written.extend(real(session, items[: len(items) // 2], **kwargs))
        raise RuntimeError("disk full (injected)")

    monkeypatch.setattr(store, "insert_vacancies", half_then_fail)
    with pytest.raises(RuntimeError, match="injected"):
        _import(workspace, samples / "vacancies_vivabolig_clean.xlsx", "190")
    assert len(written) == 250  # half the rows had been inserted when it broke
    for model in (Vacancy, IntakeCheck, ImportBatch, ImportRow):
        assert _count(workspace, model) == 0


def test_the_organisation_must_be_chosen_when_the_file_does_not_tell(
    workspace, registry, samples, tmp_path
):
    from desktop.core.errors import UserError

    path = tmp_path / "ledige.csv"
    path.write_text("Afd;Adresse;Husleje;Ledig fra\n1;Vej 1;4000;01.12.2026\n", "utf-8")
    with pytest.raises(UserError, match="--org"):
        imports.guess_organisation(workspace, path)


def test_a_copy_with_edits_reports_new_rows_only(workspace, registry, samples, tmp_path):
    source = samples / "vacancies_lejerbo.csv"
    _import(workspace, source, "310")
    copy = tmp_path / "lejerbo_uge48.csv"
    shutil.copy(source, copy)
    with copy.open("ab") as handle:
        handle.write(
            "1255;310-1255-0099;Nibevej 99;9200;Aalborg SV;2;61;4019,10;925,00;12057,00;"
            "15.12.2026;Familiebolig\r\n".encode("cp1252")
        )
    outcome = _import(workspace, copy, "310")
    assert outcome.report["rows_imported"] == 1
    assert outcome.report["duplicates"] == 34


def _unknown_layout(tmp_path: Path) -> Path:
    """Two dwellings of Himmerland's department 07 under headers no synonym knows (only "Gade"
    and "Husnr" are known: a header row, but without the department and the date)."""
    path = tmp_path / "ledige_egen_opsaetning.csv"
    path.write_text(
        "Nr;Bolig;Gade;Husnr;Beløb;Fra;Note til os\n"
        "07;A-1;Kildeparken;12;4100;01.12.2026;x\n"
        "07;A-2;Kildeparken;14;4200;01.12.2026;y\n",
        "utf-8",
    )
    return path


def test_a_file_without_the_needed_columns_is_offered_for_mapping_by_hand(
    workspace, registry, tmp_path
):
    from desktop.core.errors import FileProblem

    path = _unknown_layout(tmp_path)
    organisation = imports.organisation_by_number(workspace, "145")
    # The command line cannot ask: one clear problem, as before.
    with pytest.raises(FileProblem, match="expected columns"):
        _import(workspace, path, "145")
    preview = run_to_completion(imports.preview_vacancies(workspace, path, organisation.id))
    assert preview.needs_mapping
    assert preview.rows == []
    assert imports.missing_fields(preview) == ["Department", "Available from"]
    columns = {c.header: c.field for c in imports.mapped_columns(preview)}
    assert columns == {
        "Nr": None,
        "Bolig": None,
        "Gade": "street",
        "Husnr": "house_number",
        "Beløb": None,
        "Fra": None,
        "Note til os": None,
    }
    choices = {
        "nr": "department_number",
        "bolig": "lease_number",
        "beløb": "rent",
        "fra": "available_from",
        "notetilos": "",  # deliberately not imported
    }
    imports.save_column_choices(workspace, organisation.id, choices)
    again = run_to_completion(imports.preview_vacancies(workspace, path, organisation.id))
    assert not again.needs_mapping
    assert imports.preview_counts(again)["new"] == 2
    assert again.remembered()["notetilos"] == ""
    outcome = run_to_completion(imports.commit_vacancies(workspace, again, organisation))
    assert outcome.report["rows_imported"] == 2
    # The "not imported" choice stays remembered with the rest, and the batch records it.
    remembered = imports.remembered_columns(workspace, organisation.id)
    assert remembered["notetilos"] == ""
    assert remembered["nr"] == "department_number"
    with workspace.read() as session:
        mapping = session.scalar(
            select(ImportBatch.mapping).where(ImportBatch.id == outcome.batch_id)
        )
    assert mapping[path.stem]["notetilos"] == ""  # by sheet (a CSV file is one sheet)
    assert [v.lease_number for v in _vacancies(workspace)] == ["A-1", "A-2"]


def test_a_sheet_with_no_header_row_at_all_offers_its_first_row(workspace, registry, tmp_path):
    path = tmp_path / "kun_tal.csv"
    path.write_text("07;A-1;Kildeparken 12;4100;01.12.2026\n", "utf-8")
    organisation = imports.organisation_by_number(workspace, "145")
    preview = run_to_completion(imports.preview_vacancies(workspace, path, organisation.id))
    assert preview.needs_mapping
    assert [c.header for c in imports.mapped_columns(preview)] == [
        "07",
        "A-1",
        "Kildeparken 12",
        "4100",
        "01.12.2026",
    ]


def test_the_remembered_columns_change_only_with_an_import_that_read_rows(
    workspace, registry, tmp_path
):
    organisation = imports.organisation_by_number(workspace, "310")
    imports.save_column_choices(
        workspace, organisation.id, {"afd": "department_number", "beløb": "rent", "fra": ""}
    )
    before = imports.remembered_columns(workspace, organisation.id)
    # Every row is an error (no such department): the file's own headers are not remembered.
    nothing = tmp_path / "ingen.csv"
    nothing.write_text(
        "Afd nr;Lejemål;Adresse;Leje;Ledig fra\n999;A-1;Kildeparken 12;4100;01.12.2026\n",
        "utf-8",
    )
    outcome = _import(workspace, nothing, "310")
    assert (outcome.report["rows_imported"], outcome.report["rows_rejected"]) == (0, 1)
    assert imports.remembered_columns(workspace, organisation.id) == before
    # A header row and no rows at all: refused, nothing remembered, nothing written.
    from desktop.core.errors import FileProblem

    empty = tmp_path / "tom.csv"
    empty.write_text("Afd nr;Lejemål;Adresse;Leje;Ledig fra\n", "utf-8")
    with pytest.raises(FileProblem, match="no rows"):
        _import(workspace, empty, "310")
    assert imports.remembered_columns(workspace, organisation.id) == before
    batches = _count(workspace, ImportBatch)
    # One row imported with the file's headers: they are remembered with the earlier choices.
    some = tmp_path / "en.csv"
    some.write_text(
        "Afd nr;Lejemål;Adresse;Leje;Ledig fra\n1255;A-1;Nibevej 3;4100;01.12.2026\n", "utf-8"
    )
    assert _import(workspace, some, "310").report["rows_imported"] == 1
    after = imports.remembered_columns(workspace, organisation.id)
    assert after == {
        **before,
        "afdnr": "department_number",
        "lejemål": "lease_number",
        "adresse": "address",
        "leje": "rent",
        "ledigfra": "available_from",
    }
    assert _count(workspace, ImportBatch) == batches + 1


def test_suggestions_for_columns_not_understood_are_never_applied_by_themselves(
    workspace, registry, tmp_path
):
    from desktop.core.importing import columns

    path = tmp_path / "ledige.csv"
    path.write_text(
        "Afd nr;Lejemål;Adresse;Leje;Acontobidr. varme;Brutto-areal i alt;Ledig fra\n"
        "1255;A-1;Nibevej 3;4100;650;74,5;01.12.2026\n",
        "utf-8",
    )
    organisation = imports.organisation_by_number(workspace, "310")
    preview = run_to_completion(imports.preview_vacancies(workspace, path, organisation.id))
    unknown = {
        c.header: (c.suggestion, c.example, c.has_values) for c in columns.not_understood(preview)
    }
    assert unknown == {
        "Acontobidr. varme": ("aconto_heating", "650", True),
        "Brutto-areal i alt": ("area_m2", "74,5", True),
    }
    (line,) = imports.preview_lines(preview)
    assert (line.aconto, line.area_m2) == (None, None)
    # Staff confirm the suggestions: the next check reads them, and they are remembered.
    imports.save_column_choices(
        workspace,
        organisation.id,
        {c.key: c.suggestion for c in columns.not_understood(preview) if c.suggestion},
    )
    again = run_to_completion(imports.preview_vacancies(workspace, path, organisation.id))
    assert columns.not_understood(again) == []
    (line,) = imports.preview_lines(again)
    assert (line.aconto, line.area_m2) == (Decimal("650.00"), 74.5)
