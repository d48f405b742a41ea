"""`anvis offers list [--status S] [--scheme KEY] [--json]`: the offers with the ids the other
commands take (of the dwellings of one housing scheme with --scheme);
`anvis offers expire [--json]`: expire the sent offers whose reply deadline has passed (the
window does it at start and every hour; a desk without the window open can schedule this).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.registry import Commands, Context
from desktop.core.i18n import translate

# The offers page's filters, then the single statuses.
STATUSES = (
    *("open", "awaiting", "drafts", "closed", "all"),
    *("draft", "sent", "accepted", "declined", "expired", "withdrawn"),
)


def register(commands: Commands) -> None:
    commands.group("offers", translate("OffersCli", "Offers: list them, expire unanswered offers"))
    parser = commands.sub(
        "offers",
        "list",
        translate("OffersCli", "The offers, nearest reply deadline first"),
        run_list,
    )
    parser.add_argument(
        "--status",
        choices=STATUSES,
        default="open",
        help=translate(
            "OffersCli",
            "open (default), awaiting, drafts, closed, all, or one status: draft, sent, "
            "accepted, declined, expired, withdrawn",
        ),
    )
    parser.add_argument(
        "--scheme",
        metavar="KEY",
        help=translate("OffersCli", "only the offers of dwellings of this housing scheme"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("OffersCli", "machine-readable output")
    )
    parser = commands.sub(
        "offers",
        "expire",
        translate(
            "OffersCli",
            "Expire the sent offers whose reply deadline has passed (consequence, next candidate)",
        ),
        run_expire,
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("OffersCli", "machine-readable output")
    )


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def run_list(args: argparse.Namespace, context: Context) -> int:
    from db.enums import OfferStatus  # noqa: PLC0415
    from desktop.core import formats  # noqa: PLC0415
    from desktop.core.offers.views import OfferFilter, list_offers  # noqa: PLC0415
    from desktop.core.offers.workflow import status_label  # noqa: PLC0415

    statuses = {s.value for s in OfferStatus}
    ws, scheme = context.workspace(), args.scheme
    if args.status in statuses:
        rows = [
            r
            for r in list_offers(ws, OfferFilter.ALL, scheme=scheme)
            if r.status == OfferStatus(args.status)
        ]
    else:
        rows = list_offers(ws, OfferFilter(args.status), scheme=scheme)
    if args.json:
        context.print_json(
            {
                "offers": [
                    {
                        "id": r.id,
                        "status": r.status.value,
                        "applicant_id": r.applicant_id,
                        "applicant": r.applicant_name,
                        "vacancy_id": r.vacancy_id,
                        "address": r.address,
                        "department": r.department,
                        "scheme": r.scheme_key,
                        "scheme_name": r.scheme,
                        "sent_on": _iso(r.sent_on),
                        "reply_deadline": _iso(r.reply_deadline),
                        "days_left": r.days_left,
                        "rank": r.rank,
                    }
                    for r in rows
                ]
            }
        )
        return 0
    for r in rows:
        deadline = (
            translate("OffersCli", "reply by {date}").format(date=formats.date(r.reply_deadline))
            if r.reply_deadline
            else ""
        )
        context.print(
            f"{r.id:>6}  {status_label(r.status):<10}  {r.applicant_name}, {r.address}  {deadline}"
        )
    context.print(
        formats.plural(
            len(rows), translate("OffersCli", "{n} offer."), translate("OffersCli", "{n} offers.")
        )
    )
    return 0


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
