"""One applicant's estimated wait (the applicant's page, the insight report, `anvis forecast
applicant`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.forecast import fit, queue, replay
from desktop.core.forecast.estimate import Exclusion, Forecast, WaitRange
from desktop.core.forecast.market import Market
from desktop.core.forecast.window import Window, read_window
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
    window = read_window(session, day)
    if window.too_short:
        return _without_estimate(applicant_id, window, too_little_history=True)
    if not window.dwellings:
        return _without_estimate(applicant_id, window)
    excluded = queue.excluded_departments(session)
    rows = queue.read_rows(session, window.contexts[0], ahead_of=as_facts(row))
    if any(ctx.needs_members for ctx in window.contexts):
        rows = queue.with_facts(session, rows)
    if all(other[0] != applicant_id for other in rows):  # kept out by the day's rules
        rows = [*rows, row]
    market = Market(window, rows, excluded)
    market.prepare()
    position = market.position[applicant_id]
    judgement = fit.judge(
        market,
        position,
        excluded.get(applicant_id, frozenset()),
        applicant_id in load.with_open_offer(session),
    )
    if not judgement.fitting:
        return _without_estimate(applicant_id, window, excluded_by=judgement.excluded_by)
    if _surely_beyond(market, position, judgement.fitting):
        waits: list[int | None] = [None] * replay.REPLICATES
    else:
        waits = [replay.wait_of(market, position, r) for r in range(replay.REPLICATES)]
    return Forecast(
        applicant_id,
        day,
        window.first_day,
        window.months,
        len(window.dwellings),
        len(judgement.fitting),
        WaitRange.of(waits),
        judgement.excluded_by,
    )


def _surely_beyond(market: Market, position: int, fitting: Sequence[int]) -> bool:
    """Whether more applicants stand surely ahead on every dwelling that fits than the horizon
    has dwellings: then every fitting dwelling goes to one of them until they are all served,
    and the applicant's turn comes after the horizon in every replicate. Surely ahead: a
    smaller standing, and may have every fitting dwelling by the rules asked of groups (and,
    where the household's facts count, has none; no bound where a fact is demanded)."""
    demanded = set(rules.NEEDS_A_FACT)
    if any(r.code in demanded for i in fitting for r in market.member_rules[i]):
        return False
    start = position
    while start > 0 and market.block_end[start - 1] > position:
        start -= 1
    ahead = (1 << start) - 1
    for i in fitting:
        ahead &= market.eligible[i]
    if any(market.member_rules[i] for i in fitting):
        ahead &= market.without_facts
    return ahead.bit_count() >= replay.cycles(market) * len(market.window.dwellings)


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
