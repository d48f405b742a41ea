"""The dwellings of one import ("denne indlæsning"): after an import, Ledige boliger shows that
batch with its proposals, ready for the decisions (`VacancyFilter.import_batch_id`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from db.enums import ImportKind, VacancyStatus
from db.models import ImportBatch, Organisation, Vacancy
from desktop.core import formats
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class VacancyImport:
    """One import of an organisation's vacancy file, as the filter names it."""

    batch_id: int
    organisation_id: int | None
    organisation: str  # "145 Himmerland Boligforening"
    filename: str
    made_at: dt.datetime  # naive UTC
    made_by: str
    dwellings: int  # dwellings the import created
    received: int  # of them, still waiting for a decision

    def label(self) -> str:
        """ "Denne indlæsning: ledige_uge47.xlsx (145 Himmerland, 21.11.2026 10:42)"."""
        return translate("Batches", "{file} ({organisation}, {time})").format(
            file=self.filename, organisation=self.organisation, time=formats.date_time(self.made_at)
        )


def _imports(
    session: Session, *where: ColumnElement[bool], limit: int | None = None
) -> list[VacancyImport]:
    counted = (
        select(
            Vacancy.import_batch_id.label("batch_id"),
            func.count(Vacancy.id).label("dwellings"),
            func.sum(case((Vacancy.status == VacancyStatus.RECEIVED, 1), else_=0)).label(
                "received"
            ),
        )
        .where(Vacancy.import_batch_id.is_not(None))
        .group_by(Vacancy.import_batch_id)
        .subquery()
    )
    query = (
        select(
            ImportBatch.id,
            ImportBatch.organisation_id,
            Organisation.number,
            Organisation.name,
            ImportBatch.filename,
            ImportBatch.created_at,
            ImportBatch.created_by,
            func.coalesce(counted.c.dwellings, 0),
            func.coalesce(counted.c.received, 0),
        )
        .outerjoin(Organisation, Organisation.id == ImportBatch.organisation_id)
        .outerjoin(counted, counted.c.batch_id == ImportBatch.id)
        .where(ImportBatch.kind == ImportKind.VACANCIES, *where)
        .order_by(ImportBatch.created_at.desc(), ImportBatch.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        VacancyImport(
            batch_id,
            org_id,
            f"{number} {name}" if number is not None else "",
            filename,
            made_at,
            made_by,
            int(dwellings),
            int(received),
        )
        for batch_id, org_id, number, name, filename, made_at, made_by, dwellings, received in (
            session.execute(query).all()
        )
    ]


def latest_vacancy_import(
    ws: Workspace, organisation_id: int | None = None
) -> VacancyImport | None:
    """The newest import of vacancies (of the organisation) that created dwellings."""
    where = [ImportBatch.rows_imported > 0]
    if organisation_id is not None:
        where.append(ImportBatch.organisation_id == organisation_id)
    with ws.read() as session:
        found = _imports(session, *where, limit=1)
    return found[0] if found else None


def recent_vacancy_imports(ws: Workspace, *, limit: int = 10) -> list[VacancyImport]:
    """The newest imports of vacancies that created dwellings (the filter's choices)."""
    with ws.read() as session:
        return _imports(session, ImportBatch.rows_imported > 0, limit=limit)


def vacancy_import(ws: Workspace, batch_id: int) -> VacancyImport:
    with ws.read() as session:
        found = _imports(session, ImportBatch.id == batch_id)
    if not found:
        raise NotFound(translate("Batches", "There is no import number {id}.").format(id=batch_id))
    return found[0]
