"""One whole day at the desk by keyboard alone, in the real window on a small demo database:
the morning's file is imported and its batch shown, the proposals confirmed through the plan, a
dwelling opened from Overblik, its first candidate chosen, the offer letter read and sent, printed
on the test printer, the reply workbook saved for the organisation, and Overblik then shows
nothing left of that chain.

Every input is a key press on the widget that has the keyboard focus (shortcuts, Alt+letter,
Tab, arrows, Enter, Escape, Ctrl+number for the pages); the test only looks at what is on screen
and waits for it. Two things are not Anvis's own windows: the system's file dialog is answered
by a stand-in (a person types the file's path there), and the print dialog is Qt's own, driven
by keys as well. Printing needs a real printer: ANVIS_TEST_PRINTER, a CUPS queue of cups-pdf
(`.ci/run` adds one); without it the test is skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.enums import DeliveryChannel, VacancyStatus
from desktop.core import demo
from desktop.core.day.queue import Section
from desktop.core.intake.vocabulary import IntakeProposal
from desktop.core.matching import rank_candidates
from desktop.core.offers import compose
from desktop.core.workspace import Workspace, open_workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner
from tests.conftest import TODAY, missing
from tests.gui.background import settle
from tests.gui.test_printing import _complete, _cups_pdf_folder

pytestmark = pytest.mark.gui

K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
PRINTER = os.environ.get("ANVIS_TEST_PRINTER")
SAMPLE = "vacancies_hasseris.ods"  # 22 dwellings of 131 Hasseris Boligselskab
BY_POST = (DeliveryChannel.OWN_ADDRESS, DeliveryChannel.CARE_OF)
WINDOW, DIALOG = Qt.WindowType.Window, Qt.WindowType.Dialog
SLOW = 60_000  # ms: imports, letters and printing on a busy machine


@pytest.fixture
def printer() -> str:
    """The test printer (checked before the demo is made: without it there is no day)."""
    if PRINTER is None:
        missing("a printer: set ANVIS_TEST_PRINTER to a CUPS queue of cups-pdf (.ci/run adds one)")
    return PRINTER


@pytest.fixture
def demo_workspace(tmp_path: Path, _sqlite_template: Path) -> Iterator[Workspace]:
    """A small demo (the shipped master data, invented applicants, dwellings and offers made by
    the desk's own workflows), on 21 November 2026."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(_sqlite_template, target)
    ws = open_workspace(target, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    demo.mark_as_demo(ws)
    demo.load_master_data(ws)
    demo.fill(ws, demo.DemoSize(applicants=80, vacancies=20))
    ws.is_demo = True  # as the window finds it when it opens the demo
    yield ws
    ws.close()


class WindowManager(QObject):
    """Offscreen Qt has no window manager: a window that opens is not always made active, and
    when the active one closes none is. This one does what a desktop's does: the window shown
    last (a modal dialog first) is the active one."""

    def __init__(self, qtbot: QtBot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.windows: list[QWidget] = []  # shown, oldest first
        QApplication.instance().installEventFilter(self)

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or not isinstance(watched, QWidget):
            return False
        if watched.isWindow() and watched.windowType() in (WINDOW, DIALOG):  # no popups
            self.windows = [w for w in self.windows if w is not watched]
            if kind == QEvent.Type.Show:
                self.windows.append(watched)
        return False

    def front(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        return modal if modal is not None else self.windows[-1]

    def activate(self) -> None:
        front = self.front()
        if not front.isActiveWindow():
            front.activateWindow()
            self.qtbot.waitUntil(front.isActiveWindow)


class Keyboard:
    """The user's hands: keys go to the widget with the focus, in the window in front, and each
    is counted (a chord such as Ctrl+I is one keystroke, a typed text one per character)."""

    def __init__(self, qtbot: QtBot, windows: WindowManager) -> None:
        self.qtbot = qtbot
        self.windows = windows
        self.count = 0
        self.steps: list[tuple[str, int]] = []  # each step of the day, and the count before it

    def step(self, name: str) -> None:
        self.steps.append((name, self.count))

    def report(self) -> str:
        ends = [count for _name, count in self.steps[1:]] + [self.count]
        lines = [
            f"  {end - start:3}  {name}"
            for (name, start), end in zip(self.steps, ends, strict=True)
        ]
        return "\n".join([f"The day took {self.count} keystrokes:", *lines])

    def focus(self) -> QWidget:
        """The widget the keys go to."""
        self.windows.activate()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.count += 1
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.count += len(text)
        self.qtbot.keyClicks(self.focus(), text)

    def tab_to(self, widget: QWidget, most: int = 8) -> None:
        """Tab until `widget` has the focus."""
        for _ in range(most):
            if self.focus() is widget:
                return
            self.press(K.Key_Tab)
        assert self.focus() is widget, f"{most} Tabs did not reach {widget.objectName()}"

    def to_row(self, table: QAbstractItemView, row: int) -> None:
        """Up or Down until `row` of the focused list is the current one."""
        assert self.focus() is table
        while table.currentIndex().row() != row:
            self.press(K.Key_Down if table.currentIndex().row() < row else K.Key_Up)


def _in_front(qtbot: QtBot, keys: Keyboard, kind: type[QWidget]) -> QWidget:
    """The window of `kind` that opened, once it has the keyboard."""
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=SLOW,
    )
    window = keys.focus().window()  # (the window manager makes the window shown last active)
    assert isinstance(window, kind), f"{type(window).__name__} has the keyboard, not {kind}"
    return window


def _answer_the_print_dialog(keys: Keyboard, printer: str, job: str) -> list[str]:
    """Qt's print dialog runs its own event loop until it closes: when it opens, the user checks
    that the printer is the one wanted (typing its name in the list when it is not) and presses
    Enter to print. Returns the printer chosen, once it is. The print job is called `job`
    (other runs may print to the same queue; cups-pdf names the file after the job)."""
    chosen: list[str] = []
    deadline = time.monotonic() + SLOW / 1000

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, look)
            return
        dialog.printer().setDocName(job)  # (Anvis names it after the letter otherwise)
        try:
            printers = dialog.findChild(QComboBox, "printers")
            assert keys.focus() is printers  # the dialog opens on the list of printers
            if printers.currentText() != printer:
                keys.type(printer)
            chosen.append(printers.currentText())
            keys.press(K.Key_Return)  # Print
        finally:
            if dialog.isVisible():  # Enter did not print: never leave the test blocked in it
                dialog.reject()

    QTimer.singleShot(0, look)
    return chosen


def _numbers(text: str) -> list[int]:
    """The numbers in a text, in order (what the user reads; the words around them may vary)."""
    return [int(n) for n in re.findall(r"\d+", text)]


def _closed(window: QWidget) -> bool:
    """Closed (a dialog that deletes itself when closed may be gone already)."""
    return not shiboken6.isValid(window) or not window.isVisible()


def _sections(overview) -> dict[Section, list]:
    """What each list of Overblik shows now."""
    return {
        section: [widget.model.row(r) for r in range(widget.model.rowCount())]
        for section, widget in overview.sections.items()
    }


def _sheet(book: Any, name: str) -> list[dict[str, Any]]:
    """The rows of a sheet of the reply workbook, by column title."""
    rows = list(book[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _wait_for_file(qtbot: QtBot, find: Callable[[], list[Path]]) -> list[Path]:
    found: list[Path] = []

    def there() -> bool:
        found[:] = find()
        return bool(found)

    qtbot.waitUntil(there, timeout=SLOW)
    return found


def test_one_day_at_the_desk_by_keyboard_alone(
    printer: str,
    demo_workspace: Workspace,
    samples: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    from desktop.ui.dialogs.candidates import CandidatesDialog
    from desktop.ui.dialogs.confirm_proposals import ConfirmProposalsDialog
    from desktop.ui.dialogs.export_replies import ExportRepliesDialog
    from desktop.ui.dialogs.intake_preview import IntakePreviewDialog
    from desktop.ui.dialogs.letter_delivery import DeliveryDialog
    from desktop.ui.dialogs.offer_letter import OfferDialog

    ws = demo_workspace
    home = tmp_path / "home"  # where a file would go by default: never the real home folder
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))

    windows = WindowManager(qtbot)
    request.addfinalizer(windows.close)
    window = MainWindow(ws, TaskRunner(), "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot)
    assert "DEMO" in window.windowTitle()
    keys = Keyboard(qtbot, windows)
    sample = samples / SAMPLE

    def file_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        """The system's file dialog: a person types the file's name there (in the folder of the
        organisations' files) and presses Enter."""
        keys.count += len(sample.name) + 1
        return str(sample), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)

    # --- the morning's file: Ledige boliger, Ctrl+I, the preview, Import ------------------------
    keys.step("import the morning's file")
    keys.press(K.Key_2, CTRL)
    vacancies = window.current_page()
    assert vacancies.key == "vacancies"
    keys.press(K.Key_I, CTRL)
    preview = _in_front(qtbot, keys, IntakePreviewDialog)
    assert preview.organisation.number == "131"  # found from the file's departments
    # 22 rows: 22 new, 0 with errors, 0 duplicates
    assert _numbers(preview.ui.summary.text())[:4] == [22, 22, 0, 0]
    assert _numbers(preview.ui.import_button.text()) == [22]
    keys.press(K.Key_I, ALT)
    qtbot.waitUntil(lambda: _closed(preview), timeout=SLOW)
    settle(qtbot)

    # the batch is shown: "this import", every status, its new dwellings chosen with proposals
    assert vacancies.filters.batch.currentText().startswith(f"This import: {SAMPLE}")
    batch = [vacancies.model.row(r) for r in range(vacancies.model.rowCount())]
    assert len(batch) == 22
    assert {row.organisation for row in batch} == {"131 Hasseris Boligselskab"}
    assert {row.status for row in batch} == {VacancyStatus.RECEIVED}
    assert sorted(vacancies.selected_ids()) == sorted(row.id for row in batch)
    proposed = {p: [r for r in batch if r.proposal == p] for p in IntakeProposal}
    to_accept, to_return = (
        len(proposed[IntakeProposal.ACCEPT]),
        len(proposed[IntakeProposal.RETURN]),
    )
    assert to_accept
    assert to_accept + to_return == 22
    assert keys.focus() is vacancies.table

    # --- confirm the proposals, through the plan -------------------------------------------------
    keys.step("confirm the proposals")
    keys.press(K.Key_C, ALT)  # Bekræft forslag…
    plan = _in_front(qtbot, keys, ConfirmProposalsDialog)
    assert _numbers(plan.ui.heading.text()) == [22]
    assert [(p.organisation, p.accepted, p.returned) for p in plan.model.rows()] == [
        ("131 Hasseris Boligselskab", to_accept, to_return)
    ]
    assert _numbers(plan.ui.totals.text()) == [to_accept, to_return]  # accepted, returned
    assert plan.ui.reason.isHidden()  # every dwelling to accept has eligible candidates
    assert keys.focus() is plan.ui.confirm
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: _closed(plan))
    settle(qtbot)
    message = window.statusBar().currentMessage()
    assert message.startswith("Proposals confirmed")
    assert _numbers(message) == [to_accept, to_return]
    statuses = [vacancies.model.row(r).status for r in range(vacancies.model.rowCount())]
    assert statuses.count(VacancyStatus.ACCEPTED) == to_accept
    assert statuses.count(VacancyStatus.RETURNED) == to_return
    accepted = {row.id: row for row in proposed[IntakeProposal.ACCEPT]}

    # --- Overblik: a dwelling of the batch waiting for an offer ----------------------------------
    keys.step("open a dwelling from Overblik")
    keys.press(K.Key_1, CTRL)
    overview = window.current_page()
    assert overview.key == "overview"
    settle(qtbot)
    shown = _sections(overview)
    assert not any(row.vacancy_id in accepted for row in shown[Section.AWAITING_DECISION])
    waiting = [row for row in shown[Section.ACCEPTED_WITHOUT_OFFER] if row.vacancy_id in accepted]
    assert len(waiting) == to_accept
    chosen = next(row for row in waiting if _first_candidate_by_post(ws, row.vacancy_id))
    dwelling = accepted[chosen.vacancy_id]
    assert chosen.text.startswith(dwelling.address)
    section = overview.sections[Section.ACCEPTED_WITHOUT_OFFER]
    keys.tab_to(section.table)
    keys.to_row(section.table, shown[Section.ACCEPTED_WITHOUT_OFFER].index(chosen))
    keys.press(K.Key_Return)  # choose a candidate

    # --- the candidates: the first is chosen, Enter opens the offer ------------------------------
    keys.step("choose a candidate")
    candidates = _in_front(qtbot, keys, CandidatesDialog)
    qtbot.waitUntil(lambda: candidates.ranking is not None, timeout=SLOW)
    assert candidates.vacancy_id == dwelling.id
    assert candidates.ranked_model.rowCount() == chosen.candidates
    qtbot.waitUntil(lambda: keys.focus() is candidates.ui.ranked)
    assert candidates.selected_candidate() == 0
    first = candidates.ranking.candidates[0]
    keys.press(K.Key_Return)

    # --- the offer dialog: the letter as it will be printed, then Send ---------------------------
    keys.step("read the letter and send")
    offer = _in_front(qtbot, keys, OfferDialog)
    qtbot.waitUntil(
        lambda: offer.ui.preview.letter is not None and offer.ui.send.isEnabled(), timeout=SLOW
    )
    assert offer.setup.applicant_id == first.applicant_id
    assert offer.windowTitle() == f"Offer: {first.name}"
    assert offer.channel in BY_POST
    pages = offer.ui.preview.document.pageCount()
    assert pages >= 1
    assert offer.ui.preview.note.text().startswith("The letter as it will be printed")
    assert _numbers(offer.ui.preview.note.text()) == [pages]
    sent: list = []
    offer.sent.connect(sent.append)
    keys.press(K.Key_Return, CTRL)  # Send

    # --- the delivery: Print…, the print dialog, the test printer --------------------------------
    keys.step("print on the test printer")
    delivery = _in_front(qtbot, keys, DeliveryDialog)
    (outcome,) = sent
    assert window.current_key() == "offers"  # the new offer, shown on its page
    assert _closed(candidates)  # the dwelling is offered: its candidates closed
    qtbot.waitUntil(lambda: keys.focus() is delivery.ui.print_button, timeout=SLOW)
    letter = delivery.pdf
    assert letter.letter_id == outcome.letter_ids[0]
    assert letter.pages == pages
    job = f"anvis-day-{uuid.uuid4().hex[:10]}"
    chosen_printer = _answer_the_print_dialog(keys, printer, job)
    with qtbot.waitSignal(delivery.delivered, timeout=SLOW):
        keys.press(K.Key_Return)  # Print…
    assert chosen_printer == [printer]
    folder = _cups_pdf_folder()  # cups-pdf writes the file in pieces: until it is whole
    files = _wait_for_file(qtbot, lambda: [p for p in folder.glob(f"{job}*.pdf") if _complete(p)])
    try:
        assert len(PdfReader(files[0]).pages) == pages
    finally:
        for path in files:
            path.unlink(missing_ok=True)

    # --- the reply workbook to the organisation, from Overblik -----------------------------------
    keys.step("the reply workbook")
    keys.press(K.Key_1, CTRL)
    settle(qtbot)
    shown = _sections(overview)
    organisation = next(r for r in shown[Section.REPLIES_DUE] if r.text.startswith("131 "))
    section = overview.sections[Section.REPLIES_DUE]
    keys.tab_to(section.table)
    keys.to_row(section.table, shown[Section.REPLIES_DUE].index(organisation))
    keys.press(K.Key_Return)  # send the reply
    reply = _in_front(qtbot, keys, ExportRepliesDialog)
    assert reply.organisation_ref().number == "131"
    assert reply.end == TODAY  # today's decisions are in it
    assert reply.start <= organisation.due  # since the last reply: every decision not sent
    keys.press(K.Key_F, ALT)  # File: (its path chosen whole, to type over)
    assert keys.focus() is reply.file.edit
    assert reply.file.edit.selectedText() == reply.file.edit.text()
    keys.type("~/svar.xlsx")
    keys.press(K.Key_Return)  # Save the reply
    qtbot.waitUntil(lambda: reply.result is not None, timeout=SLOW)
    assert reply.note.text().startswith("The reply is saved: svar.xlsx: ")
    assert keys.focus() is reply.open_file_button
    keys.press(K.Key_Escape)  # done
    qtbot.waitUntil(lambda: _closed(reply))
    settle(qtbot)

    # the workbook: the dwelling offered today, the returned ones with their reasons
    book = load_workbook(home / "svar.xlsx")
    (line,) = [r for r in _sheet(book, "Accepted") if r["Address"] == dwelling.address]
    assert (line["Decision"], line["Offer status"]) == ("Accepted", "Offer sent")
    assert line["Offer sent"].date() == TODAY
    returned = {r["Address"]: r["Reason"] for r in _sheet(book, "Returned")}
    for row in proposed[IntakeProposal.RETURN]:
        assert returned[row.address]  # with the reason the organisation reads

    # --- Overblik: nothing left of that chain ----------------------------------------------------
    shown = _sections(overview)
    everything = [row for rows in shown.values() for row in rows]
    assert not [row for row in everything if row.vacancy_id == dwelling.id]
    assert not [row for row in everything if row.offer_id == outcome.offer_id]
    assert not [row for row in shown[Section.LETTERS_TO_DELIVER] if row.id in outcome.letter_ids]
    assert not [row for row in shown[Section.REPLIES_DUE] if row.organisation_id == organisation.id]
    print("\n" + keys.report())


def _first_candidate_by_post(ws: Workspace, vacancy_id: int) -> bool:
    """The dwelling's first candidate gets letters by post (the day prints the letter)."""
    ranking = rank_candidates(ws, vacancy_id)
    if not ranking.candidates:
        return False
    setup = compose.offer_setup(ws, vacancy_id, ranking.candidates[0].applicant_id)
    return setup.channel in BY_POST and setup.refusal(setup.channel) is None
