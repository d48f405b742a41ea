"""Issuing, archiving and reprinting letters against a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from db.enums import AuditAction, LetterKind, OfferStatus
from db.models import AuditEvent, Letter, LetterTemplate
from desktop.core.errors import DatabaseProblem, NotFound, ValidationError
from desktop.core.letters import (
    TemplateError,
    issue_allocation_notice,
    issue_decision,
    issue_offer_letter,
    letters_of_offer,
    reprint,
)
from desktop.core.letters import context as contexts
from desktop.core.letters.archive import archive_offer_letter, render_context
from desktop.core.letters.templates import (
    activate_version,
    active_template,
    default_text,
    save_template,
    template_versions,
)
from tests.unit.letters import factory, pdftext


@pytest.fixture
def offers(workspace):
    with workspace.write() as session:
        department = factory.organisation(session)
        return [factory.offer(session, department, i).id for i in range(4)]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_an_offer_letter_holds_the_offer_and_is_archived_with_its_checksum(workspace, offers):
    letter = issue_offer_letter(workspace, offers[2])
    text = _flat(pdftext.text(letter.pdf))
    for expected in (
        "Kære Nguyễn Thị Lan",
        "Hasserisvej 140, st. tv",
        "Tilbud om bolig: Hobrovej 14, 2. tv, 9000 Aalborg",
        "4.250,00 kr.",
        "450,00 kr.",
        "4.850,00 kr.",
        "12.750,00 kr.",
        "1. december 2026",
        "torsdag den 26. november 2026",
        "Ejendomskontoret, tlf. 98 12 34 56",
        "Himmerland Boligforening",
        "2½ værelser, 68 m²",
        "220792-XXXX",
        "21. november 2026",
        f"BT-{offers[2]:06d}",
        "Boligstøtte",
        "Side 3 af 3",
    ):
        assert expected in text, expected
    assert "2207924321" not in text  # the CPR number is masked
    with workspace.read() as session:
        row = session.scalars(select(Letter).where(Letter.offer_id == offers[2])).one()
        assert row.pdf == letter.pdf
        assert row.sha256 == hashlib.sha256(row.pdf).hexdigest() == letter.sha256
        assert (row.kind, row.pages, row.template_version) == (LetterKind.OFFER, 3, 1)
        assert row.applicant_id is not None
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "letter")).all()
        assert [(e.action, e.entity_id, e.user) for e in events] == [
            (AuditAction.CREATE, row.id, "tester")
        ]


def test_a_reprint_is_identical_and_logged(workspace, offers):
    issued = issue_offer_letter(workspace, offers[0])
    assert issued.letter_id is not None
    again = reprint(workspace, issued.letter_id, purpose="the citizen lost the letter")
    assert again.pdf == issued.pdf
    assert again.sha256 == issued.sha256
    assert again.reference == issued.reference
    # the same data and template version render to the same bytes
    with workspace.write() as session:
        from desktop.core.letters import templates

        fresh = render_context(
            session,
            contexts.offer_letter(session, offers[0]),
            templates.active(session, LetterKind.OFFER),
        )
    assert fresh.pdf == issued.pdf
    with workspace.read() as session:
        printed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)
        ).one()
        assert printed.purpose == "the citizen lost the letter"
        assert session.get(Letter, issued.letter_id).printed_at is not None
    assert [a.letter_id for a in letters_of_offer(workspace, offers[0])] == [issued.letter_id]


def test_a_tampered_archive_is_refused(workspace, offers):
    issued = issue_offer_letter(workspace, offers[0])
    with workspace.write() as session:
        session.get(Letter, issued.letter_id).pdf = issued.pdf + b"% altered\n"
    with pytest.raises(DatabaseProblem, match="checksum"):
        reprint(workspace, issued.letter_id)


def test_a_new_template_version_is_used_and_recorded(workspace, offers):
    first = issue_offer_letter(workspace, offers[0])
    text = default_text(LetterKind.OFFER)
    saved = save_template(
        workspace,
        LetterKind.OFFER,
        title=text.title,
        body=text.body.replace("Kære {applicant_name}", "Hej {applicant_name}"),
        has_reply_slip=True,
        note="friendlier greeting",
    )
    assert saved.version == 2
    second = issue_offer_letter(workspace, offers[1])
    assert "Hej Ayşe Yılmaz" in pdftext.text(second.pdf)
    assert "skabelon version 2" in pdftext.text(second.pdf)
    assert "skabelon version 1" in pdftext.text(first.pdf)
    assert [v.version for v in template_versions(workspace, LetterKind.OFFER)] == [2, 1]
    # an old version can be made active again; it is never edited
    activate_version(workspace, LetterKind.OFFER, 1)
    assert active_template(workspace, LetterKind.OFFER).version == 1
    with workspace.read() as session:
        stored = {
            r.version: r.body
            for r in session.scalars(
                select(LetterTemplate).where(LetterTemplate.kind == LetterKind.OFFER)
            )
        }
        assert stored[1] == text.body


def test_a_template_with_an_unknown_field_is_not_saved(workspace):
    with pytest.raises(TemplateError) as caught:
        save_template(
            workspace,
            LetterKind.OFFER,
            title="Tilbud",
            body="Kære {applicant_name}\nDin husleje er {husleje}.",
            has_reply_slip=True,
        )
    assert "Line 2, column 16: unknown field {husleje}" in str(caught.value)
    assert [v.version for v in template_versions(workspace, LetterKind.OFFER)] == [1]


def test_a_removal_decision_needs_reasons_and_carries_the_complaint_guidance(workspace, offers):
    with workspace.write() as session:
        from db.models import Offer

        offer = session.get(Offer, offers[3])
        offer.status = OfferStatus.DECLINED
        offer.answered_on = dt.date(2026, 11, 24)
        offer.decline_text = "For langt fra mit arbejde"
        applicant_id = offer.applicant_id
        reasons = contexts.default_removal_reasons(session, offers[3])
    with pytest.raises(ValidationError, match="forvaltningsloven § 22"):
        issue_decision(
            workspace, LetterKind.DECISION_REMOVAL, applicant_id, reasons=" ", offer_id=offers[3]
        )
    letter = issue_decision(
        workspace,
        LetterKind.DECISION_REMOVAL,
        applicant_id,
        reasons=reasons,
        offer_id=offers[3],
    )
    text = _flat(pdftext.text(letter.pdf))
    for expected in (
        "Kære Søren Ærø Åberg",
        "Begrundelse",
        "Du takkede nej til tilbuddet den 24. november 2026",
        "For langt fra mit arbejde",
        "Klagevejledning",
        "senest 4 uger efter",
        "Ankestyrelsen",
        "almenboligloven § 59, stk. 1",
        "datatilsynet.dk",
    ):
        assert expected in text, expected


def test_a_refusal_decision_without_an_offer(workspace, offers):
    with workspace.read() as session:
        from db.models import Offer

        applicant_id = session.get(Offer, offers[1]).applicant_id
    letter = issue_decision(
        workspace,
        LetterKind.DECISION_REFUSAL,
        applicant_id,
        reasons="Du har en bolig i dag og er ikke i akut boligsocial nød.",
    )
    text = _flat(pdftext.text(letter.pdf))
    assert "Afslag på optagelse på ventelisten" in text
    assert "Du har en bolig i dag og er ikke i akut boligsocial nød." in text
    assert f"AF-A{applicant_id:06d}" in text


def test_the_allocation_notice_goes_to_the_organisation(workspace, offers):
    with workspace.write() as session:
        from db.models import Offer

        offer = session.get(Offer, offers[0])
        offer.status = OfferStatus.ACCEPTED
        offer.answered_on = dt.date(2026, 11, 23)
    letter = issue_allocation_notice(workspace, offers[0])
    first = pdftext.placed(letter.pdf)
    window = [p.text for p in first if 47 <= p.top_mm <= 74 and p.x_mm < 100]
    assert window[:3] == ["Himmerland Boligforening", "Att.: Udlejningen", "Over Kæret 6"]
    text = _flat(pdftext.text(letter.pdf))
    assert "Anvisning af lejer til lejemål 1.200" in text
    assert "Łukasz Nowak" in text
    assert "ja tak til vores tilbud af 21. november 2026" in text


def test_the_offer_workflow_archives_inside_its_own_transaction(workspace, offers):
    """If sending the offer fails after the letter was made, no letter is archived."""

    def send() -> None:
        with workspace.write() as session:
            archive_offer_letter(session, offers[0])
            raise RuntimeError("sending failed")

    with pytest.raises(RuntimeError):
        send()
    assert letters_of_offer(workspace, offers[0]) == []


def test_an_unknown_offer_is_a_clear_error(workspace):
    with pytest.raises(NotFound, match="no offer number 999"):
        issue_offer_letter(workspace, 999)
