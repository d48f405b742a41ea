"""Reading the audit trail: the data-protection officer's viewer filters and pages it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from db.models import AuditEvent
from desktop.core.audit.summary import summarise
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class AuditFilter:
    since: dt.date | None = None  # local dates, both included
    until: dt.date | None = None
    user: str | None = None
    action: str | None = None
    entity_type: str | None = None
    applicant_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # local time
    user: str
    workstation: str
    action: str
    entity_type: str
    entity_id: int | None
    applicant_id: int | None
    purpose: str | None
    details: dict[str, Any] | None

    @property
    def summary(self) -> str:
        return summarise(self.details)


def _utc_bound(day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _to_local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _where(flt: AuditFilter) -> list[Any]:
    conditions: list[Any] = []
    if flt.since is not None:
        conditions.append(AuditEvent.at >= _utc_bound(flt.since))
    if flt.until is not None:
        conditions.append(AuditEvent.at < _utc_bound(flt.until + dt.timedelta(days=1)))
    if flt.user:
        conditions.append(AuditEvent.user == flt.user)
    if flt.action:
        conditions.append(AuditEvent.action == flt.action)
    if flt.entity_type:
        conditions.append(AuditEvent.entity_type == flt.entity_type)
    if flt.applicant_id is not None:
        conditions.append(AuditEvent.applicant_id == flt.applicant_id)
    return conditions


def search(
    ws: Workspace, flt: AuditFilter, *, offset: int = 0, limit: int = 100
) -> tuple[list[AuditRow], int]:
    """One page of events, newest first, and how many match in all. Read-only."""
    conditions = _where(flt)
    with ws.read() as session:
        total = int(
            session.scalar(select(func.count()).select_from(AuditEvent).where(*conditions)) or 0
        )
        events = session.scalars(
            select(AuditEvent)
            .where(*conditions)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .offset(max(0, offset))
            .limit(max(1, limit))
        )
        rows = [
            AuditRow(
                e.id,
                _to_local(e.at),
                e.user,
                e.workstation,
                str(e.action),
                e.entity_type,
                e.entity_id,
                e.applicant_id,
                e.purpose,
                e.details if isinstance(e.details, dict) else None,
            )
            for e in events
        ]
    return rows, total


def choices(ws: Workspace) -> tuple[list[str], list[str]]:
    """The users and the kinds of record that occur in the trail, for the viewer's filters."""
    with ws.read() as session:
        users = sorted(str(u) for u in session.scalars(select(AuditEvent.user).distinct()))
        kinds = sorted(str(k) for k in session.scalars(select(AuditEvent.entity_type).distinct()))
    return users, kinds
