"""The estimated wait of every applicant on the list at once (the applicant list's column, the
backtest): one replay of the whole queue per replicate, in the background with progress.

An applicant gets the same estimate here as from `applicant.forecast` (the same replicates,
and only those ahead of them decide). Applicants whom the day's rules keep off every dwelling
(paused, an open offer, a closed case) are not in the queue and get no estimate here; their own
forecast says which rule keeps them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence

from sqlalchemy.orm import Session

from desktop.core.forecast import kept, queue, replay, stored
from desktop.core.forecast.estimate import ListForecast, WaitRange
from desktop.core.forecast.market import Market
from desktop.core.forecast.window import Window
from desktop.core.i18n import translate
from desktop.core.matching.excluded import Progress
from desktop.core.matching.model import FactsRow
from desktop.core.workspace import Workspace


def forecast_list(
    ws: Workspace, *, day: dt.date | None = None
) -> Generator[Progress, None, ListForecast]:
    """Every applicant's estimated wait (today unless `day`). A generator: it yields progress
    and returns the `ListForecast`."""
    with ws.read() as session:
        return (yield from forecast_list_in(session, day or ws.today()))


def forecast_list_in(
    session: Session, day: dt.date, *, rows: Sequence[FactsRow] | None = None
) -> Generator[Progress, None, ListForecast]:
    """`forecast_list` in the caller's session; `rows` instead of the queue read from the
    database (the backtest gives the applicants as they stood on `day`)."""
    total = replay.REPLICATES + 1
    yield Progress(0, total, translate("Forecast", "Reading the dwellings and the list"))
    made_of = kept.basis(session)
    window = kept.window(session, day, made_of)
    if window.too_short or not window.dwellings:
        return _empty(window)
    from_database = rows is None
    if rows is None:
        rows = queue.read_rows(session, window.contexts[0])
    if any(ctx.needs_members for ctx in window.contexts):
        rows = queue.with_facts(session, rows)
    market = Market(window, rows, queue.excluded_departments(session))
    market.prepare()
    found: list[list[int]] = [[] for _ in range(len(market))]
    for r in range(replay.REPLICATES):
        yield Progress(r + 1, total, translate("Forecast", "Replaying the dwellings"))
        for position, days in enumerate(replay.waits(market, r)):
            found[position].append(days)
    waits: dict[int, WaitRange] = {}
    nothing: set[int] = set()
    for position, replicates in enumerate(found):
        applicant_id = market.ids[position]
        if max(replicates) < 0 and not market.fits_any(position):
            nothing.add(applicant_id)
        else:
            waits[applicant_id] = WaitRange.of([None if d < 0 else d for d in replicates])
    yield Progress(total, total)
    result = ListForecast(day, window.months, len(window.dwellings), waits, frozenset(nothing))
    if from_database:
        kept.remember_list(session, made_of, result)
        stored.store(session, made_of, result)
    return result


def _empty(window: Window) -> ListForecast:
    return ListForecast(
        window.day, window.months, len(window.dwellings), {}, frozenset(), window.too_short
    )
