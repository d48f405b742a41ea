"""Composition root of the window: logging, excepthook, QApplication, translators, database,
main window. Everything heavy is imported here, after the command line decided a window is wanted.
"""

from __future__ import annotations

import argparse
import ctypes.util
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop import __version__
from desktop.core import paths, preferences
from desktop.core.errors import UserError
from desktop.core.workspace import Workspace, open_workspace
from desktop.i18n import install_for_app
from desktop.logsetup import log_file, setup_logging
from desktop.ui.errors import install_excepthook
from desktop.ui.main_window import MainWindow
from desktop.ui.offer_timer import expired_message, start_expiry_timer
from desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def _choose_platform() -> str | None:
    """Pick a Qt platform that can work here, or return a message saying what is missing."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        print(
            "anvis: no display found; the window runs offscreen (invisible). Start Anvis on a "
            "desktop, under xvfb-run, or use --screenshot FILE.png to see it.",
            file=sys.stderr,
        )
        return None
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "anvis: Qt needs the X11 library libxcb-cursor0 to open a window "
            "(Debian/Ubuntu: apt-get install libxcb-cursor0)."
        )
    return None


class _FirstPaint(QObject):
    """ANVIS_BENCH_FIRST_PAINT=1: print `first-paint` when the window is first painted, then quit
    (bench/startup.py measures the time to this line from outside)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


class Application:
    """Owns the QApplication, the open workspace and the main window; swaps them on request."""

    def __init__(self, app: QApplication, language: str) -> None:
        self.app = app
        self.language = language
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.tasks = TaskRunner()
        app.aboutToQuit.connect(lambda: self.tasks.shutdown(5000))

    def open(self, workspace: Workspace) -> MainWindow:
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace = workspace
        old = self.window
        self.window = MainWindow(workspace, self.tasks, self.language)
        self.window.open_database_requested.connect(self.choose_database)
        self.window.language_requested.connect(self.switch_language)
        self.window.about_requested.connect(self.about)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        window = self.window
        self.expiry_timer = start_expiry_timer(
            window.context,
            window,
            on_expired=lambda ids: window.statusBar().showMessage(expired_message(len(ids)), 15000),
        )
        window.show()
        return window

    def choose_database(self) -> None:
        assert self.window is not None
        filename, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("App", "Open database"),
            str(paths.data_dir()),
            QCoreApplication.translate("App", "Anvis database (*.sqlite);;All files (*)"),
        )
        if filename:
            workspace = _open_or_explain(filename, self.window)
            if workspace is not None:
                _remember(filename)
                self.open(workspace)

    def switch_language(self, language: str) -> None:
        if language == self.language or self.workspace is None:
            return
        prefs = preferences.load()
        prefs.language = language
        preferences.save(prefs)
        self.language = language
        install_for_app(self.app, language)
        self.open(self.workspace)  # rebuilt in the new language

    def about(self) -> None:
        assert self.window is not None
        assert self.workspace is not None
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("App", "About Anvis"),
            QCoreApplication.translate(
                "App",
                "<h3>Anvis {version}</h3><p>The housing allocation desk's application.</p>"
                "<p>Database: {database}</p><p>Log file: {log}</p>",
            ).format(
                version=__version__,
                database=self.workspace.describe(),
                log=log_file() or paths.log_dir(),
            ),
        )


def _remember(database: str) -> None:
    prefs = preferences.load()
    recent = [database] + [d for d in prefs.recent_databases if d != database]
    prefs.recent_databases = recent[:10]
    preferences.save(prefs)


def _open_or_explain(
    target: str | Path, parent: QWidget | None = None, *, demo: bool = False
) -> Workspace | None:
    try:
        return open_workspace(target, backup_dir=paths.backup_dir(), is_demo=demo)
    except UserError as exc:
        QMessageBox.critical(
            parent, QApplication.translate("App", "Anvis cannot open the database"), exc.message
        )
        return None


def _demo_workspace() -> Workspace | None:
    """The demo database lives in its own folder and is made on first use."""
    target = paths.demo_database()
    if not target.exists():
        from desktop.core.demo import DemoSize, create_demo  # noqa: PLC0415

        dialog = QProgressDialog(
            QApplication.translate("App", "Making the demo database..."), "", 0, 0
        )
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.show()
        QApplication.processEvents()
        create_demo(target, DemoSize())
        dialog.close()
    return _open_or_explain(target, demo=True)


def run(args: argparse.Namespace, language: str) -> int:
    problem = _choose_platform()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    setup_logging()
    log.info("Anvis %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Anvis")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Anvis")
    handler = install_excepthook(app, log_file())
    install_for_app(app, language)

    if args.demo:
        workspace = _demo_workspace()
    else:
        workspace = _open_or_explain(paths.resolve_database(args.db))
    if workspace is None:
        return 2
    application = Application(app, language)
    window = application.open(workspace)

    if os.environ.get("ANVIS_BENCH_FIRST_PAINT"):
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
    if args.screenshot:
        if args.page:
            window.show_page(args.page)
        _screenshot_when_idle(app, window, application.tasks, args.screenshot)
    code = int(app.exec())
    handler.uninstall()
    return code


def _screenshot_when_idle(
    app: QApplication, window: MainWindow, tasks: TaskRunner, target: str, waited_ms: int = 0
) -> None:
    """Save a picture of the window once its pages finished loading (at most ~20 s), then quit."""
    step = 250
    if (tasks.running() and waited_ms < 20_000) or waited_ms < 1000:
        QTimer.singleShot(
            step, lambda: _screenshot_when_idle(app, window, tasks, target, waited_ms + step)
        )
        return
    QApplication.processEvents()
    window.grab().save(target)
    app.quit()
