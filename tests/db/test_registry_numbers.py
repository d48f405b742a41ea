"""Finding departments by organisation and department number, and "did you mean" suggestions."""

from __future__ import annotations

import pytest

from db.models import Department, Organisation
from desktop.core import colours
from desktop.core.registry import numbers
from desktop.core.workspace import Workspace


@pytest.mark.parametrize(
    ("value", "expected"),
    [("88", "088"), (88, "088"), (88.0, "088"), (" 088 ", "088"), ("145", "145"), ("1234", "1234")],
)
def test_organisation_numbers_are_zero_padded_to_three(value: object, expected: str) -> None:
    assert numbers.organisation_number(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [("07", "07"), (7, "7"), (7.0, "7"), (" 12-3 ", "12-3"), (None, "")]
)
def test_department_numbers_stay_text(value: object, expected: str) -> None:
    assert numbers.department_number(value) == expected


@pytest.fixture
def registry(workspace: Workspace) -> Workspace:
    with workspace.write() as session:
        plus = Organisation(number="088", name="Plus Bolig")
        himmerland = Organisation(number="145", name="Himmerland Boligforening")
        session.add_all([plus, himmerland])
        for org, number, name in [
            (plus, "2", "Aalborg Øst"),
            (plus, "15-2", "Vestergade"),
            (himmerland, "07", "Storkereden"),
            (himmerland, "12-3", "Kildeparken"),
            (himmerland, "12-4", "Kildeparken Syd"),
            (himmerland, "17", "Fjordbyen"),
            (himmerland, "007", "Storkereden Øst"),
        ]:
            session.add(Department(organisation=org, number=number, name=name))
    return workspace


def found(ws: Workspace, org: object, dept: object, tolerant: bool = True) -> str | None:
    with ws.read() as session:
        department = colours.find_department(session, org, dept, tolerant=tolerant)
        return None if department is None else department.name


def test_the_organisation_number_matches_with_or_without_leading_zeros(
    registry: Workspace,
) -> None:
    assert found(registry, "088", "2") == "Aalborg Øst"
    assert found(registry, "88", "2") == "Aalborg Øst"
    assert found(registry, 88.0, "15-2") == "Vestergade"
    assert found(registry, "145", "12-3") == "Kildeparken"


def test_department_numbers_are_compared_as_text(registry: Workspace) -> None:
    assert found(registry, "145", "07") == "Storkereden"
    assert found(registry, "145", "007") == "Storkereden Øst"
    # Strict: "7" is neither "07" nor "007".
    assert found(registry, "145", "7", tolerant=False) is None
    # Tolerant: two departments are "7" without leading zeros, so there is no safe answer.
    assert found(registry, "145", "7") is None
    assert found(registry, "145", "017") == "Fjordbyen"  # one candidate: found
    assert found(registry, "088", "02") == "Aalborg Øst"
    assert found(registry, "145", "12-03") is None  # not all digits: no tolerance
    assert found(registry, "999", "1") is None
    assert found(registry, "", "1") is None


def test_closest_departments_suggest_within_the_organisation(registry: Workspace) -> None:
    with registry.read() as session:
        near = colours.closest_departments(session, "145", "12-5")
        assert [ref.number for ref in near][:2] == ["12-3", "12-4"]
        assert near[0].label == "145-12-3 Kildeparken (Himmerland Boligforening)"
        zeros = colours.closest_departments(session, "145", "7")
        assert {ref.number for ref in zeros[:2]} == {"07", "007"}
        assert colours.closest_departments(session, "145", "99") == []


def test_closest_departments_for_an_unknown_organisation_look_at_the_number(
    registry: Workspace,
) -> None:
    with registry.read() as session:
        near = colours.closest_departments(session, "146", "12-3")
        assert [(r.organisation_number, r.number) for r in near] == [("145", "12-3")]
