"""The access log of personal data: revealing a CPR number, searching by one, exporting and
printing, and opening the sensitive facts. Each is written with who, when, whom and why.

The purpose is required. Staff pick one of `standard_purposes()` or write their own; the text
is stored as given. Nothing here writes the CPR number itself into the log.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from db.enums import AuditAction
from db.models import Applicant, HouseholdMember
from desktop.core import audit, cpr
from desktop.core.applicants.register import ENTITY, load
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace


def standard_purposes() -> list[str]:
    """The purposes offered in the reveal and search dialogs (translated)."""
    return [
        translate("Purpose", "Identify the citizen (phone call or visit)"),
        translate("Purpose", "Check the identity before an offer or allocation"),
        translate("Purpose", "Allocation notice to the housing organisation"),
        translate("Purpose", "Request for insight from the citizen"),
        translate("Purpose", "Correct the register"),
    ]


def require_purpose(text: str | None) -> str:
    cleaned = " ".join((text or "").split())
    if len(cleaned) < 3:
        raise ValidationError(
            translate("Applicants", "Write why you need the personal data (the purpose)."),
            {"purpose": translate("Applicants", "A purpose is needed.")},
        )
    return cleaned[:500]


def reveal_cpr(
    ws: Workspace, applicant_id: int, purpose: str, *, member_id: int | None = None
) -> str:
    """The full CPR number (DDMMYY-NNNN) of the applicant or of one household member, logged.

    Returns "" for a person without a CPR number (nothing is revealed, nothing logged)."""
    reason = require_purpose(purpose)
    with ws.write() as session:
        applicant = load(session, applicant_id)
        if member_id is None:
            number = applicant.cpr
        else:
            member = session.get(HouseholdMember, member_id)
            if member is None or member.applicant_id != applicant_id:
                raise NotFound(translate("Applicants", "The household member no longer exists."))
            number = member.cpr
        if not number:
            return ""
        audit.record(
            session,
            AuditAction.REVEAL_CPR,
            ENTITY if member_id is None else "household_member",
            applicant_id if member_id is None else member_id,
            applicant_id=applicant_id,
            purpose=reason,
        )
        return cpr.formatted(number)


def looks_like_full_cpr(text: str) -> bool:
    """True when the search text is a whole CPR number (which only a logged search may use)."""
    compact = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    return len(compact) == 10 and compact.isdigit() and cpr.is_valid(compact)


def find_by_cpr(ws: Workspace, number: str, purpose: str) -> list[int]:
    """The applicants with this CPR number (the applicant's own, or a household member's),
    logged with the purpose whether or not anyone is found."""
    reason = require_purpose(purpose)
    compact = cpr.normalise(number)
    with ws.write() as session:
        own = list(session.scalars(select(Applicant.id).where(Applicant.cpr == compact)))
        households = list(
            session.scalars(
                select(HouseholdMember.applicant_id).where(HouseholdMember.cpr == compact)
            )
        )
        found = sorted(set(own) | set(households))
        targets: list[int | None] = list(found) or [None]
        for applicant_id in targets:
            audit.record(
                session,
                AuditAction.SEARCH_CPR,
                ENTITY,
                applicant_id,
                applicant_id=applicant_id,
                purpose=reason,
                details={"found": len(found)},
            )
        return found


def _log_many(
    ws: Workspace,
    action: AuditAction,
    applicant_ids: Iterable[int],
    purpose: str,
    what: str,
) -> int:
    reason = require_purpose(purpose)
    ids = sorted(set(applicant_ids))
    with ws.write() as session:
        for applicant_id in ids:
            audit.record(
                session,
                action,
                ENTITY,
                applicant_id,
                applicant_id=applicant_id,
                purpose=reason,
                details={"what": what[:200]},
            )
    return len(ids)


def log_export(ws: Workspace, applicant_ids: Iterable[int], purpose: str, what: str) -> int:
    """Record that personal data of these applicants left Anvis in a file (`what` names it,
    e.g. "Svar til Himmerland Boligforening.xlsx"). Returns how many were logged."""
    return _log_many(ws, AuditAction.EXPORT, applicant_ids, purpose, what)


def log_print(ws: Workspace, applicant_ids: Iterable[int], purpose: str, what: str) -> int:
    """Record that personal data of these applicants was printed (`what`: the document)."""
    return _log_many(ws, AuditAction.PRINT, applicant_ids, purpose, what)


def log_sensitive_view(ws: Workspace, applicant_id: int, purpose: str) -> None:
    """Record that someone opened the sensitive facts (benefits, release, termination)."""
    _log_many(ws, AuditAction.VIEW, [applicant_id], purpose, "legal_facts")
