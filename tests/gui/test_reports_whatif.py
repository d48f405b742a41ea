"""Rapporter's what-if: choose the changes, replay the period in the background (with Cancel),
see the comparison as figures, charts and tables, and save it as PDF and Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.enums import Colour
from desktop.core.whatif.changes import Changes
from desktop.core.workspace import Workspace
from desktop.ui.pages import reports_actions
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.reports import ReportsPage
from desktop.ui.tasks import TaskRunner
from tests.unit.exchange import dataset

START, END = dt.date(2026, 8, 1), dt.date(2026, 11, 30)


@pytest.fixture
def page(qtbot, sqlite_workspace: Workspace) -> ReportsPage:
    dataset.build(sqlite_workspace)
    made = ReportsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(made)
    made.resize(1300, 900)
    made.show()
    qtbot.waitUntil(lambda: made.current is not None, timeout=20000)
    made.set_period(START, END)
    made.select("whatif")
    return made


def test_the_what_if_waits_for_its_changes(page: ReportsPage) -> None:
    assert page.whatif.isVisible()
    assert page.current is None  # nothing is replayed before Replay
    assert not page.pdf_button.isEnabled()
    assert "Choose the changes" in page.whatif.summary.text()


def test_choosing_a_share_and_replaying_shows_the_comparison(
    qtbot, page: ReportsPage, tmp_path: Path
) -> None:
    with qtbot.waitSignal(page.whatif.choose().finished, timeout=20000):
        pass
    dialog = page.whatif.dialog
    assert dialog is not None
    assert dialog.form.shares[Colour.GREEN].value() == 25.0  # as in force at the period's end
    dialog.form.shares[Colour.GREEN].setValue(50.0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.whatif.changes.shares == {Colour.GREEN: 50.0}
    assert "50 %" in page.whatif.summary.text()
    with qtbot.waitSignal(page.shown, timeout=60000):
        page.whatif.run()
    report = page.current
    assert report is not None
    assert report.key == "whatif"
    assert page.view.title.text() == report.title
    assert [t.title.text() for t in page.view.tables] == [
        "Dwellings and applicants",
        "Rent loss",
        "Offers by target group",
    ]
    dwellings = report.tables[0]
    reported = dict(zip(dwellings.column("Figure"), dwellings.column("As it was"), strict=True))
    # green reports twice as many: the green departments' dwellings count twice
    changed = dict(
        zip(dwellings.column("Figure"), dwellings.column("With the changes"), strict=True)
    )
    assert changed["Dwellings reported"] > reported["Dwellings reported"]
    assert len(page.view.charts) == 2
    assert page.pdf_button.isEnabled()
    for name in ("hvad-hvis.pdf", "hvad-hvis.xlsx"):
        with qtbot.waitSignal(reports_actions.save_report_to(page, tmp_path / name).finished):
            pass
    assert (tmp_path / "hvad-hvis.pdf").read_bytes().startswith(b"%PDF")
    book = load_workbook(tmp_path / "hvad-hvis.xlsx")
    assert book.sheetnames == [
        "Report",
        "Dwellings and applicants",
        "Rent loss",
        "Offers by target group",
    ]


def test_another_report_and_back_keeps_the_replayed_comparison(qtbot, page: ReportsPage) -> None:
    page.whatif.set_changes(Changes(shares={Colour.GREEN: 50.0}))
    with qtbot.waitSignal(page.shown, timeout=60000):
        page.whatif.run()
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.select("rent_loss")
    assert not page.whatif.isVisible()
    page.select("whatif")
    assert page.current is not None
    assert page.current.key == "whatif"
    assert page.pdf_button.isEnabled()


def test_a_cancelled_replay_shows_nothing(qtbot, page: ReportsPage) -> None:
    task = page.whatif.run()
    with qtbot.waitSignal(task.finished, timeout=60000):
        task.cancel()
    assert page.current is None
    assert page.whatif.run_button.isEnabled()


def test_a_department_given_another_colour_and_a_ceiling(qtbot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.whatif.choose().finished, timeout=20000):
        pass
    dialog = page.whatif.dialog
    assert dialog is not None
    form = dialog.form
    form.department.setCurrentIndex(form.department.findText("101/1", Qt.MatchFlag.MatchStartsWith))
    form.colour.setCurrentIndex(form.colour.findData(Colour.RED.value))
    form.add.click()
    assert form.chosen.count() == 1
    family_two = next(band for band in form.ceilings if band.max_rooms == 2.0)
    form.ceilings[family_two].setValue(5900)
    form.persons_per_room.setValue(3.0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    changes = page.whatif.changes
    assert [(d.label, d.colour) for d in changes.departments] == [("101/1 Solbakken", Colour.RED)]
    assert changes.ceilings == {family_two: 5900.0}
    assert changes.persons_per_room == 3.0
    assert changes.extra_rooms is None  # left as it was: no change
    assert "101/1 Solbakken is red" in page.whatif.summary.text()


def test_a_department_is_chosen_from_the_list(qtbot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.whatif.choose().finished, timeout=20000):
        pass
    dialog = page.whatif.dialog
    assert dialog is not None
    dialog.form.add.click()  # no department chosen
    assert dialog.form.error.text() == "Choose a department from the list."
    assert dialog.form.chosen.count() == 0
