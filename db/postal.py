"""Danish postal addresses read from free text, and the delivery channel an applicant starts with.

    parse("c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg")
    -> PostalAddress(street="Hjulmagervej 18", postcode="9000", town="Aalborg",
                     care_of="Kirkens Korshær")
    parse("Sofasurfer") -> None   (whereabouts, not an address a postman can deliver to)

An address is a street line with a house number, then a postcode (four digits) and a town; what
stands before the street line is the c/o line ("c/o" written or not: "Herberget Hjemmet,
Kjellerupsgade 9, 9000 Aalborg" goes c/o the shelter), and a label before the street line is
the citizen's whereabouts ("Midlertidig bolig: Humlebakken 17, 9220 Aalborg Øst"). The street
line is written the Danish way ("Boulevarden 13 st.tv" -> "Boulevarden 13, st. tv") when its
floor and door are recognised, else kept as typed ("Vesterbro 22, baghuset"). Commas, line
breaks or only spaces may separate the parts; "DK-" before the postcode and "Danmark" after the
town are dropped.

This lives in `db` rather than in `desktop.core` because the address migration reads the free-text
addresses of existing applicants with it and `db` never imports `desktop`; the applicant importer
and the applicant register (`desktop.core.applicants`) read free text with the same function, so
an address is read one way everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.enums import DeliveryChannel

# Column lengths of the applicant's address (db.models.applicants); a longer part is no address.
CARE_OF_MAX = 200
STREET_MAX = 200
TOWN_MAX = 100
WHEREABOUTS_MAX = 300


@dataclass(frozen=True)
class PostalAddress:
    street: str  # "Vesterbro 22, 1. th"
    postcode: str  # "9000"
    town: str  # "Aalborg"
    care_of: str | None = None  # "Kirkens Korshær" (the envelope writes "c/o " before it)
    whereabouts: str | None = None  # a label before the street: "Midlertidig bolig"

    def lines(self) -> tuple[str, ...]:
        """The lines under the name in an envelope window: c/o, street, postcode and town."""
        return address_lines(self.care_of, self.street, self.postcode, self.town)

    def one_line(self) -> str:
        line = one_line(self.care_of, self.street, self.postcode, self.town, self.whereabouts)
        assert line is not None
        return line


def care_of_line(care_of: str) -> str:
    return f"c/o {care_of}"


def address_lines(
    care_of: str | None, street: str | None, postcode: str | None, town: str | None
) -> tuple[str, ...]:
    """Danish post reads the c/o line above the street line, and postcode and town last."""
    place = " ".join(p for p in (postcode, town) if p)
    return tuple(line for line in (care_of and care_of_line(care_of), street, place) if line)


def one_line(
    care_of: str | None,
    street: str | None,
    postcode: str | None,
    town: str | None,
    whereabouts: str | None = None,
) -> str | None:
    """The address in one line ("c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"), with
    the whereabouts as a label before the street ("Midlertidig bolig: Humlebakken 17, ..."), or
    the whereabouts alone when there is no address. `parse` reads it back."""
    if not (street or postcode or town or care_of):
        return whereabouts or None
    labelled = f"{whereabouts}: {street}" if whereabouts and street else street
    return ", ".join(address_lines(care_of, labelled, postcode, town))


def street_line(
    street: str, house_number: str | None, floor_code: str | None, door: str | None
) -> str:
    """Hobrovej 12, 2. tv: the first address line of a Danish address."""
    line = " ".join(p for p in (street.strip(), (house_number or "").strip()) if p)
    where = []
    if floor_code:
        code = floor_code.strip().lower().rstrip(".")
        where.append(f"{int(code)}." if code.isdigit() else f"{code}.")
    if door:
        where.append(door.strip())
    return f"{line}, {' '.join(where)}" if where else line


# --- reading free text ---------------------------------------------------------------------

_CARE_OF = re.compile(r"^(?:c\s*/\s*o|c\.\s*o)\b\.?\s*:?\s*", re.IGNORECASE)
_COUNTRY = re.compile(r"[,\s]+(?:danmark|denmark)\s*$", re.IGNORECASE)
# The postcode and town end the text: four digits, then a town of letters (no digits, commas).
_POSTAL = re.compile(
    r"(?:^|[\s,])(?:DK\s*-?\s*)?(?P<postcode>\d{4})\s+(?P<town>[^\W\d_][^\d,;]*?)\s*$",
    re.IGNORECASE,
)
# A part that begins a street line: a name with letters, then a house number.
_STREET_START = re.compile(r"^(?=.*[^\W\d_]{2}).*?\D\s*\d{1,4}\s?[A-Za-z]?(?:\b|$)")
_NUMBER = r"\d{1,4}\s?[A-Za-z]?(?:\s?-\s?\d{1,4}\s?[A-Za-z]?)?"
_FLOOR_CODE = r"st|stuen|kl|kld|kælder|\d{1,2}"
_STREET = re.compile(
    rf"^(?P<street>.*?\D)\s*(?P<number>{_NUMBER})"
    rf"(?:\s*,?\s*(?P<floor>{_FLOOR_CODE})\.?(?:\s*sal)?"
    r"(?:\s*,?\s*(?P<door>[0-9a-zæøå]{1,4})\.?)?)?\s*$",
    re.IGNORECASE,
)
_FLOORS = {"stuen": "st", "kld": "kl", "kælder": "kl"}


def _tidy_street(text: str) -> str:
    """The street line the Danish way when its parts are recognised, else as typed."""
    match = _STREET.match(text)
    if match is None:
        return text
    street = match.group("street").strip().rstrip(",").strip()
    if not street:
        return text
    number = re.sub(r"\s+", "", match.group("number")).upper()
    floor = match.group("floor")
    if floor is not None:
        floor = floor.lower()
        floor = _FLOORS.get(floor, floor)
        floor = str(int(floor)) if floor.isdigit() else floor
    door = match.group("door")
    return street_line(street, number, floor, door.lower() if door else None)


def parse(text: str | None) -> PostalAddress | None:
    """The postal address written in `text`, or None when it is not one (see the module)."""
    lines = [" ".join(line.split()) for line in re.split(r"[\n;]", text or "")]
    joined = ", ".join(line for line in lines if line)
    joined = _COUNTRY.sub("", joined).strip(" ,")
    postal = _POSTAL.search(joined)
    if postal is None:
        return None
    head = joined[: postal.start()].strip(" ,")
    parts = [p.strip() for p in head.split(",") if p.strip()]
    care_of: list[str] = []
    if parts and (explicit := _CARE_OF.match(parts[0])):
        first = parts[0][explicit.end() :].strip()
        parts = parts[1:]
        if first:
            care_of.append(first)
        elif parts:  # "c/o, Kirkens Korshær, ..."
            care_of.append(parts.pop(0))
    starts = [i for i, part in enumerate(parts) if _STREET_START.match(part)]
    if not starts:
        return None
    # The last part that starts a street line is the street: the c/o line may hold a number
    # of its own ("Herberg X, værelse 3, Vesterbro 22, 9000 Aalborg").
    index = starts[-1]
    care_of += parts[:index]
    # "Midlertidig bolig: Humlebakken 17": the label says where the citizen is, not where
    # the post goes.
    label, colon, rest = parts[index].rpartition(":")
    whereabouts = None
    if colon and label.strip() and _STREET_START.match(rest.strip()):
        whereabouts = label.strip()
        parts[index] = rest.strip()
    street = _tidy_street(", ".join(parts[index:]))
    town = " ".join(postal.group("town").split())
    co = ", ".join(care_of) or None
    if len(street) > STREET_MAX or len(town) > TOWN_MAX or len(co or "") > CARE_OF_MAX:
        return None
    return PostalAddress(street, postal.group("postcode"), town, co, whereabouts)


def default_channel(
    *, exempt_digital_post: bool, has_cpr: bool, address: PostalAddress | None
) -> DeliveryChannel:
    """The channel an applicant starts with: public authorities write by Digital Post unless
    the citizen is exempt (and Digital Post needs the CPR number); else by post to the address,
    c/o when there is a c/o line; without an address none is chosen yet."""
    if not exempt_digital_post and has_cpr:
        return DeliveryChannel.DIGITAL_POST
    if address is not None:
        return DeliveryChannel.CARE_OF if address.care_of else DeliveryChannel.OWN_ADDRESS
    return DeliveryChannel.NONE
