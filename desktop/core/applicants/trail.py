"""The audit trail's event of a change to an applicant: one shape for every place that changes
one (the form, a status, a merge, the delivery channel, an address review)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.enums import AuditAction
from db.models import Applicant
from desktop.core import audit

ENTITY = "applicant"


def record_update(session: Session, applicant: Applicant, details: dict[str, Any]) -> None:
    """Field names or the status, never values (the log must not become a second copy of the
    personal data). Flushed first: the change is written, and the event recorded, in the
    caller's transaction."""
    session.flush()
    audit.record(
        session,
        AuditAction.UPDATE,
        ENTITY,
        applicant.id,
        applicant_id=applicant.id,
        details=details,
    )
