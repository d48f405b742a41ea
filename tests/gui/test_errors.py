"""Bugs reach the log and the exception dialog without stopping the program; expected problems
become a plain message."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import logsetup
from desktop.core.errors import Conflict, ValidationError
from desktop.ui import errors
from desktop.ui.dialogs.exception_dialog import ExceptionDialog


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def log_path() -> Iterator:
    path = logsetup.setup_logging()
    yield path
    logsetup.teardown_logging()


@pytest.fixture
def handler(qapp, log_path) -> Iterator[errors.ExceptionHandler]:
    installed = errors.install_excepthook(qapp)
    yield installed
    installed.uninstall()
    dialog = installed.dialog
    if dialog is not None:
        dialog.close()


def _bug_in_a_slot(message: str) -> Emitter:
    emitter = Emitter()

    def slot():
        raise ValueError(message)

    emitter.fired.connect(slot)
    return emitter


def test_a_bug_in_a_slot_shows_the_dialog_and_the_program_goes_on(qtbot, handler, log_path):
    emitter = _bug_in_a_slot("broken slot")
    with qtbot.waitSignal(handler.shown) as shown:
        emitter.fired.emit()
    dialog = shown.args[0]
    assert isinstance(dialog, ExceptionDialog)
    assert dialog.isVisible()
    assert "ValueError: broken slot" in dialog.details
    assert "Traceback" in dialog.details
    assert str(log_path) in dialog.ui.log_label.text()
    assert not dialog.ui.details.isVisible()  # details are folded away until asked for
    dialog.ui.toggle_details.click()
    assert dialog.ui.details.isVisible()
    # the event loop still runs: a later slot works
    later = []
    QTimer.singleShot(0, lambda: later.append("ran"))
    qtbot.waitUntil(lambda: later == ["ran"])
    # and the traceback is in the log file
    text = log_path.read_text(encoding="utf-8")
    assert "Unhandled exception" in text
    assert "ValueError: broken slot" in text


def test_further_errors_join_the_open_dialog(qtbot, handler):
    first, second = _bug_in_a_slot("first"), _bug_in_a_slot("second")
    with qtbot.waitSignal(handler.shown):
        first.fired.emit()
    with qtbot.waitSignal(handler.shown) as shown:
        second.fired.emit()
    dialog = shown.args[0]
    assert dialog is handler.dialog
    assert dialog.error_count == 2
    assert "first" in dialog.details
    assert "second" in dialog.details
    assert dialog.ui.count_label.isVisible()
    assert dialog.ui.count_label.text() == "2 errors occurred while this window was open."
    visible = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ExceptionDialog) and w.isVisible()
    ]
    assert visible == [dialog]


def test_cpr_numbers_never_reach_the_dialog_or_the_log(qtbot, handler, log_path):
    emitter = _bug_in_a_slot("no applicant with CPR 010190-1234 or 0101901234")
    with qtbot.waitSignal(handler.shown) as shown:
        emitter.fired.emit()
    details = shown.args[0].details
    assert "1234" not in details
    assert "XXXXXX-XXXX" in details
    assert "1234" not in log_path.read_text(encoding="utf-8")


def test_copy_details_puts_them_on_the_clipboard(qtbot, handler):
    emitter = _bug_in_a_slot("copy me")
    with qtbot.waitSignal(handler.shown) as shown:
        emitter.fired.emit()
    dialog = shown.args[0]
    with qtbot.waitSignal(dialog.copied):
        dialog.ui.copy.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert "copy me" in QGuiApplication.clipboard().text()
    assert dialog.ui.copy_feedback.text()


def test_a_dying_python_thread_is_reported(qtbot, handler):
    def run():
        raise RuntimeError("thread bug")

    with qtbot.waitSignal(handler.shown) as shown:
        thread = threading.Thread(target=run, name="importer")
        thread.start()
        thread.join()
    assert "RuntimeError: thread bug" in shown.args[0].details
    assert "Thread: importer" in shown.args[0].details


def test_an_uncaught_user_error_is_a_message_not_a_bug(qtbot, handler):
    emitter = Emitter()

    def slot():
        raise Conflict("Someone else changed the vacancy. Open it again.", "kim", None)

    emitter.fired.connect(slot)
    emitter.fired.emit()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [b.text() for b in boxes] == ["Someone else changed the vacancy. Open it again."]
    assert handler.dialog is None
    for box in boxes:
        box.close()


def test_the_handler_never_raises_even_when_showing_fails(qtbot, handler, monkeypatch, capsys):
    def broken(*_args, **_kwargs):
        raise OSError("no display")

    import desktop.ui.errors as errors_module

    monkeypatch.setattr(errors_module, "ExceptionDialog", broken)
    handler._show("details")  # the dialog cannot be built: falls back to stderr, no raise
    assert "OSError: no display" in capsys.readouterr().err


def test_qt_warnings_go_to_the_log(qtbot, handler, caplog):
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("a Qt warning for the log")
    assert [r.getMessage() for r in caplog.records if r.name == "qt"] == [
        "a Qt warning for the log"
    ]


def test_uninstall_restores_the_previous_hooks(qapp):
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = errors.install_excepthook(qapp)
    assert sys.excepthook == installed.handle
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_show_user_error_is_a_plain_message(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    error = ValidationError(
        "The vacancy cannot be saved.",
        fields={"rent": "The rent must be more than 0 kr.", "rooms": "Give the rooms."},
    )
    box = errors.show_user_error(parent, error)
    assert box.isVisible()
    assert box.text() == "The vacancy cannot be saved."
    assert box.informativeText() == "• The rent must be more than 0 kr.\n• Give the rooms."
    assert box.detailedText() == ""
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
