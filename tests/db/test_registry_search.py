"""Search as you type over departments: every field, æ/ø/å folded, kept current on edits."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from db.enums import Colour, FlexibleLetting
from db.models import Department
from desktop.core.registry import editing, placements, search
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.workspace import Workspace


@pytest.fixture
def registry(workspace: Workspace) -> Workspace:
    himmerland = editing.save_organisation(
        workspace, None, OrganisationData("145", "Himmerland Boligforening")
    )
    noerresundby = editing.save_organisation(
        workspace, None, OrganisationData("164", "Nørresundby Boligselskab")
    )
    plus = editing.save_organisation(workspace, None, OrganisationData("88", "Plus Bolig"))
    for org, number, name, address, postcode, city, area in [
        (himmerland, "07", "Storkereden", "Havnegade 1-7", "9370", "Hals", "Hals"),
        (himmerland, "12-3", "Kildeparken", "Kildeparken 2-48", "9220", "Aalborg Øst", "Øst"),
        (noerresundby, "16", "Løvvangen", "Lindholmsvej 2-90", "9400", "Nørresundby", None),
        (plus, "2", "ÆBLEHAVEN", "Æblevej 1", "9000", "Aalborg", "Centrum"),
    ]:
        editing.save_department(
            workspace,
            None,
            DepartmentData(org, number, name, area, address, postcode, city, 40),
        )
    return workspace


def names(ws: Workspace, text: str) -> list[str]:
    return [row.name for row in search.search(ws, text)]


def test_every_field_is_searched(registry: Workspace) -> None:
    assert names(registry, "himmerland") == ["Storkereden", "Kildeparken"]
    assert names(registry, "145") == ["Storkereden", "Kildeparken"]
    assert names(registry, "12-3") == ["Kildeparken"]
    assert names(registry, "145-07") == ["Storkereden"]
    assert names(registry, "kildeparken 2") == ["Kildeparken"]
    assert names(registry, "9400") == ["Løvvangen"]
    assert names(registry, "hals") == ["Storkereden"]
    assert names(registry, "088") == ["ÆBLEHAVEN"]  # the stored, zero-padded number


def test_danish_letters_fold_case(registry: Workspace) -> None:
    assert names(registry, "æblehaven") == ["ÆBLEHAVEN"]
    assert names(registry, "NØRRESUNDBY") == ["Løvvangen"]
    assert names(registry, "øst") == ["Kildeparken"]
    assert names(registry, "LØV") == ["Løvvangen"]


def test_words_narrow_the_results_and_wildcards_are_literal(registry: Workspace) -> None:
    assert names(registry, "aalborg") == ["ÆBLEHAVEN", "Kildeparken"]
    assert names(registry, "aalborg øst") == ["Kildeparken"]
    assert names(registry, "%") == []
    assert names(registry, "_") == []
    assert len(names(registry, "")) == 4


def test_results_carry_the_colour_on_the_day(registry: Workspace) -> None:
    (row,) = search.search(registry, "storkereden")
    assert row.colour is None
    with registry.write() as session:
        placements.place(session, row.id, Colour.RED, FlexibleLetting.AGREED, dt.date(2026, 1, 1))
    (row,) = search.search(registry, "storkereden", dt.date(2026, 6, 1))
    assert row.colour is Colour.RED
    assert row.flexible_letting is FlexibleLetting.AGREED
    (before,) = search.search(registry, "storkereden", dt.date(2025, 12, 31))
    assert before.colour is None


def test_renaming_an_organisation_updates_the_search(registry: Workspace) -> None:
    rows = editing.organisations(registry)
    plus = next(r for r in rows if r.data.number == "088")
    editing.save_organisation(
        registry,
        plus.id,
        OrganisationData("088", "Plus Nordjylland"),
        expected_version=plus.version,
    )
    assert names(registry, "nordjylland") == ["ÆBLEHAVEN"]
    assert names(registry, "plus bolig") == []


def test_departments_written_without_search_text_are_indexed_on_demand(
    registry: Workspace,
) -> None:
    with registry.write() as session:
        session.execute(update(Department).values(search_text=None))
    assert names(registry, "hals") == []
    assert search.ensure_search_text(registry) == 4
    assert names(registry, "hals") == ["Storkereden"]
    assert search.ensure_search_text(registry) == 0
