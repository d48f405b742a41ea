"""`anvis today [--scheme KEY] [--json]`: the day's work queue, as Overblik shows it (for desks
that script their day; one housing scheme's part with `--scheme`): each section a list of rows
with the id the other commands take and a Danish text.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse

from desktop.cli.registry import Commands, Context
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.command(
        "today",
        translate(
            "TodayCli",
            "The day's work queue: dwellings to decide, offers to make and send, letters, replies",
        ),
        run_today,
    )
    parser.add_argument(
        "--scheme",
        metavar="KEY",
        help=translate(
            "TodayCli",
            "only the dwellings of this housing scheme, their offers and letters "
            "(anvis schemes list)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("TodayCli", "machine-readable output")
    )


def run_today(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.day.queue import Section, section_title, work_queue  # noqa: PLC0415
    from desktop.core.schemes.listing import scheme_in_force  # noqa: PLC0415

    ws = context.workspace()
    # an unknown key is refused with the schemes in force named, not shown as an empty day
    scheme = None if args.scheme is None else scheme_in_force(ws, args.scheme).key
    queue = work_queue(ws, scheme=scheme)
    if args.json:
        context.print_json(queue.as_json())
        return 0
    for section in Section:
        rows = queue.rows(section)
        context.print(f"{section_title(section)} ({len(rows)})")
        for row in rows:
            mark = "!" if row.flagged else " "
            context.print(f" {mark} {row.id:>6}  {row.text}")
    context.print(queue.rent_loss.text())
    return 0
