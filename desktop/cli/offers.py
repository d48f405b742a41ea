"""`anvis offers expire [--json]`: expire the sent offers whose reply deadline has passed (the
window does it at start and every hour; a desk without the window open can schedule this).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse

from desktop.cli.registry import Commands, Context


def register(commands: Commands) -> None:
    commands.group("offers", "Offers: expire unanswered offers")
    parser = commands.sub(
        "offers",
        "expire",
        "Expire the sent offers whose reply deadline has passed (consequence, next candidate)",
        run_expire,
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def run_expire(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.offers.expiry import (  # noqa: PLC0415
        expire_overdue_outcomes,
        outcome_json,
        outcome_line,
        summary_line,
    )

    outcomes = expire_overdue_outcomes(context.workspace())
    if args.json:
        context.print_json({"expired": [outcome_json(o) for o in outcomes]})
    else:
        for outcome in outcomes:
            context.print(outcome_line(outcome))
        context.print(summary_line(len(outcomes)))
    return 0
