"""Danish addresses as organisations write them, in one cell or split over columns.

"Kildeparken 12, 2. tv.", "Kastetvej 12, 1. th", "Hasserisvej 44 2.th", "Poul Paghs Gade 51 st.th"
and the terraced "Rækkehusvej 7" all become street, house number, floor and door, with the floor
as "st" (ground floor), "kl" (basement) or "1".."n" and the door as "th", "tv", "mf" or as written.
A trailing ", 9220 Aalborg Øst" is split off as postcode and city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.i18n import translate
from desktop.core.tabular.model import CellValue
from desktop.core.tabular.values import ValueProblem, parse_identifier


@dataclass(frozen=True, slots=True)
class Address:
    street: str
    house_number: str
    floor: str | None = None
    door: str | None = None
    postcode: str | None = None
    city: str | None = None

    def line(self) -> str:
        """ "Kildeparken 12, 2. tv." - the form letters and lists show."""
        return address_line(self.street, self.house_number, self.floor, self.door)


def address_line(street: str, house_number: str, floor: str | None, door: str | None) -> str:
    """ "Kildeparken 12, 2. tv." from the parts (see `Address.line`)."""
    return f"{street} {house_number}{address_suffix(floor, door)}"


def address_suffix(floor: str | None, door: str | None) -> str:
    """What `address_line` writes after the house number: ", 2. tv.", ", st." or nothing."""
    if floor is None and door is None:
        return ""
    shown_floor = f"{floor}." if floor else ""
    shown_door = f"{door}." if door in ("th", "tv", "mf") else (door or "")
    return f", {shown_floor} {shown_door}".rstrip()


_FLOOR_WORDS = {"st": "st", "stuen": "st", "stue": "st", "kl": "kl", "kld": "kl", "kælder": "kl"}
_DOOR_WORDS = {"th": "th", "tv": "tv", "mf": "mf", "til højre": "th", "til venstre": "tv"}
_NUMBER = r"\d+\s?[A-Za-z]?(?:\s?-\s?\d+\s?[A-Za-z]?)?"
_FLOOR = r"st|stuen|kl|kld|kælder|\d{1,2}"
_ADDRESS = re.compile(
    rf"^(?P<street>.*?\D)\s*(?P<number>{_NUMBER})"
    rf"(?:\s*,?\s*(?P<floor>{_FLOOR})\.?(?:\s*sal)?(?:\s*,?\s*(?P<door>[0-9a-zæøå]{{1,4}})\.?)?)?"
    r"\s*$",
    re.IGNORECASE,
)
_POSTAL = re.compile(r"^\s*(?:DK\s*-?\s*)?(\d{4})\s+(\S.*?)\s*$", re.IGNORECASE)


def bad_address(value: CellValue) -> ValueProblem:
    """The problem of a cell (or cells) that is not an address."""
    return _bad_address(value)


def _bad_address(value: CellValue) -> ValueProblem:
    return ValueProblem(
        translate("Tabular", "“{value}” is not an address like “Kildeparken 12, 2. tv.”.").format(
            value=value
        )
    )


def normalise_floor(value: CellValue) -> str | None:
    """ "st", "st.", "stuen", 0 -> "st"; "kl.", "kælder" -> "kl"; "2.", 2.0, "2. sal" -> "2"."""
    if value is None:
        return None
    if type(value) is float and value.is_integer() and 0 <= value <= 99:  # the common case
        return "st" if value == 0 else str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 0 <= value <= 99:
            return "st" if value == 0 else str(int(value))
    else:
        text = str(value).strip().lower().rstrip(".").removesuffix("sal").strip().rstrip(".")
        if text in _FLOOR_WORDS:
            return _FLOOR_WORDS[text]
        if text.isdigit() and int(text) <= 99:
            return "st" if int(text) == 0 else str(int(text))
    raise ValueProblem(
        translate("Tabular", "“{value}” is not a floor (write st, kl or a number).").format(
            value=value
        )
    )


def normalise_door(value: CellValue) -> str | None:
    """ "th."/"TH" -> "th"; "tv", "mf" likewise; anything else ("12", "a") as written."""
    text = parse_identifier(value)
    if text is None:
        return None
    cleaned = text.lower().rstrip(".").strip()
    return _DOOR_WORDS.get(cleaned, text.rstrip("."))


def parse_postcode(value: CellValue) -> str | None:
    """A Danish postcode: 9000.0, "9000", "DK-9000" -> "9000"."""
    text = parse_identifier(value)
    if text is None:
        return None
    if len(text) == 4 and text.isascii() and text.isdigit():  # the common case
        return text
    digits = re.sub(r"^DK\s*-?\s*", "", text, flags=re.IGNORECASE)
    if not re.fullmatch(r"\d{4}", digits):
        raise ValueProblem(
            translate("Tabular", "“{value}” is not a postcode (four digits).").format(value=text)
        )
    return digits


def parse_postcode_city(value: CellValue) -> tuple[str, str] | None:
    """ "9220 Aalborg Øst" -> ("9220", "Aalborg Øst")."""
    if value is None:
        return None
    match = _POSTAL.match(str(value))
    if not match:
        raise ValueProblem(
            translate(
                "Tabular", "“{value}” is not a postcode and town like “9000 Aalborg”."
            ).format(value=value)
        )
    return match.group(1), match.group(2)


def parse_address(value: CellValue) -> Address | None:
    """One cell with street, number, floor and door (and possibly ", 9000 Aalborg")."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _bad_address(value)
    text = " ".join(value.split())
    postcode = city = None
    head, _, tail = text.rpartition(",")
    if head and (postal := _POSTAL.match(tail)):
        text, postcode, city = head, postal.group(1), postal.group(2)
    match = _ADDRESS.match(text)
    if not match:
        raise _bad_address(value)
    street = match.group("street").strip().rstrip(",").strip()
    if not street or not any(ch.isalpha() for ch in street):
        raise _bad_address(value)
    floor = normalise_floor(match.group("floor")) if match.group("floor") else None
    door = normalise_door(match.group("door")) if match.group("door") else None
    number = re.sub(r"\s+", "", match.group("number")).upper()
    return Address(street, number, floor, door, postcode, city)


def address_from_parts(
    street: CellValue, number: CellValue, floor: CellValue = None, door: CellValue = None
) -> Address | None:
    """Split columns (Vej, Husnr, Etage, Dør) into the same `Address`."""
    parts = address_parts(street, number, floor, door)
    return None if parts is None else Address(*parts)


def address_parts(
    street: CellValue, number: CellValue, floor: CellValue = None, door: CellValue = None
) -> tuple[str, str, str | None, str | None] | None:
    """(street, house number, floor, door) of split columns, as `address_from_parts` reads them
    (without making an `Address`: an import reads 50,000 of them)."""
    street_text = parse_identifier(street)
    number_text = parse_identifier(number)
    if street_text is None and number_text is None:
        return None
    if not street_text or not number_text:
        raise _bad_address(" ".join(str(p) for p in (street_text, number_text) if p))
    return street_text, number_text.upper(), normalise_floor(floor), normalise_door(door)
