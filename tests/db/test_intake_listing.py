"""The vacancy list: filters and sort in SQL, proposal and days left per row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.enums import Colour, DwellingType, IntakeProposal, VacancyStatus
from desktop.core.importing import run_to_completion
from desktop.core.intake import decisions, imports, listing, status
from desktop.core.intake.listing import DeadlineFilter, VacancyFilter
from tests.unit.intake.factories import load_sample_registry


@pytest.fixture
def imported(workspace, samples):
    load_sample_registry(workspace, samples)
    for name, org in (("vacancies_lejerbo.csv", "310"), ("vacancies_hasseris.ods", "131")):
        organisation = imports.organisation_by_number(workspace, org)
        run_to_completion(imports.import_vacancies(workspace, samples / name, organisation))
    return workspace


EVERYTHING = VacancyFilter()


def _all(ws, flt=EVERYTHING, **kwargs):
    return listing.list_vacancies(ws, flt, limit=1000, **kwargs)


def test_each_row_shows_the_proposal_of_its_newest_check(imported):
    rows = _all(imported)
    assert len(rows) == listing.count_vacancies(imported, VacancyFilter()) == 56
    red = [r for r in rows if r.department.startswith("1231 ")]
    assert red
    assert all(r.colour == Colour.RED for r in red)
    assert all(r.proposal == IntakeProposal.RETURN for r in red)
    assert all("red" in (r.reason or "") for r in red)
    green = [r for r in rows if r.colour == Colour.GREEN and r.monthly_total < Decimal(4000)]
    assert green
    assert all(r.proposal == IntakeProposal.ACCEPT for r in green)


def test_filters_by_status_organisation_colour_and_type(imported):
    lejerbo = imports.organisation_by_number(imported, "310")
    rows = _all(imported, VacancyFilter(organisation_id=lejerbo.id))
    assert len(rows) == 34
    assert all(r.organisation.startswith("310 ") for r in rows)
    youth = _all(imported, VacancyFilter(dwelling_type=DwellingType.YOUTH))
    assert len(youth) == 6
    red = _all(imported, VacancyFilter(colour=Colour.RED))
    assert red
    assert {r.colour for r in red} == {Colour.RED}
    decisions.confirm_proposals(imported, [r.id for r in red])
    returned = _all(imported, VacancyFilter(statuses=(VacancyStatus.RETURNED,)))
    assert {r.id for r in returned} == {r.id for r in red}
    assert all(r.reason for r in returned)
    open_rows = _all(imported, VacancyFilter(statuses=listing.OPEN_STATUSES))
    assert len(open_rows) == 56 - len(red)


def test_search_finds_address_lease_and_department(imported):
    assert {r.address for r in _all(imported, VacancyFilter(text="nibevej"))} >= {"Nibevej 1"}
    assert len(_all(imported, VacancyFilter(text="310-1255-0001"))) == 1
    assert _all(imported, VacancyFilter(text="punkthusene"))


def test_sort_runs_in_sql_on_every_sortable_column(imported):
    for key in listing.SORT_KEYS:
        ascending = _all(imported, sort=key)
        descending = _all(imported, sort=key, descending=True)
        assert len(ascending) == len(descending) == 56
    by_rent = _all(imported, sort="monthly_total")
    totals = [r.monthly_total for r in by_rent]
    assert totals == sorted(totals)
    page = listing.list_vacancies(imported, VacancyFilter(), sort="monthly_total", offset=50)
    assert [r.id for r in page] == [r.id for r in by_rent[50:]]


def test_days_left_deadline_filter_and_rent_loss(imported):
    rows = _all(imported)
    accepted = rows[0]
    decisions.decide(imported, accepted.id, accept=True, reason="Ingen på listen endnu")
    row = next(r for r in _all(imported) if r.id == accepted.id)
    assert row.days_left is not None
    assert row.rent_loss is not None
    # Some time later the deadline has passed.
    imported.clock = lambda: row.desk_deadline + dt.timedelta(days=3)
    overdue = _all(imported, VacancyFilter(deadline=DeadlineFilter.OVERDUE))
    assert accepted.id in {r.id for r in overdue}
    late = next(r for r in overdue if r.id == accepted.id)
    assert late.days_left is not None
    assert late.days_left < 0
    assert late.rent_loss is not None
    assert late.rent_loss > 0
    # A dwelling given back is no longer open: no deadline, and the loss stops.
    status.change_status(imported, accepted.id, VacancyStatus.GIVEN_BACK, reason="Ingen")
    assert accepted.id not in {
        r.id for r in _all(imported, VacancyFilter(deadline=DeadlineFilter.OVERDUE))
    }
    soon = _all(imported, VacancyFilter(deadline=DeadlineFilter.SOON))
    later = _all(imported, VacancyFilter(deadline=DeadlineFilter.LATER))
    assert not {r.id for r in soon} & {r.id for r in later}


def test_a_returned_dwelling_has_no_rent_loss(imported):
    row = _all(imported)[0]
    decisions.decide(imported, row.id, accept=False, reason="Fejl i indmeldingen")
    again = next(r for r in _all(imported) if r.id == row.id)
    assert again.rent_loss is None
    assert again.days_left is None
