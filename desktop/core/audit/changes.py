"""One record's change within a transaction, as the automatic trail keeps it (see `policies`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Mapper, Session

from db.enums import AuditAction
from desktop.core.audit.policies import HIDDEN, IGNORED, POLICIES, plain


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


def _columns(obj: Any) -> tuple[str, ...]:
    return _columns_of(inspect(obj).mapper)


@functools.cache
def _columns_of(mapper: Mapper[Any]) -> tuple[str, ...]:
    """The columns a table's changes are looked for in (once per table: every flush asks)."""
    return tuple(attr.key for attr in mapper.column_attrs if attr.key not in IGNORED)


def change_of(session: Session, obj: Any, action: AuditAction) -> Change | None:
    """What `action` on `obj` changed, as its table's policy keeps it (None: nothing to keep)."""
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
