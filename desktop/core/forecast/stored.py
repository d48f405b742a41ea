"""The list's estimate stored between runs, so that one applicant's forecast is a look-up while
the database holds what the list was worked out from: the command line and a first look after a
start need not replay the queue again.

One small file a database in the cache folder (`paths.cache_dir`: removing it loses nothing),
named by a digest of the database's address; it holds the estimate's day, a digest of what it
was made of (`kept.Basis`) and each applicant's median and range. A forecast uses it only when
both match; anything else (another day, any change to the dwellings, the applicants, the offers
or the settings) and the applicant's wait is worked out afresh. Written whole to a new file that
then takes the old one's place, so a reader never meets half a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core import paths
from desktop.core.forecast.estimate import ListForecast, WaitRange
from desktop.core.forecast.kept import Basis

FORMAT = "2"  # what the file holds; another version is not read (2: the range of 10-90 %)


class Missing:
    """No stored estimate holds for this day and database."""


MISSING = Missing()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _path(session: Session) -> Path:
    address = session.get_bind().engine.url.render_as_string(hide_password=True)
    return paths.cache_dir() / f"forecast-{_digest(address)[:24]}.sqlite"


def made_of_digest(made_of: Basis) -> str:
    """What the estimate was made of, in a line that another run can compare."""
    return _digest(repr(made_of))


def store(session: Session, made_of: Basis, found: ListForecast) -> None:
    """Keep the list's estimate for later runs (nothing is lost if the folder cannot be
    written: a forecast then works it out)."""
    target = _path(session)
    with contextlib.suppress(OSError, sqlite3.Error):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=target.stem, suffix=".tmp", dir=target.parent)
        os.close(handle)
        try:
            with contextlib.closing(sqlite3.connect(name)) as db, db:
                db.execute("CREATE TABLE made_of (name TEXT PRIMARY KEY, value TEXT)")
                db.execute(
                    "CREATE TABLE wait (applicant_id INTEGER PRIMARY KEY, median INTEGER, "
                    "low INTEGER, high INTEGER)"
                )
                db.executemany(
                    "INSERT INTO made_of VALUES (?, ?)",
                    [
                        ("format", FORMAT),
                        ("day", found.day.isoformat()),
                        ("basis", made_of_digest(made_of)),
                    ],
                )
                db.executemany(
                    "INSERT INTO wait VALUES (?, ?, ?, ?)",
                    ((applicant, *wait) for applicant, wait in found.waits.items()),
                )
            os.replace(name, target)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(name)


def wait_of(
    session: Session, day: dt.date, made_of: Basis, applicant_id: int
) -> WaitRange | Missing | None:
    """The applicant's stored wait (None: the list has no estimate for the applicant), or
    `MISSING` when no stored estimate holds for `day` and what the database holds now."""
    target = _path(session)
    if not target.exists():
        return MISSING
    try:
        with contextlib.closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as db:
            found = dict(db.execute("SELECT name, value FROM made_of").fetchall())
            if found != {
                "format": FORMAT,
                "day": day.isoformat(),
                "basis": made_of_digest(made_of),
            }:
                return MISSING
            row = db.execute(
                "SELECT median, low, high FROM wait WHERE applicant_id = ?", (applicant_id,)
            ).fetchone()
    except sqlite3.Error:
        return MISSING
    return None if row is None else WaitRange(*row)


def forget(session: Session) -> None:
    """Remove the stored estimate of the session's database (a measurement of a first run)."""
    with contextlib.suppress(OSError):
        _path(session).unlink()
