"""The colour lookup (trappetrinsmodel): what a department's placement, the ministry lists and
the colour policy say on a given day.

Everything here reads; writing placements is `desktop.core.registry.placements`. Other areas
(intake, matching) call `colour_status(...)` and store its `snapshot()` with each decision, so a
decision keeps the colour, lists and rules it was made under after placements or the policy
change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db.enums import Colour, FlexibleLetting, ListKind, PlacementSource
from db.models import Department, MinistryList, MinistryListEntry, Placement, Setting
from desktop.core import settings
from desktop.core.registry.departments import (
    DepartmentRef,
    closest_departments,
    department_ref,
    find_department,
    find_organisation,
)
from desktop.core.settings import COLOUR_POLICY, ColourPolicy, ColourRule

__all__ = [
    "COLOUR_POLICY",
    "Colour",
    "ColourPolicy",
    "ColourRule",
    "ColourStatus",
    "DepartmentRef",
    "FlexibleLetting",
    "ListKind",
    "ListStatus",
    "PlacementView",
    "PolicyVersion",
    "closest_departments",
    "colour_status",
    "colour_statuses",
    "department_ref",
    "find_department",
    "find_organisation",
    "list_status_on",
    "list_statuses",
    "lists_on",
    "placement_on",
    "placements_on",
    "policy_on",
    "recoloured",
]

SNAPSHOT_VERSION = 1


@dataclass(frozen=True)
class PlacementView:
    """A department's placement (indplacering) for a period; `valid_to` inclusive, None = open."""

    id: int
    department_id: int
    colour: Colour
    flexible_letting: FlexibleLetting
    valid_from: dt.date
    valid_to: dt.date | None
    source: PlacementSource
    reason: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @classmethod
    def of(cls, row: Placement) -> PlacementView:
        return cls(
            row.id,
            row.department_id,
            row.colour,
            row.flexible_letting,
            row.valid_from,
            row.valid_to,
            row.source,
            row.reason,
        )


def _in_force(day: dt.date) -> Any:
    return and_(
        Placement.valid_from <= day,
        or_(Placement.valid_to.is_(None), Placement.valid_to >= day),
    )


def placement_on(session: Session, department_id: int, day: dt.date) -> PlacementView | None:
    """The placement in force on `day` (one query), or None if the department has none then."""
    row = session.scalars(
        select(Placement)
        .where(Placement.department_id == department_id, _in_force(day))
        .order_by(Placement.valid_from.desc())
        .limit(1)
    ).first()
    found = None if row is None else PlacementView.of(row)
    return _recolour(_recolouring(session), department_id, day, found)


def placements_on(
    session: Session, department_ids: Iterable[int] | None, day: dt.date
) -> dict[int, PlacementView]:
    """The placements in force on `day` of many departments (all if `department_ids` is None)."""
    query = select(Placement).where(_in_force(day))
    ids = None
    if department_ids is not None:
        ids = list(set(department_ids))
        if not ids:
            return {}
        query = query.where(Placement.department_id.in_(ids))
    found = {row.department_id: PlacementView.of(row) for row in session.scalars(query)}
    colours = _recolouring(session)
    if colours:
        for dept_id in colours if ids is None else set(ids) & colours.keys():
            view = _recolour(colours, dept_id, day, found.get(dept_id))
            if view is not None:
                found[dept_id] = view
    return found


# --- a what-if's colours -------------------------------------------------------------------------

_RECOLOURED = "colours_recoloured"  # session.info: department id -> the colour a what-if gives


@contextmanager
def recoloured(session: Session, colours: Mapping[int, Colour]) -> Iterator[None]:
    """Within the block, the departments in `colours` have that colour on every day in
    `session` (a what-if; their flexible letting stays, a department without a placement gets
    one with none), so every rule that reads placements sees it."""
    session.info[_RECOLOURED] = dict(colours)
    try:
        yield
    finally:
        session.info.pop(_RECOLOURED, None)


def _recolouring(session: Session) -> Mapping[int, Colour]:
    found: Mapping[int, Colour] = session.info.get(_RECOLOURED, {})
    return found


def _recolour(
    colours: Mapping[int, Colour], department_id: int, day: dt.date, view: PlacementView | None
) -> PlacementView | None:
    colour = colours.get(department_id)
    if colour is None:
        return view
    if view is None:
        return PlacementView(
            0, department_id, colour, FlexibleLetting.NONE, day, day, PlacementSource.MANUAL
        )
    return replace(view, colour=colour)


# --- ministry lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ListStatus:
    """The ministry lists a department is on, from the publication in force on a day."""

    kinds: frozenset[ListKind]
    list_date: dt.date | None  # the publication's date; None if none was in force

    @property
    def disadvantaged(self) -> bool:
        """On a list that counts as udsat boligområde (ABL § 61 a): the § 59 stk. 6 blocks."""
        return any(kind.counts_as_disadvantaged for kind in self.kinds)

    @property
    def prevention(self) -> bool:
        """A forebyggelsesområde: the § 59 stk. 7 blocks."""
        return ListKind.PREVENTION in self.kinds


_NO_LISTS = frozenset[ListKind]()


def _publication_on(day: dt.date) -> Any:
    """The date of the newest publication on or before `day` (a scalar subquery)."""
    return (
        select(func.max(MinistryList.list_date))
        .where(MinistryList.list_date <= day)
        .scalar_subquery()
    )


def list_status_on(session: Session, department_id: int, day: dt.date) -> ListStatus:
    """The lists of the newest publication on or before `day` that name the department or its
    housing area (one query)."""
    area = select(Department.housing_area_id).where(Department.id == department_id)
    rows = session.execute(
        select(MinistryList.list_date, MinistryListEntry.kind)
        .select_from(MinistryList)
        .outerjoin(
            MinistryListEntry,
            and_(
                MinistryListEntry.list_id == MinistryList.id,
                or_(
                    MinistryListEntry.department_id == department_id,
                    MinistryListEntry.housing_area_id == area.scalar_subquery(),
                ),
            ),
        )
        .where(MinistryList.list_date == _publication_on(day))
    ).all()
    if not rows:
        return ListStatus(_NO_LISTS, None)
    kinds = frozenset(kind for _, kind in rows if kind is not None)
    return ListStatus(kinds, rows[0][0])


def lists_on(session: Session, department_id: int, day: dt.date) -> frozenset[ListKind]:
    """The ministry lists the department is on (directly or through its housing area) in the
    newest publication on or before `day`."""
    return list_status_on(session, department_id, day).kinds


def list_statuses(
    session: Session, department_ids: Iterable[int] | None, day: dt.date
) -> dict[int, ListStatus]:
    """`list_status_on` for many departments (all if None) in two queries."""
    list_row = session.execute(
        select(MinistryList.id, MinistryList.list_date).where(
            MinistryList.list_date == _publication_on(day)
        )
    ).first()
    dept_query = select(Department.id, Department.housing_area_id)
    if department_ids is not None:
        ids = list(set(department_ids))
        if not ids:
            return {}
        dept_query = dept_query.where(Department.id.in_(ids))
    departments = session.execute(dept_query).all()
    if list_row is None:
        return {dept_id: ListStatus(_NO_LISTS, None) for dept_id, _ in departments}
    by_department: dict[int, set[ListKind]] = {}
    by_area: dict[int, set[ListKind]] = {}
    for kind, dept_id, area_id in session.execute(
        select(
            MinistryListEntry.kind,
            MinistryListEntry.department_id,
            MinistryListEntry.housing_area_id,
        ).where(MinistryListEntry.list_id == list_row.id)
    ):
        if dept_id is not None:
            by_department.setdefault(dept_id, set()).add(kind)
        elif area_id is not None:
            by_area.setdefault(area_id, set()).add(kind)
    result = {}
    for dept_id, area_id in departments:
        kinds = by_department.get(dept_id, set()) | by_area.get(area_id or -1, set())
        result[dept_id] = ListStatus(frozenset(kinds), list_row.list_date)
    return result


# --- colour policy -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyVersion:
    """The colour policy in force on a day and the date it took effect (None = the default)."""

    policy: ColourPolicy
    valid_from: dt.date | None


def policy_on(session: Session, day: dt.date) -> PolicyVersion:
    row = session.scalars(
        select(Setting)
        .where(Setting.key == COLOUR_POLICY.key, Setting.valid_from <= day)
        .order_by(Setting.valid_from.desc())
        .limit(1)
    ).first()
    if row is None:
        policy, valid_from = COLOUR_POLICY.default, None
    else:
        policy, valid_from = COLOUR_POLICY.from_json(row.value), row.valid_from
    return PolicyVersion(settings.adjusted_value(session, COLOUR_POLICY, day, policy), valid_from)


# --- the combined status -----------------------------------------------------------------------


@dataclass(frozen=True)
class ColourStatus:
    """What the trappetrinsmodel says about a department on a day.

    Without a placement on that day (`colour` None) nothing is allowed: the desk must place the
    department first.
    """

    department_id: int
    day: dt.date
    placement: PlacementView | None
    lists: ListStatus
    rule: ColourRule | None  # the policy's rule for the colour; None without a placement
    policy_valid_from: dt.date | None  # when the policy in force took effect; None = default

    @property
    def colour(self) -> Colour | None:
        return None if self.placement is None else self.placement.colour

    @property
    def flexible_letting(self) -> FlexibleLetting | None:
        return None if self.placement is None else self.placement.flexible_letting

    @property
    def placed(self) -> bool:
        return self.placement is not None

    @property
    def may_report(self) -> bool:
        """The organisation may report dwellings to the desk (else they are returned)."""
        return self.rule is not None and self.rule.may_report

    @property
    def may_place(self) -> bool:
        """The desk may place citizens in the department (legal blocks are checked apart)."""
        return self.rule is not None and self.rule.may_place

    @property
    def share_percent(self) -> float:
        """The share of the department's vacancies to report to the desk."""
        return 0.0 if self.rule is None else self.rule.share_percent

    @property
    def blocks_strong_area_applicants(self) -> bool:
        """Applicants flagged as needing a strong area may not be placed here."""
        return self.rule is not None and self.rule.blocks_strong_area_applicants

    @property
    def flexible_letting_allowed(self) -> bool:
        """The department's form of flexible letting is one the colour allows."""
        return (
            self.rule is not None
            and self.placement is not None
            and self.placement.flexible_letting in self.rule.flexible_letting
        )

    @property
    def disadvantaged(self) -> bool:
        return self.lists.disadvantaged

    @property
    def prevention(self) -> bool:
        return self.lists.prevention

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able record of everything the status was made of, to store with a decision."""
        placement = self.placement
        return {
            "version": SNAPSHOT_VERSION,
            "department_id": self.department_id,
            "day": self.day.isoformat(),
            "placement": None
            if placement is None
            else {
                "id": placement.id,
                "colour": placement.colour.value,
                "flexible_letting": placement.flexible_letting.value,
                "valid_from": placement.valid_from.isoformat(),
                "valid_to": None if placement.valid_to is None else placement.valid_to.isoformat(),
                "source": placement.source.value,
                "reason": placement.reason,
            },
            "lists": sorted(kind.value for kind in self.lists.kinds),
            "list_date": None if self.lists.list_date is None else self.lists.list_date.isoformat(),
            "policy_valid_from": None
            if self.policy_valid_from is None
            else self.policy_valid_from.isoformat(),
            "rule": None if self.rule is None else settings.to_json(self.rule),
            # Derived values, so a reader of the stored record needs no code to interpret it:
            "colour": None if self.colour is None else self.colour.value,
            "flexible_letting": None
            if self.flexible_letting is None
            else self.flexible_letting.value,
            "may_report": self.may_report,
            "may_place": self.may_place,
            "share_percent": self.share_percent,
            "flexible_letting_allowed": self.flexible_letting_allowed,
        }

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any]) -> ColourStatus:
        """The status exactly as a stored `snapshot()` recorded it."""
        placement_data = data.get("placement")
        placement = None
        if placement_data is not None:
            placement = PlacementView(
                id=int(placement_data["id"]),
                department_id=int(data["department_id"]),
                colour=Colour(placement_data["colour"]),
                flexible_letting=FlexibleLetting(placement_data["flexible_letting"]),
                valid_from=dt.date.fromisoformat(placement_data["valid_from"]),
                valid_to=_date_or_none(placement_data.get("valid_to")),
                source=PlacementSource(placement_data["source"]),
                reason=placement_data.get("reason"),
            )
        rule_data = data.get("rule")
        return cls(
            department_id=int(data["department_id"]),
            day=dt.date.fromisoformat(data["day"]),
            placement=placement,
            lists=ListStatus(
                frozenset(ListKind(v) for v in data.get("lists", ())),
                _date_or_none(data.get("list_date")),
            ),
            rule=None if rule_data is None else ColourRule.from_json(rule_data),
            policy_valid_from=_date_or_none(data.get("policy_valid_from")),
        )


def _date_or_none(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def colour_status(session: Session, department_id: int, day: dt.date) -> ColourStatus:
    """Placement, ministry lists and the colour policy in force on `day`, combined."""
    placement = placement_on(session, department_id, day)
    lists = list_status_on(session, department_id, day)
    version = policy_on(session, day)
    rule = None if placement is None else version.policy.rule(placement.colour)
    return ColourStatus(department_id, day, placement, lists, rule, version.valid_from)


def colour_statuses(
    session: Session, department_ids: Iterable[int] | None, day: dt.date
) -> dict[int, ColourStatus]:
    """`colour_status` for many departments (all if None) in a handful of queries."""
    ids = None if department_ids is None else list(set(department_ids))
    placements = placements_on(session, ids, day)
    lists = list_statuses(session, ids, day)
    version = policy_on(session, day)
    return {
        dept_id: ColourStatus(
            dept_id,
            day,
            placements.get(dept_id),
            status,
            None if dept_id not in placements else version.policy.rule(placements[dept_id].colour),
            version.valid_from,
        )
        for dept_id, status in lists.items()
    }
