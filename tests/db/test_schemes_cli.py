"""`anvis schemes list`: the housing schemes in force on a day, in Danish or as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.core import settings
from desktop.core.schemes.settings import SCHEMES, Schemes
from desktop.core.workspace import open_workspace
from desktop.i18n import install_for_cli


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    open_workspace(path, backup_dir=tmp_path / "backups", user="tester").close()
    return path


def _json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["--db", str(db), "schemes", "list", "--json", *args]) == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def test_the_defaults_are_aalborgs_schemes(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shown = _json(db, capsys, "--date", "2026-11-21")
    assert shown["date"] == "2026-11-21"
    assert shown["valid_from"] is None
    schemes = {s["key"]: s for s in shown["schemes"]}
    assert list(schemes) == list(SCHEMES.default.keys)
    assert schemes["refugee"]["dwellings"] == 176
    assert schemes["starter"]["lease"] == "time_limited"
    assert schemes["starter"]["lease_months"] == 24
    assert schemes["private_landlord"]["deadline"] == "landlord_notice"
    assert schemes["elderly"]["allocation_percent"] == 100.0


def test_the_date_picks_the_schemes_in_force(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fewer = Schemes(
        tuple(
            replace(s, dwellings=150) if s.key == "refugee" else s for s in SCHEMES.default.schemes
        )
    )
    ws = open_workspace(db)
    with ws.write() as session:
        settings.put(session, SCHEMES, fewer, dt.date(2027, 1, 1))
    ws.close()

    before = _json(db, capsys, "--date", "2026-12-31")
    after = _json(db, capsys, "--date", "2027-01-01")
    refugees = [
        scheme["dwellings"]
        for shown in (before, after)
        for scheme in shown["schemes"]
        if scheme["key"] == "refugee"
    ]
    assert refugees == [176, 150]
    assert (before["valid_from"], after["valid_from"]) == (None, "2027-01-01")


@pytest.fixture
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """main() installs the session's language for the process: English again for the tests
    that follow (as tests/unit/test_cli_danish.py does)."""
    monkeypatch.setattr(argparse, "_", argparse._)  # type: ignore[attr-defined]
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)  # type: ignore[attr-defined]
    yield
    install_for_cli("en")


@pytest.mark.usefixtures("english_afterwards")
def test_the_list_is_in_danish(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "da", "--db", str(db), "schemes", "list", "--date", "2026-11-21"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Boligordninger den 21.11.2026 (Anvis' standard):"
    start = lines.index("starter  Startboliger")
    assert lines[start + 1 : start + 8] == [
        "    Målgrupper: Ung (18–29)",
        "    Alder: 18-25 år",
        "    Støtte på plads: bostøtte, efterværn",
        "    Lejekontrakt: tidsbegrænset, 24 måneder",
        "    Anvisning: egen anvisningsret, 7 boliger",
        "    Lejetab bæres af kommunen",
        "    Frist: anvisningens sædvanlige frist",
    ]
    private = "private_landlord  Private udlejere (kommunal anvisningsret)"
    assert f"{private} (lov om kommunal anvisningsret § 5)" in lines
    assert "    Frist: 7 arbejdsdage fra udlejerens meddelelse" in lines
