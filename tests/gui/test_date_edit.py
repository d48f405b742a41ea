"""Date fields write dates as the lists do: 21.11.2026 in the Danish UI, 21/11/2026 in the
English one, with a calendar and room for the whole date - on every page and dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop import i18n
from desktop.core import formats
from desktop.ui.main_window import MainWindow
from desktop.ui.navigation import PAGES
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.date_edit import date_edit, date_of, to_date, to_qdate
from tests.conftest import TODAY

pytestmark = pytest.mark.gui


@pytest.fixture(params=["da", "en"])
def language(request, qapp) -> Iterator[str]:
    i18n.install_for_app(qapp, request.param)
    yield request.param
    i18n.install_for_app(qapp, "en")


def test_days_and_qdates_convert_both_ways(qtbot) -> None:
    assert to_qdate(TODAY) == QDate(2026, 11, 21)
    assert to_date(QDate(2026, 11, 21)) == TODAY
    assert to_date(to_qdate(dt.date(2028, 2, 29))) == dt.date(2028, 2, 29)
    # no day: a null QDate, and back
    assert to_qdate(None).isNull()
    assert to_date(QDate()) is None
    assert to_date(QDate(2026, 2, 30)) is None
    edit = date_edit(TODAY)
    qtbot.addWidget(edit)
    assert date_of(edit) == TODAY


def test_a_date_field_reads_like_the_lists(qtbot, language: str) -> None:
    edit = date_edit(TODAY)
    qtbot.addWidget(edit)
    expected = {"da": "21.11.2026", "en": "21/11/2026"}[language]
    assert formats.date(TODAY) == expected
    assert edit.text() == expected
    assert edit.calendarPopup()
    edit.setDate(dt.date(2026, 3, 4))
    assert edit.text() == formats.date(dt.date(2026, 3, 4))
    # never squeezed so that the year is cut off
    edit.resize(edit.minimumSizeHint())
    edit.show()
    qtbot.waitExposed(edit)
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(expected) + 20


@pytest.mark.parametrize(
    "typed",
    ["07.12.2026", "7.12.2026", "7/12-2026", "07/12/2026", "2026-12-07", "7.12.26", "07122026"],
)
def test_a_date_is_typed_the_way_staff_type_it(qtbot, language: str, typed: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    form = QWidget()
    before, edit, after = QLineEdit(), date_edit(dt.date(2026, 11, 30)), QLineEdit()
    layout = QVBoxLayout(form)
    for widget in (before, edit, after):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)  # into the date: the whole date is selected
    qtbot.waitUntil(edit.hasFocus)
    assert edit.lineEdit().selectedText() == edit.text()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert date_of(edit) == dt.date(2026, 12, 7)
    assert edit.text() == formats.date(dt.date(2026, 12, 7))  # written back the usual way


def test_what_is_not_a_date_leaves_the_date_as_it_was(qtbot) -> None:
    from PySide6.QtCore import Qt

    edit = date_edit(dt.date(2026, 11, 30))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "31.02.2026")  # no such day
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.clearFocus()
    assert date_of(edit) == dt.date(2026, 11, 30)
    assert edit.text() == formats.date(dt.date(2026, 11, 30))


def _date_fields(root: QWidget) -> list[QDateEdit]:
    return root.findChildren(QDateEdit)


def _wrong(fields: list[QDateEdit], where: str) -> list[str]:
    return [
        f"{where}: {field.objectName() or field.accessibleName()!r} shows {field.text()!r}"
        for field in fields
        if field.text() != formats.date(field.date().toPython()) or not field.calendarPopup()
    ]


def test_every_date_field_of_the_window_and_its_dialogs_follows_the_language(
    qtbot, sqlite_workspace, samples, language: str
) -> None:
    from desktop.ui.dialogs.audit_viewer import AuditViewerDialog
    from desktop.ui.dialogs.department_placement import PlacementDialog
    from desktop.ui.dialogs.export_replies import ExportRepliesDialog
    from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog
    from desktop.ui.dialogs.vacancy_form import VacancyFormDialog
    from desktop.ui.pages.vacancies_quota import QuotaDialog
    from tests.unit.intake.factories import load_sample_registry

    load_sample_registry(sqlite_workspace, samples)
    window = MainWindow(sqlite_workspace, TaskRunner(), language)
    qtbot.addWidget(window)
    window.show()
    found: list[QDateEdit] = []
    wrong: list[str] = []
    for entry in PAGES:
        page = window.show_page(entry.key)
        fields = _date_fields(page)
        found += fields
        wrong += _wrong(fields, entry.key)
    from desktop.core.registry import search

    department_id = search.search(sqlite_workspace, "")[0].id
    dialogs = {
        "audit": AuditViewerDialog(sqlite_workspace),
        "replies": ExportRepliesDialog(sqlite_workspace),
        "monitoring": MonitoringReviewDialog(sqlite_workspace),
        "vacancy": VacancyFormDialog(sqlite_workspace),
        "quota": QuotaDialog(sqlite_workspace),
        "placement": PlacementDialog(sqlite_workspace, department_id),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        fields = _date_fields(dialog)
        assert fields, name
        found += fields
        wrong += _wrong(fields, name)
    assert not wrong, "\n".join(wrong)
    # departments, reports, settings (intake, colours, matching) and the dialogs
    assert len(found) >= 14
