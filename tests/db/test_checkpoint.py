"""The write-ahead log of a SQLite database is checkpointed in the background: a commit does
not wait for the copy, and the copy still happens (the WAL does not grow without end)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db.checkpoint import WAL_KEPT_BYTES
from db.engine import Database


def _write_pages(database: Database, rows: int) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, data BLOB)"))
        conn.execute(
            text("INSERT INTO filler (data) VALUES (randomblob(1000))"),
            [{} for _ in range(rows)],
        )


def test_a_big_commit_is_copied_into_the_database_file_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "anvis.sqlite"
    database = Database(path)
    try:
        _write_pages(database, 6_000)  # about 6 MB: past the 1,000 pages of a checkpoint
        assert database.checkpointer is not None
        database.checkpointer.wait()
        assert path.stat().st_size > 5_000_000  # the pages are in the file, not only the WAL
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM filler")).scalar() == 6_000
    finally:
        database.dispose()


def test_small_commits_leave_the_wal_alone_until_it_has_grown(tmp_path: Path) -> None:
    path = tmp_path / "anvis.sqlite"
    database = Database(path)
    try:
        _write_pages(database, 10)
        assert database.checkpointer is not None
        database.checkpointer.wait()
        assert path.stat().st_size < 100_000
        assert Path(f"{path}-wal").stat().st_size > 10_000  # still in the log
    finally:
        database.dispose()


def test_a_wal_once_copied_does_not_start_a_checkpoint_after_every_small_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "anvis.sqlite"
    database = Database(path)
    try:
        _write_pages(database, 6_000)
        checkpointer = database.checkpointer
        assert checkpointer is not None
        checkpointer.wait()
        started: list[str] = []
        monkeypatch.setattr(checkpointer, "run", lambda mode="PASSIVE": started.append(mode))
        for _ in range(5):
            _write_pages(database, 1)
            checkpointer.wait()
        assert started == []  # the log starts over small: nothing to copy yet
        assert Path(f"{path}-wal").stat().st_size <= WAL_KEPT_BYTES
    finally:
        database.dispose()


def test_everything_committed_is_there_after_closing_and_opening_again(tmp_path: Path) -> None:
    path = tmp_path / "anvis.sqlite"
    database = Database(path)
    _write_pages(database, 1_500)
    database.dispose()
    again = Database(path)
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM filler")).scalar() == 1_500
    finally:
        again.dispose()
