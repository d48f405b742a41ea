"""`anvis schemes list [--json] [--date YYYY-MM-DD]`: the housing schemes in force on a day, with
their target groups, extra rules, lease, allocation right, rent-loss bearer and deadline.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse

from desktop.cli.registry import Commands, Context, iso_date
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    commands.group("schemes", translate("SchemesCli", "Housing schemes: list those in force"))
    parser = commands.sub(
        "schemes",
        "list",
        translate("SchemesCli", "The housing schemes in force on a day, with their terms"),
        run_list,
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=translate("SchemesCli", "default: today"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("SchemesCli", "machine-readable output")
    )


def run_list(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.schemes.listing import schemes_on  # noqa: PLC0415

    found = schemes_on(context.workspace(), args.date)
    if args.json:
        context.print_json(found.as_json())
    else:
        for line in found.lines():
            context.print(line)
    return 0
