"""Composition root of the window: logging, excepthook, QApplication, translators, the main
window, then the database.

The window paints first and opens the database right after: the core and database libraries
(SQLAlchemy, Alembic, the areas' rules) load while the user already sees Anvis, so the start feels
immediate. Nothing here imports them at module level.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop import __version__
from desktop.core import paths, preferences
from desktop.core.errors import UserError
from desktop.i18n import install_for_app
from desktop.logsetup import log_file, setup_logging
from desktop.ui import window_geometry, window_thread
from desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace
    from desktop.ui.errors import ExceptionHandler
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
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    from desktop import x11_libraries  # noqa: PLC0415 - bench/startup.py

    return x11_libraries.problem()


class _OnFirstPaint(QObject):
    """Calls `callback` once, right after the watched widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


class Application:
    """Owns the QApplication, the open workspace and the main window; swaps them on request."""

    def __init__(self, app: QApplication, language: str) -> None:
        self.app = app
        self.language = language
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.expiry_timer: QObject | None = None
        self.exception_handler: ExceptionHandler | None = None
        self._tasks: TaskRunner | None = None

    @property
    def tasks(self) -> TaskRunner:
        """The background-task runner, made on first use (after the first paint)."""
        if self._tasks is None:
            from desktop.ui.tasks import TaskRunner  # noqa: PLC0415 - bench/startup.py

            self._tasks = TaskRunner()
            runner = self._tasks
            self.app.aboutToQuit.connect(lambda: runner.shutdown(5000))
        return self._tasks

    def stop_tasks(self) -> None:
        """Cancel and wait for background work still running once the event loop has ended
        (work a last callback started after `aboutToQuit`): before the interpreter ends."""
        if self._tasks is not None:
            self._tasks.shutdown(5000)

    def show_window(self, workspace: Workspace | None = None) -> MainWindow:
        """A new main window (replacing the old one), with `workspace` attached if given."""
        old = self.window
        window = MainWindow(None, None, self.language)  # the runner comes with the database
        window.open_database_requested.connect(self.choose_database)
        window.language_requested.connect(self.switch_language)
        window.about_requested.connect(self.about)
        if old is not None:
            window.setGeometry(old.geometry())
            if old.isMaximized():
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            old.closing.disconnect()  # replaced, not closed by the user
            old.close()
            old.deleteLater()
        else:
            prefs = preferences.load()
            window_geometry.place(window, prefs.window)
            if prefs.maximised:
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        window.closing.connect(lambda: _remember_geometry(window))
        self.window = window
        window.show()
        window_geometry.refit(window)
        if workspace is not None:
            self.attach(workspace)
        return window

    def attach(self, workspace: Workspace) -> None:
        assert self.window is not None
        if self.workspace is not None and self.workspace is not workspace:
            self.workspace.close()
        self.workspace = workspace
        window = self.window
        window.tasks = self.tasks
        self.expiry_timer = None
        _once_usable(window, self._start_expiry_timer)  # it imports the offer workflow
        window.attach(workspace)

    def _start_expiry_timer(self) -> None:
        # once the window is usable (bench/startup.py)
        from desktop.ui.offer_timer import expired_message, start_expiry_timer  # noqa: PLC0415

        window = self.window
        if self.expiry_timer is not None or window is None or window.context is None:
            return
        self.expiry_timer = start_expiry_timer(
            window.context,
            window,
            on_expired=lambda ids: window.statusBar().showMessage(expired_message(len(ids)), 15000),
        )

    def choose_database(self) -> None:
        assert self.window is not None
        filename, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("App", "Open database"),
            str(paths.data_dir()),
            QCoreApplication.translate("App", "Anvis database (*.sqlite);;All files (*)"),
        )
        if filename:
            _open_chosen(self, filename)

    def switch_language(self, language: str) -> None:
        if language == self.language or self.workspace is None:
            return
        prefs = preferences.load()
        prefs.language = language
        preferences.save(prefs)
        self.language = language
        install_for_app(self.app, language)
        self.show_window(self.workspace)  # rebuilt in the new language

    def about(self) -> None:
        from desktop.ui.dialogs.about import AboutDialog  # noqa: PLC0415 - bench/startup.py

        assert self.window is not None
        current_log = log_file()
        AboutDialog(self.workspace, self.window, current_log.parent if current_log else None).exec()


def _once_usable(window: MainWindow, callback: Callable[[], None]) -> None:
    """Call `callback` once, when the window is usable (its first page shows its data) or after a
    few seconds if that page has nothing to show. Work the first look does not need waits for it:
    done earlier it would share the interpreter with the first page's reading (bench/startup.py).
    """
    called = False

    def once() -> None:
        nonlocal called
        if not called:
            called = True
            callback()

    window.usable.connect(once)
    QTimer.singleShot(5000, window, once)  # (gone with the window)


def _remember_geometry(window: MainWindow) -> None:
    prefs = preferences.load()
    saved = window_geometry.saved_geometry(window)
    prefs.window = list(saved) if saved is not None else None
    prefs.maximised = window.isMaximized()
    try:
        preferences.save(prefs)
    except OSError:  # a read-only profile: the window opens centred next time
        log.warning("could not remember the window's place", exc_info=True)


def _remember(database: str) -> None:
    prefs = preferences.load()
    recent = [database] + [d for d in prefs.recent_databases if d != database]
    prefs.recent_databases = recent[:10]
    preferences.save(prefs)


def _open_database(application: Application, args: argparse.Namespace) -> None:
    """After the first paint: the log file, then the database - the demo (made in the background
    on first use), the one named (--db, ANVIS_DB, the shared server chosen in the settings), or on
    the very first start the one the user chooses."""
    from desktop.core import shared_db  # noqa: PLC0415 - bench/startup.py
    from desktop.ui.errors import install_excepthook  # noqa: PLC0415 - bench/startup.py

    setup_logging()
    application.exception_handler = install_excepthook(application.app)
    _guard_window_thread()
    log.info("Anvis %s starting", __version__)
    if args.demo:
        _open_demo(application, args)
        return
    if shared_db.first_run_needed(args.db) and not args.screenshot:
        _ask_which(application, args, quit_code=0)
        return
    target = shared_db.resolve_database(args.db)
    # A file named by --db, ANVIS_DB or the preferences must exist; a server database (IT made
    # it for the desk) gets Anvis's tables when the window first opens it.
    _attach(application, args, target, create="://" in target)


def _guard_window_thread() -> None:
    """A write from the window's thread is a bug (it would freeze the window while another
    workstation saves): logged with its stack, so it is found and moved to the write worker."""
    from desktop.core.workspace import guard_writes  # noqa: PLC0415 - bench/startup.py

    guard_writes(window_thread.report)


def _open_demo(application: Application, args: argparse.Namespace) -> None:
    target = str(paths.demo_database())
    if paths.demo_database().exists():
        _attach(application, args, target, demo=True)
    else:
        _make_demo(application, lambda: _attach(application, args, target, demo=True))


def _make_demo(application: Application, then: Callable[[], None]) -> None:
    """The demo database lives in its own folder and is made on first use."""
    from desktop.core.demo import DemoSize, demo_steps  # noqa: PLC0415 - bench/startup.py

    target = paths.demo_database()
    target.parent.mkdir(parents=True, exist_ok=True)
    application.tasks.write(
        lambda: demo_steps(target, DemoSize()),
        on_done=lambda _summary: then(),
        on_error=lambda error: _fail(application, error.message),
        parent=application.window,
        progress=QCoreApplication.translate("App", "Making the demo database..."),
        cancellable=False,
        delay_ms=0,
    )


def _fail(application: Application, message: str) -> None:
    QMessageBox.critical(
        application.window,
        QCoreApplication.translate("App", "Anvis cannot open the database"),
        message,
    )
    application.app.exit(2)


def _attach(
    application: Application,
    args: argparse.Namespace,
    target: str | None,
    *,
    demo: bool = False,
    master_data: Path | None = None,
    create: bool = False,
) -> None:
    """Open the database in the background (`_open_in_background`), then show it; one that
    cannot be used brings the chooser (`_choose_instead`)."""

    def failed(error: UserError) -> None:
        _choose_instead(application, args, error.message)

    def opened(workspace: Workspace) -> None:
        _show_opened(application, args, workspace, master_data)

    chosen = target or paths.resolve_database(None)
    _open_in_background(application, chosen, opened, failed, demo=demo, create=create)


def _open_chosen(application: Application, filename: str) -> None:
    """File > Open: the chosen database opens in the background as the first one does, while the
    window says that it opens and takes no work (it would go to the database being replaced);
    then a new window shows it. One that cannot be used is explained, and the open one stays."""
    window = application.window
    assert window is not None
    window.set_opening(True)

    def failed(error: UserError) -> None:
        window.set_opening(False)
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Anvis cannot open the database"),
            error.message,
        )

    def opened(workspace: Workspace) -> None:
        _remember(filename)
        shown = application.show_window(workspace)
        _once_usable(shown, lambda: _after_opening(application, workspace))

    _open_in_background(application, filename, opened, failed)


def _open_in_background(
    application: Application,
    target: str,
    opened: Callable[[Workspace], None],
    failed: Callable[[UserError], None],
    *,
    demo: bool = False,
    create: bool = False,
) -> None:
    """Open the database at `target` on the write worker (opening may migrate it, and a server
    may be slow to answer): the window stays responsive, and a progress dialog follows when it
    takes long. `create` only for a database the user chose to start (the first start, the demo,
    the desk's server)."""
    from desktop.core.workspace import open_workspace  # noqa: PLC0415 - bench/startup.py

    backup_dir = paths.backup_dir()
    application.tasks.write(
        lambda: open_workspace(target, backup_dir=backup_dir, is_demo=demo, create=create),
        on_done=opened,
        on_error=failed,
        parent=application.window,
        progress=QCoreApplication.translate("App", "Opening the database..."),
        cancellable=False,
    )


def _show_opened(
    application: Application,
    args: argparse.Namespace,
    workspace: Workspace,
    master_data: Path | None,
) -> None:
    window = application.window
    application.attach(workspace)
    assert window is not None
    _once_usable(window, lambda: _after_opening(application, workspace))
    if master_data is not None:
        # after the first paint (bench/startup.py)
        from desktop.ui.dialogs.first_run import import_master_data  # noqa: PLC0415

        import_master_data(window, application.tasks, workspace, master_data)
    if args.screenshot:
        assert application.window is not None
        if args.page:
            application.window.show_page(args.page)
        _screenshot_when_idle(application, args.screenshot)


def _choose_instead(application: Application, args: argparse.Namespace, problem: str) -> None:
    """The database cannot be used (missing, not Anvis's, damaged, unreachable): the chooser
    says why and opens the database the user picks instead; quitting it ends Anvis (exit 2)."""
    log.info("The database cannot be opened: %s", problem)
    if args.screenshot:  # nobody to ask
        print(f"anvis: {problem}", file=sys.stderr)
        application.app.exit(2)
        return
    _ask_which(application, args, quit_code=2, problem=problem)


def _ask_which(
    application: Application,
    args: argparse.Namespace,
    *,
    quit_code: int,
    problem: str | None = None,
) -> None:
    """The chooser (demo, a new database, a shared server; `problem` says why it is asked);
    opens what the user picks, or ends Anvis with `quit_code` when they quit."""
    from desktop.ui.dialogs.first_run import DEMO, ask_first_run  # noqa: PLC0415 - bench/startup.py

    choice = ask_first_run(application.window, problem=problem)
    if choice is None:
        application.app.exit(quit_code)
        return
    if choice.kind == DEMO:
        _open_demo(application, args)
        return
    _attach(application, args, choice.database, master_data=choice.master_data, create=True)


def _after_opening(application: Application, workspace: Workspace) -> None:
    """The day's first backup of a SQLite database, and a warning if its file lies on a network
    share (where SQLite files get damaged)."""
    from desktop.core import backups, storage_check  # noqa: PLC0415 - bench/startup.py
    from desktop.ui.errors import show_user_error  # noqa: PLC0415 - bench/startup.py

    # the copy is logged (a write) and takes a moment: on the write worker
    application.tasks.write(
        lambda: backups.daily_backup(workspace),
        on_error=lambda error: show_user_error(application.window, error),
    )
    warning = storage_check.warning(workspace.database.sqlite_path)
    if warning:
        QMessageBox.warning(application.window, "Anvis", warning)


def run(args: argparse.Namespace, language: str) -> int:
    problem = _choose_platform()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Anvis")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Anvis")
    install_for_app(app, language)

    application = Application(app, language)
    window = application.show_window()
    if os.environ.get("ANVIS_BENCH_USABLE"):

        def usable() -> None:
            # bench/startup.py measures the time to this line from outside.
            print("usable", flush=True)
            app.quit()

        window.usable.connect(usable)
    if os.environ.get("ANVIS_BENCH_FIRST_PAINT"):

        def painted() -> None:
            # bench/startup.py measures the time to this line from outside.
            print("first-paint", flush=True)
            app.quit()

        _OnFirstPaint(window, painted)
    else:
        _OnFirstPaint(window, lambda: _open_database(application, args))
    code = int(app.exec())
    application.stop_tasks()
    if application.exception_handler is not None:
        application.exception_handler.uninstall()
    return code


def _screenshot_when_idle(application: Application, target: str, waited_ms: int = 0) -> None:
    """Save a picture of the window once its pages finished loading (at most ~20 s), then quit."""
    step = 250
    if (application.tasks.running() and waited_ms < 20_000) or waited_ms < 1000:
        QTimer.singleShot(
            step, lambda: _screenshot_when_idle(application, target, waited_ms + step)
        )
        return
    QApplication.processEvents()
    assert application.window is not None
    application.window.grab().save(target)
    application.app.quit()
