"""Vacant dwellings from the command line:

    anvis import vacancies FILE [--org NUMBER] [--scheme KEY] [--dry-run] [--json] [--strict]
    anvis import vacancies FILE --landlord CVR [--dry-run] [--json] [--strict]
    anvis vacancies list [--status S[,T]] [--org NUMBER] [--scheme KEY] [--import ID|last] [--json]
    anvis vacancies decide ID (--accept | --return) [--reason TEXT] [--dry-run] [--json]
    anvis vacancies confirm ID [ID ...] [--reason TEXT] [--dry-run] [--json]
    anvis vacancies undo [--dry-run] [--json]

With `--landlord` the file is a private landlord's notice of vacant dwellings: they lie in no
department and belong to the scheme for private landlords (due 7 working days from today).
`list` gives each dwelling's eligible-candidate count (`candidates`) and the ids the others
take; `decide` and `confirm` show what needs a reason first (with --dry-run, only that).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.registry import Commands, Context, ImportOutcome, import_flags, print_import
from desktop.core.i18n import translate

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def _statuses(text: str) -> list[str]:
    from db.enums import VacancyStatus  # noqa: PLC0415

    wanted = [part.strip() for part in text.split(",") if part.strip()]
    known = {s.value for s in VacancyStatus}
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise argparse.ArgumentTypeError(
            translate("VacanciesCli", "unknown status {unknown} (one of {known})").format(
                unknown=", ".join(unknown), known=", ".join(sorted(known))
            )
        )
    return wanted


def register(commands: Commands) -> None:
    _register_import(commands)
    commands.group(
        "vacancies",
        translate("VacanciesCli", "Vacant dwellings: list, decide, confirm proposals, undo"),
    )
    p = commands.sub(
        "vacancies",
        "list",
        translate("VacanciesCli", "The dwellings with their eligible-candidate counts"),
        run_list,
    )
    p.add_argument(
        "--status",
        type=_statuses,
        metavar="S[,T]",
        help=translate("VacanciesCli", "e.g. received,accepted"),
    )
    p.add_argument(
        "--org", metavar="NUMBER", help=translate("VacanciesCli", "only this housing organisation")
    )
    p.add_argument(
        "--scheme",
        metavar="KEY",
        help=translate("VacanciesCli", "only the dwellings of this housing scheme"),
    )
    p.add_argument(
        "--import",
        dest="batch",
        metavar="ID|last",
        help=translate("VacanciesCli", "only the dwellings of one import (last: the newest)"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("VacanciesCli", "machine-readable output")
    )
    p = commands.sub(
        "vacancies",
        "decide",
        translate("VacanciesCli", "Accept or return one received dwelling"),
        run_decide,
    )
    p.add_argument("vacancy_id", type=int, metavar="ID")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--accept", action="store_true", help=translate("VacanciesCli", "accept the dwelling")
    )
    which.add_argument(
        "--return",
        dest="give_back",
        action="store_true",
        help=translate("VacanciesCli", "return it"),
    )
    p.add_argument(
        "--reason",
        help=translate(
            "VacanciesCli",
            "why (needed to return, or to accept against the proposal or without eligible "
            "candidates)",
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("VacanciesCli", "say what it needs; decide nothing"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("VacanciesCli", "machine-readable output")
    )
    p = commands.sub(
        "vacancies",
        "confirm",
        translate(
            "VacanciesCli", "Accept or return received dwellings as the intake check proposes"
        ),
        run_confirm,
    )
    p.add_argument("vacancy_ids", type=int, nargs="+", metavar="ID")
    p.add_argument(
        "--reason",
        help=translate(
            "VacanciesCli", "why, when dwellings without eligible candidates are accepted"
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("VacanciesCli", "show what would happen per organisation"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("VacanciesCli", "machine-readable output")
    )
    p = commands.sub(
        "vacancies",
        "undo",
        translate("VacanciesCli", "Undo your last decision or confirmation if nothing followed"),
        run_undo,
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("VacanciesCli", "show what would be undone"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("VacanciesCli", "machine-readable output")
    )


def _register_import(commands: Commands) -> None:
    parser = commands.sub(
        "import",
        "vacancies",
        translate(
            "VacanciesCli",
            "Import an organisation's spreadsheet of vacant dwellings (.xlsx, .xlsm, .xls, .ods, "
            ".csv)",
        ),
        run,
    )
    parser.add_argument(
        "file", metavar="FILE", type=Path, help=translate("VacanciesCli", "the spreadsheet")
    )
    sender = parser.add_mutually_exclusive_group()
    sender.add_argument(
        "--org",
        metavar="NUMBER",
        help=translate(
            "VacanciesCli",
            "the housing organisation's number (default: found from the department numbers)",
        ),
    )
    sender.add_argument(
        "--landlord",
        metavar="CVR",
        help=translate(
            "VacanciesCli",
            "a private landlord's file, the landlord named by its CVR number (the dwellings "
            "belong to the scheme for private landlords)",
        ),
    )
    parser.add_argument(
        "--scheme",
        metavar="KEY",
        help=translate(
            "VacanciesCli",
            "the housing scheme the dwellings belong to (anvis schemes list; default: ordinary)",
        ),
    )
    import_flags(parser)


def run(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.intake import imports  # noqa: PLC0415
    from desktop.core.tabular import problems  # noqa: PLC0415

    path: Path = args.file
    if not path.is_file():
        problems.not_found(path.name)
    ws = context.workspace()
    read = _import_landlords if args.landlord else _import_dwellings
    return print_import(
        context,
        read(args, ws),
        as_json=args.json,
        columns_line=imports.columns_line,
        error_line=imports.error_line,
    )


def _import_dwellings(args: argparse.Namespace, ws: Workspace) -> ImportOutcome:
    from desktop.core.importing import run_to_completion  # noqa: PLC0415
    from desktop.core.intake import imports  # noqa: PLC0415

    scheme = args.scheme or "ordinary"
    imports.spec_for(ws, scheme)  # an unknown scheme is refused before the file is read
    if args.org:
        organisation, book = imports.organisation_by_number(ws, args.org), None
    else:
        # Read once: to find the organisation, then to import.
        book = imports.read_to_find_organisation(ws, args.file)
        organisation = imports.guess_organisation(ws, book)
    return run_to_completion(
        imports.import_vacancies(
            ws,
            args.file,
            organisation,
            dry_run=args.dry_run,
            workbook=book,
            strict=args.strict,
            scheme=scheme,
        )
    )


def _import_landlords(args: argparse.Namespace, ws: Workspace) -> ImportOutcome:
    from desktop.core.errors import ValidationError  # noqa: PLC0415
    from desktop.core.importing import run_to_completion  # noqa: PLC0415
    from desktop.core.intake import landlord_import  # noqa: PLC0415
    from desktop.core.registry.landlords import landlord_by_cvr  # noqa: PLC0415

    landlord = landlord_by_cvr(ws, args.landlord)
    spec = landlord_import.spec_for_landlord(ws, landlord)
    if args.scheme is not None and args.scheme != spec.scheme:
        raise ValidationError(
            translate(
                "VacanciesCli",
                "A private landlord's dwellings belong to the scheme {scheme}: leave out --scheme.",
            ).format(scheme=spec.scheme)
        )
    return run_to_completion(
        landlord_import.import_landlord_vacancies(
            ws, args.file, landlord, dry_run=args.dry_run, strict=args.strict
        )
    )


# --- vacancies list / decide / confirm / undo ----------------------------------------------------


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _organisation_id(context: Context, number: str | None) -> int | None:
    if number is None:
        return None
    from desktop.core.intake.imports import organisation_by_number  # noqa: PLC0415

    return organisation_by_number(context.workspace(), number).id


def _batch_id(context: Context, batch: str | None, organisation_id: int | None) -> int | None:
    from desktop.core.errors import NotFound, ValidationError  # noqa: PLC0415
    from desktop.core.intake import batches  # noqa: PLC0415

    if batch is None:
        return None
    if batch == "last":
        found = batches.latest_vacancy_import(context.workspace(), organisation_id)
        if found is None:
            raise NotFound(translate("VacanciesCli", "No vacancy file has been imported yet."))
        return found.batch_id
    if not batch.isdigit():
        raise ValidationError(translate("VacanciesCli", "--import takes an import number or last."))
    return batches.vacancy_import(context.workspace(), int(batch)).batch_id


def run_list(args: argparse.Namespace, context: Context) -> int:
    from db.enums import VacancyStatus  # noqa: PLC0415
    from desktop.core import formats  # noqa: PLC0415
    from desktop.core.intake import listing  # noqa: PLC0415
    from desktop.core.intake.status import status_label  # noqa: PLC0415

    ws = context.workspace()
    organisation = _organisation_id(context, args.org)
    flt = listing.VacancyFilter(
        statuses=tuple(VacancyStatus(s) for s in args.status or ()),
        organisation_id=organisation,
        import_batch_id=_batch_id(context, args.batch, organisation),
        scheme=args.scheme,
    )
    rows: list[listing.VacancyRow] = []
    while True:  # pages of the list, as the window reads them
        page = listing.list_vacancies(ws, flt, offset=len(rows), limit=500, candidates=True)
        rows.extend(page)
        if len(page) < 500:
            break
    if args.json:
        context.print_json(
            {
                "vacancies": [
                    {
                        "id": r.id,
                        "status": r.status.value,
                        "organisation": r.organisation,
                        "department": r.department,
                        "address": r.address,
                        "postcode_city": r.postcode_city,
                        "rooms": r.rooms,
                        "monthly_total": str(r.monthly_total),
                        "available_from": _iso(r.available_from),
                        "desk_deadline": _iso(r.desk_deadline),
                        "scheme": r.scheme,
                        "proposal": None if r.proposal is None else r.proposal.value,
                        "reason": r.reason,
                        "candidates": r.candidates,
                    }
                    for r in rows
                ]
            }
        )
        return 0
    for r in rows:
        counted = "" if r.candidates is None else f"  {_candidates(r.candidates)}"
        context.print(
            f"{r.id:>6}  {status_label(r.status):<11} {r.address}, {r.department}  "
            f"{formats.money(r.monthly_total)}{counted}"
        )
    context.print(
        formats.plural(
            len(rows),
            translate("VacanciesCli", "{n} dwelling."),
            translate("VacanciesCli", "{n} dwellings."),
        )
    )
    return 0


def _candidates(count: int) -> str:
    from desktop.core.day.queue import candidates_text  # noqa: PLC0415

    return candidates_text(count)


def run_decide(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.intake import decisions  # noqa: PLC0415

    ws = context.workspace()
    accept = bool(args.accept)
    preview = decisions.preview_decision(ws, args.vacancy_id, accept)
    data: dict[str, Any] = {
        "id": preview.vacancy_id,
        "accept": accept,
        "proposal": None if preview.proposal is None else preview.proposal.value,
        "against_proposal": preview.against_proposal,
        "candidates": preview.candidates,
        "questions": list(preview.questions),
        "needs_reason": preview.needs_reason,
    }
    if args.dry_run:
        return _show(context, args, data, list(preview.questions))
    done = decisions.decide(ws, args.vacancy_id, accept, reason=args.reason)
    data["round"] = done.round_id
    line = (
        translate("VacanciesCli", "Dwelling {id} accepted.")
        if accept
        else translate("VacanciesCli", "Dwelling {id} returned to the organisation.")
    )
    return _show(context, args, data, [line.format(id=args.vacancy_id)])


def run_confirm(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.intake import decisions, undo  # noqa: PLC0415

    ws = context.workspace()
    preview = decisions.preview_confirmation(ws, args.vacancy_ids)
    data: dict[str, Any] = {
        "organisations": [
            {
                "organisation_id": plan.organisation_id,
                "landlord_id": plan.landlord_id,
                "organisation": plan.organisation,
                "accepted": plan.accepted,
                "returned": plan.returned,
                "without_candidates": plan.without_candidates,
            }
            for plan in preview.organisations
        ],
        "accept": list(preview.to_accept),
        "return": list(preview.to_return),
        "skipped": list(preview.skipped),
        "without_candidates": list(preview.without_candidates),
        "questions": list(preview.questions),
        "needs_reason": preview.needs_reason,
    }
    lines = [*preview.lines(), *preview.questions]
    if args.dry_run:
        return _show(context, args, data, lines)
    done = decisions.confirm_proposals(ws, args.vacancy_ids, reason=args.reason)
    data.update({"round": done.round_id, "accepted": done.accepted, "returned": done.returned})
    last = undo.last_decision(ws)  # what was just done, as "Fortryd" names it
    summary = last.text() if last is not None else ""
    return _show(context, args, data, [summary])


def run_undo(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.errors import NotFound  # noqa: PLC0415
    from desktop.core.intake import undo  # noqa: PLC0415

    ws = context.workspace()
    last = undo.last_decision(ws)
    if last is None:
        raise NotFound(translate("Undo", "There is no decision of yours to undo."))
    data: dict[str, Any] = {
        "round": last.round_id,
        "kind": last.kind,
        "vacancies": list(last.vacancy_ids),
        "accepted": last.accepted,
        "returned": last.returned,
        "can_undo": last.can_undo,
        "blocked": last.blocked,
        "text": last.text(),
    }
    if args.dry_run:
        lines = [last.text()] + ([] if last.blocked is None else [last.blocked])
        return _show(context, args, data, lines)
    undo.undo_last_decision(ws, last.round_id)
    data["undone"] = True
    done = translate("VacanciesCli", "Undone: {what}").format(what=last.text())
    return _show(context, args, data, [done])


def _show(
    context: Context, args: argparse.Namespace, data: dict[str, Any], lines: list[str]
) -> int:
    if args.json:
        context.print_json(data)
    else:
        for line in lines:
            context.print(line)
    return 0
