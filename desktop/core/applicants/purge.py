"""After an anonymisation: the erased values leave the database's files too, not only its rows.

A database keeps old versions of changed rows until it reuses their space. SQLite (with
`secure_delete`, see `db.engine`) overwrites freed space at once, but the write-ahead log still
holds the changed pages: it is checkpointed into the file and emptied. PostgreSQL keeps the old
row versions in the table and index files until a vacuum, and even then only marks their space
free: the touched tables are rewritten (`VACUUM FULL`, which writes new files and removes the old
ones; ANALYZE renews the statistics, whose samples may hold values, and the statistics catalogue
is rewritten as well). A rewrite keeps the row versions that a session which started earlier
could still read (or any older transaction of the server), so it first waits for those to end.
Rewriting takes an exclusive lock, so other workstations wait for it (it waits at most
`LOCK_TIMEOUT` per table for its lock, and `WAIT_FOR_SNAPSHOTS_S` for older sessions, before it
gives up and says so).

What a database server keeps elsewhere - its write-ahead log until it is recycled, WAL archives
and the server's backups - is IT's retention to set (see the README).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from desktop.core.workspace import Workspace

LOCK_TIMEOUT = "30s"
WAIT_FOR_SNAPSHOTS_S = 30.0
LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout ran out


def checkpoint(ws: Workspace) -> None:
    """SQLite: move the write-ahead log into the database file and empty it (best effort: a
    reader on another workstation can hold it; the next checkpoint then finishes the job)."""
    with ws.database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.rollback()


def _files(conn: Connection, tables: Sequence[str]) -> dict[str, int]:
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relfilenode FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relname = ANY(:tables)"
        ),
        {"tables": list(tables)},
    )
    return {str(name): int(node) for name, node in rows}


def _older_snapshots_end(conn: Connection) -> bool:
    """Wait until nothing that began before now can still see the erased rows: a rewrite
    copies every row version that the server's oldest horizon keeps. That horizon is held by
    sessions of this database with an older snapshot (an autovacuum worker or another
    workstation's open transaction), and also by any transaction still running in another
    database of the server: the rewrite's own snapshot counts it as running. False if one is
    still there after the wait."""
    started, mark = conn.execute(
        text("SELECT clock_timestamp(), pg_snapshot_xmax(pg_current_snapshot())::text")
    ).one()
    deadline = time.monotonic() + WAIT_FOR_SNAPSHOTS_S
    while True:
        older_here, older_anywhere = conn.execute(
            text(
                "SELECT (SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_xmin IS NOT NULL AND xact_start < :t), "
                "pg_snapshot_xmin(pg_current_snapshot()) < CAST(:mark AS xid8)"
            ),
            {"t": started, "mark": mark},
        ).one()
        if not older_here and not older_anywhere:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


def rewrite_tables(ws: Workspace, tables: Sequence[str]) -> tuple[str, ...]:
    """PostgreSQL: rewrite `tables` so that no old row version stays in their files. Returns
    the tables the server did not rewrite (not the table's owner, locked or read for too long);
    empty when all were rewritten."""
    engine = ws.database.engine.execution_options(isolation_level="AUTOCOMMIT")
    left: list[str] = []
    with engine.connect() as conn:
        if not _older_snapshots_end(conn):
            return tuple(tables)
        before = _files(conn, tables)
        conn.exec_driver_sql(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        try:
            for table in tables:
                try:
                    # (the names come from the models, none from outside)
                    conn.exec_driver_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
                except DBAPIError as exc:  # the erasure is committed: say what is left, go on
                    if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
                        raise
                    left.append(table)
            # The statistics keep sampled column values; only the database's owner may rewrite
            # them (the README's set-up makes the desk's role the owner; others are skipped).
            conn.exec_driver_sql("VACUUM FULL pg_catalog.pg_statistic")
        finally:
            conn.exec_driver_sql("RESET lock_timeout")  # the pooled connection goes on as it was
        after = _files(conn, tables)
    # A rewritten table has a new file; a table the server skipped (not its owner) has not.
    return tuple(t for t in tables if t in left or before.get(t) == after.get(t))
