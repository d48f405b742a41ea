"""Logging for the window and the command line: a rotating file, a quiet console, no CPR numbers.

Call `setup_logging()` once at start (the window and the CLI alike). Every record that reaches
a handler passes `CprFilter`, which masks anything that looks like a CPR number in the message,
its arguments, the traceback and the stack, so personal numbers never reach the log file.

    log_path = setup_logging(verbose=args.verbose)
    logging.getLogger(__name__).info("started")
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from desktop.core import cpr_text, paths

LOG_NAME = "anvis.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

CPR_MASK = cpr_text.MASK

_MARK = "_anvis_handler"  # set on the handlers we add, so a second setup replaces them
_current_log: Path | None = None


def mask_cpr(text: str) -> str:
    """`text` with every possible CPR number (DDMMYY-XXXX, or ten digits that start with a
    valid day and month) replaced by XXXXXX-XXXX."""
    return cpr_text.mask(text)


class CprFilter(logging.Filter):
    """Masks CPR numbers in a record before any handler formats it.

    The message is rendered with its arguments first (a CPR may hide in an argument), and the
    traceback text is rendered and masked here, so the formatter reuses the masked text.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = mask_cpr(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_cpr(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_cpr(record.stack_info)
        return True


def _log_folder() -> Path:
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / LOG_NAME
        with probe.open("a", encoding="utf-8"):
            pass
    except OSError:
        # A locked-down profile must not stop the program: log to the temp folder instead.
        folder = Path(tempfile.gettempdir()) / "Anvis-logs"
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def setup_logging(verbose: bool = False) -> Path:
    """Configure the root logger and return the path of the log file.

    - a rotating file `anvis.log` (~1 MB x 5) in `desktop.core.paths.log_dir()` at INFO
      (DEBUG when `verbose`),
    - a console handler on stderr at WARNING (DEBUG when `verbose`), when there is a console,
    - Python warnings go to the log too.

    Calling it again replaces the handlers it added before (no duplicate lines).
    """
    global _current_log
    teardown_logging()
    path = _log_folder() / LOG_NAME
    masking = CprFilter()
    formatter = logging.Formatter(FORMAT)

    from logging.handlers import RotatingFileHandler  # noqa: PLC0415 - bench/startup.py

    file_handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    handlers: list[logging.Handler] = [file_handler]
    if sys.stderr is not None:  # a windowed (frozen) program has no console
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(console)

    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(masking)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)
    _current_log = path
    return path


def teardown_logging() -> None:
    """Remove and close the handlers `setup_logging` added (tests, and a second setup)."""
    global _current_log
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(False)
    _current_log = None


def log_file() -> Path | None:
    """The log file of this run, or None before `setup_logging`."""
    return _current_log
