"""Om Anvis: what IT's support asks for - version, database (never a password), schema
revision, Python/Qt, folders - shown and copied to the clipboard."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QGuiApplication

from db.engine import Database
from db.migrate import head_revision
from desktop import __version__
from desktop.core import about
from desktop.ui.dialogs.about import AboutDialog


def test_the_dialog_names_version_database_and_schema(qtbot, sqlite_workspace, tmp_path):
    dialog = AboutDialog(sqlite_workspace, log_folder=tmp_path / "logs")
    qtbot.addWidget(dialog)
    values = {key: label.text() for key, label in dialog.view.values.items()}
    assert values["version"] == __version__
    assert str(sqlite_workspace.database.sqlite_path) in values["database"]
    assert values["backend"] == "SQLite"
    assert head_revision() in values["schema"]
    assert "(current)" in values["schema"]
    assert values["log"] == str(tmp_path / "logs")
    assert values["python"].count(".") == 2
    assert values["qt"].startswith("6.")


def test_copy_puts_every_detail_on_the_clipboard(qtbot, sqlite_workspace):
    dialog = AboutDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    dialog.view.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in copied
    assert str(sqlite_workspace.database.sqlite_path) in copied
    assert f"Schema revision: {head_revision()} ({head_revision()})" in copied
    assert "Qt: 6." in copied
    assert dialog.view.copy.text() == "Copied"


def test_a_shared_server_is_named_without_its_password(sqlite_workspace):
    server = Database("postgresql+psycopg://anvis:hemmeligt@db01.kommune.local/anvis")
    try:
        workspace = dataclasses.replace(sqlite_workspace, database=server)
        facts = dataclasses.replace(
            about.facts(sqlite_workspace),
            database=workspace.describe(),
            backend="PostgreSQL",
        )
    finally:
        server.dispose()
    text = about.as_text(facts, "6.11")
    assert "db01.kommune.local/anvis" in text
    assert "hemmeligt" not in text


def test_without_a_database_the_dialog_still_opens(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.view.values["database"].text() == "-"
    assert dialog.view.values["version"].text() == __version__
