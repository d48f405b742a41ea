"""The day's letters as one PDF, built in chunks, and the `anvis letters` commands."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.enums import AuditAction, LetterKind, OfferStatus
from db.models import AuditEvent, Letter, Offer
from desktop.cli.main import main
from desktop.core.errors import NotFound
from desktop.core.letters import issue_offer_letter, save_template, write_batch
from desktop.core.letters.templates import default_text
from tests.unit.letters import factory, pdftext


@pytest.fixture
def day_of_offers(workspace):
    """Five offers sent on the pinned day, one the day before, one still a draft."""
    with workspace.write() as session:
        department = factory.organisation(session)
        today = [factory.offer(session, department, i).id for i in range(5)]
        factory.offer(session, department, 5, sent_on=factory.SENT - dt.timedelta(days=1))
        factory.offer(session, department, 6, status=OfferStatus.DRAFT)
    return today


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
    assert (result.letters, result.pages, result.cancelled) == (5, 15, False)
    assert seen == [(n, 5) for n in range(1, 6)]
    pages = pdftext.page_texts(out.read_bytes())
    assert len(pages) == 15
    firsts = pages[0::3]
    names = [name for name, _, _ in factory.PEOPLE] + [factory.PEOPLE[0][0]]
    for text, name in zip(firsts, names, strict=True):
        assert f"Kære {name}" in text
        assert "Side 1 af 3" in text
    with workspace.read() as session:
        printed = session.scalar(select(func.count()).where(AuditEvent.action == AuditAction.PRINT))
        assert printed == 5  # printing personal data is logged, one event per letter


def test_an_archived_letter_is_printed_with_its_own_template_version(
    workspace, day_of_offers, tmp_path
):
    archived = issue_offer_letter(workspace, day_of_offers[0])
    text = default_text(LetterKind.OFFER)
    save_template(
        workspace,
        LetterKind.OFFER,
        title=text.title,
        body=text.body.replace("Kære", "Hej"),
        has_reply_slip=True,
    )
    out = tmp_path / "letters.pdf"
    write_batch(workspace, factory.SENT, out)
    pages = pdftext.page_texts(out.read_bytes())
    assert pages[0] == pdftext.page_texts(archived.pdf)[0]
    assert "skabelon version 1" in pages[0]
    assert "Hej Ayşe Yılmaz" in pages[3]  # not archived yet: the active version 2
    assert "skabelon version 2" in pages[3]
    with workspace.read() as session:
        assert session.scalars(select(Letter)).one().printed_at is not None


def test_a_cancelled_batch_leaves_no_file(workspace, day_of_offers, tmp_path):
    folder = tmp_path / "out"
    out = folder / "letters.pdf"
    result = write_batch(workspace, factory.SENT, out, progress=lambda done, total: done < 2)
    assert result.cancelled
    assert list(folder.iterdir()) == []  # neither the file nor a half-written temporary one


def test_a_day_without_letters_says_so(workspace, day_of_offers, tmp_path):
    with pytest.raises(NotFound, match="no letters for 2026-11-01"):
        write_batch(workspace, dt.date(2026, 11, 1), tmp_path / "x.pdf")


def test_the_command_line_writes_offer_letters_and_batches(
    workspace, day_of_offers, tmp_path, capsys
):
    db = workspace.database.url.render_as_string(hide_password=False)
    out = tmp_path / "two.pdf"
    code = main(
        [
            "--db",
            db,
            "letters",
            "offer",
            str(day_of_offers[2]),
            str(day_of_offers[0]),
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert f"2 letters, 6 pages: {out}" in capsys.readouterr().out
    pages = pdftext.page_texts(out.read_bytes())
    assert "Kære Nguyễn Thị Lan" in pages[0]
    assert "Kære Łukasz Nowak" in pages[3]

    out = tmp_path / "day.pdf"
    assert main(["--db", db, "letters", "batch", "--date", "2026-11-21", "--out", str(out)]) == 0
    assert len(pdftext.page_texts(out.read_bytes())) == 15

    assert main(["--db", db, "letters", "offer", "4711", "--out", str(tmp_path / "no.pdf")]) == 1
    assert "no offer number 4711" in capsys.readouterr().err


def test_the_command_line_reprints_an_archived_letter(workspace, day_of_offers, tmp_path):
    issued = issue_offer_letter(workspace, day_of_offers[1])
    db = workspace.database.url.render_as_string(hide_password=False)
    out = tmp_path / "again.pdf"
    assert main(["--db", db, "letters", "reprint", str(issued.letter_id), "--out", str(out)]) == 0
    assert out.read_bytes() == issued.pdf
    with workspace.read() as session:
        assert session.get(Offer, day_of_offers[1]) is not None
