"""Creating and editing organisations, departments and housing areas by hand.

Values come in as plain dataclasses from the dialogs (or the importer); every save checks the
rules, refuses a stale edit (the row's version moved since it was loaded) and writes the audit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.dk import cvr

from db.enums import AuditAction, NumberSide
from db.models import Department, HousingArea, Landlord, Organisation
from desktop.core import audit, locking
from desktop.core.errors import Conflict, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.registry import address_ranges, numbers
from desktop.core.registry.house_numbers import HouseRange, make_range, parse_ranges
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class OrganisationData:
    number: str
    name: str
    cvr: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    contact_person: str | None = None
    notes: str | None = None
    active: bool = True


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    version: int
    data: OrganisationData
    departments: int


@dataclass(frozen=True)
class RangeFields:
    """A range of house numbers as a line of the department's dialog holds it: texts as typed
    ("19A"; an empty end is open), `postcode` empty for the department's."""

    street: str
    first: str = ""
    last: str = ""
    side: NumberSide = NumberSide.ALL
    postcode: str = ""

    @property
    def blank(self) -> bool:
        return not any(p.strip() for p in (self.street, self.first, self.last, self.postcode))


def range_fields(one: HouseRange) -> RangeFields:
    return RangeFields(
        one.street,
        "" if one.first is None else str(one.first),
        "" if one.last is None else str(one.last),
        one.side,
        one.postcode or "",
    )


def ranges_from_address(
    address: str | None, postcode: str | None = None, city: str | None = None
) -> tuple[RangeFields, ...]:
    """The ranges an address text gives ("Mølleparkvej 1-31" -> one), for the dialog."""
    blank = _blank_to_none
    reading = parse_ranges(blank(address), blank(postcode), blank(city))
    return tuple(range_fields(one) for one in reading.ranges)


@dataclass(frozen=True)
class DepartmentData:
    organisation_id: int
    number: str
    name: str
    housing_area: str | None = None  # by name; a new name creates the area
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    dwellings_count: int | None = None
    suitable_for_young: bool = False
    notes: str | None = None
    active: bool = True
    # The house-number ranges; None: read from the address when it is new or changed (blank
    # lines are left out).
    ranges: tuple[RangeFields, ...] | None = None


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def clean_cvr(value: str | None) -> str | None:
    """An 8-digit CVR number (spaces allowed on input); raises ValueError if it is not one."""
    text = _blank_to_none(value)
    if text is None:
        return None

    return str(cvr.validate(text))


def cvr_field(value: str | None, problems: dict[str, str], *, missing: str = "") -> str | None:
    """A form's CVR number cleaned (None when blank), else a problem under "cvr" in `problems`;
    `missing`: the problem of a blank one (none: it may be blank)."""
    try:
        number = clean_cvr(value)
    except ValueError:
        problems["cvr"] = translate("Registry", "A CVR number has 8 digits and a valid check.")
        return None
    if number is None and missing:
        problems["cvr"] = missing
    return number


def _organisation_data(row: Organisation) -> OrganisationData:
    return OrganisationData(
        row.number,
        row.name,
        row.cvr,
        row.email,
        row.phone,
        row.address,
        row.contact_person,
        row.notes,
        row.active,
    )


def organisations(ws: Workspace) -> list[OrganisationRow]:
    with ws.read() as session:
        counts = dict(
            session.execute(
                select(Department.organisation_id, func.count()).group_by(
                    Department.organisation_id
                )
            ).all()
        )
        return [
            OrganisationRow(org.id, org.version, _organisation_data(org), counts.get(org.id, 0))
            for org in session.scalars(select(Organisation).order_by(Organisation.number))
        ]


def validate_organisation(data: OrganisationData) -> OrganisationData:
    """The cleaned values, or ValidationError naming each field at fault."""
    problems: dict[str, str] = {}
    number = numbers.organisation_number(data.number)
    if not number:
        problems["number"] = translate("Registry", "The organisation number is missing.")
    name = data.name.strip()
    if not name:
        problems["name"] = translate("Registry", "The name is missing.")
    cvr_number = cvr_field(data.cvr, problems)
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    return OrganisationData(
        number,
        name,
        cvr_number,
        _blank_to_none(data.email),
        _blank_to_none(data.phone),
        _blank_to_none(data.address),
        _blank_to_none(data.contact_person),
        _blank_to_none(data.notes),
        data.active,
    )


def _check_version(row: Organisation | Department, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        raise Conflict(
            translate(
                "Registry",
                "{user} changed this record while you edited it. Close and open it again.",
            ).format(user=row.updated_by or row.created_by),
            row.updated_by,
            row.updated_at,
        )


# the registry's records a form saves, each with a unique key of its own
R = TypeVar("R", Organisation, Department, Landlord)


def record_to_save(
    session: Session,
    model: type[R],
    record_id: int | None,
    clash: R | None,
    *,
    taken: Callable[[R], ValidationError],
    gone: str,
    expected_version: int | None,
    check: Callable[[R, int | None], None] = locking.check,
    **new: Any,
) -> R:
    """The registry record a form saves: a new one (made from `new`), or the stored one at the
    version the user saw (`check`; NotFound with `gone` when deleted meanwhile). `clash`, another
    record holding the form's unique key, is refused with `taken(clash)`."""
    if clash is not None and clash.id != record_id:
        raise taken(clash)
    if record_id is None:
        row = model(**new)
        session.add(row)
        return row
    found = session.get(model, record_id)
    if found is None:
        raise NotFound(gone)
    check(found, expected_version)
    return found


def apply_organisation(
    session: Session,
    organisation_id: int | None,
    data: OrganisationData,
    expected_version: int | None = None,
) -> Organisation:
    """Create (id None) or update an organisation in the caller's transaction."""
    clean = validate_organisation(data)
    row = record_to_save(
        session,
        Organisation,
        organisation_id,
        session.scalars(select(Organisation).where(Organisation.number == clean.number)).first(),
        taken=lambda clash: ValidationError(
            translate("Registry", "Organisation number {number} is used by {name}.").format(
                number=clean.number, name=clash.name
            ),
            {"number": translate("Registry", "Already in use.")},
        ),
        gone=translate("Registry", "The organisation no longer exists."),
        expected_version=expected_version,
        check=_check_version,
        number=clean.number,
        name=clean.name,
    )
    for field in ("number", "name", "cvr", "email", "phone", "address", "contact_person"):
        setattr(row, field, getattr(clean, field))
    row.notes = clean.notes
    row.active = clean.active
    session.flush()
    return row


def save_organisation(
    ws: Workspace,
    organisation_id: int | None,
    data: OrganisationData,
    expected_version: int | None = None,
) -> int:
    with locking.guard(ws, Organisation, organisation_id or 0), ws.write() as session:
        row = apply_organisation(session, organisation_id, data, expected_version)
        action = AuditAction.CREATE if organisation_id is None else AuditAction.UPDATE
        audit.record(session, action, "organisation", row.id)
        return row.id


def housing_area_named(session: Session, name: str | None) -> HousingArea | None:
    """The housing area with this name (case and spacing ignored), created if new."""
    text = " ".join((name or "").split())
    if not text:
        return None
    for area in session.scalars(
        select(HousingArea).where(func.lower(HousingArea.name) == text.lower())
    ):
        return area
    for area in session.scalars(select(HousingArea)):  # non-ASCII case differences
        if area.name.casefold() == text.casefold():
            return area
    area = HousingArea(name=text)
    session.add(area)
    session.flush()
    return area


def housing_areas(ws: Workspace) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(HousingArea.name).order_by(HousingArea.name)))


def house_ranges(fields: Sequence[RangeFields]) -> tuple[HouseRange, ...]:
    """The ranges of the dialog's lines, blank lines left out; ValidationError (field
    "ranges") names the first line at fault."""
    ranges = []
    for line, one in enumerate(fields, start=1):
        if one.blank:
            continue
        try:
            ranges.append(make_range(one.street, one.first, one.last, one.side, one.postcode))
        except ValueError as error:
            message = translate("Registry", "House numbers, line {line}: {problem}").format(
                line=line, problem=error
            )
            raise ValidationError(message, {"ranges": message}) from error
    return tuple(ranges)


def validate_department(data: DepartmentData) -> DepartmentData:
    problems: dict[str, str] = {}
    number = numbers.department_number(data.number)
    if not number:
        problems["number"] = translate("Registry", "The department number is missing.")
    name = data.name.strip()
    if not name:
        problems["name"] = translate("Registry", "The name is missing.")
    postcode = _blank_to_none(data.postcode)
    if postcode is not None and not (postcode.isdigit() and len(postcode) == 4):
        problems["postcode"] = translate("Registry", "A postcode has 4 digits.")
    if data.dwellings_count is not None and data.dwellings_count < 0:
        problems["dwellings_count"] = translate("Registry", "The number cannot be negative.")
    ranges = None
    if data.ranges is not None:
        try:
            ranges = tuple(range_fields(one) for one in house_ranges(data.ranges))
        except ValidationError as error:
            problems.update(error.fields)
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    return DepartmentData(
        data.organisation_id,
        number,
        name,
        _blank_to_none(data.housing_area),
        _blank_to_none(data.address),
        postcode,
        _blank_to_none(data.city),
        data.dwellings_count,
        data.suitable_for_young,
        _blank_to_none(data.notes),
        data.active,
        ranges,
    )


def apply_department(
    session: Session,
    department_id: int | None,
    data: DepartmentData,
    expected_version: int | None = None,
) -> Department:
    """Create (id None) or update a department in the caller's transaction."""
    clean = validate_department(data)
    organisation = session.get(Organisation, clean.organisation_id)
    if organisation is None:
        raise ValidationError(
            translate("Registry", "Choose the organisation."),
            {"organisation_id": translate("Registry", "Unknown organisation.")},
        )
    clash = session.scalars(
        select(Department).where(
            Department.organisation_id == organisation.id, Department.number == clean.number
        )
    ).first()
    row = record_to_save(
        session,
        Department,
        department_id,
        clash,
        taken=lambda clash: ValidationError(
            translate(
                "Registry", "{organisation} already has a department {number} ({name})."
            ).format(organisation=organisation.name, number=clean.number, name=clash.name),
            {"number": translate("Registry", "Already in use.")},
        ),
        gone=translate("Registry", "The department no longer exists."),
        expected_version=expected_version,
        check=_check_version,
        organisation=organisation,
        number=clean.number,
        name=clean.name,
    )
    address_changed = department_id is None or (row.address, row.postcode, row.city) != (
        clean.address,
        clean.postcode,
        clean.city,
    )
    row.organisation = organisation
    if clean.ranges is not None:
        address_ranges.set_ranges(row, house_ranges(clean.ranges))
    elif address_changed:
        address_ranges.set_ranges(
            row, parse_ranges(clean.address, clean.postcode, clean.city).ranges
        )
    row.number = clean.number
    row.name = clean.name
    row.housing_area = housing_area_named(session, clean.housing_area)
    row.address = clean.address
    row.postcode = clean.postcode
    row.city = clean.city
    row.dwellings_count = clean.dwellings_count
    row.suitable_for_young = clean.suitable_for_young
    row.notes = clean.notes
    row.active = clean.active
    session.flush()
    return row


def save_department(
    ws: Workspace,
    department_id: int | None,
    data: DepartmentData,
    expected_version: int | None = None,
) -> int:
    with locking.guard(ws, Department, department_id or 0), ws.write() as session:
        row = apply_department(session, department_id, data, expected_version)
        action = AuditAction.CREATE if department_id is None else AuditAction.UPDATE
        audit.record(session, action, "department", row.id)
        return row.id


@dataclass(frozen=True)
class DepartmentRecord:
    """A department as its edit dialog loads it."""

    id: int
    version: int
    data: DepartmentData
    organisation_number: str
    organisation_name: str


def load_department(ws: Workspace, department_id: int) -> DepartmentRecord:
    with ws.read() as session:
        row = session.get(Department, department_id)
        if row is None:
            raise NotFound(translate("Registry", "The department no longer exists."))
        area = row.housing_area
        return DepartmentRecord(
            row.id,
            row.version,
            DepartmentData(
                row.organisation_id,
                row.number,
                row.name,
                None if area is None else area.name,
                row.address,
                row.postcode,
                row.city,
                row.dwellings_count,
                row.suitable_for_young,
                row.notes,
                row.active,
                tuple(range_fields(one) for one in address_ranges.ranges_of_department(row)),
            ),
            row.organisation.number,
            row.organisation.name,
        )
