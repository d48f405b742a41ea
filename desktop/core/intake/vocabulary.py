"""The intake's vocabularies for the window and the command line (which never import `db`):
the enums and their labels in the user's language."""

from __future__ import annotations

from db.enums import Colour, DwellingType, FlexibleLetting, IntakeProposal, VacancyStatus
from desktop.core.intake.rules import dwelling_type_label, field_label
from desktop.core.intake.status import status_label

__all__ = [
    "Colour",
    "DwellingType",
    "FlexibleLetting",
    "IntakeProposal",
    "VacancyStatus",
    "dwelling_type_label",
    "field_label",
    "status_label",
]
