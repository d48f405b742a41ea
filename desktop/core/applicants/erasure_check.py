"""Reading back an anonymisation: before the copy taken ahead of it is deleted, the run checks
that nothing identifying is left of the anonymised cases."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select

from db.models import Applicant, AuditEvent, HouseholdMember, LegalFact
from desktop.core.applicants.addresses import POSTAL_COLUMNS
from desktop.core.workspace import Workspace


class ErasureIncomplete(Exception):
    """A bug: after the anonymisation was committed, a case still holds personal data. The
    copy taken before the run is kept."""


def check_erased(ws: Workspace, ids: Sequence[int]) -> None:
    """Read back that every case in `ids` is anonymised: nothing that identifies the person is
    left in the register, the household, the facts or the audit trail; ErasureIncomplete if
    something is."""
    left: list[str] = []
    with ws.read() as session:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            identifying = (
                Applicant.cpr,
                Applicant.birth_date,
                *POSTAL_COLUMNS,
                Applicant.whereabouts,
                Applicant.address_review,
                Applicant.phone,
                Applicant.email,
                Applicant.notes,
                Applicant.removed_reason,
                Applicant.search_text,
            )
            people = session.scalar(
                select(func.count())
                .select_from(Applicant)
                .where(
                    Applicant.id.in_(chunk),
                    or_(
                        Applicant.anonymised_at.is_(None),
                        Applicant.name != "",
                        *(column.is_not(None) for column in identifying),
                    ),
                )
            )
            household = session.scalar(
                select(func.count())
                .select_from(HouseholdMember)
                .where(
                    HouseholdMember.applicant_id.in_(chunk),
                    or_(
                        HouseholdMember.name.is_not(None),
                        HouseholdMember.cpr.is_not(None),
                        HouseholdMember.birth_date.is_not(None),
                    ),
                )
            )
            members = select(HouseholdMember.id).where(HouseholdMember.applicant_id.in_(chunk))
            facts = session.scalar(
                select(func.count()).select_from(LegalFact).where(LegalFact.member_id.in_(members))
            )
            purposes = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.applicant_id.in_(chunk), AuditEvent.purpose.is_not(None))
            )
            for what, count in (
                ("applicants", people),
                ("household members", household),
                ("legal facts", facts),
                ("audit purposes", purposes),
            ):
                if count:
                    left.append(f"{count} {what}")
    if left:
        raise ErasureIncomplete("anonymised cases still hold personal data: " + ", ".join(left))
