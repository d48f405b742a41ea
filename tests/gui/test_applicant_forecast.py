"""The estimated wait in the window: a column of the applicant list, worked out in the
background and sortable, and a line on the applicant's form; never a promise."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus, Urgency, VacancyStatus
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.gui.background import finish, settle
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> dict[str, int]:
    """Four dwellings a year (72 days into the window, so 72 days from today in the replay)."""
    ws = sqlite_workspace
    dept = make.department(ws)
    make.vacancy(ws, dept, reported_on=dt.date(2024, 1, 2), status=VacancyStatus.RETURNED)
    for _ in range(4):
        make.vacancy(ws, dept, reported_on=dt.date(2026, 2, 1), status=VacancyStatus.LET)
    people = {
        "First": make.applicant(ws, "Anna First", urgency=Urgency.ACUTE),
        "Fifth": make.applicant(ws, "Bo Fifth", registered_on=dt.date(2026, 1, 1)),
        "Wheels": make.applicant(ws, "Carl Wheels", needs_wheelchair=True),
        "Paused": make.applicant(
            ws,
            "Dina Paused",
            status=ApplicantStatus.PAUSED,
            paused_until=dt.date(2026, 12, 24),
        ),
    }
    for n in range(3):  # ahead of Bo: Bo's turn comes when the window comes round
        make.applicant(ws, f"Eva Ahead {n}", registered_on=dt.date(2020, 1, 1))
    return people


@pytest.fixture
def page(desk: dict[str, int], sqlite_workspace: Workspace, qtbot: QtBot):
    from desktop.ui.pages.applicants import ApplicantsPage

    widget = ApplicantsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.on_shown()
    settle(qtbot)
    return widget


def column(page, header: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.header == header)


def waits(page) -> dict[str, str]:
    wait = column(page, "Estimated wait")
    return {
        page.model.index(r, 0).data(): page.model.index(r, wait).data()
        for r in range(page.model.rowCount())
    }


def test_the_list_shows_each_applicants_estimated_wait(page) -> None:
    found = waits(page)
    assert found["Anna First"] == "about 2 months"
    assert found["Bo Fifth"] == "about 14 months"
    assert found["Carl Wheels"] == "nothing fitted"
    assert found["Dina Paused"] == ""  # the day's rules keep a paused applicant off the list
    assert page.waits_label.text() == ""
    tip = page.model.index(0, column(page, "Estimated wait")).data(0x03)  # ToolTipRole
    assert tip is None or "Not a promise" in tip


def test_the_list_sorts_by_the_estimated_wait(page, qtmodeltester) -> None:
    page.model.sort(column(page, "Estimated wait"))
    order = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert order[0] == "Anna First"
    assert order.index("Bo Fifth") > order.index("Eva Ahead 0")
    assert order[-2:] == ["Carl Wheels", "Dina Paused"]  # nothing fitted, then no estimate
    qtmodeltester.check(page.model)


def test_the_applicants_form_says_the_estimate_and_what_it_rests_on(
    desk: dict[str, int], sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.applicant_form import ApplicantForm

    form = ApplicantForm(sqlite_workspace, desk["First"])
    qtbot.addWidget(form)
    finish(qtbot, form.ui.forecast.task)
    text = form.ui.forecast.text()
    assert text.startswith("about 2 months.")  # the form's label says "Estimated wait"
    assert "not a promise" in text
    wheels = ApplicantForm(sqlite_workspace, desk["Wheels"])
    qtbot.addWidget(wheels)
    finish(qtbot, wheels.ui.forecast.task)
    assert "Wheelchair access: 4 of 4 dwellings" in wheels.ui.forecast.text()
