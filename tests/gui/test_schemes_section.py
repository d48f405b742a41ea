"""Indstillinger > Boligordninger: a scheme's terms changed from a day, a scheme added and one
removed, and a mistake shown under its field with nothing saved."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.schemes import editing
from desktop.core.schemes.settings import SCHEMES
from desktop.core.workspace import Workspace
from desktop.ui.widgets.date_edit import to_qdate
from tests.gui.background import succeeded
from tests.gui.sections import shown_section

pytestmark = pytest.mark.gui
NEXT_YEAR = dt.date(2027, 1, 1)


@pytest.fixture
def section(qtbot: QtBot, sqlite_workspace: Workspace):
    from desktop.ui.settings_sections.schemes import SchemesSection

    return shown_section(SchemesSection, sqlite_workspace, qtbot)


def _choose(section, key: str) -> None:
    row = next(i for i, s in enumerate(section.schemes) if s.key == key)
    section.list.setCurrentRow(row)


def test_it_shows_each_scheme_and_the_ordinary_one_cannot_be_removed(section) -> None:
    names = [section.list.item(i).text() for i in range(section.list.count())]
    assert names[:3] == [
        "Almindelig anvisning (ordinary)",
        "Skæve boliger (unconventional)",
        "Startboliger (starter)",
    ]
    assert not section.remove_button.isEnabled()
    _choose(section, "starter")
    form = section.form
    assert not form.key.isEnabled()  # the dwellings carry it
    assert (form.age_from.value(), form.age_to.value()) == (18, 25)
    assert form.lease_months.value() == 24
    assert form.letter.text() == "startbolig"
    assert section.remove_button.isEnabled()


def test_a_change_added_and_removed_schemes_are_saved_from_the_day_chosen(
    qtbot: QtBot, section, sqlite_workspace: Workspace
) -> None:
    _choose(section, "starter")
    section.form.lease_months.setValue(12)
    _choose(section, "refugee")
    section.remove_button.click()
    section.add_button.click()
    form = section.form
    assert form.key.isEnabled()
    form.key.setText("shelter_exit")
    form.name.setText("Udslusning fra herberg")
    section.dated.valid_from.setDate(to_qdate(NEXT_YEAR))
    assert succeeded(qtbot, section.save())
    assert "Saved" in section.dated.saved.text()
    stored = editing.load(sqlite_workspace, NEXT_YEAR)
    assert stored.scheme_of("starter").lease_months == 12
    assert stored.by_key("refugee") is None
    added = stored.by_key("shelter_exit")
    assert added is not None
    assert added.name == "Udslusning fra herberg"
    assert editing.load(sqlite_workspace) == SCHEMES.default  # until then: as before
    assert not section.form.key.isEnabled()  # stored now: its key is fixed


def test_a_mistake_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, section, sqlite_workspace: Workspace
) -> None:
    _choose(section, "starter")
    section.form.age_from.setValue(30)
    assert not succeeded(qtbot, section.save())
    error = section.form.errors["age_to"]
    assert error.isVisibleTo(section)
    assert error.text() == "The age band ends before it begins."
    assert section.summary.text().startswith("The schemes were not saved:")
    assert section.form.age_from.value() == 30  # what was typed stays
    assert editing.load(sqlite_workspace) == SCHEMES.default
