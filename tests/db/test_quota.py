"""The quota: dwellings reported to the desk per department and period against all the
department's vacancies and the agreed share (by colour), summed per organisation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.enums import DwellingType
from desktop.core.intake import counts, decisions, manual, quota
from desktop.core.intake.rules import VacancyDraft
from tests.unit.intake.factories import small_registry

NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _report(ws, registry, department: str, lease: str, day: int = 1) -> int:
    draft = VacancyDraft(
        department_number=department,
        lease_number=lease,
        dwelling_type=DwellingType.FAMILY,
        street="Kildeparken",
        house_number=str(day),
        rooms=2.0,
        rent=Decimal("4000"),
        available_from=dt.date(2026, 12, day),
    )
    return manual.create_vacancy(ws, registry["org"], draft)


@pytest.fixture
def registry(workspace):
    return small_registry(workspace)


def _line(report, number):
    return next(line for line in report.departments if line.department_number == number)


def test_reported_against_all_vacancies_and_the_share_of_the_colour(workspace, registry):
    for day in range(1, 4):
        _report(workspace, registry, "07", f"07-{day}", day)
    _report(workspace, registry, "20", "20-1")
    with workspace.write() as session:
        counts.record_count(session, registry["07"], NOVEMBER, 8, None)
        counts.record_count(session, registry["20"], NOVEMBER, 5, None)
    report = quota.quota(workspace, *NOVEMBER)
    green = _line(report, "07")
    assert (green.reported, green.total_vacancies, green.share_percent) == (3, 8, 25.0)
    assert green.expected == 2.0
    assert green.met is True
    assert green.reported_percent == pytest.approx(37.5)
    red = _line(report, "20")
    assert red.share_percent == 0.0  # red: nothing is to be reported
    assert red.expected == 0.0
    yellow = _line(report, "12-3")
    assert yellow.total_vacancies is None  # no count sent: the share cannot be judged
    assert yellow.met is None
    unplaced = _line(report, "30")
    assert unplaced.share_percent is None
    organisation = report.organisations[0]
    assert organisation.reported == 4
    assert organisation.total_vacancies == 13
    assert organisation.expected == 2.0


def test_only_dwellings_reported_in_the_period_count(workspace, registry):
    _report(workspace, registry, "07", "07-1")
    december = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert _line(quota.quota(workspace, *december), "07").reported == 0
    assert _line(quota.quota(workspace, *NOVEMBER), "07").reported == 1


def test_kept_counts_only_dwellings_the_desk_accepted(workspace, registry):
    first = _report(workspace, registry, "07", "07-1", 1)
    second = _report(workspace, registry, "07", "07-2", 2)
    decisions.decide(workspace, first, accept=True, reason="Ingen på listen endnu")
    decisions.decide(workspace, second, accept=False, reason="Fejl")
    line = _line(quota.quota(workspace, *NOVEMBER), "07")
    assert (line.reported, line.kept) == (2, 1)


def test_a_shortfall_is_shown(workspace, registry):
    _report(workspace, registry, "07", "07-1")
    with workspace.write() as session:
        counts.record_count(session, registry["07"], NOVEMBER, 12, None)
    line = _line(quota.quota(workspace, *NOVEMBER), "07")
    assert line.expected == 3.0
    assert line.shortfall == 2.0
    assert line.met is False


def test_the_all_vacancies_column_of_a_file_feeds_the_quota(workspace, registry, tmp_path):
    from desktop.core.importing import run_to_completion
    from desktop.core.intake import imports

    path = tmp_path / "ledige.csv"
    path.write_text(
        "Afd.;Lejemålsnr.;Adresse;Husleje;Ledig pr.;Ledige i alt\n"
        "07;07-1;Kildeparken 1, st. th.;4000;01.12.2026;6\n"
        "07;07-2;Kildeparken 3, 1. tv.;4100;01.12.2026;6\n",
        "utf-8",
    )
    organisation = imports.organisation_by_number(workspace, "145")
    outcome = run_to_completion(imports.import_vacancies(workspace, path, organisation))
    assert outcome.report["rows_imported"] == 2
    line = _line(quota.quota(workspace, *NOVEMBER), "07")
    assert (line.reported, line.total_vacancies) == (2, 6)
    assert line.expected == 1.5
