"""The demo database: master data, every status, households; same seed, same data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, inspect, select

from db.enums import ApplicantStatus, LegalFactKind, LetterKind, OfferStatus, VacancyStatus
from db.models import (
    Applicant,
    Department,
    HouseholdMember,
    Landlord,
    LegalFact,
    Letter,
    Offer,
    OfferEvent,
    Organisation,
    Vacancy,
    VacancyEvent,
)
from desktop.core.day.queue import Section, work_queue
from desktop.core.demo import DemoSize, create_demo
from desktop.core.letters import archive
from desktop.core.schemes.settings import SCHEMES
from desktop.core.workspace import open_workspace


def _statuses(session, model) -> set[str]:
    return set(session.scalars(select(model.status).distinct()))


def test_demo_has_the_sample_master_data_and_every_status(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    summary = create_demo(target, DemoSize(applicants=300, vacancies=200), seed=7)
    assert "120 departments" in summary
    ws = open_workspace(target)
    assert ws.is_demo  # however it is opened (--db, ANVIS_DB, File > Open): marked DEMO
    with ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 12
        assert session.scalar(select(func.count()).select_from(Department)) == 120
        # the organisations' 200 dwellings, and six private landlords' notices besides
        by_department = Vacancy.department_id.is_not(None)
        assert session.scalar(select(func.count()).where(by_department)) == 200
        assert session.scalar(select(func.count()).where(Vacancy.landlord_id.is_not(None))) == 6
        assert session.scalar(select(func.count()).select_from(Landlord)) == 3
        assert session.scalar(select(func.count()).select_from(Applicant)) == 300
        assert _statuses(session, Vacancy) == set(VacancyStatus)
        assert _statuses(session, Offer) == set(OfferStatus)
        assert {ApplicantStatus.ACTIVE, ApplicantStatus.OFFERED, ApplicantStatus.HOUSED} <= (
            _statuses(session, Applicant)
        )
        households = session.scalar(
            select(func.count(func.distinct(HouseholdMember.applicant_id))).where(
                HouseholdMember.relation != "applicant"
            )
        )
        assert (households or 0) > 10
        # Aalborg's schemes, each with dwellings (the private landlords' their notices), and
        # applicants who have what they ask for
        schemes = set(session.scalars(select(Vacancy.scheme).distinct()))
        assert schemes == set(SCHEMES.default.keys)
        facts = set(session.scalars(select(LegalFact.kind).distinct()))
        assert {LegalFactKind.SUPPORT, LegalFactKind.DISPENSATION} <= facts
        names = set(session.scalars(select(Applicant.name)))
        assert any(any(ch in name for ch in "æøåÆØÅ") for name in names)
        assert any(any(ch in name for ch in "ŁłşıễịĐ") for name in names)
    ws.close()


def test_same_seed_same_data(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for target in (first, second):
        create_demo(target, DemoSize(applicants=50, vacancies=40), seed=11)
    rows = []
    for target in (first, second):
        ws = open_workspace(target)
        with ws.read() as session:
            rows.append(
                session.execute(
                    select(Applicant.name, Applicant.cpr, Applicant.target_group).order_by(
                        Applicant.id
                    )
                ).all()
            )
        ws.close()
    assert rows[0] == rows[1]


def test_replace_starts_over(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    create_demo(target, DemoSize(applicants=20, vacancies=10))
    create_demo(target, DemoSize(applicants=30, vacancies=10), replace=True)
    ws = open_workspace(target)
    with ws.read() as session:
        assert session.scalar(select(func.count()).select_from(Applicant)) == 30
    ws.close()


def test_the_replayed_history_is_dated_the_day_it_happened(tmp_path: Path) -> None:
    listeners = len(inspect(VacancyEvent).dispatch.before_insert)
    target = tmp_path / "demo.sqlite"
    create_demo(target, DemoSize(applicants=60, vacancies=40), seed=5)
    assert len(inspect(VacancyEvent).dispatch.before_insert) == listeners  # nothing left behind
    ws = open_workspace(target)
    with ws.read() as session:
        decisions = session.execute(
            select(VacancyEvent.at, Vacancy.decided_on)
            .join(Vacancy, Vacancy.id == VacancyEvent.vacancy_id)
            .where(VacancyEvent.from_status == VacancyStatus.RECEIVED)
            .where(VacancyEvent.to_status.in_([VacancyStatus.ACCEPTED, VacancyStatus.RETURNED]))
        ).all()
        assert decisions
        assert all(at.date() == decided for at, decided in decisions)
        sent = session.execute(
            select(OfferEvent.at, Offer.sent_on)
            .join(Offer, Offer.id == OfferEvent.offer_id)
            .where(OfferEvent.to_status == OfferStatus.SENT)
        ).all()
        assert sent
        assert all(at.date() == sent_on for at, sent_on in sent)
    ws.close()


def test_a_real_database_is_never_taken_for_a_demo(workspace) -> None:
    from desktop.core.workspace import open_workspace as reopen

    again = reopen(workspace.database.url, user="anna")
    try:
        assert not again.is_demo
    finally:
        again.close()


def test_the_private_landlords_notices_show_every_step_of_the_answer(tmp_path: Path) -> None:
    """Overblik's first list: a notice to decide on, one past its deadline, one offered, one
    whose tenant is found; two more were answered (declined, and let)."""
    target = tmp_path / "demo.sqlite"
    create_demo(target, DemoSize(applicants=300, vacancies=200), seed=7)
    ws = open_workspace(target)
    rows = work_queue(ws).rows(Section.LANDLORD_NOTICES)
    assert sorted(r.action.value for r in rows) == [
        "answer_landlord",
        "decide",
        "decide",
        "record_answer",
    ]
    assert [r.flagged for r in rows].count(True) == 1  # past its deadline
    with ws.read() as session:
        answers = session.scalars(
            select(Letter.vacancy_id).where(Letter.kind == LetterKind.LANDLORD_ANSWER)
        ).all()
        statuses = {
            session.get(Vacancy, vacancy_id).status
            for vacancy_id in answers  # type: ignore[union-attr]
        }
    assert statuses == {VacancyStatus.RETURNED, VacancyStatus.LET}
    ws.close()


def test_every_letter_holds_the_pdf_drawing_it_at_once_gives(tmp_path: Path) -> None:
    """The demo's letters are drawn by a worker process while the months are replayed: each
    archived letter must still hold exactly the bytes (checksum, pages) that drawing it at once
    in the archiving transaction gives, so a reprint or a redraw of it is what was sent."""
    target = tmp_path / "demo.sqlite"
    create_demo(target, DemoSize(applicants=60, vacancies=40), seed=5)
    ws = open_workspace(target)
    with ws.read() as session:
        rows = session.execute(
            select(*archive.STORED_COLUMNS, Letter.pdf, Letter.sha256, Letter.pages)
        ).all()
        assert len(rows) > 10
        redrawer = archive.Redrawer()
        for row in rows:
            drawable = redrawer.drawable(session, archive.StoredLetter(*row[:-3]))
            assert drawable is not None
            at_once = archive.draw(*drawable)
            assert (row.pdf, row.sha256, row.pages) == (
                at_once.pdf,
                at_once.sha256,
                at_once.pages,
            )
            archive.check_unchanged(row.id, row.pdf, row.sha256)
    ws.close()


def test_the_demo_draws_its_letters_itself_when_no_worker_process_can_start(
    tmp_path: Path, monkeypatch
) -> None:
    from desktop.core.letters import elsewhere

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError("no processes allowed here")

    monkeypatch.setattr(elsewhere, "ProcessPoolExecutor", refused)
    target = tmp_path / "demo.sqlite"
    create_demo(target, DemoSize(applicants=40, vacancies=30), seed=5)
    ws = open_workspace(target)
    with ws.read() as session:
        rows = session.execute(select(Letter.id, Letter.pdf, Letter.sha256, Letter.pages)).all()
        assert rows
        for row in rows:
            assert row.pdf.startswith(b"%PDF")
            assert row.pages > 0
            archive.check_unchanged(row.id, row.pdf, row.sha256)
    ws.close()
