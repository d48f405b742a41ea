"""What the automatic audit trail keeps of each table.

- Before/after values are kept for the desk's own records (organisations, departments,
  placements, vacancies, offers, settings, caseworkers ...). For personal data (applicants,
  household members, legal facts, excluded departments) only the names of the changed fields are
  kept, never a value: the trail itself then holds no CPR number, name, address or sensitive
  fact, and needs no scrubbing to honour the right to erasure. Free texts that may say something
  about a person (an offer's decline text, its letter's own text, a ranking snapshot) are
  recorded as changed, without the value. Any value that looks like a CPR number is masked all
  the same, and long texts are cut.
- Tables without a policy are not tracked: history tables (status events, import rows, letters,
  the audit trail itself) are records of events already.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.models import HouseholdMember

MAX_TEXT = 200
HIDDEN = "…"  # a value that changed but is not recorded

# Columns never recorded: bookkeeping that every row has, and derived search keys.
IGNORED = frozenset(
    {
        "id",
        "version",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "search_text",
        "street_key",
        "sort_name",
        "caseworker_sort",
    }
)


@dataclass(frozen=True)
class Policy:
    """How one table is recorded."""

    values: bool  # before/after values (False: the names of the changed fields only)
    hidden: frozenset[str] = frozenset()  # recorded as changed, never with the value
    person: Callable[[Session, Any], int | None] | None = None  # the applicant it concerns


def _own_id(session: Session, obj: Any) -> int | None:
    return int(obj.id) if obj.id is not None else None


def _applicant_id(session: Session, obj: Any) -> int | None:
    value = getattr(obj, "applicant_id", None)
    return int(value) if value is not None else None


def _member_applicant(session: Session, obj: Any) -> int | None:
    # The member the fact was added to (as it is in the session: a member written in the same
    # flush is not in the identity map yet), else the one the session knows, else the database.
    member = inspect(obj).attrs.member.loaded_value
    if not isinstance(member, HouseholdMember):
        member = session.identity_map.get(
            inspect(HouseholdMember).identity_key_from_primary_key((obj.member_id,))
        )
    if member is not None:
        return _applicant_id(session, member)
    value = session.connection().scalar(
        select(HouseholdMember.applicant_id).where(HouseholdMember.id == obj.member_id)
    )
    return int(value) if value is not None else None


_VALUES = Policy(values=True)
POLICIES: dict[str, Policy] = {
    "organisation": _VALUES,
    "department": _VALUES,
    "department_address": _VALUES,
    "housing_area": _VALUES,
    "placement": _VALUES,
    "ministry_list": _VALUES,
    "ministry_list_entry": _VALUES,
    "monitoring_figures": _VALUES,
    "department_vacancy_count": _VALUES,
    "vacancy": _VALUES,
    "caseworker": _VALUES,
    "setting": _VALUES,
    "letter_template": Policy(values=True, hidden=frozenset({"body"})),
    "offer": Policy(
        values=True,
        hidden=frozenset({"decline_text", "letter_note", "ranking_snapshot"}),
        person=_applicant_id,
    ),
    "applicant": Policy(values=False, person=_own_id),
    "household_member": Policy(values=False, person=_applicant_id),
    "legal_fact": Policy(values=False, person=_member_applicant),
    "applicant_excluded_department": Policy(values=False, person=_applicant_id),
}

_CPR = re.compile(r"(?<!\d)(\d{6})[- ]?\d{4}(?!\d)")


def mask_text(text: str) -> str:
    """Any CPR-like number masked (DDMMYY-XXXX), at most MAX_TEXT characters."""
    masked = _CPR.sub(r"\1-XXXX", text)
    return masked if len(masked) <= MAX_TEXT else masked[: MAX_TEXT - 1] + "…"


def plain(value: Any) -> Any:
    """A JSON value for the trail: dates as ISO text, money as text, enums as their value."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return mask_text(str(value))
