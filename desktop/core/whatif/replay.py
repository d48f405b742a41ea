"""One replay of a period: the dwellings reported in it, day by day, through the desk's own
intake check and matching rules, as the session reads them (the agreement as it was, or as a
what-if changes it: see `changes.applied`).

For each dwelling, on the day it was reported:

1. the intake check (`intake.check.Checker`) accepts it or returns it (colour, rent ceiling);
2. an accepted dwelling is offered to the first in the ranking among the applicants on the list
   that day whom the matching rules let be offered it (`matching.rules`, `matching.ranking`);
   that applicant takes it and leaves the list. An applicant who really declined this dwelling
   declines it again. Nobody on the list fits: the dwelling stands empty until the desk gives it
   back (its real day, else its deadline to name a tenant);
3. the rent loss (`rent_loss`) runs from the day the dwelling is at the desk's disposal to its
   real lease start (if it was let), else the period's median days to let, else its deadline.

The replay is a model: it takes every offer as accepted and every check's proposal as the
decision. What-ifs compare two replays made the same way, so what differs is the agreement.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from db.models import Vacancy
from desktop.core import settings
from desktop.core.colours import ColourStatus
from desktop.core.intake import status
from desktop.core.intake.check import REASON_NOT_PLACED, REASON_RED, REASON_RENT, Checker
from desktop.core.matching import load
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.rent_loss import bearer, rent_loss
from desktop.core.schemes.settings import SCHEMES, RentLossBearer
from desktop.core.whatif.history import History
from desktop.core.whatif.judgements import Judgements
from desktop.core.whatif.matcher import Matcher
from desktop.core.whatif.pool import Pool, standing_in
from desktop.core.whatif.stream import Statuses

COLOUR_REASONS = (REASON_RED, REASON_NOT_PLACED)
STEP = 50  # dwellings between two progress reports


@dataclass
class Outcome:
    """What one replay of the period came to."""

    reported: int = 0
    accepted: int = 0
    returned_colour: int = 0  # the department may not report (red, or not placed)
    returned_rent: int = 0  # the rent is above the ceiling (and the colour allowed it)
    offered: int = 0  # accepted dwellings offered to an applicant
    without_candidate: int = 0  # accepted dwellings no one on the list could be offered
    rent_loss: dict[RentLossBearer, Decimal] = field(default_factory=dict)
    housed: Counter[str] = field(default_factory=Counter)  # applicants offered, by target group
    offers: list[tuple[int, int]] = field(default_factory=list)  # (dwelling, applicant) in order

    @property
    def applicants(self) -> int:
        return sum(self.housed.values())

    @property
    def rent_loss_total(self) -> Decimal:
        return sum(self.rent_loss.values(), Decimal(0))


@dataclass
class _Day:
    """What the rules read on one day, read once for all its dwellings."""

    day: dt.date
    checker: Checker
    common: load.Common
    statuses: dict[int, ColourStatus]


def replay(
    session: Session,
    history: History,
    counts: Sequence[int],
    judgements: Judgements | None = None,
    statuses: Statuses | None = None,
) -> Generator[int, None, Outcome]:
    """Replay the period's dwellings, each `counts[i]` times (see `stream.copies`), in
    `session`; yields how many dwellings are done now and then, returns the `Outcome`. The
    replays of one period may share what they judged (`judgements`); the departments' colours
    on the report days may be read already (`stream.statuses` in the same session)."""
    outcome = Outcome()
    departments: dict[dt.date, set[int | None]] = {}
    for vacancy, count in zip(history.vacancies, counts, strict=True):
        if count:
            departments.setdefault(vacancy.reported_on, set()).add(vacancy.department_id)
    settings.read_ahead(session, [history.start, *departments])  # one query per setting
    if judgements is None:
        judgements = Judgements(history.applicants, [v.monthly_total for v in history.vacancies])
    order = load.common_on(session, history.start).ranking.order
    pool = Pool(history.applicants, history.closed_on, standing_in(order), judgements)
    matcher = Matcher(judgements)
    today: _Day | None = None
    done = 0
    for vacancy, count in zip(history.vacancies, counts, strict=True):
        if not count:
            continue
        day = vacancy.reported_on
        if today is None or today.day != day:
            today = _day_of(session, day, departments[day], (statuses or {}).get(day))
            if today.common.ranking.order != order:
                order = today.common.ranking.order
                pool.reorder(standing_in(order))
            pool.advance(_settings_on(today.common))
        for _copy in range(count):
            _one(session, history, today, (pool, matcher), vacancy, outcome)
            done += 1
            if done % STEP == 0:
                yield done
    yield done
    return outcome


def _settings_on(common: load.Common) -> VacancyContext:
    """A context of no dwelling with the day's settings: what the applicants' keys read."""
    return VacancyContext(
        day=common.day, target_groups=common.target_groups, age=common.age, schemes=common.schemes
    )


def _day_of(
    session: Session,
    day: dt.date,
    departments: set[int | None],
    statuses: Mapping[int, ColourStatus] | None,
) -> _Day:
    # the replay makes its own offers: the real open offers of today are no one's here
    common = replace(load.common_on(session, day), open_offer=frozenset())
    checker = Checker(session, day, departments, statuses=statuses)
    # the intake check and the matching read the same colours on the same day
    return _Day(day, checker, common, checker.statuses)


def _one(
    session: Session,
    history: History,
    today: _Day,
    matching: tuple[Pool, Matcher],
    vacancy: Vacancy,
    out: Outcome,
) -> None:
    out.reported += 1
    _ceiling, _relevant, reasons, _notes = today.checker.judge(
        vacancy.department_id, vacancy.dwelling_type, vacancy.rooms, vacancy.monthly_total
    )
    codes = {code for code, _text in reasons}
    if codes & set(COLOUR_REASONS):
        out.returned_colour += 1
        return
    if REASON_RENT in codes:
        out.returned_rent += 1
        return
    out.accepted += 1
    ctx = load.context_of(
        session,
        vacancy,
        today.day,
        common=today.common,
        colour=None if vacancy.department_id is None else today.statuses[vacancy.department_id],
    )
    pool, matcher = matching
    chosen = matcher.first(ctx, pool, _judged(ctx, history, vacancy.id))
    if chosen is None:
        out.without_candidate += 1
    else:
        out.offered += 1
        out.housed[chosen.target_group] += 1
        out.offers.append((vacancy.id, chosen.id))
        pool.take(chosen.id)
    who = bearer(settings.get(session, SCHEMES, today.day), vacancy.scheme)
    loss = rent_loss(
        vacancy.monthly_total,
        _at_disposal(vacancy),
        until=_end(session, history, vacancy, let=chosen is not None),
    )
    out.rent_loss[who] = out.rent_loss.get(who, Decimal(0)) + loss


def _judged(
    ctx: VacancyContext, history: History, vacancy_id: int
) -> Callable[[FactsRow], ApplicantFacts]:
    """An applicant's row as the rules read it for this dwelling: the department excluded, the
    dwelling declined before, the household's legal facts where a rule reads them."""
    refused = history.refused.get(vacancy_id, frozenset())
    excluded = history.excluded
    department = ctx.department_id
    facts = history.facts if ctx.needs_members else None

    def judged(row: FactsRow) -> ApplicantFacts:
        a = as_facts(row)
        applicant = a.id
        if applicant in refused:
            a = a._replace(declined_here=True)
        if department in excluded.get(applicant, ()):
            a = a._replace(excluded_here=True)
        if facts is not None:
            a = a._replace(members=facts.get(applicant, ()))
        return a

    return judged


def _at_disposal(vacancy: Vacancy) -> dt.date:
    if vacancy.at_disposal_from is not None:
        return vacancy.at_disposal_from
    return status.at_disposal_from(vacancy.available_from, vacancy.reported_on)


def _end(session: Session, history: History, vacancy: Vacancy, *, let: bool) -> dt.date:
    """The day the rent loss stops: the lease starts, or the desk gives the dwelling back."""
    at = _at_disposal(vacancy)
    if let:
        if vacancy.lease_start is not None and vacancy.at_disposal_from is not None:
            return vacancy.lease_start
        if history.days_to_let is not None:
            return at + dt.timedelta(days=history.days_to_let)
    elif vacancy.given_back_on is not None:
        return vacancy.given_back_on
    if vacancy.desk_deadline is not None:
        return vacancy.desk_deadline
    return status.desk_deadline(session, at, scheme=vacancy.scheme, notice=vacancy.reported_on)
