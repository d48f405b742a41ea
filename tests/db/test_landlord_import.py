"""A private landlord's file of vacant dwellings: `anvis import vacancies FILE --landlord CVR`.
Every row is a notice received today, in the landlords' scheme, in no department."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Vacancy
from desktop.catalogues import install_for_cli
from desktop.cli.main import main
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workdays import add_working_days
from desktop.core.workspace import open_workspace
from tests.unit.intake.factories import load_sample_registry

FILE = "vacancies_vivabolig_clean.xlsx"  # an organisation's layout; the department column unused


@pytest.fixture
def desk(tmp_path: Path, samples: Path) -> str:
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, backup_dir=tmp_path / "backups", user="tester")
    load_sample_registry(ws, samples)
    landlords.save_landlord(ws, None, LandlordData("Nordbo Ejendomme ApS", "72494814"))
    ws.close()
    return str(path)


def _dwellings(db: str) -> list[tuple[int | None, int | None, str, bool]]:
    """(department, landlord, scheme, due 7 working days after the day received) of each."""
    ws = open_workspace(db, user="tester")
    try:
        with ws.read() as session:
            rows = session.execute(
                select(
                    Vacancy.department_id,
                    Vacancy.landlord_id,
                    Vacancy.scheme,
                    Vacancy.reported_on,
                    Vacancy.desk_deadline,
                ).order_by(Vacancy.id)
            ).all()
        return [
            (department, landlord, scheme, due == add_working_days(received, 7))
            for department, landlord, scheme, received, due in rows
        ]
    finally:
        ws.close()


def test_a_landlords_file_becomes_its_notices(desk: str, samples: Path, capsys) -> None:
    file = str(samples / FILE)
    command = ["--db", desk, "import", "vacancies", file, "--landlord", "7249 4814", "--json"]
    assert main(command) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["landlord"], report["scheme"], report["organisation"]) == (
        "72494814",
        "private_landlord",
        None,
    )
    assert report["rows_imported"] > 0
    found = _dwellings(desk)
    assert len(found) == report["rows_imported"]
    assert set(found) == {(None, 1, "private_landlord", True)}

    assert main(command) == 0  # the same file again: nothing new
    again = json.loads(capsys.readouterr().out)
    assert (again["rows_imported"], again["duplicates"]) == (0, report["rows_imported"])


def test_the_landlord_must_be_registered_and_keeps_its_scheme(
    desk: str, samples: Path, capsys
) -> None:
    file = str(samples / FILE)
    assert main(["--db", desk, "import", "vacancies", file, "--landlord", "87033082"]) == 1
    assert "no private landlord with the CVR number 87033082" in capsys.readouterr().err
    code = main(
        ["--db", desk, "import", "vacancies", file, "--landlord", "72494814", "--scheme", "starter"]
    )
    assert code == 1
    assert "leave out --scheme" in capsys.readouterr().err
    assert main(["--db", desk, "import", "vacancies", file, "--scheme", "private_landlord"]) == 1
    assert "--landlord CVR" in capsys.readouterr().err
    assert _dwellings(desk) == []


def test_the_help_is_danish(desk: str, capsys) -> None:
    try:
        with pytest.raises(SystemExit):
            main(["--lang", "da", "import", "vacancies", "--help"])
    finally:
        install_for_cli("en")  # the language stays installed in this process
    assert "en privat udlejers fil" in capsys.readouterr().out
