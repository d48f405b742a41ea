"""The Boligsøgende page: the list, search as you type, filters, sort, the logged CPR search."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus, AuditAction, Urgency
from desktop.core.applicants import caseworkers, register
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from tests.unit.applicants.factories import applicant, audit_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> Workspace:
    ws = sqlite_workspace
    worker = caseworkers.save_caseworker(ws, None, "Lone Kjærsgaard")
    applicant(ws, "Łukasz Nowak", cpr="1203851234", phone="20 55 66 77", caseworker_id=worker)
    applicant(ws, "Åse Ørum", urgency=Urgency.ACUTE, max_rent=Decimal(3900))
    applicant(ws, "Олена Коваленко", cpr="0101901239", target_group="refugee")
    paused = applicant(ws, "Ahmed Al-Sayed", birth_date=dt.date(1980, 5, 5))
    register.change_status(ws, paused, ApplicantStatus.PAUSED, paused_until=dt.date(2026, 12, 24))
    return ws


@pytest.fixture
def page(desk: Workspace, qtbot: QtBot):
    from desktop.ui.pages.applicants import ApplicantsPage

    widget = ApplicantsPage(PageContext(desk, None))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.on_shown()
    return widget


def shown(page, column: int = 0) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def search(page, text: str) -> None:
    page.filters.search.setText(text)
    page.filters.search.flush()


def test_the_list_shows_everyone_with_the_cpr_number_masked(page, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    # Danish order (… z æ ø å), other scripts after the Latin letters
    assert shown(page) == ["Ahmed Al-Sayed", "Łukasz Nowak", "Åse Ørum", "Олена Коваленко"]
    assert page.count_label.text() == "4 applicants"
    cells = [
        str(page.model.index(r, c).data())
        for r in range(page.model.rowCount())
        for c in range(page.model.columnCount())
    ]
    assert "120385-XXXX" in cells
    assert "No CPR number" in cells
    assert not any("1234" in cell or "1239" in cell for cell in cells)
    assert "Paused → 24/12/2026" in shown(page, 5)


def test_search_as_you_type_and_filters(page) -> None:
    search(page, "ørum")
    assert shown(page) == ["Åse Ørum"]
    search(page, "kjærsg")  # the caseworker
    assert shown(page) == ["Łukasz Nowak"]
    search(page, "олена")  # Cyrillic, any case
    assert shown(page) == ["Олена Коваленко"]
    search(page, "")
    bar = page.filters
    bar.urgency.setCurrentIndex(bar.urgency.findData("acute"))
    assert shown(page) == ["Åse Ørum"]
    bar.urgency.setCurrentIndex(0)
    bar.status.setCurrentIndex(bar.status.findData("paused"))
    assert shown(page) == ["Ahmed Al-Sayed"]
    bar.status.setCurrentIndex(0)
    bar.group.setCurrentIndex(bar.group.findData("refugee"))
    assert shown(page) == ["Олена Коваленко"]


def test_sort_on_any_column(page) -> None:
    from PySide6.QtCore import Qt

    rent = next(i for i, c in enumerate(page.model.columns) if c.sort_key == "max_rent")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["Олена Коваленко", "Åse Ørum", "Łukasz Nowak", "Ahmed Al-Sayed"]
    page.table.sortByColumn(rent, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "max_rent"
    assert shown(page)[0] == "Åse Ørum"  # the only one with a highest rent; empty ones last


def test_a_whole_cpr_number_is_searched_only_with_a_logged_purpose(
    page, desk: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.ui.dialogs.reveal_cpr as reveal

    search(page, "120385-1234")
    assert page.cpr_button.isVisibleTo(page)
    assert "press Enter" in page.cpr_hint.text()
    assert shown(page) == ["Łukasz Nowak"]  # meanwhile: by the birth-date part only
    monkeypatch.setattr(reveal, "ask_purpose", lambda *_args: None)  # staff cancel
    page.search_cpr()
    assert not [e for e in audit_rows(desk) if e.action == AuditAction.SEARCH_CPR]
    monkeypatch.setattr(reveal, "ask_purpose", lambda *_args: "Borgeren i skranken")
    page.filters.search.returnPressed.emit()
    searches = [e for e in audit_rows(desk) if e.action == AuditAction.SEARCH_CPR]
    assert [e.purpose for e in searches] == ["Borgeren i skranken"]
    assert shown(page) == ["Łukasz Nowak"]
    assert page.clear_cpr_button.isVisibleTo(page)
    page.clear_cpr_search()
    assert len(shown(page)) == 4


def test_opening_a_row_shows_the_form_and_saving_refreshes_the_list(page, qtbot: QtBot) -> None:
    search(page, "ørum")
    page.table.selectRow(0)
    form = page.open_applicant(page.selected_ids()[0])
    qtbot.addWidget(form)
    form.ui.phone.setText("31 31 31 31")
    with qtbot.waitSignal(form.saved):
        assert form.save()
    search(page, "31313131")
    assert shown(page) == ["Åse Ørum"]


def test_pauses_that_ended_make_the_applicants_active_again(page, desk: Workspace) -> None:
    desk.clock = lambda: dt.date(2026, 12, 25)
    assert page.end_expired_pauses() == 1
    assert "Paused" not in " ".join(shown(page, 5))
