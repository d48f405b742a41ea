"""`anvis colour`, `anvis import departments`, `anvis import monitoring`: the register of
organisations and departments from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli.registry import Commands, Context
from desktop.core.i18n import translate


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(commands: Commands) -> None:
    parser = commands.command(
        "colour", "A department's colour, lists and what they allow on a date", run_colour
    )
    parser.add_argument("organisation", metavar="ORG", help="organisation number, e.g. 088")
    parser.add_argument("department", metavar="DEPT", help="department number, e.g. 07")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    parser.add_argument("--json", action="store_true", help="machine-readable output")

    parser = commands.sub(
        "import",
        "departments",
        "Import the master workbook of organisations and departments (colours, lists)",
        run_import_departments,
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the workbook")
    parser.add_argument(
        "--from",
        dest="valid_from",
        type=_date,
        metavar="YYYY-MM-DD",
        help="changed colours apply from this day (default: today)",
    )
    parser.add_argument(
        "--first-from",
        type=_date,
        metavar="YYYY-MM-DD",
        help="a department's first colour applies from this day (default: 1 January)",
    )
    parser.add_argument(
        "--list-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the ministry lists' publication date (default: the last 1 December)",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and report; save nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")

    parser = commands.sub(
        "import",
        "monitoring",
        "Import a year's monitoring figures and show (or --apply) the proposed colours",
        run_import_monitoring,
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the workbook")
    parser.add_argument("--year", type=int, help="the year (default: from the file's name)")
    parser.add_argument(
        "--apply",
        action="store_true",
        help="write every proposal that changes a colour as a placement (needs --from)",
    )
    parser.add_argument(
        "--from",
        dest="valid_from",
        type=_date,
        metavar="YYYY-MM-DD",
        help="with --apply: the day the new placements take effect",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and report; save nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def run_colour(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry.lookup import colour_of  # noqa: PLC0415

    answer = colour_of(context.workspace(), args.organisation, args.department, args.date)
    if args.json:
        context.print_json(answer.as_json())
    else:
        context.print(answer.as_text())
    return 0


def _print_errors(context: Context, errors: list[dict[str, object]]) -> None:
    for error in errors:
        context.print(
            translate("Registry", "  {sheet}, row {row}, {column}: {message}").format(**error)
        )


def run_import_departments(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry.master_data import import_master_data  # noqa: PLC0415
    from desktop.core.tabular import problems  # noqa: PLC0415

    path: Path = args.file
    if not path.is_file():
        problems.not_found(path.name)
    outcome = import_master_data(
        context.workspace(),
        path,
        valid_from=args.valid_from,
        first_valid_from=args.first_from,
        list_date=args.list_date,
        dry_run=args.dry_run,
    )
    report = outcome.as_json()
    if args.json:
        context.print_json(report)
        return 0
    for sheet, counts in outcome.sheets().items():
        context.print(
            translate(
                "Registry",
                "{sheet}: {rows} rows - {new} new, {updated} updated, {unchanged} unchanged, "
                "{errors} with errors, {duplicates} duplicates",
            ).format(
                sheet=sheet,
                rows=counts.rows,
                new=counts.new,
                updated=counts.updated,
                unchanged=counts.unchanged,
                errors=counts.errors,
                duplicates=counts.duplicates,
            )
        )
    context.print(
        translate("Registry", "Placements written: {count}").format(
            count=outcome.placements_written
        )
    )
    if args.dry_run:
        context.print(translate("Registry", "Dry run: nothing was saved."))
    _print_errors(context, report["errors"])
    return 0


def run_import_monitoring(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.errors import ValidationError  # noqa: PLC0415
    from desktop.core.registry import monitoring  # noqa: PLC0415
    from desktop.core.registry.monitoring_import import import_monitoring  # noqa: PLC0415
    from desktop.core.tabular import problems  # noqa: PLC0415

    path: Path = args.file
    if not path.is_file():
        problems.not_found(path.name)
    if args.apply and args.valid_from is None:
        raise ValidationError(
            translate("Registry", "--apply needs --from DATE: the day the new colours apply.")
        )
    if args.apply and args.dry_run:
        raise ValidationError(translate("Registry", "--apply and --dry-run exclude each other."))
    ws = context.workspace()
    outcome = import_monitoring(
        ws,
        path,
        year=args.year,
        apply_from=args.valid_from if args.apply else None,
        dry_run=args.dry_run,
    )
    report = outcome.as_json()
    if args.json:
        context.print_json(report)
        return 0
    context.print(
        translate(
            "Registry",
            "Monitoring {year}: {total} rows - {imported} imported, {rejected} with errors, "
            "{duplicates} duplicates",
        ).format(
            year=outcome.year,
            total=report["rows_total"],
            imported=report["rows_imported"],
            rejected=report["rows_rejected"],
            duplicates=report["duplicates"],
        )
    )
    _print_errors(context, report["errors"])
    if args.dry_run:
        context.print(translate("Registry", "Dry run: nothing was saved."))
        return 0
    if outcome.placements_written is not None:
        context.print(
            translate("Registry", "Placements written from {date}: {count}").format(
                date=args.valid_from.isoformat(), count=outcome.placements_written
            )
        )
        return 0
    day = args.valid_from or ws.today()
    changes = [row for row in monitoring.review(ws, outcome.year, day) if row.changes]
    context.print(
        translate(
            "Registry", "Proposed changes ({count}); accept them with --apply --from DATE:"
        ).format(count=len(changes))
    )
    for row in changes:
        context.print(
            "  {org}-{dept} {name}: {old} -> {new}".format(
                org=row.organisation_number,
                dept=row.department_number,
                name=row.department_name,
                old="-"
                if row.current_colour is None
                else monitoring.colour_name(row.current_colour),
                new=monitoring.colour_name(row.proposed_colour)
                if row.proposed_colour is not None
                else "-",
            )
        )
    return 0
