"""The one background-task helper: work on a thread pool, the outcome back on the GUI thread.

    task = run_task(
        lambda: intake.import_vacancies(ws, path),   # a function, or a generator of progress
        on_done=self._imported,                      # called on the GUI thread with the result
        parent=self,                                 # owner: message boxes, progress dialog
        progress=self.tr("Importing vacancies"),     # show a progress dialog after ~0.5 s
        write=True,                                  # serialised with every other write
    )

- `fn` runs on a worker thread. If it returns a generator, the generator is consumed there:
  each item it yields is progress, `(done, total, text)` (a `Progress`, a plain tuple or any
  object with those attributes; `total` 0 = unknown), and its `return` value is the result.
- Exactly one outcome reaches the GUI thread: `on_done(result)`, or `on_error(error)` for a
  `UserError` (without `on_error`: a message box with its message), or `on_cancelled()`.
  Any other exception is a bug and goes to `sys.excepthook` (the exception dialog and the log).
  `Task.finished` is emitted after every outcome. `busy` widgets (e.g. the Save button) are
  disabled while the task runs and enabled again just before its outcome is delivered.
- Cancelling (the dialog's button, Escape, or `task.cancel()`) stops consuming the generator at
  its next `yield` and closes it, so its `finally`/`with` blocks run (a `ws.write()` rolls back);
  the outcome is then Cancelled, never a half result. Work that finished before the cancel took
  effect reports its result. A plain function can only be cancelled before it starts.
- `write=True` tasks run one at a time, in the order started, on a single worker thread. The
  window's thread never writes itself (`desktop.ui.window_thread`): it would freeze while another
  workstation holds the database's write lock. A write without a progress dialog that is still
  running after `WAIT_NOTICE_MS` makes `write_waits()` say so, and the window shows that it waits.
- When the owner widget (`parent`) is destroyed, the task is cancelled and no callback runs.
- Tests wait with `qtbot.waitSignal(task.finished)`; no sleeps needed.
"""

from __future__ import annotations

import enum
import inspect
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Generator, Iterable
from typing import Any, NamedTuple, TypedDict, Unpack

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop.core.errors import UserError
from desktop.ui.errors import show_user_error

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500
WAIT_NOTICE_MS = 500
READ_THREADS = 4
_NEVER_MS = 2**31 - 1


class Progress(NamedTuple):
    """How far a generator has come; `total` 0 means unknown (a busy indicator)."""

    done: int
    total: int = 0
    text: str = ""


def as_progress(item: Any) -> Progress:
    """Read a yielded item: a Progress, a tuple (done, total[, text]) or an object with
    `done`, `total` and `text` attributes. Anything else counts as 'still working'."""
    if isinstance(item, Progress):
        return item
    if isinstance(item, tuple) and 2 <= len(item) <= 3:
        return Progress(int(item[0]), int(item[1] or 0), str(item[2]) if len(item) == 3 else "")
    done = getattr(item, "done", None)
    if done is not None:
        return Progress(
            int(done), int(getattr(item, "total", 0) or 0), str(getattr(item, "text", "") or "")
        )
    return Progress(0, 0, "")


class TaskOptions(TypedDict, total=False):
    """What a task is told besides its function (every one optional; see the module docstring).

    - `on_done(result)`, `on_error(error)`, `on_cancelled()`: the outcome, on the GUI thread
      (what they return is ignored).
    - `parent`: the owner: message boxes and the progress dialog; gone, the task is cancelled.
    - `progress`: the title of a progress dialog shown after `delay_ms`; none without it.
    - `cancellable`: whether that dialog has a Cancel button (default True).
    - `busy`: widgets disabled while the task runs.
    """

    on_done: Callable[[Any], object] | None
    on_error: Callable[[UserError], object] | None
    on_cancelled: Callable[[], object] | None
    parent: QWidget | None
    progress: str | None
    cancellable: bool
    delay_ms: int
    busy: Iterable[QWidget | QAction]


class Cancelled(Exception):
    """The outcome of a cancelled task (in `Task.error`): there is no result."""


class State(enum.Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class _Stopped(Exception):
    pass


_PROGRESS, _DONE, _FAILED, _CANCELLED = range(4)

_running: set[Task] = set()
_pools: dict[bool, QThreadPool] = {}


def _pool(write: bool) -> QThreadPool:
    pool = _pools.get(write)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1 if write else READ_THREADS)
        pool.setObjectName("anvis-writes" if write else "anvis-reads")
        _pools[write] = pool
    return pool


class Task(QObject):
    """One piece of background work. Its signals are emitted on the GUI thread."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the result
    failed = Signal(object)  # the exception (a UserError or a bug)
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    _report = Signal(int, object)  # worker -> GUI thread (queued)

    def __init__(self, fn: Callable[[], Any], **options: Unpack[TaskOptions]) -> None:
        super().__init__()  # no Qt parent: the task lives until its outcome is delivered
        self._fn = fn
        self._on_done = options.get("on_done")
        self._on_error = options.get("on_error")
        self._on_cancelled = options.get("on_cancelled")
        parent = options.get("parent")
        self._owner = parent
        self._owner_gone = False
        self._cancel = threading.Event()
        self._latest: Progress | None = None
        self._progress_pending = False
        progress = options.get("progress")
        self._label = progress
        self._cancellable = options.get("cancellable", True)
        self.state = State.RUNNING
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress = Progress(0, 0, "")
        self._busy = [w for w in options.get("busy", ()) if w.isEnabled()]
        for widget in self._busy:
            widget.setEnabled(False)  # no second click while the first one is saving
        self._report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)
        if parent is not None:
            parent.destroyed.connect(self._on_owner_destroyed)
        self._dialog: QProgressDialog | None = None
        self._show_timer: QTimer | None = None
        if progress is not None:
            self._show_timer = QTimer(self)
            self._show_timer.setSingleShot(True)
            self._show_timer.timeout.connect(self._show_dialog)
            self._show_timer.start(max(0, options.get("delay_ms", PROGRESS_DELAY_MS)))

    # -- GUI thread -------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.state is State.RUNNING

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog once it has been shown (after the delay), else None."""
        return self._dialog

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step; the outcome will be Cancelled."""
        if self.state is State.RUNNING:
            self._cancel.set()

    def _on_owner_destroyed(self) -> None:
        self._owner_gone = True
        self._owner = None
        self.cancel()
        self._close_dialog()

    def _release_owner(self) -> None:
        """Forget the owner once the outcome is known: the task must not keep it alive, nor be
        called back when it is destroyed later (possibly while the task itself is freed)."""
        owner, self._owner = self._owner, None
        if owner is not None and shiboken6.isValid(owner):
            owner.destroyed.disconnect(self._on_owner_destroyed)

    def _release_busy(self) -> None:
        """Before the outcome's callbacks, which may disable a widget again for their reasons."""
        busy, self._busy = self._busy, []
        for widget in busy:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)

    def _show_dialog(self) -> None:
        if self.state is not State.RUNNING or self._owner_gone or self._cancel.is_set():
            return
        owner = self._owner if self._owner is not None else QApplication.activeWindow()
        dialog = QProgressDialog(owner)
        dialog.setMinimumDuration(_NEVER_MS)  # we decide when it shows, not Qt's estimate
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setWindowTitle("Anvis")
        dialog.setAccessibleName(self._label or "")
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._update_dialog(self.progress)
        dialog.show()

    def _update_dialog(self, progress: Progress) -> None:
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        label = self._label or ""
        if progress.text:
            label = f"{label}\n{progress.text}" if label else progress.text
        dialog.setLabelText(label)
        if progress.total > 0:
            dialog.setRange(0, progress.total)
            dialog.setValue(min(progress.done, progress.total))  # last: may process events
        else:
            dialog.setRange(0, 0)

    def _close_dialog(self) -> None:
        if self._show_timer is not None:
            self._show_timer.stop()
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.hide()  # not close(): closing a QProgressDialog emits canceled
            dialog.deleteLater()

    def _on_report(self, kind: int, payload: Any) -> None:
        if kind == _PROGRESS:
            self._progress_pending = False  # first, so a newer item queues another report
            latest = self._latest
            if latest is None or latest == self.progress or self.state is not State.RUNNING:
                return
            self.progress = latest
            self.progressed.emit(latest)
            self._update_dialog(latest)
            return
        if self.state is not State.RUNNING:
            return
        self._close_dialog()
        _running.discard(self)
        self._release_busy()
        owner = self._owner
        self._release_owner()
        if kind == _DONE:
            self.state, self.result = State.DONE, payload
            if not self._owner_gone and self._on_done is not None:
                _call(self._on_done, payload)
            self.succeeded.emit(payload)
        elif kind == _CANCELLED:
            self.state, self.error = State.CANCELLED, Cancelled()
            if not self._owner_gone and self._on_cancelled is not None:
                _call(self._on_cancelled)
            self.cancelled.emit()
        else:
            self.state, self.error = State.FAILED, payload
            self._deliver_error(payload, owner)
            self.failed.emit(payload)
            # The traceback keeps the worker's frames, and `_work`'s holds this task: a cycle
            # that Python's collector would free later, on whatever thread it then runs (a Qt
            # object must be deleted on its own). Their variables are not needed once the
            # error was delivered; the traceback's lines stay.
            traceback.clear_frames(payload.__traceback__)
        # the work and its callbacks may hold a page and its data: let them go
        self._fn = _spent
        self._on_done = self._on_error = self._on_cancelled = None
        self.finished.emit()

    def _deliver_error(self, error: BaseException, owner: QWidget | None) -> None:
        if isinstance(error, UserError):
            log.info("Task ended with a user error: %s", error.message)
            if self._owner_gone:
                return
            if self._on_error is not None:
                _call(self._on_error, error)
            else:
                show_user_error(owner, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    # -- worker thread ----------------------------------------------------------------------

    def _work(self) -> None:
        if self._cancel.is_set():
            self._emit(_CANCELLED, None)
            return
        try:
            value = self._fn()
            if inspect.isgenerator(value):
                value = self._consume(value)
        except _Stopped:
            self._emit(_CANCELLED, None)
        except BaseException as exc:
            self._emit(_FAILED, exc)
        else:
            self._emit(_DONE, value)

    def _emit(self, kind: int, payload: Any) -> None:
        """Report to the GUI thread, unless the task is gone: Anvis is ending (the interpreter
        frees what is left while work started at the last moment still runs), and no one
        waits for the outcome."""
        try:
            self._report.emit(kind, payload)
        except RuntimeError:
            if shiboken6.isValid(self):
                raise
            log.info("A task finished after Anvis had closed it: its outcome is dropped")

    def _consume(self, generator: Generator[Any, Any, Any]) -> Any:
        while True:
            if self._cancel.is_set():
                generator.close()  # runs its finally/with blocks: a write rolls back
                raise _Stopped
            try:
                item = next(generator)
            except StopIteration as stop:
                return stop.value
            self._latest = as_progress(item)
            if not self._progress_pending:
                self._progress_pending = True
                self._emit(_PROGRESS, None)


def _spent() -> None:
    """Stands in for a task's function once the task is over."""


def _call(callback: Callable[..., Any], *args: Any) -> None:
    """A callback's bug goes to the exception hook; it never stops the other deliveries."""
    try:
        callback(*args)
    except BaseException:
        sys.excepthook(*sys.exc_info())


class WriteWaits(QObject):
    """Whether a save has kept the write worker busy past `WAIT_NOTICE_MS`: another workstation
    holds the database's write lock (SQLite waits up to its busy timeout), or an earlier write
    runs first. `changed(True)` when the first such save starts waiting, `changed(False)` when
    the last one has finished; meanwhile the mouse shows the busy cursor over every window of
    Anvis (a dialog may hide the status bar). Writes with a progress dialog say what they do
    themselves."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._slow: set[Task] = set()

    @property
    def waiting(self) -> bool:
        return bool(self._slow)

    def watch(self, task: Task) -> None:
        timer = QTimer(task)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._mark(task))
        task.finished.connect(timer.stop)
        task.finished.connect(lambda: self._unmark(task))
        timer.start(WAIT_NOTICE_MS)

    def _mark(self, task: Task) -> None:
        if task.is_running and task not in self._slow:
            self._slow.add(task)
            if len(self._slow) == 1:
                QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
                self.changed.emit(True)

    def _unmark(self, task: Task) -> None:
        if task in self._slow:
            self._slow.discard(task)
            if not self._slow:
                QApplication.restoreOverrideCursor()
                self.changed.emit(False)


_write_waits: WriteWaits | None = None


def write_waits() -> WriteWaits:
    """The one watch over the write worker (made on first use, on the GUI thread)."""
    global _write_waits  # one write worker, one watch
    if _write_waits is None:
        _write_waits = WriteWaits()
    return _write_waits


def run_task(fn: Callable[[], Any], *, write: bool = False, **options: Unpack[TaskOptions]) -> Task:
    """Run `fn()` in the background and deliver its outcome on the GUI thread (see the module
    docstring); `write=True` runs it on the one write worker."""
    task = Task(fn, **options)
    _running.add(task)
    if write and options.get("progress") is None:
        write_waits().watch(task)
    _pool(write).start(task._work)
    return task


def write(fn: Callable[[], Any], **options: Unpack[TaskOptions]) -> Task:
    """A database write on the one write worker (`run_task(fn, write=True, ...)`); dialogs
    without a page's runner use it."""
    return run_task(fn, write=True, **options)


class TaskRunner:
    """The runner pages get as `context.tasks` (injected, so a test can pass its own).

    `run(fn, ...)` and `write(fn, ...)` take the `TaskOptions` keyword arguments.
    """

    def run(self, fn: Callable[[], Any], **options: Unpack[TaskOptions]) -> Task:
        return run_task(fn, **options)

    def write(self, fn: Callable[[], Any], **options: Unpack[TaskOptions]) -> Task:
        """A database write: serialised with every other write."""
        return write(fn, **options)

    def running(self) -> list[Task]:
        return running_tasks()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return shutdown(timeout_ms)


def running_tasks() -> list[Task]:
    """Tasks whose outcome has not been delivered yet (e.g. to ask before quitting)."""
    return list(_running)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Cancel every task and wait for the worker threads; True if they all stopped in time.
    Call it when the application quits, before the interpreter shuts down."""
    for task in list(_running):
        task.cancel()
    stopped = True
    for pool in _pools.values():
        stopped = pool.waitForDone(timeout_ms) and stopped
    return stopped
