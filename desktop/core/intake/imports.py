"""Importing an organisation's vacancy spreadsheet: preview (nothing written), then commit (all
or nothing), through `desktop.core.importing` with the vacancy spec. The command line and the
window call these."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.models import Department, ImportRow, Organisation
from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import translate
from desktop.core.importing import (
    Preview,
    Steps,
    build_preview,
    commit,
    import_report,
)
from desktop.core.intake.fields import FIELDS
from desktop.core.intake.importer import SPEC
from desktop.core.registry import numbers
from desktop.core.tabular import parse_identifier, read_workbook
from desktop.core.tabular.headers import find_header, map_columns
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class OrganisationRef:
    id: int
    number: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, on a dry run, would do)."""

    report: dict[str, Any]  # the JSON report (see desktop.core.importing.report)
    organisation: OrganisationRef
    batch_id: int | None
    nothing_new: bool  # every readable row was imported before
    earlier: tuple[str, ...]  # "21.11.2026 by tester" of byte-identical files imported before

    def summary(self) -> str:
        """One line for people."""
        r = self.report
        if self.nothing_new:
            text = translate(
                "Intake",
                "Nothing new: the {duplicates} dwellings in {file} are registered already.",
            ).format(duplicates=r["duplicates"], file=r["file"])
            if r["rows_rejected"]:
                text += " " + translate("Intake", "{rejected} rows have errors.").format(
                    rejected=r["rows_rejected"]
                )
            return text
        text = translate(
            "Intake",
            "{file} ({organisation}): {imported} of {total} rows imported, {rejected} with "
            "errors, {duplicates} duplicates.",
        ).format(
            file=r["file"],
            organisation=self.organisation.label,
            imported=r["rows_imported"],
            total=r["rows_total"],
            rejected=r["rows_rejected"],
            duplicates=r["duplicates"],
        )
        if r["dry_run"]:
            text += " " + translate("Intake", "Dry run: nothing was saved.")
        return text


def organisation_by_number(ws: Workspace, number: str) -> OrganisationRef:
    wanted = numbers.organisation_number(number)
    with ws.read() as session:
        row = session.execute(
            select(Organisation.id, Organisation.number, Organisation.name).where(
                Organisation.number == wanted
            )
        ).first()
    if row is None:
        raise NotFound(
            translate(
                "Intake", "There is no housing organisation with the number {number}."
            ).format(number=number)
        )
    return OrganisationRef(*row)


def organisation_by_id(ws: Workspace, organisation_id: int) -> OrganisationRef:
    with ws.read() as session:
        row = session.execute(
            select(Organisation.id, Organisation.number, Organisation.name).where(
                Organisation.id == organisation_id
            )
        ).first()
    if row is None:
        raise NotFound(translate("Intake", "The housing organisation no longer exists."))
    return OrganisationRef(*row)


def guess_organisation(ws: Workspace, path: Path) -> OrganisationRef:
    """The organisation whose department numbers the file's rows use (the files carry no
    organisation number). Raises UserError when no single organisation fits well."""
    book = read_workbook(path)
    found: list[str] = []
    for sheet in book.data_sheets():
        header = find_header(sheet, FIELDS)
        if header is None:
            continue
        columns = map_columns(header.headers, FIELDS, ignore_columns=sheet.hidden_columns)
        column = columns.columns.get("department_number")
        if column is None:
            continue
        for _number, values in sheet.rows[header.position + 1 :]:
            if column < len(values):
                try:
                    text = parse_identifier(values[column])
                except ValueError:
                    continue
                if text:
                    found.append(text)
    wanted = Counter(found)
    with ws.read() as session:
        rows = session.execute(
            select(Organisation.id, Organisation.number, Organisation.name, Department.number)
            .join(Department, Department.organisation_id == Organisation.id)
            .where(Organisation.active.is_(True))
        ).all()
    orgs: dict[int, OrganisationRef] = {}
    known: dict[int, set[str]] = {}
    for org_id, org_no, name, dept_no in rows:
        orgs[org_id] = OrganisationRef(org_id, org_no, name)
        known.setdefault(org_id, set()).add(dept_no)
    scores = sorted(
        ((sum(n for d, n in wanted.items() if d in known[o]), o) for o in orgs), reverse=True
    )
    total = sum(wanted.values())
    unique = len(scores) == 1 or (len(scores) > 1 and scores[1][0] < scores[0][0])
    if total and scores and scores[0][0] >= 0.8 * total and unique:
        return orgs[scores[0][1]]
    raise UserError(
        translate(
            "Intake",
            "Anvis cannot tell which housing organisation sent {file}. Choose the organisation "
            "(on the command line: --org NUMBER).",
        ).format(file=path.name)
    )


def preview_vacancies(
    ws: Workspace, path: Path, organisation_id: int, *, remembered: dict[str, str] | None = None
) -> Steps[Preview]:
    """Read and check the file; nothing is written. Yields progress, returns the Preview."""
    return build_preview(ws, path, SPEC, organisation_id=organisation_id, remembered=remembered)


def commit_vacancies(
    ws: Workspace, preview: Preview, organisation: OrganisationRef
) -> Steps[ImportOutcome]:
    """Write the preview's new rows in one transaction (all or nothing)."""
    result = yield from commit(ws, preview, SPEC)
    return _outcome(preview, organisation, result.batch_id, dry_run=False)


def import_vacancies(
    ws: Workspace, path: Path, organisation: OrganisationRef, *, dry_run: bool = False
) -> Steps[ImportOutcome]:
    """Preview and, unless `dry_run`, commit: what `anvis import vacancies` does."""
    preview = yield from preview_vacancies(ws, path, organisation.id)
    if dry_run:
        return _outcome(preview, organisation, None, dry_run=True)
    return (yield from commit_vacancies(ws, preview, organisation))


def _outcome(
    preview: Preview, organisation: OrganisationRef, batch_id: int | None, *, dry_run: bool
) -> ImportOutcome:
    report = import_report(preview, None, organisation=organisation.number)
    report["dry_run"] = dry_run
    from desktop.core import formats  # noqa: PLC0415

    earlier = tuple(
        translate("Intake", "{date} by {user}").format(
            date=formats.date(e.created_at.date()), user=e.created_by
        )
        for e in preview.earlier_imports
    )
    nothing_new = report["rows_imported"] == 0 and report["duplicates"] > 0
    return ImportOutcome(report, organisation, batch_id, nothing_new, earlier)


def batch_outcomes(ws: Workspace, batch_id: int) -> Counter[str]:
    """How many rows of a stored batch ended how (imported, duplicate, error, skipped)."""
    with ws.read() as session:
        rows = session.scalars(select(ImportRow.outcome).where(ImportRow.batch_id == batch_id))
        return Counter(str(outcome) for outcome in rows)
