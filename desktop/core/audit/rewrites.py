"""The two changes the append-only guard of the trail allows (db.models.audit): anonymisation
clears what events say about a person, merging moves events to the kept record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Update

from db.models import AuditEvent, AuditPermit
from db.models.audit import PERMIT_ANONYMISE, PERMIT_MERGE


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
