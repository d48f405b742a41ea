"""The letter preview: pages shown, printing through the app's path, saving the exact bytes,
and each print or save logged."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from db.enums import AuditAction, LetterKind
from db.models import AuditEvent
from desktop import i18n
from desktop.core.errors import FileProblem
from desktop.core.letters import LetterPdf, issue_offer_letter, record_printed
from desktop.ui.dialogs.letter_preview import LetterPreviewDialog, open_days_letters
from desktop.ui.printing import pdf_file_printer
from tests.gui.background import settle
from tests.unit.letters import factory


def _issued(ws):
    with ws.write() as session:
        department = factory.organisation(session)
        offer_id = factory.offer(session, department, 1).id
    return issue_offer_letter(ws, offer_id)


def test_the_preview_shows_prints_and_saves_the_letter(qtbot, sqlite_workspace, tmp_path):
    letter = _issued(sqlite_workspace)
    outputs: list[str] = []

    def logged(purpose: str) -> None:
        outputs.append(purpose)
        record_printed(sqlite_workspace, letter, purpose=purpose)

    dialog = LetterPreviewDialog(letter, on_output=logged)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == letter.pages == 3
    assert dialog.windowTitle() == letter.title
    assert "3 pages" in dialog.ui.summary.text()
    assert "template version 1" in dialog.ui.summary.text()

    printed = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_file_printer(printed)) == 3
    assert len(PdfReader(printed).pages) == 3

    saved = tmp_path / "saved.pdf"
    dialog.save_to(saved)
    assert saved.read_bytes() == letter.pdf  # the archived bytes, unchanged

    settle(qtbot)  # each print and save is logged on the write worker
    assert outputs == ["printed", "saved as PDF"]
    with sqlite_workspace.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)
        ).all()
        assert [e.purpose for e in events] == ["printed", "saved as PDF"]
        assert {e.applicant_id for e in events} == {letter.applicant_id}


def test_saving_to_an_unwritable_place_is_a_clear_error(qtbot, sqlite_workspace, tmp_path):
    letter = _issued(sqlite_workspace)
    dialog = LetterPreviewDialog(letter)
    qtbot.addWidget(dialog)
    with pytest.raises(FileProblem, match="cannot be written"):
        dialog.save_to(tmp_path / "no-such-folder" / "letter.pdf")


def test_the_days_letters_open_as_one_pdf(qtbot, sqlite_workspace):
    with sqlite_workspace.write() as session:
        department = factory.organisation(session)
        for index in range(3):
            factory.sent(session, department, index)
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[LetterPreviewDialog] = []
    task = open_days_letters(sqlite_workspace, factory.SENT, parent, on_opened=opened.append)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.page_count == 9
    assert dialog.windowTitle() == "Letters of 21/11/2026"  # dates as in the lists
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(dialog.letter.pdf)).pages]
    for page, name in zip(
        pages[0::3], ("Ayşe Yılmaz", "Łukasz Nowak", "Nguyễn Thị Lan"), strict=True
    ):
        assert f"Kære {name}" in page  # the day's letters by recipient name
    assert not list(Path(tempfile.gettempdir()).glob("anvis-letters-*.pdf"))
    dialog.close()


def _one_page_letter() -> LetterPdf:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return LetterPdf(
        kind=LetterKind.OFFER,
        reference="1",
        title="Boligtilbud",
        pdf=buffer.getvalue(),
        pages=1,
        template_version=2,
        sha256="",
    )


def test_print_shows_its_shortcut_and_the_page_count_reads_well(qtbot, qapp, sqlite_workspace):
    dialog = LetterPreviewDialog(_one_page_letter())
    qtbot.addWidget(dialog)
    assert dialog.ui.summary.text() == "1 page · template version 2"
    native = QKeySequence(QKeySequence.StandardKey.Print).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert native in dialog.ui.print_button.toolTip()  # "Print (Ctrl+P)"
    assert "&P" in dialog.ui.print_button.text()  # and Alt+P kept
    i18n.install_for_app(qapp, "da")
    try:
        one = LetterPreviewDialog(_one_page_letter())
        qtbot.addWidget(one)
        assert one.ui.summary.text() == "1 side · skabelonversion 2"
        assert "Ctrl+P" in one.ui.print_button.toolTip()
        three = LetterPreviewDialog(_issued(sqlite_workspace))
        qtbot.addWidget(three)
        assert three.ui.summary.text() == "3 sider · skabelonversion 1"
    finally:
        i18n.install_for_app(qapp, "en")
