"""The first start (demo / empty / shared server, master data) and the Database and Backups
sections of the settings page."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from db.models import Department
from desktop.core import backups, paths, shared_db, storage_check
from desktop.core.workspace import Workspace
from desktop.ui.dialogs import first_run
from desktop.ui.dialogs.first_run import DEMO, EMPTY, SHARED, FirstRunDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.backup import BackupSection
from desktop.ui.settings_sections.database import DatabaseSection
from desktop.ui.tasks import TaskRunner
from tests.gui.background import succeeded


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_empty_database_on_this_pc_is_the_default(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.kind == EMPTY
    assert not dialog.view.server_box.isVisibleTo(dialog)
    assert dialog.try_start()
    assert dialog.choice == first_run.FirstRunChoice(EMPTY, str(paths.default_database()), None)
    assert shared_db.chosen_database() is None


def test_the_demo_needs_no_master_data(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.view.demo.setChecked(True)
    assert not dialog.view.import_master.isEnabled()
    assert dialog.try_start()
    assert dialog.choice is not None
    assert (dialog.choice.kind, dialog.choice.database) == (DEMO, None)


def test_a_server_that_does_not_answer_is_not_chosen(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.shared.setChecked(True)
    assert dialog.view.server_box.isVisible()
    port = _closed_port()
    form = dialog.view.server
    form.host.setText("127.0.0.1")
    form.port.setValue(port)
    form.user.setText("kim")
    assert not dialog.try_start()
    assert f"Nothing answers at 127.0.0.1 port {port}" in dialog.view.error.text()
    assert form.result.text().startswith("✗")
    assert dialog.choice is None
    assert shared_db.chosen_database() is None


def test_the_shared_server_is_chosen_after_a_good_test(
    qtbot, workspace: Workspace, migrated_url: str
) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    if workspace.database.is_sqlite:  # no server here: the form refuses missing fields
        dialog.view.shared.setChecked(True)
        assert not dialog.try_start()
        assert "server's name" in dialog.view.error.text()
        return
    url = make_url(migrated_url)
    dialog.view.shared.setChecked(True)
    form = dialog.view.server
    form.host.setText(url.host or "")
    form.port.setValue(url.port or 5432)
    form.database.setText(url.database or "")
    form.user.setText(url.username or "")
    form.password.setText(url.password or "")
    assert dialog.try_start(), dialog.view.error.text()
    assert dialog.choice is not None
    assert dialog.choice.kind == SHARED
    assert dialog.choice.database == shared_db.chosen_database()
    assert make_url(dialog.choice.database).database == url.database
    assert shared_db.resolve_database() == dialog.choice.database


def test_master_data_is_imported_from_the_chosen_workbook(
    qtbot, samples: Path, sqlite_workspace: Workspace
) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.view.import_master.setChecked(True)
    assert not dialog.try_start()
    assert "Choose the master data workbook" in dialog.view.error.text()
    workbook = samples / "organisations_departments.xlsx"
    dialog.view.master_file.setText(str(workbook))
    assert dialog.try_start()
    assert dialog.choice is not None
    assert dialog.choice.master_data == workbook

    done: list[object] = []
    task = first_run.import_master_data(None, TaskRunner(), sqlite_workspace, workbook, done.append)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert done
    with sqlite_workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Department)) > 0
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dialogs.import_report import ImportReportDialog

    (report,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportReportDialog)]
    assert "Rows in the sheet Afdelinger: 120" in report.lines.toPlainText()  # what became of it
    report.close()


def test_the_database_section_warns_about_a_network_share(
    qtbot, sqlite_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    section = DatabaseSection(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.show()
    section.on_shown()
    assert "on this PC" in section.current.text()
    assert not section.warning.isVisible()

    monkeypatch.setattr(storage_check, "warning", lambda path: f"{path} is on a network drive")
    section.on_shown()
    assert section.warning.isVisible()
    assert "network drive" in section.warning.text()

    section.server.host.setText("127.0.0.1")
    section.server.port.setValue(_closed_port())
    section.server.user.setText("kim")
    section.use_server.click()
    assert "Nothing answers" in section.status.text()
    assert shared_db.chosen_database() is None
    assert not section.use_local.isEnabled()

    shared_db.save(shared_db.ServerSettings("db01", 5432, "anvis", "kim"), None)
    section.on_shown()
    assert section.server.host.text() == "db01"
    section.use_local.click()
    assert shared_db.chosen_database() is None
    assert "database file on this PC" in section.status.text()


def test_the_backup_section_backs_up_now_and_keeps_the_policy(
    qtbot, qtmodeltester, sqlite_workspace: Workspace, tmp_path: Path
) -> None:
    section = BackupSection(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.on_shown()
    assert section.keep.value() == 14
    assert section.model.rowCount() == 0

    section.folder.setText(str(tmp_path / "copies"))
    section.keep.setValue(3)
    assert succeeded(qtbot, section.save())
    assert section.status.text() == "Saved."
    assert backups.folder_for(sqlite_workspace) == tmp_path / "copies"
    assert backups.kept(sqlite_workspace) == 3

    with qtbot.waitSignal(section.backup_button.clicked, timeout=1000):
        section.backup_button.click()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=20_000)
    qtmodeltester.check(section.model)
    assert section.model.index(0, 1).data() == "manual"
    assert "Backup written" in section.status.text()
    assert len(list((tmp_path / "copies").glob("*.sqlite"))) == 1
    qtbot.waitUntil(section.backup_button.isEnabled, timeout=5_000)


def test_a_server_database_is_backed_up_by_it(qtbot, workspace: Workspace) -> None:
    section = BackupSection(PageContext(workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.on_shown()
    assert section.backup_button.isEnabled() == workspace.database.is_sqlite
    if not workspace.database.is_sqlite:
        assert "IT backs it up" in section.intro.text()
