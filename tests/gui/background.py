"""Waiting for the background tasks a GUI test started: saves run on the write worker, and their
outcome reaches the window through its event loop (so a test waits for it, never sleeps)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui import tasks
from desktop.ui.tasks import State, Task


def finish(qtbot: QtBot, task: Task | None, timeout: int = 10_000) -> Task:
    """Wait for `task`'s outcome (its callbacks have run then); returns the task."""
    assert task is not None, "no background task was started"
    if task.is_running:  # the outcome comes through the event loop, so it cannot be missed
        with qtbot.waitSignal(task.finished, timeout=timeout):
            pass
    return task


def succeeded(qtbot: QtBot, task: Task | None) -> bool:
    """Wait for `task`; True when it ended with a result - False when it ended otherwise (a
    refusal, a bug, a cancel) or none was started (e.g. the form refused its input itself)."""
    return task is not None and finish(qtbot, task).state is State.DONE


def settle(qtbot: QtBot, timeout: int = 10_000) -> None:
    """Until every task started has delivered its outcome."""
    qtbot.waitUntil(lambda: not tasks.running_tasks(), timeout=timeout)
