"""Checkpointing a SQLite database's write-ahead log in the background.

Every commit appends the changed pages to the WAL; a checkpoint copies them into the database
file. SQLite's automatic checkpoint runs inside the commit that makes the WAL pass 1,000 pages,
so whoever saves then waits for it: after an import of 50,000 dwellings that is a copy of tens
of megabytes (150 ms and more) between the last row written and the result on screen. Here the
connections turn the automatic checkpoint off (`PRAGMA wal_autocheckpoint = 0`, see
`db.engine`) and a connection returned to the pool after its work starts a checkpoint on its
own connection in a background thread when the WAL has grown past the same 1,000 pages. The
checkpoint is PASSIVE: it never waits for readers or writers, copies what it can and leaves the
rest to the next one. SQLite itself releases Python's GIL while it copies. Once everything is
copied, the next commit starts the WAL over and cuts its file back (`WAL_KEPT_BYTES`).

Closing the database waits for a running checkpoint (SQLite checkpoints by itself when the last
connection to the file closes). Nothing committed depends on a checkpoint: a crash leaves the
pages in the WAL, and the next opening reads them from there.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

WAL_PAGES = 1_000  # SQLite's own threshold for its automatic checkpoint
# What the WAL file keeps when SQLite starts it over after a complete checkpoint
# (`PRAGMA journal_size_limit`). SQLite reuses the file from its start without shrinking it, so
# a WAL that once grew past the threshold would look full after every later commit and start a
# checkpoint (a thread and a connection) each time; cut back below the threshold it does not.
WAL_KEPT_BYTES = 1_048_576


class Checkpointer:
    """Background checkpoints of one SQLite database file."""

    def __init__(self, path: Path, timeout_s: float) -> None:
        self.path = path
        self.wal = Path(f"{path}-wal")
        self.timeout_s = timeout_s
        self.threshold: int | None = None  # WAL bytes; known once the page size is
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def poke(self, page_size: int) -> None:
        """After a connection's work: start a checkpoint if the WAL has grown enough and none
        is running (a stat of the WAL file otherwise)."""
        if self.threshold is None:
            self.threshold = WAL_PAGES * page_size
        try:
            size = os.stat(self.wal).st_size
        except OSError:
            return
        if size < self.threshold:
            return
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(
                target=self.run, args=("PASSIVE",), name="anvis-checkpoint", daemon=True
            )
            self._thread.start()

    def run(self, mode: str = "PASSIVE") -> None:
        """One checkpoint on a connection of its own (errors are logged: a checkpoint that
        cannot run now is done by a later one)."""
        try:
            connection = sqlite3.connect(self.path, timeout=self.timeout_s)
            try:
                connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            finally:
                connection.close()
        except sqlite3.Error as error:
            log.warning("WAL checkpoint of %s skipped: %s", self.path.name, error)

    def wait(self) -> None:
        """Wait for a running checkpoint (before the database is closed)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()
