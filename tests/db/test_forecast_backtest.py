"""The backtest on a hand-made history: the list as it stood on the day (who was registered,
not yet housed, and had no offer in progress: sent and not yet declined, expired or withdrawn),
the estimate made with the dwellings known then, and the real wait until the next offer.

On 1 June 2026 the window runs from 2 June 2025; four dwellings reported on 1 February 2026 come
245 days into it, enough for everyone waiting then: each estimate is 245 days.
"""

from __future__ import annotations

import datetime as dt

from db.enums import ApplicantStatus, OfferStatus, Urgency, VacancyStatus
from db.models import Offer, OfferEvent
from desktop.core.forecast.backtest import backtest, queue_on
from desktop.core.matching import run_to_end
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make

DAY = dt.date(2026, 6, 1)


def offer(
    ws: Workspace, vacancy_id: int, applicant_id: int, sent: dt.date, withdrawn: dt.date | None
) -> None:
    """An offer sent, and withdrawn on a day (a withdrawn offer counts neither as accepted nor
    as declined: no declines in the replay, so every estimate is worked out by hand)."""
    with ws.write() as session:
        row = Offer(
            vacancy_id=vacancy_id,
            applicant_id=applicant_id,
            status=OfferStatus.SENT if withdrawn is None else OfferStatus.WITHDRAWN,
            sent_on=sent,
        )
        session.add(row)
        session.flush()
        if withdrawn is not None:
            session.add(
                OfferEvent(
                    offer_id=row.id,
                    at=dt.datetime.combine(withdrawn, dt.time(10)),
                    from_status=OfferStatus.SENT,
                    to_status=OfferStatus.WITHDRAWN,
                )
            )


def test_the_estimates_of_a_past_day_against_the_offers_that_followed(
    workspace: Workspace,
) -> None:
    dept = make.department(workspace)
    make.vacancy(workspace, dept, reported_on=dt.date(2024, 1, 2), status=VacancyStatus.RETURNED)
    homes = [
        make.vacancy(workspace, dept, reported_on=dt.date(2026, 2, 1), status=VacancyStatus.LET)
        for _ in range(4)
    ]
    first = make.applicant(
        workspace, "First", urgency=Urgency.ACUTE, registered_on=dt.date(2025, 1, 1)
    )
    waiting = make.applicant(workspace, "Waiting", registered_on=dt.date(2025, 2, 1))
    make.applicant(workspace, "Later", registered_on=dt.date(2026, 7, 1))
    make.applicant(
        workspace,
        "Housed",
        registered_on=dt.date(2024, 1, 1),
        status=ApplicantStatus.HOUSED,
        closed_on=dt.date(2026, 3, 1),
    )
    busy = make.applicant(workspace, "Busy", registered_on=dt.date(2024, 6, 1))
    again = make.applicant(workspace, "Again", registered_on=dt.date(2024, 7, 1))
    offer(workspace, homes[0], busy, dt.date(2026, 5, 20), withdrawn=dt.date(2026, 6, 10))
    offer(workspace, homes[1], again, dt.date(2026, 4, 1), withdrawn=dt.date(2026, 4, 10))
    offer(workspace, homes[2], first, dt.date(2026, 7, 1), withdrawn=None)
    offer(workspace, homes[3], again, dt.date(2026, 8, 1), withdrawn=None)

    with workspace.read() as session:
        assert {row[0] for row in queue_on(session, DAY)} == {first, waiting, again}
    result = run_to_end(backtest(workspace, [DAY]))
    outcomes = {o.applicant_id: o for o in result.outcomes}
    assert {i: (o.median, o.real) for i, o in outcomes.items()} == {
        first: (245, 30),
        again: (245, 61),
        waiting: (245, None),
    }
    assert result.median_absolute_error == (215 + 184) / 2
    assert result.inside_share == 0.0
    # no offer by today, 173 days on: an estimate of 245 days said as much
    assert (TODAY - DAY).days == 173
    assert result.censored_beyond_share() == 1.0
