"""What a user sees on the pages and dialogs at 1280x800, in Danish and English: no cut texts
where there is room, panels that say why they are empty, counts that agree with their nouns,
dialogs that fit the screen, Danish record names in the audit trail, and the letter templates
reachable from the settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.gui.background import settle
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install_for_app(qapp, "da")
    yield
    i18n.install_for_app(qapp, "en")


@pytest.fixture
def context(sqlite_workspace: Workspace) -> PageContext:
    return PageContext(sqlite_workspace, TaskRunner())


# --- counts and their nouns ----------------------------------------------------------------


def test_working_days_agree_with_their_number(qtbot: QtBot) -> None:
    from desktop.ui.pages.vacancies_detail import VacancyDetailPanel

    panel = VacancyDetailPanel()
    qtbot.addWidget(panel)

    def deadline(days: int) -> str:
        return panel._deadline(SimpleNamespace(desk_deadline=TODAY, days_left=days))

    assert deadline(1) == "21/11/2026 (1 working day left)"
    assert deadline(3) == "21/11/2026 (3 working days left)"
    assert deadline(-1) == "21/11/2026 (overdue by 1 working day)"
    assert deadline(-40) == "21/11/2026 (overdue by 40 working days)"


def test_working_days_in_danish(qtbot: QtBot, danish: None) -> None:
    from desktop.ui.pages.vacancies_detail import VacancyDetailPanel

    panel = VacancyDetailPanel()
    qtbot.addWidget(panel)
    one = panel._deadline(SimpleNamespace(desk_deadline=TODAY, days_left=-1))
    assert one == "21.11.2026 (overskredet med 1 arbejdsdag)"
    many = panel._deadline(SimpleNamespace(desk_deadline=TODAY, days_left=2))
    assert many == "21.11.2026 (2 arbejdsdage tilbage)"


# --- empty panels say why ------------------------------------------------------------------


def test_the_offers_page_says_what_to_do_before_an_offer_is_chosen(
    context: PageContext, qtbot: QtBot
) -> None:
    from desktop.ui.pages.offers import OffersPage

    page = OffersPage(context)
    qtbot.addWidget(page)
    page.show()
    detail = page.detail
    assert detail.detail is None
    assert detail.tabs.isHidden()  # no empty tabs
    assert all(button.isHidden() for button in detail.buttons.values())
    assert "Choose an offer in the list" in detail.summary.text()


def test_monitoring_review_without_figures_says_to_import_them(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog

    dialog = MonitoringReviewDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table_area.showing_note
    assert dialog.table.isHidden()
    assert "Import figures" in dialog.table_area.note.text()


def test_a_chart_with_nothing_to_draw_says_so(qtbot: QtBot) -> None:
    from desktop.core.reports.model import Chart, ChartKind, Report, Series
    from desktop.ui.pages.reports_view import ReportView

    zero = Chart("Share reported", ChartKind.HBAR, ("088 Plus Bolig",), (Series("Share", (0,)),))
    drawn = Chart("Vacancies", ChartKind.BAR, ("Jan",), (Series("Received", (3,)),))
    view = ReportView()
    qtbot.addWidget(view)
    view.show_report(Report("quota", "Quota", dt.date(2026, 1, 1), TODAY, charts=(zero, drawn)))
    assert [chart.source.title for chart in view.charts] == ["Vacancies"]  # drawn
    assert [note.text() for note in view.empty_charts] == [
        "Share reported: nothing to draw - every value in the period is 0 or not known."
    ]
    view.show_report(None)
    assert not view.empty_charts


def test_a_wide_report_table_keeps_its_last_row_above_the_scroll_bar(qtbot: QtBot) -> None:
    from desktop.core.reports.model import Column, Kind, Table
    from desktop.ui.pages.reports_view import TableBlock

    wide = [Column(f"Longest waiting time so far, column {n}", Kind.INT) for n in range(6)]
    columns = (Column("Target group"), *wide)
    table = Table("Per target group", columns, (("Øvrig", *range(6)),), total=("Total", *range(6)))
    block = TableBlock(table)
    qtbot.addWidget(block)
    block.resize(500, 200)
    block.show()
    qtbot.waitExposed(block)
    view = block.view
    assert view.horizontalHeader().length() > view.viewport().width()
    bar = view.horizontalScrollBar()
    assert bar.isVisible()
    last = view.visualRect(view.model().index(1, 0))
    assert last.bottom() <= view.viewport().height()  # the total is not under the scroll bar


# --- lists readable at 1280 px -------------------------------------------------------------


def _cut_headers(table, fit) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    shown = table.viewport().width()
    problems = []
    for column in range(model.columnCount()):
        name = model.headerData(column, header.orientation())
        if header.sectionSize(column) < fit.header_width(column):
            problems.append(f"{name} is cut")
        if header.sectionViewportPosition(column) + header.sectionSize(column) > shown:
            problems.append(f"{name} is beyond the edge")
    return problems


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_candidates_fit_the_dialog(
    context: PageContext, sqlite_workspace: Workspace, qtbot: QtBot, qapp, language: str
) -> None:
    from desktop.ui.dialogs.candidates import CandidatesDialog
    from desktop.ui.widgets.list_view import column_fit

    dept = make.department(sqlite_workspace)
    vacancy = make.vacancy(sqlite_workspace, dept)
    make.applicant(sqlite_workspace, "Malik Petersen-Kristiansen")
    make.applicant(sqlite_workspace, "Bo")
    i18n.install_for_app(qapp, language)
    try:
        dialog = CandidatesDialog(context, vacancy)
        qtbot.addWidget(dialog)
        dialog.resize(1100, 720)  # its size on a 1280x800 screen (the test screen is smaller)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.ranking is not None)
        assert dialog.ranked_model.rowCount() == 2
        fit = column_fit(dialog.ui.ranked)
        assert not _cut_headers(dialog.ui.ranked, fit)
        for column in fit.deciding():  # rank, name, waiting days, persons, fit, applicant number
            assert dialog.ui.ranked.columnWidth(column) >= fit.content_width(column)
        assert dialog.ui.ranked.columnWidth(1) >= fit.content_width(1)  # the names whole
    finally:
        i18n.install_for_app(qapp, "en")


def test_the_vacancy_search_hint_is_whole_in_danish(
    context: PageContext, qtbot: QtBot, danish: None
) -> None:
    from desktop.ui.pages.vacancies import VacanciesPage

    page = VacanciesPage(context)
    qtbot.addWidget(page)
    page.resize(1280 - 190, 750)
    page.show()
    qtbot.waitExposed(page)
    search = page.filters.search
    hint = search.placeholderText()
    assert hint == "Adresse, lejemål eller afdeling… (Ctrl+F)"
    assert search.width() >= search.fontMetrics().horizontalAdvance(hint) + 16
    assert search.toolTip() == hint


def test_the_date_dialog_of_an_offer_is_wide_enough_to_read(qtbot: QtBot) -> None:
    from desktop.ui.dialogs.offer_reply import OfferDateDialog

    intro = "Iryna Bondarenko accepts Nyhavnsgade 68. The allocation notice is archived."
    dialog = OfferDateDialog("Offer accepted", intro, "&Answered on:", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.ui.intro.fontMetrics()
    lines = dialog.ui.intro.height() // metrics.lineSpacing()
    assert lines <= 2  # a sentence, not a column of words


# --- dialogs fit the screen ----------------------------------------------------------------


def test_big_dialogs_open_within_the_screen(sqlite_workspace: Workspace, qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from desktop.ui.widgets.screen_fit import resize_within_screen

    free = QGuiApplication.primaryScreen().availableGeometry()
    widget = QWidget()
    qtbot.addWidget(widget)
    resize_within_screen(widget, free.width() + 600, free.height() + 300)
    assert widget.width() <= free.width()
    assert widget.height() <= free.height()
    resize_within_screen(widget, 300, 200)
    assert (widget.width(), widget.height()) == (300, 200)  # room enough: as asked


# --- the audit trail in the user's language --------------------------------------------------


def test_the_audit_trail_names_records_in_danish(
    sqlite_workspace: Workspace, qtbot: QtBot, danish: None
) -> None:
    from desktop.ui.dialogs.audit_viewer import AuditViewerDialog, record_label

    make.vacancy(sqlite_workspace, make.department(sqlite_workspace))
    dialog = AuditViewerDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    assert record_label("vacancy") == "Ledig bolig"
    assert record_label("applicant") == "Boligsøgende"
    assert record_label("something_new") == "something new"
    shown = {dialog.filters.entity.itemText(i) for i in range(dialog.filters.entity.count())}
    kinds = {dialog.filters.entity.itemData(i) for i in range(dialog.filters.entity.count())}
    assert "vacancy" in kinds  # the filter still searches by the stored name
    assert "Ledig bolig" in shown
    assert "vacancy" not in shown


# --- the letter templates from the settings --------------------------------------------------


def test_the_letters_section_opens_the_template_editor(context: PageContext, qtbot: QtBot) -> None:
    from db.enums import LetterKind
    from desktop.ui.pages.settings import SettingsPage
    from desktop.ui.settings_sections.letters import LettersSection

    page = SettingsPage(context)
    qtbot.addWidget(page)
    titles = [page.list.item(i).text() for i in range(page.list.count())]
    assert titles.index("Letters") > titles.index("Matching and offers")
    page.list.setCurrentRow(titles.index("Letters"))
    section = page.stack.currentWidget()
    assert isinstance(section, LettersSection)
    settle(qtbot)  # read on the write worker (the first look stores the shipped templates)
    lines = [section.kinds.item(i).text() for i in range(section.kinds.count())]
    assert lines == [
        "Offer letter - template version 1",
        # Aalborg's startboliger name a text of their own, not written yet
        "Offer letter: startbolig (Startboliger) - uses the ordinary text until it is written",
        "Allocation notice - template version 1",
        "Decision: removal from the list - template version 1",
        "Decision: refusal - template version 1",
        "Answer to a private landlord - template version 1",
    ]
    section.kinds.setCurrentRow(2)
    section.edit_button.click()
    editor = section.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.isVisible()
    assert editor.kind == LetterKind.ALLOCATION_NOTICE
    editor.close()
    section.kinds.setCurrentRow(1)
    section.edit_button.click()
    editor = section.editor
    qtbot.addWidget(editor)
    assert (editor.kind, editor.variant) == (LetterKind.OFFER, "startbolig")
    editor.close()


def test_the_offer_list_shows_its_deadlines_beside_the_detail(
    context: PageContext, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    from desktop.core.offers import workflow
    from desktop.ui.pages.offers import OffersPage

    vacancy = make.vacancy(sqlite_workspace, make.department(sqlite_workspace))
    applicant = make.applicant(sqlite_workspace, "Malik Petersen-Kristiansen")
    offer = workflow.create_offer(sqlite_workspace, vacancy, applicant)
    workflow.send_offer(sqlite_workspace, offer)
    page = OffersPage(context)
    qtbot.addWidget(page)
    page.resize(1280 - 190, 750)
    page.show()
    page.on_shown()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None)
    header = page.table.horizontalHeader()
    titles = [page.model.headerData(c, header.orientation()) for c in range(header.count())]
    shown = page.table.viewport().width()
    for title in ("Reply by", "Days left"):
        column = titles.index(title)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= shown, title


def test_month_labels_are_whole_in_a_narrow_chart(qtbot: QtBot) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from desktop.core.reports.model import Chart, ChartKind, Series
    from desktop.ui.widgets.charts import ChartView

    months = tuple(f"{name}. 26" for name in ("jan", "feb", "mar", "apr", "maj", "jun", "jul"))
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(420, 260)  # the overview's half-width chart
    view.set_chart(Chart("Vacancies", ChartKind.BAR, months, (Series("Received", (1,) * 7),)))
    axes = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axes
    assert not any(axis.truncateLabels() for axis in axes)  # "aug. 26", not "aug. …"
