"""The version the app shows is the one pyproject.toml declares."""

from __future__ import annotations

import tomllib
from pathlib import Path

import desktop


def test_version_is_the_projects() -> None:
    pyproject = Path(desktop.__file__).resolve().parents[1] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
    assert desktop.__version__ == declared
