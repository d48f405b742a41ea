"""Qt's own dialogs speak Danish in the Danish window: the texts Qt's catalogue lacks come from
Anvis's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop import i18n
from desktop.ui.qt_texts import MISSING_IN_QTBASE

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install_for_app(qapp, "da")
    yield
    i18n.install_for_app(qapp, "en")


def test_the_file_dialog_says_where_to_look_in_danish(qtbot, danish: None) -> None:
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Søg i:", "&Filnavn:", "Fil&type:"} <= labels


def test_every_text_qt_lacks_has_its_danish(danish: None) -> None:
    for context, english in MISSING_IN_QTBASE:
        assert QCoreApplication.translate(context, str(english)) != english, (context, english)


def test_the_print_dialog_has_no_english_left_of_its_options(qtbot, danish: None, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QComboBox, QGroupBox

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "brev.pdf"))
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    shown |= {box.title() for box in dialog.findChildren(QGroupBox)}
    for combo in dialog.findChildren(QComboBox):
        shown |= {combo.itemText(i) for i in range(combo.count())}
    assert "Dobbeltsidet udskrivning" in shown
    assert not shown & {"Double Sided Printing", "Long side binding", "Off", "Page &Set:"}
