"""Creating and editing organisations and departments by hand."""

from __future__ import annotations

import pytest

from desktop.core.errors import Conflict, ValidationError
from desktop.core.registry import editing
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.workspace import Workspace


def test_an_organisation_is_saved_with_cleaned_values(workspace: Workspace) -> None:
    org_id = editing.save_organisation(
        workspace, None, OrganisationData(" 88 ", " Plus Bolig ", cvr="4018 7715", email=" ")
    )
    (row,) = editing.organisations(workspace)
    assert row.id == org_id
    assert row.data.number == "088"
    assert row.data.name == "Plus Bolig"
    assert row.data.cvr == "40187715"
    assert row.data.email is None


def test_organisation_rules_name_the_field_at_fault(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as missing:
        editing.save_organisation(workspace, None, OrganisationData("", ""))
    assert set(missing.value.fields) == {"number", "name"}
    with pytest.raises(ValidationError) as bad_cvr:
        editing.save_organisation(workspace, None, OrganisationData("145", "X", cvr="12345678"))
    assert set(bad_cvr.value.fields) == {"cvr"}
    editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    with pytest.raises(ValidationError, match="used by Himmerland"):
        editing.save_organisation(workspace, None, OrganisationData("145", "Another"))


def test_a_stale_edit_is_refused(workspace: Workspace) -> None:
    org_id = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    (loaded,) = editing.organisations(workspace)
    editing.save_organisation(
        workspace, org_id, OrganisationData("145", "Himmerland Boligforening"), loaded.version
    )
    with pytest.raises(Conflict, match="tester changed this record"):
        editing.save_organisation(
            workspace, org_id, OrganisationData("145", "Himmerland B."), loaded.version
        )


def test_a_department_number_is_unique_within_its_organisation_only(
    workspace: Workspace,
) -> None:
    a = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    b = editing.save_organisation(workspace, None, OrganisationData("212", "Alabu"))
    editing.save_department(workspace, None, DepartmentData(a, "07", "Storkereden"))
    editing.save_department(workspace, None, DepartmentData(b, "07", "Alabu 7"))
    editing.save_department(workspace, None, DepartmentData(a, "7", "Seven"))  # "7" is not "07"
    with pytest.raises(ValidationError, match="already has a department 07"):
        editing.save_department(workspace, None, DepartmentData(a, "07", "Again"))


def test_department_fields_are_checked_and_housing_areas_reused(workspace: Workspace) -> None:
    org = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    with pytest.raises(ValidationError) as bad:
        editing.save_department(
            workspace, None, DepartmentData(org, " ", "X", postcode="92", dwellings_count=-1)
        )
    assert set(bad.value.fields) == {"number", "postcode", "dwellings_count"}
    first = editing.save_department(
        workspace, None, DepartmentData(org, "1", "A", housing_area="Aalborg Øst")
    )
    editing.save_department(workspace, None, DepartmentData(org, "2", "B", "AALBORG ØST "))
    assert editing.housing_areas(workspace) == ["Aalborg Øst"]
    record = editing.load_department(workspace, first)
    assert record.data.housing_area == "Aalborg Øst"
    assert record.organisation_number == "145"
