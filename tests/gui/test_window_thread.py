"""The window's thread never writes: a save waits for another workstation's lock on the write
worker while the window goes on working and says that it waits; window code that writes on the
window's thread is caught."""

from __future__ import annotations

import itertools
import logging
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from desktop.core import desk
from desktop.core.workspace import Workspace, guard_writes
from desktop.ui import window_thread
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner, write_waits
from tests.gui.background import settle

pytestmark = pytest.mark.gui

# Another workstation: its own process and connection, holding SQLite's write lock until told.
_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
connection.close()
"""


class LockHolder:
    def __init__(self, database: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(database)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        """Commit, and let the process end."""
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def test_a_save_waits_for_another_workstation_while_the_window_works_on(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    window = MainWindow(sqlite_workspace, TaskRunner(), "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settings = window.show_page("settings")
    general = settings.stack.currentWidget()
    settle(qtbot)
    waiting = window.statusBar().findChild(QLabel, "write_waiting")
    assert waiting is not None
    assert not waiting.isVisible()
    save = general.buttons.button(QDialogButtonBox.StandardButton.Save)
    general.edits["unit"].setText("Boliganvisningen, Aalborg Kommune")

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    holder = LockHolder(sqlite_workspace.database.sqlite_path)  # type: ignore[arg-type]
    try:
        save.click()
        qtbot.waitUntil(waiting.isVisible, timeout=3000)  # after ~0.5 s of waiting
        assert waiting.text().startswith("Waiting for the database")
        assert not save.isEnabled()  # no second click while the first one waits
        cursor = QApplication.overrideCursor()
        assert cursor is not None
        assert cursor.shape() == Qt.CursorShape.BusyCursor
        started = len(ticks)
        qtbot.wait(1500)  # the other workstation goes on saving
        assert len(ticks) - started > 20  # the window's thread ran all along
        assert desk.contact(sqlite_workspace).unit != "Boliganvisningen, Aalborg Kommune"
    finally:
        holder.release()
    qtbot.waitUntil(lambda: not waiting.isVisible(), timeout=10_000)
    timer.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 1.0  # never frozen for the lock's time (it was held for over 2 s)
    assert general.saved.text() == "Saved. New letters use these details."
    assert save.isEnabled()
    assert QApplication.overrideCursor() is None
    assert desk.contact(sqlite_workspace).unit == "Boliganvisningen, Aalborg Kommune"


def test_a_quick_save_shows_no_waiting(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    window = MainWindow(sqlite_workspace, TaskRunner(), "en")
    qtbot.addWidget(window)
    window.show()
    general = window.show_page("settings").stack.currentWidget()
    settle(qtbot)
    changes: list[bool] = []
    write_waits().changed.connect(changes.append)
    general.edits["phone"].setText("99 31 31 31")
    general.save()
    settle(qtbot)
    assert changes == []
    assert desk.contact(sqlite_workspace).phone == "99 31 31 31"


# --- the guard -----------------------------------------------------------------------------------


def _as_window_code(source: str, **names: object) -> None:
    """Run `source` as if it were a function of the window's own modules."""
    exec(
        compile(source, "<window code>", "exec"), {"__name__": "desktop.ui.pages.example", **names}
    )


def test_window_code_that_writes_on_the_windows_thread_is_refused(
    sqlite_workspace: Workspace,
) -> None:
    guard_writes(window_thread.refuse)  # as the tests install it, without the known exceptions
    with pytest.raises(window_thread.WriteOnWindowThread, match=r"desktop\.ui\.pages\.example"):
        _as_window_code("desk.set_contact(ws, desk.contact(ws))", desk=desk, ws=sqlite_workspace)
    desk.set_contact(sqlite_workspace, desk.contact(sqlite_workspace))  # a test's own set-up


def test_window_code_may_write_on_a_worker_thread(sqlite_workspace: Workspace) -> None:
    guard_writes(window_thread.refuse)
    failures: list[BaseException] = []
    ws = sqlite_workspace

    def work() -> None:
        try:
            _as_window_code("desk.set_contact(ws, desk.contact(ws))", desk=desk, ws=ws)
        except BaseException as error:
            failures.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert failures == []


def test_the_installed_program_logs_such_a_write_and_does_it(
    sqlite_workspace: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    guard_writes(window_thread.report)
    changed = desk.contact(sqlite_workspace)
    with caplog.at_level(logging.ERROR, logger="desktop.ui.window_thread"):
        _as_window_code(
            "desk.set_contact(ws, changed)",
            desk=desk,
            ws=sqlite_workspace,
            changed=replace(changed, phone="12 34 56 78"),
        )
    assert desk.contact(sqlite_workspace).phone == "12 34 56 78"  # the save is not lost
    [record] = caplog.records
    assert "writes to the database on the window's thread" in record.getMessage()
    assert record.stack_info  # where it came from, to move it to the write worker
