"""What forecasts of one day share, kept between them: the window (reading and judging a year
of dwellings costs more than one applicant's forecast) and the last estimate of the whole list
(an applicant's own forecast is the list's: the same replay). Each is used again only while
what it was made of is unchanged (`Basis`: the dwellings and their history, departments,
colours, ministry lists and settings; for the list also the applicants and the offers), and for
`KEEP_SECONDS` at most.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Applicant,
    ApplicantEvent,
    Department,
    MinistryList,
    MinistryListEntry,
    Offer,
    Placement,
    Setting,
    Vacancy,
    VacancyEvent,
)
from desktop.core import settings
from desktop.core.forecast.estimate import ListForecast
from desktop.core.forecast.settings import MONTHS
from desktop.core.forecast.window import Window, read_window

KEEP_SECONDS = 600.0
_lock = threading.Lock()
_windows: dict[tuple[str, dt.date, int], tuple[float, Any, Window]] = {}
_lists: dict[tuple[str, dt.date], tuple[float, Basis, ListForecast]] = {}


class Basis(NamedTuple):
    """What a forecast is made of, in short."""

    dwellings: Any  # the dwellings' count, last change and history; offers; small tables
    people: Any  # the applicants' and the offers' count, last change and status history


def _aggregate(session: Session, model: Any) -> tuple[Any, ...]:
    return tuple(
        session.execute(
            select(func.count(model.id), func.max(model.updated_at), func.sum(model.version))
        ).one()
    )


def basis(session: Session) -> Basis:
    small = tuple(
        repr(session.execute(select(table).order_by(table.c.id)).all())
        for table in (
            Department.__table__,
            Placement.__table__,
            MinistryList.__table__,
            MinistryListEntry.__table__,
            Setting.__table__,
        )
    )
    offers = _aggregate(session, Offer)  # the open ones, and the share declined
    dwellings = (
        _aggregate(session, Vacancy),
        session.scalar(select(func.max(Vacancy.id))),
        session.scalar(select(func.max(VacancyEvent.id))),
        offers,
        small,
    )
    people = (
        _aggregate(session, Applicant),
        offers,
        session.scalar(select(func.max(ApplicantEvent.id))),
    )
    return Basis(dwellings, people)


def _database(session: Session) -> str:
    return str(session.get_bind().engine.url)


def window(session: Session, day: dt.date, made_of: Basis) -> Window:
    """The window of `day` (the setting's months), kept while `made_of` holds."""
    months = settings.get(session, MONTHS, day)
    key = (_database(session), day, months)
    with _lock:
        found = _windows.get(key)
    if (
        found is not None
        and found[1] == made_of.dwellings
        and time.monotonic() - found[0] < KEEP_SECONDS
    ):
        return found[2]
    fresh = read_window(session, day, months)
    with _lock:
        _windows.clear()  # one is enough: the day's
        _windows[key] = (time.monotonic(), made_of.dwellings, fresh)
    return fresh


def remember_list(session: Session, made_of: Basis, found: ListForecast) -> None:
    with _lock:
        _lists.clear()
        _lists[(_database(session), found.day)] = (time.monotonic(), made_of, found)


def remembered_list(session: Session, day: dt.date, made_of: Basis) -> ListForecast | None:
    """The list's estimate of `day`, if it was made of what the database holds now."""
    with _lock:
        found = _lists.get((_database(session), day))
    if found is None or found[1] != made_of or time.monotonic() - found[0] >= KEEP_SECONDS:
        return None
    return found[2]


def forget() -> None:
    """Keep nothing (a test that compares a fresh forecast with the kept one)."""
    with _lock:
        _windows.clear()
        _lists.clear()
