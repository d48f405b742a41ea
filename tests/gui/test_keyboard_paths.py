"""Actions reachable from the keyboard: a button with its own shortcut keeps its underlined
Alt+letter and shows the shortcut in its tooltip; the candidates of an accepted dwelling open
from the Vacancies page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.importing import run_to_completion
from desktop.core.intake import decisions, imports
from desktop.core.intake.vocabulary import VacancyStatus
from desktop.core.workspace import Workspace
from desktop.ui.keyboard import finish_shortcuts, plain_text, with_shortcut
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.unit.intake.factories import load_sample_registry


def test_a_button_with_a_shortcut_keeps_its_mnemonic_and_shows_the_shortcut(qtbot: QtBot):
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("&Import file…", root)
    button.setShortcut(QKeySequence("Ctrl+I"))
    plain = QPushButton("&Quota…", root)
    clicks: list[str] = []
    button.clicked.connect(lambda: clicks.append("import"))
    finish_shortcuts(root)
    finish_shortcuts(root)  # twice is harmless
    assert button.toolTip() == "Import file (Ctrl+I)"
    assert plain.toolTip() == ""  # its only shortcut is the underlined letter
    extra = button.findChildren(QShortcut)
    assert [s.key().toString() for s in extra] == ["Alt+I"]
    root.show()
    qtbot.waitExposed(root)
    extra[0].activated.emit()
    qtbot.waitUntil(lambda: clicks == ["import"])


def test_texts_for_tooltips():
    assert plain_text("Save as E&xcel...") == "Save as Excel"
    assert plain_text("Fish && chips") == "Fish & chips"
    assert with_shortcut("Refresh", "F5") == "Refresh (F5)"


@pytest.fixture
def vacancies_page(sqlite_workspace: Workspace, samples: Path, qtbot: QtBot):
    from desktop.ui.pages.vacancies import VacanciesPage

    load_sample_registry(sqlite_workspace, samples)
    organisation = imports.organisation_by_number(sqlite_workspace, "310")
    run_to_completion(
        imports.import_vacancies(sqlite_workspace, samples / "vacancies_lejerbo.csv", organisation)
    )
    page = VacanciesPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    page.on_shown()
    return page


def test_the_candidates_of_an_accepted_dwelling_open_from_the_vacancies_page(
    vacancies_page, sqlite_workspace: Workspace, qtbot: QtBot
):
    from desktop.ui.dialogs.candidates import CandidatesDialog

    page = vacancies_page
    page.table.selectRow(0)
    received = page.selected_rows()[0]
    assert received.status == VacancyStatus.RECEIVED
    assert not page.candidates_button.isEnabled()  # not before the desk accepted it
    decisions.decide(sqlite_workspace, received.id, True, reason="Ingen på listen endnu")
    page.refresh()
    page.open_item(received.id)
    assert page.candidates_button.isEnabled()
    assert "&" in page.candidates_button.text()
    qtbot.mouseClick(page.candidates_button, Qt.MouseButton.LeftButton)
    dialogs = page.findChildren(CandidatesDialog)
    assert [d.vacancy_id for d in dialogs] == [received.id]
    offer_button = dialogs[0].ui.offer_button
    assert "Ctrl+Return" in offer_button.toolTip()
    assert [s.key().toString() for s in offer_button.findChildren(QShortcut)] == ["Alt+O"]
    dialogs[0].close()
