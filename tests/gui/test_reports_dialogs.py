"""The export dialogs: reply to an organisation, intake template, applicant list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.core.exchange import template
from desktop.core.tabular import read_workbook
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_applicants import ExportApplicantsDialog
from desktop.ui.dialogs.export_replies import ExportRepliesDialog
from desktop.ui.dialogs.export_template import ExportTemplateDialog
from desktop.ui.widgets.date_edit import to_qdate
from tests.unit.exchange import dataset

D = dt.date


@pytest.fixture
def ids(sqlite_workspace: Workspace) -> dataset.Ids:
    return dataset.build(sqlite_workspace)


def test_the_reply_dialog_exports_the_chosen_organisation_and_period(
    qtbot, sqlite_workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    dialog = ExportRepliesDialog(sqlite_workspace, organisation_id=ids.org_a)
    qtbot.addWidget(dialog)
    # no reply sent to it before: from the first of this month to today, today's decisions in it
    assert (dialog.start, dialog.end) == (D(2026, 11, 1), D(2026, 11, 21))
    assert dialog.file.path is not None
    assert dialog.file.path == Path.home() / "Reply 101 2026-11-01 to 2026-11-21.xlsx"
    dialog.start_edit.setDate(to_qdate(D(2026, 9, 1)))
    dialog.end_edit.setDate(to_qdate(D(2026, 11, 30)))
    dialog.file.set_path(tmp_path / "svar.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        dialog.run_export()
    outcome = signal.args[0]
    assert (outcome.dwellings, outcome.tenants) == (4, 2)
    assert "Let" in load_workbook(tmp_path / "svar.xlsx").sheetnames


def test_the_reply_dialog_says_what_is_missing(
    qtbot, sqlite_workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    dialog = ExportRepliesDialog(sqlite_workspace, organisation_id=ids.org_a)
    qtbot.addWidget(dialog)
    dialog.purpose_edit.setText("")
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    dialog.file.set_path(tmp_path / "svar.xlsx")
    dialog.run_export()
    assert dialog.task is None
    assert "Write the purpose of the export." in dialog.note.text()
    assert "The period ends before it begins." in dialog.note.text()
    assert not (tmp_path / "svar.xlsx").exists()


def test_the_template_dialog_exports_the_key(
    qtbot, sqlite_workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    dialog = ExportTemplateDialog(sqlite_workspace, organisation_id=ids.org_b)
    qtbot.addWidget(dialog)
    assert dialog.file.path is not None
    assert dialog.file.path == Path.home() / "Vacancies 202 Beta Boligselskab.xlsx"
    dialog.file.set_path(tmp_path / "skabelon.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.run_export()
    key = template.read_key(read_workbook(tmp_path / "skabelon.xlsx"))
    assert key is not None
    assert key.organisation_number == "202"


def test_the_applicant_dialog_exports_the_chosen_columns(
    qtbot, sqlite_workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    dialog = ExportApplicantsDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    for row in range(dialog.columns.count()):
        item = dialog.columns.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ("name", "cpr", "waiting_days")
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    dialog.file.set_path(tmp_path / "liste.xlsx")
    dialog.run_export()
    assert dialog.task is None  # no purpose yet
    assert "Write the purpose of the export." in dialog.note.text()
    dialog.purpose_edit.setText("Oversigt til teammøde")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        dialog.run_export()
    assert signal.args[0].rows == 5  # active, paused and offered: Ida, Sara, Bo, Else, Mia
    rows = list(load_workbook(tmp_path / "liste.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "CPR number (masked)", "Days waiting")
