"""Small builders for applicant tests (database tests import them too)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from desktop.core.applicants import register
from desktop.core.applicants.inputs import ApplicantInput
from desktop.core.workspace import Workspace


def applicant(
    ws: Workspace,
    name: str = "Anne Jensen",
    *,
    accept_duplicates_of: tuple[int, ...] | list[int] = (),
    **fields: Any,
) -> int:
    """Register an applicant with sensible defaults; returns the id."""
    fields.setdefault("registered_on", dt.date(2025, 1, 15))
    return register.create_applicant(
        ws, ApplicantInput(name=name, **fields), accept_duplicates_of=accept_duplicates_of
    )


def audit_rows(ws: Workspace, applicant_id: int | None = None) -> list[Any]:
    from sqlalchemy import select

    from db.models import AuditEvent

    with ws.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if applicant_id is not None:
            query = query.where(AuditEvent.applicant_id == applicant_id)
        return [
            SimpleNamespace(
                action=e.action,
                user=e.user,
                entity_type=e.entity_type,
                entity_id=e.entity_id,
                applicant_id=e.applicant_id,
                purpose=e.purpose,
                details=e.details,
            )
            for e in session.scalars(query)
        ]
