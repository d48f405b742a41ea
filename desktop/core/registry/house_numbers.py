"""A department's house-number ranges, and an address as staff type it.

A Danish house number is a number from 1 to 999 with an optional capital letter (19, 19A): the
address register's rule, so a number of four digits is always a postcode. A department holds
ranges of them, each on one street (`HouseRange`): from one number to another, on both sides of
the street or only the odd or the even side, letters included ("41A-41C"), open at either end
("65-": 65 and up) or the whole street. Whether a range holds a number is `HouseRange.holds`:
the one rule, used by every search.

The organisations write a department's addresses in one cell, in many forms, which
`parse_ranges` reads when a department's address is imported or typed (what it cannot read is
left out, and the reading is marked incomplete; the address text itself is always kept):

    Mølleparkvej 1-51                    numbers 1 to 51, both sides of the street
    Mølleparkvej 2-40 (lige)             the even numbers 2 to 40 ("ulige": the odd ones)
    Kastetvej 31-39, 41A-41C             two ranges, the second by house-number letter
    Nibevej 1, 3, 5                      single numbers
    Mølleparkvej 65-                     65 and up
    Østre Allé 2-6 og 18-30; Saxogade 9  several ranges and streets
    Mølleparkvej 1-31, 9000 Aalborg      a postcode of its own
    Nørregade                            the whole street

`parse_query` reads what staff type in a search field ("Mølleparkvej 19", "mølleparkvej 19b, 2.
tv", "Kastetvej 41 C", "Mølleparkvej 9000").

No library reads this: the address parsers for Python are for other countries' formats (or need
libpostal's large model, and none reads ranges of house numbers), so the forms above are read
with regular expressions here, and a house number by `parse_house_number`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from db.enums import NumberSide
from desktop.core.i18n import translate

KEEP = frozenset("æøå")  # letters of their own in Danish, not a/o with an accent
HIGHEST = 999  # the address register's highest house number


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


def side_name(side: NumberSide) -> str:
    """ "all", "odd", "even": which numbers of a range, as a form's choice shows it."""
    names = {
        NumberSide.ALL: translate("Registry", "all"),
        NumberSide.ODD: translate("Registry", "odd"),
        NumberSide.EVEN: translate("Registry", "even"),
    }
    return names[side]


# --- house numbers ------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class HouseNumber:
    """19 or 19A. Ordered as the street is: 19 < 19A < 19B < 20."""

    number: int
    letter: str = ""  # lower case; "" for none

    def __str__(self) -> str:
        return f"{self.number}{self.letter.upper()}"


_HOUSE_NUMBER = re.compile(r"^(?:nr\.?\s*)?(\d{1,3})\s*([a-z]?)\.?$", re.IGNORECASE)


def parse_house_number(text: str) -> HouseNumber:
    """ "19", "19A", "19 a", "nr. 19" -> a `HouseNumber`; ValueError for anything else."""
    match = _HOUSE_NUMBER.match(text.strip())
    if match is None or not 1 <= int(match[1]) <= HIGHEST:
        raise ValueError(
            translate(
                "Registry", "“{value}” is not a house number (1 to 999, perhaps with a letter)."
            ).format(value=text.strip())
        )
    return HouseNumber(int(match[1]), match[2].casefold())


# --- ranges -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseRange:
    """House numbers on one street, `first` to `last` inclusive. Either end may be open (None):
    both None is the whole street. A last number without a letter holds its lettered numbers
    (31-39 holds 39C); a first number without one holds them all the same (it is the lowest).
    `side` keeps only the odd or only the even numbers. `postcode` None: the department's."""

    street: str
    first: HouseNumber | None = None
    last: HouseNumber | None = None
    side: NumberSide = NumberSide.ALL
    postcode: str | None = None

    @property
    def key(self) -> str:
        return street_key(self.street)

    def holds(self, house: HouseNumber) -> bool:
        """Whether the number `house` lies in this range (on the street: not checked here)."""
        if self.side is NumberSide.ODD and house.number % 2 == 0:
            return False
        if self.side is NumberSide.EVEN and house.number % 2 == 1:
            return False
        if self.first is not None and house < self.first:
            return False
        last = self.last
        if last is None:
            return True
        if not last.letter:
            return house.number <= last.number
        return house <= last

    def numbers(self) -> str:
        """ "31–39", "41A–41C", "3", "65 and up", "2–40 (even numbers)", "(all numbers)"."""
        first, last = self.first, self.last
        if first is None and last is None:
            text = translate("Registry", "(all numbers)")
        elif last is None:
            text = translate("Registry", "{number} and up").format(number=first)
        elif first is None:
            text = translate("Registry", "up to {number}").format(number=last)
        elif first == last:
            text = str(first)
        else:
            text = f"{first}–{last}"
        if self.side is NumberSide.EVEN:
            text += " " + translate("Registry", "(even numbers)")
        elif self.side is NumberSide.ODD:
            text += " " + translate("Registry", "(odd numbers)")
        return text


def make_range(
    street: str,
    first: str = "",
    last: str = "",
    side: NumberSide = NumberSide.ALL,
    postcode: str = "",
) -> HouseRange:
    """A range from a form's texts (an empty end is open); ValueError says what is wrong."""
    name = " ".join(street.split())
    if not street_key(name):
        raise ValueError(translate("Registry", "The street is missing."))
    start = parse_house_number(first) if first.strip() else None
    end = parse_house_number(last) if last.strip() else None
    if start is not None and end is not None and end < start:
        raise ValueError(
            translate("Registry", "The range runs backwards: {first} is after {last}.").format(
                first=start, last=end
            )
        )
    code = postcode.strip() or None
    if code is not None and not (code.isascii() and code.isdigit() and len(code) == 4):
        raise ValueError(translate("Registry", "A postcode has 4 digits."))
    return HouseRange(name, start, end, side, code)


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
    + r"(?:\s*(?P<dash>-|–|—|til)\s*(?:"
    + _ONE.format("b")
    + r"|(?P<bl2>[a-z])\b)?)?"
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
    """The house-number ranges of a department's address text. A postcode in the text that is
    `postcode` (the department's) is left out of the ranges (None: the department's); a part
    equal to `city` is not a street."""
    reader = _Reader(street_key(city) if city else None)
    for part in _SEPARATORS.split(text or ""):
        reader.read(" ".join(part.split()))
    ranges = [r if r.postcode != postcode else replace(r, postcode=None) for r in reader.ranges]
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
        if self.street is None or numbers is None or int(numbers["an"]) == 0:
            self.complete = False
            return
        first: HouseNumber | None = HouseNumber(int(numbers["an"]), _letter(numbers["al"]))
        last: HouseNumber | None = first
        if numbers["bn"]:
            last = HouseNumber(int(numbers["bn"]), _letter(numbers["bl"]))
        elif numbers["bl2"]:
            last = HouseNumber(int(numbers["an"]), _letter(numbers["bl2"]))
        elif numbers["dash"]:
            last = None  # "65-": 65 and up
        if first is not None and last is not None and last < first:
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
            self.ranges.append(HouseRange(item))
            self.street = item

    def _postcode_back(self, postcode: str) -> None:
        """A postcode in the text belongs to the ranges read since the one before it."""
        since = self.since_postcode
        self.ranges[since:] = [replace(r, postcode=postcode) for r in self.ranges[since:]]
        self.since_postcode = len(self.ranges)


def _letter(text: str | None) -> str:
    return text.casefold() if text else ""


# --- reading what staff type --------------------------------------------------------------------


@dataclass(frozen=True)
class AddressQuery:
    """An address typed into a search: a street, perhaps a house number and a postcode. Floor
    and door ("2. tv") are read past: a department holds whole houses."""

    street: str  # as typed
    house: HouseNumber | None = None
    postcode: str | None = None

    @property
    def key(self) -> str:
        return street_key(self.street)

    def label(self) -> str:
        """ "Mølleparkvej 19B, 9000"."""
        text = self.street if self.house is None else f"{self.street} {self.house}"
        return f"{text}, {self.postcode}" if self.postcode else text


_TOKEN = re.compile(r"[^\s,]+")
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
    rest = tokens[index:]
    house = None
    if rest and not _FOUR.match(rest[0]):
        try:
            house = parse_house_number(rest[0])
        except ValueError:
            return None  # "Skolevej 1-39", "Vej 12-3": words and something else
        if not house.letter and len(rest) > 1 and re.fullmatch(r"[a-z]", rest[1], re.I):
            house = HouseNumber(house.number, rest[1].casefold())  # "Kastetvej 41 C"
        rest = rest[1:]
    postcode = next((t for t in rest if _FOUR.match(t)), None)
    return AddressQuery(" ".join(words), house, postcode)
