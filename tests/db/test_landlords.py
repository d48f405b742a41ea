"""Registering private landlords: a letting partner known by its CVR number."""

from __future__ import annotations

import pytest

from desktop.core.errors import NotFound, ValidationError
from desktop.core.locking import RecordConflict
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace

NORDBO = LandlordData(
    " Nordbo  Ejendomme ApS ",
    "7249 4814",
    address="Vestergade 3, 9000 Aalborg",
    contact_person="Lise Østergård",
    email=" udlejning@nordbo.example ",
)


def test_a_landlord_is_saved_with_cleaned_values(workspace: Workspace) -> None:
    landlord_id = landlords.save_landlord(workspace, None, NORDBO)
    (row,) = landlords.landlords(workspace)
    assert row.id == landlord_id
    assert row.data.name == "Nordbo Ejendomme ApS"
    assert row.data.cvr == "72494814"
    assert row.data.email == "udlejning@nordbo.example"
    assert row.data.contact_person == "Lise Østergård"
    assert row.data.phone is None
    assert row.data.active


def test_the_name_and_a_valid_cvr_number_are_required(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as missing:
        landlords.save_landlord(workspace, None, LandlordData(" ", ""))
    assert set(missing.value.fields) == {"name", "cvr"}
    assert "CVR" in missing.value.fields["cvr"]
    with pytest.raises(ValidationError) as bad:  # the check digit does not add up
        landlords.save_landlord(workspace, None, LandlordData("Nordbo", "72494815"))
    assert set(bad.value.fields) == {"cvr"}
    assert landlords.landlords(workspace) == []


def test_a_cvr_number_belongs_to_one_landlord(workspace: Workspace) -> None:
    landlords.save_landlord(workspace, None, NORDBO)
    with pytest.raises(ValidationError, match="registered for Nordbo Ejendomme ApS") as clash:
        landlords.save_landlord(workspace, None, LandlordData("Another", "72494814"))
    assert set(clash.value.fields) == {"cvr"}


def test_an_edit_saves_onto_the_version_loaded_and_a_stale_one_is_refused(
    workspace: Workspace,
) -> None:
    landlord_id = landlords.save_landlord(workspace, None, NORDBO)
    (loaded,) = landlords.landlords(workspace)
    landlords.save_landlord(
        workspace, landlord_id, LandlordData("Nordbo A/S", "72494814"), loaded.version
    )
    with pytest.raises(RecordConflict):
        landlords.save_landlord(
            workspace, landlord_id, LandlordData("Nordbo ApS", "72494814"), loaded.version
        )
    (row,) = landlords.landlords(workspace)
    assert row.data.name == "Nordbo A/S"


def test_a_landlord_is_found_by_its_cvr_number(workspace: Workspace) -> None:
    landlord_id = landlords.save_landlord(workspace, None, NORDBO)
    landlords.save_landlord(
        workspace, None, LandlordData("Gammel Udlejer", "87033082", active=False)
    )
    found = landlords.landlord_by_cvr(workspace, "72 49 48 14")
    assert (found.id, found.label) == (landlord_id, "Nordbo Ejendomme ApS (CVR 72494814)")
    with pytest.raises(NotFound, match="no private landlord with the CVR number 12345678"):
        landlords.landlord_by_cvr(workspace, "12345678")
    # Only the active ones may send notices.
    assert [r.name for r in landlords.active_landlords(workspace)] == ["Nordbo Ejendomme ApS"]
