"""Report figures on the fixed dataset (tests/unit/exchange/dataset.py), each expected value
worked out by hand from the dataset's dates and rents - not by the code under test.

Period: 01.09.2026-30.11.2026; today 21.11.2026. Rent loss a day: 4,380 kr. a month -> 144,
5,110 -> 168, 3,650 -> 120, 2,920 -> 96 (monthly x 12 / 365).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.core.reports import catalogue
from desktop.core.reports.model import Report
from desktop.core.workspace import Workspace
from tests.unit.exchange import dataset

D = dt.date
START, END = D(2026, 9, 1), D(2026, 11, 30)
SEP, OCT, NOV = "Sept 2026", "Oct 2026", "Nov 2026"  # en_GB month names
ALFA, BETA = "101 Alfa Bolig", "202 Beta Boligselskab"


@pytest.fixture
def reports(workspace: Workspace) -> dict[str, Report]:
    dataset.build(workspace)
    return {r.key: r for r in catalogue.build_reports(workspace, START, END)}


def _rows(report: Report, table: str) -> dict[object, tuple[object, ...]]:
    return {row[0]: row[1:] for row in report.table(table).rows}


def test_vacancies_per_organisation_and_month(reports: dict[str, Report]) -> None:
    report = reports["vacancies"]
    # received V1 V2 V3 V4 (Alfa), V5 V6 V7 (Beta; V8 was reported in August)
    # accepted V1 03.09, V3 06.10, V4 12.10, V5 02.10; returned V2 16.09, V6 03.10
    # let V1 01.10, V3 15.11, V8 21.09; given back V4 05.11
    figures = {f.key: f.value for f in report.figures}
    assert figures == {"received": 7, "accepted": 4, "returned": 2, "let": 3, "given_back": 1}
    per_org = _rows(report, "Per organisation")
    assert per_org[ALFA] == (4, 3, 1, 2, 1)
    assert per_org[BETA] == (3, 1, 1, 1, 0)
    assert report.table("Per organisation").total == ("Total", 7, 4, 2, 3, 1)
    detail = {(r[0], r[1]): r[2:] for r in report.table("Per organisation and month").rows}
    assert detail == {
        (ALFA, SEP): (2, 1, 1, 0, 0),
        (ALFA, OCT): (2, 2, 0, 1, 0),
        (ALFA, NOV): (0, 0, 0, 1, 1),
        (BETA, SEP): (0, 0, 0, 1, 0),
        (BETA, OCT): (2, 1, 1, 0, 0),
        (BETA, NOV): (1, 0, 0, 0, 0),
    }
    chart = report.charts[0]
    assert chart.categories == ("Sept 26", "Oct 26", "Nov 26")
    assert [s.values for s in chart.series] == [(2, 4, 1), (1, 3, 0), (1, 1, 0), (1, 1, 1)]


def test_days_to_let(reports: dict[str, Report]) -> None:
    report = reports["time_to_let"]
    days = {
        "V1": (D(2026, 10, 1) - D(2026, 9, 10)).days,  # 21
        "V3": (D(2026, 11, 15) - D(2026, 10, 20)).days,  # 26
        "V8": (D(2026, 9, 21) - D(2026, 9, 1)).days,  # 20
    }
    assert days == {"V1": 21, "V3": 26, "V8": 20}
    assert report.figure("let").value == 3
    assert report.figure("average").value == pytest.approx((21 + 26 + 20) / 3)
    assert report.figure("median").value == 21
    per_org = _rows(report, "Per organisation")
    assert per_org[ALFA] == (2, 23.5, 23.5, 21, 26)
    assert per_org[BETA] == (1, 20.0, 20.0, 20, 20)
    per_month = _rows(report, "Per month")
    assert per_month[SEP] == (1, 20.0, 20.0, 20, 20)
    assert per_month[OCT] == (1, 21.0, 21.0, 21, 21)
    assert per_month[NOV] == (1, 26.0, 26.0, 26, 26)


def test_rent_loss_paid_per_organisation_and_month(reports: dict[str, Report]) -> None:
    report = reports["rent_loss"]
    # Alfa: V1 10.09-30.09 = 21 days x 144; V3 20.10-31.10 = 12 x 168, 01.11-14.11 = 14 x 168;
    #       V4 15.10-31.10 = 17 x 120, 01.11-04.11 = 4 x 120
    # Beta: V8 01.09-20.09 = 20 x 144; V5 01.10-31.10 = 31 x 96, 01.11-20.11 = 20 x 96
    alfa = (21 * 144, 12 * 168 + 17 * 120, 14 * 168 + 4 * 120)
    beta = (20 * 144, 31 * 96, 20 * 96)
    rows = _rows(report, "Per organisation and month")
    assert rows[ALFA] == (*(Decimal(v) for v in alfa), Decimal(sum(alfa)))
    assert rows[BETA] == (*(Decimal(v) for v in beta), Decimal(sum(beta)))
    total = sum(alfa) + sum(beta)
    assert report.figure("rent_loss").value == Decimal(total) == Decimal("17688.00")
    assert report.figure("dwellings").value == 5
    assert report.table("Per organisation and month").total == (
        "Total", *(Decimal(a + b) for a, b in zip(alfa, beta, strict=True)), Decimal(total)
    )  # fmt: skip


def test_quota_compliance(reports: dict[str, Report]) -> None:
    report = reports["quota"]
    # Solbakken (green 25 %): 2 reported of 4 -> expected 1.0, met.
    # "=Engen" (yellow 15 %): 2 of 20 -> expected 3.0, short by 1.0.
    # Toften (green): V5 and V7 of 4 -> expected 1.0, met. Bakken (red 0 %): 1 of 6, met.
    departments = {r[1]: r[3:] for r in report.table("Departments").rows}
    assert departments["1 Solbakken"] == (2, 1, 4, 0.25, 1.0, 0.5, 0.0, "yes")
    assert departments["2 " + dataset.HOSTILE_DEPARTMENT] == (2, 2, 20, 0.15, 3.0, 0.1, 1.0,
                                                              "no")  # fmt: skip
    assert departments["1 Toften"] == (2, 1, 4, 0.25, 1.0, 0.5, 0.0, "yes")
    assert departments["5 Bakken"] == (1, 0, 6, 0.0, 0.0, pytest.approx(1 / 6), 0.0, "yes")
    organisations = _rows(report, "Organisations")
    assert organisations[ALFA] == (4, 3, 24, pytest.approx(4 / 24), 4.0, pytest.approx(4 / 24),
                                   0.0, "yes")  # fmt: skip
    assert organisations[BETA] == (3, 1, 10, 0.1, 1.0, 0.3, 0.0, "yes")
    figures = {f.key: f.value for f in report.figures}
    assert figures == {
        "departments_met": 3,
        "departments_short": 1,
        "organisations_met": 2,
        "organisations_judged": 2,
        "departments_lacking": 0,
    }


def test_offers_accepted_and_declined_with_reasons(reports: dict[str, Report]) -> None:
    report = reports["offers"]
    # accepted 18.09 (V1), 30.10 (V3), 05.09 (V8); declined 14.09 dwelling, 15.10 by the
    # organisation, 20.10 area; no answer: deadline 26.10 (V3). The open offer is not counted.
    assert report.figure("accepted").value == 3
    assert report.figure("declined").value == 3
    assert report.figure("no_answer").value == 1
    assert report.figure("acceptance").value == pytest.approx(3 / 7)
    per_month = _rows(report, "Per month")
    assert per_month == {SEP: (2, 1, 0), OCT: (1, 2, 1), NOV: (0, 0, 0)}
    refusals = {(r[0], r[1]): r[2] for r in report.table("Refusals by reason").rows}
    assert refusals == {
        ("Boligen passer ikke (indretning, etage, stand)", "The citizen"): 1,
        ("Boligorganisationen afviser lejeren", "The organisation"): 1,
        ("Ønsker ikke at bo i området", "The citizen"): 1,
    }
    per_org = _rows(report, "Per organisation")
    assert per_org == {ALFA: (2, 2, 1), BETA: (1, 1, 0)}


def test_people_housed_per_target_group(reports: dict[str, Report]) -> None:
    report = reports["housed"]
    # Hans (Housing First, 1 person, 01.03 -> 01.10), Karl (Housing First, 2 persons,
    # 21.09.2025 -> 21.09.2026), Amir (refugee, 3 persons, 15.06 -> 15.11).
    hans = (D(2026, 10, 1) - D(2026, 3, 1)).days
    karl = (D(2026, 9, 21) - D(2025, 9, 21)).days
    amir = (D(2026, 11, 15) - D(2026, 6, 15)).days
    assert (hans, karl, amir) == (214, 365, 153)
    rows = _rows(report, "Per target group")
    assert rows["Housing First"] == (2, 3, (hans + karl) / 2, (hans + karl) / 2)
    assert rows["Flygtning"] == (1, 3, float(amir), float(amir))
    assert rows["Ung (18–29)"] == (0, 0, None, None)
    assert report.table("Per target group").total == ("Total", 3, 6, (hans + karl + amir) / 3,
                                                      float(hans))  # fmt: skip
    assert report.figure("households").value == 3
    assert report.figure("persons").value == 6


def test_waiting_times(reports: dict[str, Report]) -> None:
    report = reports["waiting"]
    today = D(2026, 11, 21)
    ida = (today - D(2026, 2, 1)).days  # young, 293
    sara = (today - D(2026, 1, 10)).days  # young, 315
    bo = (today - D(2026, 5, 1)).days  # other, 204
    mia = (today - D(2026, 11, 1)).days  # other, 20
    else_ = (today - D(2026, 4, 1)).days  # elderly, with an offer, 234
    rows = _rows(report, "Per target group")
    assert rows["Ung (18–29)"][:4] == (2, (ida + sara) / 2, (ida + sara) / 2, sara)
    assert rows["Øvrig"][:4] == (2, (bo + mia) / 2, (bo + mia) / 2, bo)
    assert rows["Ældre"][:4] == (1, float(else_), float(else_), else_)
    assert rows["Housing First"][:4] == (0, None, None, None)
    assert rows["Housing First"][4:] == (2, 289.5, 289.5)
    assert report.figure("waiting").value == 5
    assert report.figure("median_now").value == float(else_)  # 20, 204, 234, 293, 315


def test_a_reversed_or_too_long_period_is_refused(workspace: Workspace) -> None:
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="ends before it begins"):
        catalogue.build_report(workspace, "vacancies", END, START)
    with pytest.raises(ValidationError, match="three years"):
        catalogue.build_report(workspace, "vacancies", D(2020, 1, 1), D(2026, 1, 1))


def test_the_yearly_follow_up_holds_every_report_with_the_key_figures_first(
    workspace: Workspace,
) -> None:
    dataset.build(workspace)
    book = catalogue.yearly_follow_up(workspace, 2026)
    assert book.title == "Follow-up on the joint letting agreement 2026"
    assert [r.key for r in book.reports] == ["summary", *catalogue.KEYS]
    vacancies = book.reports[1]
    # The whole year also counts V8 (reported 20.08, accepted 21.08).
    assert vacancies.figure("received").value == 8
    assert vacancies.figure("accepted").value == 5
    summary = book.reports[0].table("Key figures")
    assert ("Vacancies per organisation and month", "Received", "8") in summary.rows
