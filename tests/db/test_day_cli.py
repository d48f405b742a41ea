"""The command line mirrors the day: `anvis today`, `anvis vacancies list|decide|confirm|undo`,
`anvis offers list` give the same ids and counts the window shows."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.workspace import open_workspace
from tests.unit.intake.factories import load_sample_registry
from tests.unit.matching import db_factories as make


@pytest.fixture
def db(tmp_path: Path, samples: Path) -> Path:
    """The sample registry, a few applicants, and one organisation's vacancy file imported."""
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, backup_dir=tmp_path / "backups", user="tester")
    load_sample_registry(ws, samples)
    for n in range(4):
        make.applicant(ws, f"Ansøger {n}", max_rent=Decimal(3800 + 600 * n), rooms_min=1)
    ws.close()
    sample = samples / "vacancies_himmerland_uge47.xlsx"
    assert main(["--db", str(path), "import", "vacancies", str(sample), "--org", "145"]) == 0
    return path


def _json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--db", str(db), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_today_agrees_with_the_vacancy_list_on_the_dwellings_awaiting_a_decision(db, capsys):
    today = _json(capsys, db, "today")
    assert set(today) >= {
        "awaiting_decision",
        "accepted_without_offer",
        "drafts",
        "letters_to_deliver",
        "replies_due",
        "answers_due",
        "expired_offers",
    }
    listed = _json(capsys, db, "vacancies", "list", "--status", "received")["vacancies"]
    awaiting = today["awaiting_decision"]
    assert len(awaiting) == len(listed) == 38
    assert {r["id"]: r["candidates"] for r in awaiting} == {
        v["id"]: v["candidates"] for v in listed
    }
    assert any(v["candidates"] for v in listed)  # some have eligible candidates ...
    assert any(v["candidates"] == 0 for v in listed)  # ... and some none
    assert all(isinstance(r["text"], str) and r["text"] for r in awaiting)
    batch = _json(capsys, db, "vacancies", "list", "--import", "last")["vacancies"]
    assert {v["id"] for v in batch} == {v["id"] for v in listed}


def test_confirming_from_the_command_line_previews_asks_and_undoes(db, capsys):
    listed = _json(capsys, db, "vacancies", "list", "--status", "received")["vacancies"]
    ids = [str(v["id"]) for v in listed]
    plan = _json(capsys, db, "vacancies", "confirm", *ids, "--dry-run")
    (organisation,) = plan["organisations"]
    assert organisation["organisation"].startswith("145 ")
    assert organisation["accepted"] + organisation["returned"] == len(ids)
    assert plan["needs_reason"] is bool(plan["without_candidates"])
    assert _json(capsys, db, "vacancies", "list", "--status", "accepted")["vacancies"] == []

    capsys.readouterr()
    assert main(["--db", str(db), "vacancies", "confirm", *ids]) == 1  # a reason is needed
    assert "no eligible candidate" in capsys.readouterr().err
    done = _json(capsys, db, "vacancies", "confirm", *ids, "--reason", "Aftalt med 145")
    assert (done["accepted"], done["returned"]) == (
        organisation["accepted"],
        organisation["returned"],
    )
    today = _json(capsys, db, "today")
    assert today["awaiting_decision"] == []
    assert len(today["accepted_without_offer"]) == done["accepted"]
    (due,) = today["replies_due"]
    assert due["count"] == len(ids)

    shown = _json(capsys, db, "vacancies", "undo", "--dry-run")
    assert (shown["round"], shown["can_undo"]) == (done["round"], True)
    assert _json(capsys, db, "vacancies", "undo")["undone"] is True
    assert len(_json(capsys, db, "today")["awaiting_decision"]) == len(ids)


def test_offers_list_gives_the_ids(db, capsys):
    assert _json(capsys, db, "offers", "list")["offers"] == []
    assert _json(capsys, db, "offers", "list", "--status", "draft")["offers"] == []


def test_today_for_one_housing_scheme_shows_only_its_dwellings(db, capsys, samples):
    lejerbo = samples / "vacancies_lejerbo.csv"
    assert (
        main(["--db", str(db), "import", "vacancies", str(lejerbo), "--org", "310",
              "--scheme", "unconventional"])
        == 0
    )  # fmt: skip
    everyone = _json(capsys, db, "today")["awaiting_decision"]
    skaeve = _json(capsys, db, "today", "--scheme", "unconventional")["awaiting_decision"]
    ordinary = _json(capsys, db, "today", "--scheme", "ordinary")["awaiting_decision"]
    assert (len(everyone), len(skaeve), len(ordinary)) == (38 + 34, 34, 38)
    assert {r["id"] for r in skaeve} | {r["id"] for r in ordinary} == {r["id"] for r in everyone}

    capsys.readouterr()
    assert main(["--db", str(db), "today", "--scheme", "castles"]) == 1
    assert "castles" in capsys.readouterr().err
