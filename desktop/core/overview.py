"""Counts for the shell's pages before their areas fill them in."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from db.models import Applicant, Department, Offer, Organisation, Vacancy
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class Counts:
    organisations: int = 0
    departments: int = 0
    vacancies: dict[str, int] = field(default_factory=dict)
    applicants: dict[str, int] = field(default_factory=dict)
    offers: dict[str, int] = field(default_factory=dict)


def counts(ws: Workspace) -> Counts:
    with ws.read() as session:

        def by_status(model: type[Vacancy] | type[Applicant] | type[Offer]) -> dict[str, int]:
            rows = session.execute(select(model.status, func.count()).group_by(model.status)).all()
            return {str(status): int(n) for status, n in rows}

        return Counts(
            organisations=session.scalar(select(func.count()).select_from(Organisation)) or 0,
            departments=session.scalar(select(func.count()).select_from(Department)) or 0,
            vacancies=by_status(Vacancy),
            applicants=by_status(Applicant),
            offers=by_status(Offer),
        )
