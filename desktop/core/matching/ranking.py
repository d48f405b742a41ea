"""The ranking of the eligible applicants: by urgency, waiting time and fit in the configured
order, with fixed tie-breakers (earlier registration, then the lower applicant number), and the
reasons that say why each candidate stands where it does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple, overload

from db.enums import Urgency
from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, Reason, as_facts
from desktop.core.matching.settings import Criterion

# By the urgency's code (a member of Urgency is its code too): acute first.
URGENCY_LEVEL: dict[str, int] = {Urgency.ACUTE: 0, Urgency.HIGH: 1, Urgency.NORMAL: 2}


def urgency_label(urgency: str) -> str:
    """The urgency (its code, or the member) in words."""
    labels: dict[str, str] = {
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
        return _points(self)


FitValues = tuple[float, float, float, bool | None, float | None, float | None]


def _points(fit: FitValues) -> float:
    return fit[0] + fit[1] + fit[2]


def fitter(ctx: VacancyContext) -> Callable[[ApplicantFacts], FitValues]:
    """`Fit`'s fields for an applicant and this dwelling, as a plain tuple; the weights and the
    dwelling's values are read once (the ranking computes a fit for every eligible applicant)."""
    weights = ctx.ranking
    keys = ctx.area_keys
    area_points, rooms_points, rent_points = (
        weights.area_points,
        weights.rooms_points,
        weights.rent_points,
    )
    comfort = weights.rent_comfort_share
    rooms_here = ctx.rooms
    total = ctx.monthly_total_float

    def fit(a: ApplicantFacts) -> FitValues:
        area_wished: bool | None = None
        if not a.wanted_areas:
            area = area_points / 2
        else:
            area_wished = False
            for wish in a.wanted_areas:
                if wish.strip().casefold() in keys:
                    area_wished = True
                    break
            area = area_points if area_wished else 0.0
        extra: float | None = None
        if rooms_here is None:
            rooms = rooms_points / 2
        else:
            wanted = a.rooms_min if a.rooms_min is not None else float(max(1, a.household_size))
            extra = rooms_here - wanted if rooms_here > wanted else 0.0
            rooms = rooms_points * (1 - extra / 2) if extra < 2 else 0.0
        share: float | None = None
        limit = a.max_rent
        if limit is None or limit <= 0:
            rent = rent_points / 2
        else:
            share = total / float(limit)
            if share <= comfort:
                rent = rent_points
            elif share >= 1:
                rent = 0.0
            else:
                rent = rent_points * (1 - share) / (1 - comfort)
        return area, rooms, rent, area_wished, extra, share

    return fit


def fit_of(ctx: VacancyContext, a: ApplicantFacts) -> Fit:
    return Fit._make(fitter(ctx)(a))


def _score(points: float, best: float) -> float:
    return round(100 * points / best, 1) if best > 0 else 0.0


def score_of(ctx: VacancyContext, fit: Fit) -> float:
    """The fit as 0-100."""
    return _score(fit.points, ctx.ranking.max_fit)


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
    def urgency(self) -> str:
        """The urgency's code (see `ApplicantFacts`)."""
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


_POSITION = {Criterion.URGENCY: 0, Criterion.WAITING_TIME: 1, Criterion.FIT: 2}
Arranger = Callable[[tuple[Any, ...]], tuple[Any, ...]]


def _arranger(order: Sequence[Criterion]) -> Arranger:
    """Puts the criteria of `_sort_key` in the configured order, the tie-breakers last."""
    return itemgetter(*(_POSITION[criterion] for criterion in order), 3, 4)


def _sort_key(
    arrange: Arranger,
    urgency: str,
    waiting_days: int,
    score: float,
    registered_on: dt.date,
    applicant_id: int,
) -> tuple[Any, ...]:
    """Smallest first: acute before high before normal, the longest wait, the highest fit;
    then the earlier registration and the lower applicant number."""
    return arrange((URGENCY_LEVEL[urgency], -waiting_days, -score, registered_on, applicant_id))


def standing(order: Sequence[Criterion], urgency: str, waiting_days: int) -> tuple[int, ...]:
    """The part of `_sort_key` that is the same for every dwelling judged on one day: the
    criteria before fit in the configured order (fit depends on the dwelling). Smaller is ahead:
    an applicant with a smaller standing ranks above one with a larger on every dwelling both
    may be offered; equal standings are told apart by fit and the tie-breakers (the waiting-time
    forecast, desktop.core.forecast, replays the ranking with it)."""
    values = {Criterion.URGENCY: URGENCY_LEVEL[urgency], Criterion.WAITING_TIME: -waiting_days}
    ahead = []
    for criterion in order:
        if criterion == Criterion.FIT:
            break
        ahead.append(values[criterion])
    return tuple(ahead)


def _key(order: Sequence[Criterion], c: Candidate) -> tuple[Any, ...]:
    return _sort_key(
        _arranger(order), c.urgency, c.waiting_days, c.score, c.registered_on, c.applicant_id
    )


class Ranking(Sequence[Candidate]):
    """The eligible applicants in ranking order, each read as a `Candidate` when asked for.

    It keeps plain values only: the applicants' rows (`FactsRow`), their fit scores and waiting
    days, in ranking order. A ranking of 100,000 applicants made of `Candidate`s would be as
    many objects more that Python's garbage collector walks in each of its passes (while the
    ranking is made, and as long as it is kept); the view reads the few it shows."""

    __slots__ = ("_rows", "_scores", "_waiting")

    def __init__(
        self, rows: Sequence[FactsRow], scores: Sequence[float], waiting: Sequence[int]
    ) -> None:
        if not len(rows) == len(scores) == len(waiting):
            raise ValueError("one score and one waiting time per applicant")
        self._rows = rows
        self._scores = scores
        self._waiting = waiting

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Candidate: ...

    @overload
    def __getitem__(self, index: slice) -> list[Candidate]: ...

    def __getitem__(self, index: int | slice) -> Candidate | list[Candidate]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("no candidate at this position")
        row = self._rows[index]
        return Candidate(
            row[0], index + 1, self._scores[index], self._waiting[index], as_facts(row)
        )

    def index_of(self, applicant_id: int) -> int | None:
        """The position of the applicant in the ranking (None: not a candidate)."""
        return next((i for i, row in enumerate(self._rows) if row[0] == applicant_id), None)


def rank(ctx: VacancyContext, applicants: Iterable[FactsRow]) -> Ranking:
    """The eligible `applicants` (`ApplicantFacts`, or their plain rows) in ranking order,
    numbered from 1.

    The order is the criteria's in the configured order (urgency: acute first; waiting time:
    longest first; fit: highest first), then the earlier registration and the lower applicant
    number: `_sort_key`, which also tells which criterion decided (`deciding_criterion`).
    """
    pool = list(applicants)
    fit, best = fitter(ctx), ctx.ranking.max_fit
    today = ctx.day.toordinal()
    arrange = _arranger(ctx.ranking.order)
    scores: list[float] = []
    waiting: list[int] = []
    keys: list[tuple[Any, ...]] = []
    for row in pool:
        a = as_facts(row)
        score = _score(_points(fit(a)), best)
        days = today - a.registered_on.toordinal()
        scores.append(score)
        waiting.append(days)
        keys.append(_sort_key(arrange, a.urgency, days, score, a.registered_on, a.id))
    # Positions are sorted rather than (key, applicant) pairs: no pair objects to walk.
    order = sorted(range(len(pool)), key=keys.__getitem__)
    return Ranking(
        [pool[i] for i in order], [scores[i] for i in order], [waiting[i] for i in order]
    )


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
