"""`anvis backup [--to FILE]`, `anvis restore FILE [--yes]`, `anvis check [--json]`.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.registry import Commands, Context
from desktop.core.errors import FileProblem
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    backup = commands.command(
        "backup",
        translate(
            "MaintenanceCli", "Copy the SQLite database now (into the backup folder, or --to FILE)"
        ),
        run_backup,
    )
    backup.add_argument(
        "--to",
        metavar="FILE",
        type=Path,
        help=translate("MaintenanceCli", "write the copy to this file"),
    )
    restore = commands.command(
        "restore",
        translate(
            "MaintenanceCli",
            "Replace the database by a backup (asks first; the replaced one is kept as a copy)",
        ),
        run_restore,
    )
    restore.add_argument(
        "file", metavar="FILE", type=Path, help=translate("MaintenanceCli", "the backup to restore")
    )
    restore.add_argument(
        "--yes", action="store_true", help=translate("MaintenanceCli", "do not ask")
    )
    check = commands.command(
        "check",
        translate(
            "MaintenanceCli", "Check that the database is intact (integrity, foreign keys, schema)"
        ),
        run_check,
    )
    check.add_argument(
        "--json",
        action="store_true",
        help=translate("MaintenanceCli", "print the findings as JSON"),
    )


def _target(args: argparse.Namespace) -> str:
    from desktop.core import shared_db  # noqa: PLC0415

    return shared_db.resolve_database(getattr(args, "db", None))


def run_backup(args: argparse.Namespace, context: Context) -> int:
    from desktop.core import backups  # noqa: PLC0415

    target: Path | None = args.to
    if target is not None and target.exists():
        raise FileProblem(
            translate("Backups", "{path} exists already; choose a new file name.").format(
                path=target
            )
        )
    copy = backups.backup(context.workspace(), to=target)
    context.print(translate("Backups", "Backup written: {path}").format(path=copy))
    return 0


def run_restore(args: argparse.Namespace, context: Context) -> int:
    from desktop.core import backups  # noqa: PLC0415

    source: Path = args.file
    if not source.is_file():
        raise FileProblem(translate("Backups", "No such file: {path}").format(path=source))
    target = _target(args)
    backups.check_backup(source)  # refuse a bad file before asking anything
    if not args.yes:
        if not sys.stdin.isatty():
            raise FileProblem(
                translate("Backups", "Restoring replaces the database; add --yes to confirm it.")
            )
        question = translate(
            "Backups",
            "Replace the database {database} by {file}? The current database is kept as a copy "
            "in the backup folder. [y/N] ",
        ).format(database=target, file=source)
        answer = input(question).strip().lower()
        if answer not in ("y", "yes", "j", "ja"):
            context.print(translate("Backups", "Nothing was changed."))
            return 1
    result = backups.restore(target, source)
    context.print(translate("Backups", "Restored {file}.").format(file=result.restored_from))
    if result.previous_copy is not None:
        context.print(
            translate("Backups", "The replaced database is kept as {path}.").format(
                path=result.previous_copy
            )
        )
    return 0


def run_check(args: argparse.Namespace, context: Context) -> int:
    from desktop.core import integrity  # noqa: PLC0415

    report = integrity.check(_target(args))
    if args.json:
        context.print_json(
            {
                "database": report.database,
                "ok": report.ok,
                "findings": [f.as_json() for f in report.findings],
            }
        )
    else:
        context.print(report.database)
        for finding in report.findings:
            mark = translate("Check", "ok") if finding.ok else translate("Check", "PROBLEM")
            context.print(f"  {mark:8} {finding.message}")
    return 0 if report.ok else 1
