"""The import report: every row of the file accounted for, the errors in a list that copies into
a spreadsheet and saves as a CSV file; the master data import of the Afdelinger page shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.importing.summary import ImportSummary
from desktop.core.registry.master_data import import_master_data
from desktop.core.registry.monitoring_import import import_monitoring, summary
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.import_report import ImportReportDialog
from tests.gui.background import finish, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def report(sqlite_workspace: Workspace, samples: Path, qtbot: QtBot) -> ImportReportDialog:
    import_master_data(sqlite_workspace, samples / "organisations_departments.xlsx")
    outcome = import_monitoring(sqlite_workspace, samples / "monitoring_2026.xlsx")
    dialog = ImportReportDialog("Monitoring figures imported", summary(outcome))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_row_is_accounted_for_and_the_errors_are_listed(report: ImportReportDialog) -> None:
    text = report.lines.toPlainText()
    assert text.startswith("Rows in the file: 123\n  New: 118\n  With errors")
    assert report.model.rowCount() == 6  # five rows, one of them with two errors
    assert report.model.index(0, 1).data() == "49"
    assert report.model.index(0, 3).data().startswith("Anvis has no department 99")
    assert not report.area.showing_note
    assert report.copy_button.isEnabled()


def test_the_errors_copy_to_the_clipboard(report: ImportReportDialog) -> None:
    report.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Sheet\tRow\tColumn\tError"
    assert lines[1].startswith("Monitorering 2026\t49\tAfd.nr.\tAnvis has no department 99")
    assert len(lines) == 7
    assert report.done_label.text() == "The list of errors is on the clipboard."


def test_the_errors_save_as_csv(
    report: ImportReportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fejl"
    offered: list[str] = []

    def choose(_parent, _title, name, _filter):  # the Save dialog: what it offers, what is chosen
        offered.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    finish(qtbot, report.save_errors())
    assert offered == ["monitoring_2026 errors.csv"]
    saved = (tmp_path / "fejl.csv").read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf")
    rows = saved.decode("utf-8-sig").splitlines()
    assert rows[0] == "Sheet;Row;Column;Error"
    assert len(rows) == 7
    assert report.done_label.text() == f"Saved: {tmp_path / 'fejl.csv'}"


def test_a_folder_that_cannot_be_written_is_said(
    report: ImportReportDialog, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import tasks

    told: list[str] = []
    monkeypatch.setattr(tasks, "show_user_error", lambda _parent, error: told.append(str(error)))
    task = report.save_to(tmp_path / "no such folder" / "fejl.csv")
    finish(qtbot, task)
    assert told
    assert report.done_label.text() == ""


def test_without_errors_the_list_says_so(qtbot: QtBot) -> None:
    clean = ImportSummary("Master data: a.xlsx", ("Rows in the file: 3", "  New: 3"), (), "a.xlsx")
    dialog = ImportReportDialog("Master data imported", clean)
    qtbot.addWidget(dialog)
    assert dialog.area.showing_note
    assert dialog.area.note.text() == "No row has errors."
    assert not dialog.copy_button.isEnabled()
    assert not dialog.save_button.isEnabled()


def test_the_departments_page_shows_the_master_data_import_in_the_report(
    sqlite_workspace: Workspace, samples: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.pages import departments
    from desktop.ui.pages.base import PageContext
    from desktop.ui.tasks import TaskRunner

    chosen = samples / "organisations_departments.xlsx"
    monkeypatch.setattr(departments, "open_spreadsheet", lambda *_args: chosen)
    page = departments.DepartmentsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    page.import_master_data()
    settle(qtbot, 60_000)
    (report,) = page.findChildren(ImportReportDialog)
    assert report.windowTitle() == "Master data imported"
    text = report.lines.toPlainText()
    assert "Rows in the sheet Organisationer: 12\n  New: 12" in text
    assert "Rows in the sheet Afdelinger: 120\n  New: 120" in text
    assert report.area.showing_note  # no errors
