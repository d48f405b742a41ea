"""Why a database cannot be used, as one translated line that says what to do.

`open_workspace` raises these as `DatabaseProblem`, and the command line turns a database error
met later in a command (a damaged page read half way) into one with `explain`: a file that is not
a database, a damaged one, a server that does not answer are expected problems (exit code 2, a
message in the window), never a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from desktop.core.error_reasons import database_reason, first_line
from desktop.core.errors import DatabaseProblem
from desktop.core.i18n import translate

log = logging.getLogger(__name__)


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
    log.info("damaged database %s: %s", target, first_line(error))
    return DatabaseProblem(
        translate(
            "Workspace",
            "The database {target} is damaged. Restore the newest backup (close Anvis, then "
            "anvis restore FILE).",
        ).format(target=target)
    )


def explain(error: BaseException, target: str) -> DatabaseProblem | None:
    """The expected problem behind a database error, or None when it is a bug."""
    if not isinstance(error, DBAPIError):
        return None
    text = first_line(error).lower()
    if "file is not a database" in text:
        return not_anvis(target)
    if "malformed" in text or "database corrupt" in text:
        return damaged(target, error)
    if isinstance(error, OperationalError):
        return DatabaseProblem(
            translate("Workspace", "The database {target} cannot be opened: {reason}").format(
                target=target, reason=database_reason(error)
            )
        )
    return None


def not_an_address(error: Exception) -> str:
    """A database address that is neither a path nor a URL. Its text may hold a password: the
    log gets the kind of error, the message what to write."""
    log.info("not a database address (%s)", type(error).__name__)
    return translate(
        "Workspace",
        "The database address is not valid: write a file path, or a URL such as "
        "postgresql://user@server/anvis.",
    )
