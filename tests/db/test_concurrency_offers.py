"""Two workstations offering at the same moment: the database itself allows at most one open offer
per vacancy and per applicant (partial unique indexes), on SQLite and on PostgreSQL.

Each workstation is a real process with its own connection. Both first check in code that there
is no open offer (as the window does before it lets the user offer), then both write at once.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from db.enums import OPEN_OFFER_STATUSES, OfferStatus, VacancyStatus
from db.models import Applicant, Department, Offer, Organisation, Vacancy
from desktop.core.workspace import Workspace

ROUNDS = 3


def _setup(ws: Workspace) -> tuple[list[int], list[int]]:
    with ws.write() as session:
        org = Organisation(number="145", name="Himmerland")
        session.add(org)
        session.flush()
        department = Department(organisation_id=org.id, number="07", name="Storkereden")
        session.add(department)
        session.flush()
        vacancies = [
            Vacancy(
                department_id=department.id,
                lease_number=f"07-{n}",
                street="Storkereden",
                house_number=str(n),
                rent=Decimal("4250.00"),
                available_from=dt.date(2026, 12, 1),
                reported_on=dt.date(2026, 11, 20),
                status=VacancyStatus.ACCEPTED,
            )
            for n in range(2)
        ]
        applicants = [
            Applicant(
                name=f"Applicant {n}",
                target_group="housing_first",
                registered_on=dt.date(2026, 1, 5),
                wanted_areas=[],
            )
            for n in range(2)
        ]
        session.add_all(vacancies + applicants)
        session.flush()
        return [v.id for v in vacancies], [a.id for a in applicants]


def _desk(url: str, user: str, vacancy_id: int, applicant_id: int, sync: Any, out: Any) -> None:
    """One workstation, for ROUNDS rounds: check in code that neither the vacancy nor the applicant
    has an open offer, wait for the other desk, offer; then wait while the test tidies up."""
    from desktop.core.workspace import open_workspace
    from desktop.core.write_conflicts import SimultaneousWrite

    ws = open_workspace(url, user=user)
    try:
        for _ in range(ROUNDS):
            with ws.read() as session:
                open_offers = session.scalar(
                    select(func.count())
                    .select_from(Offer)
                    .where(
                        (Offer.vacancy_id == vacancy_id) | (Offer.applicant_id == applicant_id),
                        Offer.status.in_(OPEN_OFFER_STATUSES),
                    )
                )
            sync.wait(60)  # both desks have checked: the code saw no open offer
            if open_offers:
                out.put((user, "checked"))
            else:
                try:
                    with ws.write() as session:
                        session.add(
                            Offer(
                                vacancy_id=vacancy_id,
                                applicant_id=applicant_id,
                                status=OfferStatus.SENT,
                                sent_on=dt.date(2026, 11, 21),
                                reply_deadline=dt.date(2026, 11, 26),
                            )
                        )
                    out.put((user, "offered"))
                except SimultaneousWrite as exc:  # the database's refusal, in words
                    out.put((user, f"refused: {exc.reason} {type(exc.__cause__).__name__}"))
            sync.wait(60)  # the test has looked and withdrawn the offer
    finally:
        ws.close()


def _race(url: str, pairs: list[tuple[int, int]], between_rounds: Any) -> list[dict[str, str]]:
    """Run ROUNDS races between one process per pair; `between_rounds()` runs after each."""
    context = multiprocessing.get_context("spawn")
    sync = context.Barrier(len(pairs) + 1)
    out = context.Queue()
    desks = [
        context.Process(target=_desk, args=(url, f"desk{n}", v, a, sync, out))
        for n, (v, a) in enumerate(pairs)
    ]
    for desk in desks:
        desk.start()
    rounds = []
    for _ in range(ROUNDS):
        sync.wait(120)
        rounds.append(dict(out.get(timeout=60) for _ in desks))
        between_rounds()
        sync.wait(60)
    for desk in desks:
        desk.join(60)
        assert desk.exitcode == 0
    return rounds


def _open_offers(ws: Workspace) -> list[tuple[int, int]]:
    with ws.read() as session:
        rows = session.execute(
            select(Offer.vacancy_id, Offer.applicant_id).where(
                Offer.status.in_(OPEN_OFFER_STATUSES)
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _withdraw_all(ws: Workspace) -> None:
    with ws.write() as session:
        for offer in session.scalars(select(Offer).where(Offer.status.in_(OPEN_OFFER_STATUSES))):
            offer.status = OfferStatus.WITHDRAWN


def _check(results: dict[str, str]) -> None:
    assert sorted(results.values())[0] == "offered", results
    assert list(results.values()).count("offered") == 1, results
    (refused,) = [r for r in results.values() if r != "offered"]
    assert refused == "refused: clash IntegrityError", results


def test_one_vacancy_offered_to_two_applicants_at_once(workspace: Workspace, migrated_url: str):
    (vacancy, _), applicants = _setup(workspace)
    open_after_each: list[int] = []

    def look_and_withdraw() -> None:
        open_after_each.append(len(_open_offers(workspace)))
        _withdraw_all(workspace)  # a withdrawn offer no longer blocks the next one

    pairs = [(vacancy, applicants[0]), (vacancy, applicants[1])]
    for results in _race(migrated_url, pairs, look_and_withdraw):
        _check(results)
    assert open_after_each == [1] * ROUNDS


def test_one_applicant_offered_two_vacancies_at_once(workspace: Workspace, migrated_url: str):
    vacancies, (applicant, _) = _setup(workspace)
    open_after_each: list[int] = []

    def look_and_withdraw() -> None:
        open_after_each.append(len(_open_offers(workspace)))
        _withdraw_all(workspace)

    pairs = [(vacancies[0], applicant), (vacancies[1], applicant)]
    for results in _race(migrated_url, pairs, look_and_withdraw):
        _check(results)
    assert open_after_each == [1] * ROUNDS
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Offer)) == ROUNDS
