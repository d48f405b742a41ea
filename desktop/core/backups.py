"""Backups of a SQLite database: daily at start, before bulk actions, by hand; restore; rotation.

Copies are made with SQLite's online backup API (`db.backup.backup_sqlite`), so they are
consistent while Anvis (or another workstation) is using the database. They go into the backup
folder (`paths.backup_dir()`, or the folder set in the setting BACKUP_FOLDER) as

    <database name>-<kind>-<YYYYmmdd-HHMMSS>.sqlite

where kind is `daily`, `manual`, `before-<reason>` (a bulk action, an upgrade, a restore). Of each
kind the newest BACKUPS_KEPT copies are kept (the `before-` kinds count together), and no copy is
kept longer than BACKUP_MAX_DAYS days; older ones are deleted whenever a copy is made and at every
anonymisation (`prune`). That age is how long a copy can still hold what an anonymisation erased
(the copy taken just before anonymising is deleted as soon as the anonymisation is done). A copy
given its own file (`anvis backup --to FILE`) is never rotated.

A shared PostgreSQL database is backed up on the server by IT (pg_dump / the server's backup
system): the functions here then do nothing (`None`) or, asked explicitly, say so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.backup import backup_sqlite
from db.engine import Database, to_url
from db.enums import AuditAction
from db.migrate import known_revisions
from desktop.core import audit, paths, settings
from desktop.core.error_reasons import database_reason, file_reason
from desktop.core.errors import DatabaseProblem, FileProblem, ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace, current_user

BACKUP_FOLDER = settings.scalar_spec(
    "backup_folder", "", str, "Backup folder (empty: the backups folder of Anvis)", "backup"
)
BACKUP_MAX_DAYS = settings.scalar_spec(
    "backup_max_days", 30, int, "Days a backup copy is kept at most", "backup"
)
MAX_KEPT = 365
MAX_DAYS = 3650
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>daily|manual|before-[\w.-]+?)-(?P<stamp>\d{8}-\d{6})")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # daily, manual, before-...
    made: dt.datetime  # local time, from the name
    size: int

    @property
    def group(self) -> str:
        return "before" if self.kind.startswith("before-") else self.kind


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None  # the replaced database, kept in the backup folder
    revision: str


def sqlite_path(target: str | Path) -> Path | None:
    """The file of a SQLite database given as a path or URL; None for a server database."""
    url = to_url(target)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def folder_for(ws: Workspace | None = None) -> Path:
    """The backup folder: the setting if the desk set one, else Anvis's own."""
    if ws is not None:
        with ws.read() as session:
            chosen = settings.get(session, BACKUP_FOLDER, on=ws.today()).strip()
        if chosen:
            return Path(chosen).expanduser()
    return paths.backup_dir()


def kept(ws: Workspace | None) -> int:
    if ws is None:
        return settings.BACKUPS_KEPT.default
    with ws.read() as session:
        value = settings.get(session, settings.BACKUPS_KEPT, on=ws.today())
    return max(1, min(MAX_KEPT, int(value)))


def max_days(ws: Workspace | None) -> int:
    """How many days a copy is kept at most: also how long it can hold what was erased."""
    if ws is None:
        return BACKUP_MAX_DAYS.default
    with ws.read() as session:
        value = settings.get(session, BACKUP_MAX_DAYS, on=ws.today())
    return max(1, min(MAX_DAYS, int(value)))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-")[:40] or "action"


def backup_name(database: Path, kind: str, moment: dt.datetime | None = None) -> str:
    stamp = (moment or dt.datetime.now()).strftime(_STAMP)
    return f"{database.stem}-{kind}-{stamp}.sqlite"


def list_backups(folder: Path, database: Path | None = None) -> list[BackupFile]:
    """The backups in `folder` (of `database` only, if given), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = _NAME.match(path.name)
        if match is None or (database is not None and match["stem"] != database.stem):
            continue
        try:
            made = dt.datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(path, match["kind"], made, size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def rotate(
    folder: Path,
    database: Path,
    keep: int,
    max_days: int | None = None,
    *,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete all but the newest `keep` backups of each group (daily, manual, before-...), and
    every backup made more than `max_days` days ago."""
    oldest = None if max_days is None else (now or dt.datetime.now()) - dt.timedelta(days=max_days)
    removed = []
    seen: dict[str, int] = {}
    for backup in list_backups(folder, database):
        seen[backup.group] = seen.get(backup.group, 0) + 1
        if seen[backup.group] > keep or (oldest is not None and backup.made < oldest):
            try:
                backup.path.unlink()
            except OSError:
                continue  # in use or read-only: the next rotation tries again
            removed.append(backup.path)
    return removed


def prune(ws: Workspace) -> list[Path]:
    """Apply the rotation to the backup folder now (the anonymisation calls it, so that no copy
    older than the rotation allows still holds what it erased). Nothing on a server database."""
    source = ws.database.sqlite_path
    if source is None:
        return []
    return rotate(folder_for(ws), source, kept(ws), max_days(ws))


def discard(copy: Path) -> None:
    """Delete a copy that must not outlive its purpose (the one taken before anonymising)."""
    copy.unlink(missing_ok=True)


def _unique(folder: Path, name: str) -> Path:
    """A file name in `folder` no other copy has or is being written to. The name is reserved
    by creating its `.partial` file (where `db.backup.backup_sqlite` writes the copy): two
    workstations backing up in the same second then write two copies, not one file at once."""
    folder.mkdir(parents=True, exist_ok=True)
    number = 0
    while True:
        target = folder / (name if number == 0 else name.replace(".sqlite", f"-{number}.sqlite"))
        number += 1
        if target.exists():
            continue
        try:
            target.with_name(target.name + ".partial").open("xb").close()
        except FileExistsError:
            continue
        return target


def _record(ws: Workspace, action: AuditAction, details: dict[str, object]) -> None:
    with ws.write() as session:
        audit.record(session, action, "database", None, details=details)


def backup(
    ws: Workspace, kind: str = "manual", *, to: Path | None = None, folder: Path | None = None
) -> Path:
    """Copy the open SQLite database now; returns the copy. Rotates the folder afterwards.

    Raises DatabaseProblem on a server database and FileProblem when the copy cannot be written.
    """
    source = ws.database.sqlite_path
    if source is None:
        raise DatabaseProblem(
            translate(
                "Backups",
                "A shared database on a server is backed up on the server (pg_dump or the "
                "server's backup system). Ask IT; Anvis makes no copies of it.",
            )
        )
    where = folder or folder_for(ws)
    target = to if to is not None else _unique(where, backup_name(source, kind))
    try:
        backup_sqlite(source, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # the name reserved by `_unique`
            target.with_name(target.name + ".partial").unlink(missing_ok=True)
        reason = file_reason(exc) if isinstance(exc, OSError) else database_reason(exc)
        raise FileProblem(
            translate("Backups", "The backup copy {path} could not be written: {reason}").format(
                path=target, reason=reason
            )
        ) from exc
    _record(ws, AuditAction.BACKUP, {"file": target.name, "kind": kind})
    if to is None:
        rotate(where, source, kept(ws), max_days(ws))
    return target


def daily_backup(ws: Workspace, *, folder: Path | None = None) -> Path | None:
    """At start: a copy if none was made today (None if there is one, or on a server)."""
    source = ws.database.sqlite_path
    if source is None or not source.exists():
        return None
    where = folder or folder_for(ws)
    today = dt.datetime.now().strftime("%Y%m%d")
    if any(
        b.kind == "daily" and b.made.strftime("%Y%m%d") == today
        for b in list_backups(where, source)
    ):
        rotate(where, source, kept(ws), max_days(ws))  # copies that came of age since
        return None
    return backup(ws, "daily", folder=where)


def backup_before(ws: Workspace, reason: str) -> Path | None:
    """Before a bulk action (a big import, anonymisation, a merge ...): a copy to go back to.
    `reason` is a short English word or two for the file name ("import", "anonymise").
    None on a server database (IT backs it up)."""
    if ws.database.sqlite_path is None:
        return None
    return backup(ws, f"before-{_slug(reason)}")


# --- restore ---------------------------------------------------------------------------------


def _revision_of(path: Path) -> str:
    """The schema revision of an intact Anvis SQLite file, or FileProblem saying what is wrong."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise FileProblem(
            translate("Backups", "{name} cannot be read: {reason}").format(
                name=path.name, reason=file_reason(exc)
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise FileProblem(
            translate("Backups", "{name} is not an Anvis database (not a SQLite file).").format(
                name=path.name
            )
        )
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if "alembic_version" in tables
            else None
        )
    except sqlite3.DatabaseError as exc:
        raise FileProblem(
            translate("Backups", "{name} cannot be used: {reason}").format(
                name=path.name, reason=database_reason(exc)
            )
        ) from exc
    finally:
        conn.close()
    if integrity != ["ok"]:
        raise FileProblem(
            translate("Backups", "{name} is damaged (the integrity check failed).").format(
                name=path.name
            )
        )
    if revision is None:
        raise FileProblem(
            translate("Backups", "{name} is not an Anvis database.").format(name=path.name)
        )
    known = known_revisions()
    if revision[0] not in known:
        raise FileProblem(
            translate(
                "Backups",
                "{name} was made by a newer version of Anvis; install it before restoring.",
            ).format(name=path.name)
        )
    return str(revision[0])


def check_backup(path: Path) -> str:
    """The schema revision of a backup file that can be restored; FileProblem if it cannot."""
    return _revision_of(path)


def restore(target: str | Path, source: Path, *, folder: Path | None = None) -> RestoreResult:
    """Replace the SQLite database `target` by the backup `source`.

    Refuses (FileProblem / DatabaseProblem, nothing changed) when `source` is not an intact Anvis
    database or is newer than this Anvis, when the database is open elsewhere (another window or
    workstation: close Anvis there first), and for a server database (IT restores those). The
    replaced database is first copied to the backup folder (kind `before-restore`). The copy is
    written into the database file with the backup API in one transaction, so an interrupted
    restore leaves the old database. An older backup is upgraded when Anvis next opens it.
    """
    database = sqlite_path(target)
    if database is None:
        raise DatabaseProblem(
            translate(
                "Backups",
                "A shared database on a server is restored on the server (pg_restore). Ask IT.",
            )
        )
    source = source.expanduser().resolve()
    if database.exists() and source == database.resolve():
        raise FileProblem(translate("Backups", "That file is the database itself."))
    revision = _revision_of(source)
    where = folder or paths.backup_dir()
    previous = None
    database.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        try:
            # Leaving WAL mode needs the only connection: proof that nobody else has it open.
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError as exc:
            mode = str(exc)
        if str(mode).lower() != "delete":
            raise DatabaseProblem(
                translate(
                    "Backups",
                    "The database {path} is open in Anvis on this or another workstation. Close "
                    "Anvis there, then restore again.",
                ).format(path=database)
            )
        has_data = bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        if has_data:
            where.mkdir(parents=True, exist_ok=True)
            previous = _unique(where, backup_name(database, "before-restore"))
            partial = previous.with_name(previous.name + ".partial")
            copy = sqlite3.connect(partial)
            try:
                conn.backup(copy)
            finally:
                copy.close()
            partial.replace(previous)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            src.backup(conn)  # all pages in one step: the old database or the new, never half
        finally:
            src.close()
    finally:
        conn.close()
    restored = Database(database)
    try:
        with restored.write(current_user()) as session:
            session.info["workstation"] = _workstation()
            audit.record(
                session,
                AuditAction.RESTORE,
                "database",
                None,
                details={
                    "file": source.name,
                    "sha256": _sha256(source),
                    "previous_copy": previous.name if previous else None,
                },
            )
    finally:
        restored.dispose()
    return RestoreResult(source, previous, revision)


def _workstation() -> str:
    return socket.gethostname()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def set_policy(ws: Workspace, folder: str, keep: int, days: int | None = None) -> None:
    """The desk's backup folder ('' = Anvis's own), how many copies of each kind to keep and
    for how many days at most (unchanged if `days` is None)."""
    problems: dict[str, str] = {}
    if not 1 <= keep <= MAX_KEPT:
        problems["keep"] = translate("Backups", "Keep between 1 and 365 copies.")
    if days is not None and not 1 <= days <= MAX_DAYS:
        problems["days"] = translate("Backups", "Keep copies between 1 and 3650 days.")
    chosen = folder.strip()
    if chosen:
        path = Path(chosen).expanduser()
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / ".anvis-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError:
            problems["folder"] = translate(
                "Backups", "Anvis cannot write in that folder. Choose another one."
            )
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    with ws.write() as session:
        settings.put(session, BACKUP_FOLDER, chosen, ws.today())
        settings.put(session, settings.BACKUPS_KEPT, keep, ws.today())
        if days is not None:
            settings.put(session, BACKUP_MAX_DAYS, days, ws.today())


def backups_of(ws: Workspace) -> list[BackupFile]:
    """The backups of the open database, newest first (none for a server database)."""
    source = ws.database.sqlite_path
    return [] if source is None else list_backups(folder_for(ws), source)
