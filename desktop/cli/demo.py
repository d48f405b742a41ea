"""`anvis demo`: make a realistic demo database.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import Commands, Context
from desktop.core.errors import FileProblem
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.command(
        "demo",
        translate("DemoCli", "Create a demo database with invented data"),
        run,
        database=False,
    )
    parser.add_argument(
        "--db",
        dest="demo_db",
        required=True,
        metavar="PATH|URL",
        help=translate("DemoCli", "a new file, or the URL of an empty database on a server"),
    )
    parser.add_argument("--applicants", type=int, default=1000, metavar="N")
    parser.add_argument("--vacancies", type=int, default=300, metavar="N")
    parser.add_argument(
        "--seed", type=int, default=2026, help=translate("DemoCli", "same seed, same data")
    )
    parser.add_argument(
        "--force", action="store_true", help=translate("DemoCli", "replace an existing file")
    )


def run(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.demo import DemoSize, create_demo, is_server  # noqa: PLC0415

    target: str | Path = args.demo_db
    shown = str(target)
    if is_server(target):
        from sqlalchemy.engine import make_url  # noqa: PLC0415

        try:
            shown = make_url(str(target)).render_as_string(hide_password=True)
        except ValueError:
            shown = str(target)
    else:
        target = Path(target)
        if target.exists() and not args.force:
            raise FileProblem(
                translate("Demo", "{path} exists already; add --force to replace it.").format(
                    path=target
                )
            )
    if args.applicants < 0 or args.vacancies < 0:
        raise FileProblem(translate("Demo", "The numbers must be zero or more."))
    summary = create_demo(
        target,
        DemoSize(applicants=args.applicants, vacancies=args.vacancies),
        seed=args.seed,
        replace=args.force,
    )
    context.print(
        translate("Demo", "Demo database {path}: {summary}").format(path=shown, summary=summary)
    )
    return 0
