"""The yearly review: current vs. proposed, accepting all or some, never guessing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from db.enums import Colour, FlexibleLetting, ListKind, PlacementSource
from db.models import MinistryList, MinistryListEntry
from desktop.core import colours
from desktop.core.registry import editing, monitoring, placements
from desktop.core.registry.editing import DepartmentData, OrganisationData
from desktop.core.registry.thresholds import Figures
from desktop.core.workspace import Workspace

D = dt.date
FROM = D(2027, 1, 1)
GREEN, YELLOW, RED = Colour.GREEN, Colour.YELLOW, Colour.RED


@pytest.fixture
def desk(workspace: Workspace) -> dict[str, int]:
    org = editing.save_organisation(workspace, None, OrganisationData("145", "Himmerland"))
    ids = {}
    for number in ("1", "2", "3", "4", "5", "6"):
        ids[number] = editing.save_department(
            workspace, None, DepartmentData(org, number, f"Afdeling {number}")
        )
    start = D(2024, 1, 1)
    with workspace.write() as session:
        for number, colour in [("1", GREEN), ("2", GREEN), ("3", RED), ("4", GREEN)]:
            placements.place(session, ids[number], colour, FlexibleLetting.NONE, start)
        placements.place(session, ids["5"], YELLOW, FlexibleLetting.AGREED, start)
        placements.place(session, ids["6"], GREEN, FlexibleLetting.NONE, start)
        figures = {
            "1": Figures(300, 20.0, 0.8, 30.0, 90.0, 10.0),  # green stays green
            "2": Figures(1494, 44.2, 2.98, 60.0, 48.1, 69.4),  # parallelsamfund: red
            "3": Figures(200, 20.0, 0.8, 30.0, 90.0, 10.0),  # red improves to green
            "4": Figures(1200, 45.0, None, 30.0, 90.0, 10.0),  # missing value decides: open
            "5": Figures(400, 32.0, 2.1, 30.0, 90.0, 10.0),  # yellow stays yellow
        }  # "6" has no figures
        for number, found in figures.items():
            monitoring.store_figures(session, ids[number], 2026, found)
        publication = MinistryList(list_date=D(2026, 12, 1), name="Listerne 2026")
        publication.entries.append(
            MinistryListEntry(kind=ListKind.PARALLEL_SOCIETY, department_id=ids["2"])
        )
        session.add(publication)
    return ids


def by_number(ws: Workspace) -> dict[str, monitoring.ReviewRow]:
    return {r.department_number: r for r in monitoring.review(ws, 2026, FROM)}


def test_the_review_shows_current_and_proposed_with_reasons(
    workspace: Workspace, desk: dict[str, int]
) -> None:
    rows = by_number(workspace)
    assert (rows["1"].current_colour, rows["1"].proposed_colour, rows["1"].changes) == (
        GREEN,
        GREEN,
        False,
    )
    two = rows["2"]
    assert (two.current_colour, two.proposed_colour) == (GREEN, RED)
    assert two.proposed_list is ListKind.PARALLEL_SOCIETY
    assert two.current_lists == (ListKind.PARALLEL_SOCIETY,)
    assert two.proposed_flexible_letting is FlexibleLetting.MANDATORY  # ABL § 60 stk. 4
    assert two.changes
    assert any("44.2 % > 40.0 %" in line for line in two.reasons)
    assert (rows["3"].current_colour, rows["3"].proposed_colour) == (RED, GREEN)
    assert rows["5"].changes is False
    assert rows["5"].proposed_flexible_letting is FlexibleLetting.AGREED


def test_missing_values_and_missing_figures_get_no_proposal(
    workspace: Workspace, desk: dict[str, int]
) -> None:
    rows = by_number(workspace)
    four = rows["4"]
    assert four.proposed_colour is None
    assert not four.changes
    assert four.problem is not None
    assert "Convictions vs. national average" in four.problem
    six = rows["6"]
    assert six.proposed_colour is None
    assert six.problem == "No figures for 2026"


def test_accepting_some_writes_placements_from_the_effective_date(
    workspace: Workspace, desk: dict[str, int]
) -> None:
    written = monitoring.apply_review(workspace, 2026, FROM, [desk["2"], desk["4"], desk["1"]])
    assert written == 1  # 4 has no proposal, 1 does not change
    with workspace.read() as session:
        before = colours.placement_on(session, desk["2"], D(2026, 12, 31))
        after = colours.placement_on(session, desk["2"], FROM)
        untouched = colours.placement_on(session, desk["3"], FROM)
    assert before is not None
    assert before.colour is GREEN
    assert after is not None
    assert after.colour is RED
    assert after.source is PlacementSource.MONITORING
    assert after.reason is not None
    assert after.reason.startswith("Monitoring 2026:")
    assert untouched is not None
    assert untouched.colour is RED
    assert not by_number(workspace)["2"].changes


def test_accepting_all_is_idempotent(workspace: Workspace, desk: dict[str, int]) -> None:
    assert monitoring.apply_review(workspace, 2026, FROM) == 2  # departments 2 and 3
    assert monitoring.apply_review(workspace, 2026, FROM) == 0
    assert not any(row.changes for row in monitoring.review(workspace, 2026, FROM))


def test_stored_figures_merge_by_department_and_year(
    workspace: Workspace, desk: dict[str, int]
) -> None:
    same = Figures(300, 20.0, 0.8, 30.0, 90.0, 10.0)
    with workspace.write() as session:
        assert monitoring.store_figures(session, desk["1"], 2026, same) is False
        assert monitoring.store_figures(session, desk["1"], 2026, replace(same, residents=301))
    assert monitoring.years_with_figures(workspace) == [2026]
