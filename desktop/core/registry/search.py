"""Search as you type over departments: one field for organisation, department, address, area.

Each department keeps a casefolded `search_text` (see `search_text`). Every word typed must occur
in it as a substring; `LIKE` over lower-case text on both sides folds æ/ø/å on SQLite and
PostgreSQL alike. `ensure_search_text` fills rows written without the flush listener.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select

from db.enums import Colour, FlexibleLetting, ListKind
from db.models import Department, HousingArea, Organisation, Placement
from desktop.core.colours import list_statuses
from desktop.core.registry.numbers import natural_key
from desktop.core.registry.search_text import FOUND_BY, fold, refresh_search_text
from desktop.core.workspace import Workspace

__all__ = ["DepartmentRow", "ensure_search_text", "fold", "search", "search_query"]

MAX_RESULTS = 200


def ensure_search_text(ws: Workspace) -> int:
    """Fill the search text of departments that have none yet (cheap when all have one)."""
    with ws.read() as session:
        missing = list(
            session.scalars(select(Department.id).where(Department.search_text.is_(None)))
        )
    if not missing:
        return 0
    with ws.write() as session:
        return refresh_search_text(session, missing)


@dataclass(frozen=True)
class DepartmentRow:
    """One line of the department lookup."""

    id: int
    organisation_number: str
    organisation_name: str
    number: str
    name: str
    address: str | None
    postcode: str | None
    city: str | None
    housing_area: str | None
    dwellings: int | None
    active: bool
    colour: Colour | None  # on the day searched; None = no placement
    flexible_letting: FlexibleLetting | None
    lists: tuple[ListKind, ...]


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_query(text: str, day: dt.date, limit: int = MAX_RESULTS) -> Any:
    """The SELECT behind `search` (exposed for the benchmark's baseline)."""
    query = (
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
    )
    for word in fold(text).split():
        query = query.where(Department.search_text.like(f"%{_like_escape(word)}%", escape="\\"))
    return query.order_by(
        Organisation.number, func.length(Department.number), Department.number
    ).limit(limit)


def search(
    ws: Workspace, text: str, day: dt.date | None = None, limit: int = MAX_RESULTS
) -> list[DepartmentRow]:
    """Departments whose organisation, numbers, name, address, postcode, city or housing area
    contain every word of `text` (all departments for empty text), with the colour on `day`."""
    on = day or ws.today()
    with ws.read() as session:
        rows = sorted(
            session.execute(search_query(text, on, limit)).all(),
            key=lambda r: (r[1], natural_key(r[3])),
        )
        lists = list_statuses(session, [row[0] for row in rows], on) if rows else {}
    result = []
    for row in rows:
        status = lists.get(row[0])
        kinds = () if status is None else tuple(sorted(status.kinds))
        (dept_id, org_no, org_name, number, name, address, postcode, city, area) = row[:9]
        dwellings, active, colour, flexible = row[9:]
        result.append(
            DepartmentRow(
                dept_id,
                org_no,
                org_name,
                number,
                name,
                address,
                postcode,
                city,
                area,
                dwellings,
                active,
                colour,
                flexible,
                kinds,
            )
        )
    return result
