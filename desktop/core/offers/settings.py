"""The refusal policy as dated settings: the reasons a reply can give, on whose side, and the
consequence for the applicant (none, a pause of N days, or removal from the list with a
decision letter); what an unanswered offer leads to; whether a good reason cancels it; whether the
next candidate gets a draft offer at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from db.enums import DeclineSide
from desktop.core import settings
from desktop.core.settings import Spec

GROUP = "offers"


class ConsequenceKind(StrEnum):
    NONE = "none"
    PAUSE = "pause"  # paused on the list for `pause_days`
    REMOVAL = "removal"  # removed from the list, with a decision letter (afgørelse)


@dataclass(frozen=True)
class Consequence:
    kind: ConsequenceKind = ConsequenceKind.NONE
    pause_days: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Consequence:
        return cls(ConsequenceKind(data.get("kind", "none")), int(data.get("pause_days", 0)))


NO_CONSEQUENCE = Consequence()


@dataclass(frozen=True)
class DeclineReason:
    """One reason on the reply form. `label` is the desk's own wording (not translated)."""

    code: str
    label: str
    side: DeclineSide  # the side it is usually given on (the form preselects it)
    consequence: Consequence = NO_CONSEQUENCE
    active: bool = True  # retired reasons stay readable on old offers

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeclineReason:
        return cls(
            code=str(data["code"]),
            label=str(data["label"]),
            side=DeclineSide(data.get("side", DeclineSide.CITIZEN)),
            consequence=Consequence.from_json(data.get("consequence", {})),
            active=bool(data.get("active", True)),
        )


def _removal() -> Consequence:
    return Consequence(ConsequenceKind.REMOVAL)


def _default_reasons() -> tuple[DeclineReason, ...]:
    citizen, organisation = DeclineSide.CITIZEN, DeclineSide.ORGANISATION
    return (
        DeclineReason("no_reason", "Siger nej uden nærmere begrundelse", citizen, _removal()),
        DeclineReason("area", "Ønsker ikke at bo i området", citizen, _removal()),
        DeclineReason(
            "dwelling", "Boligen passer ikke (indretning, etage, stand)", citizen, _removal()
        ),
        DeclineReason(
            "economy",
            "Mener ikke at have råd til boligen",
            citizen,
            Consequence(ConsequenceKind.PAUSE, 30),
        ),
        DeclineReason("health", "Helbredsmæssige grunde", citizen),
        DeclineReason("found_own", "Har selv fundet en bolig", citizen, _removal()),
        DeclineReason("other", "Anden grund", citizen, Consequence(ConsequenceKind.PAUSE, 14)),
        DeclineReason("org_refused", "Boligorganisationen afviser lejeren", organisation),
        DeclineReason(
            "org_withdrawn", "Boligorganisationen har trukket boligen tilbage", organisation
        ),
    )


@dataclass(frozen=True)
class DeclineReasons:
    reasons: tuple[DeclineReason, ...] = field(default_factory=_default_reasons)

    def by_code(self, code: str | None) -> DeclineReason | None:
        return next((r for r in self.reasons if r.code == code), None)

    def active(self) -> list[DeclineReason]:
        return [r for r in self.reasons if r.active]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeclineReasons:
        return cls(tuple(DeclineReason.from_json(r) for r in data["reasons"]))


DECLINE_REASONS = settings.declare(
    Spec(
        "offer_decline_reasons",
        DeclineReasons(),
        DeclineReasons.from_json,
        settings.to_json,
        "Reasons for declining an offer",
        GROUP,
    )
)


@dataclass(frozen=True)
class RefusalPolicy:
    """What follows a refusal. A decline on the organisation's side never has a consequence for
    the citizen; on the citizen's side the reason's consequence applies unless the desk accepts a
    good reason (and `good_reason_overrides`)."""

    no_answer: Consequence = field(default_factory=_removal)
    good_reason_overrides: bool = True
    propose_next: bool = True  # after a decline or expiry: a draft offer to the next candidate

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RefusalPolicy:
        default = cls()
        return cls(
            no_answer=Consequence.from_json(data["no_answer"])
            if "no_answer" in data
            else default.no_answer,
            good_reason_overrides=bool(
                data.get("good_reason_overrides", default.good_reason_overrides)
            ),
            propose_next=bool(data.get("propose_next", default.propose_next)),
        )


REFUSAL_POLICY = settings.declare(
    Spec(
        "offer_refusal_policy",
        RefusalPolicy(),
        RefusalPolicy.from_json,
        settings.to_json,
        "Refusal policy",
        GROUP,
    )
)


def consequence_for(
    policy: RefusalPolicy,
    reason: DeclineReason | None,
    side: DeclineSide,
    good_reason: bool,
) -> Consequence:
    """The consequence of a decline (`reason` None: an unanswered, expired offer)."""
    if good_reason and policy.good_reason_overrides:
        return NO_CONSEQUENCE
    if reason is None:
        return policy.no_answer
    if side == DeclineSide.ORGANISATION:
        return NO_CONSEQUENCE
    return reason.consequence
