"""The offer dialog's core: nothing is stored until Send; the preview is the letter that is
sent; Send makes, sends and archives in one go, with the channel and the letter's own text the
dialog chose; an applicant nobody can reach is refused with what to choose."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from db.enums import DeliveryChannel, LetterKind, OfferStatus
from db.models import Applicant, AuditEvent, Letter, LetterTemplate, Offer
from desktop.core.errors import Conflict, ValidationError
from desktop.core.letters import delivery, templates, to_deliver
from desktop.core.letters.to_deliver import Missing
from desktop.core.offers import compose, views, workflow
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.letters import pdftext
from tests.unit.matching import db_factories as make

C = DeliveryChannel


def _window(pdf: bytes) -> list[str]:
    """The lines in the envelope window (DIN 5008 form B, below the return address)."""
    pieces = [p for p in pdftext.placed(pdf) if 20 <= p.x_mm <= 30 and 47 <= p.top_mm <= 76]
    return [p.text for p in sorted(pieces, key=lambda p: p.top_mm)]


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(pdftext.page_texts(pdf)).split())


def _count(ws: Workspace, model: Any) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _dwelling(ws: Workspace) -> int:
    return make.vacancy(ws, make.department(ws))


def _caseworker(ws: Workspace) -> int:
    from db.models import Caseworker

    with ws.write() as session:
        worker = Caseworker(name="Mette Kjær", phone="99 31 22 10")
        session.add(worker)
        session.flush()
        return worker.id


def test_the_preview_is_the_letter_and_stores_nothing(workspace: Workspace) -> None:
    vacancy = _dwelling(workspace)
    person = make.applicant(
        workspace, "Søren Ærø Åberg", care_of="Kirkens Korshær", delivery=C.CARE_OF
    )
    setup = compose.offer_setup(workspace, vacancy, person)
    assert (setup.applicant_name, setup.rank, setup.channel) == ("Søren Ærø Åberg", 1, C.CARE_OF)
    assert setup.offer_id is None
    assert not setup.needs_skip_reason
    assert setup.note_printed  # the shipped template prints the letter's own text
    assert setup.refusal(C.CARE_OF) is None
    audit_before = _count(workspace, AuditEvent)

    note = "Du er velkommen til at tage en bisidder med, når du ser boligen."
    deadline = TODAY + dt.timedelta(days=12)
    letter = compose.preview(workspace, setup.plan(reply_deadline=deadline, letter_note=note)).pdf
    assert _window(letter) == [
        "Søren Ærø Åberg",
        "c/o Kirkens Korshær",
        "Vesterbro 22, 1. th",
        "9000 Aalborg",
    ]
    text = _text(letter)
    assert note in text
    assert "3. december 2026" in text  # the deadline chosen, not the default
    assert "BT-(nyt)" in text  # the number comes with the offer
    # a preview leaves no trace: no offer, no letter, no template stored, nothing logged
    assert (_count(workspace, Offer), _count(workspace, Letter)) == (0, 0)
    assert _count(workspace, AuditEvent) == audit_before
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(LetterTemplate)) == 0

    outcome = compose.send(workspace, setup.plan(reply_deadline=deadline, letter_note=note))
    assert (outcome.status, outcome.delivery) == (OfferStatus.SENT, C.CARE_OF)
    (letter_id,) = outcome.letter_ids
    with workspace.read() as session:
        offer = session.get(Offer, outcome.offer_id)
        assert offer is not None
        assert (offer.reply_deadline, offer.letter_note) == (deadline, note)
        sent = session.get(Letter, letter_id)
        assert sent is not None
        sent_pdf = sent.pdf
    sent_text = _text(sent_pdf)
    # the letter sent is the letter previewed, with its number
    assert note in sent_text
    assert f"BT-{outcome.offer_id:06d}" in sent_text
    assert _window(sent_pdf) == _window(letter)


def test_send_with_each_channel_goes_on_to_its_delivery(workspace: Workspace) -> None:
    worker = _caseworker(workspace)
    cases = {
        C.OWN_ADDRESS: {},
        C.CARE_OF: {"care_of": "Herberget Hjemmet"},
        C.HAND_OVER: {"caseworker_id": worker},
        C.DIGITAL_POST: {"cpr": "0304708765"},
    }
    for number, (channel, values) in enumerate(cases.items()):
        vacancy = _dwelling(workspace)
        person = make.applicant(workspace, f"Borger {number}", delivery=channel, **values)
        setup = compose.offer_setup(workspace, vacancy, person)
        outcome = compose.send(workspace, setup.plan())
        assert outcome.delivery == channel
        (letter_id,) = outcome.letter_ids
        state = views.offer_detail(workspace, outcome.offer_id).letter_state
        assert state is not None
        expected = {
            C.OWN_ADDRESS: Missing.PRINT,
            C.CARE_OF: Missing.PRINT,
            C.HAND_OVER: Missing.HAND_OVER,
            C.DIGITAL_POST: Missing.EXPORT,
        }[channel]
        assert (state.letter_id, state.channel, state.missing) == (letter_id, channel, expected)
        reply_by = views.offer_detail(workspace, outcome.offer_id).reply_deadline
        # a hand-over's deadline runs from the hand-over; the others from today
        assert (reply_by is None) == (channel == C.HAND_OVER)


def test_an_applicant_nobody_can_reach_is_refused_until_a_channel_is_chosen(
    workspace: Workspace,
) -> None:
    vacancy = _dwelling(workspace)
    person = make.applicant(
        workspace,
        "Mads Hansen",
        street=None,
        postcode=None,
        town=None,
        whereabouts="Sofasurfer",
        delivery=C.NONE,
    )
    setup = compose.offer_setup(workspace, vacancy, person)
    assert setup.channel == C.NONE
    refusal = setup.refusal(C.NONE)
    assert refusal is not None
    assert "Mads Hansen" in refusal
    # every channel says what it lacks: no address, no caseworker, no CPR number
    lacking = {c.channel: c.refusal for c in setup.choices}
    assert set(lacking) == {C.OWN_ADDRESS, C.CARE_OF, C.HAND_OVER, C.DIGITAL_POST}
    assert all(lacking.values())
    assert "street" in (lacking[C.OWN_ADDRESS] or "")
    assert "caseworker" in (lacking[C.HAND_OVER] or "")

    with pytest.raises(ValidationError, match="Mads Hansen"):
        compose.send(workspace, setup.plan())
    with pytest.raises(ValidationError, match="caseworker"):
        compose.send(workspace, setup.plan(channel=C.HAND_OVER))
    assert _count(workspace, Offer) == 0  # refused: nothing made

    # the desk gives him a caseworker, who hands the letter over: chosen in the dialog
    worker = _caseworker(workspace)
    with workspace.write() as session:
        row = session.get(Applicant, person)
        assert row is not None
        row.caseworker_id = worker
    setup = compose.offer_setup(workspace, vacancy, person)
    assert setup.refusal(C.HAND_OVER) is None
    letter = compose.preview(workspace, setup.plan(channel=C.HAND_OVER)).pdf
    assert _window(letter) == ["Mads Hansen", "Udleveres af sagsbehandler", "Mette Kjær"]
    outcome = compose.send(workspace, setup.plan(channel=C.HAND_OVER))
    assert outcome.delivery == C.HAND_OVER
    with workspace.read() as session:
        stored = session.get(Applicant, person)
        assert stored is not None
        assert stored.delivery == C.HAND_OVER  # his channel from now on
    assert [row.missing for row in to_deliver.letters_to_deliver(workspace)] == [Missing.HAND_OVER]


def test_a_candidate_passed_over_needs_a_reason(workspace: Workspace) -> None:
    vacancy = _dwelling(workspace)
    make.applicant(workspace, "Først I Køen", registered_on=dt.date(2020, 1, 1))
    second = make.applicant(workspace, "Anden I Køen", registered_on=dt.date(2024, 1, 1))
    setup = compose.offer_setup(workspace, vacancy, second)
    assert (setup.rank, setup.needs_skip_reason) == (2, True)
    with pytest.raises(ValidationError, match="passed over"):
        compose.send(workspace, setup.plan())
    assert _count(workspace, Offer) == 0
    outcome = compose.send(workspace, setup.plan(skip_reason="Boligen passer til kørestolen"))
    detail = views.offer_detail(workspace, outcome.offer_id)
    assert (detail.rank, detail.skip_reason) == (2, "Boligen passer til kørestolen")


def test_a_dwelling_that_may_not_be_offered_is_refused_when_the_dialog_opens(
    workspace: Workspace,
) -> None:
    vacancy = _dwelling(workspace)
    first = make.applicant(workspace, "Anne Jensen")
    other = make.applicant(workspace, "Bo Berg")
    compose.send(workspace, compose.offer_setup(workspace, vacancy, first).plan())
    with pytest.raises(ValidationError, match="this one is offered"):
        compose.offer_setup(workspace, vacancy, other)


def test_a_draft_is_sent_from_the_dialog_on_the_version_it_loaded(workspace: Workspace) -> None:
    vacancy = _dwelling(workspace)
    person = make.applicant(workspace, "Anne Jensen")
    offer_id = workflow.create_offer(workspace, vacancy, person)  # proposed as the first
    setup = compose.draft_setup(workspace, offer_id)
    assert (setup.offer_id, setup.rank, setup.needs_skip_reason) == (offer_id, 1, False)
    # another desk withdraws it meanwhile: the dialog's Send is refused
    workflow.withdraw_offer(workspace, offer_id, reason="Fejl")
    with pytest.raises(Conflict):
        compose.send(workspace, setup.plan(letter_note="Velkommen"))
    with pytest.raises(ValidationError, match="no longer a draft"):
        compose.draft_setup(workspace, offer_id)

    proposed = workflow.propose_next(workspace, _dwelling(workspace))
    assert proposed is not None
    offer_id = proposed
    setup = compose.draft_setup(workspace, offer_id)
    outcome = compose.send(workspace, setup.plan(letter_note="Ring gerne, hvis du har spørgsmål."))
    assert outcome.offer_id == offer_id
    assert _count(workspace, Offer) == 2  # the draft was sent, not another one made


def test_a_letter_issued_again_keeps_its_own_text(workspace: Workspace) -> None:
    vacancy = _dwelling(workspace)
    person = make.applicant(workspace, "Anne Jensen")
    note = "Boligen har nyt køkken."
    setup = compose.offer_setup(workspace, vacancy, person)
    (first,) = compose.send(workspace, setup.plan(letter_note=note)).letter_ids
    again = delivery.reissue(workspace, first)
    assert note in _text(again.pdf)


def test_a_template_without_the_own_text_says_so(workspace: Workspace) -> None:
    body = templates.default_text(LetterKind.OFFER).body.replace(
        "{if letter_note}\n{letter_note}\n{end}\n", ""
    )
    templates.save_template(
        workspace,
        LetterKind.OFFER,
        title="Tilbud om bolig",
        body=body,
        has_reply_slip=True,
    )
    setup = compose.offer_setup(workspace, _dwelling(workspace), make.applicant(workspace))
    assert not setup.note_printed


def test_the_letters_own_text_has_a_limit(workspace: Workspace) -> None:
    setup = compose.offer_setup(workspace, _dwelling(workspace), make.applicant(workspace))
    with pytest.raises(ValidationError) as refused:
        compose.preview(workspace, setup.plan(letter_note="x" * (compose.NOTE_MAX + 1)))
    assert "letter_note" in refused.value.fields


def test_the_offer_letters_state_on_its_way(workspace: Workspace, tmp_path: Any) -> None:
    vacancy = _dwelling(workspace)
    person = make.applicant(workspace, "Anne Jensen", cpr="0304708765", delivery=C.DIGITAL_POST)
    outcome = compose.send(workspace, compose.offer_setup(workspace, vacancy, person).plan())
    (letter_id,) = outcome.letter_ids
    name = delivery.digital_post_name(workspace, letter_id)
    assert name.endswith("Anne Jensen.pdf")
    written = delivery.export_for_digital_post(workspace, letter_id, tmp_path, name="brev.pdf")
    assert written == tmp_path / "brev.pdf"
    state = views.offer_detail(workspace, outcome.offer_id).letter_state
    assert state is not None
    assert state.missing == Missing.CONFIRM
    delivery.confirm_digital_post(workspace, letter_id)
    state = views.offer_detail(workspace, outcome.offer_id).letter_state
    assert state is not None
    assert (state.missing, state.delivered_on) == (None, TODAY)
    assert "Digital Post" in state.text
