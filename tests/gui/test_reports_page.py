"""Rapporter: reports for a period as figures, charts and tables; saved as PDF and Excel; the
yearly follow-up; the workbooks for the organisations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import QMessageBox

from desktop.core.reports import catalogue
from desktop.core.workspace import Workspace
from desktop.ui.pages import reports_actions
from desktop.ui.pages.base import PageContext
from desktop.ui.pages.reports import ReportsPage
from desktop.ui.tasks import TaskRunner
from tests.unit.exchange import dataset

D = dt.date
START, END = D(2026, 9, 1), D(2026, 11, 30)


@pytest.fixture
def page(qtbot, sqlite_workspace: Workspace) -> ReportsPage:
    dataset.build(sqlite_workspace)
    made = ReportsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(made)
    made.resize(1300, 900)
    made.show()
    qtbot.waitUntil(lambda: made.current is not None, timeout=20000)
    with qtbot.waitSignal(made.shown, timeout=20000):
        made.set_period(START, END)
        made.refresh()
    return made


def _show(qtbot, page: ReportsPage, key: str) -> None:
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.select(key)


def test_the_page_shows_the_vacancy_figures_of_the_period(page: ReportsPage) -> None:
    assert page.current is not None
    assert page.current.key == "vacancies"
    tiles = {t.label.text(): t.value.text() for t in page.view.tiles}
    assert tiles == {"Received": "7", "Accepted": "4", "Returned": "2", "Let": "3",
                     "Given back": "1"}  # fmt: skip
    first = page.view.tables[0].model
    rows = [
        [first.data(first.index(r, c)) for c in range(first.columnCount())]
        for r in range(first.rowCount())
    ]
    assert rows == [
        ["101 Alfa Bolig", "4", "3", "1", "2", "1"],
        ["202 Beta Boligselskab", "3", "1", "1", "1", "0"],
        ["Total", "7", "4", "2", "3", "1"],
    ]
    assert first.headerData(1, Qt.Orientation.Horizontal) == "Received"


def test_every_report_opens_with_its_charts_and_tables(qtbot, page: ReportsPage) -> None:
    for key, title in catalogue.titles():
        if key != page.report_key:
            _show(qtbot, page, key)
        assert page.view.title.text() == title
        assert page.view.tables
        if key == catalogue.SCHEME_FIGURES:
            # the dataset's dwellings are all ordinary: the chart of the others says why it is
            # empty instead of drawing empty axes
            assert page.view.empty_charts
        else:
            assert page.view.charts
        assert page.pdf_button.isEnabled()


def _look(brush: QBrush) -> tuple[object, ...]:
    """What tells a series apart without colour: the brush's pattern (texture pixels too)."""
    if brush.style() == Qt.BrushStyle.TexturePattern:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        brush.texture().toImage().convertToFormat(QImage.Format.Format_Grayscale8).save(
            buffer, "PNG"
        )
        return (brush.style(), bytes(data.data()))
    return (brush.style(), QColor(brush.color()).lightness())


def test_charts_are_readable_without_colour(qtbot, page: ReportsPage) -> None:
    """In grey, each bar series still has a look of its own, and every bar its value on it."""
    for key in ("vacancies", "offers", "housed", "time_to_let"):
        if key != page.report_key:
            _show(qtbot, page, key)
        for view in page.view.charts:
            for series in view.chart().series():
                assert isinstance(series, QAbstractBarSeries)
                assert series.isLabelsVisible()
                sets = series.barSets()
                assert len({_look(b.brush()) for b in sets}) == len(sets), key


def test_the_table_models_behave(qtmodeltester, page: ReportsPage) -> None:
    for block in page.view.tables:
        qtmodeltester.check(block.model)


def test_a_report_is_saved_as_pdf_and_as_excel(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    messages: list[str] = []
    page.status_message.connect(messages.append)
    _show(qtbot, page, "rent_loss")
    for name in ("lejetab.pdf", "lejetab.xlsx"):
        task = reports_actions.save_report_to(page, tmp_path / name)
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass
    assert (tmp_path / "lejetab.pdf").read_bytes().startswith(b"%PDF")
    rows = list(load_workbook(tmp_path / "lejetab.xlsx").worksheets[1].iter_rows(values_only=True))
    assert rows[-1] == ("Total", 5904, 7032, 4752, 17688)
    assert messages == ["Saved lejetab.pdf.", "Saved lejetab.xlsx."]


def test_the_yearly_follow_up_in_one_click(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    task = reports_actions.yearly_to(page, 2026, tmp_path / "opfoelgning.pdf")
    with qtbot.waitSignal(task.finished, timeout=60000):
        pass
    assert (tmp_path / "opfoelgning.pdf").stat().st_size > 10_000


def test_quota_and_placement_workbooks(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    task = reports_actions.quota_to(page, tmp_path / "andel.xlsx")
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    task = reports_actions.placements_to(page, tmp_path / "farver.xlsx")
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert load_workbook(tmp_path / "andel.xlsx").sheetnames == ["Departments", "Organisations"]
    assert (tmp_path / "farver.xlsx").is_file()


def test_a_period_that_ends_before_it_begins_is_explained(qtbot, page: ReportsPage) -> None:
    page.set_period(END, START)
    task = page.refresh()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "ends before it begins" in boxes[0].text()
    boxes[0].close()
    assert page.current is not None  # the report shown before stays


def test_the_housing_schemes_report_and_why_a_table_is_empty(qtbot, page: ReportsPage) -> None:
    from PySide6.QtWidgets import QLabel

    _show(qtbot, page, catalogue.SCHEME_FIGURES)
    blocks = {b.title.text(): b for b in page.view.tables}
    assert list(blocks) == [
        "Per housing scheme",
        "Separate allocation rights",
        "Agreed share and uptake",
    ]
    per_scheme = blocks["Per housing scheme"].model
    names = [per_scheme.data(per_scheme.index(r, 0)) for r in range(per_scheme.rowCount())]
    assert names[0] == "Almindelig anvisning"
    assert names[-1] == "Total"
    assert blocks["Per housing scheme"].findChild(QLabel, "empty_table") is None
    # a period before any dwelling: the table says why it is empty
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.set_period(D(2025, 1, 1), D(2025, 3, 31))
        page.refresh()
    empty = page.view.tables[0].findChild(QLabel, "empty_table")
    assert empty is not None
    assert empty.text().startswith("No dwelling was at the desk's disposal in the period")
