"""The quota dialog: all vacancies typed in place and saved on the write worker, departments in
number order, and the departments without all vacancies named with what to do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.core.intake import counts, quota
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.conflict import ConflictDialog
from desktop.ui.pages.vacancies_quota import QuotaDialog
from tests.gui.background import finish
from tests.unit.intake.factories import small_registry

pytestmark = pytest.mark.gui

# The dialog opens on 01.01.2026-21.11.2026 (the tests' day): all vacancies for January-November.
MONTHS = (dt.date(2026, 1, 1), dt.date(2026, 11, 30))


@pytest.fixture
def registry(sqlite_workspace: Workspace) -> dict[str, int]:
    return small_registry(sqlite_workspace)


@pytest.fixture
def dialog(sqlite_workspace: Workspace, registry: dict[str, int], qtbot: QtBot) -> QuotaDialog:
    widget = QuotaDialog(sqlite_workspace)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install_for_app(qapp, "da")
    yield
    i18n.install_for_app(qapp, "en")


def _departments(dialog: QuotaDialog) -> list[str]:
    model = dialog.departments
    return [model.index(i, 1).data() for i in range(model.rowCount())]


def _row_of(dialog: QuotaDialog, number: str) -> int:
    return _departments(dialog).index(next(d for d in _departments(dialog) if d.startswith(number)))


def _type_total(dialog: QuotaDialog, qtbot: QtBot, number: str, text: str) -> None:
    """Double-click the department's row and type the figure, as a user does."""
    view = dialog.department_view
    index = dialog.departments.index(_row_of(dialog, number), 1)
    view.doubleClicked.emit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None, "no editor opened"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    dialog.task = None
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: dialog.task is not None)


def _total_shown(dialog: QuotaDialog, number: str) -> str:
    model = dialog.departments
    return model.index(_row_of(dialog, number), model.total_column).data()


def test_a_typed_total_is_saved_for_the_months_shown(
    dialog: QuotaDialog, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    assert _total_shown(dialog, "07 ") == "missing"
    _type_total(dialog, qtbot, "07 ", "8")
    finish(qtbot, dialog.task)
    assert _total_shown(dialog, "07 ") == "8"
    line = next(
        line
        for line in quota.quota(sqlite_workspace, *MONTHS).departments
        if line.department_number == "07"
    )
    assert line.entered is not None
    assert (line.entered.period, line.entered.total) == (MONTHS, 8)
    # typed again: saved onto the figure just saved; emptied: removed
    _type_total(dialog, qtbot, "07 ", "12")
    finish(qtbot, dialog.task)
    assert _total_shown(dialog, "07 ") == "12"
    _type_total(dialog, qtbot, "07 ", "")
    finish(qtbot, dialog.task)
    assert _total_shown(dialog, "07 ") == "missing"


def test_a_figure_another_desk_saved_meanwhile_opens_the_conflict_dialog(
    dialog: QuotaDialog, sqlite_workspace: Workspace, registry: dict[str, int], qtbot: QtBot
) -> None:
    counts.enter_total(sqlite_workspace, registry["07"], MONTHS, 5, seen=None)  # another desk
    _type_total(dialog, qtbot, "07 ", "8")
    finish(qtbot, dialog.task)
    conflict = dialog.findChild(ConflictDialog)
    assert conflict is not None
    assert conflict.differences({"total_vacancies": "All vacancies"}) == [
        ("All vacancies ≠", "8", "5", True)
    ]
    conflict.reject()
    dialog.refresh()  # what Reload does
    assert _total_shown(dialog, "07 ") == "5"  # the other desk's figure stands


def test_departments_sort_by_number_as_numbers(
    sqlite_workspace: Workspace, registry: dict[str, int], qtbot: QtBot
) -> None:
    from db.models import Department

    with sqlite_workspace.write() as session:
        for number in ("19", "2", "100"):
            session.add(
                Department(
                    organisation_id=registry["org"], number=number, name="Ny", postcode="9220"
                )
            )
    dialog = QuotaDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    numbers = lambda: [d.split()[0] for d in _departments(dialog)]  # noqa: E731
    assert numbers() == ["2", "07", "12-3", "19", "20", "30", "100"]
    dialog.department_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert numbers() == ["100", "30", "20", "19", "12-3", "07", "2"]
    dialog.department_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert numbers() == ["2", "07", "12-3", "19", "20", "30", "100"]


def test_the_departments_without_all_vacancies_are_named_with_what_to_do(
    dialog: QuotaDialog, sqlite_workspace: Workspace, registry: dict[str, int], qtbot: QtBot
) -> None:
    # 07 (green) and 12-3 (yellow) should hand over a share; 20 (red) and 30 (no colour) not
    text = dialog.missing.text()
    assert dialog.missing.isVisible()
    assert text.startswith("2 departments have no count of all their vacancies")
    assert "145/07 Storkereden, 145/12-3 Skolevej." in text
    assert "01/01/2026 to 30/11/2026" in text
    assert "“Ledige i alt”" in text
    dialog.only_missing.setChecked(True)
    assert [d.split()[0] for d in _departments(dialog)] == ["07", "12-3"]
    organisation = dialog.organisations
    met = [c.header for c in organisation.columns].index("Share met")
    assert organisation.index(0, met).data() == "Cannot be judged"
    _type_total(dialog, qtbot, "07 ", "4")
    finish(qtbot, dialog.task)
    assert dialog.missing.text().startswith("1 department has no count")
    assert [d.split()[0] for d in _departments(dialog)] == ["12-3"]  # the filter stays on
    counts.enter_total(sqlite_workspace, registry["12-3"], MONTHS, 4, seen=None)
    dialog.refresh()
    assert not dialog.missing.isVisible()


def test_the_note_is_in_danish(
    danish: None, sqlite_workspace: Workspace, registry: dict[str, int], qtbot: QtBot
) -> None:
    dialog = QuotaDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    text = dialog.missing.text()
    assert text.startswith("2 afdelinger har intet tal for alle deres ledige boliger i perioden")
    assert "01.01.2026 til 30.11.2026" in text
    assert _total_shown(dialog, "07 ") == "mangler"


def test_without_departments_the_dialog_says_where_they_come_from(
    sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    dialog = QuotaDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    assert dialog.department_area.showing_note
    assert "Import the organisations' master data" in dialog.department_area.note.text()
    assert not dialog.edit_button.isEnabled()
