"""What "Om Anvis" shows about the program and the open database (Qt-free; the dialog adds
Qt's own version)."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from db.migrate import current_revision, head_revision
from desktop import __version__
from desktop.core import paths
from desktop.core.formats import number
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class AboutFacts:
    version: str
    database: str  # the file, or the server URL without its password
    backend: str  # "SQLite" or "PostgreSQL"
    database_size: int | None  # bytes of a SQLite file
    schema: str  # the database's schema revision
    schema_head: str  # the revision this Anvis expects
    is_demo: bool
    user: str
    workstation: str
    python: str
    system: str
    data_dir: Path
    log_dir: Path
    resources_dir: Path
    frozen: bool  # the installed program (PyInstaller) rather than a Python install


def facts(workspace: Workspace | None, log_folder: Path | None = None) -> AboutFacts:
    """Everything about this Anvis and, if one is open, its database."""
    if workspace is not None:
        database = workspace.database
        sqlite = database.sqlite_path
        size = sqlite.stat().st_size if sqlite is not None and sqlite.is_file() else None
        schema = current_revision(database) or "-"
        described = workspace.describe()
        backend = "SQLite" if database.is_sqlite else "PostgreSQL"
    else:
        described, backend, size, schema = "-", "-", None, "-"
    return AboutFacts(
        version=__version__,
        database=described,
        backend=backend,
        database_size=size,
        schema=schema,
        schema_head=head_revision(),
        is_demo=workspace.is_demo if workspace is not None else False,
        user=workspace.user if workspace is not None else "-",
        workstation=workspace.workstation if workspace is not None else platform.node(),
        python=platform.python_version(),
        system=platform.platform(terse=True),
        data_dir=paths.data_dir(),
        log_dir=log_folder or paths.log_dir(),
        resources_dir=paths.resources_dir(),
        frozen=bool(getattr(sys, "frozen", False)),
    )


def size_text(size: int | None) -> str:
    """A file size the way the desk reads it: "5,3 MB" (Danish) / "5.3 MB"."""
    if size is None:
        return "-"
    if size < 1024 * 1024:
        return translate("About", "{size} kB").format(size=number(size / 1024))
    return translate("About", "{size} MB").format(size=number(size / 1024 / 1024, 1))


def as_text(facts: AboutFacts, qt_version: str) -> str:
    """The facts as plain lines (for the clipboard: IT's support asks for them)."""
    lines = [
        (translate("About", "Version"), facts.version),
        (translate("About", "Database"), facts.database),
        (translate("About", "Database type"), facts.backend),
        (translate("About", "Database size"), size_text(facts.database_size)),
        (translate("About", "Schema revision"), f"{facts.schema} ({facts.schema_head})"),
        (translate("About", "Demo database"), _yes_no(facts.is_demo)),
        (translate("About", "User"), facts.user),
        (translate("About", "Workstation"), facts.workstation),
        (translate("About", "Data folder"), str(facts.data_dir)),
        (translate("About", "Log folder"), str(facts.log_dir)),
        (translate("About", "Installed program"), _yes_no(facts.frozen)),
        ("Python", facts.python),
        ("Qt", qt_version),
        (translate("About", "System"), facts.system),
    ]
    return "\n".join(f"{label}: {value}" for label, value in lines)


def _yes_no(value: bool) -> str:
    return translate("About", "yes") if value else translate("About", "no")
