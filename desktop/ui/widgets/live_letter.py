"""The letter beside a dialog's fields, drawn again as the user types (the offer, the answer to a
private landlord): a line above the PDF view says how many pages it has, or why it could not be
drawn. A drawing runs on the read pool; only the newest one asked for is shown, so a slow
drawing that finishes after a newer was asked for is dropped.

    self.preview = LiveLetter(delay_ms=350)                     # in the dialog's layout
    self.ui.note.textChanged.connect(self.ui.preview.schedule)  # `due` once typing pauses
    self.ui.preview.due.connect(self.draw)

    def draw(self) -> Task:
        ws, note = self.context.workspace, self.ui.note.toPlainText()
        return self.ui.preview.draw(
            self.context.tasks, lambda: letters.preview(ws, note), pages=self._pages_text
        )
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.errors import UserError
from desktop.core.letters import LetterPdf
from desktop.ui.printing import load_pdf
from desktop.ui.tasks import Task, TaskRunner


class LiveLetter(QWidget):
    """`note` above `view`; `letter` and `document`: the drawing shown."""

    due = Signal()  # `delay_ms` after the last `schedule()`: time to draw again

    def __init__(self, *, delay_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.document: QPdfDocument | None = None
        self.letter: LetterPdf | None = None
        self._asked = 0  # drawings asked for; only the newest is shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.due)

    def schedule(self) -> None:
        """`due` once `delay_ms` have passed without another call (typing has paused)."""
        self._timer.start()

    def draw(
        self, tasks: TaskRunner, work: Callable[[], LetterPdf], *, pages: Callable[[int], str]
    ) -> Task:
        """Draw the letter now with `work`, on the read pool; once shown, `note` says
        `pages(n)`."""
        self._timer.stop()
        self._asked += 1
        number = self._asked
        return tasks.run(
            work,
            on_done=lambda letter: self._drawn(number, letter, pages),
            on_error=lambda error: self._not_drawn(number, error),
            parent=self,
        )

    def _drawn(self, number: int, letter: LetterPdf, pages: Callable[[int], str]) -> None:
        if number != self._asked:  # a newer one is on its way
            return
        old = self.document
        self.document = load_pdf(letter.pdf, self)
        self.letter = letter
        self.view.setDocument(self.document)
        if old is not None:
            old.deleteLater()
        self.note.setText(pages(self.document.pageCount()))

    def _not_drawn(self, number: int, error: UserError) -> None:
        if number == self._asked:
            self.note.setText(error.message)
