"""The colour lookup: placements on a date, ministry lists, the policy in force, snapshots."""

from __future__ import annotations

import datetime as dt

import pytest

from db.enums import Colour, FlexibleLetting, ListKind, PlacementSource
from db.models import Department, HousingArea, MinistryList, MinistryListEntry, Organisation
from desktop.core import colours, settings
from desktop.core.errors import ValidationError
from desktop.core.registry import placements
from desktop.core.settings import COLOUR_POLICY, ColourPolicy, ColourRule
from desktop.core.workspace import Workspace

D = dt.date
GREEN, YELLOW, RED = Colour.GREEN, Colour.YELLOW, Colour.RED
NONE, AGREED, MANDATORY = FlexibleLetting.NONE, FlexibleLetting.AGREED, FlexibleLetting.MANDATORY


def make_department(
    ws: Workspace, org: str = "145", number: str = "07", area: str | None = None
) -> int:
    with ws.write() as session:
        organisation = colours.find_organisation(session, org)
        if organisation is None:
            organisation = Organisation(number=org, name=f"Boligorganisation {org}")
            session.add(organisation)
        housing_area = None
        if area is not None:
            housing_area = HousingArea(name=area)
            session.add(housing_area)
        department = Department(organisation=organisation, number=number, name=f"Afdeling {number}")
        department.housing_area = housing_area
        session.add(department)
        session.flush()
        return department.id


def place(
    ws: Workspace,
    dept: int,
    colour: Colour,
    start: D,
    flex: FlexibleLetting = NONE,
    valid_to: D | None = None,
    source: PlacementSource = PlacementSource.MANUAL,
    reason: str | None = None,
) -> None:
    with ws.write() as session:
        placements.place(
            session, dept, colour, flex, start, valid_to=valid_to, source=source, reason=reason
        )


def colour_on(ws: Workspace, dept: int, day: D) -> Colour | None:
    with ws.read() as session:
        found = colours.placement_on(session, dept, day)
        return None if found is None else found.colour


def periods(ws: Workspace, dept: int) -> list[tuple[Colour, D, D | None]]:
    with ws.read() as session:
        return [(p.colour, p.valid_from, p.valid_to) for p in placements.history(session, dept)]


def test_the_colour_on_a_date_follows_the_placement_changes(workspace: Workspace) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2024, 1, 1))
    place(workspace, dept, YELLOW, D(2025, 3, 1))
    place(workspace, dept, RED, D(2026, 3, 1))

    assert colour_on(workspace, dept, D(2023, 12, 31)) is None  # before the first placement
    assert colour_on(workspace, dept, D(2024, 1, 1)) is GREEN
    assert colour_on(workspace, dept, D(2025, 2, 28)) is GREEN  # the last day of green
    assert colour_on(workspace, dept, D(2025, 3, 1)) is YELLOW
    assert colour_on(workspace, dept, D(2026, 2, 28)) is YELLOW
    assert colour_on(workspace, dept, D(2026, 3, 1)) is RED
    assert colour_on(workspace, dept, D(2030, 1, 1)) is RED  # open-ended
    assert periods(workspace, dept) == [
        (RED, D(2026, 3, 1), None),
        (YELLOW, D(2025, 3, 1), D(2026, 2, 28)),
        (GREEN, D(2024, 1, 1), D(2025, 2, 28)),
    ]


def test_a_placement_inserted_between_two_ends_the_day_before_the_next(
    workspace: Workspace,
) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2024, 1, 1))
    place(workspace, dept, RED, D(2026, 1, 1))
    place(workspace, dept, YELLOW, D(2025, 1, 1))
    assert periods(workspace, dept) == [
        (RED, D(2026, 1, 1), None),
        (YELLOW, D(2025, 1, 1), D(2025, 12, 31)),
        (GREEN, D(2024, 1, 1), D(2024, 12, 31)),
    ]


def test_a_temporary_placement_splits_the_open_one_which_resumes_after(
    workspace: Workspace,
) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2026, 1, 1))
    place(workspace, dept, RED, D(2026, 4, 1), valid_to=D(2026, 6, 30))
    assert colour_on(workspace, dept, D(2026, 3, 31)) is GREEN
    assert colour_on(workspace, dept, D(2026, 6, 30)) is RED
    assert colour_on(workspace, dept, D(2026, 7, 1)) is GREEN


def test_a_placement_on_the_same_day_replaces_it(workspace: Workspace) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2026, 1, 1))
    place(workspace, dept, YELLOW, D(2026, 1, 1), flex=AGREED, reason="Aftale 2026")
    with workspace.read() as session:
        (only,) = placements.history(session, dept)
    assert (only.colour, only.flexible_letting, only.reason) == (YELLOW, AGREED, "Aftale 2026")


def test_overlapping_a_later_placement_is_refused(workspace: Workspace) -> None:
    dept = make_department(workspace)
    place(workspace, dept, RED, D(2026, 1, 1))
    with pytest.raises(ValidationError, match="overlaps the placement"):
        place(workspace, dept, GREEN, D(2025, 1, 1), valid_to=D(2026, 1, 1))
    with pytest.raises(ValidationError, match="before the start"):
        place(workspace, dept, GREEN, D(2025, 1, 1), valid_to=D(2024, 1, 1))
    assert periods(workspace, dept) == [(RED, D(2026, 1, 1), None)]


def test_removing_a_placement_lets_the_one_before_run_on(workspace: Workspace) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2025, 1, 1))
    place(workspace, dept, RED, D(2026, 1, 1))
    with workspace.write() as session:
        red = colours.placement_on(session, dept, D(2026, 1, 1))
        assert red is not None
        placements.remove(session, red.id)
    assert periods(workspace, dept) == [(GREEN, D(2025, 1, 1), None)]


def add_publication(ws: Workspace, day: D, *entries: tuple[ListKind, int | None, str | None]):
    """entries: (kind, department id, housing area name)."""
    with ws.write() as session:
        publication = MinistryList(list_date=day, name=f"Listerne {day.year}")
        for kind, dept, area_name in entries:
            area_id = None
            if area_name is not None:
                area = session.query(HousingArea).filter_by(name=area_name).one()
                area_id = area.id
            publication.entries.append(
                MinistryListEntry(kind=kind, department_id=dept, housing_area_id=area_id)
            )
        session.add(publication)


def test_lists_come_from_the_newest_publication_on_or_before_the_day(
    workspace: Workspace,
) -> None:
    dept = make_department(workspace, number="16")
    other = make_department(workspace, number="17")
    add_publication(workspace, D(2024, 12, 1), (ListKind.PREVENTION, dept, None))
    add_publication(workspace, D(2025, 12, 1), (ListKind.DISADVANTAGED, dept, None))
    add_publication(workspace, D(2026, 12, 1), (ListKind.DISADVANTAGED, other, None))
    with workspace.read() as session:
        assert colours.lists_on(session, dept, D(2024, 11, 30)) == frozenset()
        assert colours.lists_on(session, dept, D(2024, 12, 1)) == {ListKind.PREVENTION}
        assert colours.lists_on(session, dept, D(2025, 11, 30)) == {ListKind.PREVENTION}
        status = colours.list_status_on(session, dept, D(2026, 6, 1))
        assert status.kinds == {ListKind.DISADVANTAGED}
        assert status.list_date == D(2025, 12, 1)
        assert status.disadvantaged
        # The 2026 publication replaces the 2025 one: the department is off the lists.
        assert colours.lists_on(session, dept, D(2026, 12, 1)) == frozenset()
        assert colours.lists_on(session, other, D(2026, 12, 1)) == {ListKind.DISADVANTAGED}
        many = colours.list_statuses(session, [dept, other], D(2026, 6, 1))
        assert many[dept].kinds == {ListKind.DISADVANTAGED}
        assert many[other].kinds == frozenset()


def test_an_entry_for_a_housing_area_applies_to_its_departments(workspace: Workspace) -> None:
    in_area = make_department(workspace, number="1", area="Aalborg Øst")
    with workspace.write() as session:
        area = session.query(HousingArea).filter_by(name="Aalborg Øst").one()
        organisation = colours.find_organisation(session, "145")
        assert organisation is not None
        second = Department(organisation=organisation, number="2", name="B", housing_area=area)
        session.add(second)
        session.flush()
        second_id = second.id
    outside = make_department(workspace, number="3")
    add_publication(
        workspace,
        D(2025, 12, 1),
        (ListKind.PARALLEL_SOCIETY, None, "Aalborg Øst"),
        (ListKind.COMBINED_LETTING, in_area, None),
    )
    day = D(2026, 1, 1)
    with workspace.read() as session:
        assert colours.lists_on(session, in_area, day) == {
            ListKind.PARALLEL_SOCIETY,
            ListKind.COMBINED_LETTING,
        }
        assert colours.lists_on(session, second_id, day) == {ListKind.PARALLEL_SOCIETY}
        assert colours.lists_on(session, outside, day) == frozenset()
        many = colours.list_statuses(session, None, day)
        assert many[second_id].disadvantaged  # parallelsamfund counts as udsat
        assert not many[outside].disadvantaged


def test_colour_status_combines_placement_lists_and_the_policy_in_force(
    workspace: Workspace,
) -> None:
    dept = make_department(workspace)
    place(workspace, dept, YELLOW, D(2025, 1, 1), flex=AGREED)
    add_publication(workspace, D(2025, 12, 1), (ListKind.PREVENTION, dept, None))
    with workspace.read() as session:
        status = colours.colour_status(session, dept, D(2026, 1, 5))
    assert status.colour is YELLOW
    assert status.may_report
    assert status.may_place
    assert status.share_percent == 15.0
    assert status.blocks_strong_area_applicants
    assert status.flexible_letting_allowed
    assert status.prevention
    assert not status.disadvantaged
    assert status.policy_valid_from is None  # the declared default


def test_without_a_placement_nothing_is_allowed(workspace: Workspace) -> None:
    dept = make_department(workspace)
    with workspace.read() as session:
        status = colours.colour_status(session, dept, D(2026, 1, 1))
    assert status.colour is None
    assert not status.may_report
    assert not status.may_place
    assert status.share_percent == 0.0


def test_a_flexible_letting_form_the_colour_does_not_allow_is_flagged(
    workspace: Workspace,
) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2026, 1, 1), flex=MANDATORY)
    with workspace.read() as session:
        assert not colours.colour_status(session, dept, D(2026, 2, 1)).flexible_letting_allowed


def test_an_old_decision_keeps_its_snapshot_after_policy_and_placement_change(
    workspace: Workspace,
) -> None:
    dept = make_department(workspace)
    place(workspace, dept, GREEN, D(2025, 1, 1))
    decision_day = D(2026, 3, 10)
    with workspace.read() as session:
        stored = colours.colour_status(session, dept, decision_day).snapshot()

    # Later: the desk tightens green from 1 April 2026, and the department turns red in 2027.
    strict = ColourPolicy(
        green=ColourRule(True, False, (NONE,), 10.0),
        yellow=COLOUR_POLICY.default.yellow,
        red=COLOUR_POLICY.default.red,
    )
    with workspace.write() as session:
        settings.put(session, COLOUR_POLICY, strict, D(2026, 4, 1))
    place(workspace, dept, RED, D(2027, 1, 1))

    kept = colours.ColourStatus.from_snapshot(stored)
    assert kept.colour is GREEN
    assert kept.may_place
    assert kept.share_percent == 25.0
    assert kept.snapshot() == stored  # a round trip changes nothing
    with workspace.read() as session:
        # The decision day still reads the rules of then; later days the new ones.
        assert colours.colour_status(session, dept, decision_day).share_percent == 25.0
        later = colours.colour_status(session, dept, D(2026, 6, 1))
        assert later.share_percent == 10.0
        assert not later.may_place
        assert later.policy_valid_from == D(2026, 4, 1)
        assert colours.colour_status(session, dept, D(2027, 1, 1)).colour is RED


def test_the_snapshot_is_plain_json(workspace: Workspace) -> None:
    import json

    dept = make_department(workspace)
    place(workspace, dept, RED, D(2026, 1, 1), flex=MANDATORY, reason="Udsat")
    add_publication(workspace, D(2025, 12, 1), (ListKind.DISADVANTAGED, dept, None))
    with workspace.read() as session:
        snap = colours.colour_status(session, dept, D(2026, 2, 1)).snapshot()
    again = json.loads(json.dumps(snap))
    assert again["colour"] == "red"
    assert again["lists"] == ["udsat"]
    assert again["may_report"] is False
    assert again["placement"]["reason"] == "Udsat"
    assert again["rule"]["flexible_letting"] == ["agreed", "mandatory"]


def test_colour_statuses_agree_with_colour_status(workspace: Workspace) -> None:
    a = make_department(workspace, number="1")
    b = make_department(workspace, number="2")
    place(workspace, a, YELLOW, D(2026, 1, 1), flex=AGREED)
    day = D(2026, 5, 1)
    with workspace.read() as session:
        many = colours.colour_statuses(session, [a, b], day)
        assert many[a] == colours.colour_status(session, a, day)
        assert many[b] == colours.colour_status(session, b, day)


def test_a_placement_by_hand_is_in_the_audit_trail(workspace: Workspace) -> None:
    from db.models import AuditEvent

    dept = make_department(workspace)
    place(workspace, dept, RED, D(2026, 2, 1))
    with workspace.read() as session:
        red = colours.placement_on(session, dept, D(2026, 2, 1))
        assert red is not None
        events = (
            session.query(AuditEvent)
            .filter_by(entity_type="placement", entity_id=red.id, action="create")
            .all()
        )
        assert [e.user for e in events] == ["tester"]
