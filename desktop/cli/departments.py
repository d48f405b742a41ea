"""`anvis colour`, `anvis departments find`, `anvis import departments`, `anvis import
monitoring`: the register of organisations and departments from the command line (texts come
from core).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import Commands, Context, Handler, date_option, import_flags
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.command(
        "colour",
        translate("DepartmentsCli", "A department's colour, lists and what they allow on a date"),
        run_colour,
    )
    parser.add_argument(
        "organisation",
        metavar="ORG",
        help=translate("DepartmentsCli", "organisation number, e.g. 088"),
    )
    parser.add_argument(
        "department", metavar="DEPT", help=translate("DepartmentsCli", "department number, e.g. 07")
    )
    date_option(parser, "--date", translate("DepartmentsCli", "default: today"))
    parser.add_argument(
        "--json", action="store_true", help=translate("DepartmentsCli", "machine-readable output")
    )

    commands.group(
        "departments",
        translate("DepartmentsCli", "Departments: find them by address, street, name or number"),
    )
    parser = commands.sub(
        "departments",
        "find",
        translate(
            "DepartmentsCli",
            "Find departments as the Afdelinger page does: by an address with a house number "
            "(Mølleparkvej 19), a street, a postcode, a name or numbers",
        ),
        run_find,
    )
    parser.add_argument(
        "text", metavar="TEXT", nargs="+", help=translate("DepartmentsCli", "what to search for")
    )
    date_option(parser, "--date", translate("DepartmentsCli", "default: today"))
    parser.add_argument(
        "--json", action="store_true", help=translate("DepartmentsCli", "machine-readable output")
    )

    parser = _workbook_import(
        commands,
        "departments",
        translate(
            "DepartmentsCli",
            "Import the master workbook of organisations and departments (colours, lists)",
        ),
        run_import_departments,
    )
    date_option(
        parser,
        "--from",
        translate("DepartmentsCli", "changed colours apply from this day (default: today)"),
        dest="valid_from",
    )
    date_option(
        parser,
        "--first-from",
        translate(
            "DepartmentsCli",
            "a department's first colour applies from this day (default: 1 January)",
        ),
    )
    date_option(
        parser,
        "--list-date",
        translate(
            "DepartmentsCli", "the ministry lists' publication date (default: the last 1 December)"
        ),
    )
    import_flags(parser)

    parser = _workbook_import(
        commands,
        "monitoring",
        translate(
            "DepartmentsCli",
            "Import a year's monitoring figures and show (or --apply) the proposed colours",
        ),
        run_import_monitoring,
    )
    parser.add_argument(
        "--year",
        type=int,
        help=translate("DepartmentsCli", "the year (default: from the file's name)"),
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help=translate(
            "DepartmentsCli",
            "write every proposal that changes a colour as a placement (needs --from)",
        ),
    )
    date_option(
        parser,
        "--from",
        translate(
            "DepartmentsCli",
            "the day the new placements take effect (with --apply; else the review's day)",
        ),
        dest="valid_from",
    )
    import_flags(parser)
    parser.set_defaults(monitoring_parser=parser)

    parser = _workbook_import(
        commands,
        "ministry-lists",
        translate(
            "DepartmentsCli",
            "Import a publication of the ministry's lists (departments or housing areas per list)",
        ),
        run_import_ministry_lists,
    )
    date_option(
        parser,
        "--date",
        translate(
            "DepartmentsCli", "the publication's date (the lists are published every 1 December)"
        ),
        dest="list_date",
        required=True,
    )
    import_flags(parser, strict=False)


def _workbook_import(
    commands: Commands, name: str, help_text: str, handler: Handler
) -> argparse.ArgumentParser:
    """`anvis import NAME FILE`: each import of this area reads one workbook."""
    parser = commands.sub("import", name, help_text, handler)
    parser.add_argument(
        "file", metavar="FILE", type=Path, help=translate("DepartmentsCli", "the workbook")
    )
    return parser


def run_colour(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry.colour_answer import colour_of  # noqa: PLC0415

    answer = colour_of(context.workspace(), args.organisation, args.department, args.date)
    if args.json:
        context.print_json(answer.as_json())
    else:
        context.print(answer.as_text())
    return 0


def run_find(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry import search  # noqa: PLC0415

    ws = context.workspace()
    search.ensure_search_text(ws)  # a database from before the ranges: read its addresses first
    answer = search.find(ws, " ".join(args.text), args.date)
    if args.json:
        context.print_json(answer.as_json())
    else:
        for line in answer.lines():
            context.print(line)
    return 0


def _existing(path: Path) -> Path:
    from desktop.core.tabular import problems  # noqa: PLC0415

    if not path.is_file():
        problems.not_found(path.name)
    return path


def run_import_departments(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry.master_data import import_master_data, summary_lines  # noqa: PLC0415

    outcome = import_master_data(
        context.workspace(),
        _existing(args.file),
        valid_from=args.valid_from,
        first_valid_from=args.first_from,
        list_date=args.list_date,
        dry_run=args.dry_run,
        strict=args.strict,
    )
    if args.json:
        context.print_json(outcome.as_json())
    else:
        for line in summary_lines(outcome):
            context.print(line)
    return 0


def run_import_monitoring(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry import monitoring_import  # noqa: PLC0415

    if args.apply and args.valid_from is None:
        args.monitoring_parser.error(
            translate("DepartmentsCli", "--apply needs --from DATE: the day the new colours apply")
        )
    if args.apply and args.dry_run:
        args.monitoring_parser.error(
            translate("DepartmentsCli", "--apply and --dry-run exclude each other")
        )
    ws = context.workspace()
    outcome = monitoring_import.import_monitoring(
        ws,
        _existing(args.file),
        year=args.year,
        apply_from=args.valid_from if args.apply else None,
        dry_run=args.dry_run,
        strict=args.strict,
    )
    if args.json:
        context.print_json(outcome.as_json())
        return 0
    for line in monitoring_import.summary_lines(outcome):
        context.print(line)
    if outcome.result is not None and outcome.placements_written is None:
        day = args.valid_from or ws.today()
        for line in monitoring_import.proposal_lines(ws, outcome.year, day):
            context.print(line)
    return 0


def run_import_ministry_lists(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry import ministry  # noqa: PLC0415

    outcome = ministry.import_ministry_lists(
        context.workspace(), _existing(args.file), args.list_date, dry_run=args.dry_run
    )
    if args.json:
        context.print_json(outcome.as_json())
    else:
        for line in ministry.summary_lines(outcome):
            context.print(line)
    return 0
