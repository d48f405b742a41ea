"""The forecast's window: the dwellings reported in the last N months (the setting
`forecast_months`) that the desk could use, each judged on the forecast's day.

A dwelling counts when the desk accepted it (accepted, offered, let or given back unused); one
returned at intake never reached the list, and one still undecided may yet be returned. When the
database holds less history than N months (a desk that started recently), the window begins the
day before the first dwelling it knows of, so that the dwellings a month are not underestimated.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import OfferStatus, VacancyStatus
from db.models import Department, Offer, Vacancy
from desktop.core import settings
from desktop.core.colours import ColourStatus, colour_statuses
from desktop.core.forecast.settings import MONTHS
from desktop.core.forecast.verdicts import RuleVerdicts
from desktop.core.matching import load, rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import add_months
from desktop.core.matching.rules import Rule

_ANSWERED = (OfferStatus.ACCEPTED, OfferStatus.DECLINED, OfferStatus.EXPIRED)
USABLE = (
    VacancyStatus.ACCEPTED,
    VacancyStatus.OFFERED,
    VacancyStatus.LET,
    VacancyStatus.GIVEN_BACK,
)
MIN_DAYS = 28  # less history than four weeks says nothing about the dwellings a year


class Dwelling(NamedTuple):
    """One dwelling of the window."""

    vacancy_id: int
    offset: int  # days from the window's start to the day it was reported (1 .. length)
    department_id: int  # the department as the rules know it (NO_DEPARTMENT: a landlord's)


@dataclass(frozen=True)
class Window:
    """The window's dwellings in the order they were reported, with their contexts on `day`."""

    day: dt.date
    start: dt.date  # the day before the first day of the window
    months: int
    dwellings: tuple[Dwelling, ...]
    contexts: tuple[VacancyContext, ...] = field(repr=False)
    declined: float = 0.0  # the share of the window's answered offers that were declined

    @property
    def length(self) -> int:
        """The window's days."""
        return (self.day - self.start).days

    @property
    def first_day(self) -> dt.date:
        return self.start + dt.timedelta(days=1)

    @cached_property
    def applicable(self) -> tuple[tuple[Rule, ...], ...]:
        """The rules that can exclude anyone from each dwelling (asked once per window).
        Dwellings with the same rules share one tuple: a year has a few kinds, not thousands,
        and a forecast made of fewer objects spends less in Python's garbage collector."""
        kinds: dict[tuple[str, ...], tuple[Rule, ...]] = {}
        found = []
        for ctx in self.contexts:
            applicable = rules.applicable(ctx)
            key = tuple(rule.code for rule in applicable)  # (a rule's code names it)
            shared = kinds.get(key)
            if shared is None:
                shared = kinds[key] = tuple(applicable)
            found.append(shared)
        return tuple(found)

    @cached_property
    def verdicts(self) -> dict[str, RuleVerdicts]:
        """Each rule's verdicts on this window's dwellings, kept for every forecast made with
        it (a verdict kept under the values a rule read holds for any dwelling and applicant,
        so markets of different queues share them)."""
        return {rule.code: RuleVerdicts(rule) for rule in rules.RULES}

    def context_keys(self, verdicts: RuleVerdicts) -> list[tuple[Any, ...]]:
        """Each dwelling's values of what the rule has read of a dwelling (`verdicts`'s
        context key), made once per window and set of names."""
        kept = self._keys.setdefault((verdicts.rule.code, verdicts.context_names), {})
        if len(kept) < len(self.contexts):
            for i, ctx in enumerate(self.contexts):
                if i not in kept:
                    kept[i] = verdicts.context_key(ctx)
        return [kept[i] for i in range(len(self.contexts))]

    def context_key(self, verdicts: RuleVerdicts, i: int) -> tuple[Any, ...]:
        """`context_keys` of one dwelling (made when first asked for)."""
        kept = self._keys.setdefault((verdicts.rule.code, verdicts.context_names), {})
        found = kept.get(i)
        if found is None:
            found = verdicts.context_key(self.contexts[i])
            kept[i] = found
        return found

    @cached_property
    def _keys(self) -> dict[tuple[str, tuple[str, ...]], dict[int, tuple[Any, ...]]]:
        return {}

    @property
    def too_short(self) -> bool:
        """Too little history to say anything."""
        return self.length < MIN_DAYS


class _Unrecorded(ColourStatus):
    """A department's colour status without the record a decision stores (`snapshot`): the
    forecast decides nothing, and making the record for each of the window's dwellings would
    cost more than judging them."""

    @classmethod
    def of(cls, status: ColourStatus) -> _Unrecorded:
        return cls(**{f.name: getattr(status, f.name) for f in dataclasses.fields(status)})

    def snapshot(self) -> dict[str, Any]:
        return {}


def window_start(session: Session, day: dt.date, months: int) -> dt.date:
    """The day before the window's first day: N months back, or the day before the first
    dwelling the database knows of when that is later."""
    start = add_months(day, -months)
    first: dt.date | None = session.scalar(select(func.min(Vacancy.reported_on)))
    if first is not None and first - dt.timedelta(days=1) > start:
        return min(day, first - dt.timedelta(days=1))
    return start


class _Department(NamedTuple):
    """What a dwelling's context reads of its department."""

    id: int
    postcode: str | None
    city: str | None
    suitable_for_young: bool


_DWELLING_COLUMNS = (
    Vacancy.id,
    Vacancy.reported_on,
    Vacancy.department_id,
    Vacancy.landlord_id,
    Vacancy.dwelling_type,
    Vacancy.rooms,
    Vacancy.rent,
    Vacancy.aconto_heating,
    Vacancy.aconto_water,
    Vacancy.aconto_other,
    Vacancy.floor,
    Vacancy.elevator,
    Vacancy.pets_allowed,
    Vacancy.wheelchair_accessible,
    Vacancy.step_free,
    Vacancy.scheme,
    Vacancy.postcode,
    Vacancy.city,
)


class _Read:
    """A dwelling as `load.context_of` reads it, from a plain select of the columns it reads:
    a year of dwellings is read as rows, not as the full records with their history."""

    __slots__ = ("department", *(c.key for c in _DWELLING_COLUMNS))

    monthly_total = Vacancy.monthly_total  # the record's own sum of the rent and a contos

    def __init__(self, row: Any, department: _Department | None) -> None:
        for column, value in zip(_DWELLING_COLUMNS, row, strict=False):
            setattr(self, column.key, value)
        self.department = department


def _read_dwellings(session: Session, start: dt.date, day: dt.date) -> list[Vacancy]:
    """The window's usable dwellings in the order they were reported, as `load.context_of`
    reads them."""
    query = (
        select(
            *_DWELLING_COLUMNS,
            Department.postcode,
            Department.city,
            Department.suitable_for_young,
        )
        .outerjoin(Department, Department.id == Vacancy.department_id)
        .where(
            Vacancy.reported_on > start,
            Vacancy.reported_on <= day,
            Vacancy.status.in_(USABLE),
        )
        .order_by(Vacancy.reported_on, Vacancy.id)
    )
    # (on the session's connection: plain rows, without the ORM's loading of each; Any: the
    # department's columns follow)
    rows: Sequence[Any] = session.connection().execute(query).all()
    width = len(_DWELLING_COLUMNS)
    departments: dict[int, _Department] = {}
    found = []
    for row in rows:
        department = None
        if row.department_id is not None:
            department = departments.get(row.department_id)
            if department is None:
                department = departments[row.department_id] = _Department(
                    row.department_id, row[width], row[width + 1], bool(row[width + 2])
                )
        found.append(_Read(row, department))
    return cast(list[Vacancy], found)


def read_window(session: Session, day: dt.date, months: int | None = None) -> Window:
    """The window of `day` (the setting's months unless `months`), judged on `day`."""
    months = months or settings.get(session, MONTHS, day)
    start = window_start(session, day, months)
    vacancies = _read_dwellings(session, start, day)
    common = load.common_on(session, day)
    colours = {
        department: _Unrecorded.of(status)
        for department, status in colour_statuses(
            session, load.departments_of(vacancies), day
        ).items()
    }
    contexts = tuple(
        load.context_of(session, v, day, common=common, colour=colours.get(load.ctx_department(v)))
        for v in vacancies
    )
    dwellings = tuple(
        Dwelling(v.id, (v.reported_on - start).days, load.ctx_department(v)) for v in vacancies
    )
    return Window(day, start, months, dwellings, contexts, declined_share(session, start, day))


def declined_share(session: Session, start: dt.date, day: dt.date) -> float:
    """Of the offers sent in the window and answered (accepted, declined or left unanswered
    until they expired), the share not accepted."""
    counts = dict(
        session.execute(
            select(Offer.status, func.count(Offer.id))
            .where(Offer.sent_on > start, Offer.sent_on <= day, Offer.status.in_(_ANSWERED))
            .group_by(Offer.status)
        ).all()
    )
    answered = sum(counts.values())
    refused = counts.get(OfferStatus.DECLINED, 0) + counts.get(OfferStatus.EXPIRED, 0)
    return refused / answered if answered else 0.0
