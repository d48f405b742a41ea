"""Two desks at once: letters issued, printed and edited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.enums import AuditAction, LetterKind, OfferStatus
from db.models import LetterTemplate
from desktop.core.errors import Conflict
from desktop.core.letters import archive, batch, templates
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
)

L = "desktop.core.letters"


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
