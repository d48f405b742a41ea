"""Two desks at once: organisations, departments, placements, the ministry's lists and
monitoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from db.enums import Colour, FlexibleLetting, ListKind
from db.models import (
    Department,
    Landlord,
    MinistryListEntry,
    MonitoringFigures,
    Organisation,
    Placement,
)
from desktop.core.errors import Conflict, NotFound, ValidationError
from desktop.core.registry import (
    editing,
    landlords,
    master_data,
    ministry,
    monitoring,
    monitoring_import,
    placements,
    search,
)
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import SimultaneousWrite
from tests.conftest import TODAY
from tests.db.two_desks.race import Outcomes
from tests.db.two_desks.table import World, both_succeed, one_wins, scenario, succeed_or, value_of
from tests.unit.intake.factories import load_sample_registry

R = "desktop.core.registry"


def _department(world: World) -> Any:
    department_id = world.department()
    return department_id, editing.load_department(world.ws, department_id)


def _renamed(name: str) -> Callable[[Workspace, Any], int]:
    def save(ws: Workspace, ctx: Any) -> int:
        record = ctx[1]
        data = replace(record.data, name=name)
        return editing.save_department(ws, ctx[0], data, expected_version=record.version)

    return save


def _placed(colour: Colour) -> Callable[[Workspace, Any], Any]:
    return lambda ws, ctx: placements.set_placement(
        ws, ctx[0], colour, FlexibleLetting.AGREED, TODAY, expected_version=ctx[1].version
    )


def _placed_today(world: World, department_id: int) -> list[Colour]:
    with world.ws.read() as session:
        query = select(Placement.colour).where(
            Placement.department_id == department_id, Placement.valid_from == TODAY
        )
        return list(session.scalars(query))


@scenario("a department edited by both", f"{R}.editing.save_department", stale=True)
def _() -> Any:
    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        assert world.read(Department, ctx[0]).name == f"Kildeparken {winner}"

    return _department, _renamed("Kildeparken anna"), _renamed("Kildeparken bo"), check


@scenario("a placement against the department form", f"{R}.placements.set_placement", stale=True)
def _() -> Any:
    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        placed = _placed_today(world, ctx[0])
        name = world.read(Department, ctx[0]).name
        if winner == "anna":
            assert (placed, name) == ([Colour.YELLOW], "Kildeparken")
        else:
            assert (placed, name) == ([], "Kildeparken bo")

    return _department, _placed(Colour.YELLOW), _renamed("Kildeparken bo"), check


@scenario("a department placed by both", f"{R}.placements.set_placement", stale=True)
def _() -> Any:
    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        wanted = Colour.YELLOW if winner == "anna" else Colour.RED
        assert _placed_today(world, ctx[0]) == [wanted]

    return _department, _placed(Colour.YELLOW), _placed(Colour.RED), check


@scenario(
    "a placement removed while another is added", f"{R}.placements.remove_placement", stale=True
)
def _() -> Any:
    def setup(world: World) -> Any:
        department_id = world.department()
        later = TODAY + dt.timedelta(days=40)
        placements.set_placement(world.ws, department_id, Colour.RED, FlexibleLetting.AGREED, later)
        with world.ws.read() as session:
            placement = session.scalar(
                select(Placement.id).where(
                    Placement.department_id == department_id, Placement.valid_from == later
                )
            )
        return department_id, editing.load_department(world.ws, department_id), placement

    def anna(ws: Workspace, ctx: Any) -> Any:
        return placements.remove_placement(ws, ctx[2], expected_version=ctx[1].version)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        removed = world.count(Placement, Placement.id == ctx[2]) == 0
        assert removed == (winner == "anna")
        assert _placed_today(world, ctx[0]) == ([] if winner == "anna" else [Colour.YELLOW])

    return setup, anna, _placed(Colour.YELLOW), check


@scenario("an organisation edited by both", f"{R}.editing.save_organisation", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        org = editing.save_organisation(
            world.ws, None, editing.OrganisationData("164", "Nørresundby")
        )
        return org, world.version(Organisation, org)

    def save(who: str) -> Callable[[Workspace, Any], int]:
        data = editing.OrganisationData("164", f"Nørresundby {who}")
        return lambda ws, ctx: editing.save_organisation(ws, ctx[0], data, expected_version=ctx[1])

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        assert world.read(Organisation, ctx[0]).name == f"Nørresundby {winner}"

    return setup, save("anna"), save("bo"), check


@scenario("a private landlord edited by both", f"{R}.landlords.save_landlord", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        landlord = landlords.save_landlord(
            world.ws, None, landlords.LandlordData("Nordbo", "72494814")
        )
        return landlord, world.version(Landlord, landlord)

    def save(who: str) -> Callable[[Workspace, Any], int]:
        data = landlords.LandlordData(f"Nordbo {who}", "72494814")
        return lambda ws, ctx: landlords.save_landlord(ws, ctx[0], data, expected_version=ctx[1])

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        assert world.read(Landlord, ctx[0]).name == f"Nordbo {winner}"

    return setup, save("anna"), save("bo"), check


@scenario("the same private landlord registered by both", f"{R}.landlords.save_landlord")
def _() -> Any:
    def register(who: str) -> Callable[[Workspace, Any], int]:
        data = landlords.LandlordData(f"Nordbo {who}", "7249 4814")
        return lambda ws, ctx: landlords.save_landlord(ws, None, data)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        # The second is told the CVR number is taken (or, on the server, that the other desk
        # saved it first); the landlord exists once.
        one_wins(outcomes, ValidationError, SimultaneousWrite)
        assert world.count(Landlord) == 1

    return (lambda world: None), register("anna"), register("bo"), check


@scenario(
    "the master data imported by both",
    f"{R}.master_data.import_master_data",
    # every importer's end (preview, then strict / dry run / commit) runs through these two
    "desktop.core.importing.at_once.import_file",
    "desktop.core.importing.commit.finish_import",
)
def _() -> Any:
    def check(world: World, path: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, SimultaneousWrite)
        assert (world.count(Organisation), world.count(Department)) == (12, 120)

    importing = master_data.import_master_data
    return (
        lambda world: world.samples / "organisations_departments.xlsx",
        importing,
        importing,
        check,
    )


def _list_entries(world: World, department_id: int) -> int:
    return world.count(MinistryListEntry, MinistryListEntry.department_id == department_id)


@scenario("departments put on the ministry's list by both", f"{R}.ministry.add_entry")
def _() -> Any:
    def setup(world: World) -> Any:
        ministry.add_entry(
            world.ws, LIST_DATE, ListKind.PREVENTION, department_id=world.department()
        )
        return world.department(), world.department()

    def add(index: int) -> Callable[[Workspace, Any], Any]:
        return lambda ws, ctx: ministry.add_entry(
            ws, LIST_DATE, ListKind.PREVENTION, department_id=ctx[index]
        )

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        assert [_list_entries(world, d) for d in ctx] == [1, 1]

    return setup, add(0), add(1), check


@scenario("a list entry removed by both", f"{R}.ministry.remove_entry")
def _() -> Any:
    def setup(world: World) -> Any:
        department_id = world.department()
        entry = ministry.add_entry(
            world.ws, LIST_DATE, ListKind.PREVENTION, department_id=department_id
        )
        return department_id, entry

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, NotFound)
        assert _list_entries(world, ctx[0]) == 0

    remove = lambda ws, ctx: ministry.remove_entry(ws, ctx[1])  # noqa: E731
    return setup, remove, remove, check


LIST_DATE = dt.date(2026, 12, 1)


@scenario("the ministry's lists imported by both", f"{R}.ministry.import_ministry_lists")
def _() -> Any:
    def setup(world: World) -> Any:
        from openpyxl import Workbook

        numbers = [world.read(Department, world.department()).number for _ in range(2)]
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Org.nr.", "Afd.nr.", "Liste"])
        for number in numbers:
            sheet.append(["145", number, "forebyggelsesområde"])
        path = world.file("lister.xlsx")
        book.save(path)
        return path

    def check(world: World, path: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, SimultaneousWrite)
        assert world.count(MinistryListEntry) == 2  # each department once

    importing = lambda ws, path: ministry.import_ministry_lists(ws, path, LIST_DATE)  # noqa: E731
    return setup, importing, importing, check


def _monitoring_registry(world: World) -> Path:
    load_sample_registry(world.ws, world.samples)
    return world.samples / "monitoring_2026.xlsx"


@scenario("the monitoring figures imported by both", f"{R}.monitoring_import.import_monitoring")
def _() -> Any:
    def check(world: World, path: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, SimultaneousWrite)
        assert world.count(MonitoringFigures) == 118  # each department's figures once

    importing = monitoring_import.import_monitoring
    return _monitoring_registry, importing, importing, check


@scenario("the monitoring review accepted by both", f"{R}.monitoring.apply_review")
def _() -> Any:
    def setup(world: World) -> Any:
        monitoring_import.import_monitoring(world.ws, _monitoring_registry(world))
        return None

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winners = succeed_or(outcomes, SimultaneousWrite)
        placed = world.count(Placement, Placement.valid_from == TODAY)
        assert placed > 0
        assert sum(value_of(outcomes, who) for who in winners) == placed  # each once
        with world.ws.read() as session:
            per_department = session.execute(
                select(Placement.department_id, func.count())
                .where(Placement.valid_from == TODAY)
                .group_by(Placement.department_id)
            ).all()
        assert {count for _d, count in per_department} == {1}

    review = lambda ws, ctx: monitoring.apply_review(ws, 2026, TODAY)  # noqa: E731
    return setup, review, review, check


@scenario("department search text filled by both", f"{R}.search.ensure_search_text")
def _() -> Any:
    def setup(world: World) -> Any:
        ids = [world.department() for _ in range(3)]
        world.execute(update(Department).values(search_text=None))
        return ids

    def check(world: World, ids: Any, outcomes: Outcomes) -> None:
        # Derived values: both desks may compute and store the same ones.
        both_succeed(outcomes)
        assert len(ids) <= outcomes.anna.value + outcomes.bo.value <= 2 * len(ids)
        assert world.count(Department, Department.search_text.is_(None)) == 0
        with world.ws.write() as session:  # nothing is left to correct
            assert search.refresh_search_text(session) == 0

    fill = lambda ws, ctx: search.ensure_search_text(ws)  # noqa: E731
    return setup, fill, fill, check
