"""A department's addresses as ranges of house numbers, and an address as staff type it.

The organisations write a department's addresses in one cell, in many forms:

    Mølleparkvej 1-51                    numbers 1 to 51, both sides of the street
    Mølleparkvej 2-40 (lige)             the even numbers 2 to 40 ("ulige": the odd ones)
    Kastetvej 31-39, 41A-41C             two ranges, the second by house-number letter
    Nibevej 1, 3, 5                      single numbers
    Østre Allé 2-6 og 18-30; Saxogade 9  several ranges and streets
    Mølleparkvej 1-31, 9000 Aalborg      a postcode of its own
    Nørregade                            the whole street

`parse_ranges` reads such a text into `HouseRange`s; what it cannot read is left out and the
reading is marked incomplete (the text itself is always kept on the department). `parse_query`
reads what staff type in a search field ("Mølleparkvej 19", "mølleparkvej 19b, 2. tv", "Kastetvej
41 C", "Mølleparkvej 9000"). Which ranges hold an address is decided in SQL, in one place:
`desktop.core.registry.address_lookup`.

Danish house numbers are 1 to 999 with an optional letter (the address register's rule), so a
number of four digits is always a postcode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from db.enums import NumberSide
from desktop.core.i18n import translate

KEEP = frozenset("æøå")  # letters of their own in Danish, not a/o with an accent


def street_key(text: str) -> str:
    """A street as compared: lower case, accents dropped except on æ/ø/å, and no spaces, dots,
    hyphens or apostrophes ("Gustav Holms Vej" = "gustav holmsvej", "Østre Allé" = "østre alle",
    "H.C. Andersens Vej" = "hc andersens vej")."""
    out = []
    for char in unicodedata.normalize("NFC", text).casefold():
        if char in KEEP:
            out.append(char)
            continue
        for part in unicodedata.normalize("NFD", char):
            if part.isalnum():
                out.append(part)
    return "".join(out)


@dataclass(frozen=True)
class HouseRange:
    """House numbers on one street: `first` to `last` inclusive, each (number, letter); both
    None for the whole street. A missing letter is the lowest at the start, the highest at the
    end: 31-39 holds 35B and 39C."""

    street: str
    first: tuple[int, str | None] | None
    last: tuple[int, str | None] | None
    side: NumberSide = NumberSide.ALL
    postcode: str | None = None

    @property
    def key(self) -> str:
        return street_key(self.street)

    def numbers(self) -> str:
        """ "31–39", "41A–41C", "3", "2–40 (even numbers)" or "(all numbers)"."""
        if self.first is None or self.last is None:
            return translate("Registry", "(all numbers)")
        text = _number(self.first)
        if self.last != self.first:
            text += "–" + _number(self.last)
        if self.side is NumberSide.EVEN:
            text += " " + translate("Registry", "(even numbers)")
        elif self.side is NumberSide.ODD:
            text += " " + translate("Registry", "(odd numbers)")
        return text


def _number(value: tuple[int, str | None]) -> str:
    number, letter = value
    return f"{number}{(letter or '').upper()}"


def describe(ranges: Iterable[HouseRange], postcode: str | None = None) -> list[str]:
    """One line per street, its ranges in order: "Kastetvej 31–39, 41A–41C". A range with a
    postcode other than `postcode` (the department's) gets it after the street's numbers."""
    lines: list[tuple[str, str | None, list[str]]] = []
    for one in ranges:
        own = one.postcode if one.postcode != postcode else None
        if lines and lines[-1][0] == one.street and lines[-1][1] == own:
            lines[-1][2].append(one.numbers())
        else:
            lines.append((one.street, own, [one.numbers()]))
    return [
        f"{street} {', '.join(numbers)}" + (f", {own}" if own else "")
        for street, own, numbers in lines
    ]


# --- reading the master data's address text -------------------------------------------------

_SEPARATORS = re.compile(r"\s*[,;\n]\s*|\s+og\s+|\s*&\s*", re.IGNORECASE)
_SIDE = re.compile(
    r"\s*\(?\s*\b(?P<side>ulige|lige|odd|even)\b"
    r"(?:\s*(?:husnumre|husnr\.?|numre|nr\.?|side|numbers))?\s*\)?\s*$",
    re.IGNORECASE,
)
_ONE = r"(?P<{0}n>\d{{1,3}})\s*(?P<{0}l>[a-z])?"
_NUMBERS = re.compile(
    r"^(?:nr\.?\s*)?"
    + _ONE.format("a")
    + r"(?:\s*(?:-|–|—|til)\s*(?:"
    + _ONE.format("b")
    + r"|(?P<bl2>[a-z])))?"
    + r"(?:\s+(?P<postcode>\d{4})(?:\s+\D.*)?)?$",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"^(?:dk\s*-?\s*)?(?P<postcode>\d{4})(?:\s+\D.*)?$", re.IGNORECASE)
_STREET = re.compile(r"^(?P<street>.*?[^\W\d_].*?)\s+(?P<rest>(?:nr\.?\s*)?\d.*)$")
_NOISE = frozenset({"mfl", "mv", "mm", "osv", "etc"})
_TAIL_NOISE = re.compile(r"\s+(?:m\.?\s?fl|m\.?\s?v|m\.?\s?m|osv|etc)\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What `parse_ranges` made of an address text."""

    ranges: tuple[HouseRange, ...]
    complete: bool  # every part of the text was understood


def parse_ranges(text: str | None, postcode: str | None = None, city: str | None = None) -> Reading:
    """The house-number ranges of a department's address text. `postcode` is the
    department's, given to every range whose text names none; a part equal to `city` is not a
    street."""
    reader = _Reader(street_key(city) if city else None)
    for part in _SEPARATORS.split(text or ""):
        reader.read(" ".join(part.split()))
    ranges = reader.ranges
    if postcode:
        ranges = [r if r.postcode else _with_postcode(r, postcode) for r in ranges]
    return Reading(tuple(ranges), reader.complete)


class _Reader:
    """Reads the parts of an address text in order: a part that names a street starts it, a
    part of numbers only continues the street before."""

    def __init__(self, city_key: str | None) -> None:
        self.city_key = city_key
        self.ranges: list[HouseRange] = []
        self.complete = True
        self.street: str | None = None
        self.since_postcode = 0  # ranges read since the text's last postcode

    def read(self, item: str) -> None:
        if not item:
            return
        tail = _TAIL_NOISE.search(item)
        if tail:  # "Nørregade 2-6 m.fl.": the numbers named, and more that are not
            self.complete = False
            item = item[: tail.start()]
        side = NumberSide.ALL
        side_match = _SIDE.search(item)
        if side_match and side_match.start() > 0:
            found = side_match.group("side").casefold()
            side = NumberSide.ODD if found in ("ulige", "odd") else NumberSide.EVEN
            item = item[: side_match.start()].strip()
        postal = _POSTCODE.match(item)
        if postal:
            self._postcode_back(postal["postcode"])
            return
        head = _STREET.match(item)
        if head:
            self.street, item = head["street"].strip(" .,"), head["rest"]
        elif not item[0].isdigit():
            self._street_alone(item)
            return
        numbers = _NUMBERS.match(item)
        if self.street is None or numbers is None:
            self.complete = False
            return
        first = (int(numbers["an"]), _letter(numbers["al"]))
        if numbers["bn"]:
            last = (int(numbers["bn"]), _letter(numbers["bl"]))
        elif numbers["bl2"]:
            last = (first[0], _letter(numbers["bl2"]))
        else:
            last = first
        if _order(last) < _order(first):
            first, last = last, first
        one_number = first == last
        self.ranges.append(
            HouseRange(self.street, first, last, NumberSide.ALL if one_number else side)
        )
        if numbers["postcode"]:
            self._postcode_back(numbers["postcode"])

    def _street_alone(self, item: str) -> None:
        """A part without numbers: the whole street, the department's town or "m.fl."."""
        key = street_key(item)
        if key in _NOISE:
            self.complete = False
        elif key and key != self.city_key:
            self.ranges.append(HouseRange(item, None, None))
            self.street = item

    def _postcode_back(self, postcode: str) -> None:
        """A postcode in the text belongs to the ranges read since the one before it."""
        since = self.since_postcode
        self.ranges[since:] = [_with_postcode(r, postcode) for r in self.ranges[since:]]
        self.since_postcode = len(self.ranges)


def _letter(text: str | None) -> str | None:
    return text.casefold() if text else None


def _order(value: tuple[int, str | None]) -> tuple[int, str]:
    return value[0], value[1] or ""


def _with_postcode(one: HouseRange, postcode: str) -> HouseRange:
    return HouseRange(one.street, one.first, one.last, one.side, postcode)


# --- reading what staff type --------------------------------------------------------------------


@dataclass(frozen=True)
class AddressQuery:
    """An address typed into a search: a street, perhaps a house number (with a letter) and a
    postcode. Floor and door ("2. tv") are read past: a department holds whole houses."""

    street: str  # as typed
    number: int | None = None
    letter: str | None = None  # lower case
    postcode: str | None = None

    @property
    def key(self) -> str:
        return street_key(self.street)

    def label(self) -> str:
        """ "Mølleparkvej 19B, 9000"."""
        text = self.street
        if self.number is not None:
            text += f" {self.number}{(self.letter or '').upper()}"
        return f"{text}, {self.postcode}" if self.postcode else text


_TOKEN = re.compile(r"[^\s,]+")
_HOUSE = re.compile(r"^(?P<number>\d{1,3})(?P<letter>[a-z])?\.?$", re.IGNORECASE)
_FOUR = re.compile(r"^\d{4}$")


def parse_query(text: str) -> AddressQuery | None:
    """A street with a house number and/or postcode, or a street alone; None when the text
    does not begin with words (a department number such as "145-07", a postcode alone)."""
    tokens = _TOKEN.findall(" ".join(text.split()))
    index = next((i for i, token in enumerate(tokens) if token[0].isdigit()), len(tokens))
    words = tokens[:index]
    if words and street_key(words[-1]) == "nr":  # "Mølleparkvej nr. 19"
        words.pop()
    if not words or not any(street_key(w) for w in words):
        return None
    street = " ".join(words)
    rest = tokens[index:]
    number = letter = postcode = None
    if rest and (house := _HOUSE.match(rest[0])):
        number = int(house["number"])
        letter = house["letter"]
        if letter is None and len(rest) > 1 and re.fullmatch(r"[a-z]", rest[1], re.IGNORECASE):
            letter = rest[1]  # "Kastetvej 41 C"
        rest = rest[1:]
    postcode = next((t for t in rest if _FOUR.match(t)), None)
    if number is None and postcode is None and rest:
        return None  # "Skolevej 1-39", "Vej 12-3": words and something else
    return AddressQuery(street, number, _letter(letter), postcode)
