"""The derived search and sort columns of each applicant, made again on every flush that changes
what they are made of.

`search_text` holds what the list's search field finds: the name, the birth-date part of the CPR
number (DDMMYY; the full number is found only by a logged CPR search), the phone digits and the
caseworker's name, folded so that case and foreign accents do not matter ("Nguyễn" is found by
"nguyen"), while æ, ø and å stay letters of their own. `sort_name` and `caseworker_sort` sort in
Danish order (… x y z æ ø å) by plain binary comparison, so an index serves every sort.

Imported by the package `desktop.core.applicants`: the flush listener is active wherever core
code that touches applicants runs. `refresh_search_fields` fills rows written without it (the
demo generator, bulk inserts).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Table, bindparam, event, inspect, select, update
from sqlalchemy.orm import Session

from db.engine import AnvisSession
from db.models import Applicant, Caseworker

_DANISH = "æøå"
_SORT_DANISH = {"æ": "{", "ø": "|", "å": "}"}  # the three characters right after "z" in ASCII
_TRANSLIT = {"ł": "l", "đ": "d", "ð": "d", "ı": "i", "þ": "th", "œ": "oe", "ŀ": "l"}
ANONYMISED_SORT = "~"  # anonymised records sort after every name


def fold(text: str | None) -> str:
    """Casefolded, foreign accents removed (æ/ø/å kept), single spaces."""
    if not text:
        return ""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text).casefold():
        if char in _DANISH:
            out.append(char)
            continue
        decomposed = unicodedata.normalize("NFKD", _TRANSLIT.get(char, char))
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return " ".join("".join(out).split())


def sort_key(text: str | None) -> str:
    """A key that sorts names in Danish order by binary comparison ("Åse" after "Ørum")."""
    return "".join(_SORT_DANISH.get(c, c) for c in fold(text))[:200]


def digits(text: str | None) -> str:
    return "".join(c for c in (text or "") if c.isdigit())


def search_text_of(
    name: str | None, cpr: str | None, phone: str | None, caseworker: str | None
) -> str:
    parts = [fold(name), digits(cpr)[:6], digits(phone), fold(caseworker)]
    return " | ".join(p for p in parts if p)[:600]


def fields_of(
    name: str | None,
    cpr: str | None,
    phone: str | None,
    caseworker: str | None,
    anonymised: bool = False,
) -> dict[str, str | None]:
    """The derived column values for one applicant (for bulk inserts)."""
    if anonymised:
        return {"search_text": None, "sort_name": ANONYMISED_SORT, "caseworker_sort": ""}
    return {
        "search_text": search_text_of(name, cpr, phone, caseworker),
        "sort_name": sort_key(name),
        "caseworker_sort": sort_key(caseworker),
    }


def _caseworker_name(session: Session, applicant: Applicant) -> str | None:
    worker = applicant.caseworker
    if worker is None and applicant.caseworker_id is not None:
        worker = session.get(Caseworker, applicant.caseworker_id)
    return None if worker is None else worker.name


def _apply(session: Session, applicant: Applicant) -> None:
    values = fields_of(
        applicant.name,
        applicant.cpr,
        applicant.phone,
        _caseworker_name(session, applicant),
        anonymised=applicant.anonymised_at is not None,
    )
    for key, value in values.items():
        if getattr(applicant, key) != value:
            setattr(applicant, key, value)


_RENAMED = "applicants.renamed_caseworkers"


# What the derived columns are made of: a changed applicant whose change is elsewhere (a status,
# a version) keeps them, and its caseworker is not read to make them again.
_SOURCES = ("name", "cpr", "phone", "caseworker_id", "caseworker", "anonymised_at")


def _sources_changed(applicant: Applicant) -> bool:
    attrs = inspect(applicant).attrs
    return any(attrs[key].history.has_changes() for key in _SOURCES)


@event.listens_for(AnvisSession, "before_flush")
def _keep_search_fields(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.new:
        if isinstance(obj, Applicant):
            _apply(session, obj)
    for obj in session.dirty:
        if isinstance(obj, Applicant):
            if _sources_changed(obj):
                _apply(session, obj)
        elif (
            isinstance(obj, Caseworker)
            and obj.id is not None
            and inspect(obj).attrs.name.history.has_changes()
        ):
            session.info.setdefault(_RENAMED, set()).add(obj.id)


@event.listens_for(AnvisSession, "after_flush")
def _follow_renamed_caseworkers(session: Session, flush_context: Any) -> None:
    renamed = session.info.pop(_RENAMED, None)
    if renamed:  # the new name is in the database now: recompute their applicants
        refresh_search_fields(session, caseworker_ids=sorted(renamed))


def refresh_search_fields(
    session: Session,
    applicant_ids: Iterable[int] | None = None,
    *,
    caseworker_ids: Iterable[int] | None = None,
) -> int:
    """Recompute the derived columns of some applicants (all if no ids); returns the changes."""
    query = select(
        Applicant.id,
        Applicant.name,
        Applicant.cpr,
        Applicant.phone,
        Caseworker.name,
        Applicant.anonymised_at,
        Applicant.search_text,
        Applicant.sort_name,
        Applicant.caseworker_sort,
    ).outerjoin(Caseworker, Applicant.caseworker_id == Caseworker.id)
    if applicant_ids is not None:
        query = query.where(Applicant.id.in_(list(applicant_ids)))
    if caseworker_ids is not None:
        query = query.where(Applicant.caseworker_id.in_(list(caseworker_ids)))
    changes: list[dict[str, Any]] = []
    for row in session.execute(query):
        values = fields_of(row[1], row[2], row[3], row[4], anonymised=row[5] is not None)
        if (values["search_text"], values["sort_name"], values["caseworker_sort"]) != tuple(
            row[6:9]
        ):
            changes.append({"b_id": row[0], **values})
    table = cast(Table, Applicant.__table__)
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            search_text=bindparam("search_text"),
            sort_name=bindparam("sort_name"),
            caseworker_sort=bindparam("caseworker_sort"),
        )
    )
    for start in range(0, len(changes), 5000):
        session.connection().execute(statement, changes[start : start + 5000])
    return len(changes)


def missing_search_fields(session: Session) -> list[int]:
    """Applicants written without the flush listener (their sort key is NULL; indexed)."""
    return list(session.scalars(select(Applicant.id).where(Applicant.sort_name.is_(None))))
