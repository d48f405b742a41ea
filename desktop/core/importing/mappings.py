"""Remembered column mappings: what staff confirmed for an organisation's files of one kind.

Stored as normalised header -> field name ("" = deliberately not imported), so next week's file
from the same organisation maps the same way even if its headers are not among the synonyms.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ImportKind
from db.models import ColumnMapping
from desktop.core.workspace import Workspace


def _find(
    session: Session, organisation_id: int | None, kind: ImportKind, *, hold: bool = False
) -> ColumnMapping | None:
    query = select(ColumnMapping).where(ColumnMapping.kind == kind)
    if organisation_id is None:
        query = query.where(ColumnMapping.organisation_id.is_(None))
    else:
        query = query.where(ColumnMapping.organisation_id == organisation_id)
    if hold:  # merging: read what another workstation merged a moment ago, not an older copy
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.scalars(query.order_by(ColumnMapping.id)).first()


def load_mapping_in(
    session: Session, organisation_id: int | None, kind: ImportKind
) -> dict[str, str]:
    found = _find(session, organisation_id, kind)
    return {str(k): str(v) for k, v in found.mapping.items()} if found else {}


def load_every_mapping_in(session: Session, kind: ImportKind) -> dict[str, str]:
    """What any organisation's staff confirmed for files of `kind`, together (the later saved
    wins a header two organisations read differently): to tell whether a file of unknown origin
    has a header row someone's layout reads."""
    merged: dict[str, str] = {}
    query = select(ColumnMapping.mapping).where(ColumnMapping.kind == kind)
    for mapping in session.scalars(query.order_by(ColumnMapping.id)):
        merged.update({str(k): str(v) for k, v in mapping.items()})
    return merged


def load_mapping(ws: Workspace, organisation_id: int | None, kind: ImportKind) -> dict[str, str]:
    with ws.read() as session:
        return load_mapping_in(session, organisation_id, kind)


def save_mapping_in(
    session: Session,
    organisation_id: int | None,
    kind: ImportKind,
    mapping: dict[str, str],
    user: str,
) -> None:
    """Merge `mapping` into what is remembered (new choices win), in the caller's transaction."""
    found = _find(session, organisation_id, kind, hold=True)
    if found is None:
        session.add(
            ColumnMapping(
                organisation_id=organisation_id, kind=kind, mapping=dict(mapping), updated_by=user
            )
        )
    else:
        found.mapping = {**found.mapping, **mapping}
        found.updated_by = user


def save_mapping(
    ws: Workspace, organisation_id: int | None, kind: ImportKind, mapping: dict[str, str]
) -> None:
    with ws.write() as session:
        save_mapping_in(session, organisation_id, kind, mapping, ws.user)
