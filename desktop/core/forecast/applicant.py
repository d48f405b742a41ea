"""One applicant's estimated wait (the applicant's page, the insight report, `anvis forecast
applicant`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.forecast import fit, kept, queue, replay, stored
from desktop.core.forecast.estimate import Exclusion, Forecast, WaitRange
from desktop.core.forecast.market import Market
from desktop.core.forecast.window import Window
from desktop.core.i18n import translate
from desktop.core.matching import load, rules
from desktop.core.matching.model import as_facts
from desktop.core.workspace import Workspace


def forecast(ws: Workspace, applicant_id: int, *, day: dt.date | None = None) -> Forecast:
    """The applicant's estimated wait (today unless `day`)."""
    with ws.read() as session:
        return forecast_in(session, applicant_id, day or ws.today())


def forecast_in(session: Session, applicant_id: int, day: dt.date) -> Forecast:
    """`forecast` in the caller's session."""
    row = queue.one_row(session, applicant_id)
    if row is None:
        raise NotFound(
            translate("Forecast", "There is no applicant number {id}.").format(id=applicant_id)
        )
    made_of = kept.basis(session)
    window = kept.window(session, day, made_of)
    if window.too_short:
        return _without_estimate(applicant_id, window, too_little_history=True)
    if not window.dwellings:
        return _without_estimate(applicant_id, window)
    excluded = queue.excluded_departments(session)
    open_offer = applicant_id in load.with_open_offer(session)
    listed = kept.remembered_list(session, day, made_of)
    known = (
        listed.waits.get(applicant_id)
        if listed is not None
        else stored.wait_of(session, day, made_of, applicant_id)
    )
    if not isinstance(known, stored.Missing):
        # the list's estimate holds (kept, or stored by an earlier run): only the fit is the
        # applicant's own
        market = Market(window, [row], excluded)
        market.prepare()
        judgement = fit.judge(market, 0, excluded.get(applicant_id, frozenset()), open_offer)
        wait = known
    else:
        rows = queue.read_rows(session, window.contexts[0], ahead_of=as_facts(row))
        if any(ctx.needs_members for ctx in window.contexts):
            rows = queue.with_facts(session, rows)
        if all(other[0] != applicant_id for other in rows):  # kept out by the day's rules
            rows = [*rows, row]
        market = Market(window, rows, excluded)
        market.prepare()
        position = market.position[applicant_id]
        judgement = fit.judge(market, position, excluded.get(applicant_id, frozenset()), open_offer)
        wait = _replayed(market, position, judgement.fitting) if judgement.fitting else None
    if not judgement.fitting or wait is None:
        return _without_estimate(applicant_id, window, excluded_by=judgement.excluded_by)
    return Forecast(
        applicant_id,
        day,
        window.first_day,
        window.months,
        len(window.dwellings),
        len(judgement.fitting),
        wait,
        judgement.excluded_by,
    )


def _replayed(market: Market, position: int, fitting: Sequence[int]) -> WaitRange:
    """The applicant's wait over the replicates."""
    if _surely_beyond(market, position, fitting):
        return WaitRange(None, None, None)
    return WaitRange.of([replay.wait_of(market, position, r) for r in range(replay.REPLICATES)])


def _surely_beyond(market: Market, position: int, fitting: Sequence[int]) -> bool:
    """Whether the applicant's turn comes after the horizon in every replicate, without
    replaying: a dwelling reaches the applicant only when at most as many of those surely ahead
    on it (a smaller standing, let through by the rules asked of groups, and, where the
    household's facts count, without any) are still waiting as the dwelling passes by declines;
    they are served one a dwelling. If every fitting dwelling has more of them than the horizon
    has dwellings and the longest run of declines together, none reaches the applicant in
    time."""
    ahead = (1 << market.block_start[position]) - 1
    window = market.window
    windows = replay.cycles(window)
    steps = windows * len(window.dwellings)
    fewest: int | None = None  # of those surely ahead on any fitting dwelling
    for i in fitting:
        household = market.member_rules[i]
        if any(r.code in rules.NEEDS_A_FACT for r in household):
            return False  # who has the fact it demands is not known here
        before = market.eligible[i] & ahead
        if household:
            before &= market.without_facts  # surely let through by their household's facts
        count = before.bit_count()
        if count < steps:
            return False
        fewest = count if fewest is None else min(fewest, count)
    if fewest is None:
        return True
    # (counted only when the rest holds: it reads every replicate's seeds)
    passed = replay.longest_declines(len(window.dwellings), windows, window.declined)
    return fewest >= steps + passed


def _without_estimate(
    applicant_id: int,
    window: Window,
    *,
    excluded_by: tuple[Exclusion, ...] = (),
    too_little_history: bool = False,
) -> Forecast:
    return Forecast(
        applicant_id,
        window.day,
        window.first_day,
        window.months,
        len(window.dwellings),
        0,
        None,
        excluded_by,
        too_little_history,
    )
