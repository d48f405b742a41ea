"""Which departments hold an address: the one rule, in SQL over `DepartmentAddress`.

A department's ranges are read from its address text (`house_numbers.parse_ranges`) and kept
with the search text (`search_text`). An address is held by a range when the street matches
(the folded street; the start of a street as typed matches too, unless some range has exactly
the typed street), the number lies in the range on the range's side of the street (odd, even or
all), a letter lies between the range's letters (a range without letters holds every letter of
its numbers), and a postcode, when given, is the range's. The search field and the command line
use it through `desktop.core.registry.search`; any other part of Anvis that must find the
department of an address (an intake file without department numbers) calls `departments_at`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from db.enums import NumberSide
from db.models import DepartmentAddress
from desktop.core.registry.house_numbers import AddressQuery, HouseRange, parse_ranges

A = DepartmentAddress


def on_street(key: str, postcode: str | None = None) -> ColumnElement[bool]:
    """Ranges on the street `key` (a `street_key`), or on the streets it begins, when no range
    has exactly that street ("Mølleparkv" finds Mølleparkvej; "Skolevej" never Skolevejen)."""
    exact = A.street_key == key
    other = A.__table__.alias("exact_street")
    condition = or_(
        exact,
        and_(
            A.street_key.like(f"{key}%"),  # a key holds letters and digits only: no wildcard
            ~exists().where(other.c.street_key == key),
        ),
    )
    if postcode:
        condition = and_(condition, A.postcode == postcode)
    return condition


def holds(query: AddressQuery) -> ColumnElement[bool]:
    """Ranges that hold the typed address (see the module's docstring)."""
    condition = on_street(query.key, query.postcode)
    number = query.number
    if number is None:
        return condition
    side = NumberSide.ODD if number % 2 else NumberSide.EVEN
    in_range = and_(
        A.from_number <= number,
        A.to_number >= number,
        A.side.in_([NumberSide.ALL, side]),
    )
    if query.letter:
        letter = query.letter
        in_range = and_(
            in_range,
            or_(A.from_number < number, A.from_letter.is_(None), A.from_letter <= letter),
            or_(A.to_number > number, A.to_letter.is_(None), A.to_letter >= letter),
        )
    return and_(condition, or_(A.from_number.is_(None), in_range))


def departments_at(
    session: Session,
    street: str,
    number: int | None,
    letter: str | None = None,
    postcode: str | None = None,
) -> list[int]:
    """The ids of the departments that hold this address, in id order."""
    query = AddressQuery(street, number, letter.casefold() if letter else None, postcode)
    return list(
        session.scalars(
            select(A.department_id).where(holds(query)).distinct().order_by(A.department_id)
        )
    )


def range_values(
    address: str | None, postcode: str | None, city: str | None
) -> list[dict[str, Any]]:
    """The rows of `DepartmentAddress` (without the department) for a department's address."""
    return [
        _values(position, one)
        for position, one in enumerate(parse_ranges(address, postcode, city).ranges)
    ]


def _values(position: int, one: HouseRange) -> dict[str, Any]:
    first, last = one.first or (None, None), one.last or (None, None)
    return {
        "position": position,
        "street": one.street[:200],
        "street_key": one.key[:200],
        "from_number": first[0],
        "from_letter": first[1],
        "to_number": last[0],
        "to_letter": last[1],
        "side": one.side,
        "postcode": one.postcode,
    }


def ranges_of(session: Session, department_ids: Sequence[int]) -> dict[int, list[HouseRange]]:
    """The stored ranges of these departments, each in the order of its address text."""
    found: dict[int, list[HouseRange]] = {}
    if not department_ids:
        return found
    for row in session.scalars(
        select(A).where(A.department_id.in_(department_ids)).order_by(A.department_id, A.position)
    ):
        first = None if row.from_number is None else (row.from_number, row.from_letter)
        last = None if row.to_number is None else (row.to_number, row.to_letter)
        found.setdefault(row.department_id, []).append(
            HouseRange(row.street, first, last, row.side, row.postcode)
        )
    return found
