"""The casefolded search text of each department, kept current on every flush.

Imported by the package `desktop.core.registry`, so the listener is active wherever core code
that touches departments runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from db.engine import AnvisSession
from db.models import Department, HousingArea, Organisation


def fold(text: str) -> str:
    """The comparable form of text: NFC, casefolded, single spaces ("Ærø  Vej" -> "ærø vej")."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def search_text_of(
    organisation_number: str,
    organisation_name: str,
    department_number: str,
    department_name: str,
    address: str | None = None,
    postcode: str | None = None,
    city: str | None = None,
    housing_area: str | None = None,
) -> str:
    parts = [
        f"{organisation_number}-{department_number}",
        f"{organisation_number}/{department_number}",
        organisation_name,
        department_name,
        address or "",
        postcode or "",
        city or "",
        housing_area or "",
    ]
    return fold(" ".join(p for p in parts if p))[:1000]


def _text_for(department: Department, organisation: Organisation) -> str:
    area = department.housing_area
    return search_text_of(
        organisation.number,
        organisation.name,
        department.number,
        department.name,
        department.address,
        department.postcode,
        department.city,
        None if area is None else area.name,
    )


@event.listens_for(AnvisSession, "before_flush")
def _keep_search_text(session: Session, flush_context: Any, instances: Any) -> None:
    touched: set[Department] = set()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Department):
            touched.add(obj)
        elif (
            isinstance(obj, Organisation | HousingArea)
            and obj in session.dirty
            and session.is_modified(obj, include_collections=False)
        ):
            touched.update(obj.departments)
    for department in touched:
        organisation: Organisation | None = department.organisation
        if organisation is None and department.organisation_id is not None:
            organisation = session.get(Organisation, department.organisation_id)
        if organisation is None:
            continue  # the flush itself reports the missing organisation
        text = _text_for(department, organisation)
        if department.search_text != text:
            department.search_text = text


# What a department is found by, in the order `search_text_of` takes it (from Department joined
# with its Organisation and, outer, its HousingArea).
FOUND_BY = (
    Organisation.number,
    Organisation.name,
    Department.number,
    Department.name,
    Department.address,
    Department.postcode,
    Department.city,
    HousingArea.name,
)


def refresh_search_text(session: Session, department_ids: Iterable[int] | None = None) -> int:
    """Recompute the search text of some departments (all if None); returns how many changed."""
    query = (
        select(Department.id, Department.search_text, *FOUND_BY)
        .join(Organisation, Department.organisation_id == Organisation.id)
        .outerjoin(HousingArea, Department.housing_area_id == HousingArea.id)
        # Another desk may be filling the same rows: wait for it, then see its text (PostgreSQL;
        # SQLite's write lock already serialises the two).
        .with_for_update(of=Department)
    )
    if department_ids is not None:
        query = query.where(Department.id.in_(list(department_ids)))
    changes = []
    for dept_id, old, *fields in session.execute(query).all():
        text = search_text_of(*fields)
        if text != old:
            changes.append({"id": dept_id, "text": text})
    for change in changes:
        session.execute(
            update(Department)
            .where(Department.id == change["id"])
            .values(search_text=change["text"])
            .execution_options(synchronize_session=False)
        )
    return len(changes)
