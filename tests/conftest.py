"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database.

Database tests run on SQLite, and also on PostgreSQL when ANVIS_TEST_POSTGRES_URL names a server
(`.ci/run` starts one): use the `database` fixture and they run on both.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the user's real data folder, preferences or database."""
    data = tmp_path_factory.mktemp("anvis-data")
    monkeypatch.setenv("ANVIS_DATA_DIR", str(data))
    monkeypatch.delenv("ANVIS_DB", raising=False)
    monkeypatch.setenv("ANVIS_LANG", "en")


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


def _postgres_admin():
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
        admin.dispose()


BACKENDS = ["sqlite"] + (["postgres"] if POSTGRES_URL else [])


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend: a SQLite file, and PostgreSQL when configured."""
    if request.param == "sqlite":
        yield str(tmp_path / "anvis.sqlite")
    else:
        yield from _postgres_database_url()


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
        admin.dispose()


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
    admin.dispose()


@pytest.fixture
def workspace(database_url: str, tmp_path: Path, request: pytest.FixtureRequest):
    """A migrated, empty workspace on each backend, with the day pinned to TODAY. It is the
    database `database_url` names, so a test can open it a second time (another workstation)."""
    from desktop.core.workspace import open_workspace

    _fill_from_template(request, database_url)
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
