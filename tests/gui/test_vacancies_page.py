"""The Ledige boliger page: list, filters, detail panel and decisions; the quota dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.importing import run_to_completion
from desktop.core.intake import imports, listing
from desktop.core.intake.vocabulary import IntakeProposal, VacancyStatus
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.gui.background import succeeded
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


def test_deadline_and_days_left_stay_in_view_beside_the_detail_panel(page, qtbot) -> None:
    # 1280 px screen less the navigation: the list is sorted by deadline, so the deadline and
    # the days left must be readable without scrolling sideways.
    page.resize(1070, 700)
    qtbot.wait(10)
    header = page.table.horizontalHeader()
    titles = [c.header for c in page.model.columns]
    visible = page.table.viewport().width()
    for title in ("Deadline", "Days left"):
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
    assert "Imported from vacancies_lejerbo.csv" in page.detail.history.text()
    assert "Intake check" in page.detail.check.text()
    assert page.confirm_button.isEnabled()
    assert not page.give_back_button.isEnabled()


def test_confirming_proposals_of_the_chosen_rows(page, desk: Workspace, qtbot: QtBot) -> None:
    rows = _rows(page)
    red = next(i for i, r in enumerate(rows) if r.department.startswith("1231 "))
    page.table.selectRow(red)
    assert succeeded(qtbot, page.confirm_selected())
    assert page.confirm_button.isEnabled() == bool(page.selected_rows())
    returned = listing.list_vacancies(
        desk, listing.VacancyFilter(statuses=(VacancyStatus.RETURNED,))
    )
    assert [r.id for r in returned] == [rows[red].id]
    assert len(_rows(page)) == 33  # the open list no longer shows it


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
    assert page.model.rowCount() == 34 + 22  # the list shows the new dwellings


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
            assert tooltip == f"The desk's deadline passed {-row.days_left} working days ago"
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
    monkeypatch.setattr(
        vacancies_import, "choose_organisation", lambda *_a: asked.append("who") or None
    )
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

    monkeypatch.setattr(vacancies_import, "choose_organisation", choose)
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
