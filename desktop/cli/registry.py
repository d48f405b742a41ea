"""How areas add their sub-commands: each command module has `register(commands)`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from desktop.core.i18n import translate

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


Handler = Callable[[argparse.Namespace, "Context"], int]


@dataclass
class Context:
    """What a handler gets besides its arguments: the workspace (opened on first use), output."""

    open_workspace: Callable[[], Workspace]
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _workspace: Workspace | None = None

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = self.open_workspace()
        return self._workspace

    @property
    def opened(self) -> Workspace | None:
        """The workspace if a handler opened it, else None."""
        return self._workspace

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()


def iso_date(text: str) -> dt.date:
    """An argument written YYYY-MM-DD (`type=iso_date`)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date (YYYY-MM-DD): {text}").format(text=text)
        ) from None


def date_option(
    parser: argparse.ArgumentParser, flag: str, help_text: str | None = None, **options: Any
) -> None:
    """An option that takes a day, written YYYY-MM-DD (`dest`, `required` ... in `options`)."""
    parser.add_argument(flag, type=iso_date, metavar="YYYY-MM-DD", help=help_text, **options)


def import_flags(parser: argparse.ArgumentParser, *, strict: bool = True) -> None:
    """What every `anvis import ...` takes after its own options: --dry-run, --json and (for
    files read by the column mapping) --strict."""
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the file and report; save nothing"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the report as JSON")
    )
    if strict:
        parser.add_argument(
            "--strict",
            action="store_true",
            help=translate(
                "Cli",
                "refuse the file (exit 2, nothing saved) if a column with values is not understood",
            ),
        )


class ImportOutcome(Protocol):
    """What an import of core hands back: its JSON report and a line for people."""

    @property
    def report(self) -> dict[str, Any]: ...

    def summary(self) -> str: ...


def print_import(
    context: Context,
    outcome: ImportOutcome,
    *,
    as_json: bool,
    columns_line: Callable[[dict[str, Any]], str | None],
    error_line: Callable[[dict[str, Any]], str],
) -> int:
    """An import's report: as JSON, or its summary, the columns not understood and a line per
    row error. The exit code (0)."""
    if as_json:
        context.print_json(outcome.report)
        return 0
    context.print(outcome.summary())
    columns = columns_line(outcome.report)
    if columns:
        context.print(columns)
    for error in outcome.report["errors"]:
        context.print(error_line(error))
    return 0


def _common_options() -> argparse.ArgumentParser:
    """Options every sub-command also takes after its name (`anvis colour 088 2 --db x`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,  # keeps a --db given before the command
        help=translate("Cli", "database: a SQLite file path or a SQLAlchemy URL"),
    )
    return common


class Commands:
    """Top-level commands (`anvis demo`) and grouped ones (`anvis import vacancies`)."""

    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers
        self._groups: dict[str, Any] = {}
        self._common = _common_options()

    def command(
        self, name: str, help_text: str, handler: Handler, *, database: bool = True
    ) -> argparse.ArgumentParser:
        """`database=False` for a command that names its own file (`anvis demo --db NEW`)."""
        parser: argparse.ArgumentParser = self._subparsers.add_parser(
            name,
            help=help_text,
            description=help_text,
            parents=[self._common] if database else [],
        )
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help_text: str) -> None:
        if name not in self._groups:
            parser = self._subparsers.add_parser(name, help=help_text, description=help_text)
            parser.set_defaults(handler=None, group_parser=parser)
            self._groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="WHAT")

    def sub(
        self, group: str, name: str, help_text: str, handler: Handler
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._groups[group].add_parser(
            name, help=help_text, description=help_text, parents=[self._common]
        )
        parser.set_defaults(handler=handler)
        return parser
