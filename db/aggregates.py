"""Whole records: a change to a part of a record moves the version of the record it belongs to.

A household member, its dated legal facts, an excluded department and a status event are parts
of an applicant; status events and intake checks parts of a dwelling; offer events parts of an
offer; placements parts of a department. A part's model names the many-to-one relationship to
its record in `__version_root__`:

    class HouseholdMember(...):
        __version_root__ = "applicant"

Before each flush, `records_to_stamp` finds every versioned record whose own columns changed
and every record one of whose parts was added, changed, removed or moved. The session stamps
them, so each gets an UPDATE that carries the optimistic-locking check of `version_id_col` and
moves the version: a workstation still holding the record's older version is refused instead
of silently dropping the other workstation's new household member. Parts of parts count too (a
legal fact moves its member and the member's applicant).

A record is moved at most once per transaction for changes of its parts alone: the first
UPDATE already holds the row (PostgreSQL) or the database (SQLite) until the commit.
Bulk statements (`session.execute(insert(...))`, `update`, `delete`) are not flushes and are
not seen here: code that writes parts so names their loaded records to `parts_written`, or moves
their versions in its own bulk statement.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import (
    Mapper,
    RelationshipDirection,
    RelationshipProperty,
    Session,
    object_session,
)
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.state import InstanceState

from db.base import Versioned

ROOT = "__version_root__"

# Identity keys of the records updated so far, per (top-level) transaction.
_updated: weakref.WeakKeyDictionary[Any, set[Any]] = weakref.WeakKeyDictionary()


@cache
def root_relationship(mapper: Mapper[Any]) -> RelationshipProperty[Any] | None:
    """The relationship from a part to its record, or None if the model is no part."""
    name = getattr(mapper.class_, ROOT, None)
    if name is None:
        return None
    relationship = mapper.relationships[name]
    if relationship.direction is not RelationshipDirection.MANYTOONE:
        raise TypeError(f"{mapper.class_.__name__}.{ROOT} must name a many-to-one relationship")
    return relationship


@cache
def part_collections(mapper: Mapper[Any]) -> tuple[str, ...]:
    """The one-to-many relationships of a record that hold its parts."""
    keys = []
    for relationship in mapper.relationships:
        if relationship.direction is not RelationshipDirection.ONETOMANY:
            continue
        back = root_relationship(relationship.mapper)
        if back is not None and mapper.isa(back.mapper):
            keys.append(relationship.key)
    return tuple(keys)


def _records_of(session: Session, state: InstanceState[Any]) -> Iterator[Any]:
    """The records a part belongs to, before and after this flush (a moved part: both)."""
    relationship = root_relationship(state.mapper)
    if relationship is None:
        return
    history = state.attrs[relationship.key].history  # never loads anything
    seen = [o for o in (*history.added, *history.unchanged, *history.deleted) if o is not None]
    yield from seen
    # The relationship was not loaded, or the foreign key was set directly: use the key.
    ((local, _remote),) = relationship.local_remote_pairs
    key = state.mapper.get_property_by_column(local).key
    target = relationship.mapper
    known = {inspect(obj).identity for obj in seen}
    values = state.attrs[key].history
    for value in (*values.added, *values.unchanged, *values.deleted):
        if value is None or (value,) in known:
            continue
        record = session.get(target.class_, value)
        if record is not None:
            yield record


def records_to_stamp(session: Session) -> list[Versioned]:
    """The versioned records this flush must update (see the module docstring)."""
    transaction = session.get_transaction()  # the outermost one
    updated = _updated.setdefault(transaction, set()) if transaction is not None else set()
    stamp: list[Versioned] = []
    moved: set[Any] = set()
    work: list[Any] = []

    def record(obj: Any) -> None:
        state = inspect(obj)
        if state.key is None or state.key in moved or obj in session.deleted:
            return  # new or deleted records need no new version; or it has one already
        moved.add(state.key)
        if isinstance(obj, Versioned) and state.key not in updated:
            updated.add(state.key)
            stamp.append(obj)
        work.append(obj)  # its own record moves too, if it is a part

    for obj in session.dirty:
        state = inspect(obj)
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            if state.key is not None and state.key not in moved:
                moved.add(state.key)
                updated.add(state.key)
                stamp.append(obj)  # updated anyway; stamped with who and when
            work.append(obj)
        elif any(state.attrs[k].history.has_changes() for k in part_collections(state.mapper)):
            record(obj)
    for obj in (*session.new, *session.deleted):
        if root_relationship(inspect(obj).mapper) is not None:
            work.append(obj)
    for obj in session.dirty:
        if isinstance(obj, Versioned) or root_relationship(inspect(obj).mapper) is None:
            continue  # versioned parts were seen above
        if session.is_modified(obj, include_collections=False):
            work.append(obj)
    while work:
        state = inspect(work.pop())
        for parent in _records_of(session, state):
            record(parent)
    return stamp


def add_part(record: Any, part: Any) -> None:
    """Add a new `part` (a status event ...) to its `record` without reading the record's other
    parts: `record.events.append(part)` first loads the record's whole history. The part's
    many-to-one is set (a collection already loaded gets the part too) and the part joins the
    record's session; a new record takes it along when it is added."""
    relationship = root_relationship(inspect(part).mapper)
    if relationship is None:
        raise TypeError(f"{type(part).__name__} is not a part of a record")
    setattr(part, relationship.key, record)
    session = object_session(record)
    if session is not None:
        session.add(part)


def parts_written(records: Iterable[Versioned]) -> None:
    """These (loaded) records' parts were written by a bulk statement: their versions move at the
    next flush, as if the session had written the parts."""
    for record in records:
        flag_modified(record, "updated_at")


def forget(session: Session) -> None:
    """Start counting afresh (a savepoint was rolled back: its updates are undone)."""
    transaction = session.get_transaction()
    if transaction is not None:
        _updated.pop(transaction, None)
