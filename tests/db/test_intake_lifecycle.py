"""Manual entry, the intake check's proposals, staff decisions and the status life cycle."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from db.enums import Colour, DwellingType, IntakeProposal, VacancyStatus
from desktop.core import settings
from desktop.core.errors import Conflict, ValidationError
from desktop.core.intake import check, decisions, listing, manual, status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.settings import DEADLINES, Deadlines
from tests.conftest import TODAY
from tests.unit.intake.factories import small_registry

# Nobody is on the list in these tests: accepting a dwelling needs this reason (see decisions).
NOBODY = "Ingen på listen endnu"


def _draft(**changes: object) -> VacancyDraft:
    values: dict[str, object] = {
        "department_number": "07",
        "lease_number": "07-0012",
        "dwelling_type": DwellingType.FAMILY,
        "street": "Kildeparken",
        "house_number": "12",
        "floor": "2",
        "door": "tv",
        "postcode": "9220",
        "city": "Aalborg Øst",
        "rooms": 2.0,
        "area_m2": 61.0,
        "rent": Decimal("4100"),
        "aconto_heating": Decimal("450"),
        "available_from": dt.date(2026, 12, 1),
    }
    values.update(changes)
    return VacancyDraft(**values)  # type: ignore[arg-type]


@pytest.fixture
def registry(workspace):
    return small_registry(workspace)


def test_a_phoned_in_dwelling_is_stored_received_with_deadline_and_check(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert detail.status == VacancyStatus.RECEIVED
    assert detail.address == "Kildeparken 12, 2. tv."
    assert detail.monthly_total == Decimal("4550.00")
    assert detail.at_disposal_from == dt.date(2026, 12, 1)
    # 7 working days after Tuesday 1 December 2026.
    assert detail.desk_deadline == dt.date(2026, 12, 10)
    assert detail.latest_check is not None
    assert detail.latest_check.proposal == IntakeProposal.ACCEPT
    assert detail.latest_check.colour == Colour.GREEN
    assert [e.to_status for e in detail.events] == [VacancyStatus.RECEIVED]
    assert detail.events[0].by == "tester"


def test_manual_entry_has_the_same_rules_as_an_import(workspace, registry):
    with pytest.raises(ValidationError) as caught:
        manual.create_vacancy(
            workspace,
            registry["org"],
            _draft(department_number="12-4", rent=Decimal(0), rooms=12.0, street=None),
        )
    fields = caught.value.fields
    assert set(fields) == {"department_number", "rent", "rooms", "street"}
    assert "12-3" in fields["department_number"]  # the closest department is suggested
    assert listing.count_vacancies(workspace, listing.VacancyFilter()) == 0


def test_the_same_dwelling_cannot_be_entered_twice(workspace, registry):
    manual.create_vacancy(workspace, registry["org"], _draft())
    with pytest.raises(ValidationError) as caught:
        manual.create_vacancy(workspace, registry["org"], _draft(rent=Decimal("4200")))
    assert "already registered" in caught.value.fields["lease_number"]
    # A new vacancy period of the same lease is a new dwelling report.
    manual.create_vacancy(workspace, registry["org"], _draft(available_from=dt.date(2027, 3, 1)))
    assert listing.count_vacancies(workspace, listing.VacancyFilter()) == 2


def _proposal(workspace, vacancy_id):
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert detail.latest_check is not None
    return detail.latest_check


def test_a_dwelling_in_a_red_department_is_proposed_returned(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft(department_number="20"))
    found = _proposal(workspace, vacancy_id)
    assert found.proposal == IntakeProposal.RETURN
    assert "red" in (found.reason_text or "")
    assert found.colour == Colour.RED
    assert found.may_report is False


def test_a_rent_above_the_ceiling_is_proposed_returned(workspace, registry):
    # Family, 2 rooms: ceiling 5,300 kr. incl. a conto (default setting).
    vacancy_id = manual.create_vacancy(
        workspace, registry["org"], _draft(rent=Decimal("4900"), aconto_heating=Decimal("500"))
    )
    found = _proposal(workspace, vacancy_id)
    assert found.proposal == IntakeProposal.RETURN
    assert found.rent_relevant is False
    assert found.rent_ceiling == Decimal("5300")
    assert found.monthly_total == Decimal("5400.00")


def test_yellow_with_flexible_letting_is_accepted_with_a_note(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft(department_number="12-3"))
    found = _proposal(workspace, vacancy_id)
    assert found.proposal == IntakeProposal.ACCEPT
    assert found.colour == Colour.YELLOW
    assert found.flexible_letting == "agreed"
    assert any("Flexible letting is agreed" in note for note in found.notes)


def test_a_department_without_colour_is_proposed_returned_until_placed(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft(department_number="30"))
    assert _proposal(workspace, vacancy_id).proposal == IntakeProposal.RETURN


def test_the_check_snapshot_keeps_what_it_saw_after_the_setting_changes(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    with workspace.write() as session:
        ceilings = settings.get(session, settings.RENT_CEILINGS, TODAY)
        lowered = settings.RentCeilings(
            tuple(
                settings.RentCeiling(c.dwelling_type, c.max_rooms, 3000) for c in ceilings.ceilings
            )
        )
        settings.put(session, settings.RENT_CEILINGS, lowered, dt.date(2026, 1, 1))
    old = _proposal(workspace, vacancy_id)
    assert old.rent_ceiling == Decimal("5300")
    assert decisions.recheck(workspace, [vacancy_id]) == 1
    new = _proposal(workspace, vacancy_id)
    assert new.proposal == IntakeProposal.RETURN
    assert new.rent_ceiling == Decimal("3000")
    assert len(listing.vacancy_detail(workspace, vacancy_id).checks) == 2


def test_bulk_confirmation_accepts_and_returns_as_proposed(workspace, registry):
    green = manual.create_vacancy(workspace, registry["org"], _draft())
    red = manual.create_vacancy(workspace, registry["org"], _draft(department_number="20"))
    summary = decisions.confirm_proposals(workspace, [green, red], reason="Listen er tom")
    assert (summary.accepted, summary.returned, summary.skipped) == (1, 1, 0)
    accepted = listing.vacancy_detail(workspace, green)
    returned = listing.vacancy_detail(workspace, red)
    assert accepted.status == VacancyStatus.ACCEPTED
    assert accepted.decided_on == TODAY
    assert returned.status == VacancyStatus.RETURNED
    assert "red" in (returned.return_reason or "")
    assert returned.desk_deadline is None
    assert accepted.latest_check is not None
    assert accepted.latest_check.confirmed_by == "tester"
    # Confirming again changes nothing: both are decided.
    again = decisions.confirm_proposals(workspace, [green, red], reason="Listen er tom")
    assert (again.accepted, again.returned, again.skipped) == (0, 0, 2)


def test_staff_may_decide_against_the_proposal_and_it_is_noted(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    with pytest.raises(ValidationError):
        decisions.decide(workspace, vacancy_id, accept=False)  # no reason
    decisions.decide(workspace, vacancy_id, accept=False, reason="Skimmel i badeværelset")
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert detail.status == VacancyStatus.RETURNED
    assert detail.return_reason == "Skimmel i badeværelset"
    assert "against the intake check" in (detail.events[-1].note or "")


def test_the_life_cycle_from_received_to_let_and_the_rent_loss(workspace, registry):
    vacancy_id = manual.create_vacancy(
        workspace, registry["org"], _draft(available_from=dt.date(2026, 11, 1))
    )
    decisions.decide(workspace, vacancy_id, accept=True, reason=NOBODY)
    with workspace.write() as session:
        status.mark_offered(session, vacancy_id, by="tester", day=TODAY)
        status.offer_ended(session, vacancy_id, by="tester", day=TODAY, note="Afslag")
        status.mark_offered(session, vacancy_id, by="tester", day=TODAY)
        status.mark_let(
            session, vacancy_id, lease_start=dt.date(2026, 12, 1), by="tester", day=TODAY
        )
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert [e.to_status for e in detail.events] == [
        VacancyStatus.RECEIVED,
        VacancyStatus.ACCEPTED,
        VacancyStatus.OFFERED,
        VacancyStatus.ACCEPTED,
        VacancyStatus.OFFERED,
        VacancyStatus.LET,
    ]
    # At the desk's disposal from the report date (TODAY, 21 Nov), as the dwelling was already
    # free; the loss runs to the lease start but not past today: 0 days so far.
    assert detail.at_disposal_from == TODAY
    assert detail.rent_loss == Decimal("0.00")
    later = listing.vacancy_detail(_at(workspace, dt.date(2026, 12, 20)), vacancy_id)
    assert later.rent_loss == (Decimal("4550") * 12 / 365 * 10).quantize(Decimal("0.01"))


def _at(workspace, day):
    workspace.clock = lambda: day
    return workspace


def test_forbidden_status_changes_are_refused(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    with pytest.raises(ValidationError, match="cannot become"):
        status.change_status(workspace, vacancy_id, VacancyStatus.LET)
    status.change_status(workspace, vacancy_id, VacancyStatus.RETURNED, reason="Fejlindmeldt")
    with pytest.raises(ValidationError, match="cannot become"):
        status.change_status(workspace, vacancy_id, VacancyStatus.ACCEPTED)


def test_giving_back_stops_the_rent_loss(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    decisions.decide(workspace, vacancy_id, accept=True, reason=NOBODY)
    _at(workspace, dt.date(2026, 12, 11))
    status.change_status(workspace, vacancy_id, VacancyStatus.GIVEN_BACK, reason="Ingen kandidat")
    _at(workspace, dt.date(2027, 1, 31))
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert detail.given_back_on == dt.date(2026, 12, 11)
    assert detail.rent_loss == (Decimal("4550") * 12 / 365 * 10).quantize(Decimal("0.01"))
    assert detail.days_left is None


def test_a_stale_status_change_is_refused(workspace, registry):
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    seen = listing.vacancy_detail(workspace, vacancy_id).version
    decisions.decide(workspace, vacancy_id, accept=True, reason=NOBODY)
    with pytest.raises(Conflict):
        status.change_status(workspace, vacancy_id, VacancyStatus.GIVEN_BACK, expected_version=seen)


def test_the_deadline_follows_the_setting(workspace, registry):
    with workspace.write() as session:
        settings.put(session, DEADLINES, Deadlines(desk_working_days=3), dt.date(2026, 1, 1))
    vacancy_id = manual.create_vacancy(workspace, registry["org"], _draft())
    assert listing.vacancy_detail(workspace, vacancy_id).desk_deadline == dt.date(2026, 12, 4)


def test_checks_of_many_dwellings_agree_with_one_by_one(workspace, registry):
    items = [
        check.CheckInput(i, registry[d], TODAY, DwellingType.FAMILY, 2.0, Decimal(rent))
        for i, (d, rent) in enumerate([("07", 4000), ("20", 4000), ("07", 6000), ("12-3", 100)])
    ]
    with workspace.read() as session:
        many = check.assess_many(session, items)
    assert [a.proposal for a in many] == [
        IntakeProposal.ACCEPT,
        IntakeProposal.RETURN,
        IntakeProposal.RETURN,
        IntakeProposal.ACCEPT,
    ]
    assert [a.key for a in many] == [0, 1, 2, 3]
