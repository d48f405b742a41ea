"""What the reply forms offer and preview: the decline reasons and the consequence a reply would
have. (The offer dialog's choices: `desktop.core.offers.compose`.)"""

from __future__ import annotations

from db.enums import DeclineSide
from desktop.core import settings
from desktop.core.offers.settings import (
    DECLINE_REASONS,
    REFUSAL_POLICY,
    Consequence,
    DeclineReason,
    consequence_for,
)
from desktop.core.workspace import Workspace


def decline_reasons(ws: Workspace) -> list[DeclineReason]:
    """The reasons the reply form lists (retired ones left out)."""
    with ws.read() as session:
        return settings.get(session, DECLINE_REASONS, ws.today()).active()


def consequence_preview(
    ws: Workspace, reason_code: str | None, side: DeclineSide, good_reason: bool
) -> Consequence:
    """The consequence a decline with these answers would have (None reason: no answer)."""
    with ws.read() as session:
        day = ws.today()
        reasons = settings.get(session, DECLINE_REASONS, day)
        policy = settings.get(session, REFUSAL_POLICY, day)
        reason = reasons.by_code(reason_code) if reason_code is not None else None
        return consequence_for(policy, reason, side, good_reason)
