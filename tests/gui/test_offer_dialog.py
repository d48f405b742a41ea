"""The offer as one guided dialog: chosen from the candidates (the button or Enter; a
double-click makes nothing), the letter read before it goes (a live preview with the
caseworker's own text), Cancel leaves nothing, Send goes on to the delivery of each channel,
and a citizen nobody can reach is refused until a way is chosen."""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.enums import DeliveryChannel, OfferStatus, Urgency
from db.models import Caseworker, Letter, Offer
from desktop.core.letters import to_deliver
from desktop.core.offers import views
from desktop.core.workspace import Workspace
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets.date_edit import to_qdate
from tests.conftest import TODAY, missing
from tests.gui.background import finish, settle
from tests.gui.test_printing import _complete, _cups_pdf_folder
from tests.unit.letters import pdftext
from tests.unit.matching import db_factories as make

pytestmark = pytest.mark.gui
C = DeliveryChannel
PRINTER = os.environ.get("ANVIS_TEST_PRINTER")


def _caseworker(ws: Workspace) -> int:
    with ws.write() as session:
        worker = Caseworker(name="Mette Kjær", phone="99 31 22 10")
        session.add(worker)
        session.flush()
        return worker.id


@pytest.fixture
def desk(sqlite_workspace: Workspace) -> dict[str, int]:
    ws = sqlite_workspace
    ids = {"vacancy": make.vacancy(ws, make.department(ws))}
    ids["anna"] = make.applicant(
        ws, "Anna Akut", urgency=Urgency.ACUTE, care_of="Kirkens Korshær", delivery=C.CARE_OF
    )
    ids["bo"] = make.applicant(ws, "Bo Ventetid", registered_on=dt.date(2024, 1, 1))
    return ids


@pytest.fixture
def context(sqlite_workspace: Workspace) -> PageContext:
    return PageContext(sqlite_workspace, TaskRunner())


@pytest.fixture
def page(context: PageContext, qtbot: QtBot) -> Page:
    """The page the candidates are opened from (it is asked to show the offer afterwards)."""
    widget = Page(context)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def candidates(context: PageContext, page: Page, desk: dict[str, int], qtbot: QtBot):
    from desktop.ui.dialogs.candidates import CandidatesDialog

    dialog = CandidatesDialog(context, desk["vacancy"], page)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ranking is not None and dialog.ui.offer_button.isEnabled())
    return dialog


def _counts(ws: Workspace) -> tuple[int, int]:
    """(offers, letters) stored."""
    with ws.read() as session:
        offers = session.scalar(select(func.count()).select_from(Offer))
        letters = session.scalar(select(func.count()).select_from(Letter))
        return int(offers or 0), int(letters or 0)


def _ready(qtbot: QtBot, dialog: Any) -> Any:
    """The dialog once its choices are loaded and its letter drawn."""
    qtbot.waitUntil(lambda: dialog.setup is not None and dialog.ui.preview.letter is not None)
    settle(qtbot)
    return dialog


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(pdftext.page_texts(pdf)).split())


def _offer_dialog(context: PageContext, page: Page, vacancy: int, person: int, qtbot: QtBot):
    from desktop.ui.dialogs.offer_letter import OfferDialog

    dialog = OfferDialog.new(context, vacancy, person, page)
    dialog.show()
    return _ready(qtbot, dialog)


def _send(qtbot: QtBot, dialog: Any) -> Any:
    """Send; returns the delivery dialog that opens."""
    assert dialog.ui.send.isEnabled(), dialog.ui.refusal.text()
    finish(qtbot, dialog.send())
    assert dialog.delivery is not None
    return dialog.delivery


# --- choosing a candidate ----------------------------------------------------------------------


def test_a_double_click_on_a_candidate_makes_nothing_and_opens_nothing(
    candidates, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    table = candidates.ui.ranked
    rect = table.visualRect(candidates.ranked_model.index(1, 1))
    assert table.viewport().rect().contains(rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    assert candidates.selected_candidate() == 1  # it chose the candidate, nothing more
    assert candidates.offer_dialog is None
    assert _counts(sqlite_workspace) == (0, 0)


def test_enter_opens_the_offer_dialog_and_cancel_leaves_nothing(
    candidates, desk: dict[str, int], sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    table = candidates.ui.ranked
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = candidates.offer_dialog
    assert dialog is not None
    _ready(qtbot, dialog)
    assert dialog.setup.applicant_id == desk["anna"]  # the one chosen (number 1)
    assert not dialog.ui.skip_reason.isVisibleTo(dialog)  # number 1: no reason needed
    assert dialog.ui.preview.document.pageCount() >= 2
    # the letter as it will be printed: the window envelope c/o the shelter
    assert "c/o Kirkens Korshær" in _text(dialog.ui.preview.letter.pdf)
    dialog.ui.note.setPlainText("Du er velkommen til at ringe, hvis du vil se boligen.")
    qtbot.waitUntil(lambda: "ringe, hvis du vil se boligen" in _text(dialog.ui.preview.letter.pdf))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel
    settle(qtbot)
    assert _counts(sqlite_workspace) == (0, 0)
    assert candidates.isVisible()  # back at the candidates, nothing made


def test_send_by_post_prints_the_letter_and_shows_the_offer(
    candidates, page: Page, sqlite_workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.ui.printing import pdf_file_printer

    made: list[int] = []
    shown: list[tuple[str, object]] = []
    candidates.offer_created.connect(made.append)
    page.navigate.connect(lambda key, item: shown.append((key, item)))
    dialog = _ready(qtbot, candidates.create_offer())
    note = "Boligen har nyt køkken."
    dialog.ui.note.setPlainText(note)
    deadline = TODAY + dt.timedelta(days=14)
    dialog.ui.deadline.setDate(to_qdate(deadline))
    deliver = _send(qtbot, dialog)

    (offer_id,) = made
    assert shown == [("offers", offer_id)]  # the new offer, selected on the offers page
    assert not candidates.isVisible()  # the dwelling is offered: the candidates close
    detail = views.offer_detail(sqlite_workspace, offer_id)
    assert (detail.status, detail.reply_deadline) == (OfferStatus.SENT, deadline)
    (letter,) = detail.letters
    assert "Print" in deliver.ui.step.text()
    assert deliver.ui.print_button.isVisibleTo(deliver)
    assert not deliver.ui.export_button.isVisibleTo(deliver)
    qtbot.waitUntil(lambda: deliver.pdf is not None)
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(deliver.delivered):
        finish(qtbot, deliver.print_to(pdf_file_printer(out, title="Boligtilbud")))
    # what was printed is the archived letter, page for page (printed as images of its pages)
    assert len(PdfReader(out).pages) == deliver.pdf.pages
    assert note in _text(deliver.pdf.pdf)
    assert deliver.pdf.letter_id == letter.letter_id
    state = views.offer_detail(sqlite_workspace, offer_id).letter_state
    assert state is not None
    assert (state.letter_id, state.delivered_on, state.missing) == (letter.letter_id, TODAY, None)
    assert shown[-1] == ("offers", offer_id)


def test_send_by_digital_post_saves_the_file_then_marks_it_sent(
    context: PageContext, page: Page, sqlite_workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    ws = sqlite_workspace
    vacancy = make.vacancy(ws, make.department(ws))
    person = make.applicant(ws, "Dorte Digital", cpr="0304708765", delivery=C.DIGITAL_POST)
    deliver = _send(qtbot, _offer_dialog(context, page, vacancy, person, qtbot))
    assert deliver.ui.export_button.isVisibleTo(deliver)
    assert not deliver.ui.sent_button.isEnabled()  # not before the file is saved
    finish(qtbot, deliver.export_to(tmp_path / "til-digital-post.pdf"))
    assert (tmp_path / "til-digital-post.pdf").read_bytes().startswith(b"%PDF")
    assert deliver.ui.sent_button.isEnabled()
    (waiting,) = to_deliver.letters_to_deliver(ws)
    assert waiting.missing == to_deliver.Missing.CONFIRM
    with qtbot.waitSignal(deliver.delivered):
        finish(qtbot, deliver.confirm_sent())
    assert to_deliver.letters_to_deliver(ws) == []


def test_send_to_be_handed_over_records_the_day_and_the_deadline_runs_from_it(
    context: PageContext, page: Page, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    ws = sqlite_workspace
    vacancy = make.vacancy(ws, make.department(ws))
    person = make.applicant(ws, "Hans Hånd", caseworker_id=_caseworker(ws), delivery=C.HAND_OVER)
    dialog = _offer_dialog(context, page, vacancy, person, qtbot)
    assert not dialog.ui.deadline.isEnabled()  # from the hand-over
    assert "hand" in dialog.ui.deadline_note.text()
    assert "Udleveres af sagsbehandler" in _text(dialog.ui.preview.letter.pdf)
    deliver = _send(qtbot, dialog)
    assert deliver.ui.hand_over_button.isVisibleTo(deliver)
    (row,) = views.list_offers(ws, views.OfferFilter.ALL)
    offer_id = row.id
    assert views.offer_detail(ws, offer_id).reply_deadline is None
    with qtbot.waitSignal(deliver.delivered):
        finish(qtbot, deliver.hand_over(TODAY))
    assert views.offer_detail(ws, offer_id).reply_deadline is not None


def test_a_citizen_nobody_can_reach_is_refused_until_a_way_is_chosen(
    context: PageContext, page: Page, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    ws = sqlite_workspace
    vacancy = make.vacancy(ws, make.department(ws))
    person = make.applicant(
        ws, "Mads Hansen", street=None, postcode=None, town=None, whereabouts="Sofasurfer",
        delivery=C.NONE,
    )  # fmt: skip
    dialog = _offer_dialog(context, page, vacancy, person, qtbot)
    assert not dialog.ui.send.isEnabled()
    refusal = dialog.ui.refusal.text()
    assert "cannot be sent" in refusal
    assert "Mads Hansen" in refusal
    assert dialog.send() is None  # Ctrl+Return does nothing either
    assert _counts(ws) == (0, 0)
    # hand-over: he has no caseworker yet; the dialog says so, still no Send
    dialog.ui.channel.setCurrentIndex(dialog.ui.channel.findData(C.HAND_OVER.value))
    assert "caseworker" in dialog.ui.refusal.text()
    assert not dialog.ui.send.isEnabled()

    # the applicant's form, from the dialog: a caseworker; back in the dialog, it can go
    worker = _caseworker(ws)
    form = dialog.edit_applicant()
    assert form.ui.tabs.currentWidget() is form.ui.address
    form._choose_caseworker(worker)
    finish(qtbot, form.save())
    qtbot.waitUntil(dialog.ui.send.isEnabled)
    assert dialog.channel == C.HAND_OVER  # the choice was kept
    _send(qtbot, dialog)
    assert _counts(ws) == (1, 1)


def test_the_refusal_is_said_in_danish(
    context: PageContext, page: Page, sqlite_workspace: Workspace, qtbot: QtBot, qapp
) -> None:
    from desktop import i18n

    ws = sqlite_workspace
    vacancy = make.vacancy(ws, make.department(ws))
    person = make.applicant(
        ws, "Mads Hansen", street=None, postcode=None, town=None, delivery=C.NONE
    )
    i18n.install_for_app(qapp, "da")
    try:
        dialog = _offer_dialog(context, page, vacancy, person, qtbot)
        assert "Brevet kan ikke sendes" in dialog.ui.refusal.text()
        assert dialog.ui.send.text() == "&Send"
    finally:
        i18n.install_for_app(qapp, "en")


def test_passing_over_the_first_candidate_needs_the_reason_in_the_dialog(
    candidates, desk: dict[str, int], sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    candidates.ui.ranked.selectRow(1)
    dialog = _ready(qtbot, candidates.create_offer())
    assert dialog.setup.applicant_id == desk["bo"]
    assert dialog.ui.skip_reason.isVisibleTo(dialog)
    finish(qtbot, dialog.send())
    assert "passed over" in dialog.ui.message.text()
    assert dialog.ui.skip_reason.styleSheet() != ""
    assert _counts(sqlite_workspace) == (0, 0)
    dialog.ui.skip_reason.setPlainText("Anna er indlagt")
    _send(qtbot, dialog)
    (row,) = views.list_offers(sqlite_workspace, views.OfferFilter.ALL)
    assert views.offer_detail(sqlite_workspace, row.id).skip_reason == "Anna er indlagt"


def test_printing_on_the_test_printer(
    candidates, sqlite_workspace: Workspace, qtbot: QtBot
) -> None:
    """Send, then print on a real CUPS printer (cups-pdf), as at a desk."""
    from desktop.ui.printing import printer_named, printer_names

    if PRINTER is None:
        missing("a printer: set ANVIS_TEST_PRINTER to a CUPS queue of cups-pdf (.ci/run adds one)")
    assert PRINTER in printer_names()
    deliver = _send(qtbot, _ready(qtbot, candidates.create_offer()))
    qtbot.waitUntil(lambda: deliver.pdf is not None)
    title = f"anvis-offer-{uuid.uuid4().hex[:10]}"  # other runs may print to the same queue
    with qtbot.waitSignal(deliver.delivered):
        finish(qtbot, deliver.print_to(printer_named(PRINTER, title=title)))
    assert to_deliver.letters_to_deliver(sqlite_workspace) == []  # posted today
    folder = _cups_pdf_folder()
    deadline = time.monotonic() + 60
    found: list[Path] = []
    while time.monotonic() < deadline and not found:
        found = [p for p in folder.glob(f"{title}*.pdf") if _complete(p)]
        time.sleep(0.3)
    assert found, f"cups-pdf wrote no complete PDF named {title}* into {folder}"
    try:
        assert len(PdfReader(found[0]).pages) == deliver.pdf.pages
    finally:
        for path in found:
            path.unlink()
