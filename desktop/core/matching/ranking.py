"""The ranking of the eligible applicants: by urgency, waiting time and fit in the configured
order, with fixed tie-breakers (earlier registration, then the lower applicant number), and the
reasons that say why each candidate stands where it does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from db.enums import Urgency
from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, Reason
from desktop.core.matching.settings import Criterion

URGENCY_LEVEL = {Urgency.ACUTE: 0, Urgency.HIGH: 1, Urgency.NORMAL: 2}


def _t(text: str) -> str:
    return translate("Ranking", text)


def urgency_label(urgency: Urgency) -> str:
    labels = {
        Urgency.ACUTE: _t("acute"),
        Urgency.HIGH: _t("high"),
        Urgency.NORMAL: _t("normal"),
    }
    return labels[urgency]


def criterion_label(criterion: Criterion) -> str:
    labels = {
        Criterion.URGENCY: _t("Urgency"),
        Criterion.WAITING_TIME: _t("Waiting time"),
        Criterion.FIT: _t("Fit"),
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
    weights = ctx.ranking
    if not a.wanted_areas:
        area_wished: bool | None = None
        area = weights.area_points / 2
    else:
        area_wished = any(w.strip().casefold() in ctx.area_keys for w in a.wanted_areas)
        area = weights.area_points if area_wished else 0.0
    extra: float | None = None
    if ctx.rooms is None:
        rooms = weights.rooms_points / 2
    else:
        wanted = a.rooms_min if a.rooms_min is not None else float(max(1, a.household_size))
        extra = max(0.0, ctx.rooms - wanted)
        rooms = max(0.0, weights.rooms_points * (1 - extra / 2))
    share: float | None = None
    if a.max_rent is None or a.max_rent <= 0:
        rent = weights.rent_points / 2
    else:
        share = float(ctx.monthly_total / a.max_rent)
        comfort = weights.rent_comfort_share
        if share <= comfort:
            rent = weights.rent_points
        else:
            rent = max(0.0, weights.rent_points * (1 - share) / max(1e-9, 1 - comfort))
    return Fit(area, rooms, rent, area_wished, extra, share)


def score_of(ctx: VacancyContext, fit: Fit) -> float:
    """The fit as 0-100."""
    best = ctx.ranking.max_fit
    return round(100 * fit.points / best, 1) if best > 0 else 0.0


class Candidate(NamedTuple):
    """One eligible applicant in the ranking (rank 1 = the first to offer the dwelling to)."""

    applicant_id: int
    rank: int
    score: float  # the fit, 0-100
    name: str
    target_group: str
    urgency: Urgency
    registered_on: Any  # dt.date
    waiting_days: int
    household_size: int
    max_rent: Decimal | None
    fit: Fit


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


def rank(ctx: VacancyContext, applicants: Iterable[ApplicantFacts]) -> list[Candidate]:
    """The eligible `applicants` in ranking order, numbered from 1."""
    day = ctx.day
    unranked = []
    for a in applicants:
        fit = fit_of(ctx, a)
        unranked.append(
            Candidate(
                a.id,
                0,
                score_of(ctx, fit),
                a.name,
                a.target_group,
                a.urgency,
                a.registered_on,
                (day - a.registered_on).days,
                max(1, a.household_size),
                a.max_rent,
                fit,
            )
        )
    order = ctx.ranking.order
    unranked.sort(key=lambda c: _key(order, c))
    return [c._replace(rank=i) for i, c in enumerate(unranked, start=1)]


# --- explanations ------------------------------------------------------------------------------


def _fit_text(ctx: VacancyContext, c: Candidate) -> str:
    fit = c.fit
    parts = []
    if fit.area_wished is None:
        parts.append(_t("no area wished"))
    elif fit.area_wished:
        parts.append(_t("in a wished area"))
    else:
        parts.append(_t("not in a wished area"))
    if fit.extra_rooms is not None:
        if fit.extra_rooms == 0:
            parts.append(_t("rooms as needed"))
        else:
            parts.append(
                _t("{rooms} room(s) more than needed").format(rooms=formats.rooms(fit.extra_rooms))
            )
    if fit.rent_share is not None:
        parts.append(
            _t("rent {share} of the limit").format(share=formats.percent(100 * fit.rent_share, 0))
        )
    return _t("Fit {score} of 100: {parts}").format(
        score=formats.number(c.score, 0), parts=", ".join(parts)
    )


def _criterion_text(ctx: VacancyContext, criterion: Criterion, c: Candidate) -> Reason:
    if criterion == Criterion.URGENCY:
        text = _t("Urgency: {urgency}").format(urgency=urgency_label(c.urgency))
    elif criterion == Criterion.WAITING_TIME:
        text = _t("Waiting time: {days} days (registered {date})").format(
            days=formats.number(c.waiting_days), date=formats.date(c.registered_on)
        )
    else:
        text = _fit_text(ctx, c)
    return Reason(criterion.value, text)


def _ahead_text(criterion: Criterion | None, c: Candidate, below: Candidate) -> str:
    number = below.rank
    if criterion == Criterion.URGENCY:
        return _t("Ahead of no. {number} on urgency ({mine} against {theirs}).").format(
            number=number, mine=urgency_label(c.urgency), theirs=urgency_label(below.urgency)
        )
    if criterion == Criterion.WAITING_TIME:
        return _t("Ahead of no. {number} on waiting time ({mine} against {theirs} days).").format(
            number=number,
            mine=formats.number(c.waiting_days),
            theirs=formats.number(below.waiting_days),
        )
    if criterion == Criterion.FIT:
        return _t("Ahead of no. {number} on fit ({mine} against {theirs}).").format(
            number=number, mine=formats.number(c.score, 0), theirs=formats.number(below.score, 0)
        )
    return _t(
        "Ahead of no. {number} on the tie-breaker: equal on every criterion, registered "
        "earlier or with the lower applicant number."
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
