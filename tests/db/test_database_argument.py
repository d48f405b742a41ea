"""`--db` does what it says: a URL reaches the server for every command, `demo` included; a file
that is not an Anvis database, or is damaged, ends with exit code 2 and one line; only the demo
(and the window's first start) makes a database, so a mistyped path is refused, never created."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from db.engine import Database
from db.models import Applicant, Department
from desktop.cli.main import main
from desktop.core.workspace import open_workspace
from tests.conftest import TODAY
from tests.unit.applicants.factories import applicant

REPO = Path(__file__).resolve().parents[2]

READING_COMMANDS = [
    ["colour", "088", "2"],
    ["export", "applicants", "--out", "{tmp}/list.xlsx", "--purpose", "Til boligorganisationen"],
    ["backup", "--to", "{tmp}/copy.sqlite"],
    ["offers", "expire"],
    ["privacy", "anonymise", "--dry-run"],
]


def _run(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> tuple[int, str, str]:
    code = main([a.replace("{tmp}", str(tmp_path)) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("anvis: ")
    return lines[0]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_mistyped_path_is_refused_and_never_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    typo = tmp_path / "anvsi.sqlite"
    code, out, err = _run(["--db", str(typo), *command], capsys, tmp_path)
    assert (code, out) == (2, "")
    assert _one_line(err) == f"anvis: The database file does not exist: {typo}"
    assert not typo.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_empty_file_is_not_taken_for_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    code, out, err = _run(["--db", str(empty), "colour", "088", "2"], capsys, tmp_path)
    assert (code, out) == (2, "")
    assert "is empty" in _one_line(err)
    assert empty.read_bytes() == b""


def test_a_file_that_is_not_a_database_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "brev.sqlite"
    letter.write_text("Kære boligsøgende, tak for din ansøgning.\n" * 200, encoding="utf-8")
    code, out, err = _run(["--db", str(letter), "colour", "088", "2"], capsys, tmp_path)
    assert (code, out) == (2, "")
    assert _one_line(err) == f"anvis: {letter} is not an Anvis database. Choose another file."


@pytest.fixture
def desk_file(tmp_path: Path, _sqlite_template: Path) -> Path:
    """A desk's database with a few hundred applicants, closed (as when Anvis is not running)."""
    import shutil

    path = tmp_path / "desk.sqlite"
    shutil.copyfile(_sqlite_template, path)
    ws = open_workspace(path, user="tester")
    ws.clock = lambda: TODAY
    for number in range(300):
        applicant(ws, f"Boligsøgende nr. {number}", notes="x" * 200)
    ws.close()
    return path


def _pages_of(path: Path, table: str) -> tuple[int, int]:
    """(page size, root page) of a table, as SQLite stores it."""
    with sqlite3.connect(path) as conn:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
                0
            ]
        )
    return size, root


def test_a_damaged_file_is_one_line_when_opened(
    desk_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = desk_file.read_bytes()
    desk_file.write_bytes(data[: len(data) // 3])  # cut off, as by a full disk or a bad copy
    code, out, err = _run(["--db", str(desk_file), "colour", "088", "2"], capsys, tmp_path)
    assert (code, out) == (2, "")
    line = _one_line(err)
    assert "is damaged" in line
    assert "anvis restore" in line


def test_a_damaged_page_met_during_a_command_is_one_line(
    desk_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    size, root = _pages_of(desk_file, "applicant")
    with desk_file.open("r+b") as handle:  # the applicants' table is overwritten, not the schema
        handle.seek((root - 1) * size)
        handle.write(b"\xa5" * size)
    code, _out, err = _run(
        ["--db", str(desk_file), "export", "applicants", "--out", str(tmp_path / "l.xlsx"),
         "--purpose", "Til boligorganisationen"],
        capsys, tmp_path,
    )  # fmt: skip
    assert code == 2
    assert "is damaged" in _one_line(err)
    assert not (tmp_path / "l.xlsx").exists()


def test_the_message_is_danish_and_the_process_shows_no_traceback(tmp_path: Path) -> None:
    typo = tmp_path / "anvsi.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "da", "--db", str(typo), "colour", "088", "2"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"anvis: Databasefilen findes ikke: {typo}"]
    assert not typo.exists()


def test_a_url_reaches_the_server_for_every_command_demo_included(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On each backend: the demo is made where --db says (a file, or the server's database),
    and the other commands read it there; nothing is written beside it."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, err = _run(["colour", "--db", database_url, "088", "2"], capsys, tmp_path)
    assert code == 2  # an empty server database, or a file that is not there: nothing made
    assert "is empty" in err or "does not exist" in err

    code, out, err = _run(
        ["demo", "--db", database_url, "--applicants", "30", "--vacancies", "10"], capsys, tmp_path
    )
    assert (code, err) == (0, ""), err
    assert "120 departments" in out

    code, out, err = _run(["--db", database_url, "colour", "088", "2"], capsys, tmp_path)
    assert (code, err) == (0, "")
    assert "088-2" in out
    assert list(work.iterdir()) == []  # no folder named after the URL, no stray file
    database = Database(database_url)
    try:
        assert "applicant" in inspect(database.engine).get_table_names()
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(Applicant)) == 30
            assert session.scalar(select(func.count()).select_from(Department)) == 120
    finally:
        database.dispose()

    code, out, err = _run(["demo", "--db", database_url], capsys, tmp_path)
    assert code == 2  # a demo never replaces a database (a file needs --force; a server, never)
    assert "--force" in err or "not empty" in err
