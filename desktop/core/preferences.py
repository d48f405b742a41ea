"""Per-user preferences (not per database): language and recent databases, in a JSON file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from desktop.core.paths import APP_NAME


def preferences_file() -> Path:
    override = os.environ.get("ANVIS_DATA_DIR")
    base = Path(override) if override else platformdirs.user_config_path(APP_NAME, False)
    return base / "preferences.json"


@dataclass
class Preferences:
    language: str = "da"
    recent_databases: list[str] = field(default_factory=list)
    # The main window's last place (x, y, width, height; None: centred) and whether it was
    # maximised. The window clamps it to the screen it opens on.
    window: list[int] | None = None
    maximised: bool = False


def load() -> Preferences:
    try:
        data = json.loads(preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    language = data.get("language") if data.get("language") in ("da", "en") else "da"
    recent = [str(p) for p in data.get("recent_databases", []) if isinstance(p, str)]
    window = data.get("window")
    if not (
        isinstance(window, list)
        and len(window) == 4
        and all(isinstance(v, int) and not isinstance(v, bool) for v in window)
    ):
        window = None
    return Preferences(
        language=language,
        recent_databases=recent[:10],
        window=window,
        maximised=data.get("maximised") is True,
    )


def save(preferences: Preferences) -> None:
    target = preferences_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    partial.write_text(json.dumps(asdict(preferences), indent=2), encoding="utf-8")
    partial.replace(target)
