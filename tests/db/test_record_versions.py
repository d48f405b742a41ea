"""A record's version moves with its parts (db.aggregates): adding, changing, removing or moving
a household member, a legal fact, an excluded department, a placement, an offer's or a
dwelling's history moves the version of the record it belongs to, once per transaction, and
stamps who changed it. Without that, a workstation saving the record from an older version would
silently drop the other workstation's new household member."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.aggregates import add_part
from db.base import utcnow
from db.enums import (
    Colour,
    FlexibleLetting,
    LegalFactKind,
    MemberRelation,
    OfferStatus,
    PlacementSource,
)
from db.models import (
    Applicant,
    ApplicantExcludedDepartment,
    Department,
    HouseholdMember,
    IntakeCheck,
    LegalFact,
    Offer,
    OfferEvent,
    Placement,
    Vacancy,
)
from desktop.core.intake import decisions, manual
from desktop.core.intake.rules import VacancyDraft
from desktop.core.workspace import Workspace
from tests.unit.intake.factories import small_registry
from tests.unit.matching import db_factories as make

BENEFIT = (LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 1, 1), None)


@dataclass(frozen=True)
class World:
    applicant: int
    other: int  # a second applicant
    partner: int  # the applicant's partner (a household member with a benefit fact)
    fact: int
    department: int
    excluded: int
    vacancy: int
    offer: int


def _world(ws: Workspace) -> World:
    department = make.department(ws)
    excluded = make.department(ws)
    applicant = make.applicant(
        ws,
        members=[
            (MemberRelation.APPLICANT, dt.date(1980, 3, 3), ()),
            (MemberRelation.PARTNER, dt.date(1981, 4, 4), (BENEFIT,)),
        ],
        excluded_departments=[excluded],
    )
    other = make.applicant(ws, "Bo Berg")
    vacancy = make.vacancy(ws, department)
    with ws.write() as session:
        partner = session.scalars(
            select(HouseholdMember).where(
                HouseholdMember.applicant_id == applicant,
                HouseholdMember.relation == MemberRelation.PARTNER,
            )
        ).one()
        offer = Offer(vacancy_id=vacancy, applicant_id=other, status=OfferStatus.DRAFT)
        session.add(offer)
        session.flush()
        return World(
            applicant,
            other,
            partner.id,
            partner.facts[0].id,
            department,
            excluded,
            vacancy,
            offer.id,
        )


Change = Callable[[Session, World], Any]


def _add_member(session: Session, w: World) -> None:
    applicant = session.get(Applicant, w.applicant)
    assert applicant is not None
    applicant.members.append(HouseholdMember(relation=MemberRelation.CHILD, name="Kim"))


def _rename_member(session: Session, w: World) -> None:
    partner = session.get(HouseholdMember, w.partner)
    assert partner is not None
    partner.name = "Kim Lund"


def _remove_member(session: Session, w: World) -> None:
    applicant = session.get(Applicant, w.applicant)
    assert applicant is not None
    applicant.members[:] = [m for m in applicant.members if m.id != w.partner]


def _add_fact_by_key(session: Session, w: World) -> None:
    # only the foreign key: neither the member nor the applicant is loaded
    session.add(LegalFact(member_id=w.partner, kind=LegalFactKind.PRISON_RELEASE))


def _edit_fact(session: Session, w: World) -> None:
    fact = session.get(LegalFact, w.fact)
    assert fact is not None
    fact.end_date = dt.date(2026, 6, 30)


def _delete_fact(session: Session, w: World) -> None:
    session.delete(session.get(LegalFact, w.fact))


def _excluded_reason(session: Session, w: World) -> None:
    entry = session.get(ApplicantExcludedDepartment, (w.applicant, w.excluded))
    assert entry is not None
    entry.reason = "Konflikt med nabo"


def _exclude_another(session: Session, w: World) -> None:
    applicant = session.get(Applicant, w.applicant)
    assert applicant is not None
    applicant.excluded_departments.append(ApplicantExcludedDepartment(department_id=w.department))


def _exclude_none(session: Session, w: World) -> None:
    applicant = session.get(Applicant, w.applicant)
    assert applicant is not None
    applicant.excluded_departments.clear()


def _move_member(session: Session, w: World) -> None:
    partner = session.get(HouseholdMember, w.partner)
    assert partner is not None
    partner.applicant_id = w.other


def _place(session: Session, w: World) -> None:
    session.add(
        Placement(
            department_id=w.department,
            colour=Colour.YELLOW,
            flexible_letting=FlexibleLetting.AGREED,
            valid_from=dt.date(2026, 12, 1),
            source=PlacementSource.MANUAL,
        )
    )


def _offer_event(session: Session, w: World) -> None:
    session.add(OfferEvent(offer_id=w.offer, to_status=OfferStatus.DRAFT, note="Ringet op"))


def _offer_event_added_as_part(session: Session, w: World) -> None:
    offer = session.get(Offer, w.offer)
    assert offer is not None
    add_part(offer, OfferEvent(to_status=OfferStatus.DRAFT, note="Ringet op"))


def _two_flushes(session: Session, w: World) -> None:
    _add_member(session, w)
    session.flush()
    _edit_fact(session, w)
    session.flush()
    _excluded_reason(session, w)


CHANGES: dict[str, tuple[Change, dict[str, int]]] = {
    "a member added": (_add_member, {"applicant": 1}),
    "a member renamed": (_rename_member, {"applicant": 1, "partner": 1}),
    "a member removed": (_remove_member, {"applicant": 1}),
    "a fact added by its key alone": (_add_fact_by_key, {"applicant": 1, "partner": 1}),
    "a fact changed": (_edit_fact, {"applicant": 1, "partner": 1}),
    "a fact deleted": (_delete_fact, {"applicant": 1, "partner": 1}),
    "an excluded department's reason changed": (_excluded_reason, {"applicant": 1}),
    "a department excluded": (_exclude_another, {"applicant": 1}),
    "no department excluded any more": (_exclude_none, {"applicant": 1}),
    "a member moved to another applicant": (
        _move_member,
        {"applicant": 1, "other": 1, "partner": 1},
    ),
    "a placement added": (_place, {"department": 1}),
    "an offer event added": (_offer_event, {"offer": 1}),
    "an offer event added to the loaded offer": (_offer_event_added_as_part, {"offer": 1}),
    "parts changed in three flushes of one transaction": (
        _two_flushes,
        {"applicant": 1, "partner": 1},
    ),
}

_MODELS = {
    "applicant": Applicant,
    "other": Applicant,
    "partner": HouseholdMember,
    "department": Department,
    "excluded": Department,
    "vacancy": Vacancy,
    "offer": Offer,
}


def _versions(ws: Workspace, w: World) -> dict[str, tuple[int, str | None]]:
    with ws.read() as session:
        found = {}
        for name, model in _MODELS.items():
            row = session.get(model, getattr(w, name))
            if row is not None:
                found[name] = (row.version, row.updated_by)
        return found


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_change_of_a_part_moves_the_record_it_belongs_to(workspace: Workspace, name: str):
    change, moved = CHANGES[name]
    world = _world(workspace)
    before = _versions(workspace, world)
    workspace.user = "anna"
    with workspace.write() as session:
        change(session, world)
    after = _versions(workspace, world)
    for record, (version, by) in after.items():
        assert version - before[record][0] == moved.get(record, 0), record
        if record in moved:
            assert by == "anna", record


def test_a_confirmed_intake_check_moves_its_dwelling_once_with_the_decision(workspace: Workspace):
    organisation = small_registry(workspace)["org"]
    draft = VacancyDraft(
        department_number="07",
        lease_number="07-0012",
        street="Kildeparken",
        house_number="12",
        rent=Decimal("4100"),
        available_from=dt.date(2026, 12, 1),
    )
    vacancy_id = manual.create_vacancy(workspace, organisation, draft)
    with workspace.read() as session:
        before = session.get(Vacancy, vacancy_id).version  # type: ignore[union-attr]
    decisions.confirm_proposals(workspace, [vacancy_id], reason="Ingen på listen endnu")
    with workspace.read() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        check = session.scalars(select(IntakeCheck).where(IntakeCheck.vacancy_id == vacancy_id))
        assert vacancy is not None
        assert vacancy.version == before + 1
        assert [c.confirmed_by for c in check] == ["tester"]
    with workspace.write() as session:  # the check alone, later: the dwelling moves again
        latest = session.scalars(
            select(IntakeCheck).where(IntakeCheck.vacancy_id == vacancy_id)
        ).one()
        latest.confirmed_at = utcnow()
    with workspace.read() as session:
        assert session.get(Vacancy, vacancy_id).version == before + 2  # type: ignore[union-attr]


def test_new_records_start_at_version_one_with_their_parts(workspace: Workspace):
    applicant = make.applicant(
        workspace,
        members=[
            (MemberRelation.APPLICANT, dt.date(1980, 3, 3), ()),
            (MemberRelation.PARTNER, None, (BENEFIT,)),
        ],
    )
    with workspace.read() as session:
        row = session.get(Applicant, applicant)
        assert row is not None
        assert (row.version, row.updated_by) == (1, None)
        assert [m.version for m in row.members] == [1, 1]


def test_a_record_deleted_with_its_parts_is_simply_gone(workspace: Workspace):
    world = _world(workspace)
    with workspace.write() as session:  # its household, facts and exclusions go with it
        session.delete(session.get(Applicant, world.applicant))
    with workspace.read() as session:
        assert session.get(Applicant, world.applicant) is None
        assert session.get(HouseholdMember, world.partner) is None
        assert session.get(Applicant, world.other) is not None


def test_a_dwelling_checked_again_gets_a_new_version(workspace: Workspace):
    """The checks are stored by one bulk statement, which the flush does not see: the dwelling's
    version moves all the same (a new proposal is a change the list must not miss)."""
    organisation = small_registry(workspace)["org"]
    draft = VacancyDraft(
        department_number="07",
        lease_number="07-0012",
        street="Kildeparken",
        house_number="12",
        rent=Decimal("4100"),
        available_from=dt.date(2026, 12, 1),
    )
    vacancy_id = manual.create_vacancy(workspace, organisation, draft)
    with workspace.read() as session:
        before = session.get(Vacancy, vacancy_id).version  # type: ignore[union-attr]
    workspace.user = "anna"
    assert decisions.recheck(workspace, [vacancy_id]) == 1
    with workspace.read() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        assert vacancy is not None
        assert (vacancy.version, vacancy.updated_by) == (before + 1, "anna")


def test_a_part_added_to_a_stored_record_reads_none_of_its_history(workspace: Workspace):
    """Sending, accepting ... an offer adds one event to its history: the history before is not
    read for that, and the offer's history shows the new event once."""
    from sqlalchemy import event

    world = _world(workspace)
    with workspace.write() as session:
        add_part(session.get(Offer, world.offer), OfferEvent(to_status=OfferStatus.DRAFT))
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(workspace.database.engine, "before_cursor_execute", seen)
    try:
        with workspace.write() as session:
            offer = session.get(Offer, world.offer)
            assert offer is not None
            add_part(offer, OfferEvent(to_status=OfferStatus.DRAFT, note="Ringet op"))
            session.flush()
            reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
            assert not any("FROM offer_event" in s for s in reads)
            notes = [e.note for e in offer.events]
    finally:
        event.remove(workspace.database.engine, "before_cursor_execute", seen)
    assert notes == [None, "Ringet op"]
