"""Rent loss is borne by whom the dwelling's housing scheme names, on SQLite and PostgreSQL: the
rent-loss report per bearer, the work queue's running loss and the reply workbook's column.

Every dwelling costs 3,650 kr. a month = 120 kr. a day and is at the desk's disposal from 2
November 2026; today is 21 November, so 19 days (2-20 November) are counted: 2,280 kr. each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models import Department
from desktop.core import settings
from desktop.core.day.queue import work_queue
from desktop.core.exchange import reply
from desktop.core.reports import catalogue
from desktop.core.schemes.settings import SCHEMES, RentLossBearer, Scheme, Schemes
from desktop.core.workspace import Workspace
from tests.unit.matching import db_factories as make

B = RentLossBearer
D = dt.date
EACH = Decimal("2280.00")
NOV1, NOV30 = D(2026, 11, 1), D(2026, 11, 30)


@pytest.fixture
def dwellings(workspace: Workspace) -> int:
    """One dwelling of each bearer's scheme, one of a scheme no longer in force; the
    organisation's id."""
    schemes = Schemes(
        (
            Scheme("ordinary", "Almindelig anvisning"),
            Scheme("org_pays", "Organisationen bærer", rent_loss=B.ORGANISATION),
            Scheme("landlord_pays", "Udlejeren bærer", rent_loss=B.LANDLORD),
        )
    )
    with workspace.write() as session:
        settings.put(session, SCHEMES, schemes, D(2026, 1, 1))
    dept = make.department(workspace)
    for scheme in ("ordinary", "org_pays", "landlord_pays", "gone"):
        make.vacancy(workspace, dept, scheme=scheme, lease_number=scheme)
    with workspace.read() as session:
        return session.scalars(select(Department.organisation_id)).one()


def test_the_rent_loss_report_counts_each_bearers_loss(
    workspace: Workspace, dwellings: int
) -> None:
    report = catalogue.build_report(workspace, catalogue.RENT_LOSS, NOV1, NOV30)
    assert report.figure("rent_loss").value == 4 * EACH
    # the dwelling of a scheme no longer in force is the municipality's, as an ordinary one
    assert report.figure("borne_by_municipality").value == 2 * EACH
    assert report.figure("borne_by_organisation").value == EACH
    assert report.figure("borne_by_landlord").value == EACH
    table = report.table("Per bearer and month")
    assert {row[0]: row[1:] for row in table.rows} == {
        "Municipality": (2 * EACH, 2 * EACH),
        "Housing organisation": (EACH, EACH),
        "Landlord": (EACH, EACH),
    }
    assert table.total == ("Total", 4 * EACH, 4 * EACH)


def test_a_bearer_with_nothing_to_bear_shows_nothing(workspace: Workspace) -> None:
    make.vacancy(workspace, make.department(workspace))
    report = catalogue.build_report(workspace, catalogue.RENT_LOSS, NOV1, NOV30)
    assert report.figure("borne_by_municipality").value == EACH
    assert report.figure("borne_by_organisation").value == 0
    assert report.figure("borne_by_landlord").value == 0


def test_the_work_queue_says_who_bears_the_running_loss(
    workspace: Workspace, dwellings: int
) -> None:
    running = work_queue(workspace).rent_loss
    assert running.so_far == 4 * EACH
    assert running.by_bearer == (
        (B.MUNICIPALITY, 2 * EACH),
        (B.ORGANISATION, EACH),
        (B.LANDLORD, EACH),
    )
    assert running.text().endswith(
        "Borne by the municipality 4,560.00 DKK; the housing organisation 2,280.00 DKK; "
        "the landlord 2,280.00 DKK."
    )


def test_the_running_loss_of_the_municipality_alone_says_nothing_more(
    workspace: Workspace,
) -> None:
    make.vacancy(workspace, make.department(workspace))
    running = work_queue(workspace).rent_loss
    assert running.by_bearer == ((B.MUNICIPALITY, EACH),)
    assert "Borne by" not in running.text()


def test_the_reply_tells_the_organisation_who_bears_each_loss(
    workspace: Workspace, dwellings: int
) -> None:
    data = reply.reply_data(workspace, dwellings, NOV1, NOV30)
    assert {line.lease_number: line.loss_bearer for line in data.lines} == {
        "ordinary": "Municipality",
        "org_pays": "Housing organisation",
        "landlord_pays": "Landlord",
        "gone": "Municipality",
    }
