"""Typed settings, declared once with their defaults and stored dated in the database.

A setting's value in force on a date is the stored value with the newest `valid_from` on or before
that date, or the declared default if there is none. Rules that the law or the local agreement
change (colour policy, ceilings, deadlines ...) are settings, so a past decision can be explained by
the rules it was made under.

Each area declares its own settings next to its rules with `declare(...)`; this module holds the
mechanism and the settings that several areas share.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import Colour, DwellingType, FlexibleLetting
from db.models import Setting

T = TypeVar("T")
EPOCH = dt.date(2000, 1, 1)  # the default is in force from the beginning of time


@dataclass(frozen=True)
class Spec(Generic[T]):
    key: str
    default: T
    from_json: Callable[[Any], T]
    to_json: Callable[[T], Any]
    title: str  # English source text; the settings page translates it (context "Settings")
    group: str = "general"


_REGISTRY: dict[str, Spec[Any]] = {}


def declare(spec: Spec[T]) -> Spec[T]:
    if spec.key in _REGISTRY:
        raise ValueError(f"setting {spec.key!r} declared twice")
    _REGISTRY[spec.key] = spec
    return spec


def declared() -> list[Spec[Any]]:
    return list(_REGISTRY.values())


_READ = "settings_read"  # session.info: the values this session has read, by key and day
_STORED = "settings_stored"  # session.info: the stored values in force, by day and key
_ADJUST = "settings_adjust"  # session.info: what a what-if changes in the values read

Adjust = Callable[[Spec[Any], dt.date, Any], Any]
"""`adjust(spec, day, value)`: the value a what-if reads instead of `value`, in force on `day`."""


def get(session: Session, spec: Spec[T], on: dt.date | None = None) -> T:
    """The value in force on `on` (today if not given). Read once per session (one user action):
    the rules ask for their settings for every dwelling and candidate they judge; `put` in the
    same session forgets what was read."""
    day = on or dt.date.today()
    read: dict[tuple[str, dt.date], Any] = session.info.setdefault(_READ, {})
    key = (spec.key, day)
    if key in read:
        return cast(T, read[key])
    stored = _in_force(session, day)
    value = spec.from_json(stored[spec.key]) if spec.key in stored else spec.default
    value = adjusted_value(session, spec, day, value)
    read[key] = value
    return value


def _in_force(session: Session, day: dt.date) -> dict[str, Any]:
    """The stored value of every setting in force on `day`, in one query: one user action asks
    for a dozen settings or more (sending an offer reads the matching rules, the deadlines and
    the letters' settings), and the table holds a few rows per setting."""
    by_day: dict[dt.date, dict[str, Any]] = session.info.setdefault(_STORED, {})
    found = by_day.get(day)
    if found is None:
        rows = session.execute(
            select(Setting.key, Setting.value)
            .where(Setting.valid_from <= day)
            .order_by(Setting.key, Setting.valid_from)
        )
        found = by_day[day] = {row.key: row.value for row in rows}  # each key's newest last
    return found


def read_ahead(session: Session, days: Iterable[dt.date]) -> None:
    """Read every declared setting in force on each of `days` with one query per setting, so
    that `get` in this session reads none of them again: for work that judges many days (a
    what-if replays a year)."""
    wanted = sorted(set(days))
    read: dict[tuple[str, dt.date], Any] = session.info.setdefault(_READ, {})
    for spec in declared():
        versions = session.execute(
            select(Setting.valid_from, Setting.value)
            .where(Setting.key == spec.key)
            .order_by(Setting.valid_from)
        ).all()
        starts = [version.valid_from for version in versions]
        values = [spec.from_json(version.value) for version in versions]
        for day in wanted:
            at = bisect_right(starts, day)
            value = spec.default if at == 0 else values[at - 1]
            read[(spec.key, day)] = adjusted_value(session, spec, day, value)


@contextmanager
def adjusted(session: Session, adjust: Adjust) -> Iterator[None]:
    """Within the block, every setting read in `session` (by `get`, and by the few rules that
    read the table themselves through `adjusted_value`) is `adjust(spec, day, value)`: a
    what-if replays the desk's own rules under changed settings, with no copy of any rule. The
    values read before, within and after the block are never mixed."""
    session.info.pop(_READ, None)
    session.info[_ADJUST] = adjust
    try:
        yield
    finally:
        session.info.pop(_ADJUST, None)
        session.info.pop(_READ, None)


def adjusted_value(session: Session, spec: Spec[T], day: dt.date, value: T) -> T:
    """`value`, the setting in force on `day`, as a what-if in `session` changes it (see
    `adjusted`); unchanged outside one."""
    adjust: Adjust | None = session.info.get(_ADJUST)
    return value if adjust is None else cast(T, adjust(spec, day, value))


def put(
    session: Session, spec: Spec[T], value: T, valid_from: dt.date, note: str | None = None
) -> Setting:
    """Store `value` from `valid_from`; replaces a value stored for that same date."""
    row = session.scalars(
        select(Setting).where(Setting.key == spec.key, Setting.valid_from == valid_from)
    ).first()
    if row is None:
        row = Setting(key=spec.key, valid_from=valid_from, value=spec.to_json(value), note=note)
        session.add(row)
    else:
        row.value = spec.to_json(value)
        row.note = note
    session.flush()
    session.info.pop(_READ, None)
    session.info.pop(_STORED, None)
    return row


@dataclass(frozen=True)
class Version(Generic[T]):
    valid_from: dt.date
    value: T
    created_by: str
    note: str | None


def history(session: Session, spec: Spec[T]) -> list[Version[T]]:
    """Every stored version, oldest first (the default is not listed)."""
    rows = session.scalars(
        select(Setting).where(Setting.key == spec.key).order_by(Setting.valid_from)
    ).all()
    return [Version(r.valid_from, spec.from_json(r.value), r.created_by, r.note) for r in rows]


# --- helpers to declare dataclass-valued settings --------------------------------------------

D = TypeVar("D")


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def to_json(value: Any) -> Any:
    """Dataclasses, tuples and enums as JSON values (StrEnum members are strings already)."""
    return _plain(value)


def scalar_spec(key: str, default: T, kind: Callable[[Any], T], title: str, group: str) -> Spec[T]:
    return declare(Spec(key, default, kind, lambda v: v, title, group))


# --- settings shared by several areas ---------------------------------------------------------


@dataclass(frozen=True)
class ColourRule:
    """What one colour of the trappetrinsmodel allows."""

    may_report: bool  # the organisation may report dwellings to the desk
    may_place: bool  # the desk may place citizens there
    flexible_letting: tuple[FlexibleLetting, ...]  # forms of flexible letting allowed
    share_percent: float  # share of the department's vacancies to report
    blocks_strong_area_applicants: bool = False  # applicants flagged as needing a strong area

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColourRule:
        return cls(
            may_report=bool(data["may_report"]),
            may_place=bool(data["may_place"]),
            flexible_letting=tuple(FlexibleLetting(v) for v in data["flexible_letting"]),
            share_percent=float(data["share_percent"]),
            blocks_strong_area_applicants=bool(data.get("blocks_strong_area_applicants", False)),
        )


@dataclass(frozen=True)
class ColourPolicy:
    green: ColourRule
    yellow: ColourRule
    red: ColourRule

    def rule(self, colour: Colour) -> ColourRule:
        return {Colour.GREEN: self.green, Colour.YELLOW: self.yellow, Colour.RED: self.red}[colour]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColourPolicy:
        return cls(*(ColourRule.from_json(data[c.value]) for c in Colour))


COLOUR_POLICY = declare(
    Spec(
        "colour_policy",
        ColourPolicy(
            green=ColourRule(True, True, (FlexibleLetting.NONE, FlexibleLetting.AGREED), 25.0),
            yellow=ColourRule(True, True, (FlexibleLetting.AGREED,), 15.0, True),
            red=ColourRule(False, False, (FlexibleLetting.AGREED, FlexibleLetting.MANDATORY), 0.0),
        ),
        ColourPolicy.from_json,
        to_json,
        "Colour policy (trappetrinsmodel)",
        "colours",
    )
)


@dataclass(frozen=True)
class RentCeiling:
    """The highest monthly rent incl. a conto that is relevant for a dwelling type and size."""

    dwelling_type: DwellingType
    max_rooms: float  # applies to dwellings with at most this many rooms
    ceiling: float  # kroner a month, incl. a conto


@dataclass(frozen=True)
class RentCeilings:
    ceilings: tuple[RentCeiling, ...]

    def ceiling_for(self, dwelling_type: DwellingType, rooms: float | None) -> float | None:
        """The ceiling of the smallest size band that holds `rooms` (the largest if none)."""
        bands = sorted(
            (c for c in self.ceilings if c.dwelling_type == dwelling_type),
            key=lambda c: c.max_rooms,
        )
        if not bands:
            return None
        for band in bands:
            if rooms is None or rooms <= band.max_rooms:
                return band.ceiling
        return bands[-1].ceiling

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RentCeilings:
        return cls(
            tuple(
                RentCeiling(DwellingType(c["dwelling_type"]), float(c["max_rooms"]), c["ceiling"])
                for c in data["ceilings"]
            )
        )


def _bands(kind: DwellingType, *pairs: tuple[float, float]) -> tuple[RentCeiling, ...]:
    return tuple(RentCeiling(kind, rooms, ceiling) for rooms, ceiling in pairs)


RENT_CEILINGS = declare(
    Spec(
        "rent_ceilings",
        RentCeilings(
            _bands(DwellingType.YOUTH, (1, 3800), (2, 4300))
            + _bands(DwellingType.FAMILY, (1, 4500), (2, 5300), (3, 6200), (10, 7200))
            + _bands(DwellingType.ELDERLY, (1, 4800), (10, 5600))
            + _bands(DwellingType.OTHER, (10, 5500))
        ),
        RentCeilings.from_json,
        to_json,
        "Rent ceilings for relevant dwellings",
        "intake",
    )
)


@dataclass(frozen=True)
class Deadlines:
    desk_working_days: int = 7  # to name a tenant, from the date at the desk's disposal
    reply_days: int = 5  # the citizen's reply deadline, from the date the offer is sent
    warn_days: int = 2  # Overblik warns this many days before a deadline

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Deadlines:
        names = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in data.items() if k in names})


DEADLINES = declare(Spec("deadlines", Deadlines(), Deadlines.from_json, to_json, "Deadlines"))


@dataclass(frozen=True)
class TargetGroup:
    code: str
    label: str  # as the desk names it (user data, not translated)
    young: bool = False  # applicants of the group are kept to youth dwellings (18-29)
    refugee: bool = False  # integrationsloven § 12 stk. 2 applies


@dataclass(frozen=True)
class TargetGroups:
    groups: tuple[TargetGroup, ...] = field(
        default=(
            TargetGroup("housing_first", "Housing First"),
            TargetGroup("young", "Ung (18–29)", young=True),
            TargetGroup("refugee", "Flygtning", refugee=True),
            TargetGroup("elderly", "Ældre"),
            TargetGroup("other", "Øvrig"),
        )
    )

    def by_code(self, code: str) -> TargetGroup | None:
        return next((g for g in self.groups if g.code == code), None)

    # (kept: every dwelling judged on a day asks them of the day's one TargetGroups)
    @cached_property
    def young_codes(self) -> frozenset[str]:
        return frozenset(g.code for g in self.groups if g.young)

    @cached_property
    def refugee_codes(self) -> frozenset[str]:
        return frozenset(g.code for g in self.groups if g.refugee)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TargetGroups:
        return cls(tuple(TargetGroup(**g) for g in data["groups"]))


TARGET_GROUPS = declare(
    Spec("target_groups", TargetGroups(), TargetGroups.from_json, to_json, "Target groups")
)


@dataclass(frozen=True)
class DeskContact:
    """Who the letters come from."""

    municipality: str = "Aalborg Kommune"
    unit: str = "Boliganvisningen"
    address: str = "Boulevarden 13"
    postcode_city: str = "9000 Aalborg"
    phone: str = "99 31 31 31"
    email: str = "boliganvisning@aalborg.example"
    hours: str = "Mandag-torsdag 9-15, fredag 9-13"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeskContact:
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in data.items() if k in names})


DESK_CONTACT = declare(
    Spec("desk_contact", DeskContact(), DeskContact.from_json, to_json, "The desk's contact")
)

RETENTION_YEARS = scalar_spec(
    "retention_years", 5, int, "Years a closed case is kept before anonymisation", "privacy"
)
BACKUPS_KEPT = scalar_spec("backups_kept", 14, int, "Daily backups kept", "backup")
# Set by `anvis demo` in the database itself: a demo opened by any road (--db, ANVIS_DB, File >
# Open) is marked DEMO, and its invented people are never taken for real ones.
DEMO_DATABASE = scalar_spec(
    "demo_database", False, bool, "Demo database with invented data", "database"
)
DEMO_SINCE = dt.date(2000, 1, 1)
