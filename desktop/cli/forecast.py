"""`anvis forecast applicant ID [--json] [--date YYYY-MM-DD]`: the applicant's estimated wait
for a suitable offer (median and range in days), or the rules that kept every dwelling of the
window away (desktop.core.forecast).

The core is imported inside the handler (see desktop/cli/schemes.py).
"""

from __future__ import annotations

import argparse

from desktop.cli.registry import Commands, Context, iso_date
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    commands.group("forecast", translate("ForecastCli", "Estimated waits for a suitable offer"))
    parser = commands.sub(
        "forecast",
        "applicant",
        translate(
            "ForecastCli",
            "One applicant's estimated wait, from the dwellings of the last months (an "
            "estimate, not a promise)",
        ),
        run_applicant,
    )
    parser.add_argument(
        "id", type=int, metavar="ID", help=translate("ForecastCli", "applicant number")
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=translate("ForecastCli", "the day of the estimate (default: today)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("ForecastCli", "machine-readable output")
    )


def run_applicant(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.forecast import forecast  # noqa: PLC0415
    from desktop.core.forecast.texts import lines  # noqa: PLC0415

    found = forecast(context.workspace(), args.id, day=args.date)
    if args.json:
        context.print_json(found.as_json())
        return 0
    context.print(translate("ForecastCli", "Applicant {id}").format(id=args.id))
    for line in lines(found):
        context.print(line)
    return 0
