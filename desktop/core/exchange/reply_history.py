"""What has been sent back to each organisation: every reply workbook made (period, file, who,
when) with the dwellings it reported, the default period of the next reply, and the
organisations with decisions not yet sent back (a line of Overblik's work queue).

A decision counts as sent once a reply has reported its dwelling as decided. Only decisions
kept with their decision round count (made since Anvis kept them, migration 0012): of older
decisions it is not known whether they were sent by other means.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from db.enums import VacancyStatus
from db.models import (
    DecisionRound,
    Department,
    Organisation,
    ReplyExport,
    ReplyExportLine,
    Vacancy,
    VacancyDecision,
)
from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class SentReply:
    id: int
    organisation_id: int
    start: dt.date
    end: dt.date
    made_at: dt.datetime  # naive UTC
    made_by: str
    file_name: str
    dwellings: int
    tenants: int


@dataclass(frozen=True)
class ReplyPeriod:
    """The period a new reply to the organisation starts with, and why."""

    start: dt.date
    end: dt.date
    last: SentReply | None  # the last reply sent to the organisation
    unsent: int  # decisions not yet sent back
    explanation: str  # translated: "Since the last reply (12.11.2026)" ...


@dataclass(frozen=True)
class Unsent:
    """An organisation with decisions not yet sent back."""

    organisation_id: int
    organisation: str  # "145 Himmerland Boligforening"
    decisions: int
    oldest: dt.date  # the oldest decision's date
    last_reply: dt.date | None  # the last reply's end


def record_reply(
    session: Session,
    organisation_id: int,
    start: dt.date,
    end: dt.date,
    file_name: str,
    lines: Sequence[tuple[int, VacancyStatus]],
    tenants: int,
) -> int:
    """Remember a reply made (in the export's transaction): the dwellings with their status."""
    made = ReplyExport(
        organisation_id=organisation_id,
        period_start=start,
        period_end=end,
        file_name=file_name,
        workstation=str(session.info.get("workstation", "")),
        dwellings=len(lines),
        tenants=tenants,
    )
    made.lines = [ReplyExportLine(vacancy_id=v, status=s) for v, s in lines]
    session.add(made)
    session.flush()
    return made.id


def _sent(row: ReplyExport) -> SentReply:
    return SentReply(
        row.id,
        row.organisation_id,
        row.period_start,
        row.period_end,
        row.created_at,
        row.created_by,
        row.file_name,
        row.dwellings,
        row.tenants,
    )


def replies_sent(ws: Workspace, organisation_id: int, *, limit: int = 20) -> list[SentReply]:
    """The replies made to the organisation, newest first."""
    with ws.read() as session:
        rows = session.scalars(
            select(ReplyExport)
            .where(ReplyExport.organisation_id == organisation_id)
            .order_by(ReplyExport.created_at.desc(), ReplyExport.id.desc())
            .limit(limit)
        ).all()
        return [_sent(r) for r in rows]


def _unsent_where() -> list[ColumnElement[bool]]:
    """Dwellings decided (kept with a round not undone) whose decision no reply reported."""
    kept = (
        select(VacancyDecision.id)
        .join(DecisionRound, DecisionRound.id == VacancyDecision.round_id)
        .where(VacancyDecision.vacancy_id == Vacancy.id, DecisionRound.undone_at.is_(None))
    )
    reported = select(ReplyExportLine.id).where(
        ReplyExportLine.vacancy_id == Vacancy.id,
        ReplyExportLine.status != VacancyStatus.RECEIVED,
    )
    return [
        Vacancy.status != VacancyStatus.RECEIVED,
        Vacancy.decided_on.is_not(None),
        exists(kept),
        ~exists(reported),
    ]


def unsent_in(session: Session, organisation_id: int | None = None) -> list[Unsent]:
    """The organisations with decisions not yet sent back (or only the one), by number."""
    query = (
        select(
            Organisation.id,
            Organisation.number,
            Organisation.name,
            func.count(Vacancy.id),
            func.min(Vacancy.decided_on),
        )
        .select_from(Vacancy)
        .join(Department, Department.id == Vacancy.department_id)
        .join(Organisation, Organisation.id == Department.organisation_id)
        .where(*_unsent_where())
        .group_by(Organisation.id, Organisation.number, Organisation.name)
        .order_by(Organisation.number)
    )
    if organisation_id is not None:
        query = query.where(Organisation.id == organisation_id)
    rows = session.execute(query).all()
    last = dict(
        session.execute(
            select(ReplyExport.organisation_id, func.max(ReplyExport.period_end)).group_by(
                ReplyExport.organisation_id
            )
        ).all()
    )
    return [
        Unsent(org_id, f"{number} {name}", count, oldest, last.get(org_id))
        for org_id, number, name, count, oldest in rows
        if oldest is not None  # decided dwellings only: never None
    ]


def unsent_decisions(ws: Workspace) -> list[Unsent]:
    with ws.read() as session:
        return unsent_in(session)


def default_period(ws: Workspace, organisation_id: int) -> ReplyPeriod:
    """The period of the next reply to the organisation, ending today: since the last reply to
    it (the day after the period it reported), reaching back to the oldest decision not yet
    sent so that every unsent decision is in it; the first time, since the oldest unsent
    decision, or the first of this month."""
    today = ws.today()
    with ws.read() as session:
        newest = session.scalars(
            select(ReplyExport)
            .where(ReplyExport.organisation_id == organisation_id)
            .order_by(ReplyExport.created_at.desc(), ReplyExport.id.desc())
            .limit(1)
        ).first()
        last = None if newest is None else _sent(newest)
        unsent = unsent_in(session, organisation_id)
    pending = unsent[0] if unsent else None
    count = 0 if pending is None else pending.decisions
    if last is not None:
        start = min(last.end + dt.timedelta(days=1), today)
        explanation = translate("ReplyHistory", "Since the last reply ({date})").format(
            date=formats.date(last.made_at.date())
        )
    else:
        start = today.replace(day=1)
        explanation = translate("ReplyHistory", "No reply has been sent before: this month")
    if pending is not None and pending.oldest < start:
        start = pending.oldest
        explanation = translate(
            "ReplyHistory", "From the oldest decision not yet sent ({date})"
        ).format(date=formats.date(pending.oldest))
    return ReplyPeriod(min(start, today), today, last, count, explanation)
