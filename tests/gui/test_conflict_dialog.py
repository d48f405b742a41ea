"""The conflict dialog: who changed the record and when, Compare field by field, Reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from db.models import Organisation
from desktop.core import locking
from desktop.core.errors import Conflict, ValidationError
from desktop.core.locking import RecordConflict
from desktop.core.workspace import Workspace, open_workspace
from desktop.ui.dialogs.conflict import (
    RELOAD,
    ConflictDialog,
    handle_conflict,
    save_with_conflict_check,
)
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def conflict(
    tmp_path: Path, sqlite_workspace: Workspace
) -> Iterator[tuple[RecordConflict, Workspace, int]]:
    anna = open_workspace(tmp_path / "anvis.sqlite", user="anna")
    with anna.write() as session:
        org = Organisation(number="145", name="Himmerland", phone="98 11 22 33")
        session.add(org)
        session.flush()
        org_id, loaded = org.id, org.version
    locking.save(anna, Organisation, org_id, loaded, {"name": "Himmerland Boligforening"})
    with pytest.raises(RecordConflict) as caught:
        locking.save(
            sqlite_workspace,
            Organisation,
            org_id,
            loaded,
            {"name": "Himmerland B.", "phone": "98 11 22 33"},
        )
    yield caught.value, sqlite_workspace, org_id
    anna.close()


def test_the_dialog_says_who_and_when_and_compares(qtbot, conflict) -> None:
    error, _, _ = conflict
    dialog = ConflictDialog(error, {"name": "Name", "phone": "Phone"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert "anna changed this record at" in dialog.view.headline.text()
    assert "Nothing of your changes was saved" in dialog.view.message.text()
    assert not dialog.view.table.isVisible()

    dialog.view.compare.click()
    table = dialog.view.table
    assert table.isVisible()
    rows = [
        tuple(table.model().index(r, c).data() for c in range(3))
        for r in range(table.model().rowCount())
    ]
    assert rows == [
        ("Name ≠", "Himmerland B.", "Himmerland Boligforening"),
        ("Phone", "98 11 22 33", "98 11 22 33"),
    ]
    dialog.view.compare.click()
    assert not table.isVisible()


def test_reload_and_cancel(qtbot, conflict) -> None:
    error, _, _ = conflict
    reloaded: list[bool] = []
    dialog = handle_conflict(None, error, lambda: reloaded.append(True))
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.view.reload.click()
    assert dialog.choice == RELOAD
    assert reloaded == [True]

    dialog = handle_conflict(None, error, lambda: reloaded.append(True))
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.view.cancel.click()
    assert reloaded == [True]  # Cancel goes back to the edit: nothing reloaded, nothing saved


def test_a_plain_conflict_has_nothing_to_compare(qtbot) -> None:
    dialog = ConflictDialog(Conflict("Someone else changed the vacancy.", "kim", None))
    qtbot.addWidget(dialog)
    assert dialog.view.headline.text() == "kim changed this record."
    assert not dialog.view.compare.isEnabled()


def test_a_page_save_that_conflicts_opens_the_dialog(qtbot, conflict) -> None:
    _, ws, org_id = conflict
    page = QWidget()
    qtbot.addWidget(page)
    saved: list[object] = []
    reloaded: list[bool] = []
    task = save_with_conflict_check(
        page,
        TaskRunner(),
        lambda: locking.save(ws, Organisation, org_id, 1, {"name": "Stale"}),
        on_saved=saved.append,
        on_reload=lambda: reloaded.append(True),
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog)]
    assert len(dialogs) == 1
    assert saved == []
    dialogs[0].view.reload.click()
    assert reloaded == [True]

    task = save_with_conflict_check(
        page,
        TaskRunner(),
        lambda: locking.save(ws, Organisation, org_id, 2, {"name": "Fresh"}),
        on_saved=saved.append,
        on_reload=lambda: reloaded.append(True),
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert saved == [3]


def test_other_problems_are_a_plain_message(qtbot) -> None:
    assert handle_conflict(None, ValidationError("The name is missing."), lambda: None) is None
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and "name is missing" in w.accessibleName()
    ]
    assert boxes
    for box in boxes:
        box.close()
