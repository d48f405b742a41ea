"""The casefolded search text of each department, and its house-number ranges, kept current on
every flush.

Imported by the package `desktop.core.registry`, so the listener is active wherever core code
that touches departments runs. The ranges (`DepartmentAddress`, read from the address text by
`house_numbers.parse_ranges`) are rewritten whenever the search text changes: the text holds the
address, postcode and city they are read from, so a current text means current ranges.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, event, insert, select, update
from sqlalchemy.orm import Session

from db.engine import AnvisSession
from db.models import Department, DepartmentAddress, HousingArea, Organisation
from desktop.core.registry.address_lookup import range_values

_RANGES_DUE = "anvis.department_ranges_due"  # session.info: departments whose ranges to rewrite


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
            session.info.setdefault(_RANGES_DUE, set()).add(department)


@event.listens_for(AnvisSession, "after_flush")
def _keep_ranges(session: Session, flush_context: Any) -> None:
    # After the flush: a new department has its id only now.
    due: set[Department] = session.info.pop(_RANGES_DUE, set())
    connection = session.connection()
    for department in due:
        write_ranges(
            connection, department.id, department.address, department.postcode, department.city
        )


@event.listens_for(AnvisSession, "after_soft_rollback")
def _forget_ranges(session: Session, previous_transaction: Any) -> None:
    session.info.pop(_RANGES_DUE, None)


def write_ranges(
    connection: Connection | Session,
    department_id: int,
    address: str | None,
    postcode: str | None,
    city: str | None,
) -> None:
    """Replace a department's house-number ranges with those read from its address."""
    connection.execute(
        delete(DepartmentAddress).where(DepartmentAddress.department_id == department_id)
    )
    rows = range_values(address, postcode, city)
    if rows:
        connection.execute(
            insert(DepartmentAddress), [{"department_id": department_id, **row} for row in rows]
        )


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
    """Recompute the search text and ranges of some departments (all if None); returns how
    many changed."""
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
            changes.append((dept_id, text, fields[4:7]))  # address, postcode, city
    for dept_id, text, (address, postcode, city) in changes:
        session.execute(
            update(Department)
            .where(Department.id == dept_id)
            .values(search_text=text)
            .execution_options(synchronize_session=False)
        )
        write_ranges(session, dept_id, address, postcode, city)
    return len(changes)
