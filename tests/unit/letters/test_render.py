"""Rendered letters read back from the PDF: fields, names, fonts, pages, the window address."""

from __future__ import annotations

import dataclasses

import pytest

from db.enums import LetterKind
from desktop.core.letters import TemplateError, fields, language, preview_template
from desktop.core.letters import context as contexts
from desktop.core.letters.archive import render_context
from desktop.core.letters.fields import LETTER_KINDS
from desktop.core.letters.templates import TemplateInfo, default_text
from desktop.core.schemes.settings import SCHEMES
from tests.unit.letters import pdftext

STARTER = SCHEMES.default.scheme_of("starter")
NAMES = ("Łukasz Nowak", "Ayşe Yılmaz", "Nguyễn Thị Lan", "Søren Ærø Åberg")


def _template(kind: LetterKind, body: str | None = None, version: int = 1) -> TemplateInfo:
    text = default_text(kind)
    return TemplateInfo(
        1, kind, version, text.title, body or text.body, text.has_reply_slip, True, "", None
    )


def _with_name(context: contexts.LetterContext, name: str) -> contexts.LetterContext:
    values = dict(context.values) | {"applicant_name": name, "recipient_name": name}
    return dataclasses.replace(context, values=values, recipient=(name, *context.recipient[1:]))


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_field_of_the_letter_is_in_the_pdf(kind: LetterKind) -> None:
    context = contexts.sample(kind, scheme=STARTER)  # a time-limited lease fills every field
    template = _template(kind)
    pdf = render_context(None, context, template).pdf
    text = _flat(pdftext.text(pdf))
    used = language.used_fields(language.parse(kind, template.title, template.body))
    for name in used:
        value = context.values.get(name)
        if value is not None:  # a text field (the tables are checked below)
            assert value, f"{name} has no sample value"
            assert _flat(value) in text, f"{name}: {value!r} is missing"
    for name in used & set(fields.block_names()):
        rows = context.tables[name]
        assert rows
        for row in rows:
            assert _flat(row.label) in text
            assert _flat(row.value) in text
    # the letterhead, the envelope window and the information column
    for line in (*context.recipient, context.sender_line, context.reference):
        assert _flat(line) in text
    for label, value in context.info:
        assert label in text
        assert value in text


@pytest.mark.parametrize("name", NAMES)
def test_names_in_any_latin_script_are_intact(name: str) -> None:
    context = _with_name(contexts.sample(LetterKind.OFFER), name)
    pdf = render_context(None, context, _template(LetterKind.OFFER)).pdf
    first, *_rest, slip = pdftext.page_texts(pdf)
    assert f"Kære {name}" in first
    assert name in slip  # the reply slip names the citizen too
    assert "■" not in first
    assert "\ufffd" not in first


def test_the_fonts_are_embedded() -> None:
    context = _with_name(contexts.sample(LetterKind.OFFER), "Nguyễn Thị Lan")
    pdf = render_context(None, context, _template(LetterKind.OFFER)).pdf
    used = pdftext.fonts(pdf)
    assert used, "no fonts found"
    assert all(used.values()), used
    assert any("LiberationSans" in name for name in used)
    assert not any("Helvetica" in name for name in used)


def test_pages_are_numbered_and_counted() -> None:
    pdf = render_context(None, contexts.sample(LetterKind.OFFER), _template(LetterKind.OFFER))
    pages = pdftext.page_texts(pdf.pdf)
    assert pdf.pages == len(pages) == 3  # two pages of letter and the reply slip
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} af 3" in text


def test_a_long_letter_flows_onto_more_pages() -> None:
    long_body = "Kære {applicant_name}\n\n" + "\n\n".join(
        f"Afsnit {i}: " + "Lang tekst om boligen og reglerne. " * 12 for i in range(40)
    )
    template = _template(LetterKind.DECISION_REFUSAL, body=long_body)
    letter = render_context(None, contexts.sample(LetterKind.DECISION_REFUSAL), template)
    pages = pdftext.page_texts(letter.pdf)
    assert len(pages) == letter.pages >= 4
    assert f"Side {letter.pages} af {letter.pages}" in pages[-1]
    everything = "\n".join(pages)
    for i in range(40):
        assert f"Afsnit {i}:" in everything


def test_the_reply_slip_is_printed_only_when_the_template_has_one() -> None:
    context = contexts.sample(LetterKind.OFFER)
    with_slip = render_context(None, context, _template(LetterKind.OFFER))
    without = render_context(
        None, context, dataclasses.replace(_template(LetterKind.OFFER), has_reply_slip=False)
    )
    assert without.pages == with_slip.pages - 1
    slip = pdftext.page_texts(with_slip.pdf)[-1]
    for text in ("Svarslip", "Ja tak.", "Nej tak.", "Underskrift", "torsdag den 26. november 2026"):
        assert text in slip
    assert "Svarslip" not in pdftext.text(without.pdf)


def test_the_recipient_sits_in_the_window_of_the_envelope() -> None:
    pdf = render_context(None, contexts.sample(LetterKind.OFFER), _template(LetterKind.OFFER)).pdf
    pieces = pdftext.placed(pdf)
    name = next(p for p in pieces if p.text.startswith("Łukasz Nowak"))
    town = next(p for p in pieces if p.text.startswith("9000 Aalborg") and p.x_mm < 100)
    # DIN 5008 form B and the Nordic C5/C6-5 windows: 20-105 mm from the left, 45-74 mm down
    for piece in (name, town):
        assert 20 <= piece.x_mm <= 30
        assert 47 <= piece.top_mm <= 74
    # the reply slip shows the desk's address in the same place, to send it back
    slip = pdftext.placed(pdf, page=2)
    desk = next(p for p in slip if p.text.startswith("Boulevarden 13") and p.x_mm < 100)
    assert 20 <= desk.x_mm <= 30
    assert 47 <= desk.top_mm <= 74


def test_the_pdf_records_its_template_version() -> None:
    letter = render_context(
        None, contexts.sample(LetterKind.OFFER), _template(LetterKind.OFFER, version=7)
    )
    assert letter.template_version == 7
    assert "skabelon version 7" in pdftext.page_texts(letter.pdf)[0]
    assert pdftext.reader(letter.pdf).metadata["/Subject"] == "offer; template version 7"


def test_the_same_letter_gives_the_same_bytes() -> None:
    context = contexts.sample(LetterKind.DECISION_REMOVAL)
    first = render_context(None, context, _template(LetterKind.DECISION_REMOVAL))
    second = render_context(None, context, _template(LetterKind.DECISION_REMOVAL))
    assert first.pdf == second.pdf
    assert first.sha256 == second.sha256


def test_a_template_error_is_reported_clearly() -> None:
    text = default_text(LetterKind.OFFER)
    body = text.body.replace("{reply_deadline}", "{svarfrist}", 1)
    with pytest.raises(TemplateError) as caught:
        preview_template(LetterKind.OFFER, text.title, body, True)
    message = str(caught.value)
    assert message.startswith("The template has errors:")
    assert "unknown field {svarfrist}" in message
    lines = body.splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if "{svarfrist}" in text)
    assert f"Line {line}," in message


def test_the_preview_of_a_schemes_text_shows_its_lease_and_the_ordinary_one_does_not() -> None:
    text = default_text(LetterKind.OFFER)
    ordinary = _flat(
        pdftext.text(preview_template(LetterKind.OFFER, text.title, text.body, True).pdf)
    )
    assert "Lejemålet er tidsbegrænset" not in ordinary
    assert "Lejeperiode" not in ordinary
    starter = _flat(
        pdftext.text(
            preview_template(LetterKind.OFFER, text.title, text.body, True, scheme=STARTER).pdf
        )
    )
    assert "Boligordning Startboliger" in starter
    assert "Lejeperiode Tidsbegrænset, 24 måneder, til og med 30. november 2028" in starter
    assert "ophører uden opsigelse den 30. november 2028" in starter
