"""The import preview, the privacy list with anonymisation, the purpose dialog and the
retention setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus
from desktop.core.applicants import privacy, register
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from tests.conftest import TODAY
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

    page = ApplicantsPage(PageContext(sqlite_workspace, None))
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
    assert "1 cases are due" in dialog.intro.text()
    dialog.confirm = lambda _question: False
    assert dialog.confirm_and_anonymise() == 0
    assert register.applicant_view(ws, closed).name == "Zbigniew Quist"
    dialog.confirm = lambda _question: True
    assert dialog.confirm_and_anonymise() == 1
    assert register.applicant_view(ws, closed).anonymised
    assert dialog.model.rowCount() == 0
    assert not dialog.anonymise_button.isEnabled()


def test_the_retention_setting(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.settings_sections.privacy import SECTION

    section = SECTION(PageContext(sqlite_workspace, None))
    qtbot.addWidget(section)
    section.on_shown()
    assert section.years.value() == 5
    section.years.setValue(7)
    section.save()
    assert privacy.retention_years(sqlite_workspace) == 7
    assert "7 years" in section.saved.text()
