"""The template language: what the desk writes, what it is told when it is wrong."""

from __future__ import annotations

import pytest

from db.enums import LetterKind
from desktop.core.letters import language
from desktop.core.letters.fields import LETTER_KINDS, fields_for
from desktop.core.letters.language import TemplateError
from desktop.core.letters.templates import default_text

OFFER = LetterKind.OFFER


def _problems(body: str, title: str = "Tilbud") -> list[language.Problem]:
    with pytest.raises(TemplateError) as caught:
        language.parse(OFFER, title, body)
    return caught.value.problems


def test_an_unknown_field_is_reported_with_its_line_column_and_a_suggestion() -> None:
    problems = _problems("Kære {applicant_name}\n\nSvar senest {reply_dedline}.")
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.line, problem.column) == (3, 13)
    assert "{reply_dedline}" in problem.message
    assert "{reply_deadline}" in problem.message
    assert problem.describe().startswith("Line 3, column 13:")


def test_the_error_message_lists_every_problem() -> None:
    with pytest.raises(TemplateError) as caught:
        language.parse(OFFER, "Tilbud {nope}", "{if rent}\nA {dwelling_table} B\n{end}\n{end}")
    message = str(caught.value)
    assert "Title, column 8: unknown field {nope}" in message
    assert "Line 2, column 3: the table {dwelling_table} must stand alone on a line" in message
    assert "Line 4, column 1: {end} without its {if ...}" in message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{if rent}\nHusleje", "{if rent} is never closed with {end}"),
        ("{else}", "{else} without its {if ...}"),
        ("Pris { rent", "a { without its }"),
        ("Pris } kr.", "a } without its {"),
        ("{Rent}", "{Rent} is not a field name"),
        ("A {if rent} B", "{if ...}, {else} and {end} stand alone on a line"),
        ("**fed tekst", "** starts bold text that never ends"),
        ("// only a comment", "the letter has no text"),
        ("{if nonsense}\nx\n{end}", "unknown field {nonsense}"),
    ],
)
def test_each_kind_of_mistake_is_named(body: str, expected: str) -> None:
    assert any(expected in p.message for p in _problems(body))


def test_a_field_of_another_letter_kind_is_unknown() -> None:
    # the reasons belong to decisions, not to an offer letter
    assert "unknown field {reasons}" in _problems("Begrundelse: {reasons}")[0].message
    language.parse(LetterKind.DECISION_REMOVAL, "Afgørelse", "Begrundelse: {reasons}")


def test_an_empty_title_is_an_error() -> None:
    assert "title" in _problems("Tekst", title="  ")[0].message


def test_filling_in_substitutes_escapes_and_keeps_line_breaks() -> None:
    template = language.parse(
        OFFER,
        "Tilbud til {applicant_name}",
        "Kære {applicant_name}\nHusleje: **{rent}** {{ikke et felt}}\n\n"
        "## Svar\n- senest {reply_deadline}",
    )
    values = {
        "applicant_name": "Ayşe <Yılmaz> & co",
        "rent": "4.250,00 kr.",
        "reply_deadline": "fredag",
    }
    blocks = language.fill(template, values)
    assert [b.kind for b in blocks] == ["paragraph", "heading", "bullet"]
    assert blocks[0].markup == (
        "Kære Ayşe &lt;Yılmaz&gt; &amp; co<br/>Husleje: <b>4.250,00 kr.</b> {ikke et felt}"
    )
    assert blocks[2].markup == "senest fredag"
    assert language.fill_title(template, values) == "Tilbud til Ayşe <Yılmaz> & co"


def test_conditions_keep_or_drop_lines() -> None:
    template = language.parse(
        OFFER,
        "T",
        "{if viewing_contact}\nSe boligen: {viewing_contact}\n{else}\nIngen fremvisning\n{end}\n"
        "{if not deposit}\nIntet indskud\n{end}\n{dwelling_table}",
    )
    shown = language.fill(template, {"viewing_contact": "Ejendomskontoret", "deposit": "1 kr."})
    assert [b.markup for b in shown if b.kind == "paragraph"] == ["Se boligen: Ejendomskontoret"]
    assert shown[-1] == language.Block("block", name="dwelling_table")
    hidden = language.fill(template, {"viewing_contact": " ", "deposit": ""})
    # the condition lines themselves do not end a paragraph
    assert [b.markup for b in hidden if b.kind == "paragraph"] == [
        "Ingen fremvisning<br/>Intet indskud"
    ]


def test_values_are_never_interpreted_as_template_text() -> None:
    template = language.parse(OFFER, "T", "Navn: {applicant_name}")
    blocks = language.fill(template, {"applicant_name": "{rent} **x** {if rent}"})
    assert blocks[0].markup == "Navn: {rent} **x** {if rent}"


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_the_shipped_templates_are_valid_and_use_the_legal_texts(kind: LetterKind) -> None:
    text = default_text(kind)
    template = language.parse(kind, text.title, text.body)
    used = language.used_fields(template)
    assert used <= {f.name for f in fields_for(kind)}
    if kind in (LetterKind.DECISION_REMOVAL, LetterKind.DECISION_REFUSAL):
        assert "reasons" in used
        assert "Klagevejledning" in text.body
        assert "4 uger" in text.body
    assert text.has_reply_slip == (kind == LetterKind.OFFER)
