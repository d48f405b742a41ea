"""The reply workbook to an organisation: its dwellings per status group with the desk's
decisions, offers, tenants and rent loss, checked on the fixed dataset."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import AuditEvent, Vacancy
from desktop.core.errors import ValidationError
from desktop.core.exchange import reply
from desktop.core.workspace import Workspace
from tests.unit.exchange import dataset
from tests.unit.exchange.sheets import assert_same_in_libreoffice

D = dt.date
SEP1, NOV30 = D(2026, 9, 1), D(2026, 11, 30)


@pytest.fixture
def ids(workspace: Workspace) -> dataset.Ids:
    return dataset.build(workspace)


def _rows(ws, header: str = "Lease number") -> dict[str, dict[str, object]]:
    rows = list(ws.iter_rows(values_only=True))
    titles = list(rows[0])
    return {r[titles.index(header)]: dict(zip(titles, r, strict=True)) for r in rows[1:]}


def test_the_period_holds_every_dwelling_the_desk_had_in_hand(
    workspace: Workspace, ids: dataset.Ids
) -> None:
    data = reply.reply_data(workspace, ids.org_b, D(2026, 10, 1), D(2026, 10, 31))
    # V8 was let on 21.09 (before), V7 reported on 02.11 (after): both left out.
    assert sorted(line.lease_number for line in data.lines) == ["B-101", "B-501"]
    data = reply.reply_data(workspace, ids.org_b, SEP1, NOV30)
    assert sorted(line.lease_number for line in data.lines) == ["B-101", "B-102", "B-103",
                                                                "B-501"]  # fmt: skip


def test_rent_loss_runs_to_the_period_end_or_today(workspace: Workspace, ids: dataset.Ids) -> None:
    data = reply.reply_data(workspace, ids.org_b, D(2026, 10, 1), D(2026, 10, 31))
    offered = next(line for line in data.lines if line.lease_number == "B-101")
    # 2,920 kr. a month = 96 kr. a day, 01.10 to 31.10 inclusive.
    assert offered.rent_loss_days == 31
    assert offered.rent_loss == Decimal("2976.00")
    assert data.loss_until == D(2026, 10, 31)
    data = reply.reply_data(workspace, ids.org_b, SEP1, NOV30)
    offered = next(line for line in data.lines if line.lease_number == "B-101")
    assert data.loss_until == D(2026, 11, 20)  # today is 21.11: counted up to yesterday
    assert offered.rent_loss_days == 51
    assert offered.rent_loss == Decimal(51 * 96)


def test_the_workbook_has_a_sheet_per_status_group_and_a_summary(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    target = tmp_path / "svar.xlsx"
    outcome = reply.export_replies(workspace, ids.org_a, SEP1, NOV30, target)
    assert outcome.dwellings == 4
    assert outcome.tenants == 2
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Received", "Accepted", "Let", "Returned", "Given back"]
    let = _rows(book["Let"])
    assert set(let) == {"A-101", "A-201"}
    first = let["A-101"]
    assert first["Tenant"] == "Hans Ærø"
    assert first["Phone"] == dataset.HOSTILE_PHONE
    assert first["E-mail"] == "hans@example.dk"
    # where the organisation sends the lease: the postal address with its c/o line
    assert first["Address for letters"] == "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg"
    assert first["Move-in date"] == dt.datetime(2026, 10, 1)
    assert first["Decision"] == "Accepted"
    assert first["Rent loss days"] == 21
    assert first["Rent loss"] == 21 * 144
    assert first["Rent incl. a conto"] == 4380
    second = let["A-201"]
    assert second["Department name"] == dataset.HOSTILE_DEPARTMENT
    assert second["Tenant"] == "Amir Haddad"
    assert second["E-mail"] == dataset.HOSTILE_EMAIL
    assert second["Address for letters"] is None  # no postal address (whereabouts stay here)
    assert second["Rent loss"] == 26 * 168
    returned = _rows(book["Returned"])
    assert returned["A-102"]["Reason"] == dataset.HOSTILE_REASON
    assert returned["A-102"]["Decided on"] == dt.datetime(2026, 9, 16)
    given_back = _rows(book["Given back"])
    assert given_back["A-202"]["Given back on"] == dt.datetime(2026, 11, 5)
    assert given_back["A-202"]["Offer status"] == "Offer declined"
    assert given_back["A-202"]["Rent loss"] == 21 * 120
    assert _rows(book["Received"]) == {}
    assert _rows(book["Accepted"]) == {}
    summary = [row for row in book["Summary"].iter_rows(values_only=True) if row]
    counts = {row[0]: (row[2], row[3]) for row in summary if row[0] in ("Let", "Total")}
    assert counts["Let"] == (2, 21 * 144 + 26 * 168)
    assert counts["Total"] == (4, 21 * 144 + 26 * 168 + 21 * 120)


def test_each_dwelling_names_its_housing_scheme(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    with workspace.write() as session:
        session.scalars(
            select(Vacancy).where(Vacancy.lease_number == "A-201")
        ).one().scheme = "starter"
    target = tmp_path / "svar.xlsx"
    reply.export_replies(workspace, ids.org_a, SEP1, NOV30, target)
    book = load_workbook(target)
    let = _rows(book["Let"])
    assert let["A-201"]["Housing scheme"] == "Startboliger"  # the desk's name, in Danish
    assert let["A-101"]["Housing scheme"] == "Almindelig anvisning"
    assert _rows(book["Returned"])["A-102"]["Housing scheme"] == "Almindelig anvisning"


def test_no_cpr_number_or_sensitive_fact_reaches_the_organisation(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    target = tmp_path / "svar.xlsx"
    reply.export_replies(workspace, ids.org_a, SEP1, NOV30, target)
    texts = [
        str(value)
        for ws in load_workbook(target).worksheets
        for row in ws.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert not any("0101901234" in t or "010190" in t for t in texts)
    headers = {str(v).casefold() for v in texts}
    assert not headers & {"cpr", "cpr number", "target group", "benefit"}


def test_the_export_is_logged_for_the_organisation_and_each_tenant(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    reply.export_replies(
        workspace, ids.org_a, SEP1, NOV30, tmp_path / "svar.xlsx", purpose="Månedligt svar"
    )
    with workspace.read() as session:
        events = session.execute(
            select(
                AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.applicant_id,
                AuditEvent.purpose,
            ).where(AuditEvent.action == "export")
        ).all()  # fmt: skip
    tenants = {e.applicant_id for e in events if e.entity_type == "applicant"}
    assert tenants == {ids.applicants["P2"], ids.applicants["P4"]}
    assert all(e.purpose == "Månedligt svar" for e in events)
    assert [e.entity_id for e in events if e.entity_type == "reply_workbook"] == [ids.org_a]


def test_a_period_that_ends_before_it_begins_is_refused(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="ends before it begins"):
        reply.export_replies(workspace, ids.org_a, NOV30, SEP1, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_libreoffice_opens_the_reply_and_shows_the_same_values(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    target = tmp_path / "svar.xlsx"
    reply.export_replies(workspace, ids.org_a, SEP1, NOV30, target)
    let = assert_same_in_libreoffice(target, tmp_path / "csv")["Let"]
    assert let[0][0] == "Department"
    row = next(r for r in let if r[2] == "A-201")
    assert row[1] == dataset.HOSTILE_DEPARTMENT  # shown as written, never evaluated
    assert "4,368.00 kr." in row
