"""The window's thread never writes to the database.

A write transaction waits for the database's write lock, up to the busy timeout (10 s) while
another workstation saves; on the window's thread that wait would freeze the window. So the
window hands every write to the one write worker (`tasks.write(...)`, `desktop.ui.tasks`).

`Workspace.write()` calls the guard installed with `desktop.core.workspace.guard_writes` first.
A write reached from window code (a `desktop.ui` module or the composition root `desktop.app`)
on the main thread is a bug: `refuse` raises `WriteOnWindowThread` (the tests install it, so a
test that drives such a write fails), `report` logs it with the stack and lets the write go on
(the installed program: a frozen moment is better than a lost save). Code outside the window,
such as the command line or a test's own set-up, writes on the main thread as it likes.

Qt-free, so the test set-up installs it without a QApplication.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import FrameType

log = logging.getLogger(__name__)


class WriteOnWindowThread(RuntimeError):
    """A bug: window code wrote to the database on the window's thread."""


def _is_window_code(module: str) -> bool:
    return module == "desktop.app" or (module.startswith("desktop.ui.") and module != __name__)


def window_caller() -> str | None:
    """The window function that reached the current write on the window's thread, or None."""
    if threading.current_thread() is not threading.main_thread():
        return None
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        module = str(frame.f_globals.get("__name__", ""))
        if _is_window_code(module):
            return f"{module}.{frame.f_code.co_qualname}"
        frame = frame.f_back
    return None


def message(caller: str) -> str:
    return (
        f"{caller} writes to the database on the window's thread, where waiting for another "
        "workstation's lock freezes the window; hand the write to tasks.write(...)"
    )


def refuse() -> None:
    """The guard of the tests: a write from window code on the window's thread raises."""
    caller = window_caller()
    if caller is not None:
        raise WriteOnWindowThread(message(caller))


def report() -> None:
    """The guard of the installed program: such a write is logged with its stack, then done."""
    caller = window_caller()
    if caller is not None:
        log.error("%s", message(caller), stack_info=True)
