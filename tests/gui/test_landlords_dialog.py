"""Afdelinger > Private udlejere: the list and the form, by keyboard, saved on the write worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from tests.gui.background import settle, succeeded

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(sqlite_workspace: Workspace, qtbot: QtBot):
    from desktop.ui.dialogs.landlords import LandlordsDialog

    landlords.save_landlord(
        sqlite_workspace, None, LandlordData("Nordbo Ejendomme ApS", "72494814", "Vestergade 3")
    )
    widget = LandlordsDialog(sqlite_workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_landlord_is_registered_from_the_keyboard(
    dialog, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    assert dialog.model.rowCount() == 1
    assert QApplication.focusWidget() is dialog.form.name  # New: the form is ready to type in
    qtbot.keyClicks(dialog.form.name, "Aalborg Private Boliger I/S")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "8703 3082")
    assert dialog.form.cvr.text() == "8703 3082"
    qtbot.keyClick(dialog.form.cvr, Qt.Key.Key_Return)  # Save is the default button
    settle(qtbot)
    assert dialog.model.rowCount() == 2
    names = [r.data.name for r in landlords.landlords(sqlite_workspace)]
    assert names == ["Aalborg Private Boliger I/S", "Nordbo Ejendomme ApS"]
    current = dialog.model.row(dialog.table.currentIndex().row())
    assert current is not None
    assert current.data.cvr == "87033082"  # the saved landlord is chosen, cleaned


def test_a_refused_cvr_number_is_said_beside_the_form_and_kept(
    dialog, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog.form.name.setText("Forkert ApS")
    dialog.form.cvr.setText("12345678")
    assert not succeeded(qtbot, dialog.save())
    assert "CVR" in dialog.form.error.text()
    assert dialog.form.cvr.text() == "12345678"
    assert len(landlords.landlords(sqlite_workspace)) == 1


def test_choosing_a_landlord_shows_it_and_an_edit_is_saved(
    dialog, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog.table.selectRow(0)
    assert dialog.form.name.text() == "Nordbo Ejendomme ApS"
    assert dialog.form.address.text() == "Vestergade 3"
    dialog.form.contact.setText("Lise Østergård")
    dialog.form.active.setChecked(False)
    assert succeeded(qtbot, dialog.save())
    (row,) = landlords.landlords(sqlite_workspace)
    assert (row.data.contact_person, row.data.active, row.version) == ("Lise Østergård", False, 2)


def test_the_departments_page_opens_them_among_the_letting_partners(
    sqlite_workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.landlords import LandlordsDialog
    from desktop.ui.pages.base import PageContext
    from desktop.ui.pages.departments import DepartmentsPage
    from desktop.ui.tasks import TaskRunner

    page = DepartmentsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    menu = page.partners_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [
        "Housing &organisations…",
        "&Private landlords…",
    ]
    opened: list[QDialog] = []
    monkeypatch.setattr(LandlordsDialog, "exec", lambda self: opened.append(self) or 0)
    page.landlords_action.trigger()
    assert len(opened) == 1
    assert isinstance(opened[0], LandlordsDialog)
    settle(qtbot)
