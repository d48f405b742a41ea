"""`anvis whatif --from DATE --to DATE --set KEY=VALUE ... [--json]`: replay a past period with
changed settings of the joint agreement and compare with the period replayed as it was.

    anvis whatif --from 01.01.2025 --to 31.12.2025 --set share.green=30 --set colour.145/07=red

The keys: share.<colour> (percent), colour.<organisation>/<department> (green, yellow, red),
ceiling.<dwelling type>.<rooms> (kroner a month), occupancy.persons_per_room and
occupancy.extra_rooms. An unknown key exits with 2 and the list of the known keys.

The core is imported inside the handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.exports import date_argument
from desktop.cli.registry import Commands, Context
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.command(
        "whatif",
        translate("WhatIfCli", "Replay a past period with changed settings of the agreement"),
        run_whatif,
    )
    for flag, dest, help_text in (
        (
            "--from",
            "start",
            translate("WhatIfCli", "the period's first day (01.01.2025 or 2025-01-01)"),
        ),
        ("--to", "end", translate("WhatIfCli", "the period's last day")),
    ):
        parser.add_argument(
            flag,
            dest=dest,
            type=date_argument,
            required=True,
            metavar=translate("WhatIfCli", "DATE"),
            help=help_text,
        )
    parser.add_argument(
        "--set",
        dest="changes",
        action="append",
        default=[],
        metavar=translate("WhatIfCli", "KEY=VALUE"),
        help=translate(
            "WhatIfCli",
            "a change, e.g. share.green=30, colour.145/07=red, ceiling.family.2=5600, "
            "occupancy.extra_rooms=2 (repeat for more)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("WhatIfCli", "machine-readable output")
    )


def run_whatif(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.matching import run_to_end  # noqa: PLC0415
    from desktop.core.whatif.compare import what_if  # noqa: PLC0415
    from desktop.core.whatif.keys import UnknownChange, parse_changes  # noqa: PLC0415
    from desktop.core.whatif.text import result_lines  # noqa: PLC0415

    ws = context.workspace()
    try:
        changes = parse_changes(ws, args.start, args.end, args.changes)
    except UnknownChange as unknown:
        print(f"anvis: {unknown.message}", file=sys.stderr)
        return 2
    result = run_to_end(what_if(ws, args.start, args.end, changes))
    if args.json:
        context.print_json(result.as_json())
    else:
        for line in result_lines(result):
            context.print(line)
    return 0
