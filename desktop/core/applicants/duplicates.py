"""Finding a citizen who is already registered, and merging two records of one person.

A person is already registered when another record has the same CPR number (certain), or the
same name and birth date (probable: two people can share both, so staff may accept the new
record as a different person). A CPR number that belongs to a member of another household is
reported too. Merging keeps one record: the fields the user chose, both households, every
history line, offer and letter, and the access log of both (the person is the same).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.enums import ApplicantStatus, MemberRelation
from db.models import (
    Applicant,
    ApplicantEvent,
    ApplicantExcludedDepartment,
    HouseholdMember,
    ImportRow,
    LegalFact,
    Letter,
    Offer,
)
from desktop.core import audit
from desktop.core import cpr as cprs
from desktop.core.applicants.search_text import fold
from desktop.core.errors import UserError
from desktop.core.i18n import translate


class Reason(StrEnum):
    SAME_CPR = "same_cpr"
    NAME_AND_BIRTH = "name_and_birth"
    MEMBER_CPR = "member_cpr"  # the CPR number is a member of another applicant's household


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    name: str
    cpr_masked: str
    birth_date: dt.date | None
    status: ApplicantStatus
    registered_on: dt.date
    reason: Reason

    @property
    def same_cpr(self) -> bool:
        return self.reason == Reason.SAME_CPR

    def explain(self) -> str:
        if self.reason == Reason.SAME_CPR:
            return translate("Applicants", "Same CPR number")
        if self.reason == Reason.MEMBER_CPR:
            return translate("Applicants", "The CPR number is in this applicant's household")
        return translate("Applicants", "Same name and birth date")


class DuplicateFound(UserError):
    """The citizen seems to be registered already; `candidates` says who and why."""

    def __init__(self, candidates: Sequence[DuplicateCandidate]) -> None:
        first = candidates[0]
        super().__init__(
            translate(
                "Applicants",
                "{name} ({cpr}) may already be registered: {reason}. Open the existing record "
                "or merge the two.",
            ).format(name=first.name, cpr=first.cpr_masked or "-", reason=first.explain())
        )
        self.candidates = tuple(candidates)


def name_key(name: str | None) -> tuple[str, ...]:
    """Names compared without case, accents, commas or word order ("Nowak, Łukasz")."""
    return tuple(sorted(fold((name or "").replace(",", " ")).split()))


def _candidate(applicant: Applicant, reason: Reason) -> DuplicateCandidate:
    return DuplicateCandidate(
        applicant.id,
        applicant.name,
        cprs.masked(applicant.cpr),
        applicant.birth_date,
        applicant.status,
        applicant.registered_on,
        reason,
    )


def candidates(
    session: Session,
    cpr: str | None,
    name: str | None,
    birth_date: dt.date | None,
    *,
    exclude: int | None = None,
) -> list[DuplicateCandidate]:
    """Registered applicants that may be this person, the certain ones first."""
    found: dict[int, DuplicateCandidate] = {}
    if cpr:
        for applicant in session.scalars(select(Applicant).where(Applicant.cpr == cpr)):
            found[applicant.id] = _candidate(applicant, Reason.SAME_CPR)
        members = session.scalars(
            select(Applicant)
            .join(HouseholdMember, HouseholdMember.applicant_id == Applicant.id)
            .where(
                HouseholdMember.cpr == cpr,
                HouseholdMember.relation != MemberRelation.APPLICANT,
            )
        )
        for applicant in members:
            found.setdefault(applicant.id, _candidate(applicant, Reason.MEMBER_CPR))
    if name and birth_date is not None:
        key = name_key(name)
        for applicant in session.scalars(
            select(Applicant).where(
                Applicant.birth_date == birth_date, Applicant.anonymised_at.is_(None)
            )
        ):
            if name_key(applicant.name) == key:
                found.setdefault(applicant.id, _candidate(applicant, Reason.NAME_AND_BIRTH))
    if exclude is not None:
        found.pop(exclude, None)
    order = {Reason.SAME_CPR: 0, Reason.NAME_AND_BIRTH: 1, Reason.MEMBER_CPR: 2}
    return sorted(found.values(), key=lambda c: (order[c.reason], c.id))


def move_records(session: Session, source: Applicant, target: Applicant) -> None:
    """Move everything that belongs to `source` to `target` (before `source` is deleted)."""
    session.flush()
    target_own = next((m for m in target.members if m.relation == MemberRelation.APPLICANT), None)
    source_own = [m.id for m in source.members if m.relation == MemberRelation.APPLICANT]
    known = {m.cpr for m in target.members if m.cpr}
    moving = [
        m.id
        for m in source.members
        if m.relation != MemberRelation.APPLICANT and not (m.cpr and m.cpr in known)
    ]
    have = {e.department_id for e in target.excluded_departments}
    excluded = [
        (e.department_id, e.reason)
        for e in source.excluded_departments
        if e.department_id not in have
    ]
    moves: list[tuple[Any, Any, Any]] = [
        (HouseholdMember, HouseholdMember.id.in_(moving), {"applicant_id": target.id}),
        (ApplicantEvent, ApplicantEvent.applicant_id == source.id, {"applicant_id": target.id}),
        (Offer, Offer.applicant_id == source.id, {"applicant_id": target.id}),
        (Letter, Letter.applicant_id == source.id, {"applicant_id": target.id}),
        (
            ImportRow,
            (ImportRow.entity_id == source.id) & (ImportRow.batch_id == source.import_batch_id),
            {"entity_id": target.id},
        ),
    ]
    if target_own is not None and source_own:  # the person's own facts follow the person
        moves.append((LegalFact, LegalFact.member_id.in_(source_own), {"member_id": target_own.id}))
    for model, where, values in moves:
        session.execute(
            update(model).where(where).values(values).execution_options(synchronize_session=False)
        )
    audit.move_to_kept_record(session, source.id, target.id)
    session.expire_all()
    for department_id, reason in excluded:
        target.excluded_departments.append(
            ApplicantExcludedDepartment(department_id=department_id, reason=reason)
        )


def merge_note(source: Applicant) -> str:
    return translate("Applicants", "Merged with record no. {id} (registered {date})").format(
        id=source.id, date=source.registered_on.strftime("%d.%m.%Y")
    )


def refuse_two_open_offers(session: Session, first: int, second: int) -> None:
    holders = set(
        session.scalars(
            select(Offer.applicant_id).where(
                Offer.applicant_id.in_((first, second)),
                Offer.open_clause(),
            )
        )
    )
    if len(holders) > 1:
        raise UserError(
            translate(
                "Applicants",
                "Both records have an open offer. Finish or withdraw one of the offers, then "
                "merge.",
            )
        )
