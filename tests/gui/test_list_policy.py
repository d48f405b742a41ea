"""The one column-width policy of every list (`desktop.ui.widgets.fitted_columns`), the overdue
days as lists show them, texts that wrap in narrow panels and reason dialogs sized to their
content."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.ui.models.rows import ADDRESS, NAME, NUMBER, RIGHT, TEXT, Column, Role, RowModel
from desktop.ui.widgets.fitted_columns import Need, share_width
from desktop.ui.widgets.list_view import column_fit, list_view
from desktop.ui.widgets.overdue import OVERDUE_TEXT, days_left_text, overdue_colour
from desktop.ui.widgets.wrapping import BREAK, breakable

pytestmark = pytest.mark.gui


# --- sharing the width ----------------------------------------------------------------------

NAME_D = Need(Role.NAME, True, whole=200, least=60)
DAYS = Need(Role.NUMBER, False, whole=50, least=40)
STATUS = Need(Role.SHORT, False, whole=120, least=50)
NOTE = Need(Role.TEXT, False, whole=300, least=40)
TOWN = Need(Role.NAME, False, whole=150, least=50)


def test_with_room_every_column_is_whole_and_free_text_takes_the_rest() -> None:
    assert share_width(900, [NAME_D, DAYS, STATUS, NOTE, TOWN]) == [200, 50, 120, 380, 150]


def test_without_a_text_a_name_takes_the_rest_the_deciding_one_first() -> None:
    assert share_width(600, [DAYS, STATUS, TOWN]) == [50, 120, 430]
    assert share_width(600, [TOWN, NAME_D]) == [150, 450]


def test_free_text_gives_way_first_then_names() -> None:
    # 820 wanted: the note gives 100 of its 260 to spare
    assert share_width(720, [NAME_D, DAYS, STATUS, NOTE, TOWN]) == [200, 50, 120, 200, 150]
    # the note down to its header, then the town towards its header
    assert share_width(480, [NAME_D, DAYS, STATUS, NOTE, TOWN]) == [200, 50, 120, 40, 70]


def test_deciding_columns_numbers_and_short_values_never_give_way() -> None:
    # too narrow even for the headers: those stay whole, the list scrolls
    widths = share_width(200, [NAME_D, DAYS, STATUS, NOTE, TOWN])
    assert widths == [200, 50, 120, 40, 50]


def test_a_hidden_column_takes_no_width() -> None:
    hidden = Need(Role.SHORT, True, whole=100, least=50, hidden=True)
    assert share_width(400, [NAME_D, hidden]) == [400, 0]


# --- the policy on a list ---------------------------------------------------------------------


class Dwelling(NamedTuple):
    address: str
    rent: int
    note: str


def _model() -> RowModel[Dwelling]:
    return RowModel(
        [
            Column("Address", "address", role=ADDRESS, deciding=True),
            Column("Rent", "rent", role=NUMBER, deciding=True),
            Column("Note", "note", role=TEXT),
        ],
        [
            Dwelling("Johan Skjoldborgs Vej 178, st. mf.", 12850, "Altan mod syd. " * 8),
            Dwelling("Ås 1", 4100, "Kort"),
        ],
    )


def test_a_number_is_right_aligned_without_saying_so() -> None:
    assert Column("Rent", "rent", role=NUMBER).align == RIGHT
    assert Column("Name", "name", role=NAME).align != RIGHT


@pytest.mark.qt_log_ignore("This plugin does not support", extend=True)  # offscreen tooltip
def test_a_list_shows_its_deciding_columns_whole_and_cuts_the_free_text(qtbot: QtBot) -> None:
    view = list_view(_model())
    qtbot.addWidget(view)
    view.resize(420, 200)
    view.show()
    qtbot.waitExposed(view)
    fit = column_fit(view)
    assert fit.deciding() == [0, 1]
    assert all(fit.whole(c) and fit.in_view(c) for c in (0, 1))
    assert not fit.whole(2)  # the note gave way
    note = view.model().index(0, 2)
    point = view.visualRect(note).center()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == "Altan mod syd. " * 8  # whole in the tooltip
    QToolTip.hideText()


def test_an_address_that_must_give_way_keeps_its_floor_and_door(qtbot: QtBot) -> None:
    model = RowModel(
        [Column("Address", "address", role=ADDRESS), Column("Rent", "rent", role=NUMBER)],
        _model().rows(),
    )
    view = list_view(model)
    qtbot.addWidget(view)
    view.resize(170, 200)
    view.show()
    qtbot.waitExposed(view)
    fit = column_fit(view)
    assert not fit.whole(0)
    assert fit.delegate.middle == {0}  # "Johan Sko…178, st. mf."


def test_widths_the_user_sets_stay(qtbot: QtBot) -> None:
    view = list_view(_model())
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    edge = QPoint(header.sectionPosition(1) + header.sectionSize(1) - 1, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    header.resizeSection(1, 300)  # the drag
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    view.resize(500, 200)
    view.model().set_rows(_model().rows())
    assert header.sectionSize(1) == 300


# --- overdue ------------------------------------------------------------------------------


def test_a_passed_deadline_reads_as_overdue_in_dark_red() -> None:
    assert days_left_text(12) == "12"
    assert days_left_text(0) == "0"
    assert days_left_text(-1) == "1 day overdue"
    assert days_left_text(-44) == "44 days overdue"
    assert days_left_text(None) == ""
    assert overdue_colour(-1) == OVERDUE_TEXT
    assert overdue_colour(0) is None


def test_overdue_days_sort_as_numbers(qtbot: QtBot) -> None:
    class Row(NamedTuple):
        days: int

    model = RowModel(
        [Column("Days left", "days", display=days_left_text, role=NUMBER)],
        [Row(3), Row(-44), Row(12), Row(-2)],
    )
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(4)] == [
        "44 days overdue",
        "2 days overdue",
        "3",
        "12",
    ]


# --- texts in narrow panels ---------------------------------------------------------------


def test_a_long_file_name_may_break_after_its_separators() -> None:
    text = "Indlæst fra ledige_boliger_uge47.xlsx, ark 1"
    broken = breakable(text)
    assert broken.replace(BREAK, "") == text
    assert f"ledige_{BREAK}boliger_{BREAK}uge47.{BREAK}xlsx" in broken
    assert breakable("Himmerland Boligforening") == "Himmerland Boligforening"  # short words


def test_the_vacancy_detail_wraps_instead_of_cutting(qtbot: QtBot) -> None:
    import datetime as dt
    from decimal import Decimal

    from desktop.core.intake.listing import VacancyDetail
    from desktop.core.intake.vocabulary import DwellingType, VacancyStatus
    from desktop.ui.pages.vacancies_detail import VacancyDetailPanel

    fields: dict[str, object] = dict.fromkeys(VacancyDetail.__dataclass_fields__)
    fields.update(
        id=1,
        version=1,
        address="Johan Skjoldborgs Vej 178, st. mf.",
        postcode="9200",
        city="Aalborg SV",
        status=VacancyStatus.RECEIVED,
        organisation_number="145",
        organisation_name="Himmerland Boligforening",
        department_number="1187",
        department_name="Ungdomsboligerne Gårdhaverne",
        dwelling_type=DwellingType.YOUTH,
        rent=Decimal("4275"),
        monthly_total=Decimal("4850"),
        source="ledige_boliger_himmerland_uge47.xlsx, ark Ledige boliger, række 12",
        events=(),
        checks=(),
        available_from=dt.date(2026, 12, 1),
        reported_on=dt.date(2026, 11, 2),
    )
    panel = VacancyDetailPanel()
    qtbot.addWidget(panel)
    panel.resize(panel.minimumWidth(), 600)
    panel.show()
    panel.show_detail(VacancyDetail(**fields))
    qtbot.wait(10)
    assert panel.widget().width() <= panel.viewport().width()  # nothing beyond the edge
    assert "Source: ledige_boliger_himmerland_uge47.xlsx" in panel.facts_text()


# --- dialogs sized to their content ----------------------------------------------------------


def test_a_reason_dialog_fits_its_heading_and_its_reason(qtbot: QtBot) -> None:
    from desktop.ui.dialogs.decision_reason import ReasonDialog

    short = ReasonDialog("Return?", ["Why?"], "&Return")
    qtbot.addWidget(short)
    reason = "The department is red in the stepped model: dwellings from it are not reported. " * 4
    title = "Return Johan Skjoldborgs Vej 178, st. mf. to Himmerland Boligforening?"
    long = ReasonDialog(title, ["The organisation reads the reason."], "&Return", reason=reason)
    qtbot.addWidget(long)
    for dialog in (short, long):
        dialog.show()
        qtbot.waitExposed(dialog)
    assert long.width() > short.width()  # as wide as its heading reads
    assert long.ui.heading.width() >= long.ui.heading.fontMetrics().horizontalAdvance(title)
    metrics = long.ui.edit.fontMetrics()
    assert long.ui.edit.height() > short.ui.edit.height()  # the whole reason in view
    shown = long.ui.edit.viewport().height() // metrics.lineSpacing()
    assert long.ui.edit.document().size().height() <= shown * metrics.lineSpacing() + 8
    assert not long.ui.edit.verticalScrollBar().isVisible()
