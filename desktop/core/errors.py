"""Expected problems: each carries a message (already translated) that says what to do.

Anything else is a bug and goes to the exception dialog and the log.
"""

from __future__ import annotations

import datetime as dt


class UserError(Exception):
    """A problem the user can act on; `str(error)` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FileProblem(UserError):
    """A file cannot be read at all (the command line exits with code 2)."""


class NotFound(UserError):
    pass


class ValidationError(UserError):
    """Input that breaks a rule; `fields` maps a field name to its message."""

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = dict(fields or {})


class Conflict(UserError):
    """Someone else changed the record since it was loaded (optimistic locking)."""

    def __init__(self, message: str, changed_by: str | None, changed_at: dt.datetime | None):
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


class DatabaseProblem(UserError):
    """The database cannot be opened or used (too new, locked, unreachable, not Anvis)."""
