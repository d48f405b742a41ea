"""Why something failed, in the user's language: an error of the database driver or of the
operating system said as a short translated reason ("the file is not a database", "the disk is
full") for a message such as "The database cannot be read: {reason}". Their own texts are
English and technical; each goes to the log as it is, never into a message.
"""

from __future__ import annotations

import errno
import logging

from desktop.core.i18n import translate

log = logging.getLogger(__name__)


def first_line(error: BaseException) -> str:
    """The driver's own first line of `error` (SQLAlchemy wraps it in `.orig`)."""
    orig = getattr(error, "orig", None) or error
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def database_reason(error: BaseException) -> str:
    """What a database error means for the user (SQLite and PostgreSQL drivers)."""
    raw = first_line(error)
    log.info("database error: %s", raw)
    text = raw.lower()
    if "file is not a database" in text:
        return translate("ErrorReasons", "the file is not a database")
    if "malformed" in text or "database corrupt" in text:
        return translate("ErrorReasons", "the file is damaged")
    if "database is locked" in text or "database is busy" in text:
        return translate("ErrorReasons", "another program is using the database")
    if "unable to open database file" in text:
        return translate(
            "ErrorReasons", "the file cannot be opened (check the folder and the access rights)"
        )
    if "readonly" in text or "read-only" in text:
        return translate("ErrorReasons", "the database may only be read here")
    if "disk is full" in text:
        return translate("ErrorReasons", "the disk is full")
    if "disk i/o error" in text:
        return translate("ErrorReasons", "the disk could not be read or written")
    if "no such table" in text or "no such column" in text:
        return translate("ErrorReasons", "the database lacks tables Anvis needs")
    if "timeout" in text or "timed out" in text:
        return translate("ErrorReasons", "the server did not answer in time")
    if "password authentication failed" in text:
        return translate("ErrorReasons", "the server refused the user name or the password")
    if "permission denied" in text:
        return translate("ErrorReasons", "the user has no right to it (ask IT)")
    if "connection" in text or "could not connect" in text:
        return translate("ErrorReasons", "the connection to the server failed")
    return translate("ErrorReasons", "an unexpected database error (the log has the details)")


def file_reason(error: OSError) -> str:
    """What an error of the operating system on a file means for the user."""
    log.info("file error: %s", error)
    denied = translate("ErrorReasons", "access is denied (check the rights to the folder)")
    full = translate("ErrorReasons", "the disk is full")
    reasons = {
        errno.ENOENT: translate("ErrorReasons", "the file or folder does not exist"),
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.ENOSPC: full,
        errno.EROFS: translate("ErrorReasons", "the disk may only be read"),
        errno.EISDIR: translate("ErrorReasons", "it is a folder"),
        errno.ENOTDIR: translate("ErrorReasons", "a part of the path is not a folder"),
        errno.EBUSY: translate("ErrorReasons", "another program is using the file"),
        errno.ENAMETOOLONG: translate("ErrorReasons", "the name is too long"),
        errno.EIO: translate("ErrorReasons", "the disk could not be read or written"),
    }
    return reasons.get(
        error.errno or 0,
        translate("ErrorReasons", "the system refused it (the log has the details)"),
    )
