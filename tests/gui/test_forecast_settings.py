"""The settings section "Waiting-time estimate": shows the months in force, saves them dated
and refuses a number out of bounds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.core.errors import ValidationError
from desktop.core.forecast import settings as forecast_settings
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.background import succeeded
from tests.gui.sections import shown_section

pytestmark = pytest.mark.gui


@pytest.fixture
def section(sqlite_workspace: Workspace, qtbot: QtBot):
    from desktop.ui.settings_sections.forecast import SECTION

    return shown_section(SECTION, sqlite_workspace, qtbot)


def test_the_months_are_saved_from_the_day_chosen(
    section, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    assert section.title() == "Waiting-time estimate"
    assert section.months.value() == 12
    section.months.setValue(18)
    tomorrow = TODAY + dt.timedelta(days=1)
    section.dated.valid_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert succeeded(qtbot, section.save())
    assert section.dated.saved.text().startswith("Saved.")
    assert forecast_settings.load_months(sqlite_workspace) == 12
    assert forecast_settings.load_months(sqlite_workspace, tomorrow) == 18


def test_months_out_of_bounds_are_refused(sqlite_workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        forecast_settings.save_months(sqlite_workspace, 2)
    assert refused.value.fields == {"months": "The forecast looks back between 3 and 60 months."}
    assert forecast_settings.load_months(sqlite_workspace) == 12


def test_the_settings_page_lists_the_section_after_matching() -> None:
    from desktop.ui.pages.settings import section_classes

    titles = [section.title() for section in section_classes()]
    assert titles.index("Waiting-time estimate") == titles.index("Matching and offers") + 1
