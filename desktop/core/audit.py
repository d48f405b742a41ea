"""Writing to the audit trail and access log (who did what, about whom, and why)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Update

from db.enums import AuditAction
from db.models import AuditEvent, AuditPermit
from db.models.audit import PERMIT_ANONYMISE, PERMIT_MERGE


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


# --- the two changes the append-only guard allows (db.models.audit) ---------------------------


def _with_permits(session: Session, permits: list[dict[str, Any]], change: Update) -> None:
    """Run `change` on audit events under `permits` made and removed in this transaction.

    The permits are removed only after the change succeeded: on an error the caller's
    transaction is rolled back, which removes them with everything else."""
    if not permits:
        return
    session.execute(insert(AuditPermit), permits)
    session.execute(change.execution_options(synchronize_session=False))
    session.execute(
        delete(AuditPermit).where(
            AuditPermit.applicant_id.in_(sorted({p["applicant_id"] for p in permits}))
        )
    )


def erase_personal_data(session: Session, applicant_ids: Sequence[int]) -> None:
    """Anonymisation: clear the purpose and details of every event about these people (who did
    what and when stays)."""
    ids = sorted(set(applicant_ids))
    _with_permits(
        session,
        [{"operation": PERMIT_ANONYMISE, "applicant_id": i, "to_applicant_id": None} for i in ids],
        update(AuditEvent)
        .where(AuditEvent.applicant_id.in_(ids))
        .values(purpose=None, details=None),
    )


def move_to_kept_record(session: Session, merged_id: int, kept_id: int) -> None:
    """Merging duplicates: the events about the merged record become the kept record's."""
    _with_permits(
        session,
        [{"operation": PERMIT_MERGE, "applicant_id": merged_id, "to_applicant_id": kept_id}],
        update(AuditEvent).where(AuditEvent.applicant_id == merged_id).values(applicant_id=kept_id),
    )
