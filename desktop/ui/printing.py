"""The app's one print path: a letter's PDF, page by page, onto a QPrinter.

Every page is rendered by QtPdf at the printer's resolution and drawn to fill the paper, so what
prints is what the preview shows, on any printer Qt knows (Windows spooler, CUPS). The path works
without a dialog too: `printer_named("Name")` or `pdf_file_printer(path)`, then `print_pdf`.

    printer = printer_named(name)              # or QPrinter + QPrintDialog in the UI
    pages = print_pdf(letter.pdf, printer)     # raises PrintProblem when nothing can print
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.core.errors import UserError
from desktop.core.i18n import translate

DEFAULT_DPI = 300


class PrintProblem(UserError):
    """The printer could not be started, or the document could not be read."""


def load_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes (the buffer lives as long as the document)."""
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document.setProperty("anvis_buffer", buffer)  # keep the device alive with the document
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintProblem(
            translate("Printing", "The letter cannot be read as PDF ({error}).").format(
                error=document.error().name
            )
        )
    return document


def printer_names() -> list[str]:
    return [str(n) for n in QPrinterInfo.availablePrinterNames()]


def _a4_printer(printer: QPrinter, title: str) -> QPrinter:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)  # the letter has its own margins; the window address must not move
    printer.setDocName(title or "Anvis")
    return printer


def printer_named(name: str, *, title: str = "") -> QPrinter:
    """A printer by its system name (no dialog), for unattended printing and tests."""
    if name not in printer_names():
        raise PrintProblem(
            translate("Printing", "There is no printer named {name}.").format(name=name)
        )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    return _a4_printer(printer, title)


def pdf_file_printer(path: Path, *, title: str = "") -> QPrinter:
    """Qt's own PDF printer writing to `path`: the same print path, without a printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return _a4_printer(printer, title)


def print_pdf(
    pdf: bytes | QPdfDocument,
    printer: QPrinter,
    *,
    dpi: int = DEFAULT_DPI,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print every page; returns the number printed. `progress(done, total)` may return False
    to stop after the current page."""
    document = pdf if isinstance(pdf, QPdfDocument) else load_pdf(pdf)
    total = document.pageCount()
    if total == 0:
        raise PrintProblem(translate("Printing", "The letter has no pages."))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintProblem(
            translate(
                "Printing",
                "The printer {name} cannot be started. Check that it is switched on and "
                "connected, or choose another printer.",
            ).format(name=printer.printerName() or printer.outputFileName())
        )
    options = QPdfDocumentRenderOptions()
    printed = 0
    try:
        for index in range(total):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, pixels, options)
            page = QImage(image.size(), QImage.Format.Format_RGB32)
            page.fill(QColor("white"))
            composer = QPainter(page)
            composer.drawImage(0, 0, image)
            composer.end()
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(
                _fit(QSizeF(page.size()), QRectF(0, 0, target.width(), target.height())), page
            )
            printed += 1
            if progress is not None and not progress(printed, total):
                break
    finally:
        painter.end()
    return printed


def _fit(size: QSizeF, area: QRectF) -> QRectF:
    """`size` scaled to fit `area`, keeping its shape, centred."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )
