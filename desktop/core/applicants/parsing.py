"""Reading the free text of the desk's old applicant lists: households, wished rooms, needs,
priorities, names and phone numbers, CPR numbers as people typed them.

Every function takes one cell as `tabular` normalised it and returns the value, None for an
empty cell, or raises `ValueProblem` with a message for the staff. Messages never quote a CPR
number in full (they are stored with the import): only its birth-date part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.enums import Urgency
from desktop.core import cpr as cprs
from desktop.core.errors import ValidationError
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.tabular.model import CellValue
from desktop.core.tabular.values import ValueProblem, parse_text

# --- CPR numbers -----------------------------------------------------------------------------


def parse_cpr(value: CellValue) -> str | None:
    """ "DDMMYY-XXXX", "DDMMYYXXXX", with spaces around or inside; a number cell that lost its
    leading zero (101901234.0) is read as 0101901234. Returns ten digits."""
    if value is None:
        return None
    if isinstance(value, float | int) and not isinstance(value, bool):
        if float(value).is_integer() and 0 < value < 10**10:
            text = f"{int(value):010d}"
        else:
            raise ValueProblem(translate("ApplicantImport", "The CPR number is not a number."))
    else:
        text = str(value).strip()
    if not text:
        return None
    compact = re.sub(r"[\s\-]", "", text)
    shown = cprs.masked(compact) if len(compact) >= 6 and compact[:6].isdigit() else "?"
    if not compact.isdigit():
        raise ValueProblem(
            translate("ApplicantImport", "The CPR number {cpr} contains a letter or sign.").format(
                cpr=shown
            )
        )
    if len(compact) != 10:
        raise ValueProblem(
            plural(
                len(compact),
                translate("ApplicantImport", "The CPR number {cpr} has {n} digit, not 10."),
                translate("ApplicantImport", "The CPR number {cpr} has {n} digits, not 10."),
            ).format(cpr=shown)
        )
    try:
        return cprs.normalise(compact)
    except ValidationError:
        raise ValueProblem(
            translate(
                "ApplicantImport",
                "The CPR number {cpr} does not start with a real date of birth (DDMMYY).",
            ).format(cpr=shown)
        ) from None


# --- names, phones, e-mail -------------------------------------------------------------------


def parse_name(value: CellValue) -> str | None:
    """ "Nowak, Łukasz" -> "Łukasz Nowak"; spaces tidied; the spelling is kept."""
    text = parse_text(value)
    if text is None:
        return None
    text = " ".join(text.split())
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        if last and first:
            text = f"{first} {last}"
    return text[:200]


_NO_PHONE = {"ingen", "nej", "-", "--", "ukendt", "ikke oplyst", "mangler", "n/a", "0"}


def parse_phone(value: CellValue) -> str | None:
    """A phone number as written ("20 12 34 56", "+45 20123456"); "ingen" and "-" are empty."""
    text = parse_text(value)
    if text is None or text.strip().lower() in _NO_PHONE:
        return None
    if not re.fullmatch(r"\+?[0-9 ()./-]{4,30}", text):
        raise ValueProblem(
            translate("ApplicantImport", "“{value}” is not a phone number.").format(value=text)
        )
    return " ".join(text.split())


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_email(value: CellValue) -> str | None:
    text = parse_text(value)
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise ValueProblem(
            translate("ApplicantImport", "“{value}” is not an e-mail address.").format(value=text)
        )
    return text


# --- priority --------------------------------------------------------------------------------

_URGENCY = {
    "akut": Urgency.ACUTE,
    "acute": Urgency.ACUTE,
    "haster": Urgency.ACUTE,
    "høj": Urgency.HIGH,
    "hoej": Urgency.HIGH,
    "high": Urgency.HIGH,
    "normal": Urgency.NORMAL,
    "almindelig": Urgency.NORMAL,
    "lav": Urgency.NORMAL,
}


def parse_urgency(value: CellValue) -> Urgency | None:
    """Akut / Høj / Normal in any case ("høj", "AKUT")."""
    text = parse_text(value)
    if text is None:
        return None
    found = _URGENCY.get(text.strip().casefold().rstrip("."))
    if found is None:
        raise ValueProblem(
            translate(
                "ApplicantImport", "“{value}” is not a priority (write Akut, Høj or Normal)."
            ).format(value=text)
        )
    return found


# --- household ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Household:
    adults: int
    children: int
    pets: tuple[str, ...] = ()  # "hund", "kat" as written

    @property
    def size(self) -> int:
        return self.adults + self.children


_PART = re.compile(r"^(\d+)\s*([a-zæøå]+)$")
_ADULT = {"voksen", "voksne", "voksen.", "adult", "adults", "person", "personer", "pers"}
_CHILD = {"barn", "børn", "born", "boern", "child", "children", "kids"}
_PET_WORDS = ("hund", "hunde", "kat", "katte", "husdyr", "kæledyr", "kanin", "fugl")


def parse_household(value: CellValue) -> Household | None:
    """ "1 voksen", "2 voksne + 2 børn", "1 voksen + hund", "enlig", "par + 1 barn"; a bare
    number counts adults (who is a child cannot be told from it)."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1 <= value <= 20:
            return Household(int(value), 0)
        raise _household_problem(value)
    text = str(value).strip().casefold()
    if not text:
        return None
    adults = children = 0
    pets: list[str] = []
    for piece in re.split(r"\s*(?:\+|,|&|\bog\b|\bmed\b)\s*", text):
        part = piece.strip()
        if not part:
            continue
        if part in ("enlig", "alene", "single"):
            adults += 1
            continue
        if part in ("par", "ægtepar", "samlevende", "couple"):
            adults += 2
            continue
        if any(part.startswith(w) for w in _PET_WORDS):
            pets.append(part)
            continue
        match = _PART.match(part)
        if match is None and part.isdigit():
            adults += int(part)
            continue
        if match is None:
            raise _household_problem(value)
        number, word = int(match.group(1)), match.group(2)
        if word in _ADULT:
            adults += number
        elif word in _CHILD:
            children += number
        elif any(word.startswith(w) for w in _PET_WORDS):
            pets.append(part)
        else:
            raise _household_problem(value)
    if adults == 0 and children == 0:
        if pets:
            return Household(1, 0, tuple(pets))
        raise _household_problem(value)
    if adults == 0:
        raise ValueProblem(
            translate("ApplicantImport", "The household “{value}” has no adult.").format(
                value=value
            )
        )
    if adults + children > 20:
        raise _household_problem(value)
    return Household(adults, children, tuple(pets))


def _household_problem(value: CellValue) -> ValueProblem:
    return ValueProblem(
        translate(
            "ApplicantImport",
            "“{value}” is not a household (write e.g. 2 voksne + 2 børn).",
        ).format(value=value)
    )


# --- needs ---------------------------------------------------------------------------------------


@dataclass
class Needs:
    wheelchair: bool = False
    step_free: bool = False
    ground_floor: bool = False
    pets: bool = False
    notes: list[str] = field(default_factory=list)  # what is not (only) a flag, as written


# Phrases that are a need in full; words that make a phrase a need with more said about it.
_FLAG_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wheelchair", ("kørestol", "kørestolsbruger", "kørestolsegnet", "handicapbolig")),
    (
        "step_free",
        ("elevator", "niveaufri", "trinfri", "ingen trapper", "uden trapper", "ingen trin"),
    ),
    ("ground_floor", ("stueetage", "stuen", "stue-etage", "st.", "ground floor")),
    ("pets", ("hund", "hunde", "kat", "katte", "husdyr", "kæledyr")),
)
_NEGATIONS = ("ikke", "ej ", "ingen", "uden", "undgå", "not ")


def _flag_of(phrase: str) -> tuple[str | None, bool]:
    """(flag, whether the phrase says no more than the flag)."""
    words = phrase.casefold().strip().rstrip(".")
    for flag, keys in _FLAG_WORDS:
        for key in keys:
            if words == key.rstrip("."):
                return flag, True
    for flag, keys in _FLAG_WORDS:
        for key in keys:
            if " " in key and key in words:
                return flag, False
    if any(words.startswith(n) or f" {n}" in f" {words}" for n in _NEGATIONS):
        return None, False  # "ikke stueetage" is not a wish for the ground floor
    for flag, keys in _FLAG_WORDS:
        if any(re.search(rf"\b{re.escape(key.rstrip('.'))}\b", words) for key in keys):
            return flag, False
    return None, False


def parse_needs(value: CellValue) -> Needs:
    """ "stueetage, kørestol" -> ground floor + wheelchair; "hund (lille)" -> pets, and the
    phrase kept as a note; "tæt på bus", "ikke Aalborg Øst" -> notes only."""
    needs = Needs()
    text = parse_text(value)
    if text is None:
        return needs
    for piece in re.split(r"\s*[,;/]\s*|\s+\+\s+", text):
        phrase = piece.strip()
        if not phrase:
            continue
        flag, whole = _flag_of(phrase)
        if flag is not None:
            setattr(needs, flag, True)
        if flag is None or not whole:
            needs.notes.append(phrase)
    return needs
