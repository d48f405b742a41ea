"""`anvis import applicants FILE [--dry-run] [--json] [--strict]`,
`anvis applicants review-addresses [--json] [--done ID ...]` and
`anvis privacy anonymise [--dry-run] [--json]`.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.registry import Commands, Context, import_flags, print_import
from desktop.core.formats import plural
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    parser = commands.sub(
        "import",
        "applicants",
        translate(
            "ApplicantsCli",
            "Import the desk's existing list of applicants (.xlsx, .xlsm, .xls, .ods, .csv)",
        ),
        run_import,
    )
    parser.add_argument(
        "file", metavar="FILE", type=Path, help=translate("ApplicantsCli", "the spreadsheet")
    )
    import_flags(parser)

    commands.group("applicants", translate("ApplicantsCli", "The applicant register"))
    review = commands.sub(
        "applicants",
        "review-addresses",
        translate(
            "ApplicantsCli",
            "List the addresses read from free text (the upgrade, an import) that wait for a "
            "look; --done clears them",
        ),
        run_review_addresses,
    )
    review.add_argument(
        "--json", action="store_true", help=translate("ApplicantsCli", "print the list as JSON")
    )
    review.add_argument(
        "--done",
        nargs="+",
        type=int,
        metavar="ID",
        help=translate(
            "ApplicantsCli", "these applicants' addresses have been checked: they leave the list"
        ),
    )

    commands.group(
        "privacy", translate("PrivacyCli", "Data protection: retention and anonymisation")
    )
    anonymise = commands.sub(
        "privacy",
        "anonymise",
        translate(
            "PrivacyCli",
            "Anonymise closed cases past the retention period (the setting retention_years)",
        ),
        run_anonymise,
    )
    anonymise.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("PrivacyCli", "list what would be anonymised; change nothing"),
    )
    anonymise.add_argument(
        "--json", action="store_true", help=translate("PrivacyCli", "print the result as JSON")
    )


def run_import(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.applicants import imports  # noqa: PLC0415
    from desktop.core.importing import run_to_completion  # noqa: PLC0415
    from desktop.core.tabular import problems  # noqa: PLC0415

    path: Path = args.file
    if not path.is_file():
        problems.not_found(path.name)
    outcome = run_to_completion(
        imports.import_applicants(
            context.workspace(), path, dry_run=args.dry_run, strict=args.strict
        )
    )
    return print_import(
        context,
        outcome,
        as_json=args.json,
        columns_line=imports.columns_line,
        error_line=_error_line,
    )


def _error_line(error: dict[str, Any]) -> str:
    return translate("ApplicantImport", "  {sheet}, row {row}, {column}: {message}").format(**error)


def run_review_addresses(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.applicants import addresses  # noqa: PLC0415

    ws = context.workspace()
    if args.done:
        count = addresses.mark_addresses_reviewed(ws, args.done)
        context.print(
            plural(
                count,
                translate("Applicants", "{n} address marked as checked."),
                translate("Applicants", "{n} addresses marked as checked."),
            )
        )
        return 0
    rows = addresses.addresses_to_review(ws)
    if args.json:
        context.print_json(
            [
                {
                    "applicant_id": r.applicant_id,
                    "name": r.name,
                    "reason": r.reason.value,
                    "address": r.address,
                    "delivery": r.delivery.value,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        context.print(
            f"{r.applicant_id:>7}  {r.name}: {r.address or ''}  "
            f"[{addresses.review_label(r.reason)}; {addresses.channel_label(r.delivery)}]"
        )
    context.print(
        plural(
            len(rows),
            translate("Applicants", "{n} address to check."),
            translate("Applicants", "{n} addresses to check."),
        )
    )
    return 0


def run_anonymise(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.applicants import privacy  # noqa: PLC0415

    result = privacy.anonymise(context.workspace(), dry_run=args.dry_run)
    if args.json:
        context.print_json(
            {
                "anonymised": 0 if result.dry_run else result.count,
                "due": result.count,
                "closed_before": result.cutoff.isoformat(),
                "ids": list(result.ids),
                "dry_run": result.dry_run,
                "not_rewritten": list(result.not_rewritten),
            }
        )
        return 1 if result.not_rewritten else 0
    if result.dry_run:
        text = plural(
            result.count,
            translate(
                "Privacy",
                "{n} closed case (closed on or before {date}) would be anonymised. Dry run: "
                "nothing was changed.",
            ),
            translate(
                "Privacy",
                "{n} closed cases (closed on or before {date}) would be anonymised. Dry run: "
                "nothing was changed.",
            ),
        )
    else:
        text = plural(
            result.count,
            translate("Privacy", "{n} closed case (closed on or before {date}) was anonymised."),
            translate("Privacy", "{n} closed cases (closed on or before {date}) were anonymised."),
        )
    context.print(text.format(date=result.cutoff.strftime("%d.%m.%Y")))
    warning = result.leftover_warning()
    if warning:
        print(f"anvis: {warning}", file=context.err)
        return 1
    return 0
