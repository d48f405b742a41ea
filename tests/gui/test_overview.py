"""Overblik: what needs the desk today, each line opening its item; and the hourly expiry of
unanswered offers that the window starts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
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
    assert _column(page.expiring, 0) == ["Anna"]
    assert _column(page.expiring, 3) == ["2"]
    assert _column(page.expired, 0) == ["Bo"]
    assert _column(page.expired, 2) == ["Removed from the list (decision letter)"]
    assert "Dyrevej 12, 2. tv." in _column(page.empty, 0)
    # only the dwelling whose deadline (Tuesday) is within 2 working days
    assert [page.near.model.row(r).vacancy_id for r in range(page.near.model.rowCount())] == [
        desk["near"]
    ]
    assert _column(page.near, 3) == ["2"]  # Monday and Tuesday
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
    assert [page.empty.model.row(r).vacancy_id for r in range(page.empty.model.rowCount())] == [
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
    assert expired_message(1) == (
        "1 unanswered offer expired; the next candidate has a draft offer."
    )
    assert expired_message(2).startswith("2 unanswered offers expired")
    timer.stop()


# --- readable at 1280 x 800 -------------------------------------------------------------------

PAGE_WIDTH = 1280 - 190  # the window less its navigation
LONG_ADDRESS = "Johan Skoldborgs Vej 39, 3. mf."


@pytest.fixture(params=["da", "en"])
def language(request, qapp):
    from desktop import i18n

    i18n.install_for_app(qapp, request.param)
    yield request.param
    i18n.install_for_app(qapp, "en")


@pytest.fixture
def long_names(sqlite_workspace: Workspace, desk: dict[str, int]) -> dict[str, int]:
    """The desk above with the long names real desks have."""
    from db.models import Applicant, Department, Vacancy

    with sqlite_workspace.write() as session:
        for vacancy_id in (desk["due"], desk["gone"], desk["near"], desk["dear"]):
            vacancy = session.get(Vacancy, vacancy_id)
            vacancy.street, vacancy.house_number = "Johan Skoldborgs Vej", "39"
            vacancy.floor, vacancy.door = "3", "mf"
            session.get(Department, vacancy.department_id).name = "Sundparken (ungdomsboliger)"
        session.get(Applicant, desk["anna"]).name = "Malik Petersen-Kristiansen"
        session.get(Applicant, desk["bo"]).name = "Nguyễn Thị Lan Abdirahman"
    return desk


def _overview(context: PageContext, qtbot: QtBot, width: int):
    from desktop.core.offers.expiry import expire_overdue
    from desktop.ui.pages.overview import OverviewPage

    expire_overdue(context.workspace)
    widget = OverviewPage(context, dashboard=False)
    qtbot.addWidget(widget)
    widget.resize(width, 750)
    widget.show()
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.data is not None)
    qtbot.waitUntil(widget.expiring.table.isVisible)
    return widget


def _sections(page):
    return (page.expiring, page.expired, page.near, page.empty, page.losses)


def _fits(section, *, headers: bool) -> list[str]:
    """What a user could not read in the section: a cut header, a cut deciding column, a column
    beyond the list's right edge."""
    table, fit = section.table, section.columns
    header = table.horizontalHeader()
    model = section.model
    shown = table.viewport().width()
    problems = []
    for column in range(model.columnCount()):
        name = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.sectionSize(column)
        if header.sectionViewportPosition(column) + width > shown:
            problems.append(f"{section.title()}: {name} is beyond the edge")
        if headers and width < fit.header_width(column):
            problems.append(f"{section.title()}: header {name} is cut ({width} px)")
        if column in fit.keep and width < fit.content_width(column):
            problems.append(f"{section.title()}: {name} is cut ({width} px)")
    return problems


def test_the_lists_are_readable_at_1280_pixels(
    context: PageContext, long_names: dict[str, int], qtbot: QtBot, language: str
) -> None:
    page = _overview(context, qtbot, PAGE_WIDTH)
    problems = [p for section in _sections(page) for p in _fits(section, headers=True)]
    assert not problems, "\n".join(problems)
    # every list of the overview has rows here, with the long texts in them
    assert all(section.model.rowCount() for section in _sections(page))
    near = page.near
    assert near.model.index(0, 0).data() == LONG_ADDRESS
    # the dwelling's address, the item a line names, is the last column to give way
    address = near.table.horizontalHeader().sectionSize(0)
    assert address >= near.columns.content_width(0)


def test_the_deciding_columns_stay_whole_in_a_narrow_window(
    context: PageContext, long_names: dict[str, int], qtbot: QtBot
) -> None:
    page = _overview(context, qtbot, 900 - 190)  # the window's smallest width
    problems = [p for section in _sections(page) for p in _fits(section, headers=False)]
    assert not problems, "\n".join(problems)


@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)  # offscreen
def test_a_cut_text_shows_whole_in_its_tooltip(
    context: PageContext, long_names: dict[str, int], qtbot: QtBot
) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    page = _overview(context, qtbot, 900 - 190)
    table = page.near.table
    index = page.near.model.index(0, 0)
    shown = table.visualRect(index)
    assert table.horizontalHeader().sectionSize(0) < page.near.columns.content_width(0)

    def tooltip_at(point: QPoint) -> str:
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text()

    text = tooltip_at(shown.center())
    assert text.startswith(LONG_ADDRESS)  # the whole address, then what else there is to know
    assert "Status: Accepted" in text
    # a whole text needs no repeating: the tooltip only tells what the list leaves out
    days = table.visualRect(page.near.model.index(0, 3)).center()
    assert tooltip_at(days) == "Status: Accepted (Enter or double-click opens the dwelling)"
    QToolTip.hideText()


def test_the_offer_lists_tell_the_offer_in_the_tooltip(page, desk: dict[str, int]) -> None:
    tip = page.expired.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        f"Offer {desk['expired_offer']}: Kildeparken 12, 2. tv. (Enter or double-click opens it)"
    )


def test_a_dwelling_past_the_desks_deadline_shows_its_days_in_red(
    page, sqlite_workspace: Workspace, desk: dict[str, int], qtbot: QtBot
) -> None:
    late = make.vacancy(
        sqlite_workspace, make.department(sqlite_workspace), desk_deadline=D(2026, 11, 18)
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.near.model.rowCount() == 2)
    rows = {page.near.model.row(r).vacancy_id: r for r in range(page.near.model.rowCount())}
    red = page.near.model.index(rows[late], 3).data(Qt.ItemDataRole.ForegroundRole)
    assert page.near.model.index(rows[late], 3).data() == "-2"  # Thursday and Friday since
    assert red is not None
    assert red.red() > 150 > red.green()
    assert page.near.model.index(rows[desk["near"]], 3).data(Qt.ItemDataRole.ForegroundRole) is None
