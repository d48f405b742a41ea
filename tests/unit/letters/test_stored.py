"""A letter's stored data (JSON) gives back the same context, and so the same PDF bytes."""

from __future__ import annotations

import json

import pytest

from db.enums import LetterKind
from desktop.core.letters import context as contexts
from desktop.core.letters import danish
from desktop.core.letters.archive import render_context
from desktop.core.letters.fields import LETTER_KINDS
from desktop.core.letters.templates import TemplateInfo, default_text


def _template(kind: LetterKind) -> TemplateInfo:
    text = default_text(kind)
    return TemplateInfo(1, kind, 1, text.title, text.body, text.has_reply_slip, True, "", None)


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_the_stored_form_is_plain_json_and_gives_back_the_same_letter(kind: LetterKind) -> None:
    context = contexts.sample(kind)
    stored = json.loads(json.dumps(contexts.to_stored(context)))  # as the database returns it
    again = contexts.from_stored(stored)
    assert again == context
    template = _template(kind)
    assert render_context(None, again, template).pdf == render_context(None, context, template).pdf


def test_the_ids_come_from_the_letter_row_not_the_stored_data() -> None:
    stored = contexts.to_stored(contexts.sample(LetterKind.OFFER))
    assert "offer_id" not in stored
    assert "applicant_id" not in stored
    again = contexts.from_stored(stored, offer_id=7, applicant_id=8, vacancy_id=9)
    assert (again.offer_id, again.applicant_id, again.vacancy_id) == (7, 8, 9)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format=2),
        lambda d: d.pop("values"),
        lambda d: d.update(kind="postcard"),
        lambda d: d.update(letter_date="21.11.2026"),
        lambda d: d["tables"]["rent_table"].append(["Husleje"]),
    ],
)
def test_stored_data_of_another_format_or_damaged_is_refused(damage) -> None:
    stored = json.loads(json.dumps(contexts.to_stored(contexts.sample(LetterKind.OFFER))))
    damage(stored)
    with pytest.raises(ValueError, match=r"format|damaged|postcard|isoformat|unpack"):
        contexts.from_stored(stored)


def test_names_sort_in_danish_order() -> None:
    names = ["Åse Holm", "Zofia Nowak", "Ørum Lund", "Ærø Jensen", "Łukasz Nowak", "ayşe yılmaz"]
    assert sorted(names, key=danish.sort_key) == [
        "ayşe yılmaz",
        "Łukasz Nowak",
        "Zofia Nowak",
        "Ærø Jensen",
        "Ørum Lund",
        "Åse Holm",
    ]
