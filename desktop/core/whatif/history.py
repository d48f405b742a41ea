"""The period a what-if replays, read once: the dwellings reported in it, the applicants on the
list at some time in it, and what the rules read about them besides (the departments each
applicant excluded, the dwellings each declined, the households' dated legal facts).

Applicants are plain rows of `ApplicantFacts` (see `desktop.core.matching.load`) on the list from
their registration to the day their case closed (housed or removed): the register keeps the
applicant's needs as they are now, not as they were, and no history of pauses, so a replay takes
everyone on the list as active.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from db.enums import ApplicantStatus
from db.models import Applicant, ApplicantExcludedDepartment, Offer, Vacancy
from desktop.core.matching import load
from desktop.core.matching.model import FactsRow, Member

STATUS = 2  # the status field of a `FactsRow`
PAUSED_UNTIL = 3
_ACTIVE = ApplicantStatus.ACTIVE.value


@dataclass(frozen=True)
class History:
    start: dt.date
    end: dt.date
    vacancies: tuple[Vacancy, ...]  # reported in the period, in report order (detached)
    applicants: tuple[FactsRow, ...]  # on the list at some time in the period, as active
    closed_on: dict[int, dt.date]  # the day an applicant's case closed, if it did
    excluded: dict[int, frozenset[int]]  # applicant -> departments not to be offered
    refused: dict[int, frozenset[int]]  # dwelling -> applicants who declined it
    facts: dict[int, tuple[Member, ...]]  # applicant -> household members with legal facts
    days_to_let: int | None  # the period's median days from disposal to lease start


def read(session: Session, start: dt.date, end: dt.date) -> History:
    vacancies = tuple(
        session.scalars(
            select(Vacancy)
            .options(joinedload(Vacancy.department))
            .where(Vacancy.reported_on >= start, Vacancy.reported_on <= end)
            .order_by(Vacancy.reported_on, Vacancy.id)
        ).all()
    )
    session.expunge_all()  # read-only from here on: nothing lazy-loads or flushes
    population = (
        Applicant.anonymised_at.is_(None),
        Applicant.registered_on <= end,
        or_(Applicant.closed_on.is_(None), Applicant.closed_on > start),
    )
    rows = load.facts_of_rows(
        session.connection().execute(
            select(*load.applicant_columns()).where(*population).order_by(Applicant.id)
        )
    )
    applicants = tuple((*row[:STATUS], _ACTIVE, None, *row[PAUSED_UNTIL + 1 :]) for row in rows)
    closed: dict[int, dt.date] = {
        row.id: row.closed_on
        for row in session.execute(
            select(Applicant.id, Applicant.closed_on).where(
                *population, Applicant.closed_on.is_not(None)
            )
        )
    }
    return History(
        start=start,
        end=end,
        vacancies=vacancies,
        applicants=applicants,
        closed_on=closed,
        excluded=_excluded(session),
        refused=_refused(session, [v.id for v in vacancies]),
        facts=load.all_legal_facts(session),
        days_to_let=_median_days_to_let(vacancies),
    )


def _excluded(session: Session) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    for applicant_id, department_id in session.execute(
        select(ApplicantExcludedDepartment.applicant_id, ApplicantExcludedDepartment.department_id)
    ):
        found.setdefault(applicant_id, set()).add(department_id)
    return {key: frozenset(value) for key, value in found.items()}


def _refused(session: Session, vacancy_ids: Sequence[int]) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    for start in range(0, len(vacancy_ids), load.ID_CHUNK):
        for vacancy_id, applicant_id in session.execute(
            select(Offer.vacancy_id, Offer.applicant_id).where(
                Offer.vacancy_id.in_(list(vacancy_ids[start : start + load.ID_CHUNK])),
                Offer.status.in_(load.REFUSED),
            )
        ):
            found.setdefault(vacancy_id, set()).add(applicant_id)
    return {key: frozenset(value) for key, value in found.items()}


def _median_days_to_let(vacancies: Sequence[Vacancy]) -> int | None:
    days = [
        (v.lease_start - v.at_disposal_from).days
        for v in vacancies
        if v.lease_start is not None and v.at_disposal_from is not None
    ]
    return None if not days else max(0, round(statistics.median(days)))
