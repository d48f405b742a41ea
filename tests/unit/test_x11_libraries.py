"""Before Qt tries to open an X11 window, Anvis names the missing system libraries in one line
(Qt itself would abort the process with "no Qt platform plugin could be initialized")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from desktop import x11_libraries

ROOT = Path(__file__).resolve().parents[2]


def test_each_missing_library_is_named_with_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        x11_libraries, "_loads", lambda name: name not in {"libxcb-icccm.so.4", "libX11-xcb.so.1"}
    )
    line = x11_libraries.problem()
    assert line is not None
    assert "\n" not in line
    assert "apt-get install libxcb-icccm4 libx11-xcb1" in line


def test_nothing_is_said_when_every_library_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(x11_libraries, "_loads", lambda name: True)
    assert x11_libraries.problem() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries: Linux only")
def test_the_library_names_are_the_ones_this_machine_has() -> None:
    # .ci/run installs every package: a misspelt library name would be reported missing here.
    assert x11_libraries.missing_packages() == []


def test_the_readme_and_the_ci_install_the_same_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"apt-get install ([^`\n]+)", readme)
    assert line is not None
    assert set(x11_libraries.LIBRARIES.values()) <= set(line.group(1).split())
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert all(package in ci.split() for package in x11_libraries.LIBRARIES.values())
