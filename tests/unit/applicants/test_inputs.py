"""The rules of the detail form: bad input is refused with a message per field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from db.enums import DeliveryChannel, LegalFactKind, MemberRelation
from desktop.core.applicants.inputs import (
    ApplicantInput,
    FactInput,
    MemberInput,
    StoredAddress,
    validate,
    validate_fact,
)
from desktop.core.errors import ValidationError

TODAY = dt.date(2026, 11, 21)


def fields_of(data: ApplicantInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate(data, TODAY)
    return caught.value.fields


def test_a_valid_input_is_cleaned() -> None:
    clean = validate(
        ApplicantInput(
            name="  Łukasz   Nowak ",
            cpr=" 120385-1234 ",
            phone="20 12 34 56",
            notes="  \n",
            wanted_areas=(" 9000 ", ""),
        ),
        TODAY,
    )
    assert clean.name == "Łukasz Nowak"
    assert clean.cpr == "1203851234"
    assert clean.birth_date == dt.date(1985, 3, 12)  # from the CPR number
    assert clean.registered_on == TODAY
    assert clean.notes is None
    assert clean.wanted_areas == ("9000",)


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_the_name_is_needed(name: str) -> None:
    assert "name" in fields_of(ApplicantInput(name=name))


@pytest.mark.parametrize("number", ["320187-1234", "12038512", "abcdefghij", "290281-4321"])
def test_an_invalid_cpr_number_is_refused(number: str) -> None:
    assert "cpr" in fields_of(ApplicantInput(name="Anne", cpr=number))


def test_people_without_a_cpr_number_are_allowed_with_an_entered_birth_date() -> None:
    clean = validate(ApplicantInput(name="Anne", birth_date=dt.date(1990, 5, 1)), TODAY)
    assert clean.cpr is None
    assert clean.birth_date == dt.date(1990, 5, 1)


def test_an_entered_birth_date_must_match_the_cpr_number() -> None:
    data = ApplicantInput(name="Anne", cpr="1203851234", birth_date=dt.date(1985, 3, 13))
    assert "birth_date" in fields_of(data)


def test_a_birth_date_in_the_future_is_refused() -> None:
    assert "birth_date" in fields_of(ApplicantInput(name="A", birth_date=dt.date(2030, 1, 1)))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"phone": "call my mother"}, "phone"),
        ({"registered_on": dt.date(2027, 1, 1)}, "registered_on"),
        ({"max_rent": Decimal(0)}, "max_rent"),
        ({"max_rent": Decimal(250_000)}, "max_rent"),
        ({"rooms_min": 0.0}, "rooms_min"),
        ({"rooms_min": 3.0, "rooms_max": 2.0}, "rooms_max"),
    ],
)
def test_each_broken_rule_names_its_field(changes: dict[str, object], field: str) -> None:
    assert field in fields_of(ApplicantInput(name="Anne", **changes))  # type: ignore[arg-type]


def test_household_members_are_checked_too() -> None:
    data = ApplicantInput(
        name="Anne",
        cpr="1203851234",
        members=(
            MemberInput(MemberRelation.CHILD, "Bo", cpr="320187-1234"),
            MemberInput(MemberRelation.PARTNER, "Kim", cpr="1203851234"),
        ),
    )
    found = fields_of(data)
    assert set(found) == {"members.0", "members.1"}


def test_legal_facts_need_what_the_legal_blocks_read() -> None:
    with pytest.raises(ValidationError):
        validate_fact(FactInput(LegalFactKind.BENEFIT, start_date=dt.date(2026, 1, 1)))
    with pytest.raises(ValidationError):
        validate_fact(FactInput(LegalFactKind.PRISON_RELEASE))
    with pytest.raises(ValidationError):
        validate_fact(FactInput(LegalFactKind.CITIZENSHIP, label="Syria"))
    with pytest.raises(ValidationError):
        validate_fact(
            FactInput(
                LegalFactKind.BENEFIT,
                "kontanthjælp",
                dt.date(2026, 5, 1),
                dt.date(2026, 1, 1),
            )
        )
    fact = validate_fact(FactInput(LegalFactKind.CITIZENSHIP, label="sy"))
    assert fact.label == "SY"


# --- the address and the delivery channel ------------------------------------------------------

C = DeliveryChannel
CARE_OF = {"care_of": "Kirkens Korshær", "street": "Hjulmagervej 18", "postcode": "9000"}


@pytest.mark.parametrize(
    ("values", "wanted"),
    [
        ({"delivery": C.OWN_ADDRESS, "street": "Vesterbro 22"}, {"postcode", "town"}),
        ({"delivery": C.OWN_ADDRESS, **CARE_OF, "town": "Aalborg"}, {"care_of"}),
        ({"delivery": C.CARE_OF, "street": "Hjulmagervej 18"}, {"care_of", "postcode", "town"}),
        ({"delivery": C.CARE_OF, **CARE_OF, "town": "Aalborg", "postcode": "900"}, {"postcode"}),
        ({"delivery": C.HAND_OVER}, {"caseworker_id"}),
        ({"delivery": C.DIGITAL_POST}, {"delivery"}),  # no CPR number
        (
            {"delivery": C.DIGITAL_POST, "cpr": "1203851234", "exempt_digital_post": True},
            {"delivery"},
        ),
    ],
)
def test_a_chosen_channel_needs_what_it_delivers_to(values: dict, wanted: set[str]) -> None:
    assert set(fields_of(ApplicantInput(name="Anne", **values))) == wanted


@pytest.mark.parametrize(
    "values",
    [
        {"delivery": C.CARE_OF, **CARE_OF, "town": "Aalborg"},
        {
            "delivery": C.OWN_ADDRESS,
            "street": "Vesterbro 22",
            "postcode": "9000",
            "town": "Aalborg",
        },
        {"delivery": C.HAND_OVER, "caseworker_id": 3, "whereabouts": "Sofasurfer"},
        {"delivery": C.DIGITAL_POST, "cpr": "1203851234"},
        {"delivery": C.NONE, "whereabouts": "Sofasurfer"},  # saved; no letter can be sent yet
    ],
)
def test_a_channel_with_what_it_needs_is_saved(values: dict) -> None:
    assert validate(ApplicantInput(name="Anne", **values), TODAY).delivery == values["delivery"]


def test_a_postcode_has_four_digits_whatever_the_channel() -> None:
    assert "postcode" in fields_of(ApplicantInput(name="Anne", postcode="DK 9000"))


def test_without_a_chosen_channel_the_citizen_starts_with_the_default() -> None:
    digital = validate(ApplicantInput(name="Anne", cpr="1203851234"), TODAY)
    assert digital.delivery == C.DIGITAL_POST
    exempt = ApplicantInput(name="Anne", cpr="1203851234", exempt_digital_post=True)
    assert validate(exempt, TODAY).delivery == C.NONE
    by_post = validate(replace(exempt, **CARE_OF, town="Aalborg"), TODAY)
    assert by_post.delivery == C.CARE_OF


def test_an_address_typed_in_one_line_is_read_into_its_parts() -> None:
    """The present form has one field for the address: it is read as the import reads it."""
    clean = validate(
        ApplicantInput(name="Anne", address="c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"),
        TODAY,
    )
    assert (clean.care_of, clean.street, clean.postcode, clean.town) == (
        "Kirkens Korshær",
        "Hjulmagervej 18",
        "9000",
        "Aalborg",
    )
    assert (clean.whereabouts, clean.delivery, clean.address) == (None, C.CARE_OF, None)
    sofa = validate(ApplicantInput(name="Anne", address=" Sofasurfer "), TODAY)
    assert (sofa.street, sofa.whereabouts, sofa.delivery) == (None, "Sofasurfer", C.NONE)


def test_a_line_typed_over_the_stored_one_replaces_the_parts() -> None:
    stored = StoredAddress("c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg", C.CARE_OF)
    loaded = ApplicantInput(
        name="Anne", address=stored.line, **CARE_OF, town="Aalborg", delivery=C.CARE_OF
    )
    # unchanged: the parts count (a form that edits the parts leaves the line as it was)
    moved = replace(loaded, street="Kastetvej 9")
    assert validate(moved, TODAY, stored=stored).street == "Kastetvej 9"
    # another line typed (the one-field form, the merge dialog's choice): it is read
    typed = replace(loaded, address="Sofasurfer")
    clean = validate(typed, TODAY, stored=stored)
    assert (clean.care_of, clean.street, clean.whereabouts) == (None, None, "Sofasurfer")
    assert clean.delivery == C.NONE  # c/o no longer works: the carried channel gives way
