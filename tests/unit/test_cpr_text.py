"""CPR numbers in free text: found where they do not belong, and masked for the organisations."""

from __future__ import annotations

import pytest

from desktop.core import cpr_text
from desktop.core.applicants.inputs import ApplicantInput, free_text_warnings


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("0101901239", "XXXXXX-XXXX"),
        ("ring 010190-1239 efter kl. 10", "ring XXXXXX-XXXX efter kl. 10"),
        ("cpr 010190 1239.", "cpr XXXXXX-XXXX."),
        ("hans.120385-1234@example.dk", "hans.XXXXXX-XXXX@example.dk"),
        ("to numbers 0101901239/3112801234", "to numbers XXXXXX-XXXX/XXXXXX-XXXX"),
    ],
)
def test_cpr_numbers_in_text_are_masked(text: str, masked: str) -> None:
    assert cpr_text.looks_like_cpr(text)
    assert cpr_text.mask(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "+45 20 30 40 50",
        "20304050",
        "Vesterbro 22, 1. th, 9000 Aalborg",
        "010190-XXXX",  # already masked
        "12345678901",  # a longer number
        "3213901234",  # no day 32
        "anne@example.dk",
        "",
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert not cpr_text.looks_like_cpr(text)
    assert cpr_text.mask(text) == text


def test_the_applicants_free_text_fields_warn_about_a_cpr_number() -> None:
    data = ApplicantInput(
        name="Hans Ærø",
        cpr="0101901239",  # where it belongs: no warning
        phone="010190-1239",
        email="hans@example.dk",
        address="Herberget, cpr 0101901239",
        notes="Ring til sagsbehandleren",
    )
    found = free_text_warnings(data)
    assert set(found) == {"phone", "address"}
    assert "CPR field" in found["phone"]
    assert free_text_warnings(ApplicantInput(name="Hans Ærø", phone="20 30 40 50")) == {}
