"""`anvis candidates VACANCY_ID [--json]`: the ranked candidates of a dwelling and every excluded
applicant with the rules that exclude them (texts come from core).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse

from desktop.cli.registry import Commands, Context, date_option
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.command(
        "candidates",
        translate(
            "MatchingCli",
            "The ranked candidates of a dwelling, with reasons, and every excluded applicant",
        ),
        run_candidates,
    )
    parser.add_argument("vacancy_id", type=int, metavar="VACANCY_ID")
    date_option(parser, "--date", translate("MatchingCli", "default: today"))
    parser.add_argument(
        "--json", action="store_true", help=translate("MatchingCli", "machine-readable output")
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help=translate("MatchingCli", "list every candidate, not the first 20"),
    )


def run_candidates(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.matching import (  # noqa: PLC0415
        excluded_applicants,
        rank_candidates,
        run_to_end,
    )
    from desktop.core.matching.report import as_json, as_lines  # noqa: PLC0415

    ws = context.workspace()
    ranking = rank_candidates(ws, args.vacancy_id, day=args.date)
    excluded = run_to_end(excluded_applicants(ws, args.vacancy_id, day=ranking.day))
    if args.json:
        context.print_json(as_json(ranking, excluded))
    else:
        limit = len(ranking.candidates) if args.all else 20
        for line in as_lines(ranking, excluded, limit=limit):
            context.print(line)
    return 0
