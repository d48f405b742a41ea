"""The import preview (row statuses, errors, committing), the column mapping remembered per
organisation, the manual entry form and the intake settings section."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.importing import run_to_completion
from desktop.core.intake import config, imports, listing
from desktop.core.workspace import Workspace
from tests.gui.background import succeeded
from tests.unit.intake.factories import load_sample_registry

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace, samples: Path) -> Workspace:
    load_sample_registry(sqlite_workspace, samples)
    return sqlite_workspace


def _preview_dialog(desk: Workspace, path: Path, qtbot: QtBot):
    from desktop.ui.dialogs.intake_preview import IntakePreviewDialog

    organisation = imports.guess_organisation(desk, path)
    preview = run_to_completion(imports.preview_vacancies(desk, path, organisation.id))
    dialog = IntakePreviewDialog(desk, path, preview, organisation)
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_every_row_with_its_status_before_anything_is_written(
    desk: Workspace, samples: Path, qtbot: QtBot, qtmodeltester
) -> None:
    dialog = _preview_dialog(desk, samples / "vacancies_alabu_december.xlsx", qtbot)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 28
    assert "25 new, 2 with errors, 1 duplicate." in dialog.ui.summary.text()
    assert dialog.ui.import_button.text() == "&Import 25 dwellings"
    dialog.ui.only_problems.setChecked(True)
    rows = dialog.model.rows()
    assert [(r.row, r.status) for r in rows] == [(11, "error"), (21, "error"), (25, "duplicate")]
    assert "Afdelingsnummer" in rows[0].messages
    assert listing.count_vacancies(desk, listing.VacancyFilter()) == 0


def _odd_lejerbo(samples: Path, folder: Path) -> Path:
    """Lejerbo's file with a gross area, an abbreviated a conto and a deposit the synonyms do
    not know, and a column that is nothing of a dwelling."""
    text = (samples / "vacancies_lejerbo.csv").read_bytes().decode("cp1252")
    header, *rows = text.split("\r\n")
    header = (
        header.replace("Kvm", "Brutto-areal i alt")
        .replace("Forbrug aconto", "Acontobidr. varme")
        .replace("Indskud", "Depositum (3 mdr.)")
    )
    path = folder / "lejerbo_eksport.csv"
    lines = [header + ";Sagsnr. hos os"] + [row + ";S-1" if row else row for row in rows]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_the_preview_lists_the_columns_not_understood_and_uses_the_suggestions_when_told(
    desk: Workspace, samples: Path, qtbot: QtBot, qtmodeltester, tmp_path: Path
) -> None:
    dialog = _preview_dialog(desk, _odd_lejerbo(samples, tmp_path), qtbot)
    qtmodeltester.check(dialog.unknown_model)
    assert dialog.ui.unknown_box.isVisibleTo(dialog)
    assert "4 columns are not understood" in dialog.ui.unknown_label.text()
    listed = [(r.letter, r.header, r.example, r.suggestion) for r in dialog.unknown_model.rows()]
    assert listed == [
        ("G", "Brutto-areal i alt", "61", "Area (m²)"),
        ("I", "Acontobidr. varme", "925,00", "A conto heating"),
        ("J", "Depositum (3 mdr.)", "15057,00", "Deposit"),
        ("M", "Sagsnr. hos os", "S-1", ""),
    ]
    # Shown, not applied: the rows are read without them until staff say so.
    first = dialog.model.rows()[0]
    assert (first.area_m2, first.aconto) == (None, None)
    assert imports.remembered_columns(desk, dialog.organisation.id) == {}
    with qtbot.waitSignal(dialog.ui.use_suggestions.clicked):
        dialog.ui.use_suggestions.click()
    qtbot.waitUntil(lambda: dialog.model.rows()[0].area_m2 == 61, timeout=20_000)
    assert dialog.model.rows()[0].aconto == Decimal("925.00")
    remembered = imports.remembered_columns(desk, dialog.organisation.id)
    assert remembered["bruttoarealialt"] == "area_m2"
    assert remembered["depositum3mdr"] == "deposit"
    assert "sagsnrhosos" not in remembered  # nothing was suggested for it: still not understood
    assert [r.header for r in dialog.unknown_model.rows()] == ["Sagsnr. hos os"]
    assert not dialog.ui.use_suggestions.isEnabled()


def test_importing_from_the_preview_writes_the_valid_rows(
    desk: Workspace, samples: Path, qtbot: QtBot
) -> None:
    dialog = _preview_dialog(desk, samples / "vacancies_alabu_december.xlsx", qtbot)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.ui.import_button.click()
    assert signal.args[0].report["rows_imported"] == 25
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert listing.count_vacancies(desk, listing.VacancyFilter()) == 25
    assert listing.count_vacancies(desk, listing.VacancyFilter(scheme="ordinary")) == 25


def test_the_preview_imports_the_dwellings_into_the_chosen_scheme(
    desk: Workspace, samples: Path, qtbot: QtBot
) -> None:
    dialog = _preview_dialog(desk, samples / "vacancies_alabu_december.xlsx", qtbot)
    schemes = [dialog.ui.scheme.itemText(i) for i in range(dialog.ui.scheme.count())]
    assert schemes[:3] == ["Almindelig anvisning", "Skæve boliger", "Startboliger"]
    assert dialog.ui.scheme.currentData() == "ordinary"  # the default
    dialog.ui.scheme.setCurrentIndex(dialog.ui.scheme.findData("refugee"))
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.ui.import_button.click()
    assert signal.args[0].report["scheme"] == "refugee"
    assert listing.count_vacancies(desk, listing.VacancyFilter(scheme="refugee")) == 25
    assert listing.count_vacancies(desk, listing.VacancyFilter(scheme="ordinary")) == 0


def test_a_file_imported_before_says_nothing_is_new(
    desk: Workspace, samples: Path, qtbot: QtBot
) -> None:
    path = samples / "vacancies_hasseris.ods"
    run_to_completion(
        imports.import_vacancies(desk, path, imports.organisation_by_number(desk, "131"))
    )
    dialog = _preview_dialog(desk, path, qtbot)
    assert "Nothing new" in dialog.ui.summary.text()
    assert "imported before" in dialog.ui.summary.text()
    assert not dialog.ui.import_button.isEnabled()


def test_corrected_columns_are_remembered_for_the_organisation(
    desk: Workspace, samples: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog

    # A layout with a header no synonym knows ("Bolig-ID" for the lease number).
    path = tmp_path / "lejerbo.csv"
    text = (samples / "vacancies_lejerbo.csv").read_bytes().decode("cp1252")
    path.write_bytes(text.replace("Lejemaalsnummer", "Bolig-ID", 1).encode("cp1252"))
    organisation = imports.organisation_by_number(desk, "310")
    preview = run_to_completion(imports.preview_vacancies(desk, path, organisation.id))
    columns = imports.mapped_columns(preview)
    assert next(c for c in columns if c.header == "Bolig-ID").field is None
    dialog = ColumnMappingDialog(columns)
    qtbot.addWidget(dialog)
    combo = dialog.combos["boligid"]
    combo.setCurrentIndex(combo.findData("lease_number"))
    imports.save_column_choices(desk, organisation.id, dialog.choices)
    # The next file of the organisation maps the column without asking.
    again = run_to_completion(imports.preview_vacancies(desk, path, organisation.id))
    mapped = {c.header: c.field for c in imports.mapped_columns(again)}
    assert mapped["Bolig-ID"] == "lease_number"
    assert mapped["Adresse"] == "address"


def test_the_form_names_the_fields_at_fault_and_saves_a_valid_dwelling(
    desk: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.vacancy_form import VacancyFormDialog

    dialog = VacancyFormDialog(desk)
    qtbot.addWidget(dialog)
    dialog.ui.organisation.setCurrentIndex(dialog.ui.organisation.findText("145", flags=_starts()))
    dialog.ui.department.setCurrentIndex(dialog.ui.department.findText("07", flags=_starts()))
    assert not succeeded(qtbot, dialog.save())
    assert dialog.ui.errors["street"].isVisibleTo(dialog)
    assert dialog.ui.errors["rent"].isVisibleTo(dialog)
    assert "not saved" in dialog.ui.summary.text()
    dialog.ui.street.setText("Kildeparken")
    dialog.ui.house_number.setText("12")
    dialog.ui.floor.setCurrentText("2")
    dialog.ui.door.setCurrentText("tv")
    dialog.ui.rooms.setValue(2.5)
    dialog.ui.rent.setValue(4100)
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.save()
    detail = listing.vacancy_detail(desk, signal.args[0])
    assert detail.scheme == "ordinary"  # the form's default
    assert detail.address == "Kildeparken 12, 2. tv."
    assert detail.rent == Decimal("4100.00")
    assert detail.rooms == 2.5
    assert detail.postcode is not None  # filled from the department


def test_the_form_puts_the_dwelling_in_the_chosen_scheme(desk: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.dialogs.vacancy_form import VacancyFormDialog

    dialog = VacancyFormDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.ui.scheme.currentText() == "Almindelig anvisning"
    dialog.ui.organisation.setCurrentIndex(dialog.ui.organisation.findText("145", flags=_starts()))
    dialog.ui.department.setCurrentIndex(dialog.ui.department.findText("07", flags=_starts()))
    dialog.ui.scheme.setCurrentIndex(dialog.ui.scheme.findText("Startboliger"))
    dialog.ui.street.setText("Kildeparken")
    dialog.ui.house_number.setText("14")
    dialog.ui.rent.setValue(3900)
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.save()
    detail = listing.vacancy_detail(desk, signal.args[0])
    assert (detail.scheme, detail.scheme_name) == ("starter", "Startboliger")


def _starts():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def test_the_settings_section_saves_dated_ceilings_and_deadlines(
    desk: Workspace, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QDate

    from desktop.ui.pages.base import PageContext
    from desktop.ui.settings_sections.intake import IntakeSection
    from desktop.ui.tasks import TaskRunner

    section = IntakeSection(PageContext(desk, TaskRunner()))
    qtbot.addWidget(section)
    section.on_shown()
    section.ceiling_edits[0].setValue(3500)
    section.desk_days.setValue(10)
    section.dated.valid_from.setDate(QDate(2026, 12, 1))
    assert succeeded(qtbot, section.save())
    assert "Saved" in section.dated.saved.text()
    before = config.load(desk, dt.date(2026, 11, 30))
    after = config.load(desk, dt.date(2026, 12, 1))
    assert before.deadlines.desk_working_days == 7
    assert after.deadlines.desk_working_days == 10
    assert after.ceilings.ceilings[0].ceiling == 3500
