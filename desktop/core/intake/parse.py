"""Spreadsheet rows -> `VacancyDraft`s: a column at a time (`parse_columns`), or one row (the
pipeline's `Cells`, `parse_cells`).

The value parsers are `desktop.core.tabular`'s (Danish numbers, half rooms, dates, addresses,
postcodes, yes/no, identifiers); this module only knows which field reads which columns and how
the vacancy's alternatives combine (address in one cell or split; postcode and town together or
apart; rent with or without a conto).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import fields
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
# other cell `_FULL` for the field's full parser. A column whose values repeat in every real file
# (dates, dwelling types, rooms, yes/no, floors, doors, postcodes) is parsed once per distinct
# value instead. What is read, and every problem with its message, is exactly what the full
# parsers say; the drafts are made at the end, from the finished columns.

_FULL: Any = object()  # "not the common case: ask the full parser"
_CENT = Decimal("0.01")
_ZERO = Decimal(0)
_isfinite = math.isfinite
_NUMERIC = frozenset({bool, int, float})

Column = list[Any]
Common = Callable[[Sequence[CellValue]], Column]


def _identifiers(values: Sequence[CellValue]) -> Column:
    return [
        (v.strip() or None)
        if type(v) is str
        else (
            None if v is None else (str(int(v)) if type(v) is float and v.is_integer() else _FULL)
        )
        for v in values
    ]


def _texts(values: Sequence[CellValue]) -> Column:
    return [
        (v.strip() or None) if type(v) is str else (None if v is None else _FULL) for v in values
    ]


def _money(values: Sequence[CellValue]) -> Column:
    """Amounts to the øre, as `parse_money` reads them: `Decimal(repr(v)).quantize(0.01)` of a
    number cell. A number of whole øre (k / 100 reads back as the cell: 4250.5, 8231.48) is
    made from k directly: it is the same Decimal (below 2**44 a float's neighbours lie less than
    half an øre away, so its shortest repr rounds to k øre), without writing and reading the
    text (a quarter less time on a column of such amounts). Zero, with its sign, takes the long
    way."""
    return [
        (
            Decimal(k) * _CENT
            if (k := round(v * 100)) and k / 100 == v
            else Decimal(repr(v)).quantize(_CENT)
        )
        if type(v) is float and -_MONEY_LIMIT < v < _MONEY_LIMIT
        else (None if v is None else _FULL)
        for v in values
    ]


_MONEY_LIMIT = float(2**44)


def _floats(values: Sequence[CellValue]) -> Column:
    return [
        v if type(v) is float and _isfinite(v) else (None if v is None else _FULL) for v in values
    ]


def _others(values: Sequence[CellValue]) -> Column:
    return [None if v is None else _FULL for v in values]


def _each(
    values: Sequence[CellValue], common: Common, parser: Callable[[CellValue], Any]
) -> tuple[Column, dict[int, str]]:
    """The column read by `common`, the cells it marks `_FULL` by the full parser one by one;
    the parser's complaints by row (the cell then reads as None)."""
    parsed = common(values)
    failed: dict[int, str] = {}
    for index in [i for i, v in enumerate(parsed) if v is _FULL]:
        try:
            parsed[index] = parser(values[index])
        except ValueProblem as problem:
            parsed[index] = None
            failed[index] = problem.message
    return parsed, failed


def _distinct(
    values: Sequence[CellValue], parser: Callable[[CellValue], Any]
) -> tuple[Column, dict[int, str]]:
    """As `_each`, each distinct value parsed once (for the columns whose values repeat)."""
    if len(_NUMERIC.intersection(map(type, values))) > 1:  # 1, 1.0 and True: one dict key
        return _each(values, _others, parser)
    known: dict[CellValue, Any] = {}
    bad: dict[CellValue, str] = {}
    for value in set(values):
        try:
            known[value] = parser(value)
        except ValueProblem as problem:
            known[value] = None
            bad[value] = problem.message
    parsed = list(map(known.__getitem__, values))
    if not bad:
        return parsed, {}
    return parsed, {i: bad[v] for i, v in enumerate(values) if v in bad}


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
        self, name: str, common: Common | None, parser: Callable[[CellValue], Any]
    ) -> Column | None:
        """The field's parsed column (None when it has no column); `common` None: the column's
        values repeat, each distinct one is parsed once."""
        values = self.columns.get(name)
        if values is None:
            return None
        parsed, failed = self.errors(name, common, parser)
        if failed:
            header = self.headers.get(name, name)
            problems = self.problems
            for index, message in failed.items():
                problems.setdefault(index, []).append(Problem(header, message))
        return parsed

    def errors(
        self, name: str, common: Common | None, parser: Callable[[CellValue], Any]
    ) -> tuple[Column, dict[int, str]]:
        """As `read`, the problems returned (by row) instead of recorded."""
        values = self.columns.get(name) or [None] * self.count
        if common is None:
            return _distinct(values, parser)
        return _each(values, common, parser)


# The fields read one cell each into the draft field of the same name, in the order their
# problems are reported (then the address, the postcode and town, the rent).
_SIMPLE: tuple[tuple[str, Common | None, Callable[..., Any]], ...] = (
    ("department_number", _identifiers, parsers.parse_identifier),
    ("lease_number", _identifiers, parsers.parse_identifier),
    ("dwelling_type", None, parse_dwelling_type),
    ("rooms", None, parsers.parse_rooms),
    ("area_m2", _floats, _area),
    ("deposit", _money, parsers.parse_money),
    ("available_from", None, parsers.parse_date),
    ("elevator", None, parsers.parse_bool),
    ("pets_allowed", None, parsers.parse_bool),
    ("wheelchair_accessible", None, parsers.parse_bool),
    ("step_free", None, parsers.parse_bool),
    ("remarks", _texts, _text),
    ("viewing_contact", _texts, _text),
    ("total_vacancies", _others, parsers.parse_int),
)
_RENT = ("rent", "rent_total", "aconto", "aconto_heating", "aconto_water", "aconto_other")
# The fields `_addresses` and `_rents` fill, in the order they return them.
_ADDRESS_FIELDS = ("street", "house_number", "floor", "door", "postcode", "city", "address_text")
_RENT_FIELDS = ("rent", "aconto_heating", "aconto_water", "aconto_other")
_DRAFT_FIELDS = tuple(f.name for f in fields(VacancyDraft))


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
    by_field = {
        name: reader.read(name, common, parser) or nothing for name, common, parser in _SIMPLE
    }
    if default_type is not None:
        types = by_field["dwelling_type"]
        by_field["dwelling_type"] = [default_type if kind is None else kind for kind in types]
    by_field.update(zip(_ADDRESS_FIELDS, _addresses(reader), strict=True))
    by_field.update(zip(_RENT_FIELDS, _rents(reader), strict=True))
    drafts = list(map(VacancyDraft, *(by_field[name] for name in _DRAFT_FIELDS)))
    return drafts, reader.problems


def parse_cells(cells: Cells, default_type: DwellingType | None) -> VacancyDraft:
    """The draft of one data row; a cell that cannot be read is recorded on `cells`."""
    drafts, problems = parse_columns(
        {name: (value,) for name, value in cells.raw.items()}, cells.headers, 1, default_type
    )
    cells.problems.extend(problems.get(0, ()))
    return drafts[0]


_Addresses = tuple[Column, Column, Column, Column, Column, Column, Column]


def _addresses(reader: _Reader) -> _Addresses:
    """(street, house number, floor, door, postcode, town, address as written) by row."""
    count = reader.count
    nothing = [None] * count
    street, number, floor, door, postcode, city, text = (nothing,) * 7
    columns = reader.columns
    whole = columns.get("address")
    if whole is not None or "street" in columns or "house_number" in columns:
        street, number, floor, door, postcode, city, text = _street_addresses(reader, whole)
    postal = reader.read("postcode_city", None, addresses.parse_postcode_city)
    postcodes = reader.read("postcode", None, addresses.parse_postcode)
    towns = reader.read("city", _texts, _text)
    if postal is None and whole is None:  # the common case: nothing to merge
        return street, number, floor, door, postcodes or nothing, towns or nothing, text
    if postal is None and postcodes is None and towns is None:
        return street, number, floor, door, postcode, city, text
    postcode, city = list(postcode), list(city)
    for index in range(count):
        if postal is not None and postal[index] is not None:
            postcode[index], city[index] = postal[index]
        if postcodes is not None and postcodes[index] is not None:
            postcode[index] = postcodes[index]
        if towns is not None and towns[index] is not None:
            city[index] = towns[index]
    return street, number, floor, door, postcode, city, text


def _street_addresses(reader: _Reader, whole: Sequence[CellValue] | None) -> _Addresses:
    """The address columns read: one cell ("Kildeparken 12, 2. tv.") or split over street,
    house number, floor and door; a problem with a split address is said of the street."""
    streets, street_errors = reader.errors("street", _identifiers, parsers.parse_identifier)
    numbers, number_errors = reader.errors("house_number", _identifiers, parsers.parse_identifier)
    floors, floor_errors = reader.errors("floor", None, addresses.normalise_floor)
    doors, door_errors = reader.errors("door", None, addresses.normalise_door)
    count = reader.count
    if (
        whole is None
        and not (street_errors or number_errors or floor_errors or door_errors)
        and all(streets)
        and all(numbers)
    ):
        # The common case: every row has a street and a number, and every cell reads.
        numbers = list(map(str.upper, numbers))
        suffixes: dict[tuple[str | None, str | None], str] = {}
        for pair in set(zip(floors, doors, strict=True)):
            suffixes[pair] = addresses.address_suffix(*pair)
        texts = [
            f"{s} {n}{suffixes[f, d]}"
            for s, n, f, d in zip(streets, numbers, floors, doors, strict=True)
        ]
        nothing = [None] * count
        return streets, numbers, floors, doors, nothing, nothing, texts
    street: Column = [None] * count
    number: Column = [None] * count
    floor: Column = [None] * count
    door: Column = [None] * count
    postcode: Column = [None] * count
    city: Column = [None] * count
    text: Column = [None] * count
    for index in range(count):
        if whole is not None and whole[index] is not None:
            value = whole[index]
            try:
                found = addresses.parse_address(value)
            except ValueProblem as problem:
                reader.problem(index, "address", problem.message)
                found = None
            text[index] = _text(value)
            if found is not None:
                street[index] = found.street
                number[index] = found.house_number
                floor[index] = found.floor
                door[index] = found.door
                postcode[index] = found.postcode
                city[index] = found.city
                if text[index] is None:
                    text[index] = found.line()
            continue
        one, two = streets[index], numbers[index]
        if one is None and two is None and not (index in street_errors or index in number_errors):
            continue
        # As `addresses.address_parts` decides, its first complaint said of the street.
        message = street_errors.get(index) or number_errors.get(index)
        if message is None and (not one or not two):
            message = addresses.bad_address(" ".join(str(p) for p in (one, two) if p)).message
        message = message or floor_errors.get(index) or door_errors.get(index)
        if message is not None:
            reader.problem(index, "street", message)
            continue
        street[index] = one
        number[index] = two = two.upper()
        floor[index] = floors[index]
        door[index] = doors[index]
        text[index] = addresses.address_line(one, two, floors[index], doors[index])
    return street, number, floor, door, postcode, city, text


def _rents(reader: _Reader) -> tuple[Column, Column, Column, Column]:
    """(rent, a conto heating, a conto water, a conto other) by row: one a conto column is
    heating and water together; only a total given is kept as the rent (its a conto share is
    unknown)."""
    rents, totals, acontos, heatings, waters, others = (
        reader.read(name, _money, parsers.parse_money) for name in _RENT
    )
    nothing = [None] * reader.count
    if totals is None:
        monthly = rents or nothing
    elif rents is None:
        monthly = totals
    else:
        monthly = [
            total if rent is None else rent for rent, total in zip(rents, totals, strict=True)
        ]
    if acontos is None:
        return monthly, heatings or nothing, waters or nothing, others or nothing
    if heatings is None:  # no heating of its own: the a conto is heating (and water)
        return monthly, acontos, waters or nothing, others or nothing
    heat, rest = list(heatings), list(others or nothing)
    for index, aconto in enumerate(acontos):
        if aconto is None:
            continue
        if heat[index] is None:
            heat[index] = aconto
        else:
            rest[index] = (rest[index] or _ZERO) + aconto
    return monthly, heat, waters or nothing, rest


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
