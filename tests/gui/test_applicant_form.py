"""The detail form: validation on the fields, the logged CPR reveal, duplicates and merging,
the sensitive tab, status changes with history, and the insight report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus, AuditAction, LegalFactKind
from desktop.core.applicants import register
from desktop.core.workspace import Workspace
from tests.gui.background import finish, settle, succeeded
from tests.unit.applicants.factories import applicant, audit_rows

pytestmark = pytest.mark.gui


def form_for(ws: Workspace, qtbot: QtBot, applicant_id: int | None):
    from desktop.ui.dialogs.applicant_form import ApplicantForm

    form = ApplicantForm(ws, applicant_id)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_new_applicant_with_bad_input_is_refused_field_by_field(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    form = form_for(sqlite_workspace, qtbot, None)
    form.ui.cpr.setText("320187-1234")
    form.ui.email.setText("not an address")
    form.ui.registered_on.setText("31.02.2026")
    assert not succeeded(qtbot, form.save())
    assert form.ui.message.isVisibleTo(form)
    assert "31.02.2026" in form.ui.message.text()  # a date that does not exist
    assert form.ui.registered_on.styleSheet() != ""
    form.ui.registered_on.setText("01.11.2026")
    assert not succeeded(qtbot, form.save())
    text = form.ui.message.text()
    assert "name" in text.lower()
    assert "real date of birth" in text
    assert form.ui.cpr.styleSheet() != ""
    assert form.ui.email.styleSheet() != ""
    assert form.ui.phone.styleSheet() == ""
    with sqlite_workspace.read() as session:  # nothing was saved
        assert register.applicant_views(session) == {}


@pytest.mark.parametrize(
    "name", ["Олена Коваленко", "Nguyễn Thị Lan", "Ærø Åsesen-Øby", "محمد الأحمد", "Σοφία"]
)
def test_names_in_any_script_are_saved_as_written(
    sqlite_workspace: Workspace, qtbot: QtBot, name: str
) -> None:
    form = form_for(sqlite_workspace, qtbot, None)
    saved: list[int] = []
    form.saved.connect(saved.append)
    form.ui.name.setText(name)
    form.ui.birth_date.setText("01.05.1990")
    assert succeeded(qtbot, form.save())
    view = register.applicant_view(sqlite_workspace, saved[0])
    assert view.name == name
    assert view.birth_date == dt.date(1990, 5, 1)
    assert not view.has_cpr


def test_the_cpr_number_is_revealed_only_with_a_purpose_and_each_reveal_is_logged(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace, "Łukasz Nowak", cpr="1203851234")
    form = form_for(sqlite_workspace, qtbot, person)
    assert form.ui.cpr_shown.text() == "120385-XXXX"
    form.ask_purpose = lambda *_args: None  # cancelled
    assert form.reveal() is None
    assert form.ui.cpr_shown.text() == "120385-XXXX"
    form.ask_purpose = lambda *_args: "Borgeren ringede"
    assert finish(qtbot, form.reveal()).result == "120385-1234"
    assert form.revealed == "120385-1234"
    assert form.ui.cpr_shown.text() == "120385-1234"
    reveals = [
        e for e in audit_rows(sqlite_workspace, person) if e.action == AuditAction.REVEAL_CPR
    ]
    assert [e.purpose for e in reveals] == ["Borgeren ringede"]
    # saving the form keeps the number it never saw in full
    form.ui.phone.setText("20 20 20 20")
    assert succeeded(qtbot, form.save())
    assert register.applicant_view(sqlite_workspace, person).cpr_masked == "120385-XXXX"


def test_registering_someone_already_registered_opens_the_merge_dialog(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    existing = applicant(
        sqlite_workspace, "Anne Jensen", cpr="0101901239", phone="20202020", address="Herberg"
    )
    form = form_for(sqlite_workspace, qtbot, None)
    form.ui.name.setText("Anne Marie Jensen")
    form.ui.cpr.setText("010190-1239")
    form.ui.address.street.setText("Kastetvej 12")
    form.ui.address.postcode.setText("9000")
    form.ui.address.town.setText("Aalborg")
    assert not succeeded(qtbot, form.save())
    dialog = form.duplicate_dialog
    qtbot.addWidget(dialog)
    assert dialog.candidates[0].id == existing
    assert not dialog.another_button.isEnabled()  # the same CPR number: never a second record
    assert dialog.chosen("address") == "other"  # the new registration's newer address
    assert dialog.chosen("name") == "keep"
    with qtbot.waitSignal(form.saved):
        assert succeeded(qtbot, dialog.do_merge())
    view = register.applicant_view(sqlite_workspace, existing)
    assert view.name == "Anne Jensen"
    assert view.address == "Kastetvej 12, 9000 Aalborg"
    assert view.cpr_masked == "010190-XXXX"


def test_merging_two_records_from_the_list(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.dialogs.merge_applicants import MergeDialog

    first = applicant(
        sqlite_workspace,
        "Anne Jensen",
        birth_date=dt.date(1990, 1, 1),
        registered_on=dt.date(2024, 1, 1),
    )
    second = applicant(
        sqlite_workspace,
        "Anne Jensen",
        cpr="0101901239",
        registered_on=dt.date(2026, 1, 1),
        accept_duplicates_of=[first],
    )
    dialog = MergeDialog.for_records(sqlite_workspace, second, first)
    qtbot.addWidget(dialog)
    assert dialog.keep_view.id == first  # the earlier registration is kept
    assert dialog.chosen("cpr") == "other"  # the record without a number takes the other's
    assert succeeded(qtbot, dialog.do_merge())
    kept = register.applicant_view(sqlite_workspace, first)
    assert kept.cpr_masked == "010190-XXXX"
    assert kept.registered_on == dt.date(2024, 1, 1)


def test_the_sensitive_tab_is_locked_until_a_purpose_is_given(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace)
    form = form_for(sqlite_workspace, qtbot, person)
    panel = form.ui.facts
    assert not panel.unlocked
    panel.ask = lambda *_args: None
    panel.ask_and_unlock()
    assert not panel.unlocked
    panel.ask = lambda *_args: "Matchning af bolig"
    panel.ask_and_unlock()
    settle(qtbot)  # the view is logged on the write worker, then the facts are shown
    assert panel.unlocked
    views = [e for e in audit_rows(sqlite_workspace, person) if e.action == AuditAction.VIEW]
    assert [e.purpose for e in views] == ["Matchning af bolig"]
    dialog = panel.groups[0].edit(None)
    qtbot.addWidget(dialog)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(LegalFactKind.BENEFIT.value))
    dialog.ui.start.setText("01.02.2026")
    assert not dialog.check()  # a benefit needs its name
    dialog.ui.label.setText("kontanthjælp")
    assert dialog.check()
    settle(qtbot)
    assert panel.groups[0].model.rowCount() == 1
    assert panel.groups[0].model.index(0, 1).data() == "kontanthjælp"


def test_status_changes_need_their_date_or_reason(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_status import StatusDialog

    person = applicant(sqlite_workspace)
    form = form_for(sqlite_workspace, qtbot, person)
    dialog = form.change_status()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, StatusDialog)
    dialog.ui.status.setCurrentIndex(dialog.ui.status.findData("paused"))
    assert not succeeded(qtbot, dialog.save())
    assert "date" in dialog.ui.message.text()
    dialog.ui.paused_until.setText("24.12.2026")
    assert succeeded(qtbot, dialog.save())
    assert "Paused" in form.ui.status_shown.text()
    assert form.history_model.rowCount() == 2
    view = register.applicant_view(sqlite_workspace, person)
    assert (view.status, view.paused_until) == (ApplicantStatus.PAUSED, dt.date(2026, 12, 24))


def test_the_insight_report_is_written_and_logged(
    sqlite_workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    person = applicant(sqlite_workspace, "Nguyễn Thị Lan")
    form = form_for(sqlite_workspace, qtbot, person)
    target = finish(qtbot, form.write_insight(tmp_path / "indsigt.pdf", "Anmodning om indsigt"))
    assert target.result == tmp_path / "indsigt.pdf"
    assert target.result.read_bytes().startswith(b"%PDF")
    exports = [e for e in audit_rows(sqlite_workspace, person) if e.action == AuditAction.EXPORT]
    assert [e.purpose for e in exports] == ["Anmodning om indsigt"]


def test_household_members_are_added_in_the_form(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    person = applicant(sqlite_workspace)
    form = form_for(sqlite_workspace, qtbot, person)
    row = form.ui.members.add(None)
    row.name.setText("Bo Jensen")
    row.relation.setCurrentIndex(row.relation.findData("child"))
    row.birth.setText("03.04.2018")
    assert "1 adult and 1 child" in form.ui.members.summary.text()
    assert succeeded(qtbot, form.save())
    view = register.applicant_view(sqlite_workspace, person)
    assert [(m.name, m.birth_date) for m in view.members[1:]] == [
        ("Bo Jensen", dt.date(2018, 4, 3))
    ]


def test_a_cpr_number_in_a_free_text_field_is_warned_about(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    person = applicant(sqlite_workspace, "Hans Ærø", phone="20 30 40 50")
    form = form_for(sqlite_workspace, qtbot, person)
    warning = form.ui.cpr_warning
    assert not warning.isVisibleTo(form)
    form.ui.phone.setText("010190-1239")
    form.ui.notes.setPlainText("Født 120385 1234")
    assert warning.isVisibleTo(form)
    assert set(warning.found) == {"phone", "notes"}
    assert "Phone" in warning.text()
    assert "Notes" in warning.text()
    form.ui.phone.setText("20 30 40 50")
    form.ui.notes.clear()
    assert not warning.isVisibleTo(form)
    assert form.save()  # a warning never stops a save


def test_the_status_note_warns_about_a_cpr_number(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_status import StatusDialog

    person = applicant(sqlite_workspace)
    dialog = StatusDialog(sqlite_workspace, person, ApplicantStatus.ACTIVE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.note.setPlainText("Flyttet, ny cpr 0101901239")
    assert dialog.ui.cpr_warning.isVisibleTo(dialog)
    assert set(dialog.ui.cpr_warning.found) == {"note"}
