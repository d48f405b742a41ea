"""The letter beside a dialog's fields, drawn again as the user types (the offer, the answer to a
private landlord). A drawing runs on the read pool; only the newest one asked for is shown, so a
slow drawing that finishes after a newer was asked for is dropped.

    self.preview = LiveLetter(self, self.ui.view, self.ui.preview_note, delay_ms=350,
                              on_due=self.draw, pages=self._pages_text)
    self.ui.note.textChanged.connect(self.preview.schedule)  # drawn again once typing pauses

    def draw(self) -> Task:
        ws, note = self.context.workspace, self.ui.note.toPlainText()
        return self.preview.draw(self.context.tasks, lambda: letters.preview(ws, note))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.errors import UserError
from desktop.core.letters import LetterPdf
from desktop.ui.printing import load_pdf
from desktop.ui.tasks import Task, TaskRunner


class LiveLetter(QObject):
    """The drawings of one dialog's letter, shown in `view`; `note` above it says how many pages
    (`pages(n)`), or why the letter could not be drawn."""

    def __init__(
        self,
        dialog: QWidget,
        view: QPdfView,
        note: QLabel,
        *,
        delay_ms: int,
        on_due: Callable[[], object],
        pages: Callable[[int], str],
    ) -> None:
        super().__init__(dialog)
        self._dialog, self._view, self._note, self._pages = dialog, view, note, pages
        self.document: QPdfDocument | None = None
        self.letter: LetterPdf | None = None  # the drawing shown
        self._asked = 0  # drawings asked for; only the newest is shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(on_due)

    def schedule(self) -> None:
        """`on_due` once `delay_ms` have passed without another call (typing has paused)."""
        self._timer.start()

    def draw(self, tasks: TaskRunner, work: Callable[[], LetterPdf]) -> Task:
        """Draw the letter now with `work`, on the read pool."""
        self._timer.stop()
        self._asked += 1
        number = self._asked
        return tasks.run(
            work,
            on_done=lambda letter: self._drawn(number, letter),
            on_error=lambda error: self._not_drawn(number, error),
            parent=self._dialog,
        )

    def _drawn(self, number: int, letter: LetterPdf) -> None:
        if number != self._asked:  # a newer one is on its way
            return
        old = self.document
        self.document = load_pdf(letter.pdf, self)
        self.letter = letter
        self._view.setDocument(self.document)
        if old is not None:
            old.deleteLater()
        self._note.setText(self._pages(self.document.pageCount()))

    def _not_drawn(self, number: int, error: UserError) -> None:
        if number == self._asked:
            self._note.setText(error.message)
