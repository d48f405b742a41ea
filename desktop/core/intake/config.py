"""The intake's settings as the settings page edits them: rent ceilings (by dwelling type and
rooms) and deadlines, each stored dated (a past check keeps the values it was made under)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core import settings
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.settings import DEADLINES, RENT_CEILINGS, Deadlines, RentCeiling, RentCeilings
from desktop.core.workspace import Workspace

__all__ = ["Deadlines", "IntakeSettings", "RentCeiling", "RentCeilings", "load", "save"]


@dataclass(frozen=True)
class IntakeSettings:
    ceilings: RentCeilings
    deadlines: Deadlines


def load(ws: Workspace, on: dt.date | None = None) -> IntakeSettings:
    with ws.read() as session:
        day = on or ws.today()
        return IntakeSettings(
            settings.get(session, RENT_CEILINGS, day), settings.get(session, DEADLINES, day)
        )


def save(ws: Workspace, value: IntakeSettings, valid_from: dt.date | None = None) -> None:
    """Store both settings from `valid_from` (today if not given)."""
    problems = {}
    if any(c.ceiling <= 0 for c in value.ceilings.ceilings):
        problems["ceilings"] = translate("Intake", "A rent ceiling must be more than 0 kr.")
    if not 1 <= value.deadlines.desk_working_days <= 60:
        problems["desk_working_days"] = translate(
            "Intake", "The desk's deadline must be between 1 and 60 working days."
        )
    if not 1 <= value.deadlines.reply_days <= 60:
        problems["reply_days"] = translate(
            "Intake", "The reply deadline must be between 1 and 60 days."
        )
    if problems:
        raise ValidationError(translate("Intake", "The settings were not saved."), problems)
    with ws.write() as session:
        day = valid_from or ws.today()
        settings.put(session, RENT_CEILINGS, value.ceilings, day)
        settings.put(session, DEADLINES, value.deadlines, day)
