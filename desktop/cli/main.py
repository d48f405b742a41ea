"""Entry point of `anvis`: parse the command line, then start the GUI or run a sub-command."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import desktop.cli
from desktop import __version__
from desktop.core import paths, preferences
from desktop.core.errors import DatabaseProblem, FileProblem, UserError
from desktop.logsetup import setup_logging

if TYPE_CHECKING:
    from desktop.cli.registry import Context
    from desktop.core.workspace import Workspace

_NOT_COMMANDS = {"main", "registry"}

GROUPS = (
    ("import", "Import a file: departments, monitoring, vacancies, applicants"),
    ("export", "Export workbooks: replies, templates, reports"),
)

log = logging.getLogger(__name__)


def command_modules() -> list[str]:
    """Every module of desktop.cli with a `register(commands)`: one per area."""
    names = sorted(m.name for m in pkgutil.iter_modules(desktop.cli.__path__))
    return [f"desktop.cli.{name}" for name in names if name not in _NOT_COMMANDS]


def _global_parser(**kwargs: object) -> argparse.ArgumentParser:
    """The options that also start the window; sub-commands are added by build_parser."""
    parser = argparse.ArgumentParser(
        prog="anvis",
        description="Anvis - the housing allocation desk. Without a command the window opens.",
        **kwargs,  # type: ignore[arg-type]
    )
    parser.add_argument("--version", action="version", version=f"Anvis {__version__}")
    parser.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (made on first use)"
    )
    parser.add_argument("--lang", choices=("da", "en"), help="language (default: Danish)")
    parser.add_argument(
        "--screenshot", metavar="PNG", help="open the window, save a picture of it and quit"
    )
    parser.add_argument("--page", help="with --screenshot: the page to show first")
    return parser


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.registry import Commands  # noqa: PLC0415 - bench/startup.py

    parser = _global_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = Commands(subparsers)
    for name, help_text in GROUPS:
        commands.group(name, help_text)
    for module in command_modules():
        importlib.import_module(module).register(commands)
    return parser


def language(args: argparse.Namespace) -> str:
    return args.lang or os.environ.get("ANVIS_LANG") or preferences.load().language


def _open(args: argparse.Namespace) -> Workspace:
    # SQLAlchemy and the core: not on the window's way to its first paint (bench/startup.py)
    from desktop.core.shared_db import resolve_database  # noqa: PLC0415
    from desktop.core.workspace import open_workspace  # noqa: PLC0415

    # Only `anvis demo` (and the window's first start) makes a database: a command given a
    # mistyped path must say so, not answer from a new, empty database.
    return open_workspace(resolve_database(args.db), backup_dir=paths.backup_dir(), create=False)


def _database_problem(exc: Exception, context: Context) -> DatabaseProblem | None:
    """A database error met in the middle of a command (a damaged page): the expected problem
    it is, or None for a bug."""
    if context.opened is None:
        return None
    from desktop.core.database_problems import explain  # noqa: PLC0415 - as in _open

    return explain(exc, context.opened.describe())


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when only the window is wanted (no sub-command, no help), else None. Parsing
    them without loading every area's sub-commands keeps the window's start fast."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    args, rest = _global_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_args = _window_arguments(arguments)
    if window_args is not None:
        # Qt and the UI only for the window (bench/startup.py, the command line)
        from desktop.app import run  # noqa: PLC0415

        return run(window_args, language(window_args))
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:  # e.g. an option the window does not know: argparse said why
        parser.print_usage(sys.stderr)
        return 2
    if args.handler is None:
        args.group_parser.print_help()
        return 2
    from desktop.cli.registry import Context  # noqa: PLC0415 - bench/startup.py

    # Qt last: its import hook slows every later import (docs/architecture.md)
    from desktop.i18n import install_for_cli  # noqa: PLC0415

    setup_logging()
    install_for_cli(language(args))
    context = Context(open_workspace=lambda: _open(args))
    try:
        return int(args.handler(args, context))
    except (FileProblem, DatabaseProblem) as exc:
        print(f"anvis: {exc.message}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"anvis: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        problem = _database_problem(exc, context)
        if problem is None:
            raise
        print(f"anvis: {problem.message}", file=sys.stderr)
        return 2
    finally:
        context.close()


def existing_file(text: str) -> Path:
    """An argparse type for input files: a clear message instead of a traceback later."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text}")
    return path
