"""The ranking of the eligible applicants: by urgency, waiting time and fit in the configured
order, with fixed tie-breakers (earlier registration, then the lower applicant number), and the
reasons that say why each candidate stands where it does."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, NamedTuple

from db.enums import Urgency
from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, Reason
from desktop.core.matching.settings import Criterion

URGENCY_LEVEL = {Urgency.ACUTE: 0, Urgency.HIGH: 1, Urgency.NORMAL: 2}


def urgency_label(urgency: Urgency) -> str:
    labels = {
        Urgency.ACUTE: translate("Ranking", "acute"),
        Urgency.HIGH: translate("Ranking", "high"),
        Urgency.NORMAL: translate("Ranking", "normal"),
    }
    return labels[urgency]


def criterion_label(criterion: Criterion) -> str:
    labels = {
        Criterion.URGENCY: translate("Ranking", "Urgency"),
        Criterion.WAITING_TIME: translate("Ranking", "Waiting time"),
        Criterion.FIT: translate("Ranking", "Fit"),
    }
    return labels[criterion]


class Fit(NamedTuple):
    """The fit score's parts (points) and what they were computed from."""

    area: float
    rooms: float
    rent: float
    area_wished: bool | None  # None: the applicant wished no particular area
    extra_rooms: float | None  # rooms above the applicant's minimum; None: unknown
    rent_share: float | None  # monthly total / the applicant's limit; None: no limit

    @property
    def points(self) -> float:
        return self.area + self.rooms + self.rent


def fit_of(ctx: VacancyContext, a: ApplicantFacts) -> Fit:
    return Fit(*_fit_values(ctx, a))


def _fit_values(
    ctx: VacancyContext, a: ApplicantFacts
) -> tuple[float, float, float, bool | None, float | None, float | None]:
    """The fields of `Fit` as a plain tuple (the ranking makes 100,000 of them)."""
    weights = ctx.ranking
    if not a.wanted_areas:
        area_wished: bool | None = None
        area = weights.area_points / 2
    else:
        keys = ctx.area_keys
        area_wished = False
        for wish in a.wanted_areas:
            if wish.strip().casefold() in keys:
                area_wished = True
                break
        area = weights.area_points if area_wished else 0.0
    extra: float | None = None
    rooms_here = ctx.rooms
    if rooms_here is None:
        rooms = weights.rooms_points / 2
    else:
        wanted = a.rooms_min if a.rooms_min is not None else float(max(1, a.household_size))
        extra = rooms_here - wanted if rooms_here > wanted else 0.0
        rooms = weights.rooms_points * (1 - extra / 2) if extra < 2 else 0.0
    share: float | None = None
    limit = a.max_rent
    if limit is None or limit <= 0:
        rent = weights.rent_points / 2
    else:
        share = ctx.monthly_total_float / float(limit)
        comfort = weights.rent_comfort_share
        if share <= comfort:
            rent = weights.rent_points
        elif share >= 1:
            rent = 0.0
        else:
            rent = weights.rent_points * (1 - share) / (1 - comfort)
    return area, rooms, rent, area_wished, extra, share


def score_of(ctx: VacancyContext, fit: Fit) -> float:
    """The fit as 0-100."""
    best = ctx.ranking.max_fit
    return round(100 * fit.points / best, 1) if best > 0 else 0.0


class Candidate(NamedTuple):
    """One eligible applicant in the ranking (rank 1 = the first to offer the dwelling to)."""

    applicant_id: int
    rank: int
    score: float  # the fit, 0-100
    waiting_days: int
    applicant: ApplicantFacts

    @property
    def name(self) -> str:
        return self.applicant.name

    @property
    def target_group(self) -> str:
        return self.applicant.target_group

    @property
    def urgency(self) -> Urgency:
        return self.applicant.urgency

    @property
    def registered_on(self) -> dt.date:
        return self.applicant.registered_on

    @property
    def household_size(self) -> int:
        return max(1, self.applicant.household_size)

    @property
    def max_rent(self) -> Decimal | None:
        return self.applicant.max_rent


def _key(order: Sequence[Criterion], candidate: Candidate) -> tuple[Any, ...]:
    parts: list[Any] = []
    for criterion in order:
        if criterion == Criterion.URGENCY:
            parts.append(URGENCY_LEVEL[candidate.urgency])
        elif criterion == Criterion.WAITING_TIME:
            parts.append(-candidate.waiting_days)
        else:
            parts.append(-candidate.score)
    parts.append(candidate.registered_on)
    parts.append(candidate.applicant_id)
    return tuple(parts)


def _points(ctx: VacancyContext) -> Callable[[ApplicantFacts], float]:
    """The fit's points (the sum of `fit_of`'s parts) as one fast function for this dwelling.
    It computes exactly what `_fit_values` does (a test holds them together)."""
    weights = ctx.ranking
    keys = ctx.area_keys
    area_none, area_yes = weights.area_points / 2, weights.area_points
    rooms_here = ctx.rooms
    rooms_points = weights.rooms_points
    rent_points, comfort = weights.rent_points, weights.rent_comfort_share
    total = ctx.monthly_total_float

    def points(a: ApplicantFacts) -> float:
        wishes = a.wanted_areas
        if not wishes:
            value = area_none
        else:
            value = 0.0
            for wish in wishes:
                if wish.strip().casefold() in keys:
                    value = area_yes
                    break
        if rooms_here is None:
            value += rooms_points / 2
        else:
            wanted = a.rooms_min
            if wanted is None:
                wanted = float(a.household_size if a.household_size > 1 else 1)
            extra = rooms_here - wanted if rooms_here > wanted else 0.0
            if extra < 2:
                value += rooms_points * (1 - extra / 2)
        limit = a.max_rent
        if limit is None or limit <= 0:
            value += rent_points / 2
        else:
            share = total / float(limit)
            if share <= comfort:
                value += rent_points
            elif share < 1:
                value += rent_points * (1 - share) / (1 - comfort)
        return value

    return points


_FIELD = 1 << 24  # each criterion's value is shifted into a field of 24 bits
_ID_FIELD = 1 << 40
_WAIT_OFFSET = 1 << 23


def rank(ctx: VacancyContext, applicants: Iterable[ApplicantFacts]) -> list[Candidate]:
    """The eligible `applicants` in ranking order, numbered from 1.

    The order is the criteria's in the configured order (urgency: acute first; waiting time:
    longest first; fit: highest first), then the lower applicant number. For speed, the sort
    key is one integer holding the three criteria and the number in fixed-width fields.
    """
    today = ctx.day.toordinal()
    best = ctx.ranking.max_fit
    scale = 100 / best if best > 0 else 0.0
    positions = {Criterion.URGENCY: 0, Criterion.WAITING_TIME: 1, Criterion.FIT: 2}
    first, second, third = (positions[c] for c in ctx.ranking.order)
    acute, high = Urgency.ACUTE, Urgency.HIGH
    points = _points(ctx)
    keyed: list[tuple[int, float, int, ApplicantFacts]] = []
    append = keyed.append
    with paused_gc():
        for a in applicants:
            score = round(scale * points(a), 1)
            waiting = today - a.registered_on.toordinal()
            urgency = a.urgency  # compared by identity: an enum's hash is slow Python code
            parts = (
                0 if urgency is acute else 1 if urgency is high else 2,
                _WAIT_OFFSET - waiting,
                1000 - int(score * 10 + 0.5),
            )
            key = ((parts[first] * _FIELD + parts[second]) * _FIELD + parts[third]) * _ID_FIELD
            append((key + a.id, score, waiting, a))
        keyed.sort(key=_first)
        make = tuple.__new__  # a NamedTuple without its keyword handling: 100,000 of them
        return [
            make(Candidate, (a.id, number, score, waiting, a))
            for number, (_key, score, waiting, a) in enumerate(keyed, start=1)
        ]


@contextmanager
def paused_gc() -> Iterator[None]:
    """No garbage collection while many small tuples are made (100,000 applicants): the
    collector would otherwise walk every live object again and again. Nothing here makes
    reference cycles; collection resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


# --- explanations ------------------------------------------------------------------------------


def _fit_text(ctx: VacancyContext, c: Candidate) -> str:
    fit = fit_of(ctx, c.applicant)
    parts = []
    if fit.area_wished is None:
        parts.append(translate("Ranking", "no area wished"))
    elif fit.area_wished:
        parts.append(translate("Ranking", "in a wished area"))
    else:
        parts.append(translate("Ranking", "not in a wished area"))
    if fit.extra_rooms is not None:
        if fit.extra_rooms == 0:
            parts.append(translate("Ranking", "rooms as needed"))
        else:
            parts.append(
                formats.plural(
                    fit.extra_rooms,
                    translate("Ranking", "{n} room more than needed"),
                    translate("Ranking", "{n} rooms more than needed"),
                    written=formats.rooms(fit.extra_rooms),
                )
            )
    if fit.rent_share is not None:
        parts.append(
            translate("Ranking", "rent {share} of the limit").format(
                share=formats.percent(100 * fit.rent_share, 0)
            )
        )
    return translate("Ranking", "Fit {score} of 100: {parts}").format(
        score=formats.number(c.score, 0), parts=", ".join(parts)
    )


def _criterion_text(ctx: VacancyContext, criterion: Criterion, c: Candidate) -> Reason:
    if criterion == Criterion.URGENCY:
        text = translate("Ranking", "Urgency: {urgency}").format(urgency=urgency_label(c.urgency))
    elif criterion == Criterion.WAITING_TIME:
        text = formats.plural(
            c.waiting_days,
            translate("Ranking", "Waiting time: {n} day (registered {date})"),
            translate("Ranking", "Waiting time: {n} days (registered {date})"),
        ).format(date=formats.date(c.registered_on))
    else:
        text = _fit_text(ctx, c)
    return Reason(criterion.value, text)


def _ahead_text(criterion: Criterion | None, c: Candidate, below: Candidate) -> str:
    number = below.rank
    if criterion == Criterion.URGENCY:
        return translate(
            "Ranking", "Ahead of no. {number} on urgency ({mine} against {theirs})."
        ).format(number=number, mine=urgency_label(c.urgency), theirs=urgency_label(below.urgency))
    if criterion == Criterion.WAITING_TIME:
        return translate(
            "Ranking", "Ahead of no. {number} on waiting time ({mine} against {theirs} days)."
        ).format(
            number=number,
            mine=formats.number(c.waiting_days),
            theirs=formats.number(below.waiting_days),
        )
    if criterion == Criterion.FIT:
        return translate(
            "Ranking", "Ahead of no. {number} on fit ({mine} against {theirs})."
        ).format(
            number=number, mine=formats.number(c.score, 0), theirs=formats.number(below.score, 0)
        )
    return translate(
        "Ranking",
        "Ahead of no. {number} on the tie-breaker: equal on every criterion, registered "
        "earlier or with the lower applicant number.",
    ).format(number=number)


def deciding_criterion(
    order: Sequence[Criterion], c: Candidate, below: Candidate
) -> Criterion | None:
    """The first criterion that tells `c` and `below` apart (None: the tie-breaker did)."""
    a, b = _key(order, c), _key(order, below)
    for i, criterion in enumerate(order):
        if a[i] != b[i]:
            return criterion
    return None


def reasons(ctx: VacancyContext, ranking: Sequence[Candidate], index: int) -> list[Reason]:
    """Why the candidate at `index` stands where it does: each criterion in the configured order,
    then what puts it ahead of the next one."""
    c = ranking[index]
    lines = [_criterion_text(ctx, criterion, c) for criterion in ctx.ranking.order]
    if index + 1 < len(ranking):
        below = ranking[index + 1]
        deciding = deciding_criterion(ctx.ranking.order, c, below)
        lines.append(Reason("position", _ahead_text(deciding, c, below)))
    return lines
