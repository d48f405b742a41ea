"""The answer to a private landlord from Overblik: read in a live preview, sent (archived) on
the write worker, then shown to print; a landlord answered before gets the archived letter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.enums import VacancyStatus
from desktop.core.day.queue import NextAction, Section, work_queue
from desktop.core.intake import landlord_notices, status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.letters import landlord
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.gui.background import settle

pytestmark = pytest.mark.gui


@pytest.fixture
def returned(sqlite_workspace: Workspace) -> int:
    """A notice the desk returned: the declining answer is due."""
    ws = sqlite_workspace
    nordbo = landlords.save_landlord(
        ws, None, LandlordData("Nordbo Ejendomme ApS", "72494814", "Vestergade 3, 9000 Aalborg")
    )
    draft = VacancyDraft(
        street="Ålborgvej",
        house_number="7",
        rent=Decimal(9800),
        available_from=dt.date(2026, 12, 15),
    )
    vacancy = landlord_notices.create_notice(ws, nordbo, draft)
    status.change_status(ws, vacancy, VacancyStatus.RETURNED, reason="Huslejen er for høj.")
    return vacancy


@pytest.fixture
def page(sqlite_workspace: Workspace, returned: int, qtbot: QtBot):
    from desktop.ui.pages.overview import OverviewPage

    widget = OverviewPage(PageContext(sqlite_workspace, TaskRunner()), dashboard=False)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.data is not None)
    return widget


def test_enter_on_the_notice_opens_the_answer_and_send_answers_it(
    page, returned: int, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.landlord_answer import LandlordAnswerDialog
    from desktop.ui.dialogs.letter_preview import LetterPreviewDialog

    section = page.sections[Section.LANDLORD_NOTICES]
    assert section.model.row(0).action == NextAction.ANSWER_LANDLORD
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(0, 0))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    dialog = page.action_dialog
    assert isinstance(dialog, LandlordAnswerDialog)
    assert dialog.ui.note.toPlainText() == "Huslejen er for høj."  # the return reason, to edit
    assert "does not use its right" in dialog.ui.answer.text()
    qtbot.waitUntil(lambda: dialog.ui.preview.letter is not None)
    assert dialog.ui.preview.letter is not None
    assert dialog.ui.preview.letter.letter_id is None  # a preview: nothing stored yet
    assert dialog.ui.preview.note.text() == "The answer as it will be printed (1 page)"

    dialog.ui.send.click()
    settle(qtbot)
    shown = dialog.sent_letter
    assert isinstance(shown, LetterPreviewDialog)
    archived = landlord.archived_answer(sqlite_workspace, returned)
    assert archived is not None
    assert shown.letter.letter_id == archived.letter_id
    shown.close()
    qtbot.waitUntil(lambda: not page.data.rows(Section.LANDLORD_NOTICES))
    assert work_queue(sqlite_workspace).rows(Section.LANDLORD_NOTICES) == ()
