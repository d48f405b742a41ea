"""Every archived letter keeps the data it was drawn from: the day's batch prints each letter as it
was archived and sent, whatever was edited afterwards (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import select, update

from db.engine import Database
from db.enums import ApplicantStatus, LetterKind, OfferStatus
from db.migrate import downgrade, upgrade
from db.models import Applicant, Department, Letter, Offer, Organisation, Vacancy
from desktop.core import settings
from desktop.core.applicants import privacy, register
from desktop.core.errors import DatabaseProblem, NotFound
from desktop.core.letters import preview_offer_letter, redraw, reprint, save_template, write_batch
from desktop.core.letters.archive import (
    archive_allocation_notice,
    archive_decision,
    archive_offer_letter,
)
from desktop.core.letters.context import Decision
from desktop.core.letters.look import LETTER_SETTINGS, LetterSettings
from desktop.core.letters.templates import default_text
from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from tests.unit.letters import factory, pdftext

REFUSAL = "Du har en bolig i dag og er ikke i akut boligsocial nød."
REMOVAL = "Du takkede nej til boligen uden en rimelig grund."


@dataclasses.dataclass
class Day:
    offers: list[int]  # factory.offer 0..3
    letters: dict[str, int]  # what -> letter id


def _archive_every_kind(ws: Workspace) -> Day:
    """The day's post: three offer letters, an allocation notice, a removal decision after a
    declined offer and a refusal; and an offer letter of the day before."""
    with ws.write() as session:
        department = factory.organisation(session)
        offers = [factory.offer(session, department, i) for i in range(4)]
        letters = {}
        for i in (0, 1, 2):
            letters[f"offer {i}"] = archive_offer_letter(session, offers[i].id).letter_id
        offers[0].status = OfferStatus.ACCEPTED
        offers[0].answered_on = TODAY
        offers[0].allocation_notice_on = TODAY
        letters["notice"] = archive_allocation_notice(session, offers[0].id, TODAY).letter_id
        offers[3].status = OfferStatus.DECLINED
        offers[3].answered_on = TODAY
        offers[3].decline_text = "For langt fra mit arbejde"
        removal = Decision(
            LetterKind.DECISION_REMOVAL, offers[3].applicant_id, REMOVAL, offers[3].id
        )
        letters["removal"] = archive_decision(session, removal, TODAY).letter_id
        refusal = Decision(LetterKind.DECISION_REFUSAL, offers[2].applicant_id, REFUSAL)
        letters["refusal"] = archive_decision(session, refusal, TODAY).letter_id
        yesterday = factory.offer(session, department, 5, sent_on=TODAY - dt.timedelta(days=1))
        letters["yesterday"] = archive_offer_letter(session, yesterday.id).letter_id
        return Day([o.id for o in offers], letters)


# By kind (offer letters, allocation notices, removals, refusals), then by recipient name.
PRINT_ORDER = ("offer 1", "offer 0", "offer 2", "notice", "removal", "refusal")
EDITED = ("Omdøbt", "Ændretvej", "9.999,00", "Ny Boligforening", "11 11 11 11", "Ny enhed", "Hej ")


def _edit_everything(ws: Workspace) -> None:
    """What the desk may change after the letters went out."""
    with ws.write() as session:
        for applicant in session.scalars(select(Applicant)):
            applicant.name = f"Omdøbt {applicant.id}"
            applicant.street = "Nyvej 1"
        for vacancy in session.scalars(select(Vacancy)):
            vacancy.street = "Ændretvej"
            vacancy.rent = Decimal("9999.00")
        for organisation in session.scalars(select(Organisation)):
            organisation.name = "Ny Boligforening"
        for offer in session.scalars(select(Offer)):
            offer.decline_text = "Noget andet"
        contact = dataclasses.replace(
            settings.DESK_CONTACT.default, unit="Ny enhed", phone="11 11 11 11"
        )
        settings.put(session, settings.DESK_CONTACT, contact, valid_from=TODAY)
        settings.put(
            session, LETTER_SETTINGS, LetterSettings(website="www.ny.example"), valid_from=TODAY
        )
    for kind in (LetterKind.OFFER, LetterKind.DECISION_REFUSAL):
        text = default_text(kind)
        save_template(
            ws, kind, title=text.title, body="Hej " + text.body, has_reply_slip=text.has_reply_slip
        )


def _archived(ws: Workspace, letter_id: int) -> bytes:
    with ws.read() as session:
        return session.get(Letter, letter_id).pdf


def _pages(pdf: bytes) -> list[tuple[str, object]]:
    """Each page's text and what it draws (see pdftext.page_drawing)."""
    texts = pdftext.page_texts(pdf)
    return [(texts[i], pdftext.page_drawing(pdf, i)) for i in range(len(texts))]


def test_the_days_batch_prints_every_letter_as_it_was_archived(workspace, tmp_path):
    day = _archive_every_kind(workspace)
    archived = {what: _archived(workspace, day.letters[what]) for what in PRINT_ORDER}
    _edit_everything(workspace)
    now = pdftext.text(preview_offer_letter(workspace, day.offers[1]).pdf)
    assert "Omdøbt" in now  # so the edits would show in a letter drawn from today's data
    assert "Ny enhed" in now

    out = tmp_path / "day.pdf"
    result = write_batch(workspace, TODAY, out, chunk_size=2)
    assert (result.letters, result.copied) == (6, 0)

    expected = [page for what in PRINT_ORDER for page in _pages(archived[what])]
    printed = _pages(out.read_bytes())
    assert result.pages == len(printed) == len(expected)
    for number, (got, want) in enumerate(zip(printed, expected, strict=True), start=1):
        assert got[0] == want[0], f"page {number}: text"
        assert got[1] == want[1], f"page {number}: drawing"
    batch_text = pdftext.text(out.read_bytes())
    for edit in EDITED:
        assert edit not in batch_text
    for sent in ("Kære Ayşe Yılmaz", REMOVAL, REFUSAL, "For langt fra mit arbejde"):
        assert sent in " ".join(batch_text.split())

    # each letter drawn again alone from its stored data: the archived bytes exactly
    for what, pdf in archived.items():
        again = redraw(workspace, day.letters[what])
        assert again is not None
        assert again.pdf == pdf, what
        assert again.sha256 == hashlib.sha256(pdf).hexdigest()
    # a reprint is still the archived bytes themselves
    assert reprint(workspace, day.letters["removal"]).pdf == archived["removal"]


def test_the_stored_data_holds_the_letter_but_never_a_whole_cpr_number(workspace):
    day = _archive_every_kind(workspace)
    with workspace.read() as session:
        rows = session.scalars(select(Letter).order_by(Letter.id)).all()
        stored = {row.id: (row.letter_date, row.context) for row in rows}
    assert {d for d, _ in stored.values()} == {TODAY, TODAY - dt.timedelta(days=1)}
    text = json.dumps([c for _, c in stored.values()], ensure_ascii=False)
    for _, number, _ in factory.PEOPLE:
        assert number not in text
        assert f"{number[:6]}-{number[6:]}" not in text
    assert "010190-XXXX" in text
    refusal = stored[day.letters["refusal"]][1]
    assert refusal["values"]["reasons"] == REFUSAL
    assert refusal["recipient"][0] == "Nguyễn Thị Lan"
    assert stored[day.letters["notice"]][1]["recipient"][0] == "Himmerland Boligforening"


def test_letters_without_stored_data_are_copied_from_their_archived_pdf(workspace, tmp_path):
    """Letters archived before their data was stored (migration 0008) have only their PDF."""
    day = _archive_every_kind(workspace)
    older = (day.letters["offer 0"], day.letters["refusal"])
    with workspace.write() as session:
        session.execute(update(Letter).where(Letter.id.in_(older)).values(context=None))
    archived = {what: _archived(workspace, day.letters[what]) for what in PRINT_ORDER}
    _edit_everything(workspace)

    out = tmp_path / "day.pdf"
    result = write_batch(workspace, TODAY, out, chunk_size=4)
    assert (result.letters, result.copied) == (6, 2)
    # the copied letters sort by their recipient's name today ("Omdøbt ..."): offer 0 after
    # Ayşe's and Nguyễn's letters
    order = ("offer 1", "offer 2", "offer 0", "notice", "removal", "refusal")
    expected = [page for what in order for page in _pages(archived[what])]
    printed = _pages(out.read_bytes())
    assert len(printed) == len(expected) == result.pages
    for number, (got, want) in enumerate(zip(printed, expected, strict=True), start=1):
        assert got == want, f"page {number}"
    assert redraw(workspace, day.letters["offer 0"]) is None

    with workspace.write() as session:
        session.get(Letter, day.letters["refusal"]).pdf = archived["refusal"] + b"% altered\n"
    with pytest.raises(DatabaseProblem, match="checksum"):
        write_batch(workspace, TODAY, tmp_path / "again.pdf")
    assert not (tmp_path / "again.pdf").exists()


def test_a_letter_whose_logo_file_changed_is_copied_from_its_archive(workspace, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 72), (20, 80, 130)).save(logo)
    with workspace.write() as session:
        settings.put(
            session, LETTER_SETTINGS, LetterSettings(logo_file=str(logo)), valid_from=TODAY
        )
        department = factory.organisation(session)
        department_id = department.id
        _, before = factory.sent(session, department, 0)
    first = redraw(workspace, before)
    assert first is not None
    assert first.pdf == _archived(workspace, before)

    Image.new("RGB", (60, 72), (200, 30, 30)).save(logo)  # the desk replaces its logo file
    assert redraw(workspace, before) is None
    with workspace.write() as session:
        _, after = factory.sent(session, session.get(Department, department_id), 1)
    out = tmp_path / "day.pdf"
    result = write_batch(workspace, TODAY, out)
    assert (result.letters, result.copied) == (2, 1)
    # Ayşe's letter (drawn with the new logo) first, then Łukasz's as it was sent
    assert _pages(out.read_bytes()) == _pages(_archived(workspace, after)) + _pages(first.pdf)


def test_letters_of_anonymised_people_are_not_printed(workspace, tmp_path):
    day = _archive_every_kind(workspace)
    erased = hashlib.sha256(b"").hexdigest()
    with workspace.write() as session:  # as anonymisation leaves a letter
        session.execute(
            update(Letter)
            .where(Letter.letter_date == TODAY, Letter.id != day.letters["notice"])
            .values(pdf=b"", sha256=erased, context=None)
        )
    result = write_batch(workspace, TODAY, tmp_path / "day.pdf")
    assert (result.letters, result.pages) == (1, 2)
    with workspace.write() as session:
        session.execute(update(Letter).values(pdf=b"", sha256=erased, context=None))
    with pytest.raises(NotFound, match="no letters"):
        write_batch(workspace, TODAY, tmp_path / "none.pdf")


def test_older_letters_are_dated_by_the_migration_and_printed_from_their_archive(
    database_url, tmp_path
):
    database = Database(database_url)
    upgrade(database)
    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    day = _archive_every_kind(ws)
    archived = {what: _archived(ws, day.letters[what]) for what in PRINT_ORDER}
    ws.close()

    downgrade(database, "0007")
    with database.engine.begin() as conn:
        conn.exec_driver_sql(  # made at 23:30 UTC the evening before
            "UPDATE letter SET created_at = '2026-11-20 23:30:00'"
        )
    upgrade(database)
    database.dispose()

    ws = open_workspace(database_url, backup_dir=tmp_path / "backups", user="tester")
    ws.clock = lambda: TODAY
    try:
        with ws.read() as session:
            dated = dict(session.execute(select(Letter.id, Letter.letter_date)).all())
            assert session.scalars(select(Letter.context)).all() == [None] * 7
        assert dated[day.letters["offer 1"]] == TODAY  # the day its offer was sent
        assert dated[day.letters["notice"]] == TODAY  # the day of the allocation notice
        assert dated[day.letters["yesterday"]] == TODAY - dt.timedelta(days=1)
        # a decision has only the day it was made (UTC)
        assert dated[day.letters["refusal"]] == dt.date(2026, 11, 20)
        assert dated[day.letters["removal"]] == dt.date(2026, 11, 20)
        out = tmp_path / "day.pdf"
        result = write_batch(ws, TODAY, out)
        assert (result.letters, result.copied) == (4, 4)
        printed = _pages(out.read_bytes())
        want = [p for w in ("offer 1", "offer 0", "offer 2", "notice") for p in _pages(archived[w])]
        assert printed == want
    finally:
        ws.close()


def test_a_letter_that_does_not_exist_is_a_clear_error(workspace):
    with pytest.raises(NotFound, match="no archived letter number 4711"):
        redraw(workspace, 4711)


def test_anonymising_a_person_erases_their_letters_stored_data(sqlite_workspace, tmp_path):
    ws = sqlite_workspace
    day = _archive_every_kind(ws)
    with ws.read() as session:
        offers = {o.id: o.applicant_id for o in session.scalars(select(Offer))}
    lukasz, soren = offers[day.offers[0]], offers[day.offers[3]]
    for person in (lukasz, soren):
        register.change_status(ws, person, ApplicantStatus.REMOVED, removed_reason="Flyttet")
    ws.clock = lambda: TODAY.replace(year=TODAY.year + 6)
    assert privacy.anonymise(ws, [lukasz, soren]).ids == (lukasz, soren)

    with ws.read() as session:
        theirs = session.scalars(
            select(Letter).where(
                Letter.id.in_([day.letters[w] for w in ("offer 0", "notice", "removal")])
            )
        ).all()
        assert [(r.pdf, r.context) for r in theirs] == [(b"", None)] * 3
        others = session.get(Letter, day.letters["offer 1"])
        assert others.context["recipient"][0] == "Ayşe Yılmaz"  # another person's letter stays
    path = ws.database.sqlite_path
    with ws.database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stored = path.read_bytes()
    for text in ("Łukasz Nowak", "Vesterbro 22", "Søren Ærø Åberg", "Østerbro 5", REMOVAL):
        for form in (text, json.dumps(text)[1:-1]):  # as written, and as JSON escapes it
            assert form.encode() not in stored, text
    result = write_batch(ws, TODAY, tmp_path / "day.pdf")
    assert result.letters == 3  # their letters are not printed again
