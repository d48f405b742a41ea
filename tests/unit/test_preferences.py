"""Per-user preferences survive a damaged or hand-edited file: bad values fall back to defaults."""

from __future__ import annotations

import json

from desktop.core import preferences


def test_the_window_place_is_kept_and_a_damaged_one_ignored() -> None:
    prefs = preferences.load()
    prefs.window = [10, 20, 1200, 650]
    prefs.maximised = True
    preferences.save(prefs)
    again = preferences.load()
    assert again.window == [10, 20, 1200, 650]
    assert again.maximised is True

    path = preferences.preferences_file()
    for damaged in ([1, 2, 3], ["a", 0, 0, 0], [True, 0, 10, 10], "1,2,3,4", None):
        path.write_text(json.dumps({"window": damaged, "maximised": "yes"}), encoding="utf-8")
        loaded = preferences.load()
        assert loaded.window is None
        assert loaded.maximised is False
        assert loaded.language == "da"
