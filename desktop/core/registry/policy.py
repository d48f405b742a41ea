"""Editing the dated colour policy (Indstillinger > Farver) and the list thresholds.

A new version takes effect on a day from today on: decisions already made keep the rules they
were made under (their snapshot), and `colour_status` on an earlier day still reads the earlier
version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.enums import AuditAction
from desktop.core import audit, settings
from desktop.core.colours import policy_on
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.settings import COLOUR_POLICY, ColourPolicy, ColourRule
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class PolicyVersionRow:
    valid_from: dt.date | None  # None: the built-in default
    policy: ColourPolicy
    created_by: str
    note: str | None


def policy_in_force(ws: Workspace, day: dt.date | None = None) -> PolicyVersionRow:
    with ws.read() as session:
        version = policy_on(session, day or ws.today())
    for row in policy_history(ws):
        if row.valid_from == version.valid_from:
            return row
    return PolicyVersionRow(None, COLOUR_POLICY.default, "", None)


def policy_history(ws: Workspace) -> list[PolicyVersionRow]:
    """The built-in default first, then every stored version, oldest first."""
    with ws.read() as session:
        stored = settings.history(session, COLOUR_POLICY)
    return [PolicyVersionRow(None, COLOUR_POLICY.default, "", None)] + [
        PolicyVersionRow(v.valid_from, v.value, v.created_by, v.note) for v in stored
    ]


def _check_rule(name: str, rule: ColourRule, problems: dict[str, str]) -> None:
    if not 0 <= rule.share_percent <= 100:
        problems[f"{name}.share_percent"] = translate(
            "ColourPolicy", "The share must be between 0 and 100 %."
        )
    if not rule.flexible_letting:
        problems[f"{name}.flexible_letting"] = translate(
            "ColourPolicy", "Allow at least one form of flexible letting (for example none)."
        )
    if rule.may_place and not rule.may_report:
        problems[f"{name}.may_place"] = translate(
            "ColourPolicy", "The desk can only place citizens where dwellings may be reported."
        )


def save_policy(
    ws: Workspace, policy: ColourPolicy, valid_from: dt.date, note: str | None = None
) -> None:
    """Store a new version of the colour policy from `valid_from` (today or later)."""
    problems: dict[str, str] = {}
    if valid_from < ws.today():
        problems["valid_from"] = translate(
            "ColourPolicy",
            "A new policy takes effect today or later; decisions already made keep the rules "
            "they were made under.",
        )
    for name, rule in (("green", policy.green), ("yellow", policy.yellow), ("red", policy.red)):
        _check_rule(name, rule, problems)
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    with ws.write() as session:
        row = settings.put(session, COLOUR_POLICY, policy, valid_from, note or None)
        audit.record(
            session,
            AuditAction.UPDATE,
            "setting",
            row.id,
            details={"key": COLOUR_POLICY.key, "valid_from": valid_from.isoformat()},
        )
