"""Explicit events: what a person did (an import, a print, a CPR reveal, a save), about whom and
why, written in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.enums import AuditAction
from db.models import AuditEvent


def record(
    session: Session,
    action: AuditAction,
    entity_type: str,
    entity_id: int | None = None,
    *,
    applicant_id: int | None = None,
    purpose: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one event in the caller's transaction, so it is kept exactly when the action is."""
    event = AuditEvent(
        user=str(session.info.get("user", "")),
        workstation=str(session.info.get("workstation", "")),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        applicant_id=applicant_id,
        purpose=purpose,
        details=details,
    )
    session.add(event)
    return event
