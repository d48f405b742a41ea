"""The ministry's lists (published every 1 December): publications, their entries, and importing
a publication from a spreadsheet.

An entry names a department, or a housing area (it then applies to every department of the
area). The newest publication on or before a day is the one in force and replaces the earlier
ones (see `desktop.core.colours.lists_on`). The legal blocks of ABL § 59 stk. 6-7 read the lists
through `ColourStatus.disadvantaged` / `.prevention`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import AuditAction, ImportKind, ListKind
from db.models import (
    Department,
    HousingArea,
    MinistryList,
    MinistryListEntry,
    Organisation,
)
from desktop.core import audit, formats, locking
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.importing import (
    Cells,
    ImportContext,
    ImportWrite,
    PreviewRow,
    Problem,
    RowStatus,
)
from desktop.core.importing.at_once import ImportResult, import_file
from desktop.core.importing.summary import ImportSummary, accounting, summary_of
from desktop.core.registry.master_data import (
    parse_lists,
    parse_organisation_number,
    row_department,
)
from desktop.core.registry.names import list_name
from desktop.core.registry.publications import publication_on
from desktop.core.tabular.headers import Field, FieldSet
from desktop.core.tabular.values import parse_identifier, parse_text
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class PublicationRow:
    id: int
    list_date: dt.date
    name: str
    source: str | None
    entries: int


@dataclass(frozen=True)
class EntryRow:
    id: int
    kind: ListKind
    kind_name: str
    department_id: int | None
    organisation_number: str | None
    department_number: str | None
    department_name: str | None
    housing_area: str | None  # an entry for a whole area
    departments_covered: int


def publications(ws: Workspace) -> list[PublicationRow]:
    """Every publication, newest first."""
    with ws.read() as session:
        counts = dict(
            session.execute(
                select(MinistryListEntry.list_id, func.count()).group_by(MinistryListEntry.list_id)
            ).all()
        )
        return [
            PublicationRow(p.id, p.list_date, p.name, p.source, counts.get(p.id, 0))
            for p in session.scalars(select(MinistryList).order_by(MinistryList.list_date.desc()))
        ]


def entries(ws: Workspace, publication_id: int) -> list[EntryRow]:
    with ws.read() as session:
        area_sizes = dict(
            session.execute(
                select(Department.housing_area_id, func.count())
                .where(Department.housing_area_id.is_not(None))
                .group_by(Department.housing_area_id)
            ).all()
        )
        rows = session.execute(
            select(
                MinistryListEntry.id,
                MinistryListEntry.kind,
                MinistryListEntry.department_id,
                Organisation.number,
                Department.number,
                Department.name,
                HousingArea.id,
                HousingArea.name,
            )
            .outerjoin(Department, MinistryListEntry.department_id == Department.id)
            .outerjoin(Organisation, Department.organisation_id == Organisation.id)
            .outerjoin(HousingArea, MinistryListEntry.housing_area_id == HousingArea.id)
            .where(MinistryListEntry.list_id == publication_id)
            .order_by(MinistryListEntry.kind, Organisation.number, Department.number)
        ).all()
    return [
        EntryRow(
            entry_id,
            kind,
            list_name(kind),
            dept_id,
            org_no,
            dept_no,
            dept_name,
            area_name,
            1 if dept_id is not None else area_sizes.get(area_id, 0),
        )
        for entry_id, kind, dept_id, org_no, dept_no, dept_name, area_id, area_name in rows
    ]


def add_entry(
    ws: Workspace,
    list_date: dt.date,
    kind: ListKind,
    *,
    department_id: int | None = None,
    housing_area: str | None = None,
) -> int:
    """Put a department or a housing area (by name) on a list of the publication of a date."""
    if (department_id is None) == (not housing_area):
        raise ValidationError(translate("MinistryLists", "Choose a department or a housing area."))
    with ws.write() as session:
        area_id = None
        if housing_area:
            area = session.scalars(
                select(HousingArea).where(func.lower(HousingArea.name) == housing_area.lower())
            ).first()
            if area is None:
                raise NotFound(
                    translate("MinistryLists", "There is no housing area called {name}.").format(
                        name=housing_area
                    )
                )
            area_id = area.id
        publication = publication_on(session, list_date)
        entry = MinistryListEntry(
            list_id=publication.id, kind=kind, department_id=department_id, housing_area_id=area_id
        )
        session.add(entry)
        session.flush()
        audit.record(session, AuditAction.CREATE, "ministry_list_entry", entry.id)
        return entry.id


def remove_entry(ws: Workspace, entry_id: int) -> None:
    with ws.write() as session:
        entry = locking.lock(session, MinistryListEntry, entry_id)  # removed elsewhere: gone
        if entry is None:
            raise NotFound(translate("MinistryLists", "The entry no longer exists."))
        audit.record(session, AuditAction.DELETE, "ministry_list_entry", entry_id)
        session.delete(entry)


# --- importing a publication ------------------------------------------------------------------

FIELDS = FieldSet(
    (
        Field("organisation_number", ("Org.nr.", "Org nr", "Organisationsnummer", "Org. no.")),
        Field("number", ("Afd.nr.", "Afdelingsnummer", "Afd.", "Department number")),
        Field("housing_area", ("Boligområde", "Område", "Housing area")),
        Field(
            "kind",
            ("Liste", "Ministeriets liste", "Listestatus", "Status", "Ministry list"),
            required=True,
            label="Liste",
        ),
    )
)


@dataclass
class MinistryListSpec:
    """Rows name a department (Org.nr. + Afd.nr.) or a housing area, and the list it is on."""

    list_date: dt.date
    kind: ImportKind = ImportKind.MINISTRY_LISTS
    fieldset: FieldSet = FIELDS

    def parse_row(self, cells: Cells) -> dict[str, Any]:
        kinds = cells.take("kind", parse_lists, required=True) or frozenset()
        if len(kinds) != 1:
            cells.problem("kind", translate("MinistryLists", "Write exactly one list per row."))
        values = {
            "kinds": kinds,
            "organisation_number": cells.take("organisation_number", parse_organisation_number),
            "number": cells.take("number", parse_identifier),
            "housing_area": cells.take("housing_area", parse_text),
        }
        if values["number"] is None and values["housing_area"] is None:
            cells.problem(
                "number",
                translate("MinistryLists", "Give a department number or a housing area."),
            )
        elif values["number"] is not None and values["organisation_number"] is None:
            cells.problem(
                "organisation_number",
                translate("MinistryLists", "A department number needs its organisation number."),
            )
        return values

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        kind = next(iter(values["kinds"]), None)
        if values["number"] is not None:
            return (kind, "department", values["organisation_number"], values["number"])
        return (kind, "area", " ".join(str(values["housing_area"]).casefold().split()))

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        publication = session.scalars(
            select(MinistryList).where(MinistryList.list_date == self.list_date)
        ).first()
        existing: set[tuple[ListKind, int | None, int | None]] = set()
        if publication is not None:
            existing = {
                (e.kind, e.department_id, e.housing_area_id)
                for e in session.scalars(
                    select(MinistryListEntry).where(MinistryListEntry.list_id == publication.id)
                )
            }
        areas = {
            " ".join(a.name.casefold().split()): a.id for a in session.scalars(select(HousingArea))
        }
        for row in rows:
            values = row.values
            kind = next(iter(values["kinds"]))
            dept_id = area_id = None
            if values["number"] is not None:
                department = row_department(
                    session, row, FIELDS.get("number").title, _unknown_department
                )
                if department is None:
                    continue
                dept_id = department.id
            else:
                area_id = areas.get(" ".join(str(values["housing_area"]).casefold().split()))
                if area_id is None:
                    row.add_problem(
                        Problem(
                            FIELDS.get("housing_area").title,
                            translate(
                                "MinistryLists",
                                "Anvis has no housing area called {name}: create it on a "
                                "department first.",
                            ).format(name=values["housing_area"]),
                        )
                    )
                    continue
            values["target"] = (kind, dept_id, area_id)
            if values["target"] in existing:
                row.status = RowStatus.UNCHANGED

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        session, batch = job.session, job.batch
        publication = publication_on(session, self.list_date, batch.filename)
        if publication.import_batch_id is None:
            publication.import_batch_id = batch.id
        ids: list[int | None] = []
        for row in job.rows:
            kind, dept_id, area_id = row.values["target"]
            entry = MinistryListEntry(
                list_id=publication.id, kind=kind, department_id=dept_id, housing_area_id=area_id
            )
            session.add(entry)
            session.flush()
            ids.append(entry.id)
        return ids


def _unknown_department(organisation: str, department: str) -> str:
    return translate(
        "MinistryLists", "Anvis has no department {department} in organisation {organisation}."
    ).format(department=department, organisation=organisation)


@dataclass(frozen=True)
class MinistryImportResult(ImportResult):
    list_date: dt.date

    def as_json(self) -> dict[str, Any]:
        report = super().as_json()
        report["list_date"] = self.list_date.isoformat()
        return report


def import_ministry_lists(
    ws: Workspace, path: Path, list_date: dt.date, *, dry_run: bool = False
) -> MinistryImportResult:
    """Add the file's entries to the publication of `list_date` (created if new)."""
    done = import_file(ws, path, MinistryListSpec(list_date), dry_run=dry_run)
    return MinistryImportResult(done.preview, done.result, list_date)


def summary(outcome: MinistryImportResult) -> ImportSummary:
    """What became of every row of the file, and the rows with errors."""
    lines = accounting(outcome.preview)
    if outcome.result is None:
        lines.append(translate("MinistryLists", "Dry run: nothing was saved."))
    title = translate("MinistryLists", "Ministry lists of {date}: {file}").format(
        date=formats.date(outcome.list_date), file=outcome.preview.file_name
    )
    return summary_of(outcome.preview, title, lines)


def summary_lines(outcome: MinistryImportResult) -> list[str]:
    """The summary as the command line prints it (errors one to a line)."""
    return summary(outcome).text_lines()


__all__ = [
    "EntryRow",
    "MinistryImportResult",
    "PublicationRow",
    "add_entry",
    "entries",
    "import_ministry_lists",
    "publication_on",
    "publications",
    "remove_entry",
    "summary",
    "summary_lines",
]
