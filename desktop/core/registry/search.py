"""Search as you type over departments: one field for organisation, department, address, area.

What staff type is read two ways (`house_numbers.parse_query`):

- **An address with a house number** ("Mølleparkvej 19", "mølleparkvej 19b, 2. tv",
  "Mølleparkvej 19, 9000"): the departments whose house-number ranges hold it
  (`address_ranges`, `HouseRange.holds`). When none does but the street is known, the
  departments on the street are listed instead and the answer says that none holds the number.
- **Anything else** ("himmerland", "145-07", "9000", "Mølleparkvej", "Mølleparkvej 9000"): every
  word must occur in the department's casefolded `search_text` (see `search_text`) as a
  substring; `LIKE` over lower-case text on both sides folds æ/ø/å on SQLite and PostgreSQL
  alike. Text that begins with a street also finds the departments on that street however it is
  spelt ("Gustav Holmsvej" = "Gustav Holms Vej"), narrowed by a postcode typed after it.

Every row carries its organisation and its ranges, so a street shared by several organisations'
departments shows which numbers each has. `ensure_search_text` fills rows written without the
flush listener (and the ranges of a department that has none from its address).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from db.enums import Colour, FlexibleLetting, ListKind
from db.models import Department, DepartmentAddress, HousingArea, Organisation, Placement
from desktop.core.colours import list_statuses
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.registry import address_ranges
from desktop.core.registry.house_numbers import AddressQuery, describe, parse_query
from desktop.core.registry.names import colour_name, list_name
from desktop.core.registry.numbers import natural_key
from desktop.core.registry.search_text import FOUND_BY, fold, refresh_search_text
from desktop.core.workspace import Workspace

__all__ = [
    "DepartmentRow",
    "DepartmentSearch",
    "ensure_search_text",
    "find",
    "fold",
    "search",
    "search_query",
]

MAX_RESULTS = 200


def ensure_search_text(ws: Workspace) -> int:
    """Fill the search text of departments that have none yet, and read the house-number
    ranges of those among them that have none from their address (cheap when all have a
    text). Returns how many texts changed."""
    with ws.read() as session:
        missing = list(
            session.scalars(select(Department.id).where(Department.search_text.is_(None)))
        )
    if not missing:
        return 0
    with ws.write() as session:
        changed = refresh_search_text(session, missing)
        address_ranges.fill_missing(session, missing)
        return changed


@dataclass(frozen=True)
class DepartmentRow:
    """One line of the department lookup."""

    id: int
    organisation_number: str
    organisation_name: str
    number: str
    name: str
    address: str | None  # as the master data has it
    postcode: str | None
    city: str | None
    housing_area: str | None
    dwellings: int | None
    active: bool
    colour: Colour | None  # on the day searched; None = no placement
    flexible_letting: FlexibleLetting | None
    lists: tuple[ListKind, ...]
    ranges: tuple[str, ...] = ()  # the house numbers, a line per street: "Kastetvej 31–39, 41A"

    @property
    def addresses(self) -> str:
        """The house numbers as read ("Mølleparkvej 1–31"), else the address as written."""
        return "; ".join(self.ranges) or self.address or ""


@dataclass(frozen=True)
class DepartmentSearch:
    """The answer to one search: the rows, and how the text was read."""

    rows: list[DepartmentRow]
    address: AddressQuery | None = None  # an address with a house number was searched
    held: bool = False  # ... and the rows hold it (else: the departments on its street)
    limit: int = MAX_RESULTS

    @property
    def truncated(self) -> bool:
        return len(self.rows) >= self.limit

    def summary(self) -> str:
        """One line for the count under the list and the command line."""
        count = len(self.rows)
        address = self.address
        if address is not None and self.held:
            return translate("Registry", "Departments with {address}: {count}").format(
                address=address.label(), count=count
            )
        if address is not None:
            return translate(
                "Registry", "No department has {address}. Departments on {street}: {count}"
            ).format(address=address.label(), street=address.street, count=count)
        if self.truncated:
            return plural(
                count,
                translate("Registry", "The first {n} department: type more to narrow the search"),
                translate("Registry", "The first {n} departments: type more to narrow the search"),
            )
        return plural(
            count, translate("Registry", "{n} department"), translate("Registry", "{n} departments")
        )

    def lines(self) -> list[str]:
        """The answer for the command line: the summary, then a line per department with its
        organisation, house numbers, town and colour."""
        out = [self.summary()]
        for row in self.rows:
            colour = (
                translate("Colours", "no placement")
                if row.colour is None
                else colour_name(row.colour)
            )
            lists = "".join(f", {list_name(kind)}" for kind in row.lists)
            place = " ".join(p for p in (row.postcode, row.city) if p)
            out.append(
                translate(
                    "Registry",
                    "{department} {name} ({organisation}): {addresses}, {place} - {colour}",
                ).format(
                    department=f"{row.organisation_number}-{row.number}",
                    name=row.name,
                    organisation=row.organisation_name,
                    addresses=row.addresses or "-",
                    place=place or "-",
                    colour=colour + lists,
                )
            )
        return out

    def as_json(self) -> dict[str, Any]:
        address = self.address
        return {
            "address": None
            if address is None
            else {
                "street": address.street,
                "house_number": str(address.house),
                "postcode": address.postcode,
                "held": self.held,
            },
            "departments": [
                {
                    "organisation": row.organisation_number,
                    "organisation_name": row.organisation_name,
                    "department": row.number,
                    "department_name": row.name,
                    "address": row.address,
                    "house_numbers": list(row.ranges),
                    "postcode": row.postcode,
                    "city": row.city,
                    "colour": None if row.colour is None else row.colour.value,
                    "lists": [kind.value for kind in row.lists],
                }
                for row in self.rows
            ],
        }


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _base(day: dt.date, where: ColumnElement[bool], limit: int) -> Any:
    return (
        select(
            Department.id,
            *FOUND_BY,
            Department.dwellings_count,
            Department.active,
            Placement.colour,
            Placement.flexible_letting,
        )
        .join(Organisation, Department.organisation_id == Organisation.id)
        .outerjoin(HousingArea, Department.housing_area_id == HousingArea.id)
        .outerjoin(
            Placement,
            and_(
                Placement.department_id == Department.id,
                Placement.valid_from <= day,
                or_(Placement.valid_to.is_(None), Placement.valid_to >= day),
            ),
        )
        .where(where)
        .order_by(Organisation.number, func.length(Department.number), Department.number)
        .limit(limit)
    )


def _with_ranges(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    return Department.id.in_(
        select(DepartmentAddress.department_id)
        .join(Department, DepartmentAddress.department_id == Department.id)
        .where(condition)
    )


def _words(text: str, query: AddressQuery | None) -> ColumnElement[bool]:
    """Every word in the search text; or, for text that begins with a street, on that street."""
    words = [
        Department.search_text.like(f"%{_like_escape(word)}%", escape="\\")
        for word in fold(text).split()
    ]
    found = and_(true(), *words)
    if query is not None and query.key:
        found = or_(found, _with_ranges(address_ranges.on_street(query.key, query.postcode)))
    return found


def search_query(text: str, day: dt.date, limit: int = MAX_RESULTS) -> Any:
    """The SELECT behind a search by words (exposed for the benchmark's baseline)."""
    return _base(day, _words(text, parse_query(text)), limit)


def _found(
    session: Session, text: str, day: dt.date, limit: int
) -> tuple[Any, AddressQuery | None, bool]:
    """The rows for `text`, the address it was read as (if one with a house number), and
    whether the rows hold that address (else they are the departments on its street)."""
    query = parse_query(text)
    if query is None or query.house is None:
        return session.execute(_base(day, _words(text, query), limit)).all(), None, False
    on_street = address_ranges.ranges_on_street(session, query)
    held = address_ranges.holding(on_street, query.house)
    if held:
        return session.execute(_base(day, Department.id.in_(held), limit)).all(), query, True
    if on_street:
        street = {dept_id for dept_id, _ in on_street}
        return session.execute(_base(day, Department.id.in_(street), limit)).all(), query, False
    # not a street with ranges: read the text as words after all
    return session.execute(_base(day, _words(text, query), limit)).all(), None, False


def find(
    ws: Workspace, text: str, day: dt.date | None = None, limit: int = MAX_RESULTS
) -> DepartmentSearch:
    """Departments for what was typed (see the module's docstring), with the colour on `day`."""
    on = day or ws.today()
    with ws.read() as session:
        found, address, held = _found(session, text, on, limit)
        rows = sorted(found, key=lambda r: (r[1], natural_key(r[3])))
        ids = [row[0] for row in rows]
        lists = list_statuses(session, ids, on) if rows else {}
        ranges = address_ranges.ranges_of(session, ids)
    result = []
    for row in rows:
        status = lists.get(row[0])
        kinds = () if status is None else tuple(sorted(status.kinds))
        (dept_id, org_no, org_name, number, name, address_text, postcode, city, area) = row[:9]
        dwellings, active, colour, flexible = row[9:]
        result.append(
            DepartmentRow(
                dept_id,
                org_no,
                org_name,
                number,
                name,
                address_text,
                postcode,
                city,
                area,
                dwellings,
                active,
                colour,
                flexible,
                kinds,
                tuple(describe(ranges.get(dept_id, ()), postcode)),
            )
        )
    return DepartmentSearch(result, address, held, limit)


def search(
    ws: Workspace, text: str, day: dt.date | None = None, limit: int = MAX_RESULTS
) -> list[DepartmentRow]:
    """The rows of `find`: departments for `text` (all departments for empty text)."""
    return find(ws, text, day, limit).rows
