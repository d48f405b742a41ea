"""Anonymisation reaches the copies: the copy taken just before a run is deleted once the run is
committed and checked, dated backups are kept no longer than their rotation allows (and the
retention run enforces it), and on PostgreSQL the erased values leave the table files."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from db.enums import ApplicantStatus, AuditAction
from db.models import AuditEvent
from desktop.core import backups
from desktop.core.applicants import privacy, register
from desktop.core.applicants.erasure_check import ErasureIncomplete
from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import SERVER_ONLY, TODAY
from tests.unit.applicants.factories import applicant

LATER = TODAY.replace(year=TODAY.year + 6)
NAME = "Zbigniew Østergård-Quist"
NOTES = "Hunden hedder Fido-Quist"


def _closed_case(ws: Workspace, name: str = NAME, notes: str = NOTES) -> int:
    person = applicant(ws, name, phone="+45 29 87 65 43", notes=notes)
    register.change_status(ws, person, ApplicantStatus.HOUSED)
    return person


def _copies(ws: Workspace, kind: str) -> list[Path]:
    return [b.path for b in backups.backups_of(ws) if b.kind == kind]


def _backup_events(ws: Workspace) -> list[str]:
    with ws.read() as session:
        return [
            str(d["file"])
            for d in session.scalars(
                select(AuditEvent.details).where(AuditEvent.action == AuditAction.BACKUP)
            )
            if d
        ]


def test_the_copy_taken_before_anonymising_goes_once_the_run_is_done(
    sqlite_workspace: Workspace,
) -> None:
    ws = sqlite_workspace
    person = _closed_case(ws)
    kept = backups.backup(ws, "manual")  # an ordinary copy of the same day stays
    ws.clock = lambda: LATER

    assert privacy.anonymise(ws).ids == (person,)

    made = [name for name in _backup_events(ws) if "-before-anonymise-" in name]
    assert len(made) == 1  # the copy was taken before the run ...
    assert _copies(ws, "before-anonymise") == []  # ... and is gone after it
    assert not (backups.folder_for(ws) / made[0]).exists()
    assert _copies(ws, "manual") == [kept]


def test_a_run_whose_check_fails_keeps_the_copy(
    sqlite_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sqlite_workspace
    person = _closed_case(ws)
    ws.clock = lambda: LATER
    monkeypatch.setattr(privacy, "_erase", lambda session, ids: None)  # a bug that erases nothing

    with pytest.raises(ErasureIncomplete, match="1 applicants"):
        privacy.anonymise(ws, [person])

    [copy] = _copies(ws, "before-anonymise")
    with sqlite3.connect(copy) as conn:  # the way back is still there
        assert conn.execute("SELECT name FROM applicant").fetchall() == [(NAME,)]


def _dated_copy(ws: Workspace, kind: str, days_ago: float) -> Path:
    source = ws.database.sqlite_path
    assert source is not None
    made = dt.datetime.now() - dt.timedelta(days=days_ago)
    target = backups.folder_for(ws) / backups.backup_name(source, kind, made)
    backups.backup_sqlite(source, target)
    return target


def test_the_retention_run_deletes_copies_older_than_their_rotation(
    sqlite_workspace: Workspace,
) -> None:
    ws = sqlite_workspace
    assert backups.max_days(ws) == 30  # the default the settings and the README state
    backups.set_policy(ws, "", 14, days=10)
    assert backups.max_days(ws) == 10
    too_old = [_dated_copy(ws, kind, 10.1) for kind in ("daily", "manual", "before-import")]
    young = [_dated_copy(ws, kind, 9.9) for kind in ("daily", "manual", "before-import")]

    result = privacy.anonymise(ws)  # nothing is due: the run still enforces the rotation

    assert result.count == 0
    assert [p.exists() for p in too_old] == [False, False, False]
    assert [p.exists() for p in young] == [True, True, True]


def test_making_a_copy_rotates_by_age_too(sqlite_workspace: Workspace) -> None:
    ws = sqlite_workspace
    backups.set_policy(ws, "", 14, days=7)
    old = _dated_copy(ws, "daily", 8)
    recent = _dated_copy(ws, "daily", 6)
    made = backups.backup(ws, "manual")
    assert (old.exists(), recent.exists(), made.exists()) == (False, True, True)
    assert backups.daily_backup(ws) is not None
    stale = _dated_copy(ws, "before-import", 8)
    assert backups.daily_backup(ws) is None  # today's copy exists: no new one, but a rotation
    assert not stale.exists()


def test_the_rotation_age_is_checked(sqlite_workspace: Workspace) -> None:
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        backups.set_policy(sqlite_workspace, "", 14, days=0)
    assert "days" in refused.value.fields
    assert backups.max_days(sqlite_workspace) == 30


def _superuser(ws: Workspace) -> bool:
    with ws.database.engine.connect() as conn:
        return str(conn.execute(text("SHOW is_superuser")).scalar_one()) == "on"


def _stored_bytes(ws: Workspace) -> bytes:
    """Every byte the database keeps in its files: the SQLite file and its log, or each file of
    the PostgreSQL database's folder (read by the server; needs a superuser)."""
    path = ws.database.sqlite_path
    if path is not None:
        wal = Path(f"{path}-wal")
        return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    chunks = []
    with ws.database.engine.connect() as conn:
        conn.exec_driver_sql("CHECKPOINT")  # what is in shared buffers reaches the files
        folder = "base/" + str(
            conn.execute(
                text("SELECT oid FROM pg_database WHERE datname = current_database()")
            ).scalar_one()
        )
        for name in conn.execute(text("SELECT pg_ls_dir(:f)"), {"f": folder}).scalars():
            if name[0].isdigit():
                chunks.append(
                    conn.execute(
                        text("SELECT pg_read_binary_file(:p)"), {"p": f"{folder}/{name}"}
                    ).scalar_one()
                )
    return b"".join(bytes(c) for c in chunks)


def test_the_erased_values_leave_the_database_files(workspace: Workspace) -> None:
    if not workspace.database.is_sqlite and not _superuser(workspace):
        pytest.skip("reading the server's files needs a superuser")
    person = _closed_case(workspace)
    other = _closed_case(workspace, "Maria Holm-Andersen", "Katten hedder Mis")
    register.change_status(workspace, other, ApplicantStatus.ACTIVE)  # reopened: not due
    before = _stored_bytes(workspace)
    for value in (NAME, NOTES):
        assert value.encode() in before  # so the check below can fail
    workspace.clock = lambda: LATER

    result = privacy.anonymise(workspace)

    assert (result.ids, result.not_rewritten) == ((person,), ())
    after = _stored_bytes(workspace)
    for value in (NAME, NOTES):
        assert value.encode() not in after, value
    assert b"Maria Holm-Andersen" in after  # the others are still there


@pytest.fixture
def desk_role(workspace: Workspace) -> Iterator[str]:
    """A server login that may read and write Anvis's tables but does not own them (as when IT
    sets the database up some other way than the README says)."""
    if not _superuser(workspace):
        pytest.skip("making a role needs a superuser")
    role = f"anvis_clerk_{uuid.uuid4().hex[:8]}"
    url = workspace.database.url
    with workspace.database.engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"')
        conn.exec_driver_sql(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
        conn.commit()
    try:
        yield url.set(username=role, password=None).render_as_string(hide_password=False)
    finally:
        admin = create_engine(make_url(url))
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
            conn.commit()
        admin.dispose()


@SERVER_ONLY
def test_a_server_that_does_not_let_anvis_rewrite_says_so(
    workspace: Workspace, desk_role: str
) -> None:
    person = _closed_case(workspace)
    clerk = open_workspace(desk_role, user="clerk")
    clerk.clock = lambda: LATER
    try:
        result = privacy.anonymise(clerk)
    finally:
        clerk.close()
    assert result.ids == (person,)
    assert set(result.not_rewritten) == set(privacy.ERASED_TABLES)
    warning = result.leftover_warning()
    assert warning is not None
    assert "VACUUM FULL" in warning
    assert "applicant" in warning
    assert register.applicant_view(workspace, person).anonymised  # the erasure itself stands
