"""A dwelling belongs to a housing scheme: an import names it (`--scheme`, default ordinary), the
list and the detail show the scheme's name, the list filters by it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Vacancy
from desktop.cli.main import main
from desktop.core.errors import ValidationError
from desktop.core.importing import run_to_completion
from desktop.core.intake import imports, listing
from desktop.core.workdays import add_working_days
from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from tests.unit.intake.factories import load_sample_registry

FILE = "vacancies_vivabolig_clean.xlsx"  # organisation 190, every row imports


def _import(ws: Workspace, samples: Path, scheme: str | None = None) -> imports.ImportOutcome:
    organisation = imports.organisation_by_number(ws, "190")
    steps = (
        imports.import_vacancies(ws, samples / FILE, organisation)
        if scheme is None
        else imports.import_vacancies(ws, samples / FILE, organisation, scheme=scheme)
    )
    return run_to_completion(steps)


def _schemes(ws: Workspace) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(Vacancy.scheme).order_by(Vacancy.id)))


def test_imported_dwellings_belong_to_the_scheme_named(workspace, samples) -> None:
    load_sample_registry(workspace, samples)
    outcome = _import(workspace, samples, scheme="starter")
    imported = outcome.report["rows_imported"]
    assert imported > 0
    assert outcome.report["scheme"] == "starter"
    assert _schemes(workspace) == ["starter"] * imported

    rows = listing.list_vacancies(workspace, listing.VacancyFilter(), limit=1000)
    assert {(r.scheme, r.scheme_name) for r in rows} == {("starter", "Startboliger")}
    detail = listing.vacancy_detail(workspace, rows[0].id)
    assert (detail.scheme, detail.scheme_name) == ("starter", "Startboliger")
    only = listing.VacancyFilter(scheme="starter")
    assert listing.count_vacancies(workspace, only) == imported
    assert listing.count_vacancies(workspace, listing.VacancyFilter(scheme="ordinary")) == 0


def test_without_a_scheme_the_dwellings_are_ordinary(workspace, samples) -> None:
    load_sample_registry(workspace, samples)
    outcome = _import(workspace, samples)
    assert outcome.report["scheme"] == "ordinary"
    assert set(_schemes(workspace)) == {"ordinary"}
    row = listing.list_vacancies(workspace, listing.VacancyFilter(), limit=1)[0]
    assert row.scheme_name == "Almindelig anvisning"


def test_an_unknown_scheme_is_refused_and_nothing_is_written(workspace, samples) -> None:
    load_sample_registry(workspace, samples)
    with pytest.raises(ValidationError, match=r"no housing scheme shelters.*private_landlord"):
        _import(workspace, samples, scheme="shelters")
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Vacancy)) == 0


def test_the_command_line_takes_the_scheme(tmp_path, samples, capsys) -> None:
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, backup_dir=tmp_path / "backups", user="tester")
    load_sample_registry(ws, samples)
    ws.close()
    file = str(samples / FILE)

    assert main(["--db", str(path), "import", "vacancies", file, "--scheme", "nowhere"]) == 1
    assert "nowhere" in capsys.readouterr().err

    code = main(["--db", str(path), "import", "vacancies", file, "--scheme", "refugee", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["scheme"] == "refugee"

    assert main(["--db", str(path), "vacancies", "list", "--scheme", "refugee", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["vacancies"]
    assert listed
    assert {v["scheme"] for v in listed} == {"refugee"}
    assert main(["--db", str(path), "vacancies", "list", "--scheme", "starter", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["vacancies"] == []


def test_a_private_landlords_dwelling_is_due_seven_working_days_after_the_notice(
    workspace, samples
) -> None:
    """The notice is the day the desk receives the dwelling (TODAY, a Saturday: 21 November
    2026); the ordinary dwellings of the same file count from the day each is free."""
    load_sample_registry(workspace, samples)
    _import(workspace, samples, "private_landlord")
    rows = listing.list_vacancies(workspace, listing.VacancyFilter(), limit=1000)
    assert {r.desk_deadline for r in rows} == {dt.date(2026, 12, 1)}

    with workspace.write() as session:
        session.query(Vacancy).delete()
    _import(workspace, samples)
    ordinary = listing.list_vacancies(workspace, listing.VacancyFilter(), limit=1000)
    assert {r.desk_deadline for r in ordinary} != {dt.date(2026, 12, 1)}
    for row in ordinary:
        assert row.desk_deadline == add_working_days(max(row.available_from, TODAY), 7)
