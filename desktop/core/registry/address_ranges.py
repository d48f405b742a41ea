"""A department's house-number ranges in the database: written, read, and found by address.

The ranges are rows of `DepartmentAddress`, parts of the department's record. They are set by
hand in the department's dialog (`editing`), read from the address cell of the master data
(`master_data`), and read from the address text of a department that has none when its search
text is filled (`fill_missing`: databases from before the ranges).

Which departments hold an address: the database finds the ranges on the street (the folded
street; the start of a street as typed matches too, unless some range has exactly the typed
street) and the postcode, if one is given (a range without one has its department's); then
`HouseRange.holds` decides each. The search field and the command line use it through
`desktop.core.registry.search`; any other part of Anvis that must find the department of an
address calls `departments_at`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from db.models import Department, DepartmentAddress
from desktop.core.registry.house_numbers import AddressQuery, HouseNumber, HouseRange, parse_ranges

A = DepartmentAddress


def _values(position: int, one: HouseRange) -> dict[str, Any]:
    first, last = one.first, one.last
    return {
        "position": position,
        "street": one.street[:200],
        "street_key": one.key[:200],
        "from_number": None if first is None else first.number,
        "from_letter": "" if first is None else first.letter,
        "to_number": None if last is None else last.number,
        "to_letter": "" if last is None else last.letter,
        "side": one.side,
        "postcode": one.postcode,
    }


def _range(row: DepartmentAddress) -> HouseRange:
    first = None if row.from_number is None else HouseNumber(row.from_number, row.from_letter)
    last = None if row.to_number is None else HouseNumber(row.to_number, row.to_letter)
    return HouseRange(row.street, first, last, row.side, row.postcode)


def ranges_of_department(department: Department) -> list[HouseRange]:
    """A loaded department's ranges, in its order."""
    return [_range(row) for row in department.addresses]


def set_ranges(department: Department, ranges: Sequence[HouseRange]) -> bool:
    """Give a department (in the caller's session) these ranges; True if anything changed.

    The rows are updated in place by position (a replaced row would meet the old one's position
    before the old one is deleted), so an unchanged range writes nothing and the audit trail
    shows only what changed."""
    rows = list(department.addresses)
    changed = len(rows) != len(ranges)
    for position, one in enumerate(ranges):
        values = _values(position, one)
        if position < len(rows):
            row = rows[position]
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
                    changed = True
        else:
            department.addresses.append(DepartmentAddress(**values))
    del department.addresses[len(ranges) :]
    return changed


def fill_missing(session: Session, department_ids: Iterable[int]) -> int:
    """Read the ranges of those of these departments that have an address but no ranges from
    their address text; returns how many got ranges. A bulk insert: filling in what the address
    already says is no edit of the department (its version stays)."""
    ids = list(department_ids)
    if not ids:
        return 0
    rows = session.execute(
        select(Department.id, Department.address, Department.postcode, Department.city).where(
            Department.id.in_(ids),
            Department.address.is_not(None),
            ~exists().where(A.department_id == Department.id),
        )
    ).all()
    values = [
        {"department_id": dept_id, **_values(position, one)}
        for dept_id, address, postcode, city in rows
        for position, one in enumerate(parse_ranges(address, postcode, city).ranges)
    ]
    if values:
        session.execute(insert(A), values)
    return len({v["department_id"] for v in values})


def ranges_of(session: Session, department_ids: Sequence[int]) -> dict[int, list[HouseRange]]:
    """The ranges of these departments, each in its order (plain rows: a search shows 200)."""
    found: dict[int, list[HouseRange]] = {}
    if not department_ids:
        return found
    rows = session.execute(
        select(
            A.department_id,
            A.street,
            A.from_number,
            A.from_letter,
            A.to_number,
            A.to_letter,
            A.side,
            A.postcode,
        )
        .where(A.department_id.in_(department_ids))
        .order_by(A.department_id, A.position)
    )
    for dept_id, street, from_number, from_letter, to_number, to_letter, side, postcode in rows:
        first = None if from_number is None else HouseNumber(from_number, from_letter)
        last = None if to_number is None else HouseNumber(to_number, to_letter)
        found.setdefault(dept_id, []).append(HouseRange(street, first, last, side, postcode))
    return found


# --- finding departments by address -------------------------------------------------------------


def on_street(key: str, postcode: str | None = None) -> ColumnElement[bool]:
    """Ranges on the street `key` (a `street_key`), or on the streets it begins, when no range
    has exactly that street ("Mølleparkv" finds Mølleparkvej; "Skolevej" never Skolevejen); with
    `postcode`, only those in it. For a select from `DepartmentAddress` joined with its
    `Department`."""
    other = A.__table__.alias("exact_street")
    condition = or_(
        A.street_key == key,
        and_(
            A.street_key.like(f"{key}%"),  # a key holds letters and digits only: no wildcard
            ~exists().where(other.c.street_key == key),
        ),
    )
    if postcode:
        condition = and_(condition, func.coalesce(A.postcode, Department.postcode) == postcode)
    return condition


def ranges_on_street(session: Session, query: AddressQuery) -> list[tuple[int, HouseRange]]:
    """(department id, range) of every range on the typed street (and postcode)."""
    if not query.key:
        return []
    rows = session.execute(
        select(A)
        .join(Department, A.department_id == Department.id)
        .where(on_street(query.key, query.postcode))
        .order_by(A.department_id, A.position)
    ).scalars()
    return [(row.department_id, _range(row)) for row in rows]


def holding(ranges: Iterable[tuple[int, HouseRange]], house: HouseNumber) -> list[int]:
    """The departments, in id order, with a range among `ranges` that holds `house`."""
    return sorted({dept_id for dept_id, one in ranges if one.holds(house)})


def departments_at(
    session: Session, street: str, house: HouseNumber, postcode: str | None = None
) -> list[int]:
    """The ids of the departments that hold this address, in id order."""
    query = AddressQuery(street, house, postcode)
    return holding(ranges_on_street(session, query), house)
