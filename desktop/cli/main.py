"""Entry point of `anvis`: parse the command line, then start the GUI or run a sub-command."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import desktop.cli
from desktop import __version__
from desktop.cli import parser_texts
from desktop.core import paths, preferences
from desktop.core.errors import DatabaseProblem, FileProblem, UserError
from desktop.core.i18n import translate
from desktop.logsetup import setup_logging

if TYPE_CHECKING:
    from desktop.cli.registry import Context
    from desktop.core.workspace import Workspace

_NOT_COMMANDS = {"main", "parser_texts", "registry"}
LANGUAGES = ("da", "en")

log = logging.getLogger(__name__)


def command_modules() -> list[str]:
    """Every module of desktop.cli with a `register(commands)`: one per area."""
    names = sorted(m.name for m in pkgutil.iter_modules(desktop.cli.__path__))
    return [f"desktop.cli.{name}" for name in names if name not in _NOT_COMMANDS]


def _global_parser(**kwargs: object) -> argparse.ArgumentParser:
    """The options that also start the window; sub-commands are added by build_parser."""
    parser = argparse.ArgumentParser(
        prog="anvis",
        description=translate(
            "Cli", "Anvis - the housing allocation desk. Without a command the window opens."
        ),
        **kwargs,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Anvis {__version__}",
        help=translate("Cli", "show the version of Anvis and exit"),
    )
    parser.add_argument(
        "--db", help=translate("Cli", "database: a SQLite file path or a SQLAlchemy URL")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("Cli", "open the demo database (made on first use)"),
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=translate("Cli", "language (default: Danish)")
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help=translate("Cli", "open the window, save a picture of it and quit"),
    )
    parser.add_argument(
        "--page", help=translate("Cli", "with --screenshot: the page to show first")
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.registry import Commands  # noqa: PLC0415 - bench/startup.py

    parser = _global_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = Commands(subparsers)
    commands.group(
        "import", translate("Cli", "Import a file: departments, monitoring, vacancies, applicants")
    )
    commands.group("export", translate("Cli", "Export workbooks: replies, templates, reports"))
    for module in command_modules():
        importlib.import_module(module).register(commands)
    return parser


def language(chosen: str | None) -> str:
    """`--lang`, else ANVIS_LANG, else the user's preference (Danish unless changed)."""
    return chosen or os.environ.get("ANVIS_LANG") or preferences.load().language


def _chosen_language(argv: Sequence[str]) -> str | None:
    """The language `--lang` asks for, read before the parser is built: its help and argparse's
    own messages (a wrong `--lang` included) are written in the language of the session."""
    probe = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    probe.add_argument("--lang")
    try:
        chosen = probe.parse_known_args(argv)[0].lang
    except argparse.ArgumentError:  # `--lang` without a value: the real parser says so
        return None
    return chosen if chosen in LANGUAGES else None


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
    try:
        args, rest = _global_parser(add_help=False, exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:  # the full parser reports it, in the session's language
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_args = _window_arguments(arguments)
    if window_args is not None:
        # Qt and the UI only for the window (bench/startup.py, the command line)
        from desktop.app import run  # noqa: PLC0415

        return run(window_args, language(window_args.lang))
    # the catalogues read without Qt: not on the window's way (bench/startup.py)
    from desktop.catalogues import install_for_cli  # noqa: PLC0415

    install_for_cli(language(_chosen_language(arguments)))
    parser_texts.install()
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:  # e.g. an option the window does not know: argparse said why
        parser.print_usage(sys.stderr)
        return 2
    if args.handler is None:
        args.group_parser.print_help()
        return 2
    from desktop.cli.registry import Context  # noqa: PLC0415 - bench/startup.py

    setup_logging()
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
