"""Preview of a letter (QtPdf), with Print (the system print dialog) and Save as PDF.

    dialog = LetterPreviewDialog(letter, parent, on_output=lambda purpose: record(ws, ...))
    dialog.exec()

`letter` is a `desktop.core.letters.LetterPdf`. Printing and saving personal data is logged:
the dialog calls `on_output(purpose)` after each successful print or save (the caller records it
with `desktop.core.letters.record_printed`). `print_to(printer)` and `save_to(path)` do the work
without any dialog (tests, unattended use).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.enums import LetterKind
from desktop.core import formats
from desktop.core.error_reasons import file_reason
from desktop.core.errors import FileProblem, UserError
from desktop.core.letters import LetterPdf
from desktop.core.letters.batch import BatchResult, batch_steps
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.errors import show_user_error
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.printing import load_pdf, print_pdf
from desktop.ui.tasks import Task
from desktop.ui.widgets.screen_fit import resize_within_screen


class _Layout:
    def __init__(self, dialog: QDialog) -> None:
        self.view = QPdfView(dialog)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.summary = QLabel(dialog)
        self.print_button = QPushButton(dialog)
        self.save_button = QPushButton(dialog)
        self.close_button = QPushButton(dialog)
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)


class LetterPreviewDialog(QDialog):
    def __init__(
        self,
        letter: LetterPdf,
        parent: QWidget | None = None,
        *,
        on_output: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._letter = letter
        self._on_output = on_output
        self.ui = _Layout(self)
        self.document = load_pdf(letter.pdf, self)
        self.ui.view.setDocument(self.document)
        self.setWindowTitle(letter.title)
        self.ui.print_button.setText(self.tr("&Print..."))
        self.ui.save_button.setText(self.tr("&Save as PDF..."))
        self.ui.close_button.setText(self.tr("&Close"))
        self.ui.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        pages = self.document.pageCount()
        summary = formats.plural(pages, self.tr("{n} page"), self.tr("{n} pages"))
        if letter.template_version:
            summary += " · " + self.tr("template version {version}").format(
                version=letter.template_version
            )
        self.ui.summary.setText(summary)
        self.ui.print_button.clicked.connect(self.choose_printer)
        self.ui.save_button.clicked.connect(self.choose_file)
        self.ui.close_button.clicked.connect(self.accept)
        resize_within_screen(self, 820, 980)  # never beyond a laptop's screen
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        finish_shortcuts(self)  # Print shows Ctrl+P in its tooltip, Alt+P still works

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    @property
    def letter(self) -> LetterPdf:
        return self._letter

    # --- behaviour without dialogs -------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Print every page through the app's print path; returns the pages printed."""
        printer.setDocName(self._letter.title)
        pages = print_pdf(self.document, printer)
        self._output(self.tr("printed"))
        return pages

    def save_to(self, path: Path) -> None:
        """Write the letter's exact PDF bytes."""
        try:
            path.write_bytes(self._letter.pdf)
        except OSError as exc:
            raise FileProblem(
                self.tr("{path} cannot be written: {reason}").format(
                    path=path, reason=file_reason(exc)
                )
            ) from exc
        self._output(self.tr("saved as PDF"))

    def _output(self, purpose: str) -> None:
        """`on_output` logs the print or the save: a write, so it runs on the write worker. Its
        owner is the window behind: closing the preview must not cancel the log."""
        on_output = self._on_output
        if on_output is not None:
            tasks.write(lambda: on_output(purpose), parent=self.parentWidget())

    # --- the buttons ---------------------------------------------------------------------

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print letter"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except UserError as error:
            show_user_error(self, error)

    def choose_file(self) -> None:
        suggested = self._letter.title.replace(" ", "_") + ".pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save letter as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except UserError as error:
            show_user_error(self, error)


def open_days_letters(
    ws: Workspace,
    day: dt.date,
    parent: QWidget,
    *,
    on_opened: Callable[[LetterPreviewDialog], None] | None = None,
) -> Task:
    """ "Print today's letters": build the day's letters as one PDF in the background (chunked,
    with a progress dialog that can cancel), then open it in the preview to print or save. The
    day's letters are every letter archived that day, each as it was sent (see
    `desktop.core.letters.batch`).

    Building the batch logs the printing of each letter (core does that); the file is read into
    memory and removed at once, so no personal data is left in the temporary folder.
    """
    out = Path(tempfile.gettempdir()) / f"anvis-letters-{uuid.uuid4().hex}.pdf"

    def opened(result: BatchResult) -> None:
        try:
            pdf = out.read_bytes()
        finally:
            out.unlink(missing_ok=True)
        title = QCoreApplication.translate("LetterPreviewDialog", "Letters of {day}").format(
            day=formats.date(day)
        )
        letter = LetterPdf(
            kind=LetterKind.OFFER,
            reference=day.isoformat(),
            title=title,
            pdf=pdf,
            pages=result.pages,
            template_version=0,
            sha256=hashlib.sha256(pdf).hexdigest(),
        )
        dialog = LetterPreviewDialog(letter, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        if on_opened is not None:
            on_opened(dialog)

    return tasks.write(  # building the batch logs each letter's printing
        lambda: batch_steps(ws, day, out),
        on_done=opened,
        parent=parent,
        progress=QCoreApplication.translate("LetterPreviewDialog", "Making the day's letters"),
    )
