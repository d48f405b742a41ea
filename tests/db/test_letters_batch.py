"""The day's letters as one PDF, built in chunks, and the `anvis letters` commands."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.enums import AuditAction, LetterKind, OfferStatus
from db.models import AuditEvent, Department, Letter
from desktop.cli.main import main
from desktop.core.errors import NotFound
from desktop.core.letters import save_template, write_batch
from desktop.core.letters.templates import default_text
from tests.unit.letters import factory, pdftext


@pytest.fixture
def day_of_offers(workspace):
    """Five offers sent on the pinned day with their letters archived, one sent the day before,
    and one still a draft (no letter); the ids of the day's offers."""
    with workspace.write() as session:
        department = factory.organisation(session)
        today = [factory.sent(session, department, i)[0] for i in range(5)]
        factory.sent(session, department, 5, sent_on=factory.SENT - dt.timedelta(days=1))
        factory.offer(session, department, 6, status=OfferStatus.DRAFT)
    return today


# The day's five offer letters by recipient name (Danish order; accents do not count).
IN_ORDER = ("Ayşe Yılmaz", "Łukasz Nowak", "Łukasz Nowak", "Nguyễn Thị Lan", "Søren Ærø Åberg")


def test_the_days_letters_come_in_one_pdf_built_in_chunks(workspace, day_of_offers, tmp_path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "letters.pdf"
    result = write_batch(
        workspace,
        factory.SENT,
        out,
        chunk_size=2,
        progress=lambda done, total: seen.append((done, total)) or True,
    )
    assert (result.letters, result.pages, result.cancelled, result.copied) == (5, 15, False, 0)
    assert seen == [(n, 5) for n in range(1, 6)]
    pages = pdftext.page_texts(out.read_bytes())
    assert len(pages) == 15
    for text, name in zip(pages[0::3], IN_ORDER, strict=True):
        assert f"Kære {name}" in text
        assert "Side 1 af 3" in text
    with workspace.read() as session:
        printed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.PRINT)
        ).all()
        # printing personal data is logged, one event per letter, and each letter is stamped
        assert len(printed) == 5
        assert {e.entity_type for e in printed} == {"letter"}
        stamped = session.scalars(select(Letter.offer_id).where(Letter.printed_at.is_not(None)))
        assert sorted(stamped) == sorted(day_of_offers)


def test_each_letter_is_printed_with_the_template_version_it_was_made_with(workspace, tmp_path):
    with workspace.write() as session:
        department = factory.organisation(session)
        department_id = department.id
        factory.sent(session, department, 0)
    text = default_text(LetterKind.OFFER)
    save_template(
        workspace,
        LetterKind.OFFER,
        title=text.title,
        body=text.body.replace("Kære", "Hej"),
        has_reply_slip=True,
    )
    with workspace.write() as session:
        factory.sent(session, session.get(Department, department_id), 1)
    out = tmp_path / "letters.pdf"
    write_batch(workspace, factory.SENT, out)
    pages = pdftext.page_texts(out.read_bytes())
    assert "Hej Ayşe Yılmaz" in pages[0]  # archived after the new version was saved
    assert "skabelon version 2" in pages[0]
    assert "Kære Łukasz Nowak" in pages[3]  # archived with version 1
    assert "skabelon version 1" in pages[3]


def test_a_cancelled_batch_leaves_no_file(workspace, day_of_offers, tmp_path):
    folder = tmp_path / "out"
    out = folder / "letters.pdf"
    result = write_batch(workspace, factory.SENT, out, progress=lambda done, total: done < 2)
    assert result.cancelled
    assert list(folder.iterdir()) == []  # neither the file nor a half-written temporary one
    with workspace.read() as session:
        assert (
            session.scalar(select(func.count()).where(AuditEvent.action == AuditAction.PRINT)) == 0
        )


def test_a_day_without_letters_says_so(workspace, day_of_offers, tmp_path):
    with pytest.raises(NotFound, match="no letters for 01/11/2026"):
        write_batch(workspace, dt.date(2026, 11, 1), tmp_path / "x.pdf")


def test_the_day_before_has_its_own_letters(workspace, day_of_offers, tmp_path):
    out = tmp_path / "yesterday.pdf"
    result = write_batch(workspace, factory.SENT - dt.timedelta(days=1), out)
    assert (result.letters, result.pages) == (1, 3)


def test_the_command_line_writes_offer_letters_and_batches(
    workspace, day_of_offers, tmp_path, capsys
):
    with workspace.read() as session:
        from db.models import Offer

        draft = session.scalars(select(Offer.id).where(Offer.status == OfferStatus.DRAFT)).one()
    db = workspace.database.url.render_as_string(hide_password=False)
    out = tmp_path / "three.pdf"
    code = main(
        [
            "--db",
            db,
            "letters",
            "offer",
            str(day_of_offers[2]),
            str(day_of_offers[0]),
            str(draft),
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert f"3 letters, 9 pages: {out}" in capsys.readouterr().out
    pages = pdftext.page_texts(out.read_bytes())
    assert "Kære Nguyễn Thị Lan" in pages[0]  # the archived letters, in the order asked
    assert "Kære Łukasz Nowak" in pages[3]
    assert "Kære Nguyễn Thị Lan" in pages[6]  # the draft's letter as it would be sent now

    out = tmp_path / "day.pdf"
    assert main(["--db", db, "letters", "batch", "--date", "2026-11-21", "--out", str(out)]) == 0
    assert "5 letters, 15 pages" in capsys.readouterr().out
    assert len(pdftext.page_texts(out.read_bytes())) == 15

    assert main(["--db", db, "letters", "offer", "4711", "--out", str(tmp_path / "no.pdf")]) == 1
    assert "no offer number 4711" in capsys.readouterr().err
    assert (
        main(["--db", db, "letters", "batch", "--date", "2026-11-21", "--chunk", "0", "--out", "x"])
        == 2
    )
    assert "--chunk must be 1 or more" in capsys.readouterr().err


def test_the_command_line_reprints_an_archived_letter(workspace, tmp_path, capsys):
    with workspace.write() as session:
        department = factory.organisation(session)
        _, letter_id = factory.sent(session, department, 1)
    with workspace.read() as session:
        archived = session.get(Letter, letter_id).pdf
    db = workspace.database.url.render_as_string(hide_password=False)
    out = tmp_path / "again.pdf"
    assert main(["--db", db, "letters", "reprint", str(letter_id), "--out", str(out)]) == 0
    assert out.read_bytes() == archived
    assert f"1 letter, 3 pages: {out}" in capsys.readouterr().out  # not "1 letters"
