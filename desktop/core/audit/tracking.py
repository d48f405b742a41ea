"""The automatic part of the audit trail: every create, update and delete of a domain record.

Areas record what a person did (`audit.record`). Tracking adds what changed, without each area
having to list it: listeners on a database's write sessions watch every ORM flush and, at
commit, put the changes into the audit trail in the same transaction, so they are kept exactly
when the action is. `install(database)` attaches them; the workspace does it when it is made,
so every write of Anvis (window, command line, demo, tests) is tracked, whatever was imported.

- A change to a record that the transaction also recorded explicitly (same entity and action, or
  a household member, legal fact ... of the same applicant) is added to that event's details under
  "changes"; any other change becomes an event of its own. Very many changes of one kind in one
  transaction (a demo, a bulk edit) become one event with the count and the id range.
- What is kept of each table is decided in `policies`.
- Bulk statements (`session.execute(insert/update(...))`, as the importers and anonymisation use)
  are not flushes and are not seen here: those areas record one explicit event with the counts.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction

from db.engine import Database
from db.enums import AuditAction
from db.models import AuditEvent
from desktop.core.audit.changes import Change, change_of

INFO_KEY = "anvis_audit_trail"
MANY = 50  # more changes of one kind in one transaction than this become one summary event


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


def _trail(session: Session) -> Trail:
    trail = session.info.get(INFO_KEY)
    if not isinstance(trail, Trail):
        trail = session.info[INFO_KEY] = Trail()
    return trail


def _after_flush(session: Session, context: UOWTransaction) -> None:
    trail = _trail(session)
    if trail.writing:
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
            change = change_of(session, obj, action)
            if change is not None:
                trail.add(change, 0)


def _before_flush(session: Session, context: UOWTransaction, instances: Any) -> None:
    """Explicit events about to be written take the changes of their record (and person)."""
    trail = _trail(session)
    if trail.writing:
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


def _before_commit(session: Session) -> None:
    trail = _trail(session)
    if trail.writing:
        return
    session.flush()  # the last changes, and explicit events absorbing them
    if not trail.changes:
        return
    trail.writing = True
    try:
        new_event = functools.partial(
            AuditEvent,
            user=str(session.info.get("user", "")),
            workstation=str(session.info.get("workstation", "")),
        )
        kinds: dict[tuple[str, AuditAction], list[Change]] = {}
        for change in trail.changes.values():
            kinds.setdefault((change.table, change.action), []).append(change)
        for (table, action), changes in kinds.items():
            if len(changes) > MANY:
                ids = [c.entity_id for c in changes if c.entity_id is not None]
                details: dict[str, Any] = {"count": len(changes)}
                if ids:
                    details.update(first_id=min(ids), last_id=max(ids))
                session.add(new_event(action=action, entity_type=table, details=details))
                continue
            session.add_all(
                new_event(
                    action=action,
                    entity_type=table,
                    entity_id=change.entity_id,
                    applicant_id=change.applicant_id,
                    details={"changes": [change.details()]},
                )
                for change in changes
            )
        trail.changes.clear()
        session.flush()
    finally:
        trail.writing = False


def _savepoint_started(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:  # (a later savepoint with the same id replaces it)
        trail = _trail(session)
        trail.savepoints[id(transaction)] = copy.deepcopy(trail.changes)


def _rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    """A rolled-back savepoint forgets its changes; a rolled-back transaction forgets all."""
    trail = _trail(session)
    if previous_transaction.nested and id(previous_transaction) in trail.savepoints:
        trail.changes = trail.savepoints.pop(id(previous_transaction))
    elif not previous_transaction.nested:
        trail.changes.clear()
        trail.explicit.clear()
        trail.savepoints.clear()


_LISTENERS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("after_flush", _after_flush),
    ("before_flush", _before_flush),
    ("before_commit", _before_commit),
    ("after_transaction_create", _savepoint_started),
    ("after_soft_rollback", _rolled_back),
)


def install(database: Database) -> None:
    """Track every write session of `database` from now on. Calling it again changes nothing:
    SQLAlchemy adds a listener to a target once."""
    for name, listener in _LISTENERS:
        event.listen(database.write_sessions, name, listener)
