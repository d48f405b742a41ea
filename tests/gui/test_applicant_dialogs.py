"""The import preview, the privacy list with anonymisation, the purpose dialog and the
retention setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus
from desktop.core.applicants import privacy, register
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.gui.background import finish, succeeded
from tests.unit.applicants.factories import applicant

pytestmark = pytest.mark.gui


def test_the_purpose_dialog_needs_a_purpose(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.dialogs.reveal_cpr import PurposeDialog

    dialog = PurposeDialog("Show the CPR number", "Logged.")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_purpose("Borgeren ringede")
    assert ok.isEnabled()
    assert dialog.purpose == "Borgeren ringede"
    assert dialog.ui.purpose.count() > 3  # the standard purposes to choose from


def test_importing_the_legacy_list_from_the_page(
    sqlite_workspace: Workspace, samples: Path, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_import import open_preview
    from desktop.ui.pages.applicants import ApplicantsPage

    page = ApplicantsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    page.on_shown()
    open_preview(page, samples / "applicants_legacy.xlsx", page.refresh)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None, timeout=30_000)
    dialog = page.import_dialog
    assert dialog.counts() == {"new": 293, "duplicate": 2, "error": 5}
    assert "293 applicants to import" in dialog.ui.summary.text()
    dialog.ui.only_problems.setChecked(True)
    assert dialog.model.rowCount() == 7
    lines = [dialog.model.row(i) for i in range(dialog.model.rowCount())]
    assert all("XXXX" in line.cpr_masked or not line.cpr_masked for line in lines)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.commit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 293, timeout=10_000)
    assert page.count_label.text() == "293 applicants"


def test_the_privacy_list_anonymises_due_cases_on_confirmation(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_privacy import PrivacyDialog

    ws = sqlite_workspace
    closed = applicant(ws, "Zbigniew Quist", cpr="1203851234")
    register.change_status(ws, closed, ApplicantStatus.HOUSED)
    applicant(ws, "Åben Sag")
    ws.clock = lambda: TODAY.replace(year=TODAY.year + 6)
    dialog = PrivacyDialog(ws)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "120385-XXXX"
    assert "1 case is due" in dialog.intro.text()
    dialog.confirm = lambda _question: False
    assert dialog.confirm_and_anonymise() is None  # not asked to: nothing is started
    assert register.applicant_view(ws, closed).name == "Zbigniew Quist"
    dialog.confirm = lambda _question: True
    assert finish(qtbot, dialog.confirm_and_anonymise()).result.count == 1
    assert register.applicant_view(ws, closed).anonymised
    assert dialog.model.rowCount() == 0
    assert not dialog.anonymise_button.isEnabled()


def test_the_retention_setting(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.settings_sections.privacy import SECTION

    section = SECTION(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.on_shown()
    assert section.years.value() == 5
    section.years.setValue(7)
    assert succeeded(qtbot, section.save())
    assert privacy.retention_years(sqlite_workspace) == 7
    assert "7 years" in section.saved.text()


def _unknown_layout(tmp_path: Path) -> Path:
    """A list whose name and phone headers no synonym knows."""
    path = tmp_path / "venteliste.csv"
    path.write_text(
        "Borgerens fulde navn;CPR;Kontakt tlf;Skostørrelse\n"
        "Jensen, Anne;0101901239;20 20 20 20;38\n"
        "Åse Ørum;;31 31 31 31;41\n",
        encoding="utf-8",
    )
    return path


def _choose(mapping, wanted: dict[str, str]) -> None:
    for key, field in wanted.items():
        combo = mapping.combos[key]
        combo.setCurrentIndex(combo.findData(field))


def test_a_list_whose_columns_anvis_cannot_find_is_mapped_by_hand_and_imports(
    sqlite_workspace: Workspace, tmp_path: Path, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_import import open_preview
    from desktop.ui.pages.applicants import ApplicantsPage

    page = ApplicantsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    page.on_shown()
    open_preview(page, _unknown_layout(tmp_path), page.refresh)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None, timeout=30_000)
    dialog = page.import_dialog
    assert "no header row with the columns it needs (Name)" in dialog.ui.summary.text()
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.columns_button.isEnabled()
    assert dialog.ui.columns_button.isDefault()

    mapping = dialog.edit_columns()
    qtbot.addWidget(mapping)
    assert list(mapping.combos) == ["borgerensfuldenavn", "cpr", "kontakttlf", "skostørrelse"]
    assert mapping.combos["cpr"].currentData() == "cpr"  # what the synonyms found stays
    assert "Name must have a column." in mapping.intro.text()
    examples = [label.text() for label in mapping.findChildren(QLabel)]
    assert "010190-XXXX" in examples  # the first CPR number masked, as everywhere
    assert "0101901239" not in examples
    assert "remembered for the desk's next lists" in mapping.intro.text()
    assert "No column is chosen for Name" in mapping.note.text()
    _choose(mapping, {"borgerensfuldenavn": "name", "kontakttlf": "phone"})
    assert mapping.note.isHidden()
    mapping.accept()
    qtbot.waitUntil(lambda: not dialog.preview.needs_mapping, timeout=20_000)
    assert dialog.counts()["new"] == 2
    assert "Columns not imported: Skostørrelse." in dialog.ui.summary.text()
    assert dialog.ui.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.commit()
    phones = {r.name: r.phone for r in (page.model.row(i) for i in range(page.model.rowCount()))}
    assert phones == {"Anne Jensen": "20 20 20 20", "Åse Ørum": "31 31 31 31"}


def test_the_columns_of_a_readable_list_can_be_corrected(
    sqlite_workspace: Workspace, tmp_path: Path, qtbot: QtBot
) -> None:
    """The synonyms read "Bemærkning" as notes; staff say it is not to be imported, and take the
    unknown phone column in: the next check and every later list follow that."""
    from desktop.core.applicants import imports
    from desktop.core.importing import run_to_completion
    from desktop.ui.dialogs.applicant_import import ApplicantImportDialog

    path = tmp_path / "liste.csv"
    path.write_text(
        "Navn;Født;Kontakt tlf;Bemærkning\nAnne Jensen;01.01.1990;20 20 20 20;Hemmelig note\n",
        encoding="utf-8",
    )
    preview, spec = run_to_completion(imports.preview_applicants(sqlite_workspace, path))
    dialog = ApplicantImportDialog(sqlite_workspace, preview, spec, path=path)
    qtbot.addWidget(dialog)
    assert "Columns not imported: Kontakt tlf." in dialog.ui.summary.text()
    mapping = dialog.edit_columns()
    qtbot.addWidget(mapping)
    assert mapping.combos["bemærkning"].currentData() == "notes"
    _choose(mapping, {"bemærkning": "", "kontakttlf": "phone"})
    mapping.accept()
    qtbot.waitUntil(lambda: "Bemærkning" in dialog.ui.summary.text(), timeout=20_000)
    assert "Columns not imported: Bemærkning." in dialog.ui.summary.text()
    assert "Kontakt tlf → Phone" in dialog.ui.summary.toolTip()
    again, _ = run_to_completion(imports.preview_applicants(sqlite_workspace, path))
    assert imports.column_summary(again).not_used == ("Bemærkning",)


def test_the_mapping_dialog_says_when_a_field_is_chosen_twice(qtbot: QtBot) -> None:
    from desktop.core.importing.columns import FieldChoice, MappedColumn
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog

    columns = [
        MappedColumn("Ark1", "A", "Navn", "navn", "name", False, "Anne Jensen"),
        MappedColumn("Ark1", "B", "Mobil", "mobil", "phone", False, "20202020"),
        MappedColumn("Ark1", "C", "Fastnet", "fastnet", None, False, "98989898"),
        MappedColumn("Ark1", "D", "Intern", "intern", None, True, "x"),
    ]
    fields = [FieldChoice("name", "Name", required=True), FieldChoice("phone", "Phone")]
    dialog = ColumnMappingDialog(columns, fields=fields, remembered_note="Remembered here.")
    qtbot.addWidget(dialog)
    assert list(dialog.combos) == ["navn", "mobil", "fastnet"]  # a hidden column: no choice
    assert [dialog.combos["fastnet"].itemText(i) for i in range(3)] == [
        "(not imported)",
        "Name",
        "Phone",
    ]
    assert dialog.note.isHidden()
    _choose(dialog, {"fastnet": "phone"})
    assert dialog.note.text() == "Phone is chosen for the columns B, C: only B is read."
    _choose(dialog, {"navn": ""})
    assert "No column is chosen for Name" in dialog.note.text()
    assert dialog.choices == {"navn": "", "mobil": "phone", "fastnet": "phone"}
