"""Importing the master workbook of organisations and departments (with colours and lists).

An importer of the shared pipeline (`desktop.core.importing`): preview first, then one
all-or-nothing commit that keeps the file and every row's outcome. The workbook has a sheet of
organisations and a sheet of departments; each sheet is recognised by its header row, whatever
it is called, and the headers may use any of the synonyms below. A sheet with a department
number column holds departments; one without holds organisations.

Re-importing merges: an organisation is keyed by its number ("88" = "088"), a department by
organisation number + department number (text: "07" is not "7"). A non-empty cell overwrites the
stored value; an empty cell never erases one. A row that would change nothing is UNCHANGED.

A department's address cell ("Mølleparkvej 1-31") gives its house-number ranges, read by
`house_numbers.parse_ranges`, when the department is new or the address changed (ranges set by
hand are kept while the address stays the same); the summary lists the addresses whose numbers
were not all understood.

Colours become placements (source "import"): a department's first placement starts on
`first_valid_from` (default 1 January of the current year); a changed colour or flexible letting
starts on `valid_from` (default today). The "ministry list" column sets the department's entries
in the publication of `list_date` (default: the newest 1 December on or before today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import Colour, FlexibleLetting, ImportKind, ListKind, PlacementSource
from db.models import Department, MinistryList, MinistryListEntry, Organisation
from desktop.core import colours
from desktop.core.i18n import translate
from desktop.core.importing import (
    Cells,
    ImportContext,
    ImportWrite,
    Preview,
    PreviewRow,
    Problem,
    RowStatus,
)
from desktop.core.importing.at_once import ImportResult, import_file
from desktop.core.importing.columns import not_understood_line
from desktop.core.importing.summary import (
    ImportSummary,
    accounting,
    sheets_not_read,
    summary_of,
)
from desktop.core.registry import address_ranges, numbers, placements
from desktop.core.registry.editing import clean_cvr, housing_area_named
from desktop.core.registry.house_numbers import parse_ranges
from desktop.core.registry.publications import publication_on
from desktop.core.tabular.headers import Field, FieldSet
from desktop.core.tabular.model import CellValue
from desktop.core.tabular.values import (
    ValueProblem,
    parse_bool,
    parse_identifier,
    parse_int,
    parse_text,
)
from desktop.core.workspace import Workspace

ORGANISATION = "organisation"
DEPARTMENT = "department"

FIELDS = FieldSet(
    (
        Field(
            "organisation_number",
            (
                "Org.nr.",
                "Org nr",
                "Org. no.",
                "Organisationsnummer",
                "Organisation nr",
                "Boligorganisation nr",
                "Selskabsnr.",
                "Selskab nr",
                "Organisation number",
            ),
            required=True,
            label="Org.nr.",
        ),
        Field(
            "number",
            (
                "Afdelingsnummer",
                "Afd.nr.",
                "Afd. nr.",
                "Afd.",
                "Afdeling nr",
                "Afdelingsnr.",
                "Department number",
            ),
            label="Afdelingsnummer",
        ),
        Field(
            "name",
            ("Navn", "Afdelingsnavn", "Afdeling", "Name", "Department name"),
            label="Navn",
        ),
        Field(
            "organisation_name",
            ("Organisation", "Organisationsnavn", "Boligorganisation", "Selskab"),
        ),
        Field("cvr", ("CVR", "CVR-nr.", "CVR nummer", "CVR number")),
        Field("email", ("E-mail", "Email", "Mail", "E-mailadresse")),
        Field("phone", ("Telefon", "Tlf.", "Tlf nr", "Telefonnummer", "Phone")),
        Field("contact_person", ("Kontaktperson", "Kontakt", "Contact person")),
        Field("housing_area", ("Boligområde", "Område", "Bydel", "Housing area")),
        Field("address", ("Adresse", "Adresser", "Vej", "Address")),
        Field("postcode", ("Postnummer", "Postnr.", "Post nr", "Postcode")),
        Field("city", ("By", "Postdistrikt", "City")),
        Field("dwellings", ("Antal boliger", "Boliger", "Antal lejemål", "Dwellings")),
        Field("colour", ("Farve", "Indplacering", "Trappetrin", "Colour")),
        Field(
            "flexible_letting",
            ("Fleksibel udlejning", "Fleksibel", "Flexible letting"),
        ),
        Field(
            "ministry_list",
            ("Ministeriets liste", "Liste", "Listestatus", "Ministerielister", "Ministry list"),
        ),
        Field("suitable_for_young", ("Egnet for unge", "Ungeegnet", "Suitable for young")),
    )
)

# --- values ---------------------------------------------------------------------------------------

_COLOURS = {
    "grøn": Colour.GREEN,
    "green": Colour.GREEN,
    "gul": Colour.YELLOW,
    "yellow": Colour.YELLOW,
    "rød": Colour.RED,
    "red": Colour.RED,
}
_FLEXIBLE = {
    "ingen": FlexibleLetting.NONE,
    "nej": FlexibleLetting.NONE,
    "none": FlexibleLetting.NONE,
    "aftalt": FlexibleLetting.AGREED,
    "agreed": FlexibleLetting.AGREED,
    "obligatorisk": FlexibleLetting.MANDATORY,
    "mandatory": FlexibleLetting.MANDATORY,
}
_LISTS = {
    "udsat boligområde": ListKind.DISADVANTAGED,
    "udsat": ListKind.DISADVANTAGED,
    "disadvantaged area": ListKind.DISADVANTAGED,
    "parallelsamfund": ListKind.PARALLEL_SOCIETY,
    "parallel society": ListKind.PARALLEL_SOCIETY,
    "omdannelsesområde": ListKind.TRANSFORMATION,
    "transformation area": ListKind.TRANSFORMATION,
    "forebyggelsesområde": ListKind.PREVENTION,
    "prevention area": ListKind.PREVENTION,
    "kombineret udlejning": ListKind.COMBINED_LETTING,
    "combined letting": ListKind.COMBINED_LETTING,
}
for _kind in ListKind:
    _LISTS.setdefault(_kind.value.replace("_", " "), _kind)


def _word(value: object) -> str:
    return " ".join(str(value).casefold().replace("_", " ").split())


def parse_colour(value: CellValue) -> Colour | None:
    text = parse_text(value)
    if text is None:
        return None
    found = _COLOURS.get(_word(text))
    if found is None:
        raise ValueProblem(
            translate("MasterData", "“{value}” is not a colour: write grøn, gul or rød.").format(
                value=text
            )
        )
    return found


def parse_flexible(value: CellValue) -> FlexibleLetting | None:
    text = parse_text(value)
    if text is None:
        return None
    found = _FLEXIBLE.get(_word(text))
    if found is None:
        raise ValueProblem(
            translate(
                "MasterData",
                "“{value}” is not a form of flexible letting: write ingen, aftalt or obligatorisk.",
            ).format(value=text)
        )
    return found


def parse_lists(value: CellValue) -> frozenset[ListKind] | None:
    """ "forebyggelsesområde", "Parallelsamfund, kombineret udlejning"; empty: on no list."""
    text = parse_text(value)
    if text is None:
        return frozenset()
    kinds = set()
    for part in text.replace(";", ",").split(","):
        word = _word(part)
        if not word or word in ("-", "ingen", "none"):
            continue
        kind = _LISTS.get(word)
        if kind is None:
            raise ValueProblem(
                translate(
                    "MasterData",
                    "“{value}” is not one of the ministry's lists: write udsat boligområde, "
                    "parallelsamfund, omdannelsesområde, forebyggelsesområde or kombineret "
                    "udlejning.",
                ).format(value=part.strip())
            )
        kinds.add(kind)
    return frozenset(kinds)


def parse_organisation_number(value: CellValue) -> str | None:
    text = parse_identifier(value)
    return None if text is None else numbers.organisation_number(text)


def row_department(
    session: Session, row: PreviewRow, title: str, unknown: Callable[[str, str], str]
) -> Department | None:
    """The department a row of a registry file names by its "organisation_number" and "number"
    (the ministry's lists, the monitoring figures); else None, and the row has the problem
    `unknown(organisation, number)` under the column `title`."""
    organisation, number = row.values["organisation_number"], row.values["number"]
    department = colours.find_department(session, organisation, number)
    if department is None:
        row.add_problem(Problem(title, unknown(organisation, number)))
    return department


def parse_postcode(value: CellValue) -> str | None:
    text = parse_identifier(value)
    if text is not None and not (text.isdigit() and len(text) == 4):
        raise ValueProblem(
            translate("MasterData", "“{value}” is not a postcode (4 digits).").format(value=text)
        )
    return text


def parse_cvr(value: CellValue) -> str | None:
    text = parse_identifier(value)
    try:
        return clean_cvr(text)
    except ValueError:
        raise ValueProblem(
            translate(
                "MasterData", "“{value}” is not a CVR number (8 digits with a valid check)."
            ).format(value=text)
        ) from None


def list_date_before(day: dt.date) -> dt.date:
    """The newest 1 December on or before `day`: the publication in force then."""
    this_year = dt.date(day.year, 12, 1)
    return this_year if this_year <= day else dt.date(day.year - 1, 12, 1)


# --- the importer ----------------------------------------------------------------------------

_ORG_ATTRIBUTES = {
    "name": "name",
    "cvr": "cvr",
    "email": "email",
    "phone": "phone",
    "address": "address",
    "contact_person": "contact_person",
}
_DEPT_ATTRIBUTES = {
    "name": "name",
    "address": "address",
    "postcode": "postcode",
    "city": "city",
    "dwellings": "dwellings_count",
    "suitable_for_young": "suitable_for_young",
}


def _differs(row: Any, values: Mapping[str, Any], attributes: Mapping[str, str]) -> bool:
    return any(
        values.get(key) not in (None, "") and getattr(row, attribute) != values[key]
        for key, attribute in attributes.items()
    )


def _merge(row: Any, values: Mapping[str, Any], attributes: Mapping[str, str]) -> None:
    """Copy the non-empty values onto the row (an empty cell never erases a stored value)."""
    for key, attribute in attributes.items():
        value = values.get(key)
        if value not in (None, ""):
            setattr(row, attribute, value)


@dataclass
class MasterDataSpec:
    """The pipeline's importer for the master workbook (see the module's docstring)."""

    valid_from: dt.date | None = None
    first_valid_from: dt.date | None = None
    list_date: dt.date | None = None
    kind: ImportKind = ImportKind.MASTER_DATA
    fieldset: FieldSet = FIELDS
    # What the last `write` did beyond the rows (for the report):
    placements_written: int = 0
    list_entries_added: int = 0
    list_entries_removed: int = 0
    used_list_date: dt.date | None = None

    # --- parsing ---

    def parse_row(self, cells: Cells) -> dict[str, Any]:
        org_number = cells.take("organisation_number", parse_organisation_number, required=True)
        if "number" not in cells.raw:  # a sheet without department numbers: organisations
            name = cells.take("name", parse_text) or cells.take("organisation_name", parse_text)
            if name is None:
                cells.problem("name", translate("MasterData", "The organisation has no name."))
            return {
                "kind": ORGANISATION,
                "organisation_number": org_number,
                "name": name,
                "cvr": cells.take("cvr", parse_cvr),
                "email": cells.take("email", parse_text),
                "phone": cells.take("phone", parse_text),
                "address": cells.take("address", parse_text),
                "contact_person": cells.take("contact_person", parse_text),
            }
        values: dict[str, Any] = {
            "kind": DEPARTMENT,
            "organisation_number": org_number,
            "number": cells.take("number", parse_identifier, required=True),
            "name": cells.take("name", parse_text, required=True),
            "organisation_name": cells.take("organisation_name", parse_text),
            "housing_area": cells.take("housing_area", parse_text),
            "address": cells.take("address", parse_text),
            "postcode": cells.take("postcode", parse_postcode),
            "city": cells.take("city", parse_text),
            "dwellings": cells.take("dwellings", parse_int),
            "colour": cells.take("colour", parse_colour),
            "flexible_letting": cells.take("flexible_letting", parse_flexible),
            "suitable_for_young": cells.take("suitable_for_young", parse_bool),
        }
        if "ministry_list" in cells.raw:
            values["ministry_list"] = cells.take("ministry_list", parse_lists)
        if values["dwellings"] is not None and values["dwellings"] < 0:
            cells.problem("dwellings", translate("MasterData", "The number cannot be negative."))
        if values["flexible_letting"] is not None and values["colour"] is None:
            cells.problem(
                "colour", translate("MasterData", "Flexible letting is given without a colour.")
            )
        return values

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        if values["kind"] == ORGANISATION:
            return (ORGANISATION, values["organisation_number"])
        return (DEPARTMENT, values["organisation_number"], values["number"])

    # --- comparing with the database ---

    def _dates(self, today: dt.date) -> tuple[dt.date, dt.date, dt.date]:
        change_from = self.valid_from or today
        first_from = self.first_valid_from or self.valid_from or dt.date(today.year, 1, 1)
        return change_from, first_from, self.list_date or list_date_before(today)

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        change_from, _, list_date = self._dates(context.today)
        orgs = {o.number: o for o in session.scalars(select(Organisation))}
        new_orgs = {
            r.values["organisation_number"]
            for r in rows
            if r.values["kind"] == ORGANISATION and r.values["organisation_number"] not in orgs
        }
        departments = {
            (d.organisation_id, d.number): d for d in session.scalars(select(Department))
        }
        publication = session.scalars(
            select(MinistryList).where(MinistryList.list_date == list_date)
        ).first()
        for row in rows:
            values = row.values
            org = orgs.get(values["organisation_number"])
            if values["kind"] == ORGANISATION:
                if org is None:
                    continue  # NEW
                row.existing_id = org.id
                changed = _differs(org, values, _ORG_ATTRIBUTES)
                row.status = RowStatus.UPDATED if changed else RowStatus.UNCHANGED
                continue
            if org is None:
                if values["organisation_number"] in new_orgs or values["organisation_name"]:
                    continue  # NEW, with its organisation
                row.add_problem(_unknown_organisation(values["organisation_number"]))
                continue
            department = departments.get((org.id, values["number"]))
            if department is None:
                continue  # NEW
            row.existing_id = department.id
            changed = (
                _differs(department, values, _DEPT_ATTRIBUTES)
                or _area_differs(department, values.get("housing_area"))
                or _placement_change(session, department.id, values, change_from) is not None
                or _entries_differ(session, publication, department.id, values)
            )
            row.status = RowStatus.UPDATED if changed else RowStatus.UNCHANGED

    # --- writing ---

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        session, rows, batch, context = job
        change_from, first_from, list_date = self._dates(context.today)
        self.placements_written = self.list_entries_added = self.list_entries_removed = 0
        self.used_list_date = None
        orgs = {o.number: o for o in session.scalars(select(Organisation))}
        ids: dict[int, int] = {}
        for row in rows:  # organisations first: departments of the same file refer to them
            values = row.values
            if values["kind"] != ORGANISATION:
                continue
            org = orgs.get(values["organisation_number"])
            if org is None:
                org = Organisation(number=values["organisation_number"], name=values["name"])
                session.add(org)
                orgs[org.number] = org
            _merge(org, values, _ORG_ATTRIBUTES)
            session.flush()
            ids[id(row)] = org.id
        publication: MinistryList | None = None
        for row in rows:
            values = row.values
            if values["kind"] != DEPARTMENT:
                continue
            org = orgs.get(values["organisation_number"])
            if org is None:
                org = Organisation(
                    number=values["organisation_number"], name=values["organisation_name"]
                )
                session.add(org)
                orgs[org.number] = org
            department = None
            if org.id is not None:
                department = session.scalars(
                    select(Department).where(
                        Department.organisation_id == org.id,
                        Department.number == values["number"],
                    )
                ).first()
            if department is None:
                department = Department(organisation=org, number=values["number"])
                session.add(department)
            address_before = department.address
            _merge(department, values, _DEPT_ATTRIBUTES)
            if values.get("address") and (
                values["address"] != address_before or not department.addresses
            ):  # a new address gives new house numbers; numbers set by hand stay otherwise
                reading = parse_ranges(department.address, department.postcode, department.city)
                address_ranges.set_ranges(department, reading.ranges)
            if values.get("housing_area"):
                department.housing_area = housing_area_named(session, values["housing_area"])
            session.flush()
            ids[id(row)] = department.id
            change = _placement_change(session, department.id, values, change_from)
            if change is not None:
                colour, flexible, first = change
                placements.place(
                    session,
                    department.id,
                    colour,
                    flexible,
                    first_from if first else change_from,
                    source=PlacementSource.IMPORT,
                    import_batch_id=batch.id,
                )
                self.placements_written += 1
            if "ministry_list" in values:
                if publication is None:
                    publication = publication_on(session, list_date, batch.filename, batch.id)
                    self.used_list_date = list_date
                added, removed = _set_entries(
                    session, publication, department.id, values["ministry_list"]
                )
                self.list_entries_added += added
                self.list_entries_removed += removed
        session.flush()
        return [ids.get(id(row)) for row in rows]


def _unknown_organisation(number: str) -> Problem:
    return Problem(
        FIELDS.get("organisation_number").title,
        translate(
            "MasterData",
            "Organisation {number} is neither in the file nor in Anvis: add it to the sheet of "
            "organisations.",
        ).format(number=number),
    )


def _area_differs(department: Department, name: str | None) -> bool:
    if not name:
        return False
    area = department.housing_area
    return area is None or area.name.casefold() != " ".join(name.split()).casefold()


def _placement_change(
    session: Session, department_id: int, values: Mapping[str, Any], change_from: dt.date
) -> tuple[Colour, FlexibleLetting, bool] | None:
    """(colour, flexible letting, is the first placement) if the row changes the placement."""
    colour = values.get("colour")
    if colour is None:
        return None
    flexible = values.get("flexible_letting") or FlexibleLetting.NONE
    current = colours.placement_on(session, department_id, change_from)
    if current is not None:
        if (current.colour, current.flexible_letting) == (colour, flexible):
            return None
        return colour, flexible, False
    has_any = placements.history(session, department_id)
    return colour, flexible, not has_any


def _entries_differ(
    session: Session,
    publication: MinistryList | None,
    department_id: int,
    values: Mapping[str, Any],
) -> bool:
    if "ministry_list" not in values:
        return False
    wanted: frozenset[ListKind] = values["ministry_list"]
    if publication is None:
        return bool(wanted)
    have = set(
        session.scalars(
            select(MinistryListEntry.kind).where(
                MinistryListEntry.list_id == publication.id,
                MinistryListEntry.department_id == department_id,
            )
        )
    )
    return have != set(wanted)


def _set_entries(
    session: Session, publication: MinistryList, department_id: int, kinds: frozenset[ListKind]
) -> tuple[int, int]:
    existing = list(
        session.scalars(
            select(MinistryListEntry).where(
                MinistryListEntry.list_id == publication.id,
                MinistryListEntry.department_id == department_id,
            )
        )
    )
    have = {entry.kind for entry in existing}
    removed = 0
    for entry in existing:
        if entry.kind not in kinds:
            session.delete(entry)
            removed += 1
    for kind in sorted(kinds - have):
        session.add(
            MinistryListEntry(list_id=publication.id, kind=kind, department_id=department_id)
        )
    return len(kinds - have), removed


# --- the one call for the CLI, the demo and the dialog -----------------------------------------


@dataclass(frozen=True)
class SheetCounts:
    rows: int
    new: int
    updated: int
    unchanged: int
    errors: int
    duplicates: int


@dataclass(frozen=True)
class MasterDataResult(ImportResult):
    placements_written: int
    list_date: dt.date | None
    list_entries_added: int
    list_entries_removed: int
    # "145-09: Nørregade 2-6 m.fl.": addresses whose house numbers were not all understood (the
    # department is still found by the words of its address, and by the numbers understood)
    addresses_not_read: tuple[str, ...] = ()

    def sheets(self) -> dict[str, SheetCounts]:
        counts: dict[str, SheetCounts] = {}
        for mapping in self.preview.mappings:
            rows = [
                r
                for r in self.preview.rows
                if r.sheet == mapping.sheet and r.status is not RowStatus.SKIPPED
            ]

            def n(status: RowStatus, rows: list[PreviewRow] = rows) -> int:
                return sum(1 for r in rows if r.status is status)

            counts[mapping.sheet] = SheetCounts(
                len(rows),
                n(RowStatus.NEW),
                n(RowStatus.UPDATED),
                n(RowStatus.UNCHANGED),
                n(RowStatus.ERROR),
                n(RowStatus.DUPLICATE),
            )
        return counts

    def as_json(self) -> dict[str, Any]:
        report = super().as_json()
        report["sheets"] = {
            name: {
                "rows": c.rows,
                "new": c.new,
                "updated": c.updated,
                "unchanged": c.unchanged,
                "errors": c.errors,
                "duplicates": c.duplicates,
            }
            for name, c in self.sheets().items()
        }
        report["placements_written"] = self.placements_written
        report["list_date"] = None if self.list_date is None else self.list_date.isoformat()
        report["list_entries_added"] = self.list_entries_added
        report["list_entries_removed"] = self.list_entries_removed
        report["addresses_not_read"] = list(self.addresses_not_read)
        return report


def import_master_data(
    ws: Workspace,
    path: Path,
    *,
    valid_from: dt.date | None = None,
    first_valid_from: dt.date | None = None,
    list_date: dt.date | None = None,
    dry_run: bool = False,
    strict: bool = False,
) -> MasterDataResult:
    """Check and (unless `dry_run`) import the master workbook in one transaction. `strict`: a
    column with values that Anvis does not understand refuses the file (FileProblem)."""
    spec = MasterDataSpec(valid_from, first_valid_from, list_date)
    done = import_file(ws, path, spec, dry_run=dry_run, strict=strict)
    return MasterDataResult(
        done.preview,
        done.result,
        spec.placements_written,
        spec.used_list_date,
        spec.list_entries_added,
        spec.list_entries_removed,
        addresses_not_read(done.preview),
    )


def addresses_not_read(preview: Preview) -> tuple[str, ...]:
    """The departments of the file whose address Anvis cannot read wholly as house numbers."""
    found = []
    for row in preview.rows:
        values = row.values
        if row.status is RowStatus.ERROR or values.get("kind") != DEPARTMENT:
            continue
        address = values.get("address")
        if address and not parse_ranges(address, None, values.get("city")).complete:
            found.append(f"{values['organisation_number']}-{values['number']}: {address}")
    return tuple(found)


def summary(outcome: MasterDataResult) -> ImportSummary:
    """What became of every row of each sheet, the rows with errors, and what else was done."""
    lines = [line for sheet in outcome.sheets() for line in accounting(outcome.preview, sheet)]
    not_read = sheets_not_read(outcome.preview)
    if not_read:
        lines.append(not_read)
    lines.append(
        translate("Registry", "Placements written: {count}").format(
            count=outcome.placements_written
        )
    )
    if outcome.addresses_not_read:
        lines.append(
            translate(
                "Registry",
                "Addresses whose house numbers were not all understood (searched by their "
                "words): {count}",
            ).format(count=len(outcome.addresses_not_read))
        )
        lines.extend(f"  {line}" for line in outcome.addresses_not_read)
    if outcome.result is None:
        lines.append(translate("Registry", "Dry run: nothing was saved."))
    columns = not_understood_line(outcome.as_json(), field_title)
    if columns:
        lines.append(columns)
    title = translate("Registry", "Master data: {file}").format(file=outcome.preview.file_name)
    return summary_of(outcome.preview, title, lines)


def summary_lines(outcome: MasterDataResult) -> list[str]:
    """The summary as the command line prints it (errors one to a line)."""
    return summary(outcome).text_lines()


def field_title(name: str) -> str:
    """How the master workbook names a field (its first header)."""
    return FIELDS.get(name).title
