"""The two kinds of errors in the window.

- Expected ones (`desktop.core.errors.UserError`): `show_user_error(parent, error)` shows the
  message (already translated, it says what to do) in a message box, no traceback.
- Bugs: `install_excepthook(app)` routes `sys.excepthook` (which PySide6 also calls for an
  exception in a slot or a virtual override such as `paintEvent`) and `threading.excepthook`
  to the log and to `ExceptionDialog`. The program goes on; the handler never raises.
  Qt's own warnings (`qInstallMessageHandler`) go to the log as well.

    handler = install_excepthook(app)  # after setup_logging(); keep the handler alive
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__, logsetup
from desktop.core.errors import UserError, ValidationError
from desktop.ui.dialogs.exception_dialog import ExceptionDialog

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_open_boxes: set[QMessageBox] = set()  # parentless message boxes, kept alive while shown


def show_user_error(parent: QWidget | None, error: UserError | str) -> QMessageBox:
    """Show an expected problem as a message box (non-blocking, window-modal) and return it.

    The message of a `UserError` is already translated and says what to do; a
    `ValidationError`'s field messages are listed under it.
    """
    message = error.message if isinstance(error, UserError) else str(error)
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Anvis")
    box.setText(message)
    if isinstance(error, ValidationError) and error.fields:
        box.setInformativeText("\n".join(f"• {text}" for text in error.fields.values()))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(message)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def format_details(
    exc_type: type[BaseException],
    exc_value: BaseException,
    tb: TracebackType | None,
    thread_name: str | None = None,
) -> str:
    """The text support needs: when, which versions, which thread, the traceback; CPR masked."""
    lines = [
        f"Anvis {__version__}",
        f"{dt.datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, {platform.platform()}",
        f"Thread: {thread_name or threading.current_thread().name}",
        "",
        "".join(traceback.format_exception(exc_type, exc_value, tb)).rstrip(),
    ]
    return logsetup.mask_cpr("\n".join(lines))


class ExceptionHandler(QObject):
    """Installed by `install_excepthook`; `uninstall()` puts the previous hooks back."""

    _relay = Signal(str)  # details of a bug, emitted from any thread, shown on the GUI thread
    _user_relay = Signal(str)  # message of an uncaught UserError raised on another thread
    shown = Signal(object)  # the ExceptionDialog, after it is shown or updated

    def __init__(self, app: QCoreApplication, log_path: Path | None) -> None:
        super().__init__(app)
        self._log_path = log_path
        self._dialog: ExceptionDialog | None = None
        self._handling = threading.local()
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        self._relay.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._user_relay.connect(self._show_user_error, Qt.ConnectionType.QueuedConnection)
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        self._previous_qt = qInstallMessageHandler(_qt_message)

    @property
    def dialog(self) -> ExceptionDialog | None:
        """The dialog on screen, if any."""
        if self._dialog is not None and not shiboken6.isValid(self._dialog):
            self._dialog = None
        return self._dialog

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread
        qInstallMessageHandler(self._previous_qt)

    def handle(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        tb: TracebackType | None,
        thread_name: str | None = None,
    ) -> None:
        """sys.excepthook: log, then show (queued to the GUI thread). Never raises."""
        if getattr(self._handling, "busy", False):  # the handler itself failed: last resort
            sys.__excepthook__(exc_type, exc_value, tb)
            return
        self._handling.busy = True
        try:
            if issubclass(exc_type, KeyboardInterrupt):
                QCoreApplication.quit()
                return
            if isinstance(exc_value, UserError):
                # An expected problem that a slot did not catch: the message, not a bug dialog.
                log.warning("Uncaught user error: %s", exc_value.message)
                self._relay_user_error(exc_value)
                return
            log.error(
                "Unhandled exception in thread %s",
                thread_name or threading.current_thread().name,
                exc_info=(exc_type, exc_value, tb),
            )
            self._relay.emit(format_details(exc_type, exc_value, tb, thread_name))
        except BaseException:
            _last_resort(exc_type, exc_value, tb)
        finally:
            self._handling.busy = False

    def handle_thread(self, args: Any) -> None:
        """threading.excepthook (a Python thread died of an exception)."""
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else None
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _relay_user_error(self, error: UserError) -> None:
        if threading.current_thread() is threading.main_thread():
            show_user_error(None, error)
        else:
            self._user_relay.emit(error.message)

    def _show_user_error(self, message: str) -> None:
        try:
            show_user_error(None, UserError(message))
        except BaseException:
            _last_resort(*sys.exc_info())

    def _show(self, details: str) -> None:
        try:
            dialog = self.dialog
            if dialog is not None and dialog.isVisible():
                dialog.add_error(details)
            else:
                dialog = ExceptionDialog(details, self._log_path or logsetup.log_file())
                self._dialog = dialog
                dialog.show()
                dialog.raise_()
                dialog.activateWindow()
            self.shown.emit(dialog)
        except BaseException:
            _last_resort(*sys.exc_info())


def _last_resort(
    exc_type: type[BaseException] | None,
    exc_value: BaseException | None,
    tb: TracebackType | None,
) -> None:
    """When showing a bug fails too: the log if it can, stderr if there is one, never raise."""
    try:
        log.critical("The error handler failed", exc_info=(exc_type, exc_value, tb))  # type: ignore[arg-type]
        if sys.stderr is not None and exc_type is not None and exc_value is not None:
            sys.__excepthook__(exc_type, exc_value, tb)
    except BaseException:
        return  # nowhere left to report it


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings and debug output go to the logger `qt`."""
    try:
        where = f" ({context.file}:{context.line})" if context.file else ""
        category = (
            f"{context.category}: " if context.category and context.category != "default" else ""
        )
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s%s", category, message, where)
    except BaseException:
        return  # a message handler must never raise into Qt


_installed: list[ExceptionHandler] = []


def install_excepthook(app: QCoreApplication, log_path: Path | None = None) -> ExceptionHandler:
    """Route bugs to the log and the exception dialog; Qt's messages to the log.

    `log_path` (shown in the dialog) defaults to the file of `desktop.logsetup.setup_logging`.
    Installing again replaces the previous handler.
    """
    for previous in _installed:
        previous.uninstall()
    _installed.clear()
    handler = ExceptionHandler(app, log_path or logsetup.log_file())
    _installed.append(handler)
    return handler
