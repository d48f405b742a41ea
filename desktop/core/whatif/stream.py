"""Which dwellings the organisations would have reported under a changed share.

A department reports its colour's share of its vacancies. Under a share of 30 % instead of 25 %
it would have reported 6 dwellings for every 5 it did; under 20 %, 4. The extra dwellings are
taken to be like those it did report, the same day; the dwellings left out are spread evenly
over the period. A department whose share was 0 (red, or not placed) and which still reported
dwellings reports them as it did (the intake check decides on them). A private landlord's
dwelling belongs to no department and is reported as it was.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy.orm import Session

from db.models import Vacancy
from desktop.core.colours import ColourStatus, colour_statuses

Statuses = dict[dt.date, dict[int, ColourStatus]]


def statuses(session: Session, vacancies: Iterable[Vacancy]) -> Statuses:
    """The colour status of each dwelling's department on its report day, as `session`'s rules
    read it (changed or not), by day and department."""
    by_day: dict[dt.date, set[int]] = {}
    for vacancy in vacancies:
        if vacancy.department_id is not None:
            by_day.setdefault(vacancy.reported_on, set()).add(vacancy.department_id)
    return {day: colour_statuses(session, departments, day) for day, departments in by_day.items()}


def shares(vacancies: Iterable[Vacancy], found: Statuses) -> dict[int, float]:
    """The share to report of each dwelling's department on its report day, by dwelling."""
    shares: dict[int, float] = {}
    for vacancy in vacancies:
        if vacancy.department_id is not None:
            status = found[vacancy.reported_on].get(vacancy.department_id)
            shares[vacancy.id] = 0.0 if status is None else status.share_percent
    return shares


def copies(
    vacancies: Sequence[Vacancy], real: Mapping[int, float], changed: Mapping[int, float]
) -> list[int]:
    """How many times each dwelling (in report order) is reported under the changed shares."""
    weights = [_weight(real.get(v.id), changed.get(v.id)) for v in vacancies]
    counts = [0] * len(vacancies)
    sums: dict[int | None, float] = {}  # the weight so far, per department
    for index, (vacancy, weight) in enumerate(zip(vacancies, weights, strict=True)):
        before = sums.get(vacancy.department_id, 0.0)
        after = before + weight
        sums[vacancy.department_id] = after
        counts[index] = _rounded(after) - _rounded(before)
    return counts


def _weight(real: float | None, changed: float | None) -> float:
    if real is None or changed is None or real <= 0:
        return 1.0
    return changed / real


def _rounded(total: float) -> int:
    return math.floor(total + 0.5 + 1e-9)
