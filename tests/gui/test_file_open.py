"""File > Open: the chosen database opens on the write worker, as the first one does (opening may
migrate it, and a server may be slow to answer), while the window says that it opens and takes
no work; one that cannot be used is explained and the open one stays."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from desktop import app as window_app
from desktop.core import preferences
from desktop.core import workspace as workspace_module
from desktop.core.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def application(qtbot, sqlite_workspace: Workspace) -> Iterator[window_app.Application]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    made = window_app.Application(qt_app, "en")
    made.show_window(sqlite_workspace)
    assert made.window is not None
    qtbot.addWidget(made.window)
    yield made
    made.tasks.shutdown(10_000)
    if made.workspace is not None:
        made.workspace.close()


@pytest.fixture
def opened_on(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads `open_workspace` ran on."""
    threads: list[threading.Thread] = []
    real = workspace_module.open_workspace

    def recording(*args, **kwargs) -> Workspace:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(workspace_module, "open_workspace", recording)
    return threads


def _choose(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))


def _status(window_app_window) -> str:  # type: ignore[no-untyped-def]
    label = window_app_window.statusBar().findChild(QLabel, "database_label")
    assert label is not None
    return str(label.text())


def test_the_chosen_database_opens_off_the_window_thread(
    application: window_app.Application,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    opened_on: list[threading.Thread],
) -> None:
    other = tmp_path / "other.sqlite"
    shutil.copyfile(request.getfixturevalue("_sqlite_template"), other)  # a good Anvis database
    _choose(monkeypatch, other)
    first = application.window
    assert first is not None

    application.choose_database()
    # while it opens: the window says so, and neither its pages nor File > Open take input
    assert _status(first) == "Opening the database..."
    assert not first.content.isEnabled()
    assert not first.open_action.isEnabled()

    qtbot.waitUntil(
        lambda: (
            application.workspace is not None
            and application.workspace.database.sqlite_path == other
        ),
        timeout=30_000,
    )
    assert opened_on
    assert all(t is not threading.main_thread() for t in opened_on)
    shown = application.window
    assert shown is not None
    assert shown is not first
    assert _status(shown) == f"Database: {other}"
    assert shown.content.isEnabled()
    assert preferences.load().recent_databases[0] == str(other)


def test_a_file_that_cannot_be_opened_is_explained_and_the_open_database_stays(
    application: window_app.Application,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    sqlite_workspace: Workspace,
    opened_on: list[threading.Thread],
) -> None:
    letter = tmp_path / "letter.sqlite"
    letter.write_bytes(b"Kaere boligsoegende, tak for din ansoegning.\n" * 200)
    _choose(monkeypatch, letter)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *_a: told.append(f"{title}: {text}")
    )
    window = application.window
    assert window is not None

    application.choose_database()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert told[0].startswith("Anvis cannot open the database: ")
    assert "is not an Anvis database" in told[0]
    assert opened_on
    assert all(t is not threading.main_thread() for t in opened_on)
    assert application.window is window
    assert application.workspace is sqlite_workspace
    assert _status(window) == f"Database: {sqlite_workspace.describe()}"
    assert window.content.isEnabled()
    assert window.open_action.isEnabled()
    assert letter.read_bytes().startswith(b"Kaere")  # left as it was
