"""The automatic part of the audit trail: every create, update and delete of a domain record.

Areas record what a person did (`audit.record`: an import, a print, a CPR reveal, a save). This
module adds what changed, without each area having to list it: session events watch every ORM
flush of a write transaction (`track(session)`, called by `Workspace.write`) and, at commit, put
the changes into the audit trail in the same transaction, so they are kept exactly when the
action is.

- A change to a record that the transaction also recorded explicitly (same entity and action, or
  a household member, legal fact ... of the same applicant) is added to that event's details under
  "changes"; any other change becomes an event of its own. Very many changes of one kind in one
  transaction (a demo, a bulk edit) become one event with the count and the id range.
- Before/after values are kept for the desk's own records (organisations, departments,
  placements, vacancies, offers, settings, caseworkers ...). For personal data (applicants,
  household members, legal facts, excluded departments) only the names of the changed fields are
  kept, never a value: the trail itself then holds no CPR number, name, address or sensitive
  fact, and needs no scrubbing to honour the right to erasure. Free texts that may say something
  about a person (an offer's decline text, a ranking snapshot) are recorded as changed, without
  the value. Any value that looks like a CPR number is masked all the same, and long texts are cut.
- Bulk statements (`session.execute(insert/update(...))`, as the importers and anonymisation use)
  are not flushes and are not seen here: those areas record one explicit event with the counts.
- History tables (status events, import rows, letters, the audit trail itself) are not tracked:
  they are records of events already.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from db.engine import AnvisSession
from db.enums import AuditAction
from db.models import AuditEvent, HouseholdMember

if TYPE_CHECKING:  # the workspace imports this module to install the trail
    from desktop.core.workspace import Workspace

INFO_KEY = "anvis_audit_trail"
MANY = 50  # more changes of one kind in one transaction than this become one summary event
MAX_TEXT = 200

# Columns never recorded: bookkeeping that every row has, and derived search keys.
_IGNORED = frozenset(
    {
        "id",
        "version",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "search_text",
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
        hidden=frozenset({"decline_text", "ranking_snapshot"}),
        person=_applicant_id,
    ),
    "applicant": Policy(values=False, person=_own_id),
    "household_member": Policy(values=False, person=_applicant_id),
    "legal_fact": Policy(values=False, person=_member_applicant),
    "applicant_excluded_department": Policy(values=False, person=_applicant_id),
}

_CPR = re.compile(r"(?<!\d)(\d{6})[- ]?\d{4}(?!\d)")
HIDDEN = "…"  # a value that changed but is not recorded


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


@dataclass
class Change:
    table: str
    entity_id: int | None
    action: AuditAction
    applicant_id: int | None
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    fields: list[str] = field(default_factory=list)

    def merge(self, later: Change) -> Change | None:
        """This change followed by `later` of the same record (None: nothing is left)."""
        if later.action == AuditAction.DELETE:
            if self.action == AuditAction.CREATE:
                return None
            later.before = {**later.before, **self.before}
            return later
        for name in later.fields:
            if name not in self.fields:
                self.fields.append(name)
        for name, value in later.before.items():
            self.before.setdefault(name, value)
        self.after.update(later.after)
        return self

    def details(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "entity": self.table,
            "id": self.entity_id,
            "action": self.action.value,
        }
        if self.before or self.after:
            if self.action != AuditAction.CREATE:
                result["before"] = self.before
            if self.action != AuditAction.DELETE:
                result["after"] = self.after
        else:
            result["fields"] = sorted(self.fields)
        return result


@dataclass
class Trail:
    """The changes of one write transaction, in the order first seen."""

    changes: dict[tuple[str, int | None, int], Change] = field(default_factory=dict)
    explicit: list[AuditEvent] = field(default_factory=list)
    writing: bool = False
    savepoints: dict[int, dict[tuple[str, int | None, int], Change]] = field(default_factory=dict)

    def add(self, change: Change, key_extra: int) -> None:
        key = (change.table, change.entity_id, key_extra)
        earlier = self.changes.pop(key, None)
        merged = change if earlier is None else earlier.merge(change)
        if merged is not None:
            self.changes[key] = merged


def track(session: Session) -> None:
    """Record the automatic audit trail of this (write) session from now on."""
    session.info[INFO_KEY] = Trail()


def _trail(session: Session) -> Trail | None:
    trail = session.info.get(INFO_KEY)
    return trail if isinstance(trail, Trail) else None


def _columns(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in _IGNORED]


def _change(session: Session, obj: Any, action: AuditAction) -> Change | None:
    table = getattr(obj, "__tablename__", None)
    policy = POLICIES.get(table or "")
    if policy is None or table is None:
        return None
    state = inspect(obj)
    identity = state.identity
    entity_id = obj.id if hasattr(obj, "id") else (identity[-1] if identity else None)
    if table == "applicant_excluded_department":
        entity_id = obj.department_id
    change = Change(
        table, entity_id, action, policy.person(session, obj) if policy.person else None
    )
    for name in _columns(obj):
        attr = state.attrs[name]
        if action == AuditAction.UPDATE:
            history = attr.history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new and history.deleted:
                continue
            change.fields.append(name)
            if policy.values:
                hidden = name in policy.hidden
                change.before[name] = HIDDEN if hidden else plain(old)
                change.after[name] = HIDDEN if hidden else plain(new)
        else:
            value = state.dict.get(name)
            if action == AuditAction.CREATE and value is None:
                continue
            change.fields.append(name)
            if policy.values:
                shown = HIDDEN if name in policy.hidden else plain(value)
                if action == AuditAction.CREATE:
                    change.after[name] = shown
                else:
                    change.before[name] = shown
    if action == AuditAction.UPDATE and not change.fields:
        return None
    return change


@event.listens_for(AnvisSession, "after_flush")
def _after_flush(session: Session, context: UOWTransaction) -> None:
    trail = _trail(session)
    if trail is None or trail.writing:
        return
    groups = (
        (session.new, AuditAction.CREATE),
        (session.dirty, AuditAction.UPDATE),
        (session.deleted, AuditAction.DELETE),
    )
    for objects, action in groups:
        for obj in objects:
            if isinstance(obj, AuditEvent):
                continue
            if action == AuditAction.UPDATE and not session.is_modified(
                obj, include_collections=False
            ):
                continue
            change = _change(session, obj, action)
            if change is not None:
                trail.add(change, 0)


@event.listens_for(AnvisSession, "before_flush")
def _before_flush(session: Session, context: UOWTransaction, instances: Any) -> None:
    """Explicit events about to be written take the changes of their record (and person)."""
    trail = _trail(session)
    if trail is None or trail.writing:
        return
    for obj in session.new:
        if isinstance(obj, AuditEvent):
            trail.explicit.append(obj)
            _absorb(trail, obj)


def _absorb(trail: Trail, audit_event: AuditEvent) -> None:
    same = []
    related = []
    for key, change in trail.changes.items():
        if change.table == audit_event.entity_type and change.entity_id == audit_event.entity_id:
            if change.action.value == str(audit_event.action) or audit_event.action not in (
                AuditAction.CREATE,
                AuditAction.UPDATE,
                AuditAction.DELETE,
            ):
                same.append(key)
        elif (
            audit_event.applicant_id is not None and change.applicant_id == audit_event.applicant_id
        ):
            related.append(key)
    if not same and not related:
        return
    details = dict(audit_event.details or {})
    changes = list(details.get("changes", []))
    for key in same + related:
        changes.append(trail.changes.pop(key).details())
    details["changes"] = changes
    audit_event.details = details


@event.listens_for(AnvisSession, "before_commit")
def _before_commit(session: Session) -> None:
    trail = _trail(session)
    if trail is None or trail.writing:
        return
    session.flush()  # the last changes, and explicit events absorbing them
    if not trail.changes:
        return
    trail.writing = True
    try:
        user = str(session.info.get("user", ""))
        workstation = str(session.info.get("workstation", ""))
        kinds: dict[tuple[str, AuditAction], list[Change]] = {}
        for change in trail.changes.values():
            kinds.setdefault((change.table, change.action), []).append(change)
        for (table, action), changes in kinds.items():
            if len(changes) > MANY:
                ids = [c.entity_id for c in changes if c.entity_id is not None]
                details: dict[str, Any] = {"count": len(changes)}
                if ids:
                    details.update(first_id=min(ids), last_id=max(ids))
                session.add(
                    AuditEvent(
                        user=user,
                        workstation=workstation,
                        action=action,
                        entity_type=table,
                        entity_id=None,
                        applicant_id=None,
                        details=details,
                    )
                )
                continue
            for change in changes:
                session.add(
                    AuditEvent(
                        user=user,
                        workstation=workstation,
                        action=action,
                        entity_type=table,
                        entity_id=change.entity_id,
                        applicant_id=change.applicant_id,
                        details={"changes": [change.details()]},
                    )
                )
        trail.changes.clear()
        session.flush()
    finally:
        trail.writing = False


@event.listens_for(AnvisSession, "after_transaction_create")
def _savepoint_started(session: Session, transaction: SessionTransaction) -> None:
    trail = _trail(session)
    if trail is not None and transaction.nested:  # (a later savepoint with the same id replaces it)
        trail.savepoints[id(transaction)] = copy.deepcopy(trail.changes)


@event.listens_for(AnvisSession, "after_soft_rollback")
def _rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    """A rolled-back savepoint forgets its changes; a rolled-back transaction forgets all."""
    trail = _trail(session)
    if trail is None:
        return
    if previous_transaction.nested and id(previous_transaction) in trail.savepoints:
        trail.changes = trail.savepoints.pop(id(previous_transaction))
    elif not previous_transaction.nested:
        trail.changes.clear()
        trail.explicit.clear()
        trail.savepoints.clear()


# --- reading the trail (the data-protection officer's viewer) --------------------------------


@dataclass(frozen=True)
class AuditFilter:
    since: dt.date | None = None  # local dates, both included
    until: dt.date | None = None
    user: str | None = None
    action: str | None = None
    entity_type: str | None = None
    applicant_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # local time
    user: str
    workstation: str
    action: str
    entity_type: str
    entity_id: int | None
    applicant_id: int | None
    purpose: str | None
    details: dict[str, Any] | None

    @property
    def summary(self) -> str:
        return summarise(self.details)


def _utc_bound(day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _to_local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _where(flt: AuditFilter) -> list[Any]:
    conditions: list[Any] = []
    if flt.since is not None:
        conditions.append(AuditEvent.at >= _utc_bound(flt.since))
    if flt.until is not None:
        conditions.append(AuditEvent.at < _utc_bound(flt.until + dt.timedelta(days=1)))
    if flt.user:
        conditions.append(AuditEvent.user == flt.user)
    if flt.action:
        conditions.append(AuditEvent.action == flt.action)
    if flt.entity_type:
        conditions.append(AuditEvent.entity_type == flt.entity_type)
    if flt.applicant_id is not None:
        conditions.append(AuditEvent.applicant_id == flt.applicant_id)
    return conditions


def search(
    ws: Workspace, flt: AuditFilter, *, offset: int = 0, limit: int = 100
) -> tuple[list[AuditRow], int]:
    """One page of events, newest first, and how many match in all. Read-only."""
    from sqlalchemy import func  # noqa: PLC0415

    conditions = _where(flt)
    with ws.read() as session:
        total = int(
            session.scalar(select(func.count()).select_from(AuditEvent).where(*conditions)) or 0
        )
        events = session.scalars(
            select(AuditEvent)
            .where(*conditions)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .offset(max(0, offset))
            .limit(max(1, limit))
        )
        rows = [
            AuditRow(
                e.id,
                _to_local(e.at),
                e.user,
                e.workstation,
                str(e.action),
                e.entity_type,
                e.entity_id,
                e.applicant_id,
                e.purpose,
                e.details if isinstance(e.details, dict) else None,
            )
            for e in events
        ]
    return rows, total


def choices(ws: Workspace) -> tuple[list[str], list[str]]:
    """The users and the kinds of record that occur in the trail, for the viewer's filters."""
    with ws.read() as session:
        users = sorted(str(u) for u in session.scalars(select(AuditEvent.user).distinct()))
        kinds = sorted(str(k) for k in session.scalars(select(AuditEvent.entity_type).distinct()))
    return users, kinds


def _short(value: Any) -> str:
    text = "∅" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def summarise(details: dict[str, Any] | None) -> str:
    """One line for the viewer's table: what changed, or the event's own figures."""
    if not details:
        return ""
    parts: list[str] = []
    for change in details.get("changes", []):
        label = f"{change.get('entity')} {change.get('id') or ''}".strip()
        if "fields" in change:
            parts.append(f"{label}: {', '.join(change['fields'])}")
            continue
        before = change.get("before", {})
        after = change.get("after", {})
        names = list(dict.fromkeys([*before, *after]))
        shown = [
            f"{n} {_short(before.get(n))} → {_short(after.get(n))}"
            if n in before and n in after
            else f"{n} {_short(after.get(n, before.get(n)))}"
            for n in names[:6]
        ]
        more = f" (+{len(names) - 6})" if len(names) > 6 else ""
        parts.append(f"{label}: {'; '.join(shown)}{more}")
    own = {k: v for k, v in details.items() if k != "changes"}
    if own:
        parts.insert(0, ", ".join(f"{k} {_short(v)}" for k, v in own.items()))
    return " | ".join(parts)
