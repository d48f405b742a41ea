"""Tilbud og breve: the list of offers, the detail with its stored ranking and letters, and each
step through the page's forms (send, decline with its consequence, accept, lease start)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from db.enums import ApplicantStatus, DeclineSide, OfferStatus, Urgency
from desktop.core.offers import views, workflow
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.conflict import RELOAD, ConflictDialog
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY
from tests.gui.background import finish
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> dict[str, int]:
    ws = sqlite_workspace
    dept = make.department(ws)
    vacancy = make.vacancy(ws, dept, rent=Decimal(3200), aconto_heating=Decimal(450))
    anna = make.applicant(ws, "Anna Akut", urgency=Urgency.ACUTE)
    bo = make.applicant(ws, "Bo Høj", urgency=Urgency.HIGH)
    offer = workflow.create_offer(ws, vacancy, anna)
    return {"vacancy": vacancy, "anna": anna, "bo": bo, "offer": offer}


@pytest.fixture
def page(sqlite_workspace: Workspace, desk: dict[str, int], qtbot: QtBot):
    from desktop.ui.pages.offers import OffersPage

    widget = OffersPage(PageContext(sqlite_workspace, TaskRunner()))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    widget.on_shown()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    widget.table.selectRow(0)
    qtbot.waitUntil(lambda: widget.detail.detail is not None)
    return widget


def _column(page, header: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.header == header)


def _accept_dialogs(monkeypatch: pytest.MonkeyPatch, **values: object) -> None:
    """Forms answer OK at once (with `values` set) instead of waiting for a user."""
    from desktop.ui.dialogs import offer_reply
    from desktop.ui.widgets.date_edit import to_qdate

    def date_exec(dialog: offer_reply.OfferDateDialog) -> int:
        if "day" in values:
            day = values["day"]
            assert isinstance(day, dt.date)
            dialog.ui.date.setDate(to_qdate(day))
        return 1

    def decline_exec(dialog: offer_reply.DeclineDialog) -> int:
        combo = dialog.ui.reason
        combo.setCurrentIndex(combo.findData(values.get("reason", "area")))
        dialog.ui.text.setPlainText(str(values.get("text", "")))
        return 1

    monkeypatch.setattr(offer_reply.OfferDateDialog, "exec", date_exec)
    monkeypatch.setattr(offer_reply.DeclineDialog, "exec", decline_exec)


def test_the_list_and_the_detail_of_an_offer(page, desk: dict[str, int], qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    assert page.model.index(0, _column(page, "Status")).data() == "Draft"
    assert page.model.index(0, _column(page, "Applicant")).data() == "Anna Akut"
    assert page.model.index(0, _column(page, "Scheme")).data() == "Almindelig anvisning"
    assert page.count.text() == "1 offer"
    summary = page.detail.summary.text()
    assert f"Offer {desk['offer']}: Draft" in summary
    assert "Kildeparken 12, 2. tv." in summary
    assert "Number 1 of 2" in page.detail.ranking.toPlainText()
    assert page.detail.buttons["send"].isEnabled()
    assert not page.detail.buttons["accept"].isEnabled()
    assert not page.detail.buttons["lease"].isEnabled()


def test_send_then_decline_applies_the_consequence_and_proposes_the_next(
    page, desk: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    sqlite_workspace: Workspace,
) -> None:  # fmt: skip
    _accept_dialogs(monkeypatch, reason="area", text="Vil ikke bo der")
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.do("send")  # the draft in the offer dialog: read, then sent
    dialog = page.offer_dialog
    qtbot.waitUntil(lambda: dialog.ui.preview.letter is not None and dialog.ui.send.isEnabled())
    finish(qtbot, dialog.send())
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.status == OfferStatus.SENT
    )
    assert "reply by" in messages[-1]
    assert page.detail.letters.count() == 1
    assert page.detail.buttons["decline"].isEnabled()
    # the letter is not printed yet: the detail says so, with its next step
    assert page.detail.deliver.isVisibleTo(page)
    assert "Print and post it" in page.detail.letter_state.text()
    dialog.delivery.reject()  # later

    page.do("decline")
    # the declined offer leaves the open offers; the next candidate's draft is shown instead
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.applicant_id == desk["bo"]
    )
    assert page.detail.detail.status == OfferStatus.DRAFT
    applicant = _column(page, "Applicant")
    names = [page.model.index(r, applicant).data() for r in range(page.model.rowCount())]
    assert names == ["Bo Høj"]
    detail = views.offer_detail(sqlite_workspace, desk["offer"])
    assert detail.status == OfferStatus.DECLINED
    assert detail.decline_text == "Vil ikke bo der"
    assert detail.applicant_status == ApplicantStatus.REMOVED
    assert "removed from the list" in messages[-1]
    assert "The next candidate has a draft offer" in messages[-1]
    drafts = views.list_offers(sqlite_workspace, views.OfferFilter.DRAFTS)
    assert [o.applicant_id for o in drafts] == [desk["bo"]]


def test_a_letter_not_yet_delivered_is_delivered_from_the_detail(
    page, desk: dict[str, int], qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    workflow.send_offer(sqlite_workspace, desk["offer"])  # c/o nobody: by post, to print
    page.refresh()
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.letter_state is not None
    )
    assert page.detail.deliver.isEnabled()
    dialog = page.deliver(page.detail.detail)
    qtbot.waitUntil(lambda: dialog.pdf is not None)
    assert dialog.ui.print_button.isEnabled()
    messages: list[str] = []
    page.status_message.connect(messages.append)
    from desktop.ui.printing import pdf_file_printer

    out = Path(sqlite_workspace.database.sqlite_path).with_name("printed.pdf")
    finish(qtbot, dialog.print_to(pdf_file_printer(out)))
    qtbot.waitUntil(
        lambda: (
            page.detail.detail is not None
            and page.detail.detail.letter_state is not None
            and page.detail.detail.letter_state.missing is None
        )
    )
    assert "Printed and posted on" in page.detail.letter_state.text()
    assert not page.detail.deliver.isVisibleTo(page)
    assert "printed" in messages[-1]


def test_a_draft_withdrawn_meanwhile_is_not_sent_from_the_dialog(
    page, desk: dict[str, int], qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    dialog = page.send(page.detail.detail)
    qtbot.waitUntil(lambda: dialog.ui.preview.letter is not None and dialog.ui.send.isEnabled())
    workflow.withdraw_offer(sqlite_workspace, desk["offer"], reason="Fejl")  # another desk
    finish(qtbot, dialog.send())
    assert views.offer_detail(sqlite_workspace, desk["offer"]).status == OfferStatus.WITHDRAWN
    assert views.offer_detail(sqlite_workspace, desk["offer"]).letters == ()
    conflict = dialog.findChild(ConflictDialog)
    assert conflict is not None
    # reloaded, the dialog says why it cannot go on, and closes
    conflict.choice = RELOAD
    conflict.accept()
    qtbot.waitUntil(lambda: not isValid(dialog))  # closed (and gone)
    assert "no longer a draft" in dialog.refused_box.text()  # said on the page behind


def test_accept_and_lease_start_let_the_dwelling(
    page, desk: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    sqlite_workspace: Workspace,
) -> None:  # fmt: skip
    workflow.send_offer(sqlite_workspace, desk["offer"])
    page.refresh()
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.status == OfferStatus.SENT
    )
    _accept_dialogs(monkeypatch, day=TODAY)
    page.do("accept")
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.status == OfferStatus.ACCEPTED
    )
    assert page.detail.buttons["lease"].isEnabled()
    assert page.detail.letters.count() == 2
    _accept_dialogs(monkeypatch, day=TODAY + dt.timedelta(days=10))
    page.do("lease")
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.lease_start is not None
    )
    assert page.detail.detail.lease_start == TODAY + dt.timedelta(days=10)
    assert not page.detail.buttons["withdraw"].isEnabled()


def test_open_item_finds_a_closed_offer(
    page, desk: dict[str, int], qtbot: QtBot, sqlite_workspace: Workspace
) -> None:
    workflow.withdraw_offer(sqlite_workspace, desk["offer"], reason="Fejl")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.open_item(desk["offer"])
    qtbot.waitUntil(lambda: page.current_row() is not None)
    assert page.current_row().id == desk["offer"]
    assert page.which.currentData() == views.OfferFilter.ALL.value


def test_the_decline_form_shows_the_consequence_before_saving(
    sqlite_workspace: Workspace, desk: dict[str, int], qtbot: QtBot
) -> None:
    from desktop.ui.dialogs.offer_reply import DeclineDialog

    workflow.send_offer(sqlite_workspace, desk["offer"])
    dialog = DeclineDialog(sqlite_workspace, views.offer_detail(sqlite_workspace, desk["offer"]))
    qtbot.addWidget(dialog)
    combo = dialog.ui.reason
    combo.setCurrentIndex(combo.findData("area"))
    assert dialog.side == DeclineSide.CITIZEN
    assert dialog.ui.consequence.text().endswith("Removed from the list (decision letter)")
    assert not dialog.ui.decision.isHidden()
    dialog.ui.good_reason.setChecked(True)
    assert dialog.ui.consequence.text().endswith("No consequence")
    assert dialog.ui.decision.isHidden()
    dialog.ui.good_reason.setChecked(False)
    combo.setCurrentIndex(combo.findData("org_refused"))
    assert dialog.side == DeclineSide.ORGANISATION
    assert dialog.ui.consequence.text().endswith("No consequence")
    combo.setCurrentIndex(combo.findData("economy"))
    assert dialog.ui.consequence.text().endswith("Paused for 30 days")
    assert dialog.answered_on == TODAY
