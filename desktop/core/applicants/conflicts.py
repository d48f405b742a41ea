"""What the conflict dialog's Compare shows when someone saved an applicant, a household
member's facts or a status first (optimistic locking, `desktop.core.locking`).

Each function reads the record as it is stored now and returns `locking.Difference`s of the
user's value and the stored one, in words for people (labels, not codes; money and rooms
formatted). The CPR number is never among them: comparing it would show it unmasked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from db import postal
from db.enums import ApplicantStatus, LegalFactKind, MemberRelation
from db.models import Applicant, Caseworker, HouseholdMember, LegalFact
from desktop.core import formats, locking, settings
from desktop.core.applicants import addresses, labels
from desktop.core.applicants.inputs import (
    KEEP_CPR,
    NEEDS,
    ApplicantInput,
    FactInput,
    MemberInput,
)
from desktop.core.workspace import Workspace

_PLAIN = (
    "name",
    "phone",
    "email",
    "exempt_digital_post",
    "registered_on",
    *NEEDS,
    "notes",
)


def with_differences(conflict: locking.RecordConflict, found: Iterable[locking.Difference]) -> None:
    """Put the differences that differ on the conflict (the dialog's Compare)."""
    conflict.differences = tuple(d for d in found if d.differs)


# --- the detail form ---------------------------------------------------------------------------


def _target_group(session: Session, code: str, today: dt.date) -> str:
    group = settings.get(session, settings.TARGET_GROUPS, on=today).by_code(code)
    return group.label if group is not None else code


def _caseworker(session: Session, caseworker_id: int | None) -> str | None:
    worker = session.get(Caseworker, caseworker_id) if caseworker_id is not None else None
    return worker.name if worker is not None else None


def _members(members: Iterable[tuple[MemberRelation, str | None]]) -> str:
    return ", ".join(
        f"{name or '–'} ({labels.relation(relation)})"
        for relation, name in members
        if relation != MemberRelation.APPLICANT
    )


def _rooms(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return ""
    return f"{formats.rooms(low)}–{formats.rooms(high)}"


def applicant_differences(
    ws: Workspace, applicant_id: int, mine: ApplicantInput
) -> list[locking.Difference]:
    """The detail form's values against the applicant as stored now."""
    today = ws.today()
    with ws.read() as session:
        stored = session.get(Applicant, applicant_id)
        if stored is None:
            return []
        found = [locking.Difference(n, getattr(mine, n), getattr(stored, n)) for n in _PLAIN]
        if mine.cpr != KEEP_CPR:
            found.append(locking.Difference("birth_date", mine.birth_date, stored.birth_date))
        found += [
            locking.Difference(
                "address",  # one line, as a list shows it: "c/o ..., street, postcode town"
                postal.one_line(
                    mine.care_of, mine.street, mine.postcode, mine.town, mine.whereabouts
                ),
                postal.one_line(
                    stored.care_of, stored.street, stored.postcode, stored.town, stored.whereabouts
                ),
            ),
            locking.Difference(
                "delivery",
                addresses.channel_label(mine.delivery) if mine.delivery is not None else None,
                addresses.channel_label(stored.delivery),
            ),
            locking.Difference(
                "target_group",
                _target_group(session, mine.target_group, today),
                _target_group(session, stored.target_group, today),
            ),
            locking.Difference(
                "caseworker_id",
                _caseworker(session, mine.caseworker_id),
                _caseworker(session, stored.caseworker_id),
            ),
            locking.Difference(
                "urgency", labels.urgency(mine.urgency), labels.urgency(stored.urgency)
            ),
            locking.Difference(
                "max_rent", formats.money(mine.max_rent), formats.money(stored.max_rent)
            ),
            locking.Difference(
                "rooms",
                _rooms(mine.rooms_min, mine.rooms_max),
                _rooms(stored.rooms_min, stored.rooms_max),
            ),
            locking.Difference(
                "wanted_areas",
                ", ".join(mine.wanted_areas),
                ", ".join(str(a) for a in stored.wanted_areas or ()),
            ),
            locking.Difference(
                "members",
                _members(_input_members(mine.members)),
                _members((m.relation, m.name) for m in stored.members),
            ),
        ]
    return found


def _input_members(members: Sequence[MemberInput]) -> list[tuple[MemberRelation, str | None]]:
    return [(m.relation, m.name) for m in members]


# --- the status --------------------------------------------------------------------------------


def status_differences(
    ws: Workspace,
    applicant_id: int,
    status: ApplicantStatus,
    paused_until: dt.date | None,
    removed_reason: str | None,
) -> list[locking.Difference]:
    """The status the user chose against the applicant's status as stored now."""
    with ws.read() as session:
        stored = session.get(Applicant, applicant_id)
        if stored is None:
            return []
        return [
            locking.Difference("status", labels.status(status), labels.status(stored.status)),
            locking.Difference("paused_until", paused_until, stored.paused_until),
            locking.Difference("removed_reason", removed_reason, stored.removed_reason),
        ]


# --- a household member's legal facts ----------------------------------------------------------


def fact_line(kind: LegalFactKind, label: str | None, start: Any, end: Any) -> str:
    """One fact in a line for people: "Benefit kontanthjælp 01.01.2026–30.06.2026"."""
    period = f"{formats.date(start)}–{formats.date(end)}" if start or end else ""
    return " ".join(part for part in (labels.fact_kind(kind), label or "", period) if part)


def _facts_text(facts: Iterable[FactInput | LegalFact]) -> str:
    return "; ".join(fact_line(f.kind, f.label, f.start_date, f.end_date) for f in facts)


def fact_differences(
    ws: Workspace, member_id: int, mine: Sequence[FactInput]
) -> list[locking.Difference]:
    """The member's facts as the user wanted them and as stored now, each set as one line."""
    with ws.read() as session:
        member = session.get(HouseholdMember, member_id)
        stored = _facts_text(member.facts) if member is not None else ""
    return [locking.Difference("facts", _facts_text(mine), stored)]
