"""The data-protection officer's audit viewer: filters, pages, details; read-only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView

from db.enums import AuditAction
from db.models import Organisation
from desktop.core import audit
from desktop.core.workspace import Workspace
from desktop.ui.dialogs import audit_viewer
from desktop.ui.dialogs.audit_viewer import AuditViewerDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.audit import AuditSection
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def trail(sqlite_workspace: Workspace) -> Workspace:
    ws = sqlite_workspace
    with ws.write() as session:
        session.add(Organisation(number="145", name="Himmerland"))
    with ws.write() as session:
        audit.record(
            session,
            AuditAction.REVEAL_CPR,
            "applicant",
            7,
            applicant_id=7,
            purpose="Telefonopkald fra borgeren",
        )
    ws.user = "kim"
    for n in range(5):
        with ws.write() as session:
            audit.record(session, AuditAction.PRINT, "letter", n, applicant_id=8)
    return ws


def _column(dialog: AuditViewerDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_viewer_lists_filters_and_pages(qtbot, qtmodeltester, trail, monkeypatch) -> None:
    dialog = AuditViewerDialog(trail)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 7  # newest first
    assert _column(dialog, 1)[:5] == ["kim"] * 5
    assert _column(dialog, 3)[-2:] == ["CPR shown", "Created"]
    assert dialog.count.text() == "Events 1–7 of 7"
    assert "print: letter 4" in dialog.details.toPlainText().lower().replace("printed", "print")

    dialog.filters.user.setCurrentIndex(dialog.filters.user.findData("tester"))
    dialog.filters.apply.click()
    assert _column(dialog, 1) == ["tester", "tester"]

    dialog.filters.person.setText("7")
    dialog.filters.apply.click()
    assert _column(dialog, 3) == ["CPR shown"]
    assert _column(dialog, 7) == ["Telefonopkald fra borgeren"]
    dialog.table.selectRow(0)
    assert "Purpose: Telefonopkald fra borgeren" in dialog.details.toPlainText()

    dialog.filters.reset.click()
    dialog.filters.action.setCurrentIndex(dialog.filters.action.findData("print"))
    dialog.filters.apply.click()
    assert dialog.model.rowCount() == 5

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    dialog.filters.reset.click()
    dialog.filters.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.filters.until.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dialog.filters.apply.click()
    assert dialog.model.rowCount() == 0
    assert dialog.count.text() == "No events match the filters."

    monkeypatch.setattr(audit_viewer, "PAGE_SIZE", 3)
    dialog.filters.reset.click()
    assert dialog.model.rowCount() == 3
    assert not dialog.previous.isEnabled()
    dialog.next.click()
    dialog.next.click()
    assert dialog.count.text() == "Events 7–7 of 7"
    assert not dialog.next.isEnabled()
    dialog.previous.click()
    assert dialog.count.text() == "Events 4–6 of 7"


def test_nothing_in_the_viewer_edits(qtbot, trail) -> None:
    dialog = AuditViewerDialog(trail)
    qtbot.addWidget(dialog)
    assert dialog.details.isReadOnly()
    index = dialog.model.index(0, 1)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_the_settings_section_opens_the_viewer(qtbot, trail) -> None:
    section = AuditSection(PageContext(trail, TaskRunner()))
    qtbot.addWidget(section)
    assert AuditSection.title() == "Audit trail"
    section.open_button.click()
    assert section.viewer is not None
    qtbot.waitExposed(section.viewer)
    assert section.viewer.model.rowCount() == 7
    section.viewer.close()
