"""The background-task helper: outcomes on the GUI thread, progress, cancel, serialised writes."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop.core.errors import NotFound, ValidationError
from desktop.ui import tasks
from desktop.ui.tasks import Progress, State, as_progress, run_task


@pytest.fixture(autouse=True)
def _drain_pools() -> Iterator[None]:
    yield
    assert tasks.shutdown(5000), "a worker thread did not stop"
    assert not tasks.running_tasks()


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """An event the work waits on; always released at the end so no thread hangs."""
    event = threading.Event()
    yield event
    event.set()


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 6 * 7

    def done(result):
        seen["result"] = result
        seen["callback"] = threading.current_thread() is threading.main_thread()

    task = run_task(work, on_done=done)
    with qtbot.waitSignal(task.finished):
        pass
    assert seen == {"worker": False, "result": 42, "callback": True}
    assert task.state is State.DONE
    assert task.result == 42


def test_generator_progress_and_return_value(qtbot):
    def work():
        for i in range(1, 4):
            yield (i, 3, f"row {i}")
        return "imported"

    progressed = []
    results = []
    task = run_task(work, on_done=results.append)
    task.progressed.connect(progressed.append)
    with qtbot.waitSignal(task.finished):
        pass
    assert results == ["imported"]
    # progress may be coalesced, but the last step always arrives before the result
    assert progressed[-1] == Progress(3, 3, "row 3")
    assert task.progress == Progress(3, 3, "row 3")
    assert all(p.total == 3 for p in progressed)


def test_user_error_goes_to_on_error_and_not_to_the_bug_handler(qtbot):
    def work():
        raise NotFound("The applicant no longer exists.")

    errors = []
    done = []
    task = run_task(work, on_done=done.append, on_error=errors.append)
    with qtbot.captureExceptions() as bugs, qtbot.waitSignal(task.finished):
        pass
    assert [e.message for e in errors] == ["The applicant no longer exists."]
    assert not done
    assert not bugs
    assert task.state is State.FAILED


def test_user_error_without_on_error_shows_its_message(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    task = run_task(
        lambda: (_ for _ in ()).throw(ValidationError("Fill in the address.")), parent=owner
    )
    with qtbot.waitSignal(task.finished):
        pass
    boxes = [box for box in owner.findChildren(QMessageBox) if box.isVisible()]
    assert [box.text() for box in boxes] == ["Fill in the address."]
    assert boxes[0].detailedText() == ""  # an expected problem: no traceback
    for box in boxes:
        box.close()


def test_a_bug_goes_to_the_global_exception_hook(qtbot):
    done = []
    errors = []
    task = run_task(lambda: 1 / 0, on_done=done.append, on_error=errors.append)
    with qtbot.captureExceptions() as bugs, qtbot.waitSignal(task.finished):
        pass
    assert [type(b[1]) for b in bugs] == [ZeroDivisionError]
    assert not done
    assert not errors
    assert isinstance(task.error, ZeroDivisionError)


def test_a_bug_in_the_callback_is_reported_and_the_task_still_finishes(qtbot):
    def done(_result):
        raise KeyError("callback")

    task = run_task(lambda: 1, on_done=done)
    with qtbot.captureExceptions() as bugs, qtbot.waitSignal(task.finished):
        pass
    assert [type(b[1]) for b in bugs] == [KeyError]
    assert task.state is State.DONE


def test_progress_dialog_appears_after_the_delay_and_shows_progress(qtbot, gate):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()

    def work():
        yield Progress(1, 4, "Reading the workbook")
        gate.wait(10)
        yield Progress(4, 4, "Done")
        return "ok"

    task = run_task(work, parent=owner, progress="Importing vacancies")
    assert task.progress_dialog is None  # never at once: only after ~0.5 s
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.isVisible())
    dialog = task.progress_dialog
    qtbot.waitUntil(lambda: dialog.value() == 1)
    assert dialog.maximum() == 4
    assert "Importing vacancies" in dialog.labelText()
    assert "Reading the workbook" in dialog.labelText()
    with qtbot.waitSignal(task.finished):
        gate.set()
    assert task.result == "ok"
    assert task.progress_dialog is None
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_cancel_stops_the_generator_and_reports_cancelled(qtbot, gate):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    steps = []
    cleaned_up = threading.Event()

    def work():
        try:
            for i in range(1, 1001):
                steps.append(i)
                yield (i, 1000, "")
                if i == 1:
                    gate.wait(10)
            return "everything"
        finally:
            cleaned_up.set()  # e.g. the rollback of ws.write()

    done = []
    cancelled = []
    task = run_task(
        work,
        parent=owner,
        progress="Sending letters",
        on_done=done.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.isVisible())
    button = task.progress_dialog.findChild(QPushButton)
    assert button.text() == "Cancel"
    with qtbot.waitSignal(task.finished):
        button.click()
        gate.set()
    assert task.state is State.CANCELLED
    assert isinstance(task.error, tasks.Cancelled)
    assert cancelled == [True]
    assert not done  # never a half result
    assert steps == [1, 2]  # the step under way finished; stopped at its yield
    assert cleaned_up.is_set()


def test_cancel_before_start_never_runs_a_plain_function(qtbot, gate):
    started = []
    blocker = run_task(lambda: gate.wait(10), write=True)
    queued = run_task(lambda: started.append(True), write=True)
    queued.cancel()
    with qtbot.waitSignal(queued.finished):
        gate.set()
    assert queued.state is State.CANCELLED
    assert not started
    qtbot.waitUntil(lambda: not blocker.is_running)


def test_writes_run_one_at_a_time_in_order(qtbot, gate):
    log = []

    def first():
        log.append("first starts")
        gate.wait(10)
        log.append("first ends")

    one = run_task(first, write=True)
    two = run_task(lambda: log.append("second starts"), write=True)
    qtbot.waitUntil(lambda: "first starts" in log)
    # a read is not held up by the running write
    read = run_task(lambda: "read")
    with qtbot.waitSignal(read.finished):
        pass
    assert "second starts" not in log
    with qtbot.waitSignal(two.finished):
        gate.set()
    assert log == ["first starts", "first ends", "second starts"]
    assert one.state is State.DONE


def test_destroyed_owner_cancels_and_gets_no_callback(qtbot, gate):
    owner = QWidget()

    waiting = threading.Event()

    def work():
        yield (0, 0, "")
        waiting.set()
        gate.wait(10)
        yield (1, 0, "")
        return "late"

    done = []
    errors = []
    task = run_task(work, parent=owner, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(waiting.is_set)
    owner.deleteLater()
    qtbot.waitUntil(lambda: task._owner_gone)
    with qtbot.waitSignal(task.finished):
        gate.set()
    assert task.state is State.CANCELLED
    assert not done


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (Progress(1, 2, "a"), Progress(1, 2, "a")),
        ((3, 10), Progress(3, 10, "")),
        ((3, None, "x"), Progress(3, 0, "x")),
        (type("P", (), {"done": 5, "total": 9, "text": "t"})(), Progress(5, 9, "t")),
        ("anything else", Progress(0, 0, "")),
    ],
)
def test_progress_items_are_read_leniently(item, expected):
    assert as_progress(item) == expected


def _import_events(ws, count, gate=None):
    """A write in the shape of an importer: one transaction, progress per row."""
    from db.enums import AuditAction
    from desktop.core import audit

    with ws.write() as session:
        for number in range(1, count + 1):
            audit.record(session, AuditAction.IMPORT, "vacancy", number)
            session.flush()
            yield (number, count, f"row {number}")
            if gate is not None and number == 2:
                gate.wait(10)
    return count


def _event_count(ws) -> int:
    from sqlalchemy import func, select

    from db.models.audit import AuditEvent

    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_a_cancelled_write_leaves_nothing_behind(qtbot, sqlite_workspace, gate):
    ws = sqlite_workspace
    task = run_task(lambda: _import_events(ws, 10, gate), write=True, progress="Importing")
    qtbot.waitUntil(lambda: task.progress.done == 2)
    with qtbot.waitSignal(task.finished):
        task.cancel()
        gate.set()
    assert task.state is State.CANCELLED
    assert _event_count(ws) == 0  # the transaction was rolled back as a whole

    task = run_task(lambda: _import_events(ws, 10), write=True, progress="Importing")
    with qtbot.waitSignal(task.finished):
        pass
    assert task.result == 10
    assert _event_count(ws) == 10


def test_the_runner_pages_get_runs_reads_and_serialised_writes(qtbot, gate):
    runner = tasks.TaskRunner()
    log = []

    def slow_write():
        log.append("write 1")
        gate.wait(10)

    first = runner.write(slow_write)
    second = runner.write(lambda: log.append("write 2"))
    qtbot.waitUntil(lambda: log == ["write 1"])
    assert set(runner.running()) == {first, second}
    read = runner.run(lambda: "read", on_done=log.append)
    with qtbot.waitSignal(read.finished):
        pass
    with qtbot.waitSignal(second.finished):
        gate.set()
    assert log == ["write 1", "read", "write 2"]
    assert runner.shutdown(5000)


def test_escape_in_the_progress_dialog_cancels(qtbot, gate):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()

    def work():
        yield (1, 3, "")
        gate.wait(10)
        yield (2, 3, "")
        return "all"

    task = run_task(work, parent=owner, progress="Exporting", delay_ms=0)
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.isVisible())
    with qtbot.waitSignal(task.finished):
        qtbot.keyClick(task.progress_dialog, Qt.Key.Key_Escape)
        gate.set()
    assert task.state is State.CANCELLED
    assert task.result is None


def test_busy_widgets_are_disabled_while_the_task_runs(qtbot, gate):
    save, other = QPushButton("Save"), QPushButton("Already off")
    qtbot.addWidget(save)
    qtbot.addWidget(other)
    other.setEnabled(False)
    seen_in_callback = []
    task = tasks.write(
        gate.wait,
        on_done=lambda _result: seen_in_callback.append(save.isEnabled()),
        busy=[save, other],
    )
    assert not save.isEnabled()  # a second click cannot start a second save
    gate.set()
    with qtbot.waitSignal(task.finished):
        pass
    assert seen_in_callback == [True]  # enabled again before the outcome's callback
    assert save.isEnabled()
    assert not other.isEnabled()  # a widget that was off stays off


def test_busy_widgets_come_back_after_a_refusal_and_a_bug(qtbot):
    save = QPushButton("Save")
    qtbot.addWidget(save)
    errors = []
    refused = tasks.write(
        lambda: (_ for _ in ()).throw(NotFound("Gone.")), on_error=errors.append, busy=[save]
    )
    with qtbot.waitSignal(refused.finished):
        pass
    assert [e.message for e in errors] == ["Gone."]
    assert save.isEnabled()  # the user can try again
    crashed = tasks.write(lambda: 1 / 0, busy=[save])
    with qtbot.captureExceptions(), qtbot.waitSignal(crashed.finished):
        pass
    assert save.isEnabled()


def test_a_write_that_keeps_the_worker_busy_says_so_until_it_ends(qtbot, gate):
    changes = []
    tasks.write_waits().changed.connect(changes.append)
    quick = tasks.write(lambda: None)
    with qtbot.waitSignal(quick.finished):
        pass
    assert changes == []  # a quick save: nothing to say
    slow = tasks.write(gate.wait)
    queued = tasks.write(lambda: None)  # waits behind it
    with qtbot.waitSignal(tasks.write_waits().changed, timeout=3000):
        pass
    assert changes == [True]
    assert tasks.write_waits().waiting
    gate.set()
    with qtbot.waitSignal(queued.finished):
        pass
    assert slow.state is State.DONE
    assert changes == [True, False]  # once, however many saves were waiting
    assert not tasks.write_waits().waiting


def test_a_write_with_its_own_progress_dialog_is_not_counted_as_waiting(qtbot, gate):
    changes = []
    tasks.write_waits().changed.connect(changes.append)
    task = tasks.write(gate.wait, progress="Importing", delay_ms=60_000)
    qtbot.wait(tasks.WAIT_NOTICE_MS + 300)
    gate.set()
    with qtbot.waitSignal(task.finished):
        pass
    assert changes == []


def test_work_that_ends_after_its_task_was_freed_drops_its_outcome_quietly(
    qtbot, gate, monkeypatch
):
    """When Anvis ends while work still runs, the interpreter frees the task first: the work's
    outcome has no one to go to, and must not end in a traceback."""
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *error: reported.append(error))
    started = threading.Event()

    def work():
        started.set()
        gate.wait(10)
        return 42

    task = run_task(work)
    qtbot.waitUntil(started.is_set)
    tasks._running.discard(task)  # as the interpreter frees it at the end
    shiboken6.delete(task)
    gate.set()
    assert tasks.shutdown(5000)
    assert reported == []


@pytest.mark.parametrize("error", [ValidationError("Forkert værdi"), RuntimeError("a bug")])
def test_a_failed_task_is_freed_on_the_window_thread_without_a_collection(
    qtbot, monkeypatch, error
):
    """A task whose work raised keeps the error, but not the worker's frame through its
    traceback: that would make a reference cycle, which Python's collector may free later on
    whichever thread it happens to run, and a Qt object must be deleted on its own thread."""
    monkeypatch.setattr(sys, "excepthook", lambda *error: None)

    def work():
        raise error

    gc.collect()
    gc.disable()  # (only the reference counts may free the task here)
    try:
        task = run_task(work, on_error=lambda error: None)
        with qtbot.waitSignal(task.finished):
            pass
        assert task.state is State.FAILED
        assert task.error is error
        gone = weakref.ref(task)
        del task
        qtbot.wait(10)  # the queued reports are delivered
        assert gone() is None
    finally:
        gc.enable()
