"""A settings section as the settings page shows it: made for a workspace, shown, and loaded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner


def shown_section(
    section_class: Callable[[PageContext], Any], workspace: Workspace, qtbot: QtBot
) -> Any:
    """The section, shown with what `workspace` holds (its `on_shown` has read it)."""
    section = section_class(PageContext(workspace, TaskRunner()))
    qtbot.addWidget(section)
    section.show()
    section.on_shown()
    return section
