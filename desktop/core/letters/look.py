"""The letters' settings: the logo file and the texts of the letterhead that are not the desk's
contact (that is `settings.DESK_CONTACT`)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from desktop.core.paths import resources_dir
from desktop.core.settings import Spec, declare, to_json

DEFAULT_LOGO = "icons/municipality-logo.png"  # inside resources/


@dataclass(frozen=True)
class LetterSettings:
    logo_file: str = ""  # a PNG or JPEG the desk chooses; empty: the shipped placeholder crest
    website: str = "www.aalborg.example"
    dpo_contact: str = "Databeskyttelsesrådgiveren, dpo@aalborg.example"
    complaint_body: str = "Ankestyrelsen"  # where a complaint goes if the desk keeps its decision
    signature: str = ""  # who signs; empty: the desk's unit (DESK_CONTACT.unit)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LetterSettings:
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in data.items() if k in names})

    def logo_path(self) -> Path:
        """The logo to print: the desk's file if it exists, else the shipped crest."""
        if self.logo_file:
            chosen = Path(self.logo_file).expanduser()
            if chosen.is_file():
                return chosen
        return resources_dir() / DEFAULT_LOGO


LETTER_SETTINGS = declare(
    Spec(
        "letters",
        LetterSettings(),
        LetterSettings.from_json,
        to_json,
        "Letters: logo and letterhead texts",
        "letters",
    )
)
