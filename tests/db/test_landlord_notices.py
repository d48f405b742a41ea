"""A private landlord's notice of a vacant dwelling: received on a day, due 7 working days on,
in no department, so the colour check does not apply (and says so), while the rent check and
matching do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.enums import IntakeProposal, LetterKind, VacancyStatus
from db.models import Letter
from desktop.catalogues import install_for_cli
from desktop.core.errors import NotFound, ValidationError
from desktop.core.intake import decisions, landlord_notices, listing, manual, status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.matching.candidates import rank_candidates
from desktop.core.offers import workflow
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.intake.factories import small_registry
from tests.unit.matching import db_factories as make


@pytest.fixture
def nordbo(workspace: Workspace) -> int:
    return landlords.save_landlord(
        workspace, None, LandlordData("Nordbo Ejendomme ApS", "72494814", "Vestergade 3")
    )


@pytest.fixture
def danish() -> Iterator[None]:
    install_for_cli("da")
    yield
    install_for_cli("en")


def _draft(**changes: object) -> VacancyDraft:
    values: dict[str, object] = {
        "street": "Vesterbro",
        "house_number": "22",
        "floor": "1",
        "door": "th",
        "postcode": "9000",
        "city": "Aalborg",
        "rooms": 2.0,
        "area_m2": 58.0,
        "rent": Decimal("4100"),
        "aconto_heating": Decimal("400"),
        "available_from": dt.date(2026, 12, 15),
    }
    values.update(changes)
    return VacancyDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (TODAY, dt.date(2026, 12, 1)),  # a Saturday: counted from the Monday after
        (dt.date(2026, 11, 20), dt.date(2026, 12, 1)),  # a Friday, over one weekend
        (dt.date(2026, 12, 17), dt.date(2026, 12, 30)),  # over 24, 25 and 26 December
    ],
)
def test_the_deadline_is_seven_working_days_from_the_day_the_notice_was_received(
    workspace: Workspace, nordbo: int, received: dt.date, due: dt.date
) -> None:
    if received > TODAY:
        workspace.clock = lambda: received
    vacancy_id = landlord_notices.create_notice(
        workspace, nordbo, _draft(available_from=dt.date(2027, 1, 15)), received_on=received
    )
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert detail.reported_on == received
    # Whenever the dwelling itself is free (15 January): the answer is due from the notice.
    assert detail.desk_deadline == due
    assert detail.scheme == "private_landlord"
    assert (detail.landlord_id, detail.landlord_name) == (nordbo, "Nordbo Ejendomme ApS")
    assert (detail.department_number, detail.organisation_name) == ("", "")


def test_accepting_keeps_the_deadline_from_the_notice(workspace: Workspace, nordbo: int) -> None:
    vacancy_id = landlord_notices.create_notice(workspace, nordbo, _draft())
    status.change_status(workspace, vacancy_id, VacancyStatus.ACCEPTED)
    detail = listing.vacancy_detail(workspace, vacancy_id)
    assert detail.status == VacancyStatus.ACCEPTED
    assert detail.desk_deadline == dt.date(2026, 12, 1)
    assert detail.at_disposal_from == dt.date(2026, 12, 15)  # the rent loss runs from here


def test_the_colour_check_does_not_apply_and_says_so_in_danish(
    workspace: Workspace, nordbo: int, danish: None
) -> None:
    vacancy_id = landlord_notices.create_notice(workspace, nordbo, _draft())
    check = listing.vacancy_detail(workspace, vacancy_id).latest_check
    assert check is not None
    assert check.proposal == IntakeProposal.ACCEPT
    assert (check.colour, check.may_report, check.list_kinds) == (None, None, ())
    assert check.notes[0] == (
        "En privat udlejers bolig: den ligger ikke i en afdeling, så farvetjekket gælder ikke "
        "(lov om kommunal anvisningsret)."
    )


def test_the_rent_is_checked_as_for_any_dwelling(workspace: Workspace, nordbo: int) -> None:
    vacancy_id = landlord_notices.create_notice(workspace, nordbo, _draft(rent=Decimal("14000")))
    check = listing.vacancy_detail(workspace, vacancy_id).latest_check
    assert check is not None
    assert check.proposal == IntakeProposal.RETURN
    assert check.reason_text is not None
    assert "above the ceiling" in check.reason_text


def test_a_notice_is_checked_like_any_dwelling_but_asks_for_no_department(
    workspace: Workspace, nordbo: int
) -> None:
    with pytest.raises(ValidationError) as refused:
        landlord_notices.create_notice(
            workspace, nordbo, _draft(street=None, rent=None), received_on=TODAY + dt.timedelta(1)
        )
    assert set(refused.value.fields) == {"street", "rent", "received_on"}
    landlord_notices.create_notice(workspace, nordbo, _draft())
    with pytest.raises(ValidationError) as twice:
        landlord_notices.create_notice(workspace, nordbo, _draft())
    assert "already registered" in twice.value.fields["lease_number"]
    # The same flat on another day, or another landlord's, is another notice.
    landlord_notices.create_notice(workspace, nordbo, _draft(available_from=dt.date(2027, 1, 1)))
    other = landlords.save_landlord(workspace, None, LandlordData("Aalborg Udlejning", "87033082"))
    landlord_notices.create_notice(workspace, other, _draft())
    assert listing.count_vacancies(workspace, listing.VacancyFilter()) == 3


def test_only_an_active_landlord_sends_notices(workspace: Workspace, nordbo: int) -> None:
    landlords.save_landlord(
        workspace, nordbo, LandlordData("Nordbo Ejendomme ApS", "72494814", active=False), 1
    )
    with pytest.raises(ValidationError, match="not an active landlord"):
        landlord_notices.create_notice(workspace, nordbo, _draft())
    with pytest.raises(NotFound):
        landlord_notices.create_notice(workspace, nordbo + 1, _draft())


def test_the_list_names_the_landlord_and_finds_it(workspace: Workspace, nordbo: int) -> None:
    landlord_notices.create_notice(workspace, nordbo, _draft())
    make.vacancy(workspace, make.department(workspace), street="Kildeparken")
    rows = listing.list_vacancies(workspace, listing.VacancyFilter(), sort="address")
    assert [(r.organisation, r.department, r.landlord_id) for r in rows] == [
        ("145 Himmerland Boligforening", rows[0].department, None),
        ("Nordbo Ejendomme ApS", "private landlord", nordbo),
    ]
    found = listing.list_vacancies(workspace, listing.VacancyFilter(text="nordbo"))
    assert [r.landlord_id for r in found] == [nordbo]
    # No colour today is a department's matter: a landlord's dwelling is not "uncoloured".
    assert listing.count_vacancies(workspace, listing.VacancyFilter(uncoloured=True)) == 0


def test_matching_finds_candidates_and_says_why_the_departments_rules_do_not_apply(
    workspace: Workspace, nordbo: int
) -> None:
    vacancy_id = make.vacancy(workspace, None, landlord_id=nordbo, scheme="private_landlord")
    make.applicant(workspace, "Lone Berg")
    # Excluding a department never excludes a landlord's dwelling.
    make.applicant(workspace, "Søren Ærø", excluded_departments=[make.department(workspace)])
    ranking = rank_candidates(workspace, vacancy_id)
    assert ranking.blocked is None
    assert {c.name for c in ranking.candidates} == {"Lone Berg", "Søren Ærø"}
    assert ranking.vacancy.organisation == "Nordbo Ejendomme ApS"
    assert ranking.vacancy.colour is None
    assert ranking.note is not None
    assert "lies in no department" in ranking.note


def test_an_accepted_offer_of_a_landlords_dwelling_waits_for_the_answer_letter(
    workspace: Workspace, nordbo: int
) -> None:
    vacancy_id = make.vacancy(workspace, None, landlord_id=nordbo, scheme="private_landlord")
    applicant_id = make.applicant(workspace, "Lone Berg")
    offer_id = workflow.create_offer(workspace, vacancy_id, applicant_id)
    sent = workflow.send_offer(workspace, offer_id)
    with workspace.read() as session:
        (offer_letter,) = session.scalars(select(Letter).where(Letter.id.in_(sent.letter_ids)))
        assert ["Udlejer", "Nordbo Ejendomme ApS", False, False] in offer_letter.context["tables"][
            "dwelling_table"
        ]
    accepted = workflow.accept_offer(workspace, offer_id)
    assert accepted.letter_ids == ()  # no allocation notice: the landlord gets the answer
    assert "answer the private landlord" in accepted.message
    with workspace.read() as session:
        kinds = set(session.scalars(select(Letter.kind).where(Letter.vacancy_id == vacancy_id)))
    assert kinds == {LetterKind.OFFER}


def test_confirming_the_proposals_takes_a_landlords_dwellings_with_the_organisations(
    workspace: Workspace, nordbo: int
) -> None:
    registry = small_registry(workspace)
    ordinary = manual.create_vacancy(workspace, registry["org"], _draft(department_number="07"))
    taken = landlord_notices.create_notice(workspace, nordbo, _draft())
    too_dear = landlord_notices.create_notice(
        workspace, nordbo, _draft(house_number="24", rent=Decimal("14000"))
    )
    ids = [ordinary, taken, too_dear]

    plan = decisions.preview_confirmation(workspace, ids)
    assert plan.skipped == ()
    assert (set(plan.to_accept), plan.to_return) == ({ordinary, taken}, (too_dear,))
    organisation, landlord = plan.organisations
    assert (organisation.landlord_id, landlord.landlord_id) == (None, nordbo)
    assert landlord.text() == (
        "Private landlord: Nordbo Ejendomme ApS: 1 dwelling accepted, "
        "1 dwelling declined (answer the landlord)"
    )

    decisions.confirm_proposals(workspace, ids, reason="Aftalt")
    states = {i: listing.vacancy_detail(workspace, i).status for i in ids}
    assert states == {
        ordinary: VacancyStatus.ACCEPTED,
        taken: VacancyStatus.ACCEPTED,
        too_dear: VacancyStatus.RETURNED,
    }
