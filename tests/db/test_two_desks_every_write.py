"""Every core function that writes, driven by two workstations at once, on SQLite and PostgreSQL.

`writing_functions()` finds them in the source of desktop/core: every function that opens
`ws.write()`, or calls one that does (`locking.save`, the offer workflow's `writing`, an
import's `commit` ...). Each must be driven by a scenario of `SCENARIOS` (or be named in
`ONE_WORKSTATION` with the reason), so a new writing function cannot be forgotten.

A scenario is what two desks, Anna and Bo, do to the same records at the same moment
(`race.at_once`: real sessions in two threads; on PostgreSQL in the order that would lose
Anna's change without locking), and what must hold afterwards: every refusal is a message for
the user (never a raw database error), and nothing either desk was told was saved is lost. A
scenario whose actions carry the versions the desks loaded before (`stale`) is also run one
after the other: Bo, acting on what he loaded before Anna's change, must be refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from tests.db.two_desks import race
from tests.db.two_desks.table import World, all_scenarios
from tests.db.two_desks.writers import writing_functions

SCENARIOS = all_scenarios()


# Writing functions not driven here, and why no second workstation can meet them.
ONE_WORKSTATION = {
    "desktop.core.demo": "fills a new demo database on one workstation before anyone opens it",
    "desktop.core.demo_landlords": "the demo's private landlords, made as part of the demo above",
    "desktop.core.letters.elsewhere": "the demo's letters drawn by a worker, in the demo above",
}


def test_every_writing_function_has_a_two_desk_scenario() -> None:
    found = writing_functions()
    assert "desktop.core.applicants.register.update_applicant" in found  # the scan works
    covered = {name for s in SCENARIOS.values() for name in s.covers}
    alone = {f for f in found if any(f.startswith(m + ".") for m in ONE_WORKSTATION)}
    assert sorted(found - covered - alone) == [], "writing functions without a scenario"
    assert sorted(covered - found) == [], "scenarios of functions that do not write"


@pytest.fixture
def world(workspace: Workspace, tmp_path: Path, samples: Path) -> World:
    return World(workspace, tmp_path, samples)


@pytest.fixture
def two_desks(workspace: Workspace, migrated_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    anna = open_workspace(migrated_url, user="anna")
    bo = open_workspace(migrated_url, user="bo")
    for ws in (anna, bo):
        ws.clock = lambda: TODAY
    yield anna, bo
    anna.close()
    bo.close()


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_two_desks_at_once(name: str, world: World, two_desks: tuple[Workspace, Workspace]) -> None:
    scenario = SCENARIOS[name]
    ctx = scenario.setup(world)
    anna, bo = two_desks
    outcomes = race.at_once(
        world.ws,
        (anna, lambda ws: scenario.anna(ws, ctx)),
        (bo, lambda ws: scenario.bo(ws, ctx)),
    )
    race.no_raw_errors(outcomes)
    scenario.check(world, ctx, outcomes)


@pytest.mark.parametrize("name", sorted(n for n, s in SCENARIOS.items() if s.stale))
def test_a_stale_desk_is_refused(
    name: str, world: World, two_desks: tuple[Workspace, Workspace]
) -> None:
    """Bo acts on what he loaded before Anna's change: he is refused, Anna's change stands."""
    scenario = SCENARIOS[name]
    ctx = scenario.setup(world)
    anna, bo = two_desks
    outcomes = race.one_after_the_other(
        (anna, lambda ws: scenario.anna(ws, ctx)), (bo, lambda ws: scenario.bo(ws, ctx))
    )
    race.no_raw_errors(outcomes)
    scenario.check(world, ctx, outcomes)
    assert outcomes.winners() == ["anna"]
