"""Free-text addresses read the way the migration, the import and the one-field form read them:
an address a postman can deliver to, or whereabouts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.enums import DeliveryChannel
from db.postal import PostalAddress, default_channel, one_line, parse

A = PostalAddress


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Vesterbro 22, 1. th., 9000 Aalborg", A("Vesterbro 22, 1. th", "9000", "Aalborg")),
        (
            "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg",
            A("Hjulmagervej 18", "9000", "Aalborg", "Kirkens Korshær"),
        ),
        # no commas at all, the floor and door run together
        ("Boulevarden 13 st.tv 9000 Aalborg", A("Boulevarden 13, st. tv", "9000", "Aalborg")),
        # the shelter's name before the street goes c/o, written or not
        (
            "Herberget Hjemmet, Kjellerupsgade 9, 9000 Aalborg",
            A("Kjellerupsgade 9", "9000", "Aalborg", "Herberget Hjemmet"),
        ),
        (
            "C/O Mette Hansen\nVestergade 3, 1 tv\n9000 Aalborg",
            A("Vestergade 3, 1. tv", "9000", "Aalborg", "Mette Hansen"),
        ),
        (
            "c/o forældre, Indkildevej 20, 9210 Aalborg SØ",
            A("Indkildevej 20", "9210", "Aalborg SØ", "forældre"),
        ),
        # æ, ø, å in street and town; "sal"; DK- before the postcode; the country after
        (
            "Søndergårdsvej 7B, 2. sal tv, DK-9220 Aalborg Øst, Danmark",
            A("Søndergårdsvej 7B, 2. tv", "9220", "Aalborg Øst"),
        ),
        ("Ågade 3 kl, 9000 Aalborg", A("Ågade 3, kl.", "9000", "Aalborg")),
        (
            "Gl. Kongevej 10, st., 1610 København V",
            A("Gl. Kongevej 10, st.", "1610", "København V"),
        ),
        ("Christian 4. Vej 12, 8000 Aarhus C", A("Christian 4. Vej 12", "8000", "Aarhus C")),
        ("Vesterbro 22 A, 9000 Aalborg", A("Vesterbro 22A", "9000", "Aalborg")),
        ("Postboks 1234, 9100 Aalborg", A("Postboks 1234", "9100", "Aalborg")),
        # what is not a floor or door stays as written
        ("Vesterbro 22, baghuset, 9000 Aalborg", A("Vesterbro 22, baghuset", "9000", "Aalborg")),
        # a label before the street says where the citizen is, not where the post goes
        (
            "Midlertidig bolig: Humlebakken 17, st. mf., 9220 Aalborg Øst",
            A("Humlebakken 17, st. mf", "9220", "Aalborg Øst", None, "Midlertidig bolig"),
        ),
        # a c/o line with a number of its own: the last street line is the street
        (
            "Herberg X, værelse 3, Vesterbro 22, 9000 Aalborg",
            A("Vesterbro 22", "9000", "Aalborg", "Herberg X, værelse 3"),
        ),
    ],
)
def test_addresses_are_read_into_their_parts(text: str, address: PostalAddress) -> None:
    assert parse(text) == address


@pytest.mark.parametrize(
    "text",
    [
        "Sofasurfer",
        "Herberget Aalborg",
        "Herberg: Kirkens Korshær",
        "Herberg X, værelse 3",  # a room number is no address without a postcode and town
        "Uden fast bopæl",
        "Natvarmestue / gaden",
        "Hjulmagervej 18",  # no postcode and town: a postman cannot deliver it
        "9000 Aalborg",  # no street
        "c/o Jensen Vestergade 3, 9000 Aalborg",  # where does the name end? a person decides
        "",
        "   ",
        None,
    ],
)
def test_what_is_not_a_deliverable_address_is_not_read_as_one(text: str | None) -> None:
    assert parse(text) is None


def test_the_envelope_puts_the_c_o_line_above_the_street() -> None:
    address = parse("c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg")
    assert address is not None
    assert address.lines() == ("c/o Kirkens Korshær", "Hjulmagervej 18", "9000 Aalborg")
    assert address.one_line() == "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"


_WORDS = st.sampled_from(
    ["Vesterbro", "Østre Allé", "Ågade", "Hjulmagervej", "Gl. Kongevej", "Selma Lagerløfs Vej"]
)


@given(
    street=_WORDS,
    number=st.integers(1, 250),
    floor=st.sampled_from(["", ", st.", ", 1.", ", 4. th", ", kl.", ", 2. mf", ", 3. 12"]),
    postcode=st.integers(1000, 9990).map(str),
    town=st.sampled_from(["Aalborg", "Aalborg SØ", "Nørresundby", "København V", "Aars"]),
    care_of=st.sampled_from([None, "Kirkens Korshær", "forældre", "Mette Kjær"]),
    whereabouts=st.sampled_from([None, "Midlertidig bolig", "Sofasurfer"]),
)
def test_the_one_line_form_reads_back_as_the_same_address(
    street: str,
    number: int,
    floor: str,
    postcode: str,
    town: str,
    care_of: str | None,
    whereabouts: str | None,
) -> None:
    """The one-field form shows an address as one line and reads it back on saving: an address
    saved unchanged must stay the same."""
    address = A(f"{street} {number}{floor}", postcode, town, care_of, whereabouts)
    assert parse(address.one_line()) == address


def test_without_an_address_the_one_line_form_is_the_whereabouts() -> None:
    assert one_line(None, None, None, None, "Sofasurfer") == "Sofasurfer"
    assert one_line(None, None, None, None, None) is None


@pytest.mark.parametrize(
    ("exempt", "has_cpr", "text", "channel"),
    [
        (False, True, "Sofasurfer", DeliveryChannel.DIGITAL_POST),
        (False, True, "Vesterbro 22, 9000 Aalborg", DeliveryChannel.DIGITAL_POST),
        (True, True, "Vesterbro 22, 9000 Aalborg", DeliveryChannel.OWN_ADDRESS),
        (False, False, "Vesterbro 22, 9000 Aalborg", DeliveryChannel.OWN_ADDRESS),
        (True, True, "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg", DeliveryChannel.CARE_OF),
        (True, True, "Sofasurfer", DeliveryChannel.NONE),
        (False, False, None, DeliveryChannel.NONE),
    ],
)
def test_the_channel_a_citizen_starts_with(
    exempt: bool, has_cpr: bool, text: str | None, channel: DeliveryChannel
) -> None:
    """Public authorities write by Digital Post unless the citizen is exempt (and Digital Post
    needs the CPR number); else by post, c/o when there is a c/o line; else none yet."""
    found = parse(text)
    assert default_channel(exempt_digital_post=exempt, has_cpr=has_cpr, address=found) == channel
