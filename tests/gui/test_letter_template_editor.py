"""The template editor: the field list, the live check, the live preview, saving a version."""

from __future__ import annotations

from db.enums import LetterKind
from desktop.core.letters import active_template, template_versions
from desktop.core.letters.fields import fields_for
from desktop.ui.dialogs.template_editor import TemplateEditorDialog
from tests.gui.background import settle


def _editor(qtbot, ws, kind=LetterKind.OFFER) -> TemplateEditorDialog:
    dialog = TemplateEditorDialog(ws, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)  # the versions are read on the write worker (the first look stores the default)
    return dialog


def test_it_opens_the_template_in_use_with_its_fields(qtbot, qtmodeltester, sqlite_workspace):
    dialog = _editor(qtbot, sqlite_workspace)
    active = active_template(sqlite_workspace, LetterKind.OFFER)
    assert dialog.title_text == active.title
    assert dialog.body_text == active.body
    assert dialog.has_reply_slip
    assert dialog.problems == []
    assert not dialog.ui.save.isEnabled()  # nothing changed yet
    model = dialog.ui.fields.model()
    qtmodeltester.check(model)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["{" + f.name + "}" for f in fields_for(LetterKind.OFFER)]
    assert "{reasons}" not in shown  # a decision's field is not offered for an offer letter
    assert dialog.preview_pages == 3


def test_a_mistake_is_shown_at_once_and_cannot_be_saved(qtbot, sqlite_workspace):
    dialog = _editor(qtbot, sqlite_workspace)
    dialog.ui.body.setPlainText("Kære {applicant_name}\n\nDin husleje er {husleje}.")
    qtbot.waitUntil(lambda: bool(dialog.problems))
    assert "Line 3, column 16: unknown field {husleje}" in dialog.ui.problems.text()
    assert not dialog.ui.save.isEnabled()
    assert dialog.save() is None
    assert [v.version for v in template_versions(sqlite_workspace, LetterKind.OFFER)] == [1]
    dialog.ui.body.setPlainText("Kære {applicant_name}\n\nDin husleje er {rent}.")
    qtbot.waitUntil(lambda: not dialog.problems)
    assert dialog.ui.save.isEnabled()


def test_inserting_a_field_puts_it_at_the_cursor(qtbot, sqlite_workspace):
    dialog = _editor(qtbot, sqlite_workspace)
    dialog.ui.body.setPlainText("Svar senest ")
    cursor = dialog.ui.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.ui.body.setTextCursor(cursor)
    row = next(
        r
        for r in range(dialog.ui.fields.model().rowCount())
        if dialog.ui.fields.model().index(r, 0).data() == "{reply_deadline}"
    )
    dialog.ui.fields.selectRow(row)
    dialog.insert_field()
    assert dialog.body_text == "Svar senest {reply_deadline}"


def test_the_preview_follows_the_text_and_saving_makes_a_new_version(qtbot, sqlite_workspace):
    dialog = _editor(qtbot, sqlite_workspace)
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000) as updated:
        dialog.ui.reply_slip.setChecked(False)
    assert updated.args == [2]  # the reply slip page is gone
    dialog.ui.note.setText("no reply slip")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ui.save.click()
    info = saved.args[0]
    assert info.version == 2
    assert not info.has_reply_slip
    assert info.note == "no reply slip"
    assert active_template(sqlite_workspace, LetterKind.OFFER).version == 2
    assert dialog.ui.version.currentText() == "Version 2 (in use)"
    assert not dialog.ui.save.isEnabled()


def test_each_letter_kind_can_be_chosen(qtbot, sqlite_workspace):
    dialog = _editor(qtbot, sqlite_workspace)
    with qtbot.waitSignal(dialog.loaded):
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(LetterKind.DECISION_REMOVAL))
    assert dialog.kind == LetterKind.DECISION_REMOVAL
    assert "Klagevejledning" in dialog.body_text
    assert not dialog.has_reply_slip
    assert dialog.preview_pages >= 2


def test_a_version_saved_meanwhile_at_another_desk_is_not_overwritten(qtbot, sqlite_workspace):
    from desktop.core.letters import save_template
    from desktop.core.workspace import open_workspace
    from desktop.ui.dialogs.conflict import ConflictDialog

    dialog = _editor(qtbot, sqlite_workspace)
    colleague = open_workspace(sqlite_workspace.database.url, user="anna")
    try:
        theirs = active_template(colleague, LetterKind.OFFER)
        save_template(
            colleague,
            LetterKind.OFFER,
            title=theirs.title,
            body=theirs.body + "\n\nMed venlig hilsen",
            has_reply_slip=True,
        )
    finally:
        colleague.close()
    dialog.ui.reply_slip.setChecked(False)
    task = dialog.save()
    assert task is not None
    settle(qtbot)
    conflict = dialog.findChild(ConflictDialog)
    assert conflict is not None
    assert conflict.isVisible()
    assert "anna" in conflict.view.message.text()
    # The colleague's version is still the one in use; nothing of this editor was stored.
    assert sorted(v.version for v in template_versions(sqlite_workspace, LetterKind.OFFER)) == [
        1,
        2,
    ]
    assert active_template(sqlite_workspace, LetterKind.OFFER).has_reply_slip
    conflict.view.reload.click()
    settle(qtbot)
    assert dialog.ui.version.currentText() == "Version 2 (in use)"
    assert dialog.body_text.endswith("Med venlig hilsen")


def test_a_schemes_own_text_starts_from_the_ordinary_one_and_is_saved_as_its_own(
    qtbot, sqlite_workspace
):
    dialog = _editor(qtbot, sqlite_workspace)
    titles = [dialog.ui.kind.itemText(i) for i in range(dialog.ui.kind.count())]
    assert titles[:2] == ["Offer letter", "Offer letter: startbolig (Startboliger)"]
    with qtbot.waitSignal(dialog.loaded):
        dialog.ui.kind.setCurrentIndex(1)
    ordinary = active_template(sqlite_workspace, LetterKind.OFFER)
    assert dialog.variant == "startbolig"
    assert dialog.body_text == ordinary.body
    assert dialog.ui.version.currentText() == (
        "The ordinary text, version 1 (used until this one is saved)"
    )
    assert dialog.ui.save.isEnabled()  # saving makes it the scheme's own
    dialog.ui.title.setText("Tilbud om startbolig: {dwelling_address}")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ui.save.click()
    info = saved.args[0]
    assert (info.variant, info.version) == ("startbolig", 2)
    assert dialog.ui.version.currentText() == "Version 2 (in use)"
    assert not dialog.ui.save.isEnabled()
    assert [v.version for v in template_versions(sqlite_workspace, LetterKind.OFFER)] == [1]
