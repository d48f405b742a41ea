"""Two desks at once: the offer workflow and the expiry of unanswered offers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select, update

from db.enums import OfferStatus
from db.models import Letter, Offer, OfferEvent
from desktop.core.errors import Conflict, ValidationError
from desktop.core.offers import compose, expiry, workflow
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import SimultaneousWrite
from tests.conftest import TODAY
from tests.db.two_desks.race import Outcomes
from tests.db.two_desks.table import World, both_succeed, one_wins, scenario, succeed_or, value_of

OFFERS = "desktop.core.offers"


def _offer_steps(
    status: OfferStatus,
    anna: Callable[[Workspace, int, int], Any],
    bo: Callable[[Workspace, int, int], Any],
    results: tuple[OfferStatus, OfferStatus],
) -> Any:
    """Both desks act on the same offer as they loaded it (its version): one step wins."""

    def setup(world: World) -> Any:
        offer_id = world.offer(status)[0]
        return offer_id, world.version(Offer, offer_id)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        offer = world.read(Offer, ctx[0])
        assert offer.status == results[0 if winner == "anna" else 1]
        assert (
            world.count(OfferEvent, OfferEvent.offer_id == ctx[0])
            == {
                OfferStatus.DRAFT: 2,
                OfferStatus.SENT: 3,
                OfferStatus.ACCEPTED: 4,
            }[status]
        )

    return (
        setup,
        lambda ws, ctx: anna(ws, ctx[0], ctx[1]),
        lambda ws, ctx: bo(ws, ctx[0], ctx[1]),
        check,
    )


def _withdraw(ws: Workspace, offer_id: int, version: int) -> Any:
    return workflow.withdraw_offer(
        ws, offer_id, reason="Fejl i tilbuddet", expected_version=version
    )


@scenario("an offer sent and withdrawn at once", f"{OFFERS}.workflow.send_offer", stale=True)
def _() -> Any:
    return _offer_steps(
        OfferStatus.DRAFT,
        lambda ws, offer, version: workflow.send_offer(ws, offer, expected_version=version),
        _withdraw,
        (OfferStatus.SENT, OfferStatus.WITHDRAWN),
    )


@scenario(
    "an offer accepted and withdrawn at once",
    f"{OFFERS}.workflow.accept_offer",
    f"{OFFERS}.workflow.writing",
    stale=True,
)
def _() -> Any:
    return _offer_steps(
        OfferStatus.SENT,
        lambda ws, offer, version: workflow.accept_offer(ws, offer, expected_version=version),
        _withdraw,
        (OfferStatus.ACCEPTED, OfferStatus.WITHDRAWN),
    )


@scenario("an offer declined and accepted at once", f"{OFFERS}.workflow.decline_offer", stale=True)
def _() -> Any:
    return _offer_steps(
        OfferStatus.SENT,
        lambda ws, offer, version: workflow.decline_offer(
            ws, offer, reason_code="area", expected_version=version
        ),
        lambda ws, offer, version: workflow.accept_offer(ws, offer, expected_version=version),
        (OfferStatus.DECLINED, OfferStatus.ACCEPTED),
    )


@scenario(
    "a lease start entered while the offer is withdrawn",
    f"{OFFERS}.workflow.enter_lease_start",
    f"{OFFERS}.workflow.withdraw_offer",
    stale=True,
)
def _() -> Any:
    return _offer_steps(
        OfferStatus.ACCEPTED,
        lambda ws, offer, version: workflow.enter_lease_start(
            ws, offer, TODAY + dt.timedelta(days=10), expected_version=version
        ),
        _withdraw,
        (OfferStatus.ACCEPTED, OfferStatus.WITHDRAWN),
    )


def _open_offers(world: World, vacancy_id: int) -> int:
    with world.ws.read() as session:
        query = (
            select(func.count())
            .select_from(Offer)
            .where(Offer.vacancy_id == vacancy_id, Offer.open_clause())
        )
        return int(session.scalar(query) or 0)


@scenario("one dwelling offered to two applicants at once", f"{OFFERS}.workflow.create_offer")
def _() -> Any:
    def setup(world: World) -> Any:
        return world.vacancy(), world.candidate("Anne Jensen"), world.candidate("Bo Berg")

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, ValidationError, SimultaneousWrite)
        assert _open_offers(world, ctx[0]) == 1

    def offer(index: int) -> Callable[[Workspace, Any], Any]:
        return lambda ws, ctx: workflow.create_offer(
            ws, ctx[0], ctx[index], skip_reason="Passer bedst til boligen"
        )

    return setup, offer(1), offer(2), check


@scenario(
    "one dwelling offered from the offer dialog to two applicants at once",
    f"{OFFERS}.compose.send",
)
def _() -> Any:
    def setup(world: World) -> Any:
        vacancy = world.vacancy()
        people = world.candidate("Anne Jensen"), world.candidate("Bo Berg")
        return [compose.offer_setup(world.ws, vacancy, person) for person in people]

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, ValidationError, SimultaneousWrite)
        assert _open_offers(world, ctx[0].vacancy_id) == 1
        assert world.count(Letter) == 1  # the winner's letter; nothing of the other's

    def send(index: int) -> Callable[[Workspace, Any], Any]:
        return lambda ws, ctx: compose.send(
            ws, ctx[index].plan(skip_reason="Passer bedst til boligen", letter_note="Velkommen")
        )

    return setup, send(0), send(1), check


@scenario("the next candidate proposed by both", f"{OFFERS}.workflow.propose_next")
def _() -> Any:
    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        made = succeed_or(outcomes, SimultaneousWrite)
        proposed = [value_of(outcomes, who) for who in made]
        assert len([p for p in proposed if p is not None]) == 1
        assert _open_offers(world, ctx[0]) == 1

    propose = lambda ws, ctx: workflow.propose_next(ws, ctx[0])  # noqa: E731
    return (lambda world: (world.vacancy(), world.candidate())), propose, propose, check


def _overdue(world: World) -> int:
    offer_id = world.offer(OfferStatus.SENT)[0]
    world.execute(
        update(Offer).where(Offer.id == offer_id).values(reply_deadline=TODAY - dt.timedelta(2))
    )
    return offer_id


def _expired_once(world: World, offer_id: Any, outcomes: Outcomes, ids: list[Any]) -> None:
    both_succeed(outcomes)
    assert ids == [offer_id]  # expired by one desk, skipped by the other
    assert world.read(Offer, offer_id).status == OfferStatus.EXPIRED
    expired = OfferEvent.to_status == OfferStatus.EXPIRED
    assert world.count(OfferEvent, OfferEvent.offer_id == offer_id, expired) == 1


@scenario("overdue offers expired by both", f"{OFFERS}.expiry.expire_overdue")
def _() -> Any:
    expire = lambda ws, ctx: expiry.expire_overdue(ws)  # noqa: E731
    return (
        _overdue,
        expire,
        expire,
        lambda world, offer_id, o: _expired_once(world, offer_id, o, o.anna.value + o.bo.value),
    )


@scenario(
    "overdue offers expired by both with outcomes", f"{OFFERS}.expiry.expire_overdue_outcomes"
)
def _() -> Any:
    expire = lambda ws, ctx: expiry.expire_overdue_outcomes(ws)  # noqa: E731
    return (
        _overdue,
        expire,
        expire,
        lambda world, offer_id, o: _expired_once(
            world, offer_id, o, [x.offer_id for x in o.anna.value + o.bo.value]
        ),
    )
