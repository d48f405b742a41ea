"""The warning under a form whose free text seems to hold a CPR number."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.workspace import Workspace
from desktop.ui.dialogs.vacancy_form import VacancyFormDialog


def test_the_vacancy_remarks_warn_about_a_cpr_number(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog = VacancyFormDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.ui.cpr_warning
    dialog.ui.remarks.setPlainText("Fraflytter 010190-1239 har nøglen")
    assert warning.isVisibleTo(dialog)
    assert warning.text().startswith("⚠ Remarks: ")
    assert warning.accessibleName() == warning.text()  # read out, not only shown in colour
    dialog.ui.remarks.setPlainText("Nøglen hos viceværten, tlf. 20 30 40 50")
    assert not warning.isVisibleTo(dialog)
