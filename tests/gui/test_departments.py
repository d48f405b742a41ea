"""The Afdelinger page, its dialogs, the monitoring review and the colour policy section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import colours
from desktop.core.registry import editing, monitoring, placements
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.registry.master_data import import_master_data
from desktop.core.registry.monitoring_import import import_monitoring
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.gui.background import settle, succeeded

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> Workspace:
    ws = sqlite_workspace
    org = editing.save_organisation(ws, None, OrganisationData("164", "Nørresundby Boligselskab"))
    plus = editing.save_organisation(ws, None, OrganisationData("088", "Plus Bolig"))
    ids = [
        editing.save_department(
            ws, None, DepartmentData(org, "16", "Løvvangen", "Nørresundby Øst", "Lindholmsvej 2")
        ),
        editing.save_department(ws, None, DepartmentData(org, "3", "Kærparken", None, "Ærøvej 5")),
        editing.save_department(ws, None, DepartmentData(plus, "2", "Rugmarken", None, "Vej 1")),
    ]
    with ws.write() as session:
        placements.place(
            session, ids[0], colours.Colour.GREEN, colours.FlexibleLetting.NONE, dt.date(2026, 1, 1)
        )
        placements.place(
            session, ids[0], colours.Colour.RED, colours.FlexibleLetting.AGREED, dt.date(2026, 6, 1)
        )
    return ws


@pytest.fixture
def page(desk: Workspace, qtbot: QtBot):
    from desktop.ui.pages.departments import DepartmentsPage

    widget = DepartmentsPage(PageContext(desk, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.on_shown()
    settle(qtbot)  # the first look may write (search text) on the write worker
    return widget


def names(page) -> list[str]:
    return [page.model.row(i).name for i in range(page.model.rowCount())]


def column(page, header: str) -> int:
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def shown(page, header: str) -> list[str]:
    """The texts of one column, as the list shows them."""
    c = column(page, header)
    return [page.model.data(page.model.index(r, c)) for r in range(page.model.rowCount())]


@pytest.fixture
def master_page(sqlite_workspace: Workspace, samples: Path, qtbot: QtBot):
    """The page over the sample master data, at the width it has in a 1366 px window."""
    from desktop.ui.pages.departments import DepartmentsPage

    import_master_data(sqlite_workspace, samples / "organisations_departments.xlsx")
    widget = DepartmentsPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1166, 700)  # 1366 less the navigation
    widget.show()
    widget.on_shown()
    settle(qtbot)
    return widget


def test_a_street_search_shows_each_departments_organisation_and_house_numbers(
    master_page, qtbot: QtBot
) -> None:
    page = master_page
    qtbot.keyClicks(page.search, "Mølleparkvej")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert shown(page, "Organisation") == [
        "Hasseris Boligselskab",
        "Himmerland Boligforening",
        "Lejerbo Aalborg",
    ]
    assert shown(page, "House numbers") == [
        "Mølleparkvej 65–121",
        "Mølleparkvej 1–31",
        "Mølleparkvej 43–53",
    ]
    table = page.table
    numbers = column(page, "House numbers")
    right = table.columnViewportPosition(numbers) + table.columnWidth(numbers)
    assert right <= table.viewport().width()  # in sight without scrolling
    assert page.detail.ranges_label.text() == "House numbers: Mølleparkvej 65–121"


def test_an_address_search_finds_the_department_that_holds_the_number(
    master_page, qtbot: QtBot
) -> None:
    page = master_page
    qtbot.keyClicks(page.search, "Mølleparkvej 19")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.detail.title_label.text() == "145-09 Præstegården"
    assert page.count_label.text() == "Departments with Mølleparkvej 19: 1"
    page.search.clear()
    qtbot.keyClicks(page.search, "Mølleparkvej 40")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.count_label.text() == (
        "No department has Mølleparkvej 40. Departments on Mølleparkvej: 3"
    )


def test_the_department_dialog_edits_the_house_numbers(desk: Workspace, qtbot: QtBot) -> None:
    from desktop.core.registry import search
    from desktop.ui.dialogs.department_form import DepartmentDialog

    (row,) = search.search(desk, "164-16")
    dialog = DepartmentDialog(desk, row.id)
    qtbot.addWidget(dialog)
    ranges = dialog.form.ranges
    assert ranges.lines() == (editing.RangeFields("Lindholmsvej", "2", "2"),)
    qtbot.keyClicks(dialog.form.address, "-40")  # the lines follow the address ...
    assert ranges.lines() == (editing.RangeFields("Lindholmsvej", "2", "40"),)
    ranges.add_button.click()  # ... until they are edited by hand
    table = ranges.table
    for col, text in enumerate(["Lindholmsvej", "41", ""]):
        table.item(1, col).setText(text)
    table.cellWidget(1, 3).setCurrentIndex(1)  # odd
    qtbot.keyClicks(dialog.form.address, " m.fl.")
    assert len(ranges.lines()) == 2
    table.item(1, 1).setText("41-43")  # not a house number
    assert not succeeded(qtbot, dialog.save())
    assert "line 2: “41-43” is not a house number" in dialog.form.error.text()
    assert table.styleSheet()
    table.item(1, 1).setText("41a")
    assert succeeded(qtbot, dialog.save())
    assert [r.number for r in search.search(desk, "Lindholmsvej 77")] == ["16"]
    assert search.find(desk, "Lindholmsvej 78").held is False
    (saved,) = search.search(desk, "164-16")
    assert saved.ranges == ("Lindholmsvej 2–40, 41A and up (odd numbers)",)


def test_results_come_as_you_type_with_danish_letters(page, qtbot: QtBot, qtmodeltester) -> None:
    assert names(page) == ["Rugmarken", "Kærparken", "Løvvangen"]
    qtbot.keyClicks(page.search, "LØV")
    qtbot.waitUntil(lambda: names(page) == ["Løvvangen"])
    assert page.count_label.text() == "1 department"
    page.search.clear()
    qtbot.keyClicks(page.search, "ærø")
    qtbot.waitUntil(lambda: names(page) == ["Kærparken"])
    qtmodeltester.check(page.model)


def test_the_detail_shows_the_colour_on_the_chosen_date(page, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "164-16")
    qtbot.waitUntil(lambda: names(page) == ["Løvvangen"])
    assert page.detail.title_label.text() == "164-16 Løvvangen"
    assert page.detail.badge.colour() == "red"
    assert "a reported dwelling is returned" in page.detail.allowances_label.text()
    assert page.detail.history_model.rowCount() == 2
    page.date_edit.setDate(QDate(2026, 3, 1))
    assert page.detail.badge.colour() == "green"
    assert "may report vacant dwellings" in page.detail.allowances_label.text()
    assert page.model.data(page.model.index(0, column(page, "Colour"))) == "Green"


def test_a_placement_entered_by_mistake_is_deleted(
    page, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    qtbot.keyClicks(page.search, "164-16")
    qtbot.waitUntil(lambda: names(page) == ["Løvvangen"])
    assert not page.detail.remove_button.isEnabled()
    page.detail.history.selectRow(0)  # red from 01.06.2026
    assert page.detail.remove_button.isEnabled()
    page.detail.remove_button.click()
    settle(qtbot)  # removed on the write worker, then the list is read again
    assert page.detail.badge.colour() == "green"
    assert page.detail.history_model.rowCount() == 1


def test_a_new_placement_from_the_detail_panel(page, desk: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.dialogs.department_placement import PlacementDialog

    qtbot.keyClicks(page.search, "rugmarken")
    qtbot.waitUntil(lambda: names(page) == ["Rugmarken"])
    assert page.detail.badge.colour() == "unknown"
    dialog = PlacementDialog(desk, page.detail.department_id, page)
    qtbot.addWidget(dialog)
    dialog.form.colour_buttons[colours.Colour.YELLOW].setChecked(True)
    dialog.form.flexible.setCurrentIndex(dialog.form.flexible.findData("agreed"))
    dialog.form.valid_from.setDate(QDate(2026, 11, 1))
    dialog.form.reason.setText("Aftale med Plus Bolig")
    assert succeeded(qtbot, dialog.save())
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.detail.badge.colour() == "yellow"
    assert page.detail.history_model.index(0, 5).data() == "Aftale med Plus Bolig"


def test_a_placement_over_a_colleagues_newer_one_is_refused_with_the_conflict(
    desk: Workspace, qtbot: QtBot
) -> None:
    from desktop.core.workspace import open_workspace
    from desktop.ui.dialogs.conflict import ConflictDialog
    from desktop.ui.dialogs.department_placement import PlacementDialog

    with desk.read() as session:
        dept = colours.find_department(session, "164", "16")
        assert dept is not None
        dept_id = dept.id
    dialog = PlacementDialog(desk, dept_id)
    qtbot.addWidget(dialog)
    # Meanwhile a colleague places the department red from December.
    colleague = open_workspace(desk.database.url, user="anna")
    try:
        placements.set_placement(
            colleague,
            dept_id,
            colours.Colour.RED,
            colours.FlexibleLetting.NONE,
            dt.date(2026, 12, 1),
        )
    finally:
        colleague.close()
    with desk.read() as session:
        before = placements.history(session, dept_id)
    dialog.form.colour_buttons[colours.Colour.GREEN].setChecked(True)
    dialog.form.valid_from.setDate(QDate(2027, 1, 1))
    assert not succeeded(qtbot, dialog.save())
    conflict = dialog.findChild(ConflictDialog)
    assert conflict is not None
    assert conflict.isVisible()
    assert "anna" in conflict.view.headline.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    with desk.read() as session:
        assert placements.history(session, dept_id) == before  # nothing of the dialog's saved
    conflict.view.reload.click()
    # Reloaded: the dialog now starts from the colleague's placement and can be saved.
    assert "from" in dialog.form.current.text()
    assert dialog.form.colour_buttons[colours.Colour.RED].isChecked()
    assert succeeded(qtbot, dialog.save())


def test_an_overlapping_placement_shows_the_reason_in_the_dialog(
    desk: Workspace, qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.department_placement import PlacementDialog

    with desk.read() as session:
        dept = colours.find_department(session, "164", "16")
        assert dept is not None
        dept_id = dept.id
    dialog = PlacementDialog(desk, dept_id)
    qtbot.addWidget(dialog)
    dialog.form.valid_from.setDate(QDate(2026, 3, 1))
    dialog.form.has_end.setChecked(True)
    dialog.form.valid_to.setDate(QDate(2026, 7, 1))
    assert not succeeded(qtbot, dialog.save())
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "overlaps the placement from" in dialog.form.error.text()


def test_the_department_form_names_the_fields_at_fault(desk: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.dialogs.department_form import DepartmentDialog

    dialog = DepartmentDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.form.organisation.setCurrentIndex(dialog.form.organisation.findText("088 Plus Bolig"))
    dialog.form.number.setText("2")
    dialog.form.name.setText("Igen")
    assert not succeeded(qtbot, dialog.save())
    assert "already has a department 2" in dialog.form.error.text()
    assert dialog.form.number.styleSheet()
    dialog.form.number.setText("7")
    dialog.form.postcode.setText("9000")
    dialog.form.housing_area.setCurrentText("Nørresundby Øst")
    assert succeeded(qtbot, dialog.save())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    record = editing.load_department(desk, dialog.saved_id)
    assert (record.data.number, record.data.housing_area) == ("7", "Nørresundby Øst")


def test_organisations_are_created_and_edited(desk: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.dialogs.department_organisations import OrganisationsDialog

    dialog = OrganisationsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    dialog.new()
    dialog.form.number.setText("212")
    dialog.form.name.setText("Alabu Bolig")
    dialog.form.cvr.setText("1234")
    assert not succeeded(qtbot, dialog.save())
    assert "CVR" in dialog.form.error.text()
    dialog.form.cvr.setText("")
    assert succeeded(qtbot, dialog.save())
    assert dialog.model.rowCount() == 3
    assert [r.data.number for r in editing.organisations(desk)] == ["088", "164", "212"]


@pytest.fixture
def sample_desk(sqlite_workspace: Workspace, samples: Path) -> Workspace:
    import_master_data(sqlite_workspace, samples / "organisations_departments.xlsx")
    import_monitoring(sqlite_workspace, samples / "monitoring_2026.xlsx")
    return sqlite_workspace


def test_the_review_proposes_and_accepts_selected(
    sample_desk: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    dialog = MonitoringReviewDialog(sample_desk)
    qtbot.addWidget(dialog)
    assert dialog.year.currentData() == 2026
    assert dialog.summary.text() == "3 proposed changes, 2 departments without a proposal"
    shown = {(r.organisation_number, r.department_number) for r in dialog.model.rows()}
    assert shown == {("088", "36"), ("145", "34"), ("273", "3"), ("212", "33"), ("310", "1231")}
    dialog.table.selectRow(dialog.model.find(lambda r: r.department_number == "34"))
    assert "Green by the figures" in dialog.explanation.text()
    dialog.apply_selected()
    settle(qtbot)
    assert dialog.summary.text() == "2 proposed changes, 2 departments without a proposal"
    rows = {
        (r.organisation_number, r.department_number): r
        for r in monitoring.review(sample_desk, 2026, dialog.effective_from)
    }
    assert not rows[("145", "34")].changes
    assert rows[("088", "36")].changes
    dialog.apply_all()
    settle(qtbot)
    assert not any(r.changes for r in monitoring.review(sample_desk, 2026, dialog.effective_from))
    assert not dialog.accept_all.isEnabled()


def test_the_review_imports_the_figures_the_user_chooses(
    sqlite_workspace: Workspace, samples: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.dialogs.monitoring_review import MonitoringReviewDialog

    import_master_data(sqlite_workspace, samples / "organisations_departments.xlsx")
    chosen = str(samples / "monitoring_2026.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen, ""))
    from desktop.ui.dialogs.import_report import ImportReportDialog

    dialog = MonitoringReviewDialog(sqlite_workspace)
    qtbot.addWidget(dialog)
    assert dialog.year.currentData() is None  # nothing imported yet
    dialog.import_figures()
    settle(qtbot)
    (report,) = dialog.findChildren(ImportReportDialog)
    assert report.windowTitle() == "Monitoring figures imported"
    assert "2026" in report.summary.title
    assert dialog.year.currentData() == 2026
    assert dialog.summary.text() == "3 proposed changes, 2 departments without a proposal"


def test_the_colour_policy_section_saves_a_dated_version(desk: Workspace, qtbot: QtBot) -> None:
    from desktop.ui.pages.departments_policy import ColourPolicySection
    from desktop.ui.settings_sections.colours import SECTION

    assert SECTION is ColourPolicySection
    section = ColourPolicySection(PageContext(desk, TaskRunner()))
    qtbot.addWidget(section)
    assert section.in_force.text() == "In force today: the built-in default"
    yellow = section.rows[colours.Colour.YELLOW]
    yellow.may_report.setChecked(False)  # may place but not report: refused
    assert not succeeded(qtbot, section.save())
    assert "only place citizens where dwellings may be reported" in section.message.text()
    yellow.may_report.setChecked(True)
    yellow.share.setValue(20.0)
    section.valid_from.setDate(QDate(2027, 1, 1))
    section.note.setText("Ny aftale")
    assert succeeded(qtbot, section.save())
    assert section.message.text().startswith("Saved: the new version applies from")
    assert section.history.item(0).text().startswith("From 01/01/2027, by tester: Ny aftale")
    with desk.read() as session:
        assert colours.policy_on(session, dt.date(2026, 12, 31)).policy.yellow.share_percent == 15
        assert colours.policy_on(session, dt.date(2027, 1, 1)).policy.yellow.share_percent == 20
    assert section.rows[colours.Colour.YELLOW].share.value() == 20.0
