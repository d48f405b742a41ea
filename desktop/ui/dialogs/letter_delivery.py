"""The letter's way to the citizen, one step per channel (`desktop.core.letters.delivery`):

    own address / c/o   Print… (the system print dialog): printed, it counts as posted today
    Digital Post        Save for Digital Post… (a file for the municipality's system), then
                        "Mark as sent" once staff have sent it there
    hand-over           the day the caseworker handed it over: the reply deadline runs from it

It opens after an offer is sent (`OfferDialog`) and from the offers page for a letter not yet
delivered. "Later" leaves the letter on the day's list of letters to deliver. The steps work
without their system dialogs too (`print_to`, `export_to`, `confirm_sent`, `hand_over`), for
the tests. Every write goes through the write worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants.addresses import channel_label
from desktop.core.errors import UserError
from desktop.core.letters import LetterPdf, record_printed
from desktop.core.letters.archive import letter_to_print
from desktop.core.letters.delivery import (
    Delivered,
    confirm_digital_post,
    digital_post_name,
    export_for_digital_post,
    record_hand_over,
)
from desktop.core.letters.to_deliver import Missing, ToDeliver, letters_to_deliver
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.forms import error_label
from desktop.ui.errors import show_user_error
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.printing import load_pdf, print_pdf
from desktop.ui.tasks import Task
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate
from desktop.ui.widgets.heading import PANEL, heading

POST = (Missing.PRINT,)
DIGITAL = (Missing.EXPORT, Missing.CONFIRM)


class _Layout:
    def __init__(self, dialog: QDialog) -> None:
        self.title = heading("", PANEL)
        self.done = QLabel()  # what was done before (the offer sent)
        self.done.setObjectName("delivery_done")
        self.done.setWordWrap(True)
        self.channel = QLabel()
        self.channel.setObjectName("delivery_channel")
        self.step = QLabel()
        self.step.setObjectName("delivery_step")
        self.step.setWordWrap(True)
        self.step.setStyleSheet("font-weight: 600;")
        self.print_button = QPushButton()
        self.print_button.setObjectName("delivery_print")
        self.export_button = QPushButton()
        self.export_button.setObjectName("delivery_export")
        self.sent_button = QPushButton()
        self.sent_button.setObjectName("delivery_sent")
        self.day = date_edit()
        self.day.setObjectName("delivery_day")
        self.day_label = QLabel()
        self.day_label.setBuddy(self.day)
        self.hand_over_button = QPushButton()
        self.hand_over_button.setObjectName("delivery_hand_over")
        self.file = QLabel()
        self.file.setObjectName("delivery_file")
        self.file.setWordWrap(True)
        self.message = error_label("delivery_message")
        self.buttons = QDialogButtonBox()
        self.later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        actions = QHBoxLayout()
        for button in (self.print_button, self.export_button, self.sent_button):
            actions.addWidget(button)
        actions.addStretch(1)
        hand_over = QFormLayout()
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addWidget(self.hand_over_button)
        day_row.addStretch(1)
        hand_over.addRow(self.day_label, day_row)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.title)
        layout.addWidget(self.done)
        layout.addWidget(self.channel)
        layout.addSpacing(6)
        layout.addWidget(self.step)
        layout.addLayout(actions)
        layout.addLayout(hand_over)
        layout.addWidget(self.file)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)


class DeliveryDialog(QDialog):
    """One letter's next step to its citizen. `delivered(Delivered)` once it has reached them
    (printed, sent by Digital Post or handed over)."""

    delivered = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        letter: ToDeliver,
        parent: QWidget | None = None,
        *,
        done: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delivery_dialog")
        self.workspace = workspace
        self.letter = letter
        self.pdf: LetterPdf | None = None  # the archived letter, loaded to print
        self.exported: Path | None = None
        self.ui = _Layout(self)
        self._texts(done)
        self._connect()
        self.show_step(letter.missing)
        self.setMinimumWidth(560)
        finish_shortcuts(self)
        if letter.missing in POST:
            self._load()

    def _texts(self, done: str) -> None:
        ui, letter = self.ui, self.letter
        self.setWindowTitle(self.tr("Deliver the letter"))
        ui.title.setText(self.tr("The letter to {name}").format(name=letter.applicant_name))
        ui.done.setText(done)
        ui.done.setVisible(bool(done))
        ui.channel.setText(
            self.tr("It reaches the citizen by: {channel}").format(
                channel=channel_label(letter.channel)
            )
        )
        ui.print_button.setText(self.tr("&Print…"))
        ui.export_button.setText(self.tr("&Save for Digital Post…"))
        ui.sent_button.setText(self.tr("&Mark as sent"))
        ui.sent_button.setToolTip(
            self.tr("Staff have sent the file through the municipality's Digital Post system")
        )
        ui.day_label.setText(self.tr("Handed over &on:"))
        ui.hand_over_button.setText(self.tr("&Record the hand-over"))
        ui.later.setText(self.tr("&Later"))
        ui.later.setToolTip(self.tr("The letter stays on the list of letters to deliver"))
        today = self.workspace.today()
        ui.day.setMaximumDate(to_qdate(today))
        if letter.letter_date is not None:
            ui.day.setMinimumDate(to_qdate(letter.letter_date))
        ui.day.setDate(to_qdate(today))

    def _connect(self) -> None:
        ui = self.ui
        ui.print_button.clicked.connect(self.choose_printer)
        ui.export_button.clicked.connect(self.choose_file)
        # not `connect(self.hand_over)`: `checked` would arrive as the day
        ui.sent_button.clicked.connect(lambda _checked: self.confirm_sent())
        ui.hand_over_button.clicked.connect(lambda _checked: self.hand_over())
        ui.buttons.rejected.connect(self.reject)

    def show_step(self, missing: Missing) -> None:
        """The buttons of the step the letter is at."""
        ui = self.ui
        ui.step.setText(self.letter_step_text(missing))
        ui.print_button.setVisible(missing in POST)
        ui.print_button.setEnabled(self.pdf is not None)
        ui.export_button.setVisible(missing in DIGITAL)
        ui.sent_button.setVisible(missing in DIGITAL)
        ui.sent_button.setEnabled(missing == Missing.CONFIRM)
        for widget in (ui.day, ui.day_label, ui.hand_over_button):
            widget.setVisible(missing == Missing.HAND_OVER)
        first = {
            Missing.PRINT: ui.print_button,
            Missing.EXPORT: ui.export_button,
            Missing.CONFIRM: ui.sent_button,
            Missing.HAND_OVER: ui.day,
        }.get(missing)
        if first is not None:
            first.setFocus()
            if isinstance(first, QPushButton):
                first.setDefault(True)

    def letter_step_text(self, missing: Missing) -> str:
        if missing == Missing.CONFIRM and self.letter.exported_at is not None:
            return self.tr(
                "Saved for Digital Post on {date}. Mark it as sent once it has been sent."
            ).format(date=formats.date(self.letter.exported_at.date()))
        return self.letter.missing_text

    # --- by post -----------------------------------------------------------------------------

    def _load(self) -> Task:
        ws, letter_id = self.workspace, self.letter.letter_id
        return tasks.run_task(
            lambda: letter_to_print(ws, letter_id), on_done=self._loaded, parent=self
        )

    def _loaded(self, pdf: LetterPdf) -> None:
        self.pdf = pdf
        ui = self.ui
        ui.print_button.setEnabled(True)
        # a disabled button cannot take the focus: it went to "Later", where Enter would close
        # the dialog with the letter undelivered; now Enter prints
        if ui.print_button.isVisible() and self.focusWidget() in (None, ui.later):
            ui.print_button.setFocus()

    def choose_printer(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the letter"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Task | None:
        """Print the archived letter on `printer`, then record it: by post, it went today."""
        letter, ws = self.pdf, self.workspace
        if letter is None:
            return None
        try:
            document = load_pdf(letter.pdf, self)
            if not printer.docName():
                printer.setDocName(letter.title)
            print_pdf(document, printer)
        except UserError as error:
            show_user_error(self, error)
            return None
        purpose = self.tr("printed to post")
        return self._write(lambda: record_printed(ws, letter, purpose=purpose), self._printed)

    def _printed(self, _none: None) -> None:
        today, letter = self.workspace.today(), self.letter
        self._finished(
            Delivered(
                letter.letter_id,
                letter.channel,
                today,
                letter.offer_id,
                message=self.tr("The letter was printed: by post it counts as sent today."),
            )
        )

    # --- Digital Post --------------------------------------------------------------------------

    def choose_file(self) -> None:
        ws, letter_id = self.workspace, self.letter.letter_id
        suggested = str(Path.home() / digital_post_name(ws, letter_id))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter for Digital Post"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> Task:
        """Write the letter to `path` for the Digital Post system (logged as an export)."""
        ws, letter_id = self.workspace, self.letter.letter_id
        return self._write(
            lambda: export_for_digital_post(ws, letter_id, path.parent, name=path.name),
            self._exported,
        )

    def _exported(self, path: Path) -> None:
        self.exported = path
        self.ui.file.setText(
            self.tr("Saved as {path}. Send it through Digital Post, then mark it as sent.").format(
                path=path
            )
        )
        self.ui.sent_button.setEnabled(True)
        self.ui.sent_button.setDefault(True)
        self.ui.sent_button.setFocus()

    def confirm_sent(self) -> Task:
        ws, letter_id = self.workspace, self.letter.letter_id
        return self._write(lambda: confirm_digital_post(ws, letter_id), self._finished)

    # --- hand-over -----------------------------------------------------------------------------

    def hand_over(self, day: dt.date | None = None) -> Task:
        """Record the hand-over on `day` (default: the day the field shows)."""
        ws, letter_id = self.workspace, self.letter.letter_id
        on = day or date_of(self.ui.day)
        return self._write(
            lambda: record_hand_over(ws, letter_id, handed_over_on=on), self._finished
        )

    # --- common --------------------------------------------------------------------------------

    def _write(self, fn: Callable[[], object], on_done: Callable[..., None]) -> Task:
        self.ui.message.clear()
        ui = self.ui
        return tasks.write(
            fn,
            on_done=on_done,
            on_error=self._refused,
            parent=self,
            busy=[ui.print_button, ui.export_button, ui.sent_button, ui.hand_over_button],
        )

    def _refused(self, error: UserError) -> None:
        self.ui.message.setText(error.message)

    def _finished(self, delivered: Delivered) -> None:
        self.delivered.emit(delivered)
        self.accept()


def to_deliver(workspace: Workspace, letter_id: int) -> ToDeliver | None:
    """The letter's next step, or None when it has reached its citizen (or needs no delivery)."""
    found = letters_to_deliver(workspace, letter_id=letter_id)
    return found[0] if found else None
