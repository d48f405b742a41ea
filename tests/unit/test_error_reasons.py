"""An error of the database driver or of the operating system reaches the user as a reason in
their language; its own (English, technical) text goes to the log."""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator

import pytest

from desktop.catalogues import install_for_cli
from desktop.core import error_reasons


@pytest.fixture
def danish() -> Iterator[None]:
    install_for_cli("da")
    yield
    install_for_cli("en")


def test_a_file_that_is_not_a_database(danish: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        reason = error_reasons.database_reason(sqlite3.DatabaseError("file is not a database"))
    assert reason == "filen er ikke en database"
    assert "file is not a database" in caplog.text


def test_an_unknown_database_error_points_to_the_log(danish: None) -> None:
    reason = error_reasons.database_reason(sqlite3.OperationalError('near "x": syntax error'))
    assert reason == "en uventet fejl i databasen (detaljerne står i loggen)"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "adgang nægtet"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "findes ikke"),
        (OSError(errno.ENOSPC, "No space left on device"), "disken er fuld"),
        (OSError(errno.EXDEV, "Invalid cross-device link"), "systemet afviste det"),
    ],
)
def test_a_file_error_is_said_in_danish(danish: None, error: OSError, reason: str) -> None:
    assert reason in error_reasons.file_reason(error)
