"""Importing an organisation's vacancy spreadsheet: preview (nothing written), then commit (all
or nothing), through `desktop.core.importing` with the vacancy spec. The command line and the
window call these."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select

from db.enums import DwellingType, ImportKind
from db.models import Department, Organisation, Vacancy
from desktop.core import formats
from desktop.core.errors import NotFound, UserError
from desktop.core.exchange.template_key import read_key
from desktop.core.formats import number, plural
from desktop.core.i18n import translate
from desktop.core.importing import (
    Preview,
    RowStatus,
    Steps,
    build_preview,
    commit,
    counts,
    finish_import,
    import_report,
    load_mapping,
    save_mapping,
)
from desktop.core.importing import columns as shared_columns
from desktop.core.importing.mappings import load_every_mapping_in
from desktop.core.importing.outcomes import RowRecord
from desktop.core.importing.outcomes import batch_rows as importing_batch_rows
from desktop.core.importing.preview import header_check
from desktop.core.intake.address import format_address
from desktop.core.intake.fields import FIELDS, NOT_IMPORTED
from desktop.core.intake.importer import DRAFT, SPEC, VacancySpec
from desktop.core.intake.parse import sheet_dwelling_type
from desktop.core.intake.rules import field_label
from desktop.core.registry import numbers
from desktop.core.registry.departments import OrganisationRef
from desktop.core.registry.landlords import LandlordRef
from desktop.core.schemes.listing import organisation_scheme
from desktop.core.schemes.settings import ORDINARY
from desktop.core.tabular import Workbook, parse_identifier, read_workbook
from desktop.core.tabular.headers import find_header, map_columns
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, on a dry run, would do)."""

    report: dict[str, Any]  # the JSON report (see desktop.core.importing.report)
    organisation: OrganisationRef | LandlordRef  # who sent the file
    batch_id: int | None
    nothing_new: bool  # every readable row was imported before
    earlier: tuple[str, ...]  # "21.11.2026 by tester" of byte-identical files imported before

    def summary(self) -> str:
        """One line for people."""
        r = self.report
        if self.nothing_new:
            text = plural(
                r["duplicates"],
                translate("Intake", "Nothing new: the dwelling in {file} is registered already."),
                translate(
                    "Intake", "Nothing new: the {n} dwellings in {file} are registered already."
                ),
            ).format(file=r["file"])
            if r["rows_rejected"]:
                text += " " + plural(
                    r["rows_rejected"],
                    translate("Intake", "{n} row has errors."),
                    translate("Intake", "{n} rows have errors."),
                )
            return text
        text = translate(
            "Intake",
            "{file} ({organisation}): {imported} of {total} imported, {rejected} with errors, "
            "{duplicates}.",
        ).format(
            file=r["file"],
            organisation=self.organisation.label,
            imported=number(r["rows_imported"]),
            total=counts.rows(r["rows_total"]),
            rejected=number(r["rows_rejected"]),
            duplicates=counts.duplicates(r["duplicates"]),
        )
        if r["dry_run"]:
            text += " " + translate("Intake", "Dry run: nothing was saved.")
        return text


def columns_line(report: dict[str, Any]) -> str | None:
    """The columns Anvis did not understand, with the field each one's words suggest."""
    return shared_columns.not_understood_line(report, field_label)


def error_line(error: dict[str, Any]) -> str:
    """One row error of a report as a line for people."""
    return translate("Intake", "  {sheet}, row {row}, {column}: {message}").format(**error)


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


def guess_organisation(ws: Workspace, source: Path | Workbook) -> OrganisationRef:
    """The organisation whose department numbers the file's rows use (the files carry no
    organisation number) - or the one named in the hidden key of a filled-in intake template.
    `source`: the file, or the workbook read from it (to be passed on to the preview, so the
    file is read once). Raises FileProblem when the file cannot be read, UserError when no
    single organisation fits well."""

    book = source if isinstance(source, Workbook) else read_workbook(source)
    key = read_key(book)
    if key is not None:
        return organisation_by_number(ws, key.organisation_number)
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
        ).format(file=book.name)
    )


def read_to_find_organisation(ws: Workspace, path: Path) -> Workbook:
    """The file read to find its organisation (the command line, without --org). A file none
    of whose sheets has, among its first rows, a header row that the synonyms or some
    organisation's remembered choices read is refused (FileProblem) before the rest is read."""

    with ws.read() as session:
        remembered = load_every_mapping_in(session, ImportKind.VACANCIES)
    return read_workbook(path, check_head=header_check(path.name, FIELDS, remembered))


def spec_for(ws: Workspace, scheme: str = ORDINARY) -> VacancySpec:
    """The importer of dwellings of the housing scheme `scheme`, one of the schemes in force
    today (else a ValidationError that names them)."""
    if scheme == ORDINARY:
        return SPEC
    return VacancySpec(organisation_scheme(ws, scheme).key)


def preview_vacancies(
    ws: Workspace,
    path: Path,
    organisation_id: int | None,
    *,
    remembered: dict[str, str] | None = None,
    manual_mapping: bool = True,
    workbook: Workbook | None = None,
    spec: VacancySpec = SPEC,
) -> Steps[Preview]:
    """Read (unless given its `workbook`) and check the file; nothing is written. Yields
    progress, returns the Preview. `spec`: the importer of another housing scheme than the
    ordinary one (`spec_for`), or a private landlord's (`landlord_import`, without an
    organisation).

    A file whose columns Anvis cannot find gives a Preview without rows that `needs_mapping`
    (staff choose the columns in the window, see `mapped_columns`); with
    `manual_mapping=False` (the command line) it is a FileProblem."""
    return build_preview(
        ws,
        path,
        spec,
        organisation_id=organisation_id,
        remembered=remembered,
        manual_mapping=manual_mapping,
        workbook=workbook,
    )


def commit_vacancies(
    ws: Workspace,
    preview: Preview,
    sender: OrganisationRef | LandlordRef,
    *,
    spec: VacancySpec = SPEC,
) -> Steps[ImportOutcome]:
    """Write the preview's new rows in one transaction (all or nothing), as dwellings of the
    housing scheme of `spec` (the one the preview was made with; a private landlord's:
    `landlord_import.spec_for_landlord`)."""
    result = yield from commit(ws, preview, spec)
    return outcome_of(preview, sender, result.batch_id, dry_run=False, scheme=spec.scheme)


def import_vacancies(
    ws: Workspace,
    path: Path,
    organisation: OrganisationRef,
    *,
    dry_run: bool = False,
    workbook: Workbook | None = None,
    strict: bool = False,
    scheme: str = ORDINARY,
) -> Steps[ImportOutcome]:
    """Preview and, unless `dry_run`, commit: what `anvis import vacancies` does (`workbook`:
    the file already read, e.g. to find its organisation). `strict`: a column with values that
    Anvis does not understand refuses the file (FileProblem), nothing written. The dwellings
    belong to the housing scheme `scheme` (a ValidationError if none in force has that key)."""
    spec = spec_for(ws, scheme)
    preview = yield from preview_vacancies(
        ws, path, organisation.id, manual_mapping=False, workbook=workbook, spec=spec
    )
    result = yield from finish_import(ws, preview, spec, dry_run=dry_run, strict=strict)
    return outcome_of(
        preview,
        organisation,
        None if result is None else result.batch_id,
        dry_run=dry_run,
        scheme=spec.scheme,
    )


def outcome_of(
    preview: Preview,
    sender: OrganisationRef | LandlordRef,
    batch_id: int | None,
    *,
    dry_run: bool,
    scheme: str,
) -> ImportOutcome:
    """What an import of `sender`'s file did: an organisation's, or a private landlord's (the
    report names its CVR number as `landlord`)."""
    if isinstance(sender, LandlordRef):
        report = import_report(preview, None, organisation=None)
        report["landlord"] = sender.cvr
    else:
        report = import_report(preview, None, organisation=sender.number)
    report["dry_run"] = dry_run
    report["scheme"] = scheme

    earlier = tuple(
        translate("Intake", "{date} by {user}").format(
            date=formats.date(e.created_at.date()), user=e.created_by
        )
        for e in preview.earlier_imports
    )
    nothing_new = report["rows_imported"] == 0 and report["duplicates"] > 0
    return ImportOutcome(report, sender, batch_id, nothing_new, earlier)


def batch_rows(ws: Workspace, batch_id: int) -> list[RowRecord]:
    """Every row of a stored vacancy import and what became of it, in the file's order: the
    dwellings the batch created (they keep their sheet and row) and its other rows (errors,
    duplicates, blank and total rows, with their messages)."""
    with ws.read() as session:
        table = Vacancy.__table__.c
        imported = session.execute(
            select(table.source_sheet, table.source_row, table.id).where(
                table.import_batch_id == batch_id
            )
        )
        return importing_batch_rows(
            session,
            batch_id,
            ((str(sheet), int(row), int(vacancy_id)) for sheet, row, vacancy_id in imported),
        )


def batch_outcomes(ws: Workspace, batch_id: int) -> Counter[str]:
    """How many rows of a stored batch ended how (imported, duplicate, error, skipped)."""
    return Counter(str(record.outcome) for record in batch_rows(ws, batch_id))


# --- what the preview and mapping dialogs show -------------------------------------------------


class PreviewLine(NamedTuple):
    """One row of the import preview."""

    sheet: str
    row: int
    status: str  # RowStatus value: new, duplicate, error, skipped
    department: str
    lease_number: str
    address: str
    postcode_city: str
    dwelling_type: DwellingType | None
    rooms: float | None
    area_m2: float | None
    rent: Decimal | None
    aconto: Decimal | None
    available_from: dt.date | None
    messages: str  # "Column: message" lines


def preview_lines(preview: Preview) -> list[PreviewLine]:
    """Every data row with its parsed values and status (blank and total rows left out)."""
    lines = []
    for row in preview.rows:
        if row.status is RowStatus.SKIPPED:
            continue
        draft = row.values.get(DRAFT)
        messages = "\n".join(
            f"{p.column}: {p.message}" if p.column else p.message for p in row.problems
        )
        if draft is None:
            lines.append(
                PreviewLine(
                    row.sheet,
                    row.row_number,
                    row.status.value,
                    "",
                    "",
                    "",
                    "",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    messages,
                )
            )
            continue
        acontos = [a for a in (draft.aconto_heating, draft.aconto_water, draft.aconto_other) if a]
        lines.append(
            PreviewLine(
                row.sheet,
                row.row_number,
                row.status.value,
                draft.department_number or "",
                draft.lease_number or "",
                format_address(draft.street, draft.house_number, draft.floor, draft.door),
                " ".join(p for p in (draft.postcode, draft.city) if p),
                draft.dwelling_type or sheet_dwelling_type(row.sheet),
                draft.rooms,
                draft.area_m2,
                draft.rent,
                sum(acontos, Decimal(0)) if acontos else None,
                draft.available_from,
                messages,
            )
        )
    return lines


def preview_counts(preview: Preview) -> dict[str, int]:
    return {status.value: preview.count(status) for status in RowStatus}


MappedColumn = shared_columns.MappedColumn


def mapped_columns(preview: Preview) -> list[MappedColumn]:
    """Every header cell of the file and the field it feeds (see importing.columns)."""
    return shared_columns.mapped_columns(preview)


def required_fields() -> list[str]:
    """The labels of the fields every file must have a column for."""
    return [field_label(f.name) for f in FIELDS.required]


def missing_fields(preview: Preview) -> list[str]:
    """The labels of the required fields no column feeds (when `preview.needs_mapping`)."""
    return shared_columns.missing_fields(preview, FIELDS, field_label)


def field_choices() -> list[tuple[str, str]]:
    """(field name, label) of every field a column may feed, for the mapping dialog."""
    return [(f.name, field_label(f.name)) for f in FIELDS.fields if f.name not in NOT_IMPORTED]


def save_column_choices(ws: Workspace, organisation_id: int, choices: dict[str, str]) -> None:
    """Remember staff's choices (normalised header -> field, "" = not imported) for the
    organisation's next files."""
    save_mapping(ws, organisation_id, ImportKind.VACANCIES, choices)


def confirm_columns(ws: Workspace, organisation_id: int, choices: dict[str, str]) -> dict[str, str]:
    """Remember the choices staff confirmed and return everything remembered (for checking the
    file again with it)."""
    save_column_choices(ws, organisation_id, choices)
    return remembered_columns(ws, organisation_id)


class UnknownColumnLine(NamedTuple):
    """A column not understood, as the preview lists it."""

    letter: str
    header: str
    example: str
    suggestion: str  # the suggested field's label ("" when its words point to none)
    key: str
    field: str | None


def unknown_columns(preview: Preview) -> list[UnknownColumnLine]:
    """The columns of the file Anvis did not understand, each with its suggested field."""
    return [
        UnknownColumnLine(
            c.letter,
            c.header,
            c.example,
            field_label(c.suggestion) if c.suggestion else "",
            c.key,
            c.suggestion,
        )
        for c in shared_columns.not_understood(preview)
    ]


def remembered_columns(ws: Workspace, organisation_id: int) -> dict[str, str]:
    return load_mapping(ws, organisation_id, ImportKind.VACANCIES)
