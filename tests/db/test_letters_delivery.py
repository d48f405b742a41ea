"""Letters that reach the citizen: each delivery channel from sending the offer to the letter
having gone, the envelope window read back from the PDF, and the refusal to send a letter
nobody can deliver."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from db.enums import (
    ApplicantStatus,
    DeliveryChannel,
    LetterKind,
    OfferStatus,
)
from db.models import Applicant, Caseworker, Letter, Offer
from desktop.cli.main import main
from desktop.core.applicants import register
from desktop.core.applicants.inputs import from_view
from desktop.core.errors import ValidationError
from desktop.core.letters import archive, batch, delivery, to_deliver
from desktop.core.letters.to_deliver import Missing
from desktop.core.offers import expiry, views, workflow
from desktop.core.offers.deadlines import default_reply_deadline
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.letters import pdftext
from tests.unit.matching import db_factories as make

C = DeliveryChannel
POST_CO = {
    "care_of": "Kirkens Korshær",
    "street": "Hjulmagervej 18",
    "postcode": "9000",
    "town": "Aalborg",
    "delivery": C.CARE_OF,
}


def _caseworker(ws: Workspace) -> int:
    with ws.write() as session:
        worker = Caseworker(name="Mette Kjær", phone="99 31 22 10")
        session.add(worker)
        session.flush()
        return worker.id


def _offer(ws: Workspace, name: str = "Søren Ærø Åberg", **applicant: Any) -> tuple[int, int]:
    """(offer, applicant): a draft offer of a dwelling to an applicant the rules let have it."""
    values: dict[str, Any] = {
        "care_of": None,
        "street": None,
        "postcode": None,
        "town": None,
        "delivery": C.NONE,
    }
    person = make.applicant(ws, name, **(values | applicant))
    offer_id = workflow.create_offer(ws, make.vacancy(ws, make.department(ws)), person)
    return offer_id, person


def _letter(ws: Workspace, letter_id: int) -> Letter:
    with ws.read() as session:
        row = session.get(Letter, letter_id)
        assert row is not None
        _ = row.pdf  # deferred: load it before the session closes
        session.expunge(row)
        return row


def _window(pdf: bytes) -> list[str]:
    """The lines in the envelope window, top to bottom (DIN 5008 form B, below the return
    address line)."""
    pieces = [p for p in pdftext.placed(pdf) if 20 <= p.x_mm <= 30 and 47 <= p.top_mm <= 76]
    return [p.text for p in sorted(pieces, key=lambda p: p.top_mm)]


def _queue(ws: Workspace) -> dict[int, Missing]:
    return {row.letter_id: row.missing for row in to_deliver.letters_to_deliver(ws)}


def _sent(ws: Workspace, offer_id: int, **kwargs: Any) -> int:
    outcome = workflow.send_offer(ws, offer_id, **kwargs)
    (letter_id,) = outcome.letter_ids
    return letter_id


def test_a_c_o_letter_puts_the_c_o_line_above_the_street_and_is_posted_when_printed(
    workspace: Workspace, tmp_path: Path
) -> None:
    offer_id, _ = _offer(workspace, **POST_CO)
    outcome = workflow.send_offer(workspace, offer_id)
    assert outcome.delivery == C.CARE_OF  # the UI goes on to the print dialog
    (letter_id,) = outcome.letter_ids
    letter = _letter(workspace, letter_id)
    # Danish post reads the name, then "c/o ...", then the street, then postcode and town
    assert _window(letter.pdf) == [
        "Søren Ærø Åberg",
        "c/o Kirkens Korshær",
        "Hjulmagervej 18",
        "9000 Aalborg",
    ]
    # the reply slip gives the same address as the sender's
    slip = pdftext.page_texts(letter.pdf)[-1]
    assert "Afsender: Søren Ærø Åberg, c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg" in slip
    assert (letter.delivery, letter.delivered_on) == (C.CARE_OF, None)
    assert _queue(workspace) == {letter_id: Missing.PRINT}

    batch.write_batch(workspace, TODAY, tmp_path / "day.pdf")  # the day's letters are printed
    assert _letter(workspace, letter_id).delivered_on == TODAY
    assert _queue(workspace) == {}


def test_a_letter_to_the_own_address_has_no_c_o_line_and_can_be_recorded_as_posted(
    workspace: Workspace,
) -> None:
    offer_id, _ = _offer(
        workspace,
        street="Vesterbro 22, 1. th",
        postcode="9000",
        town="Aalborg",
        delivery=C.OWN_ADDRESS,
    )
    letter_id = _sent(workspace, offer_id)
    assert _window(_letter(workspace, letter_id).pdf) == [
        "Søren Ærø Åberg",
        "Vesterbro 22, 1. th",
        "9000 Aalborg",
    ]
    with pytest.raises(ValidationError, match="future"):
        delivery.record_posted(workspace, letter_id, posted_on=TODAY + dt.timedelta(days=1))
    done = delivery.record_posted(workspace, letter_id)
    assert (done.channel, done.delivered_on) == (C.OWN_ADDRESS, TODAY)
    with pytest.raises(ValidationError, match="already recorded"):
        delivery.record_posted(workspace, letter_id)


def test_a_handed_over_letter_says_so_and_its_reply_deadline_runs_from_the_hand_over(
    workspace: Workspace, tmp_path: Path
) -> None:
    worker = _caseworker(workspace)
    offer_id, _ = _offer(
        workspace, caseworker_id=worker, whereabouts="Sofasurfer", delivery=C.HAND_OVER
    )
    # the deadline cannot be known when the letter is made
    with pytest.raises(ValidationError, match="hand-over"):
        workflow.send_offer(workspace, offer_id, reply_deadline=TODAY + dt.timedelta(days=5))
    outcome = workflow.send_offer(workspace, offer_id)
    assert outcome.delivery == C.HAND_OVER
    (letter_id,) = outcome.letter_ids
    with workspace.read() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        assert (offer.status, offer.reply_deadline) == (OfferStatus.SENT, None)
    letter = _letter(workspace, letter_id)
    # no postal address in the window: it says who hands it over
    assert _window(letter.pdf) == ["Søren Ærø Åberg", "Udleveres af sagsbehandler", "Mette Kjær"]
    text = " ".join(pdftext.text(letter.pdf).split())
    assert "senest 5 dage efter den dag, du har fået brevet udleveret" in text
    assert "Afsender: Søren Ærø Åberg " in text  # the slip: the name, no address
    assert _queue(workspace) == {letter_id: Missing.HAND_OVER}
    assert offer_id not in expiry.overdue_ids(workspace)  # no deadline runs yet

    # the day's letters print it (for the caseworker to take), but it has not gone yet
    batch.write_batch(workspace, TODAY, tmp_path / "day.pdf")
    assert _queue(workspace) == {letter_id: Missing.HAND_OVER}

    with pytest.raises(ValidationError, match="future"):
        delivery.record_hand_over(workspace, letter_id, handed_over_on=TODAY + dt.timedelta(days=1))
    done = delivery.record_hand_over(workspace, letter_id, handed_over_on=TODAY)
    with workspace.read() as session:
        wanted = default_reply_deadline(session, TODAY)  # 5 days, moved to a working day
        offer = session.get(Offer, offer_id)
        assert offer is not None
        assert offer.reply_deadline == done.reply_deadline == wanted == dt.date(2026, 11, 26)
        assert "Handed over" in (offer.events[-1].note or "")
    assert _queue(workspace) == {}
    with pytest.raises(ValidationError, match="already recorded"):
        delivery.record_hand_over(workspace, letter_id, handed_over_on=TODAY)
    with pytest.raises(ValidationError, match="does not go that way"):
        delivery.confirm_digital_post(workspace, letter_id)


def test_a_hand_over_recorded_late_lets_the_offer_expire_from_the_hand_over(
    workspace: Workspace,
) -> None:
    worker = _caseworker(workspace)
    offer_id, _ = _offer(workspace, caseworker_id=worker, delivery=C.HAND_OVER)
    letter_id = _sent(workspace, offer_id)
    clock = {"day": TODAY + dt.timedelta(days=10)}
    workspace.clock = lambda: clock["day"]
    delivery.record_hand_over(workspace, letter_id, handed_over_on=TODAY + dt.timedelta(days=2))
    with workspace.read() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        assert offer.reply_deadline == dt.date(2026, 11, 30)  # 23 Nov + 5 = Saturday -> Monday
    assert offer_id in expiry.overdue_ids(workspace)


def test_a_digital_post_letter_is_exported_and_sent_when_staff_confirm(
    workspace: Workspace, tmp_path: Path
) -> None:
    offer_id, _ = _offer(workspace, cpr="0304708765", delivery=C.DIGITAL_POST)
    outcome = workflow.send_offer(workspace, offer_id)
    assert outcome.delivery == C.DIGITAL_POST
    (letter_id,) = outcome.letter_ids
    letter = _letter(workspace, letter_id)
    assert _window(letter.pdf) == ["Søren Ærø Åberg", "Sendes med Digital Post"]
    assert _queue(workspace) == {letter_id: Missing.EXPORT}
    # the day's letters to print leave it out: it does not go in an envelope
    with pytest.raises(Exception, match="no letters"):
        batch.write_batch(workspace, TODAY, tmp_path / "day.pdf")

    folder = tmp_path / "Digital Post"
    path = delivery.export_for_digital_post(workspace, letter_id, folder)
    assert path.parent == folder
    assert path.name == f"BT-{offer_id:06d} Boligtilbud - Søren Ærø Åberg.pdf"
    assert path.read_bytes() == letter.pdf  # the archived letter, byte for byte
    assert _queue(workspace) == {letter_id: Missing.CONFIRM}  # exported is not sent
    assert _letter(workspace, letter_id).delivered_on is None

    done = delivery.confirm_digital_post(workspace, letter_id)
    assert (done.channel, done.delivered_on) == (C.DIGITAL_POST, TODAY)
    assert _queue(workspace) == {}


@pytest.mark.parametrize(
    "name", ["Mads Sofasurfer", "Lise/Hansen: <kopi>?"], ids=["plain", "unsafe characters"]
)
def test_the_digital_post_file_name_is_safe_on_windows(name: str) -> None:
    assert delivery.export_name(LetterKind.OFFER, "BT-000042", name) in (
        "BT-000042 Boligtilbud - Mads Sofasurfer.pdf",
        "BT-000042 Boligtilbud - Lise Hansen kopi.pdf",
    )


def test_no_letter_is_sent_until_a_way_to_reach_the_citizen_is_chosen(
    workspace: Workspace,
) -> None:
    """The offer letter to "Sofasurfer" that no postman could deliver."""
    offer_id, person = _offer(workspace, "Mads Hansen", whereabouts="Sofasurfer")
    with pytest.raises(ValidationError) as refused:
        workflow.send_offer(workspace, offer_id)
    message = str(refused.value)
    assert "Mads Hansen" in message
    for way in ("own address", "c/o address", "hand-over by the caseworker", "Digital Post"):
        assert way in message
    with workspace.read() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        assert offer.status == OfferStatus.DRAFT  # nothing was sent or archived
        assert session.scalars(select(Letter.id)).all() == []
    with pytest.raises(ValidationError, match="Mads Hansen"):
        archive.issue_offer_letter(workspace, offer_id)
    # the offer's detail says so before anyone presses Send
    detail = views.offer_detail(workspace, offer_id)
    assert (detail.delivery, detail.undeliverable) == (C.NONE, message)

    # The desk chooses: c/o the shelter where he sleeps (through the applicant's form).
    view = register.applicant_view(workspace, person)
    chosen = dataclasses.replace(from_view(view), address=None, **POST_CO)
    register.update_applicant(workspace, person, view.version, chosen)
    assert views.offer_detail(workspace, offer_id).undeliverable is None
    letter_id = _sent(workspace, offer_id)
    assert _window(_letter(workspace, letter_id).pdf)[1] == "c/o Kirkens Korshær"
    (shown,) = views.offer_detail(workspace, offer_id).letters
    assert (shown.letter_id, shown.delivery, shown.delivered_on) == (letter_id, C.CARE_OF, None)


def test_an_incomplete_address_is_refused_with_what_is_missing(workspace: Workspace) -> None:
    offer_id, person = _offer(workspace, "Mads Hansen", **POST_CO)
    with workspace.write() as session:  # the town was lost (an old import, a bug)
        session.execute(update(Applicant).where(Applicant.id == person).values(town=None))
    with pytest.raises(ValidationError, match="Write the town"):
        workflow.send_offer(workspace, offer_id)


def test_a_letter_made_without_a_way_to_reach_the_citizen_blocks_the_print_until_issued_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A decision after a refusal is made even if the citizen's channel was taken away since
    the offer went out: it is listed, the day's print refuses it, and once a channel is chosen
    the letter issued again is printed instead."""
    offer_id, person = _offer(workspace, "Mads Hansen", **POST_CO)
    letter_id = _sent(workspace, offer_id)
    batch.write_batch(workspace, TODAY, tmp_path / "sent.pdf")
    view = register.applicant_view(workspace, person)
    gone = dataclasses.replace(
        from_view(view),
        address=None,
        care_of=None,
        street=None,
        postcode=None,
        town=None,
        whereabouts="Sofasurfer",
        delivery=C.NONE,
    )
    register.update_applicant(workspace, person, view.version, gone)
    outcome = workflow.decline_offer(workspace, offer_id, reason_code="area")
    (decision_id,) = outcome.letter_ids
    assert decision_id != letter_id
    assert _queue(workspace) == {decision_id: Missing.CHANNEL}
    with pytest.raises(ValidationError, match="Mads Hansen"):
        batch.write_batch(workspace, TODAY, tmp_path / "day.pdf")
    with pytest.raises(ValidationError, match="choose how letters reach"):
        delivery.reissue(workspace, decision_id)

    view = register.applicant_view(workspace, person)
    register.update_applicant(
        workspace, person, view.version, dataclasses.replace(from_view(view), **POST_CO)
    )
    again = delivery.reissue(workspace, decision_id)
    assert again.letter_id is not None
    assert _window(_letter(workspace, again.letter_id).pdf)[1] == "c/o Kirkens Korshær"
    assert _queue(workspace) == {again.letter_id: Missing.PRINT}
    result = batch.write_batch(workspace, TODAY, tmp_path / "day.pdf")
    assert result.letters == 2  # the offer letter and the decision issued again
    assert _queue(workspace) == {}


def test_a_fresh_offer_letter_for_someone_out_of_reach_is_not_printed(
    workspace: Workspace, tmp_path: Path
) -> None:
    offer_id, _ = _offer(workspace, "Mads Hansen", whereabouts="Sofasurfer")
    with pytest.raises(ValidationError, match="Mads Hansen"):
        batch.write_offer_letters(workspace, [offer_id], tmp_path / "offers.pdf")
    assert not (tmp_path / "offers.pdf").exists()


def test_an_offer_letter_no_longer_counts_once_the_offer_is_answered(workspace: Workspace) -> None:
    offer_id, person = _offer(workspace, **POST_CO)
    letter_id = _sent(workspace, offer_id)
    assert _queue(workspace) == {letter_id: Missing.PRINT}
    workflow.accept_offer(workspace, offer_id)  # the citizen rang before the post came
    assert _queue(workspace) == {}
    with workspace.read() as session:
        applicant = session.get(Applicant, person)
        assert applicant is not None
        assert applicant.status == ApplicantStatus.OFFERED


def test_the_command_line_lists_exports_and_confirms(
    sqlite_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = sqlite_workspace
    offer_id, _ = _offer(ws, cpr="0304708765", delivery=C.DIGITAL_POST)
    letter_id = _sent(ws, offer_id)
    db = str(ws.database.sqlite_path)

    def run(*argv: str) -> str:
        assert main(["--db", db, "letters", *argv]) == 0
        return capsys.readouterr().out

    (row,) = json.loads(run("to-deliver", "--json"))
    assert (row["letter_id"], row["offer_id"], row["channel"], row["missing"]) == (
        letter_id,
        offer_id,
        "digital_post",
        "export",
    )
    written = Path(run("digital-post", str(letter_id), "--folder", str(tmp_path)).strip())
    assert written.parent == tmp_path
    assert written.read_bytes()[:5] == b"%PDF-"
    assert "Confirm it was sent by Digital Post" in run("to-deliver")
    assert "sent by Digital Post" in run("sent", str(letter_id))
    assert run("to-deliver").strip() == "0 letters"
    assert main(["--db", db, "letters", "sent", str(letter_id)]) == 1  # recorded already
    assert "already recorded" in capsys.readouterr().err


def test_a_letter_printed_from_its_preview_is_posted_but_not_one_saved_as_a_file(
    workspace: Workspace,
) -> None:
    offer_id, _ = _offer(workspace, **POST_CO)
    letter_id = _sent(workspace, offer_id)
    shown = archive.reprint(workspace, letter_id, purpose="preview")
    archive.record_printed(workspace, shown, purpose="saved as PDF", posted=False)
    assert _queue(workspace) == {letter_id: Missing.PRINT}
    archive.record_printed(workspace, shown, purpose="printed")
    assert _letter(workspace, letter_id).delivered_on == TODAY
    assert _queue(workspace) == {}
