"""Indstillinger > Sagsbehandlere: staff add, correct and retire caseworkers; a retired one is no
longer offered in the applicant form but stays with the applicants who have them; two desks
editing the same caseworker get the conflict dialog instead of overwriting each other."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.applicants import caseworkers, register
from desktop.core.workspace import Workspace, open_workspace
from desktop.ui.dialogs.caseworker_form import CaseworkerDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.caseworkers import SECTION, CaseworkersSection
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.gui.background import finish, settle, succeeded
from tests.unit.applicants.factories import applicant

pytestmark = pytest.mark.gui


@pytest.fixture
def section(sqlite_workspace: Workspace, qtbot: QtBot) -> CaseworkersSection:
    widget = SECTION(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.on_shown()
    return widget


@pytest.fixture
def anna(sqlite_workspace: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    """Another workstation on the same database."""
    desk = open_workspace(tmp_path / "anvis.sqlite", user="anna")
    desk.clock = lambda: TODAY
    yield desk
    desk.close()


def _lines(section: CaseworkersSection) -> list[tuple[str, ...]]:
    """The list as the user reads it: every cell's text."""
    model = section.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _choose(section: CaseworkersSection, name: str) -> None:
    row = next(r for r in range(section.model.rowCount()) if section.model.row(r).name == name)
    section.table.selectRow(row)


def _save(dialog: CaseworkerDialog, qtbot: QtBot) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settle(qtbot)  # saved on the write worker


def test_the_section_comes_after_letters_in_the_settings(sqlite_workspace, qtbot) -> None:
    from desktop.ui.pages.settings import SettingsPage

    page = SettingsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    titles = [page.list.item(i).text() for i in range(page.list.count())]
    assert titles.index("Caseworkers") == titles.index("Letters") + 1
    page.list.setCurrentRow(titles.index("Caseworkers"))
    assert isinstance(page.stack.currentWidget(), CaseworkersSection)


def test_an_empty_list_says_how_caseworkers_come_in(section: CaseworkersSection) -> None:
    assert section.area.showing_note
    assert "New caseworker" in section.area.note.text()
    assert not section.edit_button.isEnabled()
    assert not section.active_button.isEnabled()


def test_a_new_caseworker_is_added_through_the_dialog(
    section: CaseworkersSection, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    section.new_button.click()
    dialog = section.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "New caseworker"
    assert dialog.ui.active.isChecked()
    dialog.ui.unit.setText("Bostøtten Øst")
    dialog.ui.email.setText("lone.aalborg.dk")
    _save(dialog, qtbot)
    # both problems beside their fields, nothing saved, the dialog stays with what was typed
    assert dialog.isVisible()
    assert dialog.ui.errors["name"].isVisibleTo(dialog)
    assert dialog.ui.errors["name"].text() == "A name is needed."
    assert dialog.ui.errors["email"].text() == "The e-mail address is not valid."
    assert caseworkers.list_caseworkers(sqlite_workspace) == []

    dialog.ui.name.setText("Lone  Kjærsgaard")
    dialog.ui.email.setText("lok@aalborg.example")
    dialog.ui.phone.setText("99 31 31 31")
    _save(dialog, qtbot)
    # closed once saved, and deleted (deferred: Qt deletes it when the event loop next runs)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert _lines(section) == [
        ("Lone Kjærsgaard", "Bostøtten Øst", "99 31 31 31", "lok@aalborg.example", "0", "Active")
    ]
    assert section.chosen().name == "Lone Kjærsgaard"  # the new one is chosen
    assert section.edit_button.isEnabled()


def test_enter_on_a_caseworker_opens_it_and_the_edit_shows_in_the_list(
    section: CaseworkersSection, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    caseworkers.save_caseworker(sqlite_workspace, None, "Per Holm", unit="Jobcenter")
    lone = caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard")
    applicant(sqlite_workspace, "Anne Jensen", caseworker_id=lone)
    section.refresh()
    assert [line[0] for line in _lines(section)] == ["Lone Kjærsgaard", "Per Holm"]
    assert _lines(section)[0][4] == "1"  # follows one applicant on the list

    _choose(section, "Per Holm")
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Caseworker: Per Holm"
    assert dialog.ui.unit.text() == "Jobcenter"
    dialog.ui.name.setText("Per Holm Madsen")
    dialog.ui.phone.setText("20 30 40 50")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.accepted):  # after the button's animated click
        qtbot.keyClick(dialog.ui.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _lines(section)[1] == ("Per Holm Madsen", "Jobcenter", "20 30 40 50", "", "0", "Active")
    assert section.chosen().name == "Per Holm Madsen"


def test_retiring_asks_first_hides_the_caseworker_and_shows_them_again_on_request(
    section: CaseworkersSection, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    lone = caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard")
    person = applicant(sqlite_workspace, "Anne Jensen", caseworker_id=lone)
    applicant(sqlite_workspace, "Bo Nielsen", caseworker_id=lone)
    caseworkers.save_caseworker(sqlite_workspace, None, "Per Holm")
    section.refresh()
    questions: list[str] = []
    section.confirm = lambda question: questions.append(question) or False
    _choose(section, "Lone Kjærsgaard")
    assert section.active_button.text() == "Make &inactive"

    section.active_button.click()  # the user says no
    settle(qtbot)
    assert questions == [
        "Lone Kjærsgaard still follows 2 applicants on the list. Make Lone Kjærsgaard inactive "
        "anyway? The applicants keep Lone Kjærsgaard as caseworker, but the applicant form no "
        "longer offers Lone Kjærsgaard for anyone else."
    ]
    assert caseworkers.caseworker(sqlite_workspace, lone).active

    section.confirm = lambda _question: True
    section.active_button.click()
    settle(qtbot)
    assert not caseworkers.caseworker(sqlite_workspace, lone).active
    assert [line[0] for line in _lines(section)] == ["Per Holm"]
    assert "Show inactive caseworkers too" in section.status.text()
    assert register.applicant_view(sqlite_workspace, person).caseworker == "Lone Kjærsgaard"

    section.show_inactive.setChecked(True)
    assert [(line[0], line[4], line[5]) for line in _lines(section)] == [
        ("Lone Kjærsgaard", "2", "Inactive"),
        ("Per Holm", "0", "Active"),
    ]
    _choose(section, "Lone Kjærsgaard")
    assert section.active_button.text() == "Make &active"
    section.active_button.click()  # no question to make someone active again
    settle(qtbot)
    assert caseworkers.caseworker(sqlite_workspace, lone).active
    assert _lines(section)[0][5] == "Active"
    assert "offered in the applicant form again" in section.status.text()


def test_a_caseworker_without_applicants_is_retired_without_a_question(
    section: CaseworkersSection, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    per = caseworkers.save_caseworker(sqlite_workspace, None, "Per Holm")
    section.refresh()
    section.confirm = lambda _question: pytest.fail("asked although nobody is followed")
    _choose(section, "Per Holm")
    assert succeeded(qtbot, section.toggle_active())
    assert not caseworkers.caseworker(sqlite_workspace, per).active
    assert section.area.showing_note
    assert "Every caseworker is inactive" in section.area.note.text()


def test_the_applicant_form_offers_only_active_caseworkers_but_keeps_a_retired_one(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_form import ApplicantForm

    lone = caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard")
    per = caseworkers.save_caseworker(sqlite_workspace, None, "Per Holm")
    person = applicant(sqlite_workspace, "Anne Jensen", caseworker_id=lone)
    caseworkers.save_caseworker(sqlite_workspace, lone, "Lone Kjærsgaard", active=False)

    new = ApplicantForm(sqlite_workspace, None)
    qtbot.addWidget(new)
    offered = [new.ui.caseworker.itemText(i) for i in range(new.ui.caseworker.count())]
    assert offered == ["(none)", "Per Holm"]

    form = ApplicantForm(sqlite_workspace, person)
    qtbot.addWidget(form)
    combo = form.ui.caseworker
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)",
        "Per Holm",
        "Lone Kjærsgaard (inactive)",
    ]
    assert combo.currentData() == lone
    form.ui.phone.setText("20202020")
    assert succeeded(qtbot, form.save())  # saving the applicant keeps the retired caseworker
    assert register.applicant_view(sqlite_workspace, person).caseworker_id == lone

    other = applicant(sqlite_workspace, "Bo Nielsen", caseworker_id=per)
    form = ApplicantForm(sqlite_workspace, other)
    qtbot.addWidget(form)
    combo = form.ui.caseworker
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "Per Holm"]
    form.load(person)  # another applicant in the same form: only their own retired one
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)",
        "Per Holm",
        "Lone Kjærsgaard (inactive)",
    ]
    form.load(other)
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "Per Holm"]


def test_two_desks_editing_one_caseworker_get_the_conflict_dialog(
    section: CaseworkersSection, sqlite_workspace: Workspace, anna: Workspace, qtbot: QtBot
) -> None:
    lone = caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard", phone="11111111")
    section.refresh()
    _choose(section, "Lone Kjærsgaard")
    dialog = section.edit()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    loaded = caseworkers.caseworker(anna, lone)
    caseworkers.save_caseworker(
        anna, lone, loaded.name, phone="22222222", expected_version=loaded.version
    )

    dialog.ui.phone.setText("33333333")
    assert not succeeded(qtbot, dialog.save())
    conflict = dialog.conflict
    assert conflict is not None
    qtbot.waitExposed(conflict)
    assert "anna changed this record" in conflict.view.headline.text()
    assert dialog.isVisible()  # the user's edit is still there
    assert dialog.ui.phone.text() == "33333333"
    assert caseworkers.caseworker(sqlite_workspace, lone).phone == "22222222"  # not overwritten
    conflict.view.compare.click()
    table = conflict.view.table
    compared = {
        table.model().index(r, 0).data(): table.model().index(r, 2).data()
        for r in range(table.model().rowCount())
    }
    assert compared["Phone ≠"] == "22222222"

    conflict.view.reload.click()
    assert dialog.ui.phone.text() == "22222222"  # as saved now
    dialog.ui.email.setText("lok@aalborg.example")
    assert succeeded(qtbot, dialog.save())  # onto the version it now shows
    stored = caseworkers.caseworker(anna, lone)
    assert (stored.phone, stored.email) == ("22222222", "lok@aalborg.example")


def test_retiring_from_a_stale_list_shows_the_conflict_and_changes_nothing(
    section: CaseworkersSection, sqlite_workspace: Workspace, anna: Workspace, qtbot: QtBot
) -> None:
    lone = caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard")
    section.refresh()
    _choose(section, "Lone Kjærsgaard")
    loaded = caseworkers.caseworker(anna, lone)
    caseworkers.save_caseworker(anna, lone, "Lone Kjærsgaard-Holm", expected_version=loaded.version)

    assert not succeeded(qtbot, section.toggle_active())
    conflict = section.conflict
    assert conflict is not None
    qtbot.waitExposed(conflict)
    stored = caseworkers.caseworker(sqlite_workspace, lone)
    assert (stored.name, stored.active) == ("Lone Kjærsgaard-Holm", True)
    conflict.view.reload.click()
    assert [line[0] for line in _lines(section)] == ["Lone Kjærsgaard-Holm"]
    assert section.chosen().name == "Lone Kjærsgaard-Holm"


# --- keyboard -----------------------------------------------------------------------------------


@pytest.fixture(params=["en", "da"])
def language(request, qapp) -> Iterator[str]:
    from desktop import i18n

    i18n.install_for_app(qapp, request.param)
    yield request.param
    i18n.install_for_app(qapp, "en")


def _mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the texts that carry it (buttons, check boxes, labels with a buddy)."""
    found: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if not (labelled or isinstance(widget, QAbstractButton)):
            continue
        key = QKeySequence.mnemonic(widget.text()).toString()
        if key:
            found.setdefault(key, []).append(widget.text())
    return found


# the window's menus: Filer/File, Vis/View, Sprog/Language, Hjælp/Help
MENU_KEYS = {"en": {"Alt+F", "Alt+V", "Alt+L", "Alt+H"}, "da": {"Alt+F", "Alt+V", "Alt+S", "Alt+H"}}


def test_every_action_of_the_section_and_dialog_has_its_own_letter(
    sqlite_workspace: Workspace, qtbot: QtBot, language: str
) -> None:
    caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard", active=False)
    widget = SECTION(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(widget)
    widget.show_inactive.setChecked(True)
    widget.on_shown()
    for retired in (True, False):  # the button reads Make active, then Make inactive
        widget.table.selectRow(0)
        assert widget.active_button.text().startswith({"en": "Make", "da": "&Gør"}[language]), (
            widget.active_button.text()
        )
        found = _mnemonics(widget)
        assert len(found) == 4, found  # show inactive, new, edit, make (in)active
        assert not {k: t for k, t in found.items() if len(t) > 1}, found
        assert not set(found) & MENU_KEYS[language], found
        if retired:
            finish(qtbot, widget.toggle_active())

    dialog = CaseworkerDialog(sqlite_workspace, None)
    qtbot.addWidget(dialog)
    found = _mnemonics(dialog)
    assert len(found) == 5, found  # name, unit, phone, e-mail, active
    assert not {k: t for k, t in found.items() if len(t) > 1}, found


def test_the_section_reads_in_danish(sqlite_workspace: Workspace, qtbot: QtBot, qapp) -> None:
    from desktop import i18n

    i18n.install_for_app(qapp, "da")
    try:
        lone = caseworkers.save_caseworker(sqlite_workspace, None, "Lone Kjærsgaard")
        applicant(sqlite_workspace, "Anne Jensen", caseworker_id=lone)
        widget = SECTION(PageContext(sqlite_workspace, TaskRunner()))
        qtbot.addWidget(widget)
        widget.on_shown()
        assert SECTION.title() == "Sagsbehandlere"
        headers = [
            widget.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(widget.model.columnCount())
        ]
        assert headers == ["Navn", "Enhed", "Telefon", "E-mail", "Boligsøgende på listen", "Status"]
        assert _lines(widget) == [("Lone Kjærsgaard", "", "", "", "1", "Aktiv")]
        assert widget.new_button.text() == "&Ny sagsbehandler..."
        assert widget.active_button.text() == "&Gør inaktiv"
        dialog = widget.add()
        assert dialog.windowTitle() == "Ny sagsbehandler"
        dialog.ui.email.setText("lone")
        assert not succeeded(qtbot, dialog.save())
        assert dialog.ui.errors["name"].text() == "Et navn skal angives."
        dialog.close()
    finally:
        i18n.install_for_app(qapp, "en")
