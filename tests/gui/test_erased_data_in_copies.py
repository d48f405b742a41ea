"""Settings say how long copies keep what an anonymisation erased, and the desk sets it."""

from __future__ import annotations

from desktop.core import backups
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.backup import BackupSection
from desktop.ui.settings_sections.privacy import PrivacySection
from desktop.ui.tasks import TaskRunner
from tests.gui.background import finish


def test_the_backup_section_sets_how_long_copies_are_kept(
    qtbot, sqlite_workspace: Workspace
) -> None:
    section = BackupSection(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.on_shown()
    assert section.days.value() == 30
    section.days.setValue(9)
    finish(qtbot, section.save())
    assert backups.max_days(sqlite_workspace) == 9


def test_the_privacy_section_says_how_long_copies_keep_erased_data(
    qtbot, workspace: Workspace
) -> None:
    if workspace.database.is_sqlite:
        backups.set_policy(workspace, "", 14, days=12)
    section = PrivacySection(PageContext(workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.on_shown()
    text = section.copies.text()
    if workspace.database.is_sqlite:
        assert "deleted when it is 12 days old" in text
        assert "just before anonymising is deleted" in text
    else:
        assert "rewrites the shared database's tables" in text
        assert "as long as IT keeps them" in text
