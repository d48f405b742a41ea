"""Suggesting a field from the words of a header no synonym knows: what staff are shown to
confirm (the vacancy fields' hints), and what is never suggested."""

from __future__ import annotations

import pytest

from desktop.core.intake.fields import FIELDS, NOT_IMPORTED
from desktop.core.tabular.hints import header_words, suggest_field


def test_header_words_fold_case_and_superscripts() -> None:
    assert header_words("Acontobidrag VARME (kr.)") == ("acontobidrag", "varme", "kr")
    assert header_words("Areal m²") == ("areal", "m2")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Brutto-areal i alt", "area_m2"),
        ("Boligareal (kvm)", "area_m2"),
        ("Acontobidr. varme", "aconto_heating"),
        ("A/C vand kr.", "aconto_water"),
        ("Forbrug varme og vand", "aconto"),
        ("Aconto el (kr./md.)", "aconto_other"),
        ("Depositum (3 mdr.)", "deposit"),
        ("Indskudsbeløb", "deposit"),
        ("Husleje inkl. forbrug kr.", "rent_total"),
        ("Husleje pr. mdr. ekskl. forbrug", "rent"),
        ("Lejemålsnummer (intern)", "lease_number"),
        ("Ledig fra (dato)", "available_from"),
    ],
)
def test_the_words_of_a_header_point_to_a_field(header: str, field: str) -> None:
    assert suggest_field(header, FIELDS, taken=NOT_IMPORTED) == field


def test_nothing_is_suggested_for_other_things_or_a_field_that_has_its_column() -> None:
    for header in ("Hospital", "Region", "Sagsnr. hos os"):
        assert suggest_field(header, FIELDS) is None
    # An internal note is never offered as remarks (it must not reach applicants).
    assert suggest_field("Intern note 2", FIELDS, taken=NOT_IMPORTED) is None
    # A second area column is not guessed at: staff choose.
    assert suggest_field("Bruttoareal (kvm)", FIELDS, taken={"area_m2"}) is None
