"""`anvis import vacancies FILE [--org NUMBER] [--dry-run] [--json] [--strict]`.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import Commands, Context, import_flags, print_import


def register(commands: Commands) -> None:
    parser = commands.sub(
        "import",
        "vacancies",
        "Import an organisation's spreadsheet of vacant dwellings (.xlsx, .xlsm, .xls, .ods, .csv)",
        run,
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the spreadsheet")
    parser.add_argument(
        "--org",
        metavar="NUMBER",
        help="the housing organisation's number (default: found from the department numbers)",
    )
    import_flags(parser)


def run(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.importing import run_to_completion  # noqa: PLC0415
    from desktop.core.intake import imports  # noqa: PLC0415
    from desktop.core.tabular import problems  # noqa: PLC0415

    path: Path = args.file
    if not path.is_file():
        problems.not_found(path.name)
    ws = context.workspace()
    if args.org:
        organisation, book = imports.organisation_by_number(ws, args.org), None
    else:
        # Read once: to find the organisation, then to import.
        book = imports.read_to_find_organisation(ws, path)
        organisation = imports.guess_organisation(ws, book)
    outcome = run_to_completion(
        imports.import_vacancies(
            ws, path, organisation, dry_run=args.dry_run, workbook=book, strict=args.strict
        )
    )
    return print_import(
        context,
        outcome,
        as_json=args.json,
        columns_line=imports.columns_line,
        error_line=imports.error_line,
    )
