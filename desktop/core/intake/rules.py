"""One dwelling as staff or a spreadsheet describe it (`VacancyDraft`), and the rules every draft
must meet before it becomes a vacancy: the same for imported rows and the manual entry form.

Each broken rule is a `RowProblem` naming the field; the importer turns the field into the
spreadsheet column, the form shows the message beside the field.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal

from db.enums import DwellingType
from desktop.core.i18n import translate

ROOMS_RANGE = (1.0, 10.0)
AREA_RANGE = (10.0, 300.0)
PAST_DAYS = 183  # an available-from date older than this is a typing error (or an old list)
FUTURE_DAYS = 366  # ... and one further ahead than this


@dataclass(slots=True)
class VacancyDraft:
    """The values of one dwelling after parsing; None = not given."""

    department_number: str | None = None
    lease_number: str | None = None
    dwelling_type: DwellingType | None = None
    street: str | None = None
    house_number: str | None = None
    floor: str | None = None  # "st", "kl", "1" ...; None for a house
    door: str | None = None  # "th", "tv", "mf", "12"
    postcode: str | None = None
    city: str | None = None
    address_text: str | None = None  # as written
    rooms: float | None = None
    area_m2: float | None = None
    rent: Decimal | None = None  # a month, without a conto (or incl. when only a total is given)
    aconto_heating: Decimal | None = None
    aconto_water: Decimal | None = None
    aconto_other: Decimal | None = None
    deposit: Decimal | None = None
    available_from: dt.date | None = None
    elevator: bool | None = None
    pets_allowed: bool | None = None
    wheelchair_accessible: bool | None = None
    step_free: bool | None = None
    remarks: str | None = None
    viewing_contact: str | None = None
    total_vacancies: int | None = None  # the department's vacancies in the period (quota)

    @property
    def monthly_total(self) -> Decimal:
        total = Decimal(0)
        for part in (self.rent, self.aconto_heating, self.aconto_water, self.aconto_other):
            if part is not None:
                total += part
        return total


@dataclass(frozen=True, slots=True)
class RowProblem:
    field: str  # a VacancyDraft field name ("" for the whole row)
    message: str


def field_label(name: str) -> str:
    """The field's name as staff read it (messages and the mapping dialog)."""
    labels = {
        "department_number": translate("IntakeField", "Department"),
        "lease_number": translate("IntakeField", "Lease number"),
        "dwelling_type": translate("IntakeField", "Dwelling type"),
        "address": translate("IntakeField", "Address"),
        "street": translate("IntakeField", "Street"),
        "house_number": translate("IntakeField", "House number"),
        "floor": translate("IntakeField", "Floor"),
        "door": translate("IntakeField", "Door"),
        "postcode_city": translate("IntakeField", "Postcode and town"),
        "postcode": translate("IntakeField", "Postcode"),
        "city": translate("IntakeField", "Town"),
        "rooms": translate("IntakeField", "Rooms"),
        "area_m2": translate("IntakeField", "Area (m²)"),
        "rent": translate("IntakeField", "Rent"),
        "rent_total": translate("IntakeField", "Rent incl. a conto"),
        "aconto": translate("IntakeField", "A conto"),
        "aconto_heating": translate("IntakeField", "A conto heating"),
        "aconto_water": translate("IntakeField", "A conto water"),
        "aconto_other": translate("IntakeField", "A conto other"),
        "deposit": translate("IntakeField", "Deposit"),
        "available_from": translate("IntakeField", "Available from"),
        "elevator": translate("IntakeField", "Elevator"),
        "pets_allowed": translate("IntakeField", "Pets allowed"),
        "wheelchair_accessible": translate("IntakeField", "Wheelchair accessible"),
        "step_free": translate("IntakeField", "Step-free"),
        "remarks": translate("IntakeField", "Remarks"),
        "viewing_contact": translate("IntakeField", "Viewing contact"),
        "total_vacancies": translate("IntakeField", "All vacancies in the period"),
        "internal_note": translate("IntakeField", "Internal note (not imported)"),
    }
    return labels.get(name, name)


def _required(draft: VacancyDraft, department: bool) -> list[RowProblem]:
    missing = []
    if department and not draft.department_number:
        missing.append(
            RowProblem(
                "department_number", translate("Intake", "The department number is missing.")
            )
        )
    if not draft.street:
        missing.append(RowProblem("street", translate("Intake", "The address is missing.")))
    if draft.rent is None:
        missing.append(RowProblem("rent", translate("Intake", "The rent is missing.")))
    if draft.available_from is None:
        missing.append(
            RowProblem(
                "available_from", translate("Intake", "The date the dwelling is free is missing.")
            )
        )
    return missing


@functools.lru_cache(maxsize=8)
def _date_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=PAST_DAYS), today + dt.timedelta(days=FUTURE_DAYS)


def _breaks_nothing(d: VacancyDraft, today: dt.date, department: bool) -> bool:
    """True when `validate` would find nothing (checked at once; an import checks 50,000)."""
    earliest, latest = _date_bounds(today)
    return bool(
        (d.department_number or not department)
        and d.street
        and d.rent is not None
        and d.rent > 0
        and d.available_from is not None
        and earliest <= d.available_from <= latest
        and (d.aconto_heating is None or d.aconto_heating >= 0)
        and (d.aconto_water is None or d.aconto_water >= 0)
        and (d.aconto_other is None or d.aconto_other >= 0)
        and (d.deposit is None or d.deposit >= 0)
        and (d.rooms is None or ROOMS_RANGE[0] <= d.rooms <= ROOMS_RANGE[1])
        and (d.area_m2 is None or AREA_RANGE[0] <= d.area_m2 <= AREA_RANGE[1])
        and (d.postcode is None or (len(d.postcode) == 4 and d.postcode.isdigit()))
        and (d.total_vacancies is None or d.total_vacancies >= 0)
    )


def validate(draft: VacancyDraft, today: dt.date, *, department: bool = True) -> list[RowProblem]:
    """Every rule the draft breaks (empty: it may become a vacancy). Department existence and
    duplicates need the database and are checked by the caller. A private landlord's dwelling
    (`department=False`) lies in no department: none is asked for."""
    if _breaks_nothing(draft, today, department):
        return []
    problems = _required(draft, department)
    if draft.rent is not None and draft.rent <= 0:
        problems.append(RowProblem("rent", translate("Intake", "The rent must be more than 0 kr.")))
    for name in ("aconto_heating", "aconto_water", "aconto_other", "deposit"):
        value = getattr(draft, name)
        if value is not None and value < 0:
            problems.append(RowProblem(name, translate("Intake", "The amount cannot be negative.")))
    if draft.rooms is not None and not ROOMS_RANGE[0] <= draft.rooms <= ROOMS_RANGE[1]:
        problems.append(
            RowProblem(
                "rooms", translate("Intake", "The number of rooms must be between 1 and 10.")
            )
        )
    if draft.area_m2 is not None and not AREA_RANGE[0] <= draft.area_m2 <= AREA_RANGE[1]:
        problems.append(
            RowProblem("area_m2", translate("Intake", "The area must be between 10 and 300 m²."))
        )
    if draft.postcode is not None and not (len(draft.postcode) == 4 and draft.postcode.isdigit()):
        problems.append(
            RowProblem("postcode", translate("Intake", "The postcode must have four digits."))
        )
    if draft.available_from is not None:
        if draft.available_from < today - dt.timedelta(days=PAST_DAYS):
            problems.append(
                RowProblem(
                    "available_from",
                    translate(
                        "Intake",
                        "The date is more than six months in the past. Check the year.",
                    ),
                )
            )
        elif draft.available_from > today + dt.timedelta(days=FUTURE_DAYS):
            problems.append(
                RowProblem(
                    "available_from",
                    translate(
                        "Intake", "The date is more than a year in the future. Check the year."
                    ),
                )
            )
    if draft.total_vacancies is not None and draft.total_vacancies < 0:
        problems.append(
            RowProblem(
                "total_vacancies",
                translate("Intake", "The number of vacancies cannot be negative."),
            )
        )
    return problems


def dwelling_type_label(kind: DwellingType) -> str:
    labels = {
        DwellingType.FAMILY: translate("DwellingType", "Family dwelling"),
        DwellingType.YOUTH: translate("DwellingType", "Youth dwelling"),
        DwellingType.ELDERLY: translate("DwellingType", "Dwelling for the elderly"),
        DwellingType.OTHER: translate("DwellingType", "Other"),
    }
    return labels[kind]
