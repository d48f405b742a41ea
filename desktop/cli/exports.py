"""`anvis export ...`: the workbooks and reports that leave the desk.

    anvis export replies    --org NUMBER [--from DATE] [--to DATE] --out FILE.xlsx [--purpose TEXT]
    anvis export template   --org NUMBER --out FILE.xlsx
    anvis export report     --year YYYY --out FILE.pdf|FILE.xlsx
    anvis export report     --report KEY --from DATE --to DATE --out FILE.pdf|FILE.xlsx
    anvis export applicants --out FILE.xlsx --purpose TEXT [--columns a,b] [--status s,t]
                            [--target-group g,h]
    anvis export quota      --from DATE --to DATE --out FILE.xlsx [--org NUMBER]
    anvis export placements --out FILE.xlsx [--date DATE] [--org NUMBER]

Dates are written 2026-10-01 or 01.10.2026. Each command prints one line (or JSON with --json).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.cli.registry import Commands, Context
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate


def date_argument(text: str) -> dt.date:
    from desktop.core.tabular.values import ValueProblem, parse_date  # noqa: PLC0415

    try:
        day = parse_date(text)
    except ValueProblem as problem:
        raise argparse.ArgumentTypeError(problem.message) from None
    if day is None:
        raise argparse.ArgumentTypeError(translate("ExportCli", "a date is needed"))
    return day


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def register(commands: Commands) -> None:
    p = commands.sub(
        "export",
        "replies",
        translate("ExportCli", "The reply workbook to a housing organisation for a period"),
        replies,
    )
    p.add_argument(
        "--org",
        required=True,
        metavar="NUMBER",
        help=translate("ExportCli", "the organisation's number"),
    )
    _period(p, required=False)  # default: since the last reply to the organisation, to today
    _out(p, "FILE.xlsx")
    p.add_argument(
        "--purpose",
        help=translate(
            "ExportCli",
            "why the tenants' contact data leaves the desk (logged; default: the reply)",
        ),
    )
    p = commands.sub(
        "export",
        "template",
        translate("ExportCli", "An intake template for a housing organisation to fill in"),
        template,
    )
    p.add_argument(
        "--org",
        required=True,
        metavar="NUMBER",
        help=translate("ExportCli", "the organisation's number"),
    )
    _out(p, "FILE.xlsx")
    p = commands.sub(
        "export",
        "report",
        translate(
            "ExportCli",
            "A report as PDF or Excel: the yearly follow-up (--year) or one report for a period",
        ),
        report,
    )
    p.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help=translate("ExportCli", "the yearly follow-up of that year"),
    )
    p.add_argument(
        "--report",
        metavar="KEY",
        help=translate(
            "ExportCli",
            "one report: vacancies, time_to_let, rent_loss, quota, offers, housed, waiting, "
            "schemes",
        ),
    )
    _period(p, required=False)
    _out(p, "FILE.pdf|FILE.xlsx")
    p = commands.sub(
        "export",
        "applicants",
        translate("ExportCli", "The applicant list (CPR numbers masked), logged"),
        applicants,
    )
    _out(p, "FILE.xlsx")
    p.add_argument(
        "--purpose",
        required=True,
        help=translate("ExportCli", "why the personal data is exported (logged)"),
    )
    p.add_argument(
        "--columns",
        type=_list,
        metavar="A,B",
        help=translate(
            "ExportCli",
            "columns to export (default: name, CPR masked, phone, target group, caseworker, "
            "status, registered, days waiting)",
        ),
    )
    p.add_argument(
        "--status", type=_list, metavar="S,T", help=translate("ExportCli", "only these statuses")
    )
    p.add_argument(
        "--target-group",
        type=_list,
        metavar="G,H",
        help=translate("ExportCli", "only these target groups"),
    )
    p = commands.sub(
        "export",
        "quota",
        translate("ExportCli", "The quota per department and organisation"),
        quota,
    )
    _period(p, required=True)
    _out(p, "FILE.xlsx")
    p.add_argument("--org", metavar="NUMBER", help=translate("ExportCli", "only this organisation"))
    p = commands.sub(
        "export",
        "placements",
        translate("ExportCli", "The placement table (colours) for the organisations"),
        placements,
    )
    _out(p, "FILE.xlsx")
    p.add_argument(
        "--date",
        type=date_argument,
        metavar="DATE",
        help=translate("ExportCli", "the day (default: today)"),
    )
    p.add_argument("--org", metavar="NUMBER", help=translate("ExportCli", "only this organisation"))


def _period(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--from", dest="start", type=date_argument, required=required, metavar="DATE"
    )
    parser.add_argument("--to", dest="end", type=date_argument, required=required, metavar="DATE")


def _out(parser: argparse.ArgumentParser, metavar: str) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=metavar,
        help=translate("ExportCli", "the file made"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("ExportCli", "print the result as JSON")
    )


def _done(context: Context, args: argparse.Namespace, line: str, data: dict[str, Any]) -> int:
    if args.json:
        context.print_json(data)
    else:
        context.print(line)
    return 0


def _organisation_id(context: Context, number: str | None) -> int | None:
    if number is None:
        return None
    from desktop.core.intake.imports import organisation_by_number  # noqa: PLC0415

    return organisation_by_number(context.workspace(), number).id


def replies(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.exchange import reply, reply_history  # noqa: PLC0415

    ws = context.workspace()
    org = _organisation_id(context, args.org)
    assert org is not None
    start, end = args.start, args.end
    if start is None or end is None:
        period = reply_history.default_period(ws, org)
        start, end = start or period.start, end or period.end
    outcome = reply.export_replies(ws, org, start, end, args.out, purpose=args.purpose)
    return _done(
        context,
        args,
        outcome.summary(),
        {
            "file": str(args.out),
            "organisation": outcome.organisation.number,
            "dwellings": outcome.dwellings,
            "tenants": outcome.tenants,
            "from": start.isoformat(),
            "to": end.isoformat(),
        },
    )


def template(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.exchange import template as intake_template  # noqa: PLC0415
    from desktop.core.exchange.template_key import VERSION  # noqa: PLC0415
    from desktop.core.formats import plural  # noqa: PLC0415

    org = _organisation_id(context, args.org)
    assert org is not None
    data = intake_template.export_template(context.workspace(), org, args.out)
    line = plural(
        len(data.departments),
        translate("ExportCli", "{file}: intake template for {organisation} with {n} department."),
        translate("ExportCli", "{file}: intake template for {organisation} with {n} departments."),
    ).format(file=args.out.name, organisation=data.organisation.label)
    return _done(
        context,
        args,
        line,
        {
            "file": str(args.out),
            "organisation": data.organisation.number,
            "departments": len(data.departments),
            "version": VERSION,
        },
    )


def _either() -> Exception:
    return ValidationError(
        translate("ExportCli", "Give either --year, or --report with --from and --to.")
    )


def report(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.formats import plural  # noqa: PLC0415
    from desktop.core.reports import export  # noqa: PLC0415

    ws = context.workspace()
    if args.year is not None:
        if args.report or args.start or args.end:
            raise _either()
        book = export.export_yearly(ws, args.year, args.out)
        line = plural(
            len(book.reports),
            translate("ExportCli", "{file}: {title}, {n} report."),
            translate("ExportCli", "{file}: {title}, {n} reports."),
        ).format(file=args.out.name, title=book.title)
        return _done(
            context,
            args,
            line,
            {"file": str(args.out), "year": args.year, "reports": [r.key for r in book.reports]},
        )
    if not (args.report and args.start and args.end):
        raise _either()
    made = export.export_report(ws, args.report, args.start, args.end, args.out)
    line = translate("ExportCli", "{file}: {title}.").format(file=args.out.name, title=made.title)
    return _done(
        context,
        args,
        line,
        {
            "file": str(args.out),
            "report": made.key,
            "figures": {f.key: f.text for f in made.figures},
        },
    )


def applicants(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.applicants.listing import ApplicantQuery  # noqa: PLC0415
    from desktop.core.exchange import applicant_list  # noqa: PLC0415

    query = ApplicantQuery(
        statuses=applicant_list.statuses_of(args.status or []),
        target_groups=frozenset(args.target_group or []),
    )
    done = applicant_list.export_applicants(
        context.workspace(),
        args.out,
        args.columns or list(applicant_list.DEFAULT_COLUMNS),
        purpose=args.purpose,
        query=query,
    )
    return _done(
        context,
        args,
        done.summary(),
        {"file": str(args.out), "applicants": done.rows, "columns": list(done.columns)},
    )


def quota(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.exchange import quota_export  # noqa: PLC0415
    from desktop.core.formats import plural  # noqa: PLC0415

    org = _organisation_id(context, args.org)
    made = quota_export.export_quota(
        context.workspace(), args.start, args.end, args.out, organisation_id=org
    )
    line = plural(
        len(made.departments),
        translate("ExportCli", "{file}: quota of {n} department."),
        translate("ExportCli", "{file}: quota of {n} departments."),
    ).format(file=args.out.name)
    if made.lacking:
        line += " " + translate(
            "ExportCli", "Without all vacancies (share not judged): {count}."
        ).format(count=len(made.lacking))
    return _done(
        context,
        args,
        line,
        {
            "file": str(args.out),
            "departments": len(made.departments),
            "without_all_vacancies": [line.label for line in made.lacking],
        },
    )


def placements(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.formats import plural  # noqa: PLC0415
    from desktop.core.registry.export import export_placements  # noqa: PLC0415

    org = _organisation_id(context, args.org)
    count = export_placements(context.workspace(), args.out, args.date, org)
    line = plural(
        count,
        translate("ExportCli", "{file}: placements of {n} department."),
        translate("ExportCli", "{file}: placements of {n} departments."),
    ).format(file=args.out.name)
    return _done(context, args, line, {"file": str(args.out), "departments": count})
