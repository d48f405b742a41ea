"""The folded search text and the Danish sort key of applicants; the words a search looks for."""

from __future__ import annotations

import pytest

from desktop.core.applicants.listing import search_terms
from desktop.core.applicants.search_text import fold, search_text_of, sort_key


def test_fold_ignores_case_and_foreign_accents_but_keeps_danish_letters() -> None:
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"
    assert fold("Łukasz  NOWAK") == "lukasz nowak"
    assert fold("Ayşe Yılmaz") == "ayse yilmaz"
    assert fold("ÆRØ Ålborg") == "ærø ålborg"
    assert fold("Ærtebølle") != fold("Artebolle")


def test_names_sort_in_danish_order() -> None:
    names = ["Åse Berg", "Øjvind Holm", "Zenia Lund", "Ærtebølle Ib", "anders Bo", "Bent"]
    assert sorted(names, key=sort_key) == [
        "anders Bo",
        "Bent",
        "Zenia Lund",
        "Ærtebølle Ib",
        "Øjvind Holm",
        "Åse Berg",
    ]


def test_search_text_holds_only_the_birth_date_part_of_the_cpr_number() -> None:
    text = search_text_of("Anne Jensen", "1203851234", "+45 20 12 34 56", "Lone Kjær")
    assert "120385" in text
    assert "1234" not in text.replace("4520123456", "")
    assert "4520123456" in text
    assert "lone kjær" in text


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("", []),
        ("  Jørgen  JENSEN ", ["jørgen", "jensen"]),
        ("20 12 34 56", ["20123456"]),
        ("+45 2012", ["452012"]),
        ("120385-1234", ["120385"]),  # a whole CPR number: only its birth-date part
        ("1203851234", ["120385"]),
        ("120385-12", ["120385"]),
        ("nguyễn", ["nguyen"]),
    ],
)
def test_search_terms(typed: str, terms: list[str]) -> None:
    assert search_terms(typed) == terms
