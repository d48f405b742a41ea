"""Where Anvis keeps its files; each location can be overridden for tests and desks.

ANVIS_DATA_DIR moves everything (database, demo, backups); ANVIS_DB names the database;
ANVIS_LOG_DIR moves the log. The kept answers (`cache_dir`) follow ANVIS_DATA_DIR.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Anvis"


def data_dir() -> Path:
    override = os.environ.get("ANVIS_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    override = os.environ.get("ANVIS_LOG_DIR")
    if override:
        return Path(override).expanduser()
    if os.environ.get("ANVIS_DATA_DIR"):
        return data_dir() / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Answers worked out once and kept between starts; removing the folder loses nothing."""
    if os.environ.get("ANVIS_DATA_DIR"):
        return data_dir() / "cache"
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / "anvis.sqlite"


def demo_database() -> Path:
    """The demo lives in its own folder, so it can never be mistaken for the real database."""
    return data_dir() / "demo" / "anvis-demo.sqlite"


def backup_dir() -> Path:
    return data_dir() / "backups"


def resolve_database(argument: str | None) -> str:
    """`--db` wins, then ANVIS_DB, then the default file in the user's data folder."""
    return argument or os.environ.get("ANVIS_DB") or str(default_database())


@functools.cache
def resources_dir() -> Path:
    """The shipped resources: installed package data, a PyInstaller bundle or the source tree
    (found once: every letter asks for its logo, and the probe below is an import)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    try:
        # only in an installed package (a probe, not a saving)
        import desktop.resources as installed  # type: ignore[import-not-found]  # noqa: PLC0415

        files = list(getattr(installed, "__path__", []))
        if files:
            return Path(files[0])
    except ImportError:
        pass
    return Path(__file__).resolve().parents[2] / "resources"
