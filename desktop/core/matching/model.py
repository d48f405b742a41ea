"""The plain values the matching rules read: one tuple per applicant (no ORM objects, so that
100,000 applicants can be judged quickly), the dwelling's context, and date arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Final, NamedTuple

Fact = tuple[str, str | None, dt.date | None, dt.date | None]
"""A household member's dated legal fact (sensitive: read here, never shown in lists): its kind's
code (a LegalFactKind's, as `ApplicantFacts` keeps its codes), label, start and end, read by
`KIND`, `LABEL`, `START` and `END`.

A plain tuple of plain values, as `Member` is: counting the eligible of many dwellings keeps
the facts of every household while it judges them, and Python's garbage collector stops walking
a plain tuple of plain values once it has seen it (a NamedTuple it walks in each pass)."""

KIND: Final = 0
LABEL: Final = 1
START: Final = 2
END: Final = 3

Member = tuple[dt.date | None, tuple[Fact, ...]]
"""A household member with legal facts: the birth date (`BIRTH`) and the facts (`FACTS`)."""

BIRTH: Final = 0
FACTS: Final = 1


class ApplicantFacts(NamedTuple):
    """What the rules know about one applicant.

    `open_offer`, `excluded_here` and `declined_here` are about the dwelling being matched;
    `members` holds the household's legal facts, loaded only when the department is on a
    ministry list (None: not loaded because no legal rule needs them).

    The status and the urgency are their codes ("active", "acute"; a member of
    `ApplicantStatus` or `Urgency` compares and hashes as its code), so that an applicant's
    facts are plain values: the ranking keeps 100,000 of them as plain tuples (`FactsRow`),
    which Python's garbage collector stops walking once it has seen them (it walks every
    NamedTuple, and every tuple holding an enum member, in each of its passes), and reads one
    through `as_facts` when a rule or the ranking looks at it.
    """

    id: int
    name: str
    status: str  # an ApplicantStatus's code
    paused_until: dt.date | None
    urgency: str  # an Urgency's code
    registered_on: dt.date
    birth_date: dt.date | None
    target_group: str
    max_rent: Decimal | None
    rooms_min: float | None
    rooms_max: float | None
    needs_wheelchair: bool
    needs_step_free: bool
    needs_ground_floor: bool
    has_pets: bool
    needs_strong_area: bool
    wanted_areas: tuple[str, ...]
    household_size: int
    open_offer: bool = False
    excluded_here: bool = False
    declined_here: bool = False
    members: tuple[Member, ...] | None = None


FactsRow = tuple[Any, ...]
"""`ApplicantFacts`' fields as a plain tuple, in its order (the id first)."""

as_facts: Callable[[Iterable[Any]], ApplicantFacts] = ApplicantFacts._make
"""A `FactsRow` read as `ApplicantFacts` (no copy of the values)."""


class Reason(NamedTuple):
    """One line of an explanation: a rule's or a ranking criterion's code and its text."""

    code: str
    text: str

    def as_json(self) -> dict[str, str]:
        return {"code": self.code, "text": self.text}


# --- dates -------------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier if negative), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def within_months(event: dt.date, day: dt.date, months: int) -> bool:
    """Whether `day` lies within `months` months of `event`, counted the Danish way
    (retsplejeloven § 148): the period ends on the same date number `months` later, or on the
    last day of a shorter month. Released on 7 June: within 6 months up to and including 7
    December; the block lifts on 8 December."""
    return event <= day <= add_months(event, months)


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    """Completed years on `day` (a birthday counts from the day itself)."""
    if birth is None:
        return None
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def full_calendar_months(start: dt.date, end: dt.date) -> int:
    """How many whole calendar months lie in the period `start`..`end` (both days included).

    1 May - 31 October is 6; 2 May - 31 October is 5 (May is not whole); 1 May - 30 October
    is 5 (October is not whole).
    """
    if end < start:
        return 0
    first = _month_index(start) + (0 if start.day == 1 else 1)
    last_day_of_end = calendar.monthrange(end.year, end.month)[1]
    last = _month_index(end) - (0 if end.day == last_day_of_end else 1)
    return max(0, last - first + 1)
