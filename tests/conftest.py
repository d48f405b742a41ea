"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database.

Database tests run on SQLite and on PostgreSQL: use the `workspace` fixture and they run on both.
The PostgreSQL variants need a server named by ANVIS_TEST_POSTGRES_URL (`.ci/run` starts one);
without it they are skipped, with the reason.

A test that needs something this machine may lack (PostgreSQL, LibreOffice, a printer) skips with
the reason (`missing(...)`), never passes without checking. With ANVIS_CI=1 (`.ci/run`, which
installs all of it) any skipped test fails the run.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "")  # quiet the offscreen plugin's font lookup


def _find_samples() -> Path:
    """ANVIS_SAMPLES, else the shared folder beside the checkout, else the copy in the repo (a
    clone elsewhere, such as CI's, has no shared folder beside it)."""
    here = Path(__file__).resolve().parent
    for candidate in (
        os.environ.get("ANVIS_SAMPLES"),
        here.parents[1] / "shared" / "samples",
        here / "fixtures" / "samples",
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return here / "fixtures" / "samples"


SAMPLES = _find_samples()

POSTGRES_URL = os.environ.get("ANVIS_TEST_POSTGRES_URL")
TODAY = dt.date(2026, 11, 21)
CI = os.environ.get("ANVIS_CI") == "1"


def missing(what: str) -> NoReturn:
    """Skip the running test: `what` (a program, a server; say how to get it) is not here."""
    pytest.skip(f"missing {what}")


# --- In CI nothing may be skipped -------------------------------------------------------------
# `.ci/run` installs every program and starts every server the tests use, so a skip there means
# a check that silently did not happen: the run fails and lists them.

_skipped: list[str] = []


def _note_skip(report: pytest.CollectReport | pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        _skipped.append(f"{report.nodeid}: {reason}")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _note_skip(report)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _note_skip(report)


def _judges_the_run(config: pytest.Config) -> bool:
    # xdist workers report to the controller, which sees every report and sets the exit code
    return CI and not hasattr(config, "workerinput")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _judges_the_run(session.config) and _skipped and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if _judges_the_run(config) and _skipped:
        terminalreporter.section("skipped, which fails the run with ANVIS_CI=1", red=True)
        for line in _skipped:
            terminalreporter.line(line, red=True)
        terminalreporter.line(
            f"{len(_skipped)} skipped: .ci/run installs what every test needs, so none may skip.",
            red=True,
        )


# --- Isolation ----------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the user's real data folder, preferences, log or database, nor sees
    another test's temporary files (tests run in parallel, and so may other checkouts)."""
    data = tmp_path_factory.mktemp("anvis-data")
    monkeypatch.setenv("ANVIS_DATA_DIR", str(data))
    monkeypatch.delenv("ANVIS_DB", raising=False)
    monkeypatch.delenv("ANVIS_LOG_DIR", raising=False)
    monkeypatch.setenv("ANVIS_LANG", "en")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("tmp")))


@pytest.fixture(autouse=True)
def _qt_garbage_on_window_thread(request: pytest.FixtureRequest):
    """After a window test, the Python wrappers of its widgets that are left in reference cycles
    are collected here, on the window's thread. Left alone, the next collection may run on a
    worker thread of a later test and destroy Qt objects there, which Qt does not allow (a
    test once hung in a widget's constructor so)."""
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()


@pytest.fixture(autouse=True)
def _no_writes_on_window_thread():
    """A test that makes window code write on the window's thread fails (desktop.ui.window_thread):
    such a write would freeze the window while another workstation holds the lock."""
    from desktop.core.workspace import guard_writes
    from tests.fixtures import window_thread

    previous = guard_writes(window_thread.refuse)
    yield
    guard_writes(previous)


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"the shared sample folder is missing: {SAMPLES}")
    return SAMPLES


@functools.cache
def _postgres_admin():
    """The server's address and an engine on its maintenance database (one per process)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    assert POSTGRES_URL
    admin_url = make_url(POSTGRES_URL)
    return admin_url, create_engine(admin_url, isolation_level="AUTOCOMMIT")


def _postgres_database_url(template: str | None = None) -> Iterator[str]:
    """A fresh PostgreSQL database for one test (empty, or a copy of `template`), dropped
    afterwards."""
    from sqlalchemy import text

    admin_url, admin = _postgres_admin()
    name = f"anvis_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# Always both, so that the PostgreSQL variants show as skipped (with why) when there is no server.
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
# For a test of what only a server has (roles, commit-time checks): its database on PostgreSQL.
SERVER_ONLY = pytest.mark.parametrize(
    "database_url", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
NO_POSTGRES = (
    "PostgreSQL: set ANVIS_TEST_POSTGRES_URL to a server where tests may create databases "
    "(.ci/run starts one)"
)
_MIGRATED = pytest.StashKey[str]()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The test's database on each backend: a SQLite file, and one on the PostgreSQL server.
    Empty, unless the test uses `workspace`: then it is the workspace's database, made a copy of
    the migrated template at once (instead of an empty database that is then replaced)."""
    if request.param == "postgres" and not POSTGRES_URL:
        missing(NO_POSTGRES)
    migrated = "workspace" in request.fixturenames
    if request.param == "sqlite":
        url = str(tmp_path / "anvis.sqlite")
        if migrated:
            shutil.copyfile(request.getfixturevalue("_sqlite_template"), url)
            request.node.stash[_MIGRATED] = url
        yield url
    else:
        template = request.getfixturevalue("_postgres_template") if migrated else None
        for url in _postgres_database_url(template):
            if migrated:
                request.node.stash[_MIGRATED] = url
            yield url


def _migrate(target: str) -> None:
    from db.engine import Database
    from db.migrate import ensure_schema

    database = Database(target)
    ensure_schema(database)
    database.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to the newest schema; tests get copies (migrating each time costs
    far more than copying a file)."""
    target = tmp_path_factory.mktemp("template") / "anvis.sqlite"
    _migrate(str(target))
    return target


@pytest.fixture(scope="session")
def _postgres_template() -> Iterator[str]:
    from sqlalchemy import text

    assert POSTGRES_URL
    admin_url, admin = _postgres_admin()
    name = f"anvis_template_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    _migrate(admin_url.set(database=name).render_as_string(hide_password=False))
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _fill_from_template(request: pytest.FixtureRequest, url: str) -> None:
    """Make the (empty, unused) database at `url` a copy of the migrated template."""
    from sqlalchemy import text

    from db.engine import to_url

    target = to_url(url)
    if target.get_backend_name() == "sqlite":
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), str(target.database))
        return
    template = request.getfixturevalue("_postgres_template")
    _admin_url, admin = _postgres_admin()
    with admin.connect() as conn:  # nobody is connected to the fresh database yet
        conn.execute(text(f'DROP DATABASE "{target.database}"'))
        conn.execute(text(f'CREATE DATABASE "{target.database}" TEMPLATE "{template}"'))


@pytest.fixture
def workspace(database_url: str, tmp_path: Path, request: pytest.FixtureRequest):
    """A migrated, empty workspace on each backend, with the day pinned to TODAY. It is the
    database `database_url` names, so a test can open it a second time (another workstation)."""
    from desktop.core.workspace import open_workspace

    if request.node.stash.get(_MIGRATED, None) != database_url:
        _fill_from_template(request, database_url)  # asked for by name, not known in advance
    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    yield ws
    ws.close()


@pytest.fixture
def migrated_url(workspace, database_url: str) -> str:
    """The address of the `workspace` fixture's database (to open it again elsewhere)."""
    return database_url


@pytest.fixture
def sqlite_workspace(tmp_path: Path, _sqlite_template: Path):
    """A migrated, empty SQLite workspace (for tests about SQLite itself, and GUI tests)."""
    from desktop.core.workspace import open_workspace

    target = tmp_path / "anvis.sqlite"
    shutil.copyfile(_sqlite_template, target)
    ws = open_workspace(target, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    yield ws
    ws.close()
