"""The report per housing scheme, on SQLite and PostgreSQL, each expected value worked out by
hand from the dwellings below (not by the code under test).

Period: November 2026; today 21 November, so rent loss is counted up to 20 November. Every
dwelling costs 3,650 kr. a month = 120 kr. a day. One green department (share 25 %) whose
organisation counted 16 vacancies in November: the agreed share is 4 dwellings.

    V1 ordinary  reported 20.10, at disposal 02.11, let 15.11      13 days to let, loss 13 days
    V2 ordinary  reported 05.11, at disposal 05.11, offer sent 10.11          loss 16 days
    V3 ordinary  reported 06.11, at disposal 06.11, no offer                  loss 15 days
    V4 starter   reported 03.11, at disposal 03.11, given back 12.11          loss  9 days
    V5 refugee   reported 01.11, at disposal 01.11, accepted 08.11, let 11.11
                                                                   10 days to let, loss 10 days
    V6 refugee   reported 02.11, at disposal 02.11, offer accepted 18.11      loss 19 days
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from db.enums import OfferStatus, VacancyStatus
from db.models import Offer
from desktop.core.intake import counts
from desktop.core.reports import catalogue, export
from desktop.core.reports.model import Report
from desktop.core.workspace import Workspace
from tests.unit.letters import pdftext
from tests.unit.matching import db_factories as make

D = dt.date
S = VacancyStatus
NOV1, NOV30 = D(2026, 11, 1), D(2026, 11, 30)
DAY = Decimal(120)


def _offer(ws: Workspace, vacancy: int, status: OfferStatus, sent: dt.date, **more: Any) -> None:
    applicant = make.applicant(ws)
    with ws.write() as session:
        session.add(
            Offer(vacancy_id=vacancy, applicant_id=applicant, status=status, sent_on=sent, **more)
        )


@pytest.fixture
def desk(workspace: Workspace) -> Workspace:
    dept = make.department(workspace, number="07")

    def dwelling(scheme: str, reported: dt.date, status: S, **more: Any) -> int:
        more.setdefault("at_disposal_from", reported)
        return make.vacancy(
            workspace, dept, scheme=scheme, reported_on=reported, status=status, **more
        )

    dwelling(
        "ordinary",
        D(2026, 10, 20),
        S.LET,
        at_disposal_from=D(2026, 11, 2),
        lease_start=D(2026, 11, 15),
    )
    v2 = dwelling("ordinary", D(2026, 11, 5), S.OFFERED)
    _offer(workspace, v2, OfferStatus.SENT, D(2026, 11, 10), reply_deadline=D(2026, 11, 17))
    dwelling("ordinary", D(2026, 11, 6), S.ACCEPTED)
    dwelling("starter", D(2026, 11, 3), S.GIVEN_BACK, given_back_on=D(2026, 11, 12))
    v5 = dwelling("refugee", D(2026, 11, 1), S.LET, lease_start=D(2026, 11, 11))
    _offer(workspace, v5, OfferStatus.ACCEPTED, D(2026, 11, 4), answered_on=D(2026, 11, 8))
    v6 = dwelling("refugee", D(2026, 11, 2), S.OFFERED)
    _offer(workspace, v6, OfferStatus.ACCEPTED, D(2026, 11, 16), answered_on=D(2026, 11, 18))
    with workspace.write() as session:
        counts.record_count(session, dept, (NOV1, NOV30), 16, None)
    return workspace


def _report(ws: Workspace) -> Report:
    return catalogue.build_report(ws, catalogue.SCHEME_FIGURES, NOV1, NOV30)


def _rows(report: Report, table: str) -> dict[object, tuple[object, ...]]:
    return {row[0]: row[1:] for row in report.table(table).rows}


def test_per_scheme_received_used_given_back_time_to_let_and_rent_loss(desk: Workspace) -> None:
    report = _report(desk)
    assert report.title == "Housing schemes"
    rows = _rows(report, "Per housing scheme")
    # received, used (offered or let), let, given back, median days to let, rent loss
    assert rows["Almindelig anvisning"] == (2, 2, 1, 0, 13.0, (13 + 16 + 15) * DAY)
    assert rows["Startboliger"] == (1, 0, 0, 1, None, 9 * DAY)
    assert rows["Flygtningeboliger"] == (2, 2, 1, 0, 10.0, (10 + 19) * DAY)
    assert rows["Skæve boliger"] == (0, 0, 0, 0, None, 0)  # every scheme in force is listed
    assert report.table("Per housing scheme").total == (
        "Total", 5, 4, 2, 1, 11.5, (13 + 16 + 15 + 9 + 10 + 19) * DAY
    )  # fmt: skip


def test_the_separate_allocation_rights_uptake(desk: Workspace) -> None:
    report = _report(desk)
    rights = _rows(report, "Separate allocation rights")
    # two refugee dwellings allocated (offers accepted in November) of the right's 176
    assert rights["Flygtningeboliger"] == ("own allocation right, 176 dwellings", 2, 2 / 176)
    assert rights["Startboliger"] == ("own allocation right, 7 dwellings", 0, 0.0)
    assert rights["Ældre- og plejeboliger"] == ("own allocation right, 100 %", 0, None)
    assert "Almindelig anvisning" not in rights  # it counts against the agreed share
    assert "Udslusningsboliger" not in rights  # an own right without a number of dwellings
    figure = report.figure("right_refugee")
    assert (figure.label, figure.value) == ("Flygtningeboliger", 2)
    assert figure.explanation == "allocated of the right's 176 dwellings"


def test_the_agreed_share_against_the_uptake_per_department(desk: Workspace) -> None:
    report = _report(desk)
    (row,) = report.table("Agreed share and uptake").rows
    # 16 vacancies x 25 % = 4 agreed; 5 reported, 2 of them under the share (the others are
    # dwellings of schemes with their own right, as in the quota); 2 ordinary ones used: 50 %
    # agreed share and dwellings, used, uptake, all vacancies, reported
    assert row == ("145 Himmerland Boligforening", "07 Kildeparken", "green", 0.25, 4.0, 2, 0.5,
                   16, 2)  # fmt: skip
    assert report.figure("uptake").value == 0.5


def test_an_empty_period_says_why_each_table_is_empty(workspace: Workspace) -> None:
    report = _report(workspace)
    per_scheme = report.table("Per housing scheme")
    assert per_scheme.rows == ()
    assert per_scheme.empty.startswith("No dwelling was at the desk's disposal in the period")
    uptake = report.table("Agreed share and uptake")
    assert uptake.rows == ()
    assert "count of all its vacancies" in uptake.empty
    assert report.figure("uptake").value is None


def test_the_report_is_saved_as_excel_and_pdf_and_is_in_the_yearly_follow_up(
    desk: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "ordninger.xlsx"
    export.export_report(desk, catalogue.SCHEME_FIGURES, NOV1, NOV30, target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "Report",
        "Per housing scheme",
        "Separate allocation rights",
        "Agreed share and uptake",
    ]
    rows = list(book["Per housing scheme"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Housing scheme", "Received", "Used")
    pdf = tmp_path / "ordninger.pdf"
    export.export_report(desk, catalogue.SCHEME_FIGURES, NOV1, NOV30, pdf)
    text = " ".join(pdftext.text(pdf.read_bytes()).split())
    assert "Flygtningeboliger" in text
    assert "Agreed share and uptake" in text
    yearly = catalogue.yearly_follow_up(desk, 2026)
    assert catalogue.SCHEME_FIGURES in [r.key for r in yearly.reports]
