"""The window and a database it cannot use (missing, not Anvis's, damaged): it says why in the
database chooser and opens what the user picks instead; no crash dialog, no new file where the
user's database should have been."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import app as window_app
from desktop.core import paths
from desktop.ui.dialogs.first_run import FirstRunDialog


@pytest.fixture
def application(qtbot) -> Iterator[window_app.Application]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    made = window_app.Application(qt_app, "en")
    made.show_window()
    assert made.window is not None
    qtbot.addWidget(made.window)
    yield made
    made.tasks.shutdown(10_000)
    if made.workspace is not None:
        made.workspace.close()


def _choose_empty_when_asked(seen: list[str], tries: int = 0) -> None:
    """Answer the chooser as a user would: read why it is shown, pick the database on this PC."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, FirstRunDialog):
        if tries < 200:
            QTimer.singleShot(25, lambda: _choose_empty_when_asked(seen, tries + 1))
        return
    seen.append(dialog.windowTitle())
    seen.append(dialog.view.problem.text() if dialog.view.problem.isVisible() else "")
    dialog.view.empty.setChecked(True)
    assert dialog.try_start()


def _args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), demo=False, lang=None, screenshot=None, page=None)


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("missing", "The database file does not exist"),
        ("letter", "is not an Anvis database"),
        ("cut-off", "is damaged"),
    ],
)
def test_a_database_that_cannot_be_used_brings_the_chooser(
    application: window_app.Application,
    qtbot,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    kind: str,
    says: str,
) -> None:
    template: Path = request.getfixturevalue("_sqlite_template")  # a good Anvis database
    content = {
        "missing": None,
        "letter": b"Kaere boligsoegende, tak for din ansoegning.\n" * 200,
        "cut-off": template.read_bytes()[: template.stat().st_size // 3],
    }[kind]
    named = tmp_path / "desk.sqlite"
    if content is not None:
        named.write_bytes(content)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _choose_empty_when_asked(seen))

    window_app._attach(application, _args(named), str(named))
    # The database opens on the write worker (the window stays responsive): the chooser comes
    # when the attempt fails, and the user's choice opens in turn.
    qtbot.waitUntil(lambda: application.workspace is not None, timeout=30_000)

    title, problem = seen
    assert title == "Anvis - choose a database"
    assert problem.startswith("Anvis cannot open the database.")
    assert says in problem
    assert str(named) in problem
    assert application.workspace is not None  # the user's choice instead
    assert application.workspace.database.sqlite_path == paths.default_database()
    if content is None:
        assert not named.exists()  # refused, not made
    else:
        assert named.read_bytes() == content  # left as it was
