"""The app's print path: a letter's pages onto a QPrinter, to a PDF file and to a real printer.

With ANVIS_TEST_PRINTER naming a CUPS queue of cups-pdf (`.ci/run` adds `AnvisPDF`), the letter
goes through CUPS and the test waits for the PDF that cups-pdf writes; without it, that test is
skipped. cups-pdf's output passes through Ghostscript as page images, so the test checks its
pages, not its text.
"""

from __future__ import annotations

import os
import pwd
import re
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from db.enums import LetterKind
from desktop.core.letters import context as contexts
from desktop.core.letters.archive import render_context
from desktop.core.letters.templates import TemplateInfo, default_text
from desktop.ui.printing import (
    PrintProblem,
    load_pdf,
    pdf_file_printer,
    print_pdf,
    printer_named,
    printer_names,
)
from tests.conftest import missing

PRINTER = os.environ.get("ANVIS_TEST_PRINTER")


def _letter() -> bytes:
    text = default_text(LetterKind.OFFER)
    info = TemplateInfo(1, LetterKind.OFFER, 1, text.title, text.body, True, True, "", None)
    return render_context(None, contexts.sample(LetterKind.OFFER), info).pdf


def _ink(image: QImage) -> float:
    """The share of non-white pixels in a coarse grid over the page."""
    dark = total = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


def _cups_pdf_folder() -> Path:
    """Where cups-pdf writes (its `Out` setting, ~/PDF by default) for the current user."""
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    folder = home / "PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                folder = Path(match.group(1).replace("${HOME}", str(home)))
    return Path(os.environ.get("ANVIS_TEST_PRINTER_OUTPUT", folder))


def test_a_letter_prints_page_by_page_through_a_qprinter(qapp, tmp_path):
    pdf = _letter()
    out = tmp_path / "printed.pdf"
    printed = print_pdf(pdf, pdf_file_printer(out, title="Boligtilbud"))
    assert printed == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    width, height = (float(v) / 72 * 25.4 for v in reader.pages[0].mediabox.upper_right)
    assert round(width) == 210
    assert round(height) == 297
    # the printed page carries the letter, not a blank sheet
    page = load_pdf(out.read_bytes()).render(0, load_pdf(pdf).pagePointSize(0).toSize())
    assert _ink(page) > 0.01


def test_printing_stops_when_asked(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    printed = print_pdf(_letter(), pdf_file_printer(out), progress=lambda done, total: done < 2)
    assert printed == 2
    assert len(PdfReader(out).pages) == 2


def test_an_unknown_printer_is_a_clear_error(qapp):
    with pytest.raises(PrintProblem, match="no printer named Nowhere-42"):
        printer_named("Nowhere-42")


def test_a_broken_pdf_is_a_clear_error(qapp):
    with pytest.raises(PrintProblem, match="cannot be read as PDF"):
        load_pdf(b"%PDF-1.4 not really")


def _complete(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]


def test_a_letter_prints_on_a_real_printer(qapp):
    """Through a CUPS queue, as on a desk (the tests above cover Qt's PDF printer)."""
    if PRINTER is None:
        missing("a printer: set ANVIS_TEST_PRINTER to a CUPS queue of cups-pdf (.ci/run adds one)")
    title = f"anvis-test-{uuid.uuid4().hex[:10]}"  # other runs may print to the same queue
    assert PRINTER in printer_names(), f"CUPS does not list the printer {PRINTER}"
    folder = _cups_pdf_folder()
    printer = printer_named(PRINTER, title=title)
    printed = print_pdf(_letter(), printer)
    assert printed == 3
    deadline = time.monotonic() + 60
    found: list[Path] = []
    while time.monotonic() < deadline and not found:
        # cups-pdf writes the file in pieces: wait until it ends with the PDF trailer
        found = [p for p in folder.glob(f"{title}*.pdf") if _complete(p)]
        time.sleep(0.3)
    assert found, f"cups-pdf wrote no complete PDF named {title}* into {folder}"
    try:
        assert len(PdfReader(found[0]).pages) == 3
    finally:
        for path in found:
            path.unlink()
