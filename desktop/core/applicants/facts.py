"""The household's dated legal facts: sensitive, read and written only through here.

They feed the legal blocks of ABL § 59 stk. 6-7 (matching), are shown only on their own tab of
the detail form (opening it is logged with `access.log_sensitive_view`), and never leave the desk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.enums import AuditAction
from db.models import HouseholdMember, LegalFact
from desktop.core import audit, locking
from desktop.core.applicants import conflicts
from desktop.core.applicants.inputs import FactInput, validate_fact
from desktop.core.applicants.register import ENTITY, load, member_view, refuse_anonymised
from desktop.core.applicants.views import HouseholdFacts, LegalFactView, MemberView
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace


def _fact_view(fact: LegalFact) -> LegalFactView:
    return LegalFactView(fact.id, fact.kind, fact.label, fact.start_date, fact.end_date, fact.note)


def households(session: Session, applicant_ids: Iterable[int]) -> dict[int, HouseholdFacts]:
    """Every member with their facts, per applicant, in the caller's session (for matching)."""
    members = session.scalars(
        select(HouseholdMember)
        .where(HouseholdMember.applicant_id.in_(list(applicant_ids)))
        .options(selectinload(HouseholdMember.facts))
        .order_by(HouseholdMember.applicant_id, HouseholdMember.id)
    ).all()
    grouped: dict[int, list[HouseholdMember]] = {}
    for member in members:
        grouped.setdefault(member.applicant_id, []).append(member)
    return {
        applicant_id: HouseholdFacts(
            applicant_id,
            tuple(_with_facts(member) for member in group),
        )
        for applicant_id, group in grouped.items()
    }


def _with_facts(member: HouseholdMember) -> MemberView:
    return replace(member_view(member), facts=tuple(_fact_view(f) for f in member.facts))


def household_facts(ws: Workspace, applicant_id: int) -> HouseholdFacts:
    """The sensitive tab's data (the caller logs the opening with `log_sensitive_view`)."""
    with ws.read() as session:
        load(session, applicant_id)
        return households(session, [applicant_id]).get(applicant_id, HouseholdFacts(applicant_id))


def _same(record: LegalFact, fact: FactInput) -> bool:
    return (record.kind, record.label, record.start_date, record.end_date, record.note) == (
        fact.kind,
        fact.label,
        fact.start_date,
        fact.end_date,
        fact.note,
    )


def save_member_facts(
    ws: Workspace,
    applicant_id: int,
    member_id: int,
    facts: Sequence[FactInput],
    *,
    expected_version: int | None = None,
) -> int:
    """Replace one member's facts with `facts` (an `id` keeps and updates an existing fact).

    The facts are saved only onto the member's version the user loaded (`MemberView.version`
    from `household_facts`): when someone changed the member or its facts since, `RecordConflict`
    says who and when, compares the facts, and nothing is saved. Any change of the facts makes
    a new version of the member. Returns the member's version after the save."""
    clean = [validate_fact(f) for f in facts]
    try:
        with locking.guard(ws, HouseholdMember, member_id), ws.write() as session:
            applicant = load(session, applicant_id)
            refuse_anonymised(applicant)
            member = session.get(HouseholdMember, member_id)
            if member is None or member.applicant_id != applicant_id:
                raise NotFound(translate("Applicants", "The household member no longer exists."))
            locking.check(member, expected_version)
            existing = {f.id: f for f in member.facts}
            keep: list[LegalFact] = []
            changed = len(clean) != len(existing)
            for fact in clean:
                record = existing.pop(fact.id, None) if fact.id is not None else None
                if record is None:
                    record = LegalFact(kind=fact.kind)
                    changed = True
                elif not _same(record, fact):
                    changed = True
                record.kind = fact.kind
                record.label = fact.label
                record.start_date = fact.start_date
                record.end_date = fact.end_date
                record.note = fact.note
                keep.append(record)
            if not changed and not existing:
                return member.version
            member.facts[:] = keep  # a new version of the member and its applicant
            session.flush()
            audit.record(
                session,
                AuditAction.UPDATE,
                ENTITY,
                applicant_id,
                applicant_id=applicant_id,
                details={"legal_facts": len(keep), "member": member_id},
            )
            return member.version
    except locking.RecordConflict as conflict:
        conflicts.with_differences(conflict, conflicts.fact_differences(ws, member_id, clean))
        raise
