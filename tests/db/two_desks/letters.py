"""Two desks at once: letters issued, printed and edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.enums import AuditAction, DeliveryChannel, LetterKind, OfferStatus
from db.models import AuditEvent, Letter, LetterTemplate, Offer
from desktop.core.applicants import caseworkers
from desktop.core.errors import Conflict, ValidationError
from desktop.core.letters import archive, batch, delivery, landlord, templates, to_deliver
from desktop.core.offers import workflow
from desktop.core.offers.deadlines import default_reply_deadline
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.db.two_desks.race import Outcomes
from tests.db.two_desks.table import (
    SCENARIOS,
    Scenario,
    World,
    both_succeed,
    logged,
    one_wins,
    scenario,
    succeed_or,
    value_of,
)

L = "desktop.core.letters"
HAND_OVER = DeliveryChannel.HAND_OVER


def _letters_made(world: World, ctx: Any, outcomes: Outcomes, kind: LetterKind) -> None:
    both_succeed(outcomes)
    with world.ws.read() as session:
        from db.models import Letter

        made = session.scalar(select(func.count()).select_from(Letter).where(Letter.kind == kind))
    assert made == ctx["letters"] + 2


def _letter_scenario(kind: LetterKind, issue: Callable[[Workspace, Any], Any]) -> Any:
    def setup(world: World) -> Any:
        offer_id, _vacancy, applicant_id = world.offer(OfferStatus.ACCEPTED)
        with world.ws.read() as session:
            from db.models import Letter

            count = select(func.count()).select_from(Letter).where(Letter.kind == kind)
            letters = session.scalar(count)
        return {"offer": offer_id, "applicant": applicant_id, "letters": letters}

    return (
        setup,
        issue,
        issue,
        lambda world, ctx, outcomes: _letters_made(world, ctx, outcomes, kind),
    )


@scenario("an offer letter issued by both", f"{L}.archive.issue_offer_letter")
def _() -> Any:
    return _letter_scenario(
        LetterKind.OFFER, lambda ws, ctx: archive.issue_offer_letter(ws, ctx["offer"])
    )


@scenario("an allocation notice issued by both", f"{L}.archive.issue_allocation_notice")
def _() -> Any:
    return _letter_scenario(
        LetterKind.ALLOCATION_NOTICE,
        lambda ws, ctx: archive.issue_allocation_notice(ws, ctx["offer"]),
    )


@scenario("a decision letter issued by both", f"{L}.archive.issue_decision")
def _() -> Any:
    return _letter_scenario(
        LetterKind.DECISION_REFUSAL,
        lambda ws, ctx: archive.issue_decision(
            ws, LetterKind.DECISION_REFUSAL, ctx["applicant"], reasons="Boligen er for dyr."
        ),
    )


def _first_use(covers: str, use: Callable[[Workspace, Any], Any]) -> None:
    """The shipped letter texts are added on first use: two desks using letters for the first
    time at once both succeed, with one copy of each text."""

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        with world.ws.read() as session:
            kinds = list(session.scalars(select(LetterTemplate.kind)))
        assert len(kinds) == len(set(kinds)) > 0

    SCENARIOS[f"first use of letters by both: {covers.rsplit('.', 1)[1]}"] = Scenario(
        (covers,), lambda world: world.offer()[0], use, use, check
    )


_first_use(f"{L}.archive.preview_offer_letter", archive.preview_offer_letter)
_first_use(
    f"{L}.templates.active_template",
    lambda ws, ctx: templates.active_template(ws, LetterKind.OFFER),
)
_first_use(
    f"{L}.templates.template_versions",
    lambda ws, ctx: templates.template_versions(ws, LetterKind.OFFER),
)
_first_use(f"{L}.templates.texts_in_use", lambda ws, ctx: templates.texts_in_use(ws))


def _new_text(who: str) -> Callable[[Workspace, Any], Any]:
    def save(ws: Workspace, loaded: Any) -> Any:
        return templates.save_template(
            ws,
            LetterKind.OFFER,
            title=f"{loaded.title} ({who})",
            body=loaded.body,
            has_reply_slip=loaded.has_reply_slip,
            expected_version=loaded.version,
        )

    return save


@scenario("a letter text edited by both", f"{L}.templates.save_template", stale=True)
def _() -> Any:
    def check(world: World, loaded: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        in_use = templates.active_template(world.ws, LetterKind.OFFER)
        assert (in_use.version, in_use.title) == (loaded.version + 1, f"{loaded.title} ({winner})")

    setup = lambda world: templates.active_template(world.ws, LetterKind.OFFER)  # noqa: E731
    return setup, _new_text("anna"), _new_text("bo"), check


@scenario(
    "a scheme's first text of its own written by both", f"{L}.templates.save_template", stale=True
)
def _() -> Any:
    def write(who: str) -> Callable[[Workspace, Any], Any]:
        def save(ws: Workspace, ordinary: Any) -> Any:
            return templates.save_template(
                ws,
                LetterKind.OFFER,
                title=f"Startbolig ({who})",
                body=ordinary.body,
                has_reply_slip=True,
                expected_version=0,  # the editor opened it on the ordinary text
                variant="startbolig",
            )

        return save

    def check(world: World, ordinary: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        own = templates.template_versions(world.ws, LetterKind.OFFER, "startbolig")
        assert [(v.title, v.active) for v in own] == [(f"Startbolig ({winner})", True)]
        assert templates.active_template(world.ws, LetterKind.OFFER).version == ordinary.version

    setup = lambda world: templates.active_template(world.ws, LetterKind.OFFER)  # noqa: E731
    return setup, write("anna"), write("bo"), check


@scenario(
    "an older letter text put back against an edit", f"{L}.templates.activate_version", stale=True
)
def _() -> Any:
    def setup(world: World) -> Any:
        first = templates.active_template(world.ws, LetterKind.OFFER)
        return _new_text("second")(world.ws, first)

    def anna(ws: Workspace, loaded: Any) -> Any:
        return templates.activate_version(
            ws, LetterKind.OFFER, loaded.version - 1, expected_version=loaded.version
        )

    def check(world: World, loaded: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        in_use = templates.active_template(world.ws, LetterKind.OFFER)
        wanted = loaded.version - 1 if winner == "anna" else loaded.version + 1
        assert in_use.version == wanted

    return setup, anna, _new_text("bo"), check


def _archived_letter(world: World) -> tuple[int, Path]:
    offer_id = world.offer(OfferStatus.SENT)[0]
    letter = archive.issue_offer_letter(world.ws, offer_id)
    assert letter.letter_id is not None
    return letter.letter_id, world.folder


logged(
    "an archived letter reprinted by both",
    f"{L}.archive.reprint",
    _archived_letter,
    lambda ws, ctx, who: archive.reprint(ws, ctx[0], purpose=f"Genudskrift ({who})"),
    AuditAction.PRINT,
)
logged(
    "a printed letter recorded by both",
    f"{L}.archive.record_printed",
    lambda world: (archive.issue_offer_letter(world.ws, world.offer(OfferStatus.SENT)[0]),),
    lambda ws, ctx, who: archive.record_printed(ws, ctx[0], purpose="Udskrevet"),
    AuditAction.PRINT,
)


def _day_letters(world: World) -> tuple[int, Path]:
    """Today's letters: the offer letter of a sent offer, and one issued again."""
    return _archived_letter(world)


def _drain(steps: Iterator[Any]) -> Any:
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


logged(
    "the day's letters printed by both",
    f"{L}.batch.write_batch",
    _day_letters,
    lambda ws, ctx, who: batch.write_batch(ws, TODAY, ctx[1] / f"{who}.pdf"),
    AuditAction.PRINT,
    per_desk=2,
)
logged(
    "the day's letters printed by both with progress",
    f"{L}.batch.batch_steps",
    _day_letters,
    lambda ws, ctx, who: _drain(batch.batch_steps(ws, TODAY, ctx[1] / f"{who}.pdf")),
    AuditAction.PRINT,
    per_desk=2,
)
logged(
    "chosen letters printed by both",
    f"{L}.batch.write_letters",
    _day_letters,
    lambda ws, ctx, who: batch.write_letters(
        ws, [batch.Job(LetterKind.OFFER, letter_id=ctx[0])], ctx[1] / f"{who}.pdf", purpose="Brev"
    ),
    AuditAction.PRINT,
)
logged(
    "chosen letters printed by both with progress",
    f"{L}.batch.letter_steps",
    _day_letters,
    lambda ws, ctx, who: _drain(
        batch.letter_steps(
            ws,
            [batch.Job(LetterKind.OFFER, letter_id=ctx[0])],
            ctx[1] / f"{who}.pdf",
            purpose="Brev",
        )
    ),
    AuditAction.PRINT,
)
logged(
    "offer letters printed by both",
    f"{L}.batch.write_offer_letters",
    lambda world: (world.offer()[0], world.folder),
    lambda ws, ctx, who: batch.write_offer_letters(ws, [ctx[0]], ctx[1] / f"{who}.pdf"),
    AuditAction.PRINT,
)


# --- delivery: how each letter reaches its citizen ---------------------------------------------


def _sent_letter(world: World, on: dt.date = TODAY, **applicant: Any) -> dict[str, Any]:
    """An offer sent `on` to a candidate reached by `applicant`'s channel, with its letter."""
    vacancy_id = world.vacancy()
    person = world.candidate(**applicant)
    world.ws.clock = lambda: on
    try:
        offer_id = workflow.create_offer(world.ws, vacancy_id, person)
        (letter_id,) = workflow.send_offer(world.ws, offer_id).letter_ids
    finally:
        world.ws.clock = lambda: TODAY
    return {"offer": offer_id, "letter": letter_id, "person": person}


def _worker(world: World) -> int:
    return caseworkers.save_caseworker(world.ws, None, "Mette Kjær")


def _delivered_once(world: World, ctx: Any, outcomes: Outcomes) -> str:
    """One desk recorded the delivery; the other was told it was recorded already."""
    winner = one_wins(outcomes, ValidationError)
    (refusal,) = outcomes.refused().values()
    assert "already recorded" in str(refusal)
    letter = world.read(Letter, ctx["letter"])
    assert letter.delivered_on is not None
    delivered = world.count(
        AuditEvent, AuditEvent.entity_type == "letter", AuditEvent.entity_id == ctx["letter"]
    )
    assert delivered - ctx.get("logged", 0) == 1
    return winner


@scenario("a letter recorded as posted by both", f"{L}.delivery.record_posted")
def _() -> Any:
    def setup(world: World) -> Any:
        ctx = _sent_letter(world)
        ctx["logged"] = world.count(
            AuditEvent, AuditEvent.entity_type == "letter", AuditEvent.entity_id == ctx["letter"]
        )
        return ctx

    def post(ws: Workspace, ctx: Any) -> Any:
        return delivery.record_posted(ws, ctx["letter"])

    return setup, post, post, _delivered_once


@scenario("a Digital Post letter confirmed as sent by both", f"{L}.delivery.confirm_digital_post")
def _() -> Any:
    def setup(world: World) -> Any:
        ctx = _sent_letter(world, cpr="0304708765", delivery=DeliveryChannel.DIGITAL_POST)
        ctx["logged"] = world.count(
            AuditEvent, AuditEvent.entity_type == "letter", AuditEvent.entity_id == ctx["letter"]
        )
        return ctx

    def confirm(ws: Workspace, ctx: Any) -> Any:
        return delivery.confirm_digital_post(ws, ctx["letter"])

    return setup, confirm, confirm, _delivered_once


@scenario("a hand-over recorded by both, on different days", f"{L}.delivery.record_hand_over")
def _() -> Any:
    def setup(world: World) -> Any:
        two_days_ago = TODAY - dt.timedelta(days=2)
        worker = _worker(world)
        ctx = _sent_letter(world, two_days_ago, caseworker_id=worker, delivery=HAND_OVER)
        ctx["logged"] = world.count(
            AuditEvent, AuditEvent.entity_type == "letter", AuditEvent.entity_id == ctx["letter"]
        )
        return ctx

    days = {"anna": TODAY, "bo": TODAY - dt.timedelta(days=1)}

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = _delivered_once(world, ctx, outcomes)
        day = days[winner]
        assert world.read(Letter, ctx["letter"]).delivered_on == day
        with world.ws.read() as session:
            wanted = default_reply_deadline(session, day)  # from the winner's day, once
        assert world.read(Offer, ctx["offer"]).reply_deadline == wanted

    return (
        setup,
        lambda ws, ctx: delivery.record_hand_over(ws, ctx["letter"], handed_over_on=days["anna"]),
        lambda ws, ctx: delivery.record_hand_over(ws, ctx["letter"], handed_over_on=days["bo"]),
        check,
    )


@scenario(
    "a hand-over recorded while the offer is withdrawn",
    f"{L}.delivery.record_hand_over",
    "desktop.core.offers.workflow.withdraw_offer",
)
def _() -> Any:
    def setup(world: World) -> Any:
        ctx = _sent_letter(world, caseworker_id=_worker(world), delivery=HAND_OVER)
        ctx["version"] = world.version(Offer, ctx["offer"])
        return ctx

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, Conflict)
        offer = world.read(Offer, ctx["offer"])
        if offer.status == OfferStatus.WITHDRAWN:
            # Bo was first: the letter may still be recorded as handed over, but a withdrawn
            # offer gets no reply deadline
            assert "bo" in outcomes.winners()
            assert offer.reply_deadline is None
        else:  # Anna was first: the deadline is set, and Bo's withdrawal of the older offer refused
            assert outcomes.winners() == ["anna"]
            assert offer.reply_deadline is not None

    return (
        setup,
        lambda ws, ctx: delivery.record_hand_over(ws, ctx["letter"], handed_over_on=TODAY),
        lambda ws, ctx: workflow.withdraw_offer(
            ws, ctx["offer"], reason="Fejl", expected_version=ctx["version"]
        ),
        check,
    )


logged(
    "a Digital Post letter exported by both",
    f"{L}.delivery.export_for_digital_post",
    lambda world: (
        _sent_letter(world, cpr="0304708765", delivery=DeliveryChannel.DIGITAL_POST)["letter"],
        world.folder,
    ),
    lambda ws, ctx, who: delivery.export_for_digital_post(ws, ctx[0], ctx[1] / who),
    AuditAction.EXPORT,
)


@scenario("a letter issued again by both", f"{L}.delivery.reissue")
def _() -> Any:
    def setup(world: World) -> Any:
        ctx = _sent_letter(world)
        ctx["letters"] = world.count(Letter, Letter.offer_id == ctx["offer"])
        return ctx

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)  # two new letters; the newest is the one to deliver
        assert world.count(Letter, Letter.offer_id == ctx["offer"]) == ctx["letters"] + 2
        due = [r.letter_id for r in to_deliver.letters_to_deliver(world.ws)]
        newest = max(value_of(outcomes, w).letter_id for w in ("anna", "bo"))
        assert due == [newest]

    def again(ws: Workspace, ctx: Any) -> Any:
        return delivery.reissue(ws, ctx["letter"])

    return setup, again, again, check


@scenario("a private landlord answered by both", f"{L}.landlord.issue_answer")
def _() -> Any:
    """Both desks send the answer to the same notice: the landlord gets one letter; the second
    desk is told it was answered."""

    def setup(world: World) -> Any:
        from decimal import Decimal

        from db.enums import VacancyStatus
        from desktop.core.intake import landlord_notices, status
        from desktop.core.intake.rules import VacancyDraft
        from desktop.core.registry import landlords

        nordbo = landlords.save_landlord(
            world.ws, None, landlords.LandlordData("Nordbo Ejendomme ApS", "72494814")
        )
        draft = VacancyDraft(
            street="Vesterbro", house_number="22", rent=Decimal(4100), available_from=TODAY
        )
        vacancy = landlord_notices.create_notice(world.ws, nordbo, draft)
        status.change_status(world.ws, vacancy, VacancyStatus.RETURNED, reason="For dyr")
        return vacancy

    def check(world: World, vacancy: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, ValidationError)
        kind = Letter.kind == LetterKind.LANDLORD_ANSWER
        assert world.count(Letter, kind, Letter.vacancy_id == vacancy) == 1

    send = landlord.issue_answer
    return setup, send, send, check
