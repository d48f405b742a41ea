"""Overblik: the day's work queue in the order the work is done, each row opening its next
action on Enter or a double-click, read again after an action; and the hourly expiry of
unanswered offers that the window starts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.enums import OfferStatus, VacancyStatus
from desktop.core.day.queue import Section, section_title, work_queue
from desktop.core.intake import decisions
from desktop.core.offers import views, workflow
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.gui.background import finish, settle
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui

D = dt.date


def _received(ws: Workspace, dept: int, **values: object) -> int:
    """A dwelling just reported, checked (so it has a proposal)."""
    vacancy_id = make.vacancy(ws, dept, status=VacancyStatus.RECEIVED, **values)
    with ws.write() as session:
        decisions.run_checks(session, [vacancy_id])
    return vacancy_id


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> dict[str, int]:
    """On 21 November 2026 a row in every section of the queue: a new dwelling, accepted ones
    no one may be offered, a draft, letters sent but not printed, a decision not sent back, an
    offer due on Monday 23rd and one past its deadline."""
    ws = sqlite_workspace
    dept = make.department(ws)
    ids = {
        "due": make.vacancy(ws, dept, desk_deadline=D(2026, 12, 18)),
        "gone": make.vacancy(ws, dept, desk_deadline=D(2026, 12, 18)),
        "near": make.vacancy(ws, dept, desk_deadline=D(2026, 11, 24)),
        "dear": make.vacancy(
            ws, dept, rent=Decimal(9000), desk_deadline=D(2026, 12, 18), street="Dyrevej"
        ),
        "drafted": make.vacancy(ws, dept, desk_deadline=D(2026, 12, 18), street="Kladdevej"),
        "anna": make.applicant(ws, "Anna"),
        "bo": make.applicant(ws, "Bo"),
        "cia": make.applicant(ws, "Cia"),
    }
    day = {"value": D(2026, 11, 10)}
    ws.clock = lambda: day["value"]
    expired = workflow.create_offer(ws, ids["gone"], ids["bo"], skip_reason="Anna venter på due")
    workflow.send_offer(ws, expired)  # reply by 16 November
    day["value"] = D(2026, 11, 16)
    due = workflow.create_offer(ws, ids["due"], ids["anna"])
    workflow.send_offer(ws, due)  # reply by Saturday 21st -> Monday 23 November
    day["value"] = TODAY
    ids["draft"] = workflow.create_offer(ws, ids["drafted"], ids["cia"])
    ids["new"] = _received(ws, dept, reported_on=TODAY, street="Nyvej")
    ids["returned"] = _received(ws, dept, reported_on=TODAY, street="Retur")
    decisions.decide(ws, ids["returned"], accept=False, reason="Forkert afdeling")
    ids["expired_offer"], ids["due_offer"] = expired, due
    with ws.read() as session:
        from db.models import Department

        ids["organisation"] = session.get(Department, dept).organisation_id
    return ids


@pytest.fixture
def context(sqlite_workspace: Workspace) -> PageContext:
    return PageContext(sqlite_workspace, TaskRunner())


def _page(context: PageContext, qtbot: QtBot, width: int = 1300):
    from desktop.ui.pages.overview import OverviewPage

    widget = OverviewPage(context, dashboard=False)
    qtbot.addWidget(widget)
    widget.resize(width, 900)
    widget.show()
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.data is not None)
    return widget


@pytest.fixture
def page(context: PageContext, desk: dict[str, int], qtbot: QtBot):
    return _page(context, qtbot)


def _ids(page, section: Section) -> list[int]:
    model = page.sections[section].model
    return [model.row(r).id for r in range(model.rowCount())]


def _enter(qtbot: QtBot, page, section: Section, row: int = 0) -> None:
    """The row chosen with the keyboard, then Enter."""
    table = page.sections[section].table
    table.setFocus()
    table.setCurrentIndex(page.sections[section].model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_the_queue_shows_the_days_work_in_the_order_it_is_done(
    page, desk: dict[str, int], sqlite_workspace: Workspace, qtmodeltester
) -> None:
    queue = work_queue(sqlite_workspace)
    order = page.findChildren(type(page.sections[Section.DRAFTS]))
    assert [w.objectName() for w in order] == [f"section_{s.value}" for s in Section]
    for section, widget in page.sections.items():
        qtmodeltester.check(widget.model)
        rows = queue.rows(section)
        assert rows, f"the desk has work in {section}"
        assert widget.title().startswith(f"{section_title(section)} ({len(rows)}) – Enter: ")
        assert [widget.model.index(r, 0).data() for r in range(len(rows))] == [
            row.text for row in rows
        ]
    assert _ids(page, Section.AWAITING_DECISION) == [desk["new"]]
    assert _ids(page, Section.DRAFTS) == [desk["draft"]]
    assert _ids(page, Section.REPLIES_DUE) == [desk["organisation"]]
    assert _ids(page, Section.ANSWERS_DUE) == [desk["due_offer"]]
    assert _ids(page, Section.EXPIRED_OFFERS) == [desk["expired_offer"]]
    assert page.sections[Section.AWAITING_DECISION].title().endswith("Enter: accept or return")
    assert page.rent_loss.text().startswith("Rent loss runs on 5 dwellings:")
    assert page.day.text() == "21 November 2026"


def test_a_dwelling_no_one_may_be_offered_is_marked_by_more_than_colour(
    page, desk: dict[str, int]
) -> None:
    without = page.sections[Section.ACCEPTED_WITHOUT_OFFER]
    model = without.model
    flagged = [r for r in range(model.rowCount()) if model.row(r).flagged]
    assert flagged
    for r in flagged:
        cell = model.index(r, 0)
        assert "no eligible candidates" in cell.data()  # the text says it
        assert cell.data(Qt.ItemDataRole.DecorationRole) is not None  # and a warning sign
        assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    tip = model.index(flagged[0], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Enter or double-click: choose a candidate")


def test_enter_on_a_row_opens_its_next_action(
    page, desk: dict[str, int], qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    from desktop.ui.dialogs.candidates import CandidatesDialog
    from desktop.ui.dialogs.export_replies import ExportRepliesDialog

    opened: list[tuple[str, object]] = []
    page.navigate.connect(lambda key, item: opened.append((key, item)))
    _enter(qtbot, page, Section.AWAITING_DECISION)
    assert opened.pop() == ("vacancies", desk["new"])
    _enter(qtbot, page, Section.DRAFTS)
    assert opened.pop() == ("offers", desk["draft"])
    letters = page.sections[Section.LETTERS_TO_DELIVER].model
    _enter(qtbot, page, Section.LETTERS_TO_DELIVER)
    assert opened.pop() == ("offers", letters.row(0).offer_id)
    _enter(qtbot, page, Section.ANSWERS_DUE)
    assert opened.pop() == ("offers", desk["due_offer"])
    _enter(qtbot, page, Section.EXPIRED_OFFERS)
    assert opened.pop() == ("offers", desk["expired_offer"])
    assert opened == []

    _enter(qtbot, page, Section.ACCEPTED_WITHOUT_OFFER)
    dialog = page.action_dialog
    assert isinstance(dialog, CandidatesDialog)
    qtbot.waitUntil(lambda: dialog.ranking is not None)
    first = page.sections[Section.ACCEPTED_WITHOUT_OFFER].model.row(0)
    assert dialog.ranking.vacancy.id == first.vacancy_id
    dialog.close()

    # a double-click does the same as Enter
    replies = page.sections[Section.REPLIES_DUE].table
    replies.doubleClicked.emit(page.sections[Section.REPLIES_DUE].model.index(0, 0))
    dialog = page.action_dialog
    assert isinstance(dialog, ExportRepliesDialog)
    assert dialog.organisation_id == desk["organisation"]
    # no reply was sent before: this month, today's decision in it
    assert (dialog.start, dialog.end) == (D(2026, 11, 1), TODAY)
    assert dialog.period_note.text() == (
        "No reply has been sent before: this month. 1 decision has not been sent back yet."
    )
    dialog.reject()
    settle(qtbot)


def test_a_letter_without_an_offer_opens_its_applicant(
    page, desk: dict[str, int], qtbot: QtBot
) -> None:
    from desktop.core.day.queue import NextAction, QueueRow
    from desktop.ui.pages.overview_actions import open_next_action

    opened: list[tuple[str, object]] = []
    page.navigate.connect(lambda key, item: opened.append((key, item)))
    letter = QueueRow(
        Section.LETTERS_TO_DELIVER, 7, "Decision on removal", NextAction.DELIVER_LETTER,
        applicant_id=desk["bo"],
    )  # fmt: skip
    assert open_next_action(page, letter, page.refresh) is None
    assert opened == [("applicants", desk["bo"])]


def test_the_queue_is_read_again_after_an_action_started_here(
    page, desk: dict[str, int], qtbot: QtBot, tmp_path: Path
) -> None:
    _enter(qtbot, page, Section.REPLIES_DUE)
    dialog = page.action_dialog
    dialog.file.set_path(tmp_path / "svar.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.run_export()
    qtbot.waitUntil(lambda: not page.data.rows(Section.REPLIES_DUE), timeout=10_000)
    replies = page.sections[Section.REPLIES_DUE]
    assert replies.table.isHidden()
    assert not replies.empty.isHidden()
    assert replies.title() == f"{section_title(Section.REPLIES_DUE)} (0)"
    dialog.accept()
    settle(qtbot)


def test_the_queue_is_read_again_when_the_page_comes_back(
    page, desk: dict[str, int], sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    """A decision made on Ledige boliger (or an import) shows when Overblik is shown again."""
    decisions.decide(sqlite_workspace, desk["new"], accept=False, reason="Fejl i lejen")
    page.on_shown()
    qtbot.waitUntil(lambda: not _ids(page, Section.AWAITING_DECISION))
    assert page.sections[Section.AWAITING_DECISION].empty.text() == "Nothing waits here."


def test_a_refresh_asked_for_while_reading_is_made_afterwards(
    page, desk: dict[str, int], sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    first = page.refresh()
    decisions.decide(sqlite_workspace, desk["new"], accept=False, reason="Fejl i lejen")
    assert page.refresh() is first  # still reading: once more when it ends
    finish(qtbot, first)
    qtbot.waitUntil(lambda: not _ids(page, Section.AWAITING_DECISION))


def test_an_empty_desk_says_so(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    page = _page(PageContext(sqlite_workspace, TaskRunner()), qtbot)
    for section, widget in page.sections.items():
        assert widget.table.isHidden()
        assert not widget.empty.isHidden()
        assert widget.title() == f"{section_title(section)} (0)"
    assert page.rent_loss.text() == "No rent loss is running."


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


@pytest.fixture(params=["da", "en"])
def language(request, qapp):
    from desktop import i18n

    i18n.install_for_app(qapp, request.param)
    yield request.param
    i18n.install_for_app(qapp, "en")


def _fits(widget, *, headers: bool) -> list[str]:
    """What a user could not read in the list: a cut header, a cut date, a column beyond the
    list's right edge."""
    table, fit = widget.table, widget.columns
    header = table.horizontalHeader()
    model = widget.model
    shown = table.viewport().width()
    problems = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        name = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.sectionSize(column)
        if header.sectionViewportPosition(column) + width > shown:
            problems.append(f"{widget.title()}: {name} is beyond the edge")
        if headers and width < fit.header_width(column):
            problems.append(f"{widget.title()}: header {name} is cut ({width} px)")
        if column in fit.deciding() and width < fit.content_width(column):
            problems.append(f"{widget.title()}: {name} is cut ({width} px)")
    return problems


def test_the_lists_are_readable_at_1280_pixels(
    context: PageContext, desk: dict[str, int], qtbot: QtBot, language: str
) -> None:
    page = _page(context, qtbot, PAGE_WIDTH)
    problems = [p for widget in page.sections.values() for p in _fits(widget, headers=True)]
    assert not problems, "\n".join(problems)
    for widget in page.sections.values():  # the whole line of each row is in view
        table = widget.table
        assert table.horizontalHeader().sectionSize(0) >= widget.columns.content_width(0)


def test_the_dates_stay_whole_in_a_narrow_window(
    context: PageContext, desk: dict[str, int], qtbot: QtBot
) -> None:
    page = _page(context, qtbot, 900 - 190)  # the window's smallest width
    problems = [p for widget in page.sections.values() for p in _fits(widget, headers=False)]
    assert not problems, "\n".join(problems)


@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)  # offscreen
def test_a_cut_line_shows_whole_in_its_tooltip(
    context: PageContext, desk: dict[str, int], qtbot: QtBot
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    page = _page(context, qtbot, 900 - 190)
    widget = page.sections[Section.ACCEPTED_WITHOUT_OFFER]
    table = widget.table
    index = widget.model.index(0, 0)
    assert table.horizontalHeader().sectionSize(0) < widget.columns.content_width(0)
    point = table.visualRect(index).center()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text().startswith(widget.model.row(0).text)
    assert QToolTip.text().endswith("Enter or double-click: choose a candidate")
    QToolTip.hideText()
