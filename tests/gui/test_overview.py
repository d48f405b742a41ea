"""Overblik: what needs the desk today, each line opening its item; and the hourly expiry of
unanswered offers that the window starts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from db.enums import OfferStatus
from desktop.core.offers import views, workflow
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui

D = dt.date


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> dict[str, int]:
    """On 21 November 2026: an offer due on Monday 23rd, one expired, a dwelling near its
    deadline, one no one can afford, rent loss running on all of them."""
    ws = sqlite_workspace
    dept = make.department(ws)
    ids = {
        "due": make.vacancy(ws, dept, desk_deadline=D(2026, 12, 18)),
        "gone": make.vacancy(ws, dept, desk_deadline=D(2026, 12, 18)),
        "near": make.vacancy(ws, dept, desk_deadline=D(2026, 11, 24)),
        "dear": make.vacancy(
            ws, dept, rent=Decimal(9000), desk_deadline=D(2026, 12, 18), street="Dyrevej"
        ),
        "anna": make.applicant(ws, "Anna"),
        "bo": make.applicant(ws, "Bo"),
    }
    day = {"value": D(2026, 11, 10)}
    ws.clock = lambda: day["value"]
    expired = workflow.create_offer(ws, ids["gone"], ids["bo"], skip_reason="Anna venter på due")
    workflow.send_offer(ws, expired)  # reply by 16 November
    day["value"] = D(2026, 11, 16)
    due = workflow.create_offer(ws, ids["due"], ids["anna"])
    workflow.send_offer(ws, due)  # reply by Saturday 21st -> Monday 23 November
    day["value"] = TODAY
    ids["expired_offer"], ids["due_offer"] = expired, due
    return ids


@pytest.fixture
def context(sqlite_workspace: Workspace) -> PageContext:
    return PageContext(sqlite_workspace, TaskRunner())


@pytest.fixture
def page(context: PageContext, desk: dict[str, int], qtbot: QtBot):
    from desktop.core.offers.expiry import expire_overdue
    from desktop.ui.pages.overview import OverviewPage

    assert expire_overdue(context.workspace) == [desk["expired_offer"]]
    widget = OverviewPage(context, dashboard=False)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.data is not None)
    return widget


def _column(section, column: int) -> list[str]:
    model = section.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_each_section_lists_what_needs_the_desk(page, desk: dict[str, int], qtmodeltester) -> None:
    for section in (page.expiring, page.expired, page.near, page.empty, page.losses):
        qtmodeltester.check(section.model)
    assert page.expiring.title() == "Reply deadlines within 2 days (1)"
    assert _column(page.expiring, 1) == ["Anna"]
    assert _column(page.expiring, 4) == ["2"]
    assert _column(page.expired, 1) == ["Bo"]
    assert _column(page.expired, 4) == ["Removed from the list (decision letter)"]
    assert "Dyrevej 12, 2. tv." in _column(page.empty, 0)
    # only the dwelling whose deadline (Tuesday) is within 2 working days
    assert [page.near.model.row(r)[0] for r in range(page.near.model.rowCount())] == [desk["near"]]
    assert _column(page.near, 4) == ["2"]  # Monday and Tuesday
    assert page.losses.title() == "Rent loss running (4)"
    # from 2 November, 19 days: 3,650 kr. a month is 120 kr. a day (the dearest first)
    assert _column(page.losses, 6) == ["5,903.01 DKK"] + ["2,280.00 DKK"] * 3
    assert _column(page.losses, 5)[1:] == ["120.00 DKK"] * 3
    assert "so far" in page.summary.text()
    assert page.day.text() == "21 November 2026"


def test_lines_open_their_items(page, desk: dict[str, int], qtbot: QtBot) -> None:
    opened: list[tuple[str, object]] = []
    page.navigate.connect(lambda key, item: opened.append((key, item)))
    page.expiring.table.doubleClicked.emit(page.expiring.model.index(0, 0))
    page.near.table.doubleClicked.emit(page.near.model.index(0, 0))
    assert opened[0] == ("offers", desk["due_offer"])
    assert opened[1] == ("vacancies", desk["near"])
    from desktop.ui.dialogs.candidates import CandidatesDialog

    # the others have no candidate left either: Bo was removed, Anna has an open offer
    assert [page.empty.model.row(r)[0] for r in range(page.empty.model.rowCount())] == [
        desk["gone"],
        desk["near"],
        desk["dear"],
    ]
    page.empty.table.doubleClicked.emit(page.empty.model.index(2, 0))
    dialogs = page.findChildren(CandidatesDialog)
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: dialogs[0].ranking is not None)
    assert dialogs[0].ranking.vacancy.id == desk["dear"]
    dialogs[0].close()


def test_an_empty_desk_says_so(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.pages.overview import OverviewPage

    widget = OverviewPage(PageContext(sqlite_workspace, TaskRunner()), dashboard=False)
    qtbot.addWidget(widget)
    widget.show()
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.data is not None)
    assert widget.expiring.table.isHidden()
    assert not widget.expiring.empty.isHidden()
    assert widget.expiring.empty.text() == "No reply deadline falls within the next days."
    assert widget.losses.title() == "Rent loss running (0)"


def test_the_expiry_timer_expires_overdue_offers_at_start_and_again(
    context: PageContext, desk: dict[str, int], qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.offer_timer import expired_message, start_expiry_timer

    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[list[int]] = []
    sqlite_workspace.clock = lambda: D(2026, 11, 24)  # Anna's deadline (23rd) has passed
    timer = start_expiry_timer(context, owner, on_expired=seen.append, interval_ms=50)
    both = [desk["expired_offer"], desk["due_offer"]]  # reply by 16 and 23 November
    qtbot.waitUntil(lambda: seen == [both])
    assert views.offer_detail(sqlite_workspace, desk["due_offer"]).status == OfferStatus.EXPIRED
    qtbot.waitUntil(lambda: timer.runs >= 3)  # it keeps running, finding nothing more
    assert seen == [both]
    assert expired_message(1) == "1 unanswered offer(s) expired; the next candidates have drafts."
    timer.stop()
