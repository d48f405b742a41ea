"""The list page's queries: search as you type, filters and sort, one page at a time, in SQL.

`ApplicantList(ws, query)` gives `count()` and `fetch(offset, limit)` for the paged table model.
Every word typed must occur in the applicant's `search_text` (name, birth-date part of the CPR
number, phone digits, caseworker). On SQLite words of three or more characters are looked up in
the FTS5 trigram index; shorter ones are compared with `instr`, which is as fast as a scan gets.
On PostgreSQL each word is a `LIKE '%word%'` that the pg_trgm index serves.

SQLite's planner cannot know how many rows a search matches, so the list decides how to read a
page from the count it has just made: when the matches are common, walking the sort order's
index finds a page after a few hundred rows; when they are rare, the matches are collected first
and only they are sorted. The full CPR number is never searched here (see `access.find_by_cpr`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Table,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from db.enums import ApplicantStatus, Urgency
from db.models import Applicant, Caseworker
from desktop.core import cpr
from desktop.core.applicants.search_text import (
    digits,
    fold,
    missing_search_fields,
    refresh_search_fields,
)
from desktop.core.applicants.views import ApplicantListRow
from desktop.core.workspace import Workspace

WALK_LIMIT = 30_000  # rows worth walking in index order before collecting and sorting instead
FTS_LOOKUP_LIMIT = 3_000  # FTS matches above which a filtered count scans the covering index
ID_CACHE = 5_000  # a short-word search with at most this many matches keeps their ids
_FTS = table("applicant_fts", column("rowid"))
_DIGITS_ONLY = re.compile(r"^[\d\s+\-]+$")
_CPR_PREFIX = re.compile(r"^(\d{6})-?\d{0,4}$")


class SortKey(StrEnum):
    NAME = "name"
    CPR = "cpr"  # by birth date: the CPR number is shown masked, DDMMYY-XXXX
    PHONE = "phone"
    TARGET_GROUP = "target_group"
    CASEWORKER = "caseworker"
    STATUS = "status"
    URGENCY = "urgency"
    REGISTERED = "registered_on"
    MAX_RENT = "max_rent"
    ROOMS = "rooms"
    FORECAST = "forecast"  # the estimated wait: an order given by the caller (`WaitOrder`)


class WaitOrder:
    """Applicant number -> sort key of the estimated wait (desktop.core.forecast), worked out
    in the background; those without one come last either way. Two orders are the same only if
    they are one object (comparing 100,000 keys each time the list is asked would cost)."""

    def __init__(self, places: Mapping[int, int]) -> None:
        self.places = places


_SORT: dict[SortKey, tuple[Any, str, bool]] = {
    # column, its index, whether PostgreSQL must compare it in the "C" collation
    SortKey.NAME: (Applicant.sort_name, "ix_applicant_sort_name", True),
    SortKey.CPR: (Applicant.birth_date, "ix_applicant_birth_date", False),
    SortKey.PHONE: (Applicant.phone, "ix_applicant_phone", False),
    SortKey.TARGET_GROUP: (Applicant.target_group, "ix_applicant_target_group", False),
    SortKey.CASEWORKER: (Applicant.caseworker_sort, "ix_applicant_caseworker_sort", True),
    SortKey.STATUS: (Applicant.status, "ix_applicant_status", False),
    SortKey.URGENCY: (Applicant.urgency, "ix_applicant_urgency", False),
    SortKey.REGISTERED: (Applicant.registered_on, "ix_applicant_registered_on", False),
    SortKey.MAX_RENT: (Applicant.max_rent, "ix_applicant_max_rent", False),
    SortKey.ROOMS: (Applicant.rooms_min, "ix_applicant_rooms_min", False),
}


@dataclass(frozen=True)
class ApplicantQuery:
    text: str = ""
    statuses: frozenset[ApplicantStatus] = frozenset()
    target_groups: frozenset[str] = frozenset()
    urgencies: frozenset[Urgency] = frozenset()
    caseworker_id: int | None = None
    only_ids: tuple[int, ...] | None = None  # the result of a logged CPR search
    sort: SortKey = SortKey.NAME
    descending: bool = False
    waits: WaitOrder | None = None  # the order of SortKey.FORECAST


def search_terms(text: str) -> list[str]:
    """The words to look for, folded like `search_text`.

    A number typed with spaces ("20 12 34 56") is one word; a CPR number (or its beginning
    "DDMMYY-NN") counts only with its birth-date part: the whole number is searched only through
    the logged CPR search."""
    stripped = text.strip()
    if not stripped:
        return []
    prefix = _CPR_PREFIX.match(stripped.replace(" ", ""))
    if prefix and ("-" in stripped or cpr.is_valid(stripped)):
        return [prefix.group(1)]
    if _DIGITS_ONLY.match(stripped):
        return [digits(stripped)] if digits(stripped) else []
    return fold(text).split()


def search_conditions(text: str) -> list[ColumnElement[bool]]:
    """The search `text` as conditions any database runs: every word in the applicant's search
    text (what the list asks off SQLite; on SQLite it has its full-text index)."""
    return _contains(search_terms(text))


def _contains(terms: Sequence[str]) -> list[ColumnElement[bool]]:
    return [Applicant.search_text.like(_like(t), escape="\\") for t in terms]


def _fts_match(terms: Sequence[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ApplicantList:
    """One query's rows for the paged table model."""

    def __init__(self, ws: Workspace, query: ApplicantQuery) -> None:
        self.ws = ws
        self.query = query
        self.terms = search_terms(query.text)
        self._count: int | None = None
        self._total: int | None = None
        self._ids: list[int] | None = None
        self._ids_by_wait: list[int] | None = None

    # --- conditions -----------------------------------------------------------------------
    #
    # SQLite is steered without hints (SQLAlchemy renders none for it): a column wrapped in
    # `coalesce(x, x)` cannot use an index, so the planner takes the path that is left.

    def _filters(self, plain: bool = False) -> list[ColumnElement[bool]]:
        """The filter conditions; `plain` keeps SQLite from using their indexes."""
        q = self.query

        def col(c: Any) -> Any:
            return func.coalesce(c, c) if plain else c

        conditions: list[ColumnElement[bool]] = []
        if q.statuses:
            conditions.append(col(Applicant.status).in_(sorted(q.statuses)))
        if q.target_groups:
            conditions.append(col(Applicant.target_group).in_(sorted(q.target_groups)))
        if q.urgencies:
            conditions.append(col(Applicant.urgency).in_(sorted(q.urgencies)))
        if q.caseworker_id is not None:
            conditions.append(col(Applicant.caseworker_id) == q.caseworker_id)
        if q.only_ids is not None:
            conditions.append(col(Applicant.id).in_(q.only_ids))
        return conditions

    def _long(self) -> list[str]:
        return [t for t in self.terms if len(t) >= 3]

    def _short(self) -> list[str]:
        return [t for t in self.terms if len(t) < 3]

    def _fts_ids(self) -> Select[Any]:
        return select(_FTS.c.rowid).where(
            literal_column("applicant_fts").op("MATCH")(_fts_match(self._long()))
        )

    def _instr(self, terms: Sequence[str]) -> list[ColumnElement[bool]]:
        return [func.instr(Applicant.search_text, t) > 0 for t in terms]

    def _text_conditions(self, session: Session, walk: bool) -> list[ColumnElement[bool]]:
        """The search as conditions. SQLite: `walk` checks each row met in the sort order's
        index; otherwise the matching ids are gathered first (FTS, or one pass over the
        covering index for short words) and the rows are read by id."""
        if not self.terms:
            return []
        if not _is_sqlite(session):
            return _contains(self.terms)
        conditions: list[ColumnElement[bool]] = []
        if self._long():
            key = func.coalesce(Applicant.id, Applicant.id) if walk else Applicant.id
            conditions.append(key.in_(self._fts_ids()))
        if self._short():
            if walk or self._long():  # each row met, or the few FTS matches: check them
                conditions.extend(self._instr(self._short()))
            elif self._ids is not None:  # found by the count already
                conditions.append(Applicant.id.in_(self._ids))
            else:
                inner = cast(Table, Applicant.__table__).alias("matching")
                conditions.append(
                    Applicant.id.in_(
                        select(inner.c.id).where(
                            *[func.instr(inner.c.search_text, t) > 0 for t in self._short()]
                        )
                    )
                )
        return conditions

    # --- count ----------------------------------------------------------------------------

    def count(self) -> int:
        with self.ws.read() as session:
            self._count = self._count_in(session)
            return self._count

    def _count_in(self, session: Session) -> int:
        base = select(func.count()).select_from(Applicant)
        if not self.terms or not _is_sqlite(session):
            where = self._filters() + self._text_conditions(session, walk=False)
            return int(session.scalar(base.where(*where)) or 0)
        plain = self._filters(plain=True)
        if self._long():
            fts_count = int(
                session.scalar(select(func.count()).select_from(self._fts_ids().subquery())) or 0
            )
            if not plain and not self._short():
                return fts_count
            if fts_count <= FTS_LOOKUP_LIMIT:  # look the few matches up by id
                where = [Applicant.id.in_(self._fts_ids()), *plain, *self._instr(self._short())]
                return int(session.scalar(base.where(*where)) or 0)
        # Short words, or common words with filters: one pass over the covering index (it
        # holds the search text and every filter column; migration 0004). Short words alone:
        # keep the ids when they are few, so that reading the page needs no second pass.
        where = [*plain, *self._instr(self.terms)]
        if not self._long():
            ids = list(session.scalars(select(Applicant.id).where(*where).limit(ID_CACHE + 1)))
            if len(ids) <= ID_CACHE:
                self._ids = ids
                return len(ids)
        return int(session.scalar(base.where(*where)) or 0)

    # --- fetch ----------------------------------------------------------------------------

    def _total_in(self, session: Session) -> int:
        if self._total is None:
            self._total = int(session.scalar(select(func.count()).select_from(Applicant)) or 0)
        return self._total

    def _walk(self, session: Session, offset: int, limit: int) -> bool:
        """Whether to read the page by walking the sort order's index (SQLite): when matches
        are common enough that a page is found after a few thousand rows."""
        if not self.terms and not self._filters():
            return True
        matches = self._count if self._count is not None else self._count_in(session)
        self._count = matches
        total = self._total_in(session)
        if not matches or matches * 20 < total:  # rarer than 1 in 20: collect and sort them
            return False
        return (offset + limit) * total <= WALK_LIMIT * matches

    def page_ids(self, session: Session, offset: int, limit: int) -> list[int]:
        """The ids of one page in the query's order (the index-only first step of `fetch`)."""
        if self.query.sort == SortKey.FORECAST:
            return self._by_wait(session)[max(0, offset) : max(0, offset) + max(0, limit)]
        sqlite = _is_sqlite(session)
        sort_column, _index, c_collation = _SORT[self.query.sort]
        walk = sqlite and self._walk(session, offset, limit)
        conditions = self._filters(plain=walk) + self._text_conditions(session, walk=walk)
        if sqlite:  # collecting: sort the few matches instead of walking the index
            key = sort_column if walk else func.coalesce(sort_column, sort_column)
        else:
            key = sort_column.collate("C") if c_collation else sort_column
        if self.query.descending:
            first = key.desc() if sqlite else key.desc().nulls_last()
            order = [first, Applicant.id.desc()]
        else:  # empty values first ascending, last descending: SQLite's order, also on PostgreSQL
            order = [key if sqlite else key.asc().nulls_first(), Applicant.id]
        statement = (
            select(Applicant.id)
            .where(*conditions)
            .order_by(*order)
            .offset(max(0, offset))
            .limit(max(0, limit))
        )
        return list(session.scalars(statement))

    def _by_wait(self, session: Session) -> list[int]:
        """Every match in the order of the estimated waits (shortest first; without one last,
        by number), sorted in Python once per query: the order is not in the database."""
        if self._ids_by_wait is None:
            conditions = self._filters() + self._text_conditions(session, walk=False)
            ids = list(session.scalars(select(Applicant.id).where(*conditions)))
            places = self.query.waits.places if self.query.waits is not None else {}
            known = sorted(
                (i for i in ids if i in places),
                key=lambda i: (places[i], i),
                reverse=self.query.descending,
            )
            self._ids_by_wait = known + sorted(i for i in ids if i not in places)
        return self._ids_by_wait

    def fetch(self, offset: int, limit: int) -> list[ApplicantListRow]:
        with self.ws.read() as session:
            ids = self.page_ids(session, offset, limit)
            if not ids:
                return []
            rows = {
                row.id: row
                for row in session.execute(
                    select(*(column.label(name) for name, column in _LIST_COLUMNS.items()))
                    .outerjoin(Caseworker, Applicant.caseworker_id == Caseworker.id)
                    .where(Applicant.id.in_(ids))
                )
            }
            return [_list_row(rows[i]) for i in ids if i in rows]


# What each field of `ApplicantListRow` is read from (`_list_row` masks the CPR number and makes
# the anonymisation's date a yes/no).
_LIST_COLUMNS: dict[str, Any] = {
    "id": Applicant.id,
    "name": Applicant.name,
    "cpr_masked": Applicant.cpr,
    "birth_date": Applicant.birth_date,
    "phone": Applicant.phone,
    "target_group": Applicant.target_group,
    "caseworker": Caseworker.name,
    "status": Applicant.status,
    "paused_until": Applicant.paused_until,
    "urgency": Applicant.urgency,
    "registered_on": Applicant.registered_on,
    "max_rent": Applicant.max_rent,
    "rooms_min": Applicant.rooms_min,
    "rooms_max": Applicant.rooms_max,
    "anonymised": Applicant.anonymised_at,
}


def _list_row(row: Any) -> ApplicantListRow:
    values = row._asdict()
    values["cpr_masked"] = cpr.masked(values["cpr_masked"])
    values["anonymised"] = values["anonymised"] is not None
    return ApplicantListRow(**values)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def ensure_search_fields(ws: Workspace) -> int:
    """Fill the search and sort columns of applicants written without the flush listener (the
    demo generator, bulk inserts by other tools); cheap when there are none."""
    with ws.read() as session:
        missing = missing_search_fields(session)
    if not missing:
        return 0
    with ws.write() as session:
        return refresh_search_fields(session, missing)
