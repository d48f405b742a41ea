"""A dwelling belongs to a housing scheme: an import names it (`--scheme`, default ordinary), the
list and the detail show the scheme's name, the list filters by it."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.enums import DwellingType
from db.models import Offer, Vacancy
from desktop.cli.main import main
from desktop.core.errors import ValidationError
from desktop.core.importing import run_to_completion
from desktop.core.intake import imports, listing, manual
from desktop.core.intake.rules import VacancyDraft
from desktop.core.workdays import add_working_days
from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from tests.unit.intake.factories import load_sample_registry, small_registry
from tests.unit.matching import db_factories as make

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


def test_a_private_landlords_scheme_is_not_an_organisations(workspace, samples) -> None:
    """A landlord's dwellings lie in no department: an organisation's file cannot be imported
    into the landlords' scheme (`--landlord CVR` imports a landlord's; test_landlord_import)."""
    load_sample_registry(workspace, samples)
    with pytest.raises(ValidationError, match="--landlord CVR"):
        _import(workspace, samples, "private_landlord")
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Vacancy)) == 0


def test_an_ordinary_dwelling_is_due_seven_working_days_after_it_is_free(
    workspace, samples
) -> None:
    load_sample_registry(workspace, samples)
    _import(workspace, samples)
    ordinary = listing.list_vacancies(workspace, listing.VacancyFilter(), limit=1000)
    assert {r.desk_deadline for r in ordinary} != {dt.date(2026, 12, 1)}
    for row in ordinary:
        assert row.desk_deadline == add_working_days(max(row.available_from, TODAY), 7)


def _draft(lease: str) -> VacancyDraft:
    return VacancyDraft(
        department_number="07",
        lease_number=lease,
        dwelling_type=DwellingType.FAMILY,
        street="Kildeparken",
        house_number="12",
        rooms=2.0,
        rent=Decimal("4000"),
        available_from=dt.date(2026, 12, 1),
    )


def test_a_dwelling_entered_by_hand_belongs_to_the_scheme_chosen(workspace) -> None:
    registry = small_registry(workspace)
    ordinary = manual.create_vacancy(workspace, registry["org"], _draft("07-1"))
    starter = manual.create_vacancy(workspace, registry["org"], _draft("07-2"), scheme="starter")
    assert listing.vacancy_detail(workspace, ordinary).scheme == "ordinary"
    assert listing.vacancy_detail(workspace, starter).scheme == "starter"
    with pytest.raises(ValidationError, match="no housing scheme shelters") as refused:
        manual.create_vacancy(workspace, registry["org"], _draft("07-3"), scheme="shelters")
    assert "scheme" in refused.value.fields
    # A private landlord's dwelling lies in no department: it comes by the landlord's notice
    # (test_landlord_notices: due 7 working days from the day received).
    with pytest.raises(ValidationError, match="name the landlord instead") as landlords:
        manual.create_vacancy(workspace, registry["org"], _draft("07-4"), scheme="private_landlord")
    assert "scheme" in landlords.value.fields
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Vacancy)) == 2


def test_the_offers_list_takes_the_scheme(tmp_path, capsys) -> None:
    path = tmp_path / "desk.sqlite"
    ws = open_workspace(path, backup_dir=tmp_path / "backups", user="tester")
    dept = make.department(ws)
    starter = make.vacancy(ws, dept, scheme="starter")
    ordinary = make.vacancy(ws, dept)
    for vacancy in (starter, ordinary):  # drafts, as "propose the next candidate" makes them
        applicant = make.applicant(ws)
        with ws.write() as session:
            session.add(Offer(vacancy_id=vacancy, applicant_id=applicant))
    ws.close()

    assert main(["--db", str(path), "offers", "list", "--scheme", "starter", "--json"]) == 0
    offers = json.loads(capsys.readouterr().out)["offers"]
    assert [(o["vacancy_id"], o["scheme"], o["scheme_name"]) for o in offers] == [
        (starter, "starter", "Startboliger")
    ]
    assert main(["--db", str(path), "offers", "list", "--status", "draft", "--json"]) == 0
    assert {o["vacancy_id"] for o in json.loads(capsys.readouterr().out)["offers"]} == {
        starter,
        ordinary,
    }
    assert main(["--db", str(path), "offers", "list", "--scheme", "refugee", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["offers"] == []
