"""The answer to a private landlord, read before it goes: what the answer is (a tenant named, or
the right not used), the caseworker's own text, and the letter as it will be printed (a live
preview). "Send answer" archives it (`desktop.core.letters.landlord.issue_answer`) on the write
worker and shows the archived letter to print or save; the notice is then answered. A landlord
answered before gets the archived letter shown again.

    dialog = open_landlord_answer(parent, context, vacancy_id)   # from Overblik
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.day.landlord_answers import Answer
from desktop.core.errors import UserError
from desktop.core.letters import LetterPdf, record_printed
from desktop.core.letters import landlord as answers
from desktop.core.letters.landlord import AnswerSetup
from desktop.ui.dialogs.letter_preview import LetterPreviewDialog
from desktop.ui.errors import show_user_error
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task
from desktop.ui.widgets.cpr_warning import CprWarning
from desktop.ui.widgets.heading import PANEL, heading
from desktop.ui.widgets.live_letter import LiveLetter
from desktop.ui.widgets.screen_fit import resize_within_screen

DRAW_DELAY_MS = 600  # the letter is drawn again once typing pauses


class _Layout:
    def __init__(self, dialog: QDialog) -> None:
        self.title = heading("", PANEL)
        self.title.setObjectName("answer_title")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("answer_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.answer = QLabel()
        self.answer.setObjectName("answer_kind")
        self.answer.setWordWrap(True)
        self.answer.setStyleSheet("font-weight: 600;")
        self.note = QPlainTextEdit()
        self.note.setObjectName("answer_note")
        self.note.setTabChangesFocus(True)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.cpr_warning = CprWarning()
        self.preview = LiveLetter(delay_ms=DRAW_DELAY_MS)
        self.preview.note.setObjectName("answer_preview_note")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = QPushButton()
        self.buttons.addButton(self.send, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.send.setDefault(True)
        left = QWidget()
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.facts, self.answer, self.note_label):
            form.addWidget(widget)
        self.note.setMaximumHeight(220)  # a few lines; the letter beside it is what is read
        form.addWidget(self.note)
        form.addWidget(self.cpr_warning)
        form.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(dialog)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)


class LandlordAnswerDialog(QDialog):
    """One answer, read before it goes; `answered(letter_id)` once it is archived."""

    answered = Signal(int)

    def __init__(
        self, context: PageContext, setup: AnswerSetup, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setup = setup
        self.sent_letter: QDialog | None = None  # the archived letter shown after Send
        self.ui = _Layout(self)
        self._texts()
        self.ui.preview.due.connect(self.draw)
        self.ui.note.setPlainText(setup.note)
        self.ui.note.textChanged.connect(self.ui.preview.schedule)
        self.ui.cpr_warning.watch("answer_note", self.ui.note, self.tr("Text for the landlord"))
        self.ui.send.clicked.connect(self.send)
        self.ui.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 1200, 760)
        self.draw()
        self.ui.note.setFocus()

    def _texts(self) -> None:
        s = self.setup
        self.setWindowTitle(self.tr("Answer to {landlord}").format(landlord=s.landlord))
        self.ui.title.setText(self.tr("Answer to {landlord}").format(landlord=s.landlord))
        lines = [
            s.address,
            self.tr("Notice received {date}").format(date=formats.date(s.received_on)),
        ]
        if s.due is not None:
            lines.append(
                self.tr("The landlord must have the answer by {date}").format(
                    date=formats.date(s.due)
                )
            )
        self.ui.facts.setText("\n".join(lines))
        if s.answer == Answer.ACCEPT:
            self.ui.answer.setText(
                self.tr("The municipality names {tenant} as the tenant.").format(
                    tenant=s.tenant or "?"
                )
            )
        else:
            self.ui.answer.setText(
                self.tr("The municipality does not use its right to the dwelling this time.")
            )
        self.ui.note_label.setText(self.tr("&Text for the landlord (why, or what else to know):"))
        self.ui.send.setText(self.tr("&Send answer…"))
        self.ui.preview.view.setAccessibleName(self.tr("The answer as it will be printed"))

    # --- the preview ---------------------------------------------------------------------------

    def draw(self) -> Task:
        """Draw the letter with the text as it is (on the read pool)."""
        ws = self.context.workspace
        vacancy_id, note = self.setup.vacancy_id, self.ui.note.toPlainText()
        self.ui.preview.note.setText(self.tr("Drawing the letter…"))
        return self.ui.preview.draw(
            self.context.tasks,
            lambda: answers.preview_answer(ws, vacancy_id, note),
            pages=lambda n: formats.plural(
                n,
                self.tr("The answer as it will be printed ({n} page)"),
                self.tr("The answer as it will be printed ({n} pages)"),
            ),
        )

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> Task:
        """Archive the answer on the write worker; then show it to print or save."""
        ws, vacancy_id, note = (
            self.context.workspace,
            self.setup.vacancy_id,
            self.ui.note.toPlainText(),
        )
        return self.context.tasks.write(
            lambda: answers.issue_answer(ws, vacancy_id, note),
            on_done=self._sent,
            on_error=lambda error: show_user_error(self, error),
            parent=self,
            busy=[self.ui.buttons],
        )

    def _sent(self, letter: LetterPdf) -> None:
        if letter.letter_id is not None:
            self.answered.emit(letter.letter_id)
        self.sent_letter = show_archived(self.context, letter, self.parentWidget())
        self.accept()


def show_archived(
    context: PageContext, letter: LetterPdf, parent: QWidget | None
) -> LetterPreviewDialog:
    """The archived answer, to print or save (each print or save is logged: the preview runs
    `on_output` on the write worker)."""
    ws = context.workspace
    dialog = LetterPreviewDialog(
        letter, parent, on_output=lambda used: record_printed(ws, letter, purpose=used)
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def open_landlord_answer(parent: QWidget, context: PageContext, vacancy_id: int) -> QDialog | None:
    """The answer dialog of a landlord's notice; the archived answer when it was sent before;
    a message saying what comes first when there is nothing to answer yet."""
    ws = context.workspace
    try:
        setup = answers.answer_setup(ws, vacancy_id)
        sent = answers.archived_answer(ws, vacancy_id) if setup.answered else None
    except UserError as error:
        show_user_error(parent, error)
        return None
    if sent is not None:
        return show_archived(context, sent, parent)
    dialog = LandlordAnswerDialog(context, setup, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
