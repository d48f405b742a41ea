"""The Ledige boliger page: list, filters, detail panel and decisions; the quota dialog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.importing import run_to_completion
from desktop.core.intake import decisions, imports, listing
from desktop.core.intake.vocabulary import IntakeProposal, VacancyStatus
from desktop.core.matching import counts
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.wrapping import BREAK
from tests.conftest import TODAY
from tests.gui.background import finish, settle, succeeded
from tests.unit.intake.factories import load_sample_registry

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace, samples: Path) -> Workspace:
    load_sample_registry(sqlite_workspace, samples)
    path = samples / "vacancies_lejerbo.csv"
    organisation = imports.organisation_by_number(sqlite_workspace, "310")
    run_to_completion(imports.import_vacancies(sqlite_workspace, path, organisation))
    return sqlite_workspace


@pytest.fixture
def page(desk: Workspace, qtbot: QtBot):
    from desktop.ui.pages.vacancies import VacanciesPage

    widget = VacanciesPage(PageContext(desk, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    widget.on_shown()
    return widget


def _rows(page) -> list[listing.VacancyRow]:
    return [page.model.row(i) for i in range(page.model.rowCount())]


def test_the_list_shows_every_open_dwelling_with_colour_and_proposal(page, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    rows = _rows(page)
    assert len(rows) == 34
    assert page.count_label.text() == "34 dwellings"
    red = [r for r in rows if r.department.startswith("1231 ")]
    assert red
    assert all(r.proposal == IntakeProposal.RETURN for r in red)
    colour_column = next(i for i, c in enumerate(page.model.columns) if c.sort_key == "colour")
    assert page.model.index(rows.index(red[0]), colour_column).data() == "Red"


def test_the_deciding_columns_stay_in_view_beside_the_detail_panel(page, qtbot) -> None:
    # 1280 px less the navigation (about 170 px): the days left (the list is sorted by the
    # deadline), the rent, rooms, type and department are readable without scrolling sideways.
    page.resize(1100, 700)
    qtbot.wait(10)
    header = page.table.horizontalHeader()
    titles = [c.header for c in page.model.columns]
    visible = page.table.viewport().width()
    for title in ("Address", "Days left", "Monthly", "Rooms", "Type", "Department"):
        column = titles.index(title)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible


def test_filters_narrow_the_list(page, qtbot: QtBot) -> None:
    bar = page.filters
    bar.colour.setCurrentIndex(bar.colour.findData("red"))
    assert {r.colour for r in _rows(page)} == {"red"}
    bar.colour.setCurrentIndex(0)
    bar.kind.setCurrentIndex(bar.kind.findData("youth"))
    assert len(_rows(page)) == 6
    bar.kind.setCurrentIndex(0)
    bar.search.setText("nibevej")
    bar.search.flush()
    assert {r.address.split()[0] for r in _rows(page)} == {"Nibevej"}


def test_choosing_a_row_shows_its_detail_and_history(page) -> None:
    page.table.selectRow(0)
    detail = page.detail.detail
    assert detail is not None
    assert detail.id == _rows(page)[0].id
    history = page.detail.history.text().replace(BREAK, "")  # a long file name may break
    assert "Imported from vacancies_lejerbo.csv" in history
    assert "Intake check" in page.detail.check.text()
    assert page.confirm_button.isEnabled()
    assert not page.give_back_button.isEnabled()


def test_confirming_proposals_shows_the_plan_first_and_acts_only_on_confirmation(
    page, desk: Workspace, qtbot: QtBot, qtmodeltester
) -> None:
    rows = _rows(page)
    red = next(i for i, r in enumerate(rows) if r.department.startswith("1231 "))
    page.table.selectRow(red)
    finish(qtbot, page.confirm_selected())
    dialog = page.decisions.dialog
    qtmodeltester.check(dialog.model)
    assert dialog.ui.heading.text() == "Confirm the proposals for 1 dwelling?"
    assert [(p.organisation, p.accepted, p.returned) for p in dialog.model.rows()] == [
        ("310 Lejerbo Aalborg", 0, 1)
    ]
    totals = dialog.ui.totals.text()
    assert totals.startswith("In all: 0 dwellings accepted and 1 dwelling returned")
    assert dialog.ui.reason.isHidden()  # nothing accepted without candidates: nothing to ask
    dialog.reject()
    settle(qtbot)
    assert _statuses(desk, rows[red].id) == VacancyStatus.RECEIVED  # cancelled: nothing done

    finish(qtbot, page.confirm_selected())
    page.decisions.dialog.ui.confirm.click()
    assert succeeded(qtbot, page.decisions.task)
    assert _statuses(desk, rows[red].id) == VacancyStatus.RETURNED
    assert len(_rows(page)) == 33  # the open list no longer shows it


def test_confirming_acceptances_without_candidates_asks_why_once(
    page, desk: Workspace, qtbot: QtBot
) -> None:
    """No applicant is on the list yet: every dwelling to accept has 0 eligible candidates."""
    received = [r for r in _rows(page) if r.status == VacancyStatus.RECEIVED]
    page.select_ids([r.id for r in received])
    finish(qtbot, page.confirm_selected())
    dialog = page.decisions.dialog
    accepted = sum(p.accepted for p in dialog.model.rows())
    returned = sum(p.returned for p in dialog.model.rows())
    assert accepted + returned == len(received) == 34
    assert sum(p.without_candidates for p in dialog.model.rows()) == accepted
    assert not dialog.ui.reason.isHidden()
    assert dialog.ui.question.text().startswith(f"{accepted} of the dwellings to accept have no")
    dialog.ui.confirm.click()  # no reason yet: the dialog says so and stays
    assert dialog.isVisible()
    assert dialog.ui.note.text() == "Write why the dwellings without candidates are accepted."
    dialog.ui.reason.setPlainText("Listen fyldes op i næste uge")
    qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert succeeded(qtbot, page.decisions.task)
    found = listing.list_vacancies(desk, listing.VacancyFilter(statuses=(VacancyStatus.ACCEPTED,)))
    assert len(found) == accepted
    assert "Listen fyldes op i næste uge" in _history(desk, found[0].id)


def _statuses(ws: Workspace, vacancy_id: int) -> VacancyStatus:
    return listing.vacancy_detail(ws, vacancy_id).status


def _history(ws: Workspace, vacancy_id: int) -> str:
    return " ".join(e.note or "" for e in listing.vacancy_detail(ws, vacancy_id).events)


def test_accepting_against_the_proposal_asks_why_and_keeps_the_reason(
    page, desk: Workspace, qtbot: QtBot
) -> None:
    rows = _rows(page)
    red = next(r for r in rows if r.proposal == IntakeProposal.RETURN)
    page.select_ids([red.id])
    finish(qtbot, page.accept_selected())
    dialog = page.decisions.dialog
    questions = dialog.ui.questions.text()
    assert questions.startswith("The intake check proposes returning the dwelling")
    assert "0 eligible candidates" in questions  # both reasons, asked once
    dialog.reject()
    settle(qtbot)
    assert _statuses(desk, red.id) == VacancyStatus.RECEIVED

    finish(qtbot, page.accept_selected())
    dialog = page.decisions.dialog
    dialog.ui.edit.setPlainText("Aftalt med boligselskabet")
    dialog.ui.ok.click()
    assert succeeded(qtbot, page.decisions.task)
    assert _statuses(desk, red.id) == VacancyStatus.ACCEPTED
    assert "Aftalt med boligselskabet" in _history(desk, red.id)


def test_accepting_a_dwelling_with_candidates_as_proposed_asks_nothing(
    page, desk: Workspace, qtbot: QtBot
) -> None:
    from tests.unit.matching import db_factories as make

    make.applicant(desk, "Anna", max_rent=Decimal(20_000), rooms_min=None, rooms_max=None)
    page.refresh()
    chosen = next(
        r
        for r in _rows(page)
        if r.proposal == IntakeProposal.ACCEPT and counts.eligible_counts(desk, [r.id])[r.id] > 0
    )
    page.select_ids([chosen.id])
    finish(qtbot, page.accept_selected())
    assert page.decisions.dialog is None
    assert succeeded(qtbot, page.decisions.task)
    assert _statuses(desk, chosen.id) == VacancyStatus.ACCEPTED


def test_returning_asks_why_with_the_checks_reason_to_start_with(
    page, desk: Workspace, qtbot: QtBot
) -> None:
    red = next(r for r in _rows(page) if r.proposal == IntakeProposal.RETURN)
    page.select_ids([red.id])
    page.return_selected()
    dialog = page.decisions.dialog
    assert dialog.reason == " ".join(red.reason.split())
    assert "310 Lejerbo Aalborg" in dialog.ui.questions.text()
    dialog.ui.edit.clear()
    dialog.ui.ok.click()  # a reason is needed
    assert dialog.ui.note.text() == "Write the reason: it is kept with the decision."
    dialog.ui.edit.setPlainText("Forkert afdeling")
    dialog.ui.ok.click()
    assert succeeded(qtbot, page.decisions.task)
    assert listing.vacancy_detail(desk, red.id).return_reason == "Forkert afdeling"


def test_undo_takes_back_the_last_confirmation_until_something_follows(
    page, desk: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    finish(qtbot, page.decisions.update_undo())
    assert not page.undo_button.isEnabled()  # nothing decided yet
    red = [r for r in _rows(page) if r.proposal == IntakeProposal.RETURN]
    page.select_ids([r.id for r in red])
    finish(qtbot, page.confirm_selected())
    page.decisions.dialog.ui.confirm.click()
    assert succeeded(qtbot, page.decisions.task)
    settle(qtbot)
    assert page.undo_button.isEnabled()
    assert page.undo_button.toolTip().startswith("Undo: Confirmation of the proposals")

    page.activateWindow()  # offscreen has no window manager to do it
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.decisions.dialog, QMessageBox))  # an animated click
    box = page.decisions.dialog
    assert box.text() == "Undo your last decision?"
    assert f"{len(red)} dwellings returned" in box.informativeText()
    box.findChild(type(box.defaultButton()), "undo_yes").click()
    assert succeeded(qtbot, page.decisions.task)
    assert {_statuses(desk, r.id) for r in red} == {VacancyStatus.RECEIVED}
    assert sorted(page.selected_ids()) == sorted(r.id for r in red)  # shown again

    # decided again, and reported to the organisation: the undo is refused, saying why
    finish(qtbot, page.confirm_selected())
    page.decisions.dialog.ui.confirm.click()
    assert succeeded(qtbot, page.decisions.task)
    from desktop.core.exchange import reply

    organisation = red[0].organisation_id
    reply.export_replies(desk, organisation, TODAY, TODAY, tmp_path / "svar.xlsx")
    finish(qtbot, page.undo_last())
    box = page.decisions.dialog
    assert box.text().startswith("Confirmation of the proposals")
    assert box.text().endswith(
        "cannot be undone: a reply to the organisation has reported one of its dwellings "
        f"({red[0].address})."
    )
    assert {_statuses(desk, r.id) for r in red} == {VacancyStatus.RETURNED}
    box.close()


def test_the_candidate_counts_come_in_the_background(page, desk: Workspace, qtbot: QtBot):
    from tests.unit.matching import db_factories as make

    make.applicant(desk, "Anna", max_rent=Decimal(20_000), rooms_min=None, rooms_max=None)
    page.refresh()
    column = next(i for i, c in enumerate(page.model.columns) if c.header == "Candidates")
    assert page.model.index(0, column).data() == "…"  # counted after the page is shown
    settle(qtbot)
    rows = _rows(page)
    expected = counts.eligible_counts(desk, [r.id for r in rows])
    shown = {r.id: page.model.index(i, column).data() for i, r in enumerate(rows)}
    assert shown == {i: str(n) for i, n in expected.items()}
    assert set(expected.values()) > {0}  # some can, some cannot be offered to Anna
    nobody = next(i for i, r in enumerate(rows) if expected[r.id] == 0)
    cell = page.model.index(nobody, column)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        "No applicant on the list may be offered the dwelling now"
    )
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    page.table.selectRow(nobody)
    assert "Eligible candidates:" in page.detail.facts_text()
    assert "0 (no applicant on the list may be offered it now)" in page.detail.facts_text()


def test_send_reply_for_the_chosen_dwellings_organisation_then_open_the_file(
    page, desk: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs import export_replies

    opened: list[str] = []
    monkeypatch.setattr(export_replies, "open_url", lambda url: opened.append(url.toLocalFile()))
    row = _rows(page)[0]
    decisions.decide(desk, row.id, accept=False, reason="Fejl")
    page.filters.status.setCurrentIndex(page.filters.status.findData(None))  # returned too
    page.select_ids([row.id])
    page.reply_button.click()
    dialog = page.reply_dialog
    assert dialog.organisation_ref().number == "310"
    assert (dialog.start, dialog.end) == (TODAY.replace(day=1), TODAY)
    dialog.file.set_path(tmp_path / "svar.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.run_export()
    assert dialog.isVisible()  # the file is offered
    assert dialog.note.text().startswith("The reply is saved: svar.xlsx: 34 dwellings of 310")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.open_file_button, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)  # an animated click
    dialog.open_folder_button.click()
    assert opened == [str(tmp_path / "svar.xlsx"), str(tmp_path)]
    dialog.done_buttons.button(dialog.done_buttons.StandardButton.Close).click()
    settle(qtbot)

    # the next reply to Lejerbo starts after this one
    page.select_ids([row.id])
    page.reply_button.click()
    assert page.reply_dialog.start == TODAY
    assert page.reply_dialog.period_note.text().startswith("Since the last reply (")
    page.reply_dialog.reject()


def test_open_item_shows_one_dwelling_whatever_its_status(page, desk: Workspace) -> None:
    from desktop.core.intake import decisions

    target = _rows(page)[3]
    decisions.decide(desk, target.id, accept=False, reason="Fejl")
    page.open_item(target.id)
    assert page.selected_ids() == [target.id]


def test_the_quota_dialog_lists_departments_and_organisations(desk: Workspace, qtbot: QtBot):
    from desktop.ui.pages.vacancies_quota import QuotaDialog

    dialog = QuotaDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.departments.rowCount() == 120
    model = dialog.organisations
    reported = [c.header for c in model.columns].index("Reported")
    lejerbo = next(
        i for i in range(model.rowCount()) if model.index(i, 0).data().startswith("310 ")
    )
    assert model.index(lejerbo, reported).data() == "34"  # reported in the period


def test_importing_a_file_from_the_page_previews_then_imports(
    page, desk: Workspace, samples: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.tabular import reader
    from desktop.ui.pages.vacancies_import import open_preview

    reads: list[str] = []
    real = reader.read_bytes
    monkeypatch.setattr(
        reader, "read_bytes", lambda name, *a, **k: reads.append(name) or real(name, *a, **k)
    )
    open_preview(page, samples / "vacancies_hasseris.ods", page._imported)
    with qtbot.waitSignal(page.preview_task.finished, timeout=20_000):
        pass
    dialog = page.preview_dialog
    assert dialog.organisation.number == "131"  # found from the file's departments
    assert reads == ["vacancies_hasseris.ods"]  # read once, for the organisation and the check
    assert dialog.model.rowCount() == 22
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ui.import_button.click()
    # the list shows that import, its new dwellings chosen for the decisions
    assert page.filters.batch.currentText().startswith("This import: vacancies_hasseris.ods")
    assert page.filters.value().statuses == ()
    assert page.model.rowCount() == 22
    assert {r.organisation[:4] for r in _rows(page)} == {"131 "}
    assert len(page.selected_ids()) == 22
    assert page.confirm_button.isEnabled()
    page.filters.show_import(None)  # all imports again
    assert page.model.rowCount() == 34 + 22


def test_overdue_days_left_are_shown_in_red_with_a_tooltip(page, desk: Workspace) -> None:
    today = desk.today()
    desk.clock = lambda: today + dt.timedelta(days=40)  # the earliest deadlines have passed
    page.refresh()
    column = next(i for i, c in enumerate(page.model.columns) if c.header == "Days left")
    seen = set()
    for number, row in enumerate(_rows(page)):
        cell = page.model.index(number, column)
        overdue = row.days_left < 0
        seen.add(overdue)
        colour = cell.data(Qt.ItemDataRole.ForegroundRole)
        tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
        if overdue:
            assert colour is not None
            assert colour.red() > 150 > colour.green()
            days = "1 working day" if row.days_left == -1 else f"{-row.days_left} working days"
            assert tooltip == f"The desk's deadline passed {days} ago"
        else:
            assert colour is None
            assert tooltip == "Working days to the desk's deadline"
    assert seen == {True, False}


def test_an_unreadable_file_is_refused_at_once_without_asking_who_sent_it(
    page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from desktop.ui.pages import vacancies_import

    shown: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(
        vacancies_import, "show_user_error", lambda _p, error: shown.append(str(error))
    )
    monkeypatch.setattr(vacancies_import, "choose_sender", lambda *_a: asked.append("who") or None)
    broken = tmp_path / "ledige.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    vacancies_import.open_preview(page, broken, page._imported)
    with qtbot.waitSignal(page.preview_task.finished, timeout=20_000):
        pass
    assert asked == []
    assert len(shown) == 1
    assert "ledige.xlsx" in shown[0]
    assert getattr(page, "preview_dialog", None) is None


def test_a_file_no_organisation_fits_asks_who_sent_it_then_previews(
    page, desk: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from desktop.ui.pages import vacancies_import

    lejerbo = imports.organisation_by_number(desk, "310")
    asked: list[str] = []

    def choose(_page, _ws, file_name: str):
        asked.append(file_name)
        return lejerbo

    monkeypatch.setattr(vacancies_import, "choose_sender", choose)
    unknown = tmp_path / "ukendt.csv"
    unknown.write_text(
        "Afdeling;Lejemål;Adresse;Husleje;Ledig fra\n999;1;Testvej 1;4000;01-12-2026\n",
        encoding="utf-8",
    )
    vacancies_import.open_preview(page, unknown, page._imported)
    qtbot.waitUntil(lambda: getattr(page, "preview_dialog", None) is not None, timeout=20_000)
    assert asked == ["ukendt.csv"]
    assert page.preview_dialog.organisation.number == "310"
    assert page.preview_dialog.model.rowCount() == 1


def test_a_private_landlords_file_is_previewed_and_imported_from_the_window(
    page, desk: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from desktop.core.registry import landlords
    from desktop.core.registry.landlords import LandlordData
    from desktop.ui.pages import vacancies_import

    landlord_id = landlords.save_landlord(
        desk, None, LandlordData("Nordbo Ejendomme ApS", "72494814", "Vestergade 3")
    )
    nordbo = landlords.landlord_by_cvr(desk, "72494814")
    asked: list[str] = []

    def choose(_page, _ws, file_name: str):
        asked.append(file_name)
        return nordbo

    monkeypatch.setattr(vacancies_import, "choose_sender", choose)
    notice = tmp_path / "nordbo.csv"
    notice.write_text(
        "Lejemål;Adresse;Postnr;By;Værelser;Husleje;Ledig fra\n"
        "N1;Vesterbro 22, 1. th;9000;Aalborg;2;4100;15-12-2026\n"
        "N2;Vesterbro 24, st.;9000;Aalborg;1;3800;01-01-2027\n",
        encoding="utf-8",
    )
    vacancies_import.open_preview(page, notice, page._imported)
    qtbot.waitUntil(lambda: getattr(page, "preview_dialog", None) is not None, timeout=20_000)
    dialog = page.preview_dialog
    assert asked == ["nordbo.csv"]  # no department names an organisation: who sent it?
    assert dialog.ui.organisation.currentText().startswith("Private landlord: Nordbo")
    assert not dialog.ui.scheme.isEnabled()  # the landlords' scheme, not a choice
    assert dialog.model.rowCount() == 2
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ui.import_button.click()
    detail = listing.vacancy_detail(desk, page.selected_ids()[0])
    assert (detail.landlord_id, detail.department_number) == (landlord_id, "")
    assert detail.scheme == "private_landlord"
    assert page.model.rowCount() == 2


def test_without_a_scheme_for_landlords_choosing_one_says_so_instead_of_failing(
    page, desk: Workspace, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, samples: Path
) -> None:
    from desktop.core import settings
    from desktop.core.registry import landlords
    from desktop.core.registry.landlords import LandlordData
    from desktop.core.schemes.settings import SCHEMES, Schemes
    from desktop.ui.dialogs import intake_preview

    landlords.save_landlord(desk, None, LandlordData("Nordbo Ejendomme ApS", "72494814"))
    kept = tuple(s for s in SCHEMES.default.schemes if not s.for_landlords)
    with desk.write() as session:
        settings.put(session, SCHEMES, Schemes(kept), TODAY - dt.timedelta(days=400))
    shown: list[str] = []
    monkeypatch.setattr(intake_preview, "show_user_error", lambda _p, e: shown.append(str(e)))
    path = samples / "vacancies_hasseris.ods"
    organisation = imports.organisation_by_number(desk, "131")
    preview = run_to_completion(imports.preview_vacancies(desk, path, organisation.id))
    dialog = intake_preview.IntakePreviewDialog(desk, path, preview, organisation, page)
    qtbot.addWidget(dialog)
    combo = dialog.ui.organisation
    combo.setCurrentIndex(combo.findText("Private landlord: Nordbo", Qt.MatchFlag.MatchStartsWith))
    assert dialog.ui.scheme.currentText() == "No scheme for private landlords"
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "No housing scheme for private landlords" in shown[0]
    assert not dialog.ui.import_button.isEnabled()
