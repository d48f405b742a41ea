"""The Boligsøgende page: the list, search as you type, filters, sort, the logged CPR search."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus, AuditAction, Urgency
from desktop.core.applicants import caseworkers, register
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.gui.background import finish, settle, succeeded
from tests.unit.applicants.factories import applicant, audit_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> Workspace:
    ws = sqlite_workspace
    worker = caseworkers.save_caseworker(ws, None, "Lone Kjærsgaard")
    applicant(ws, "Łukasz Nowak", cpr="1203851234", phone="20 55 66 77", caseworker_id=worker)
    applicant(ws, "Åse Ørum", urgency=Urgency.ACUTE, max_rent=Decimal(3900))
    applicant(ws, "Олена Коваленко", cpr="0101901239", target_group="refugee")
    paused = applicant(ws, "Ahmed Al-Sayed", birth_date=dt.date(1980, 5, 5))
    register.change_status(ws, paused, ApplicantStatus.PAUSED, paused_until=dt.date(2026, 12, 24))
    return ws


@pytest.fixture
def page(desk: Workspace, qtbot: QtBot):
    from desktop.ui.pages.applicants import ApplicantsPage

    widget = ApplicantsPage(PageContext(desk, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.on_shown()
    settle(qtbot)  # the first look writes (search fields, ended pauses) on the write worker
    return widget


def shown(page, column: int | str = 0) -> list[str]:
    """The texts of a column (its number, or its header)."""
    if isinstance(column, str):
        column = next(i for i, c in enumerate(page.model.columns) if c.header == column)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def search(page, text: str) -> None:
    page.filters.search.setText(text)
    page.filters.search.flush()


def test_the_list_shows_everyone_with_the_cpr_number_masked(page, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    # Danish order (… z æ ø å), other scripts after the Latin letters
    assert shown(page) == ["Ahmed Al-Sayed", "Łukasz Nowak", "Åse Ørum", "Олена Коваленко"]
    assert page.count_label.text() == "4 applicants"
    cells = [
        str(page.model.index(r, c).data())
        for r in range(page.model.rowCount())
        for c in range(page.model.columnCount())
    ]
    assert "120385-XXXX" in cells
    assert "No CPR number" in cells
    assert not any("1234" in cell or "1239" in cell for cell in cells)
    assert "Paused → 24/12/2026" in shown(page, "Status")


def test_search_as_you_type_and_filters(page) -> None:
    search(page, "ørum")
    assert shown(page) == ["Åse Ørum"]
    search(page, "kjærsg")  # the caseworker
    assert shown(page) == ["Łukasz Nowak"]
    search(page, "олена")  # Cyrillic, any case
    assert shown(page) == ["Олена Коваленко"]
    search(page, "")
    bar = page.filters
    bar.urgency.setCurrentIndex(bar.urgency.findData("acute"))
    assert shown(page) == ["Åse Ørum"]
    bar.urgency.setCurrentIndex(0)
    bar.status.setCurrentIndex(bar.status.findData("paused"))
    assert shown(page) == ["Ahmed Al-Sayed"]
    bar.status.setCurrentIndex(0)
    bar.group.setCurrentIndex(bar.group.findData("refugee"))
    assert shown(page) == ["Олена Коваленко"]


def test_sort_on_any_column(page) -> None:
    from PySide6.QtCore import Qt

    rent = next(i for i, c in enumerate(page.model.columns) if c.sort_key == "max_rent")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["Олена Коваленко", "Åse Ørum", "Łukasz Nowak", "Ahmed Al-Sayed"]
    page.table.sortByColumn(rent, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "max_rent"
    assert shown(page)[0] == "Åse Ørum"  # the only one with a highest rent; empty ones last


def test_a_whole_cpr_number_is_searched_only_with_a_logged_purpose(
    page, desk: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    import desktop.ui.pages.applicants as applicants_page

    search(page, "120385-1234")
    assert page.cpr_button.isVisibleTo(page)
    assert "press Enter" in page.cpr_hint.text()
    assert shown(page) == ["Łukasz Nowak"]  # meanwhile: by the birth-date part only
    monkeypatch.setattr(applicants_page, "ask_purpose", lambda *_args: None)  # staff cancel
    page.search_cpr()
    assert not [e for e in audit_rows(desk) if e.action == AuditAction.SEARCH_CPR]
    monkeypatch.setattr(applicants_page, "ask_purpose", lambda *_args: "Borgeren i skranken")
    page.filters.search.returnPressed.emit()
    settle(qtbot)  # the search is logged on the write worker
    searches = [e for e in audit_rows(desk) if e.action == AuditAction.SEARCH_CPR]
    assert [e.purpose for e in searches] == ["Borgeren i skranken"]
    assert shown(page) == ["Łukasz Nowak"]
    assert page.clear_cpr_button.isVisibleTo(page)
    page.clear_cpr_search()
    assert len(shown(page)) == 4


def test_opening_a_row_shows_the_form_and_saving_refreshes_the_list(page, qtbot: QtBot) -> None:
    search(page, "ørum")
    page.table.selectRow(0)
    form = page.open_applicant(page.selected_ids()[0])
    qtbot.addWidget(form)
    form.ui.phone.setText("31 31 31 31")
    with qtbot.waitSignal(form.saved):
        assert succeeded(qtbot, form.save())
    search(page, "31313131")
    assert shown(page) == ["Åse Ørum"]


def test_pauses_that_ended_make_the_applicants_active_again(
    page, desk: Workspace, qtbot: QtBot
) -> None:
    desk.clock = lambda: dt.date(2026, 12, 25)
    assert finish(qtbot, page.end_expired_pauses()).result == 1
    assert "Paused" not in " ".join(shown(page, "Status"))


def _press(qtbot: QtBot, page, key) -> None:
    """Alt+letter in the page's window, as a user presses it."""
    from PySide6.QtCore import Qt

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, key, Qt.KeyboardModifier.AltModifier)


def test_export_list_exports_what_the_list_shows_with_a_purpose(
    page, desk: Workspace, qtbot: QtBot, tmp_path
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from desktop.ui.dialogs.export_applicants import ExportApplicantsDialog

    page.filters.status.setCurrentIndex(page.filters.status.findData("open"))
    search(page, "ø")
    assert shown(page) == ["Åse Ørum"]  # (Łukasz Nowak matches no "ø")
    messages: list[str] = []
    page.status_message.connect(messages.append)
    _press(qtbot, page, Qt.Key.Key_E)  # the button's Alt+E (it clicks after a short flash)
    qtbot.waitUntil(lambda: page.findChild(ExportApplicantsDialog) is not None)
    dialog = page.findChild(ExportApplicantsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.query == page.current_query()
    assert dialog.findChild(QLabel, "export_scope").text() == "The 1 applicant the list shows now."
    assert dialog.query.text == "ø"
    dialog.purpose_edit.setText("Liste til boligsocialt team")
    dialog.file.set_path(tmp_path / "liste.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.run_export()
    rows = list(load_workbook(tmp_path / "liste.xlsx").active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["Åse Ørum"]
    exports = [e for e in audit_rows(desk) if e.action == AuditAction.EXPORT]
    assert [e.purpose for e in exports] == ["Liste til boligsocialt team"]
    assert messages == ["liste.xlsx: 1 applicant."]


def test_suitable_dwellings_open_for_the_chosen_applicant(desk: Workspace, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.dialogs.candidates import SuitableVacanciesDialog
    from desktop.ui.pages.applicants import ApplicantsPage
    from desktop.ui.tasks import TaskRunner
    from tests.unit.matching import db_factories as make

    make.vacancy(desk, make.department(desk), rent=Decimal(3200))
    page = ApplicantsPage(PageContext(desk, TaskRunner()))
    qtbot.addWidget(page)
    page.show()
    page.on_shown()
    assert not page.suitable_button.isEnabled()  # nobody chosen yet
    search(page, "ørum")
    page.table.selectRow(0)
    assert page.suitable_button.isEnabled()
    _press(qtbot, page, Qt.Key.Key_W)  # the button's Alt+W (it clicks after a short flash)
    qtbot.waitUntil(lambda: page.findChild(SuitableVacanciesDialog) is not None)
    dialog = page.findChild(SuitableVacanciesDialog)
    assert dialog.applicant_id == page.selected_ids()[0]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 0).data().startswith("Kildeparken")
    dialog.close()


def test_the_page_mnemonics_are_unique_with_the_menus(qtbot, sqlite_workspace, qapp) -> None:
    """Alt+letter on the page (buttons, filter labels) never also opens a menu or another
    control, in Danish and in English."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from desktop import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import TaskRunner

    try:
        for language in ("da", "en"):
            i18n.install_for_app(qapp, language)
            window = MainWindow(sqlite_workspace, TaskRunner(), language)
            qtbot.addWidget(window)
            page = window.show_page("applicants")
            texts = [a.text() for a in window.menuBar().actions()]
            for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
                if isinstance(widget, QLabel) and widget.buddy() is None:
                    continue
                texts.append(widget.text())
            keys = [QKeySequence.mnemonic(t).toString() for t in texts]
            keys = [k for k in keys if k]
            assert len(keys) >= 14, texts
            repeated = {k for k in keys if keys.count(k) > 1}
            assert not repeated, (language, sorted(t for t in texts if "&" in t))
    finally:
        i18n.install_for_app(qapp, "en")


def test_a_merge_that_someone_else_overtook_says_who_and_reopens_on_the_saved_records(
    page, desk: Workspace, qtbot: QtBot
) -> None:
    from dataclasses import replace

    from desktop.core.applicants.inputs import from_view
    from desktop.core.workspace import open_workspace
    from desktop.ui.dialogs.conflict import ConflictDialog

    first = applicant(desk, "Anne Jensen", birth_date=dt.date(1992, 2, 2))
    second = applicant(
        desk,
        "Anne Jensen",
        cpr="0202921236",
        registered_on=dt.date(2026, 1, 1),
        accept_duplicates_of=[first],
    )
    merging = page._open_merge(first, second)
    qtbot.addWidget(merging)
    # Meanwhile a colleague at another workstation gives the kept record a phone number.
    colleague = open_workspace(desk.database.url, user="anna")
    try:
        view = register.applicant_view(colleague, first)
        register.update_applicant(
            colleague, first, view.version, replace(from_view(view), phone="40 40 40 40")
        )
    finally:
        colleague.close()

    assert not succeeded(qtbot, merging.do_merge())
    conflict = merging.findChild(ConflictDialog)
    assert conflict is not None
    assert conflict.isVisible()
    assert "anna" in conflict.view.headline.text()  # who changed the record
    assert "Nothing was merged" in conflict.view.message.text()
    assert register.applicant_view(desk, second).status == ApplicantStatus.ACTIVE  # not merged

    conflict.view.reload.click()
    reopened = page.merge_dialog
    assert reopened is not merging
    assert reopened.isVisible()
    assert not merging.isVisible()
    assert reopened.keep_view.phone == "40 40 40 40"  # the records as they are now
    assert succeeded(qtbot, reopened.do_merge())
    kept = register.applicant_view(desk, first)
    assert kept.phone == "40 40 40 40"
    assert kept.cpr_masked == "020292-XXXX"
