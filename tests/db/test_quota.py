"""The quota: dwellings reported to the desk per department and period against all the
department's vacancies and the agreed share (by colour), summed per organisation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.enums import DwellingType
from db.models import Vacancy
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


# --- all vacancies typed by staff, and the departments without them ---------------------------


def _entered(ws, number, registry, period=NOVEMBER):
    return _line(quota.quota(ws, *period), number).entered


def test_a_typed_total_feeds_the_quota_and_can_be_changed_and_removed(workspace, registry):
    _report(workspace, registry, "07", "07-1")
    saved = counts.enter_total(workspace, registry["07"], NOVEMBER, 8, seen=None)
    assert saved is not None
    assert saved.total == 8
    line = _line(quota.quota(workspace, *NOVEMBER), "07")
    assert (line.total_vacancies, line.expected, line.met) == (8, 2.0, False)
    assert line.entered == saved
    changed = counts.enter_total(workspace, registry["07"], NOVEMBER, 4, seen=saved)
    assert changed is not None
    assert changed.version == saved.version + 1
    assert _line(quota.quota(workspace, *NOVEMBER), "07").met is True  # 1 of 4 at 25 %
    assert counts.enter_total(workspace, registry["07"], NOVEMBER, None, seen=changed) is None
    line = _line(quota.quota(workspace, *NOVEMBER), "07")
    assert (line.total_vacancies, line.entered, line.lacking) == (None, None, 1)


def test_a_total_for_the_whole_period_wins_over_the_monthly_counts_inside_it(workspace, registry):
    autumn = (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
    with workspace.write() as session:
        for month in (9, 10):
            start = dt.date(2026, month, 1)
            counts.record_count(session, registry["07"], counts.month_of(start), 5, None)
    line = _line(quota.quota(workspace, *autumn), "07")
    assert line.total_vacancies == 10  # the months add up
    assert line.counted == ((dt.date(2026, 9, 1), dt.date(2026, 10, 31)),)
    assert line.entered is None
    counts.enter_total(workspace, registry["07"], autumn, 12, seen=None)
    line = _line(quota.quota(workspace, *autumn), "07")
    assert line.total_vacancies == 12  # not 22: the same vacancies are not counted twice
    assert line.counted == (autumn,)
    assert (
        _line(quota.quota(workspace, *counts.month_of(dt.date(2026, 9, 1))), "07").total_vacancies
        == 5
    )


def test_a_typed_total_saved_meanwhile_by_another_desk_is_not_overwritten(workspace, registry):
    from desktop.core.locking import RecordConflict

    seen = _entered(workspace, "07", registry)
    assert seen is None
    first = counts.enter_total(workspace, registry["07"], NOVEMBER, 8, seen=seen)
    with pytest.raises(RecordConflict) as refused:  # the second desk also saw no figure
        counts.enter_total(workspace, registry["07"], NOVEMBER, 9, seen=seen)
    assert refused.value.differences[0].theirs == 8
    counts.enter_total(workspace, registry["07"], NOVEMBER, 10, seen=first)
    with pytest.raises(RecordConflict):  # saving onto the version the first desk saw
        counts.enter_total(workspace, registry["07"], NOVEMBER, 11, seen=first)
    assert _line(quota.quota(workspace, *NOVEMBER), "07").total_vacancies == 10


def test_a_typed_total_must_be_a_sensible_whole_number(workspace, registry):
    from desktop.core.errors import ValidationError

    for wrong in (-1, counts.MAX_TOTAL + 1):
        with pytest.raises(ValidationError) as refused:
            counts.enter_total(workspace, registry["07"], NOVEMBER, wrong, seen=None)
        assert "total_vacancies" in refused.value.fields
    assert _entered(workspace, "07", registry) is None


def test_the_departments_without_all_vacancies_are_named(workspace, registry):
    _report(workspace, registry, "07", "07-1")
    with workspace.write() as session:
        counts.record_count(session, registry["07"], NOVEMBER, 4, None)
    report = quota.quota(workspace, *NOVEMBER)
    # 12-3 (yellow) should hand over a share but has no count; 20 (red, share 0) and 30
    # (no colour) cannot be judged by a count, so they lack nothing.
    assert [line.label for line in report.lacking] == ["145/12-3 Skolevej"]
    assert _line(report, "20").expected == 0.0
    organisation = report.organisations[0]
    assert organisation.lacking == 1
    assert organisation.met is None  # not judged while a department's count is missing
    counts.enter_total(workspace, registry["12-3"], NOVEMBER, 10, seen=None)
    report = quota.quota(workspace, *NOVEMBER)
    assert report.lacking == ()
    assert report.organisations[0].met is False  # 07: 1 of 1.0; 12-3: 0 of 1.5


def test_the_quota_report_lists_the_departments_without_all_vacancies(workspace, registry):
    from desktop.core.reports import catalogue

    report = catalogue.build_report(workspace, catalogue.QUOTA, *NOVEMBER)
    assert report.figure("departments_lacking").value == 2  # 07 and 12-3: nothing counted
    table = report.table("Departments without all vacancies")
    assert table.column("Department") == ["07 Storkereden", "12-3 Skolevej"]
    assert any("Ledige i alt" in note for note in report.notes)
    with workspace.write() as session:
        for number in ("07", "12-3"):
            counts.record_count(session, registry[number], NOVEMBER, 4, None)
    report = catalogue.build_report(workspace, catalogue.QUOTA, *NOVEMBER)
    assert report.figure("departments_lacking").value == 0
    assert report.notes == ()
    assert [t.title for t in report.tables] == ["Organisations", "Departments"]


def test_departments_come_in_number_order_not_text_order(workspace):
    from db.models import Department, Organisation

    with workspace.write() as session:
        org = Organisation(number="145", name="Himmerland")
        session.add(org)
        for number in ("20", "19", "2", "12-10", "12-3"):
            session.add(Department(organisation=org, number=number, name="A", postcode="9220"))
    report = quota.quota(workspace, *NOVEMBER)
    assert [line.department_number for line in report.departments] == [
        "2", "12-3", "12-10", "19", "20",
    ]  # fmt: skip


def test_all_vacancies_are_counted_by_whole_months(workspace, registry):
    so_far = (dt.date(2026, 1, 1), dt.date(2026, 11, 21))
    with workspace.write() as session:  # the file imported in November: November's count
        counts.record_count(session, registry["07"], NOVEMBER, 6, None)
    assert _line(quota.quota(workspace, *so_far), "07").total_vacancies == 6
    saved = counts.enter_total(workspace, registry["12-3"], so_far, 30, seen=None)
    assert saved is not None
    assert saved.period == (dt.date(2026, 1, 1), dt.date(2026, 11, 30))
    tomorrow = (dt.date(2026, 1, 1), dt.date(2026, 11, 22))
    line = _line(quota.quota(workspace, *tomorrow), "12-3")
    assert (line.total_vacancies, line.entered) == (30, saved)  # the same months, the same figure


def test_the_quota_workbook_has_a_sheet_of_the_departments_without_all_vacancies(
    workspace, registry, tmp_path
):
    from openpyxl import load_workbook

    from desktop.core.exchange import quota_export

    target = tmp_path / "andel.xlsx"
    quota_export.export_quota(workspace, *NOVEMBER, target)
    sheet = load_workbook(target)["Without all vacancies"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert [row[2] for row in rows] == ["07", "12-3"]
    with workspace.write() as session:
        for number in ("07", "12-3"):
            counts.record_count(session, registry[number], NOVEMBER, 4, None)
    quota_export.export_quota(workspace, *NOVEMBER, target)
    assert load_workbook(target).sheetnames == ["Departments", "Organisations"]


def test_dwellings_of_a_scheme_with_its_own_right_are_not_the_share(workspace, registry):
    # Skæve boliger have their own allocation right: reporting one does not meet the 25 % rule.
    _report(workspace, registry, "07", "07-1", 1)
    skaev = _report(workspace, registry, "07", "07-2", 2)
    with workspace.write() as session:
        session.get(Vacancy, skaev).scheme = "unconventional"
        counts.record_count(session, registry["07"], NOVEMBER, 8, None)
    report = quota.quota(workspace, *NOVEMBER)
    green = _line(report, "07")
    assert (green.reported, green.expected, green.met) == (1, 2.0, False)
    assert report.own_right == 1
