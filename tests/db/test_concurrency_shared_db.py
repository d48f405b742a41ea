"""Choosing a shared PostgreSQL server for a workstation: settings, password file, connection
test, and the first-run decision."""

from __future__ import annotations

import os
import socket
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from db.migrate import head_revision
from desktop.core import paths, shared_db
from desktop.core.errors import ValidationError
from desktop.core.shared_db import ServerSettings
from desktop.core.workspace import Workspace

SERVER = ServerSettings("db01.kommune.local", 5432, "anvis", "anvis_desk")


def test_the_choice_is_kept_without_the_password_in_it() -> None:
    assert shared_db.chosen_database() is None
    url = shared_db.save(SERVER, "se:cret\\1")
    assert "se:cret" not in url
    parsed = make_url(url)
    assert (parsed.host, parsed.port, parsed.database, parsed.username) == (
        "db01.kommune.local",
        5432,
        "anvis",
        "anvis_desk",
    )
    assert parsed.password is None
    assert parsed.query["passfile"] == str(shared_db.password_file())
    assert shared_db.chosen_database() == url
    assert shared_db.load() == SERVER
    assert "se:cret" not in shared_db.config_file().read_text(encoding="utf-8")

    # the libpq password file: one line, ':' and '\' escaped, readable by the user alone
    line = shared_db.password_file().read_text(encoding="utf-8")
    assert line == "db01.kommune.local:5432:anvis:anvis_desk:se\\:cret\\\\1\n"
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(shared_db.password_file()).st_mode) == 0o600

    shared_db.save(SERVER, None)  # no password any more (Kerberos, certificates)
    assert not shared_db.password_file().exists()
    assert "passfile" not in str(shared_db.chosen_database())

    shared_db.forget()
    assert shared_db.chosen_database() is None


def test_settings_are_checked_field_by_field() -> None:
    with pytest.raises(ValidationError) as caught:
        shared_db.validate(ServerSettings("", 0, " ", "", "sometimes"))
    assert set(caught.value.fields) == {"host", "port", "database", "user", "sslmode"}
    clean = shared_db.validate(ServerSettings(" db01 ", 5433, " anvis ", " kim ", "require"))
    assert clean == ServerSettings("db01", 5433, "anvis", "kim", "require")
    assert make_url(shared_db.url_for(clean)).query["sslmode"] == "require"


def test_a_damaged_choice_file_means_no_choice() -> None:
    shared_db.config_file().parent.mkdir(parents=True, exist_ok=True)
    shared_db.config_file().write_text("{not json", encoding="utf-8")
    assert shared_db.chosen_database() is None


def test_nothing_listening_is_explained() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = shared_db.test_connection(ServerSettings("127.0.0.1", port, "anvis", "kim"), "x")
    assert not result.ok
    assert f"Nothing answers at 127.0.0.1 port {port}" in result.message


def test_connection_to_the_desk_database(workspace: Workspace, migrated_url: str) -> None:
    """On PostgreSQL: the test connects and sees Anvis's schema, and a missing database is
    named. (A SQLite desk has no server: it is the first-run default instead.)"""
    if workspace.database.is_sqlite:
        assert shared_db.first_run_needed() is True  # no file, no server, nothing named
        assert shared_db.first_run_needed(migrated_url) is False
        paths.default_database().parent.mkdir(parents=True, exist_ok=True)
        paths.default_database().write_bytes(b"")
        assert shared_db.first_run_needed() is False
        return
    url = make_url(migrated_url)
    server = ServerSettings(
        url.host or "", url.port or 5432, url.database or "", url.username or ""
    )
    result = shared_db.test_connection(server, url.password)
    assert result.ok, result.message
    assert result.schema_revision == head_revision()
    assert "holds Anvis data" in result.message
    missing = shared_db.test_connection(
        ServerSettings(server.host, server.port, "no_such_db", server.user), url.password
    )
    assert not missing.ok
    assert "no database no_such_db" in missing.message


def test_choosing_a_server_means_no_first_run(tmp_path: Path) -> None:
    assert shared_db.first_run_needed()
    shared_db.save(SERVER, None)
    assert not shared_db.first_run_needed()
