"""The locking soak on SQLite and PostgreSQL: two workstations (processes) making 200 random
edits each of the same records of every kind. No update may be lost; the figures are printed
(see tests/db/two_desks/soak.py)."""

from __future__ import annotations

import pytest

from desktop.core.workspace import Workspace
from tests.db.two_desks import soak


@pytest.mark.slow
def test_two_desks_editing_the_same_records_lose_no_update(
    workspace: Workspace, migrated_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    report = soak.run(migrated_url, desks=2, edits=200)
    backend = "SQLite" if workspace.database.is_sqlite else "PostgreSQL"
    with capsys.disabled():
        print(f"\nlocking soak on {backend}, 2 desks x 200 edits:", *report.lines(), sep="\n  ")
    assert report.raw == []
    assert report.lost == []
    assert report.edits == 400
    assert sum(report.conflicts.values()) > 0  # the desks did get in each other's way
    assert report.saved > 100  # and most edits went through
