"""`anvis colour`, `anvis import departments`, `anvis import monitoring`: the register of
organisations and departments from the command line."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.cli.registry import Commands, Context


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


def run_colour(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.registry.lookup import colour_of  # noqa: PLC0415

    answer = colour_of(context.workspace(), args.organisation, args.department, args.date)
    if args.json:
        context.print_json(answer.as_json())
    else:
        context.print(answer.as_text())
    return 0
