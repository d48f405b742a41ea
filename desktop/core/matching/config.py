"""The matching and refusal settings as the settings page edits them, stored dated (an offer
keeps the ranking and rules it was made under)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.core import settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.matching.settings import (
    AGE_SEPARATION,
    LEGAL_BLOCKS,
    OCCUPANCY_NORM,
    RANKING,
    RuleSettings,
    rule_settings,
)
from desktop.core.offers.settings import (
    DECLINE_REASONS,
    REFUSAL_POLICY,
    ConsequenceKind,
    DeclineReasons,
    RefusalPolicy,
)
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class MatchingSettings(RuleSettings):
    """The rules' settings and the offers' refusal settings, as the settings page edits them."""

    reasons: DeclineReasons
    policy: RefusalPolicy


def load(ws: Workspace, on: dt.date | None = None) -> MatchingSettings:
    day = on or ws.today()
    with ws.read() as session:
        return MatchingSettings(
            **rule_settings(session, day),
            reasons=settings.get(session, DECLINE_REASONS, day),
            policy=settings.get(session, REFUSAL_POLICY, day),
        )


_CODE = re.compile(r"^[a-z0-9_]{1,40}$")


def _problems(value: MatchingSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    norm = value.occupancy
    if not 0.5 <= norm.persons_per_room <= 10 or not 0 <= norm.extra_rooms <= 10:
        problems["occupancy"] = translate(
            "Matching",
            "Persons a room must be between 0.5 and 10; rooms more than persons between 0 and 10.",
        )
    codes = [r.code for r in value.reasons.reasons]
    if len(set(codes)) != len(codes) or not all(_CODE.match(c) for c in codes):
        problems["reasons"] = translate(
            "Matching", "Each reason needs its own short code (a-z, 0-9, _)."
        )
    if any(not r.label.strip() for r in value.reasons.reasons):
        problems["reasons"] = translate("Matching", "Each reason needs a text.")
    pauses = [r.consequence for r in value.reasons.reasons] + [value.policy.no_answer]
    if any(c.kind == ConsequenceKind.PAUSE and not 1 <= c.pause_days <= 365 for c in pauses):
        problems["pause_days"] = translate("Matching", "A pause lasts from 1 to 365 days.")
    if not value.reasons.active():
        problems["reasons"] = translate("Matching", "Keep at least one reason in use.")
    return problems


def save(ws: Workspace, value: MatchingSettings, valid_from: dt.date | None = None) -> None:
    """Store the settings from `valid_from` (today if not given); refused with the fields'
    problems when a value is out of bounds."""
    problems = _problems(value)
    if problems:
        raise ValidationError(translate("Matching", "The settings were not saved."), problems)
    day = valid_from or ws.today()
    with ws.write() as session:
        settings.put(session, RANKING, value.ranking, day)
        settings.put(session, OCCUPANCY_NORM, value.occupancy, day)
        settings.put(session, DECLINE_REASONS, value.reasons, day)
        settings.put(session, REFUSAL_POLICY, value.policy, day)
        settings.put(session, AGE_SEPARATION, value.age, day)
        settings.put(session, LEGAL_BLOCKS, value.legal, day)
