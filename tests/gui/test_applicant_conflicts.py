"""Two desks on one applicant: the detail form, the status dialog and the sensitive tab save onto
the version they loaded; when someone else saved first, the conflict dialog says who and when,
compares, and Reload shows the record as it is now. Nothing is overwritten silently."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus, LegalFactKind, MemberRelation
from desktop.core.applicants import facts, register
from desktop.core.applicants.inputs import FactInput, MemberInput, from_view
from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from tests.gui.background import finish, settle, succeeded
from tests.unit.applicants.factories import applicant

pytestmark = pytest.mark.gui


@pytest.fixture
def anna(sqlite_workspace: Workspace, tmp_path: Path) -> Iterator[Workspace]:
    """Another workstation on the same database."""
    desk = open_workspace(tmp_path / "anvis.sqlite", user="anna")
    desk.clock = lambda: TODAY
    yield desk
    desk.close()


def _form(ws: Workspace, qtbot: QtBot, applicant_id: int):
    from desktop.ui.dialogs.applicant_form import ApplicantForm

    form = ApplicantForm(ws, applicant_id)
    qtbot.addWidget(form)
    form.show()
    return form


def _rows(dialog) -> list[tuple[str, ...]]:
    table = dialog.view.table
    return [
        tuple(table.model().index(r, c).data() for c in range(3))
        for r in range(table.model().rowCount())
    ]


def test_saving_the_form_after_someone_else_shows_who_compares_and_reloads(
    sqlite_workspace: Workspace, anna: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace, phone="20202020", cpr="120385-1234")
    form = _form(sqlite_workspace, qtbot, person)
    view = register.applicant_view(anna, person)
    register.update_applicant(
        anna, person, view.version, replace(from_view(view), phone="31313131")
    )

    form.ui.notes.setPlainText("Ring før kl. 12")
    assert not succeeded(qtbot, form.save())
    dialog = form.conflict
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "anna changed this record" in dialog.view.headline.text()
    assert form.isVisible()  # the form stays open with the user's edit
    assert form.ui.notes.toPlainText() == "Ring før kl. 12"
    dialog.view.compare.click()
    assert _rows(dialog) == [
        ("Phone ≠", "20202020", "31313131"),
        ("Notes ≠", "Ring før kl. 12", "—"),
    ]
    assert register.applicant_view(sqlite_workspace, person).notes is None  # nothing saved

    dialog.view.reload.click()
    assert form.ui.phone.text() == "31313131"
    assert form.ui.notes.toPlainText() == ""
    form.ui.notes.setPlainText("Ring før kl. 12")
    assert succeeded(qtbot, form.save())  # onto the version it now shows
    stored = register.applicant_view(anna, person)
    assert (stored.phone, stored.notes) == ("31313131", "Ring før kl. 12")


def test_a_status_change_after_someone_else_offers_reload(
    sqlite_workspace: Workspace, anna: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace)
    form = _form(sqlite_workspace, qtbot, person)
    dialog = form.change_status()
    qtbot.addWidget(dialog)
    register.change_status(
        anna, person, ApplicantStatus.PAUSED, paused_until=TODAY + dt.timedelta(14)
    )
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(ApplicantStatus.HOUSED.value))
    assert not succeeded(qtbot, dialog.save())
    conflict = dialog.conflict
    assert conflict is not None
    qtbot.waitExposed(conflict)
    assert "anna changed this record" in conflict.view.headline.text()
    conflict.view.compare.click()
    assert ("Status ≠", "Housed", "Paused") in _rows(conflict)
    assert register.applicant_view(anna, person).status == ApplicantStatus.PAUSED

    conflict.view.reload.click()
    assert not dialog.isVisible()
    assert form.ui.status_shown.text().startswith("Paused")
    # a second try is made onto the version the form now shows
    again = form.change_status()
    qtbot.addWidget(again)
    again.ui.status.setCurrentIndex(again.ui.status.findData(ApplicantStatus.HOUSED.value))
    assert succeeded(qtbot, again.save())
    assert register.applicant_view(anna, person).status == ApplicantStatus.HOUSED


def test_a_status_change_keeps_what_was_typed_in_the_form(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace)
    form = _form(sqlite_workspace, qtbot, person)
    form.ui.phone.setText("40404040")
    dialog = form.change_status()
    qtbot.addWidget(dialog)
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(ApplicantStatus.HOUSED.value))
    with qtbot.waitSignal(form.saved):
        assert succeeded(qtbot, dialog.save())
    assert form.ui.status_shown.text() == "Housed"
    assert form.ui.phone.text() == "40404040"
    # the status change made a new version: the form saves onto it
    assert succeeded(qtbot, form.save())
    view = register.applicant_view(sqlite_workspace, person)
    assert (view.status, view.phone) == (ApplicantStatus.HOUSED, "40404040")


def test_facts_saved_after_someone_else_offer_reload(
    sqlite_workspace: Workspace, anna: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace, members=(MemberInput(MemberRelation.PARTNER, "Kim Lund"),))
    form = _form(sqlite_workspace, qtbot, person)
    panel = form.ui.facts
    finish(qtbot, panel.unlock("Matchning"))
    partner = panel.groups[1].member
    facts.save_member_facts(
        anna,
        person,
        partner.id,
        [FactInput(LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 1, 1))],
        expected_version=partner.version,
    )
    mine = FactInput(LegalFactKind.PRISON_RELEASE, None, dt.date(2026, 9, 1))
    assert not succeeded(qtbot, panel.save(partner, [mine]))
    conflict = panel.conflict
    assert conflict is not None
    qtbot.waitExposed(conflict)
    assert "anna changed this record" in conflict.view.headline.text()
    conflict.view.compare.click()
    assert _rows(conflict) == [
        ("Legal facts ≠", "Release from prison 01/09/2026–", "Benefit kontanthjælp 01/01/2026–")
    ]
    conflict.view.reload.click()
    shown = panel.groups[1]
    assert [f.label for f in shown.member.facts] == ["kontanthjælp"]
    assert succeeded(qtbot, panel.save(shown.member, [*(_kept(shown.member.facts)), mine]))
    stored = facts.household_facts(anna, person).members[1].facts
    assert [f.kind for f in stored] == [LegalFactKind.BENEFIT, LegalFactKind.PRISON_RELEASE]


def _kept(shown) -> list[FactInput]:
    return [FactInput(f.kind, f.label, f.start_date, f.end_date, f.note, id=f.id) for f in shown]


def test_the_facts_table_takes_insert_enter_and_delete(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.dialogs.applicant_facts import FactDialog

    person = applicant(sqlite_workspace)
    form = _form(sqlite_workspace, qtbot, person)
    qtbot.waitExposed(form)
    form.activateWindow()
    form.ui.tabs.setCurrentWidget(form.ui.facts)
    panel = form.ui.facts
    finish(qtbot, panel.unlock("Matchning"))
    group = panel.groups[0]
    qtbot.waitUntil(group.table.isVisible)
    assert "(Ins)" in group.add_button.toolTip()
    group.table.setFocus()
    qtbot.waitUntil(group.table.hasFocus)
    qtbot.keyClick(group.table, Qt.Key.Key_Insert)
    dialog = group.findChild(FactDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(LegalFactKind.CITIZENSHIP.value))
    dialog.ui.label.setText("sy")
    assert dialog.check()
    settle(qtbot)  # the fact is saved on the write worker; then the facts are shown anew
    form.activateWindow()  # back in the form (offscreen has no window manager to do it)
    qtbot.waitUntil(form.isActiveWindow)
    group = panel.groups[0]
    qtbot.waitUntil(group.table.isVisible)  # the groups are shown anew after a save
    assert [f.label for f in group.member.facts] == ["SY"]
    assert not group.remove_button.isEnabled()  # nothing chosen yet
    group.table.selectRow(0)
    assert group.remove_button.isEnabled()
    group.table.setFocus()
    qtbot.waitUntil(group.table.hasFocus)
    qtbot.keyClick(group.table, Qt.Key.Key_Delete)
    settle(qtbot)
    assert panel.groups[0].member.facts == ()


def test_a_fact_refused_for_a_conflict_stays_in_its_dialog_until_reloaded(
    sqlite_workspace: Workspace, anna: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace, members=(MemberInput(MemberRelation.PARTNER, "Kim Lund"),))
    form = _form(sqlite_workspace, qtbot, person)
    panel = form.ui.facts
    finish(qtbot, panel.unlock("Matchning"))
    partner = panel.groups[1].member
    facts.save_member_facts(
        anna,
        person,
        partner.id,
        [FactInput(LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 1, 1))],
        expected_version=partner.version,
    )
    dialog = panel.groups[1].edit(None)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(LegalFactKind.CITIZENSHIP.value))
    dialog.ui.label.setText("SY")
    assert dialog.check()
    settle(qtbot)
    conflict = panel.conflict
    assert conflict is not None
    qtbot.waitExposed(conflict)
    assert dialog.isVisible()  # what was typed is still there, nothing saved
    assert dialog.ui.label.text() == "SY"
    stored = facts.household_facts(anna, person).members[1].facts
    assert [f.label for f in stored] == ["kontanthjælp"]
    conflict.view.reload.click()
    settle(qtbot)
    assert [f.label for f in panel.groups[1].member.facts] == ["kontanthjælp"]
