"""Ny bolig fra privat udlejer: the landlord, the day received and the answer's deadline, then
the dwelling's fields as in the manual entry form; saved on the write worker."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.core.intake import listing
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.gui.background import succeeded

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(sqlite_workspace: Workspace, qtbot: QtBot):
    from desktop.ui.dialogs.landlord_notice import LandlordNoticeDialog

    landlords.save_landlord(
        sqlite_workspace, None, LandlordData("Nordbo Ejendomme ApS", "72494814")
    )
    widget = LandlordNoticeDialog(sqlite_workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_form_shows_the_answer_deadline_of_the_day_received(dialog) -> None:
    assert dialog.windowTitle() == "New dwelling from a private landlord"
    assert dialog.ui.landlord.currentText() == "Nordbo Ejendomme ApS (CVR 72494814)"
    assert dialog.received_on == TODAY
    # the landlords' scheme, nothing to choose
    assert dialog.ui.scheme.currentText() == "Private udlejere (kommunal anvisningsret)"
    assert not dialog.ui.scheme.isEnabled()
    assert dialog.ui.deadline.text() == (
        "Answer the landlord by 01/12/2026: 7 working days after the notice."
    )
    dialog.ui.received_on.setDate(QDate(2026, 11, 19))  # a Thursday: over one weekend
    assert "30/11/2026" in dialog.ui.deadline.text()
    dialog.ui.received_on.setDate(QDate(2026, 11, 30))  # later than today: today at most
    assert dialog.received_on == TODAY


def test_a_notice_is_saved_as_a_received_landlords_dwelling(
    dialog, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    ui = dialog.ui
    ui.received_on.setDate(QDate(2026, 11, 20))
    ui.street.setText("Vesterbro")
    ui.house_number.setText("22")
    ui.postcode.setText("9000")
    ui.city.setText("Aalborg")
    ui.rooms.setValue(2)
    ui.rent.setValue(4100)
    ui.available_from.setDate(QDate(2026, 12, 15))
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    assert succeeded(qtbot, dialog.save())
    (vacancy_id,) = saved
    detail = listing.vacancy_detail(sqlite_workspace, vacancy_id)
    assert (detail.landlord_name, detail.reported_on, detail.desk_deadline) == (
        "Nordbo Ejendomme ApS",
        dt.date(2026, 11, 20),
        dt.date(2026, 12, 1),
    )
    assert detail.rent == Decimal("4100.00")
    assert detail.partner == "Nordbo Ejendomme ApS (private landlord)"


def test_a_refused_field_is_marked_and_what_was_typed_stays(
    dialog, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog.ui.street.setText("Vesterbro")
    assert not succeeded(qtbot, dialog.save())  # no rent
    assert dialog.ui.errors["rent"].isVisible()
    assert dialog.ui.street.text() == "Vesterbro"
    assert listing.count_vacancies(sqlite_workspace, listing.VacancyFilter()) == 0
