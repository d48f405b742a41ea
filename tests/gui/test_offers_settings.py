"""The settings section "Matching and offers": shows the settings in force, saves them dated,
and refuses values out of bounds; a saved order changes the ranking from that day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from db.enums import Urgency
from desktop.core.matching import config, rank_candidates
from desktop.core.matching.settings import Criterion
from desktop.core.offers.settings import ConsequenceKind
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.background import succeeded
from tests.gui.sections import shown_section
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui


@pytest.fixture
def section(sqlite_workspace: Workspace, qtbot: QtBot):
    from desktop.ui.settings_sections.matching import SECTION

    return shown_section(SECTION, sqlite_workspace, qtbot)


def test_the_section_shows_the_defaults(section) -> None:
    assert section.title() == "Matching and offers"
    assert [c.currentData() for c in section.order] == ["urgency", "waiting_time", "fit"]
    assert section.per_room.value() == 2.0
    assert section.young_to.value() == 29
    assert section.benefit_months.value() == 6
    assert "uddannelseshjælp → kontanthjælp (01/07/2025)" in section.benefit_names.text()
    assert section.no_answer.value().kind == ConsequenceKind.REMOVAL
    labels = [row[1].text() for row in section.reason_rows]
    assert "Ønsker ikke at bo i området" in labels


def test_a_saved_order_ranks_from_its_day(
    section, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    dept = make.department(sqlite_workspace)
    vacancy = make.vacancy(sqlite_workspace, dept)
    urgent = make.applicant(sqlite_workspace, "Akut", urgency=Urgency.ACUTE)
    waited = make.applicant(sqlite_workspace, "Længe", registered_on=dt.date(2020, 1, 1))
    assert [c.applicant_id for c in rank_candidates(sqlite_workspace, vacancy).candidates] == [
        urgent,
        waited,
    ]
    section.order[0].setCurrentIndex(section.order[0].findData("waiting_time"))
    section.order[1].setCurrentIndex(section.order[1].findData("urgency"))
    tomorrow = TODAY + dt.timedelta(days=1)
    section.dated.valid_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    # a pause of 21 days for "Anden grund"
    other = next(row for row in section.reason_rows if row[0] == "other")
    other[3].kind.setCurrentIndex(other[3].kind.findData("pause"))
    other[3].days.setValue(21)
    assert succeeded(qtbot, section.save())
    assert section.dated.saved.text().startswith("Saved.")
    today = rank_candidates(sqlite_workspace, vacancy)
    assert [c.applicant_id for c in today.candidates] == [urgent, waited]
    later = rank_candidates(sqlite_workspace, vacancy, day=tomorrow)
    assert [c.applicant_id for c in later.candidates] == [waited, urgent]
    stored = config.load(sqlite_workspace, tomorrow)
    assert stored.ranking.order == (Criterion.WAITING_TIME, Criterion.URGENCY, Criterion.FIT)
    assert stored.reasons.by_code("other").consequence.pause_days == 21  # type: ignore[union-attr]


def test_out_of_bounds_values_are_refused(
    section, sqlite_workspace: Workspace, monkeypatch, qtbot: QtBot
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.pages.offers_settings.show_user_error",
        lambda _parent, error: shown.append(error.message),
    )
    section.order[1].setCurrentIndex(section.order[1].findData("urgency"))
    assert not succeeded(qtbot, section.save())  # refused before anything is started
    assert shown == ["Each criterion can be used once in the ranking order."]
    section.on_shown()
    section.reason_rows[0][1].setText("  ")
    assert not succeeded(qtbot, section.save())  # refused by core, on the write worker
    assert shown[-1] == "The settings were not saved."
    assert config.load(sqlite_workspace).reasons.reasons[0].label != ""
