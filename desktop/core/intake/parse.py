"""Spreadsheet rows -> `VacancyDraft`s: a column at a time (`parse_columns`), or one row (the
pipeline's `Cells`, `parse_cells`).

The value parsers are `desktop.core.tabular`'s (Danish numbers, half rooms, dates, addresses,
postcodes, yes/no, identifiers); this module only knows which field reads which columns and how
the vacancy's alternatives combine (address in one cell or split; postcode and town together or
apart; rent with or without a conto).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

from db.enums import DwellingType
from desktop.core.i18n import translate
from desktop.core.importing.spec import Cells, Problem
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


def _dwelling_type_of(text: str) -> DwellingType | None:
    key = normalise_header(text)
    return _TYPES.get(key) or _TYPES.get(key.removesuffix("er"))  # "Ungdomsboliger"


# A file writes a handful of types on every row: each short text is looked up once.
_known_type_of = functools.lru_cache(maxsize=256)(_dwelling_type_of)


def parse_dwelling_type(value: CellValue) -> DwellingType | None:
    text = parsers.parse_text(value)
    if text is None:
        return None
    found = _known_type_of(text) if len(text) <= 60 else _dwelling_type_of(text)
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


def _area(value: CellValue) -> float | None:
    if type(value) is float and math.isfinite(value):  # what parse_decimal would give back
        return value
    number = parsers.parse_decimal(value)
    return None if number is None else float(number)


# --- reading a column at a time ------------------------------------------------------------
#
# An import parses 50,000 rows: each column is read with one list comprehension that handles the
# common cell (a float where a number is expected, a text where a text is) inline and marks any
# other cell `_FULL` for the field's full parser. What is read, and every problem with its
# message, is exactly what the full parsers say.

_FULL: Any = object()  # "not the common case: ask the full parser"
_CENT = Decimal("0.01")
_isfinite = math.isfinite


def _identifiers(values: Sequence[CellValue]) -> list[Any]:
    return [
        (v.strip() or None)
        if type(v) is str
        else (
            None if v is None else (str(int(v)) if type(v) is float and v.is_integer() else _FULL)
        )
        for v in values
    ]


def _texts(values: Sequence[CellValue]) -> list[Any]:
    return [
        (v.strip() or None) if type(v) is str else (None if v is None else _FULL) for v in values
    ]


def _money(values: Sequence[CellValue]) -> list[Any]:
    return [
        Decimal(repr(v)).quantize(_CENT)
        if type(v) is float and _isfinite(v)
        else (None if v is None else _FULL)
        for v in values
    ]


def _floats(values: Sequence[CellValue]) -> list[Any]:
    return [
        v if type(v) is float and _isfinite(v) else (None if v is None else _FULL) for v in values
    ]


def _rooms(values: Sequence[CellValue]) -> list[Any]:
    return [
        v
        if type(v) is float and 0 < v <= 30 and not (v * 2) % 1
        else (None if v is None else _FULL)
        for v in values
    ]


def _dates(values: Sequence[CellValue]) -> list[Any]:
    return [v if type(v) is _date else (None if v is None else _FULL) for v in values]


def _others(values: Sequence[CellValue]) -> list[Any]:
    return [None if v is None else _FULL for v in values]


_date = dt.date


class _Reader:
    """Reads the columns of some rows; problems by row index, in the order they are found."""

    def __init__(
        self, columns: Mapping[str, Sequence[CellValue]], headers: Mapping[str, str], count: int
    ) -> None:
        self.columns = columns
        self.headers = headers
        self.count = count
        self.problems: dict[int, list[Problem]] = {}

    def problem(self, index: int, name: str, message: str) -> None:
        self.problems.setdefault(index, []).append(Problem(self.headers.get(name, name), message))

    def read(
        self,
        name: str,
        common: Callable[[Sequence[CellValue]], list[Any]],
        parser: Callable[[CellValue], Any],
    ) -> list[Any] | None:
        """The field's parsed column (None for every row when it has no column)."""
        values = self.columns.get(name)
        if values is None:
            return None
        parsed = common(values)
        for index, message in _complete(values, parsed, parser).items():
            self.problem(index, name, message)
        return parsed

    def errors(
        self,
        name: str,
        common: Callable[[Sequence[CellValue]], list[Any]],
        parser: Callable[[CellValue], Any],
    ) -> tuple[list[Any], dict[int, str]]:
        """As `read`, the problems returned (by row) instead of recorded."""
        values = self.columns.get(name) or [None] * self.count
        parsed = common(values)
        return parsed, _complete(values, parsed, parser)


def _complete(
    values: Sequence[CellValue], parsed: list[Any], parser: Callable[[CellValue], Any]
) -> dict[int, str]:
    """Run the full parser on the cells marked `_FULL` (None where it complains); returns the
    complaints by row. A value seen before in the column is not parsed again (the same type and
    value reads the same: floors, doors, types and yes/no repeat on every row)."""
    failed: dict[int, str] = {}
    seen: dict[tuple[type, CellValue], tuple[Any, str | None]] = {}
    for index in [i for i, v in enumerate(parsed) if v is _FULL]:
        value = values[index]
        key = (type(value), value)
        known = seen.get(key)
        if known is None:
            try:
                known = (parser(value), None)
            except ValueProblem as problem:
                known = (None, problem.message)
            if len(seen) < 1000:
                seen[key] = known
        parsed[index] = known[0]
        if known[1] is not None:
            failed[index] = known[1]
    return failed


# The fields read one cell each into the draft field of the same name, in the order their
# problems are reported (then the address, the postcode and town, the rent).
_SIMPLE: tuple[tuple[str, Callable[[Sequence[CellValue]], list[Any]], Callable[..., Any]], ...] = (
    ("department_number", _identifiers, parsers.parse_identifier),
    ("lease_number", _identifiers, parsers.parse_identifier),
    ("dwelling_type", _others, parse_dwelling_type),
    ("rooms", _rooms, parsers.parse_rooms),
    ("area_m2", _floats, _area),
    ("deposit", _money, parsers.parse_money),
    ("available_from", _dates, parsers.parse_date),
    ("elevator", _others, parsers.parse_bool),
    ("pets_allowed", _others, parsers.parse_bool),
    ("wheelchair_accessible", _others, parsers.parse_bool),
    ("step_free", _others, parsers.parse_bool),
    ("remarks", _texts, _text),
    ("viewing_contact", _texts, _text),
    ("total_vacancies", _others, parsers.parse_int),
)
_RENT = ("rent", "rent_total", "aconto", "aconto_heating", "aconto_water", "aconto_other")


def parse_columns(
    columns: Mapping[str, Sequence[CellValue]],
    headers: Mapping[str, str],
    count: int,
    default_type: DwellingType | None = None,
) -> tuple[list[VacancyDraft], dict[int, list[Problem]]]:
    """The drafts of `count` rows given column by column (field name -> one value per row; an
    unmapped field has no entry), and the problems of each row that has any (by row index)."""
    reader = _Reader(columns, headers, count)
    nothing = [None] * count
    simple = [reader.read(name, common, parser) or nothing for name, common, parser in _SIMPLE]
    drafts = list(
        map(
            VacancyDraft,
            simple[0],  # department_number
            simple[1],  # lease_number
            simple[2],  # dwelling_type
            *([nothing] * 7),  # street ... address_text, filled in below
            simple[3],  # rooms
            simple[4],  # area_m2
            *([nothing] * 4),  # rent and a conto, filled in below
            *simple[5:],  # deposit, available_from, yes/no, remarks, contact, total
        )
    )
    if default_type is not None:
        for draft in drafts:
            if draft.dwelling_type is None:
                draft.dwelling_type = default_type
    _addresses(reader, drafts)
    _rents(reader, drafts)
    return drafts, reader.problems


def parse_cells(cells: Cells, default_type: DwellingType | None) -> VacancyDraft:
    """The draft of one data row; a cell that cannot be read is recorded on `cells`."""
    drafts, problems = parse_columns(
        {name: (value,) for name, value in cells.raw.items()}, cells.headers, 1, default_type
    )
    cells.problems.extend(problems.get(0, ()))
    return drafts[0]


def _addresses(reader: _Reader, drafts: list[VacancyDraft]) -> None:
    columns = reader.columns
    whole = columns.get("address")
    split = "street" in columns or "house_number" in columns
    if whole is not None or split:
        streets, street_errors = reader.errors("street", _identifiers, parsers.parse_identifier)
        numbers, number_errors = reader.errors(
            "house_number", _identifiers, parsers.parse_identifier
        )
        floors, floor_errors = reader.errors("floor", _others, addresses.normalise_floor)
        doors, door_errors = reader.errors("door", _others, addresses.normalise_door)
        for index, draft in enumerate(drafts):
            if whole is not None and whole[index] is not None:
                _whole_address(reader, index, draft, whole[index])
                continue
            street, number = streets[index], numbers[index]
            if (
                street is None
                and number is None
                and not (index in street_errors or index in number_errors)
            ):
                continue
            # As `addresses.address_parts` decides, its first complaint said of the street.
            message = street_errors.get(index) or number_errors.get(index)
            if message is None and (not street or not number):
                message = addresses.bad_address(
                    " ".join(str(p) for p in (street, number) if p)
                ).message
            message = message or floor_errors.get(index) or door_errors.get(index)
            if message is not None:
                reader.problem(index, "street", message)
                continue
            number = number.upper()
            draft.street = street
            draft.house_number = number
            draft.floor = floors[index]
            draft.door = doors[index]
            draft.address_text = addresses.address_line(street, number, floors[index], doors[index])
    postal = reader.read("postcode_city", _others, addresses.parse_postcode_city)
    postcodes = reader.read("postcode", _others, addresses.parse_postcode)
    towns = reader.read("city", _texts, _text)
    if postal is None and postcodes is None and towns is None:
        return
    for index, draft in enumerate(drafts):
        if postal is not None and postal[index] is not None:
            draft.postcode, draft.city = postal[index]
        if postcodes is not None and postcodes[index] is not None:
            draft.postcode = postcodes[index]
        if towns is not None and towns[index] is not None:
            draft.city = towns[index]


def _whole_address(reader: _Reader, index: int, draft: VacancyDraft, value: CellValue) -> None:
    try:
        found = addresses.parse_address(value)
    except ValueProblem as problem:
        reader.problem(index, "address", problem.message)
        found = None
    draft.address_text = _text(value)
    if found is not None:
        draft.street = found.street
        draft.house_number = found.house_number
        draft.floor = found.floor
        draft.door = found.door
        draft.postcode = found.postcode
        draft.city = found.city
        if draft.address_text is None:
            draft.address_text = found.line()


def _rents(reader: _Reader, drafts: list[VacancyDraft]) -> None:
    read = [reader.read(name, _money, parsers.parse_money) for name in _RENT]
    if all(column is None for column in read):
        return
    nothing = [None] * reader.count
    rents, totals, acontos, heatings, waters, others = (c or nothing for c in read)
    zero = Decimal(0)
    for draft, rent, total, aconto, heating, water, other in zip(
        drafts, rents, totals, acontos, heatings, waters, others, strict=True
    ):
        monthly, heat, rest = rent, heating, other
        if aconto is not None and heat is None:
            heat = aconto  # one a conto column: heating and water together
        elif aconto is not None:
            rest = (rest or zero) + aconto
        if monthly is None and total is not None:
            # Only the total is given: keep it as the rent (the a conto share is unknown).
            monthly = total
        draft.rent = monthly
        draft.aconto_heating = heat
        draft.aconto_water = water
        draft.aconto_other = rest


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
