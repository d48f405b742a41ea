"""One spreadsheet row (the pipeline's `Cells`) -> a `VacancyDraft`.

The value parsers are `desktop.core.tabular`'s (Danish numbers, half rooms, dates, addresses,
postcodes, yes/no, identifiers); this module only knows which field reads which columns and how
the vacancy's alternatives combine (address in one cell or split; postcode and town together or
apart; rent with or without a conto).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from decimal import Decimal
from typing import Any

from db.enums import DwellingType
from desktop.core.i18n import translate
from desktop.core.importing.spec import Cells
from desktop.core.intake.rules import VacancyDraft
from desktop.core.tabular import addresses
from desktop.core.tabular import values as parsers
from desktop.core.tabular.headers import normalise_header
from desktop.core.tabular.model import CellValue
from desktop.core.tabular.values import ValueProblem

_TYPES = {
    "familiebolig": DwellingType.FAMILY,
    "familie": DwellingType.FAMILY,
    "family": DwellingType.FAMILY,
    "almenfamiliebolig": DwellingType.FAMILY,
    "ungdomsbolig": DwellingType.YOUTH,
    "ungdom": DwellingType.YOUTH,
    "ung": DwellingType.YOUTH,
    "youth": DwellingType.YOUTH,
    "kollegie": DwellingType.YOUTH,
    "ældrebolig": DwellingType.ELDERLY,
    "ældre": DwellingType.ELDERLY,
    "seniorbolig": DwellingType.ELDERLY,
    "senior": DwellingType.ELDERLY,
    "elderly": DwellingType.ELDERLY,
    "andet": DwellingType.OTHER,
    "anden": DwellingType.OTHER,
    "other": DwellingType.OTHER,
}


def parse_dwelling_type(value: CellValue) -> DwellingType | None:
    text = parsers.parse_text(value)
    if text is None:
        return None
    found = _TYPES.get(normalise_header(text)) or _TYPES.get(
        normalise_header(text).removesuffix("er")  # "Ungdomsboliger"
    )
    if found is None:
        raise ValueProblem(
            translate(
                "Intake",
                "“{value}” is not a dwelling type (Familiebolig, Ungdomsbolig, Ældrebolig).",
            ).format(value=text)
        )
    return found


def sheet_dwelling_type(sheet_name: str) -> DwellingType:
    """The type a sheet without a type column implies: "Ungdomsboliger" -> youth."""
    name = normalise_header(sheet_name)
    if "ungdom" in name or "kollegie" in name:
        return DwellingType.YOUTH
    if "ældre" in name or "senior" in name:
        return DwellingType.ELDERLY
    return DwellingType.FAMILY


def _text(value: CellValue) -> str | None:
    return parsers.parse_text(value)


def _raw(value: CellValue) -> CellValue:
    return value


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def parse_cells(cells: Cells, default_type: DwellingType | None) -> VacancyDraft:
    """The draft of one data row; a cell that cannot be read is recorded on `cells`."""
    raw = cells.raw
    take = cells.take

    def get(name: str, parser: Callable[[CellValue], Any]) -> Any:
        # Only filled, mapped cells go through the parser (50,000 rows x 29 fields).
        return None if raw.get(name) is None else take(name, parser)

    draft = VacancyDraft(
        department_number=get("department_number", parsers.parse_identifier),
        lease_number=get("lease_number", parsers.parse_identifier),
        dwelling_type=get("dwelling_type", parse_dwelling_type) or default_type,
        rooms=get("rooms", parsers.parse_rooms),
        area_m2=_float(get("area_m2", parsers.parse_decimal)),
        deposit=get("deposit", parsers.parse_money),
        available_from=get("available_from", parsers.parse_date),
        elevator=get("elevator", parsers.parse_bool),
        pets_allowed=get("pets_allowed", parsers.parse_bool),
        wheelchair_accessible=get("wheelchair_accessible", parsers.parse_bool),
        step_free=get("step_free", parsers.parse_bool),
        remarks=get("remarks", _text),
        viewing_contact=get("viewing_contact", _text),
        total_vacancies=get("total_vacancies", parsers.parse_int),
    )
    _address(draft, cells, get)
    _rent(draft, get)
    return draft


def _address(draft: VacancyDraft, cells: Cells, get: Callable[..., Any]) -> None:
    raw = cells.raw
    found = None
    if raw.get("address") is not None:
        found = cells.take("address", addresses.parse_address)
        draft.address_text = _text(raw.get("address"))
    elif raw.get("street") is not None or raw.get("house_number") is not None:
        found = cells.take(
            "street",
            lambda _v: addresses.address_from_parts(
                raw.get("street"), raw.get("house_number"), raw.get("floor"), raw.get("door")
            ),
        )
    if found is not None:
        draft.street = found.street
        draft.house_number = found.house_number
        draft.floor = found.floor
        draft.door = found.door
        draft.postcode = found.postcode
        draft.city = found.city
        if draft.address_text is None:
            draft.address_text = found.line()
    postal = get("postcode_city", addresses.parse_postcode_city)
    if postal is not None:
        draft.postcode, draft.city = postal
    postcode = get("postcode", addresses.parse_postcode)
    if postcode is not None:
        draft.postcode = postcode
    city = get("city", _text)
    if city is not None:
        draft.city = city


def _rent(draft: VacancyDraft, take: Callable[..., Any]) -> None:
    rent = take("rent", parsers.parse_money)
    total = take("rent_total", parsers.parse_money)
    aconto = take("aconto", parsers.parse_money)
    heating = take("aconto_heating", parsers.parse_money)
    water = take("aconto_water", parsers.parse_money)
    other = take("aconto_other", parsers.parse_money)
    if aconto is not None and heating is None:
        heating = aconto  # one a conto column: heating and water together
    elif aconto is not None:
        other = (other or Decimal(0)) + aconto
    if rent is None and total is not None:
        # Only the total is given: keep it as the rent (the a conto share is unknown).
        rent = total
    draft.rent = rent
    draft.aconto_heating = heating
    draft.aconto_water = water
    draft.aconto_other = other


# Where a rule about a draft field points in the file: the column the value came from.
SOURCE_FIELDS = {
    "street": ("address", "street", "house_number"),
    "house_number": ("address", "house_number"),
    "floor": ("address", "floor"),
    "door": ("address", "door"),
    "postcode": ("postcode", "postcode_city", "address"),
    "city": ("city", "postcode_city", "address"),
    "rent": ("rent", "rent_total"),
    "aconto_heating": ("aconto_heating", "aconto"),
    "aconto_other": ("aconto_other", "aconto"),
}


def source_field(name: str, mapped: Collection[str]) -> str:
    """The mapped field whose column a problem about draft field `name` belongs to."""
    for candidate in SOURCE_FIELDS.get(name, (name,)):
        if candidate in mapped:
            return candidate
    return name
