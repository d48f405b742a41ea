"""The candidate view: ranked candidates with their reasons, the excluded tab with every rule,
choosing the candidate of an offer, and the reverse view (suitable dwellings for an applicant)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from db.enums import ApplicantStatus, Colour, OfferStatus, Urgency
from desktop.core.offers import views
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.list_view import column_fit
from tests.gui.background import finish
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> dict[str, int]:
    ws = sqlite_workspace
    dept = make.department(ws)
    yellow = make.department(ws, colour=Colour.YELLOW)
    ids = {
        "vacancy": make.vacancy(
            ws, dept, rent=Decimal(3200), aconto_heating=Decimal(450), pets_allowed=False
        ),
        "yellow": make.vacancy(ws, yellow, rent=Decimal(3000)),
        "acute": make.applicant(ws, "Anna Akut", urgency=Urgency.ACUTE),
        "waiting": make.applicant(ws, "Bo Ventetid", registered_on=dt.date(2024, 1, 1)),
        "later": make.applicant(ws, "Carl Senere", registered_on=dt.date(2026, 1, 1)),
        "dear": make.applicant(ws, "Dorthe Dyr", max_rent=Decimal(3000)),
        "pets": make.applicant(ws, "Erik Hund", has_pets=True, max_rent=Decimal(3000)),
        "strong": make.applicant(ws, "Frida Stærk", needs_strong_area=True),
    }
    return ids


@pytest.fixture
def context(sqlite_workspace: Workspace) -> PageContext:
    return PageContext(sqlite_workspace, TaskRunner())


@pytest.fixture
def dialog(context: PageContext, desk: dict[str, int], qtbot: QtBot):
    from desktop.ui.dialogs.candidates import CandidatesDialog

    widget = CandidatesDialog(context, desk["vacancy"])
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.ranking is not None)
    return widget


def _column(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_candidates_are_listed_in_ranking_order_with_reasons(
    dialog, desk: dict[str, int], qtmodeltester
) -> None:
    qtmodeltester.check(dialog.ranked_model)
    names = [_column(dialog.ranked_model, r, 1) for r in range(dialog.ranked_model.rowCount())]
    assert names == ["Anna Akut", "Bo Ventetid", "Frida Stærk", "Carl Senere"]
    assert dialog.ui.tabs.tabText(dialog.RANKED) == "&Candidates (4)"
    assert "Kildeparken 12, 2. tv." in dialog.ui.heading.text()
    assert "3,650.00" in dialog.ui.facts.text()
    assert dialog.ui.colour.colour() == "green"
    # the first is selected, and the panel says why it stands first
    reasons = dialog.ui.reasons.toPlainText()
    assert "No. 1: Anna Akut" in reasons
    assert "Urgency: acute" in reasons
    assert "Ahead of no. 2 on urgency" in reasons
    dialog.ui.ranked.selectRow(1)
    assert "Ahead of no. 3 on waiting time" in dialog.ui.reasons.toPlainText()


def _excluded_loaded(dialog, qtbot: QtBot) -> None:
    """Wait until the excluded tab shows what its filters ask for."""
    qtbot.waitUntil(
        lambda: (
            dialog.excluded_pages is not None
            and dialog.excluded_pages.query == dialog.excluded_query()
            and dialog.excluded_task is None
        )
    )


def _excluded_ids(dialog) -> list[int]:
    model = dialog.excluded_model
    return [int(_column(model, r, 1)) for r in range(model.rowCount())]


def test_the_excluded_tab_lists_every_rule_of_every_excluded_applicant(
    dialog, desk: dict[str, int], qtbot: QtBot, qtmodeltester
) -> None:
    dialog.ui.tabs.setCurrentIndex(dialog.EXCLUDED)
    _excluded_loaded(dialog, qtbot)
    qtmodeltester.check(dialog.excluded_model)
    rows = {applicant_id: r for r, applicant_id in enumerate(_excluded_ids(dialog))}
    assert set(rows) == {desk["dear"], desk["pets"]}
    assert dialog.ui.tabs.tabText(dialog.EXCLUDED) == "&Excluded (2)"
    pets_row = rows[desk["pets"]]
    # the name first and whole, then the number; the rules that exclude last
    assert _column(dialog.excluded_model, pets_row, 0) == "Erik Hund"
    fit = column_fit(dialog.ui.excluded)
    dialog.resize(620, 600)  # narrow: the rules give way, never the name
    qtbot.waitUntil(lambda: dialog.ui.excluded.columnWidth(5) < fit.content_width(5))
    assert dialog.ui.excluded.columnWidth(0) >= fit.content_width(0)
    assert _column(dialog.excluded_model, pets_row, 4) == "2"
    assert _column(dialog.excluded_model, pets_row, 5) == "Rent above the limit; Pets"
    dialog.ui.excluded.selectRow(pets_row)
    text = dialog.ui.excluded_reasons.toPlainText()
    assert "Erik Hund" in text
    assert "above the applicant's limit (3,000.00" in text
    assert "The household has pets; pets are not allowed in this dwelling." in text
    # filter by one rule
    combo = dialog.ui.rule_filter
    combo.setCurrentIndex(combo.findData("pets"))
    _excluded_loaded(dialog, qtbot)
    assert _excluded_ids(dialog) == [desk["pets"]]
    assert dialog.ui.excluded_note.text() == "Shown: 1"
    combo.setCurrentIndex(0)
    dialog.ui.search.setText("dorthe")
    dialog.ui.search.flush()
    _excluded_loaded(dialog, qtbot)
    assert [_column(dialog.excluded_model, 0, 0)] == ["Dorthe Dyr"]


def test_the_excluded_tab_shows_the_applicants_on_the_list_unless_asked_for_everyone(
    sqlite_workspace: Workspace, context: PageContext, desk: dict[str, int], qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.candidates import CandidatesDialog

    housed = make.applicant(sqlite_workspace, "Gitte Flyttet", status=ApplicantStatus.HOUSED)
    removed = make.applicant(sqlite_workspace, "Hans Slettet", status=ApplicantStatus.REMOVED)
    paused = make.applicant(
        sqlite_workspace,
        "Ib Pause",
        status=ApplicantStatus.PAUSED,
        paused_until=dt.date(2099, 1, 1),
    )
    dialog = CandidatesDialog(context, desk["vacancy"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentIndex(dialog.EXCLUDED)
    _excluded_loaded(dialog, qtbot)
    # by default the applicants on the list: the paused one, not the closed cases
    assert _excluded_ids(dialog) == [desk["dear"], desk["pets"], paused]
    assert dialog.ui.shown_filter.currentText() == "Applicants on the list"
    shown = dialog.ui.shown_filter
    shown.setCurrentIndex(shown.findData(True))
    _excluded_loaded(dialog, qtbot)
    assert _excluded_ids(dialog) == [desk["dear"], desk["pets"], housed, removed, paused]
    statuses = [_column(dialog.excluded_model, r, 2) for r in range(5)]
    assert statuses == ["Active", "Active", "Housed", "Removed", "Paused"]


def test_the_excluded_tab_fetches_more_as_the_list_scrolls(
    sqlite_workspace: Workspace, context: PageContext, desk: dict[str, int], qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.candidates import CandidatesDialog

    more = [make.applicant(sqlite_workspace, f"Hund {n}", has_pets=True) for n in range(5)]
    dialog = CandidatesDialog(context, desk["vacancy"])
    dialog.excluded_page = 2
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentIndex(dialog.EXCLUDED)
    _excluded_loaded(dialog, qtbot)
    model = dialog.excluded_model
    # a small list fills the view: Qt asks for the next pages until it is full or all are in
    qtbot.waitUntil(lambda: model.complete and dialog.excluded_task is None)
    assert _excluded_ids(dialog) == [desk["dear"], desk["pets"], *more]
    assert dialog.ui.excluded_note.text() == "Shown: 7"
    assert dialog.ui.tabs.tabText(dialog.EXCLUDED) == "&Excluded (7)"


def test_an_offer_sent_from_the_ranking_blocks_a_second_one(
    dialog, context: PageContext, desk: dict[str, int], qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    from desktop.ui.dialogs.candidates import CandidatesDialog

    made: list[int] = []
    dialog.offer_created.connect(made.append)
    assert dialog.ui.offer_button.isEnabled()
    offer = dialog.create_offer()  # the offer dialog: nothing is made before its Send
    assert offer is not None
    qtbot.waitUntil(lambda: offer.setup is not None and offer.ui.send.isEnabled())
    assert views.list_offers(sqlite_workspace, views.OfferFilter.ALL) == []
    finish(qtbot, offer.send())
    assert offer.delivery is not None  # the letter's delivery comes next (later, here)
    offer.delivery.reject()
    offers = views.list_offers(sqlite_workspace, views.OfferFilter.ALL)
    assert [(o.id, o.applicant_id, o.rank, o.status) for o in offers] == [
        (made[0], desk["acute"], 1, OfferStatus.SENT)
    ]
    assert not dialog.isVisible()  # the dwelling is offered: the candidates close
    # opened again, the dwelling's offer is listed and a second offer is refused
    again = CandidatesDialog(context, desk["vacancy"])
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.offers_model.rowCount() == 1)
    assert _column(again.offers_model, 0, 1) == "Sent"
    assert not again.ui.offer_button.isEnabled()
    assert again.ui.offer_button.toolTip() == "The dwelling already has an open offer."
    assert again.create_offer() is None


def test_a_yellow_department_keeps_out_those_who_need_a_strong_area(
    context: PageContext, desk: dict[str, int], qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.candidates import open_candidates

    dialog = open_candidates(None, context, desk["yellow"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ranking is not None)
    names = [_column(dialog.ranked_model, r, 1) for r in range(dialog.ranked_model.rowCount())]
    assert "Frida Stærk" not in names
    assert dialog.ui.colour.colour() == "yellow"
    dialog.ui.tabs.setCurrentIndex(dialog.EXCLUDED)
    _excluded_loaded(dialog, qtbot)
    strong = next(e for e in dialog.excluded_model.rows() if e.applicant_id == desk["strong"])
    assert [r.code for r in strong.rules] == ["strong_area"]


def test_suitable_dwellings_for_an_applicant(
    context: PageContext, desk: dict[str, int], qtbot: QtBot, qtmodeltester
) -> None:
    from desktop.ui.dialogs.candidates import open_suitable_vacancies

    dialog = open_suitable_vacancies(None, context, desk["strong"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 4).data() == "Yes"
    assert dialog.model.index(1, 4).data() == "No"
    assert dialog.model.index(1, 6).data() == "Needs a strong area"
    assert dialog.note.text() == "1 of 2 dwellings waiting for a tenant are suitable."
    dialog.table.selectRow(1)
    assert "yellow" in dialog.details.toPlainText()
