"""Backups, restore and `anvis check`, through the command line as a desk would use them."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.enums import AuditAction
from db.models import AuditEvent, Organisation
from desktop.cli.main import main
from desktop.core import backups, settings
from desktop.core.demo import DemoSize, create_demo
from desktop.core.errors import DatabaseProblem, FileProblem
from desktop.core.workspace import Workspace, open_workspace


def dump(path: Path) -> list[str]:
    """Every table's schema and rows as SQL text (what `sqlite3 .dump` prints)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _cli(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def _demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "desk.sqlite"
    create_demo(path, DemoSize(applicants=40, vacancies=20))
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the one file
    return path


@pytest.fixture
def demo(_demo_original: Path, tmp_path: Path) -> Path:
    """A desk's database of its own for each test: a copy of one demo (making one takes
    seconds)."""
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(_demo_original, path)
    return path


def test_backup_and_restore_round_trip_gives_an_identical_database(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(demo)
    copy = tmp_path / "copy.sqlite"
    code, out, err = _cli("backup", "--db", str(demo), "--to", str(copy), capsys=capsys)
    assert (code, err) == (0, "")
    assert str(copy) in out
    assert dump(copy) == before

    # the desk goes on working (and the backup itself is in the audit trail)
    ws = open_workspace(demo, user="anna")
    with ws.write() as session:
        session.add(Organisation(number="999", name="Ny Boligforening"))
        for org in session.scalars(select(Organisation).where(Organisation.number != "999")):
            org.phone = "12 34 56 78"
    ws.close()
    changed = dump(demo)
    assert changed != before

    code, out, err = _cli("restore", str(copy), "--yes", "--db", str(demo), capsys=capsys)
    assert (code, err) == (0, "")
    restored = dump(demo)
    restore_events = [
        line for line in restored if 'INSERT INTO "audit_event"' in line and "'restore'" in line
    ]
    assert len(restore_events) == 1
    assert [line for line in restored if line not in restore_events] == before

    # the replaced database was kept, and is the state just before the restore
    (previous,) = [
        b for b in backups.list_backups(backups.folder_for(), demo) if b.kind == "before-restore"
    ]
    assert dump(previous.path) == changed
    assert f"{previous.path}" in out

    code, out, _ = _cli("check", "--db", str(demo), capsys=capsys)
    assert code == 0, out


def test_restore_asks_first_and_without_a_terminal_needs_yes(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "copy.sqlite"
    _cli("backup", "--db", str(demo), "--to", str(copy), capsys=capsys)
    before = dump(demo)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = _cli("restore", str(copy), "--db", str(demo), capsys=capsys)
    assert code == 2
    assert "--yes" in err
    assert dump(demo) == before

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, _ = _cli("restore", str(copy), "--db", str(demo), capsys=capsys)
    assert code == 1
    assert "Replace the database" in out
    assert "Nothing was changed" in out
    assert dump(demo) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Afd;Navn\r\n", "not a SQLite file"),
        (b"", "not a SQLite file"),
        ("foreign", "not an Anvis database"),
        ("damaged", "damaged"),
        ("future", "newer version of Anvis"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_good_backup(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | str,
    message: str,
) -> None:
    bad = tmp_path / "bad.sqlite"
    if content == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
        conn.close()
    elif content in ("damaged", "future"):
        backups.backup_sqlite(demo, bad)
        if content == "future":
            conn = sqlite3.connect(bad)
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()
            conn.close()
        else:
            data = bytearray(bad.read_bytes())
            page = 4096
            for offset in range(page * 3, min(len(data), page * 12), 7):
                data[offset] = 0xFF
            bad.write_bytes(bytes(data))
    else:
        assert isinstance(content, bytes)
        bad.write_bytes(content)
    before = dump(demo)
    code, _, err = _cli("restore", str(bad), "--yes", "--db", str(demo), capsys=capsys)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert dump(demo) == before


def test_restore_refuses_while_the_database_is_open(demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    backups.backup_sqlite(demo, copy)
    ws = open_workspace(demo, user="anna")  # Anvis open on another workstation
    try:
        with ws.read() as session:
            session.execute(text("SELECT 1"))
        with pytest.raises(DatabaseProblem, match="open in Anvis"):
            backups.restore(demo, copy)
    finally:
        ws.close()
    backups.restore(demo, copy)  # once it is closed, fine


def test_daily_backup_once_a_day_with_rotation(sqlite_workspace: Workspace, tmp_path: Path) -> None:
    ws = sqlite_workspace
    folder = tmp_path / "daily"
    with ws.write() as session:
        settings.put(session, settings.BACKUPS_KEPT, 3, dt.date(2026, 1, 1))
    source = ws.database.sqlite_path
    assert source is not None
    folder.mkdir()
    now = dt.datetime.now()
    for day in range(1, 6):  # five older daily copies, from 5 to 1 days ago
        made = (now - dt.timedelta(days=6 - day)).replace(hour=8, minute=0)
        name = backups.backup_name(source, "daily", made)
        backups.backup_sqlite(source, folder / name)

    first = backups.daily_backup(ws, folder=folder)
    assert first is not None
    assert backups.daily_backup(ws, folder=folder) is None  # one a day
    daily = [b for b in backups.list_backups(folder, source) if b.kind == "daily"]
    assert daily[0].path == first
    assert len(daily) == 3  # the newest three are kept
    assert [b.made.date() for b in daily[1:]] == [
        (now - dt.timedelta(days=d)).date() for d in (1, 2)
    ]
    with ws.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.BACKUP)
        ).one()
        assert event.details == {"file": first.name, "kind": "daily"}


def test_backup_before_a_bulk_action_names_it(sqlite_workspace: Workspace) -> None:
    copy = backups.backup_before(sqlite_workspace, "Anonymise 12 cases")
    assert copy is not None
    assert copy.parent == backups.folder_for(sqlite_workspace)
    assert "-before-anonymise-12-cases-" in copy.name
    assert dump(copy) != []


def test_a_server_database_is_backed_up_by_it(workspace: Workspace, tmp_path: Path) -> None:
    if workspace.database.is_sqlite:
        assert backups.backup_before(workspace, "import") is not None
        return
    assert backups.backup_before(workspace, "import") is None
    assert backups.daily_backup(workspace) is None
    with pytest.raises(DatabaseProblem, match="pg_dump"):
        backups.backup(workspace)
    with pytest.raises(DatabaseProblem, match="pg_restore"):
        backups.restore(workspace.database.url.render_as_string(False), tmp_path / "x.sqlite")


def test_check_passes_on_a_good_database(
    workspace: Workspace, migrated_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace.close()
    code, out, err = _cli("check", "--json", "--db", migrated_url, capsys=capsys)
    assert (code, err) == (0, ""), out
    assert '"ok": true' in out
    for check in ("connection", "integrity", "foreign_keys", "schema", "audit"):
        assert f'"check": "{check}"' in out


def test_check_finds_a_row_that_refers_to_a_missing_one(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE department SET organisation_id = 424242 WHERE id = 1")
    conn.commit()
    conn.close()
    code, out, _ = _cli("check", "--db", str(demo), capsys=capsys)
    assert code == 1
    assert "department row 1 refers to a missing organisation" in out


def test_check_finds_damaged_pages(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(demo.read_bytes())
    for offset in range(4096 * 4, 4096 * 20, 5):
        data[offset] = 0x00
    demo.write_bytes(bytes(data))
    code, out, err = _cli("check", "--db", str(demo), capsys=capsys)
    assert code == 1
    assert "PROBLEM" in out
    assert "Traceback" not in out + err


def test_restore_on_a_missing_file(demo: Path, tmp_path: Path) -> None:
    with pytest.raises(FileProblem):
        backups.check_backup(tmp_path / "missing.sqlite")
