"""Why a database cannot be used, as one translated line that says what to do.

`open_workspace` raises these as `DatabaseProblem`, and the command line turns a database error
met later in a command (a damaged page read half way) into one with `explain`: a file that is not
a database, a damaged one, a server that does not answer are expected problems (exit code 2, a
message in the window), never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.core.errors import DatabaseProblem
from desktop.core.i18n import translate


def _first_line(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def missing_file(path: Path) -> DatabaseProblem:
    return DatabaseProblem(
        translate("Workspace", "The database file does not exist: {path}").format(path=path)
    )


def empty(target: str) -> DatabaseProblem:
    return DatabaseProblem(
        translate(
            "Workspace",
            "The database {target} is empty: Anvis has not been started on it. Start the Anvis "
            "window on it first, or make a demo in it with anvis demo.",
        ).format(target=target)
    )


def not_anvis(target: str) -> DatabaseProblem:
    return DatabaseProblem(
        translate(
            "Workspace",
            "{target} is not an Anvis database. Choose another file.",
        ).format(target=target)
    )


def damaged(target: str, error: BaseException) -> DatabaseProblem:
    return DatabaseProblem(
        translate(
            "Workspace",
            "The database {target} is damaged ({error}). Restore the newest backup (close Anvis, "
            "then anvis restore FILE).",
        ).format(target=target, error=_first_line(error))
    )


def explain(error: BaseException, target: str) -> DatabaseProblem | None:
    """The expected problem behind a database error, or None when it is a bug."""
    if not isinstance(error, DBAPIError):
        return None
    text = _first_line(error).lower()
    if "file is not a database" in text:
        return not_anvis(target)
    if "malformed" in text or "database corrupt" in text:
        return damaged(target, error)
    if isinstance(error, OperationalError):
        return DatabaseProblem(
            translate("Workspace", "The database {target} cannot be opened: {error}").format(
                target=target, error=_first_line(error)
            )
        )
    return None
