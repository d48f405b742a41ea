"""The backup list reads in the user's language: kinds of copy as words, sizes and times in the
UI's number and date format (the file names keep their English kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import backups, i18n
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections import backup
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def section(qtbot, sqlite_workspace):
    widget = backup.BackupSection(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("daily", "daily"),
        ("manual", "manual"),
        ("before-import", "before an import"),
        ("before-upgrade-0007", "before an upgrade"),
        ("before-restore", "before a restore"),
        ("before-something-new", "before: something-new"),
    ],
)
def test_kinds_of_copy_are_words(section, kind, label):
    assert section.kind_label(kind) == label


def test_sizes_and_times_follow_the_language(monkeypatch):
    assert backup._size(38_588_211) == "36.8 MB"
    assert backup._size(20_480) == "20 kB"
    monkeypatch.setattr(i18n, "_language", "da")
    assert backup._size(38_588_211) == "36,8 MB"
    assert backup._made(dt.datetime(2026, 11, 21, 7, 53)) == "21.11.2026 07:53"


def test_an_empty_backup_folder_says_why_and_what_to_do(section, sqlite_workspace) -> None:
    section.on_shown()
    assert section.model.rowCount() == 0
    assert section.area.showing_note
    assert "Back up now makes one at once" in section.area.note.text()
    backups.backup(sqlite_workspace)
    section.refresh()
    assert section.model.rowCount() == 1
    assert not section.area.showing_note
