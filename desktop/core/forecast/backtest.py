"""How good the estimates were: the history replayed. On each day D the list is taken as it
stood then (`queue_on`), every applicant's wait is estimated with only the dwellings reported up
to D (`whole_list.forecast_list_in`), and the estimate is compared with the day the applicant
really got an offer (the first offer sent after D).

What "as it stood on D" can be read from the database: the applicants registered by D whose case
was not closed by D and who had no offer in progress on D (sent by D and not declined, expired
or withdrawn by D: the offers' own history says when), taken as active (a pause is not kept with
its dates). Their wishes, needs and facts are read as they are now; the dwellings are those
reported by D, with the decision the desk made on each.

Applicants with no offer by the end of the history are not compared: for them the backtest
counts whether the estimate's median lay beyond what could be seen (it should).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import OfferStatus
from db.models import Applicant, Offer, OfferEvent
from desktop.core.forecast.estimate import ListForecast
from desktop.core.forecast.replay import HORIZON_DAYS
from desktop.core.forecast.whole_list import forecast_list_in
from desktop.core.matching import load, run_to_end
from desktop.core.matching.excluded import Progress
from desktop.core.matching.model import FactsRow, as_facts
from desktop.core.workspace import Workspace

_ENDED = (OfferStatus.DECLINED, OfferStatus.EXPIRED, OfferStatus.WITHDRAWN)


@dataclass(frozen=True)
class Outcome:
    """One applicant on one day: the estimate against what happened."""

    day: dt.date
    applicant_id: int
    median: int | None  # None: beyond the horizon
    low: int | None
    high: int | None
    real: int | None  # days until the first offer after `day`; None: none by the end

    @property
    def error(self) -> int | None:
        if self.real is None:
            return None
        return abs((HORIZON_DAYS if self.median is None else self.median) - self.real)

    @property
    def inside(self) -> bool:
        low = HORIZON_DAYS + 1 if self.low is None else self.low
        high = HORIZON_DAYS + 1 if self.high is None else self.high
        return self.real is not None and low <= self.real <= high


@dataclass(frozen=True)
class Backtest:
    end: dt.date  # the history's last day
    outcomes: tuple[Outcome, ...]
    nothing_fitted_offered: int  # no dwelling fitted on D, yet an offer came

    @property
    def compared(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.real is not None]

    @property
    def median_absolute_error(self) -> float | None:
        errors = [o.error for o in self.compared if o.error is not None]
        return statistics.median(errors) if errors else None

    @property
    def inside_share(self) -> float | None:
        compared = self.compared
        return sum(o.inside for o in compared) / len(compared) if compared else None

    @property
    def censored(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.real is None]

    def censored_beyond_share(self) -> float | None:
        """Of those with no offer by the end: the share whose median lay beyond the end."""
        censored = self.censored
        if not censored:
            return None
        beyond = [o for o in censored if o.median is None or o.median > (self.end - o.day).days]
        return len(beyond) / len(censored)


def queue_on(session: Session, day: dt.date) -> list[FactsRow]:
    """The applicants on the list on `day` with no offer in progress, as active rows."""
    ended = (
        select(OfferEvent.offer_id, func.min(OfferEvent.at).label("at"))
        .where(OfferEvent.to_status.in_(_ENDED))
        .group_by(OfferEvent.offer_id)
        .subquery()
    )
    busy = {
        applicant_id
        for applicant_id, ended_at in session.execute(
            select(Offer.applicant_id, ended.c.at)
            .outerjoin(ended, ended.c.offer_id == Offer.id)
            .where(Offer.sent_on.is_not(None), Offer.sent_on <= day)
        )
        if ended_at is None or ended_at.date() > day
    }
    rows = load.facts_of_rows(
        session.connection().execute(
            select(*load.applicant_columns()).where(
                Applicant.anonymised_at.is_(None),
                Applicant.registered_on <= day,
                (Applicant.closed_on.is_(None)) | (Applicant.closed_on > day),
            )
        )
    )
    return [
        tuple(as_facts(row)._replace(status="active", paused_until=None))
        for row in rows
        if row[0] not in busy
    ]


def first_offers_after(session: Session, day: dt.date) -> dict[int, dt.date]:
    """Each applicant's first offer sent after `day`."""
    found: dict[int, dt.date] = {}
    for applicant_id, sent in session.execute(
        select(Offer.applicant_id, func.min(Offer.sent_on))
        .where(Offer.sent_on > day)
        .group_by(Offer.applicant_id)
    ):
        if sent is not None:
            found[applicant_id] = sent
    return found


def backtest(
    ws: Workspace, days: Sequence[dt.date], *, end: dt.date | None = None
) -> Generator[Progress, None, Backtest]:
    """The estimates made on each of `days` against the offers that followed, up to `end`
    (today unless given). A generator: it yields progress and returns the `Backtest`."""
    last = end or ws.today()
    outcomes: list[Outcome] = []
    surprises = 0
    for n, day in enumerate(days):
        yield Progress(n, len(days))
        with ws.read() as session:
            queue = queue_on(session, day)
            estimates: ListForecast = run_to_end(forecast_list_in(session, day, rows=queue))
            offered = first_offers_after(session, day)
        for applicant_id, wait in estimates.waits.items():
            when = offered.get(applicant_id)
            real = None if when is None or when > last else (when - day).days
            outcomes.append(Outcome(day, applicant_id, wait.median, wait.low, wait.high, real))
        surprises += len(estimates.nothing_fits & offered.keys())
    yield Progress(len(days), len(days))
    return Backtest(last, tuple(outcomes), surprises)
