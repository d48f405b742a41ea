"""Two desks at once: dwellings reported to the desk, decided, checked and imported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from db.enums import VacancyStatus
from db.models import DepartmentVacancyCount, IntakeCheck, Offer, Vacancy, VacancyEvent
from desktop.core import locking
from desktop.core.errors import Conflict, ValidationError
from desktop.core.importing import run_to_completion
from desktop.core.intake import counts, decisions, landlord_import, landlord_notices, manual, undo
from desktop.core.intake import imports as vacancy_imports
from desktop.core.intake import status as vacancy_status
from desktop.core.intake.rules import VacancyDraft
from desktop.core.locking import RecordConflict
from desktop.core.offers import workflow as offer_workflow
from desktop.core.registry import landlords
from desktop.core.registry.landlords import LandlordData
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import SimultaneousWrite
from tests.db.two_desks.race import Outcomes
from tests.db.two_desks.table import World, both_succeed, one_wins, scenario, succeed_or
from tests.unit.intake.factories import load_sample_registry

INTAKE = "desktop.core.intake"
NOBODY = "Ingen på listen endnu"  # the reason to accept a dwelling no one may be offered


def _draft(lease: str = "07-0012") -> VacancyDraft:
    return VacancyDraft(
        department_number="07",
        lease_number=lease,
        street="Kildeparken",
        house_number="12",
        floor="2",
        door="tv",
        postcode="9220",
        rooms=2.0,
        rent=Decimal("4100"),
        aconto_heating=Decimal("450"),
        available_from=dt.date(2026, 12, 1),
    )


def _received(world: World, count: int = 1) -> list[int]:
    """Dwellings phoned in (received, with their intake check)."""
    from tests.unit.intake.factories import small_registry

    organisation = small_registry(world.ws)["org"]
    return [
        manual.create_vacancy(world.ws, organisation, _draft(f"07-00{n}")) for n in range(count)
    ]


def _decisions(world: World, vacancy_id: int) -> int:
    decided = VacancyEvent.to_status.in_([VacancyStatus.ACCEPTED, VacancyStatus.RETURNED])
    return world.count(VacancyEvent, VacancyEvent.vacancy_id == vacancy_id, decided)


@scenario("proposals confirmed by both", f"{INTAKE}.decisions.confirm_proposals")
def _() -> Any:
    def check(world: World, ids: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        summaries = [outcomes.anna.value, outcomes.bo.value]
        assert sum(s.accepted + s.returned for s in summaries) == len(ids)  # each once
        assert sum(s.skipped for s in summaries) == len(ids)
        for vacancy_id in ids:
            assert _decisions(world, vacancy_id) == 1
            assert world.read(Vacancy, vacancy_id).status == VacancyStatus.ACCEPTED

    # Nobody is on the list: accepting needs the reason.
    confirm = lambda ws, ids: decisions.confirm_proposals(ws, ids, reason=NOBODY)  # noqa: E731
    return (lambda world: _received(world, 3)), confirm, confirm, check


@scenario("a dwelling decided by both", f"{INTAKE}.decisions.decide")
def _() -> Any:
    def check(world: World, ids: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, ValidationError, Conflict)
        assert _decisions(world, ids[0]) == 1
        wanted = VacancyStatus.ACCEPTED if winner == "anna" else VacancyStatus.RETURNED
        assert world.read(Vacancy, ids[0]).status == wanted

    return (
        _received,
        lambda ws, ids: decisions.decide(ws, ids[0], True, reason=NOBODY),
        lambda ws, ids: decisions.decide(ws, ids[0], False, reason="Huslejen er for høj"),
        check,
    )


@scenario("a dwelling decided by both from the list", f"{INTAKE}.decisions.decide", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        (vacancy_id,) = _received(world)
        return vacancy_id, world.version(Vacancy, vacancy_id)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        assert _decisions(world, ctx[0]) == 1
        wanted = VacancyStatus.ACCEPTED if winner == "anna" else VacancyStatus.RETURNED
        assert world.read(Vacancy, ctx[0]).status == wanted

    return (
        setup,
        lambda ws, ctx: decisions.decide(ws, ctx[0], True, reason=NOBODY, expected_version=ctx[1]),
        lambda ws, ctx: decisions.decide(
            ws, ctx[0], False, reason="Huslejen er for høj", expected_version=ctx[1]
        ),
        check,
    )


@scenario("a status changed by both", f"{INTAKE}.status.change_status", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        (vacancy_id,) = _received(world)
        return vacancy_id, world.version(Vacancy, vacancy_id)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        wanted = VacancyStatus.ACCEPTED if winner == "anna" else VacancyStatus.RETURNED
        assert world.read(Vacancy, ctx[0]).status == wanted

    return (
        setup,
        lambda ws, ctx: vacancy_status.change_status(
            ws, ctx[0], VacancyStatus.ACCEPTED, expected_version=ctx[1]
        ),
        lambda ws, ctx: vacancy_status.change_status(
            ws, ctx[0], VacancyStatus.RETURNED, reason="Rød afdeling", expected_version=ctx[1]
        ),
        check,
    )


@scenario("a dwelling's remarks edited by both", "desktop.core.locking.save", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        vacancy_id = world.vacancy(remarks="Nøgle hos viceværten")
        return vacancy_id, world.version(Vacancy, vacancy_id)

    def edit(who: str) -> Callable[[Workspace, Any], int]:
        return lambda ws, ctx: locking.save(ws, Vacancy, ctx[0], ctx[1], {"remarks": who})

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, RecordConflict)
        assert world.read(Vacancy, ctx[0]).remarks == winner

    return setup, edit("anna"), edit("bo"), check


@scenario("dwellings checked again by both", f"{INTAKE}.decisions.recheck")
def _() -> Any:
    def setup(world: World) -> Any:
        (vacancy_id,) = _received(world)
        return vacancy_id, world.version(Vacancy, vacancy_id)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        assert world.count(IntakeCheck, IntakeCheck.vacancy_id == ctx[0]) == 3
        assert world.version(Vacancy, ctx[0]) == ctx[1] + 2  # a new proposal each time

    again = lambda ws, ctx: decisions.recheck(ws, [ctx[0]])  # noqa: E731
    return setup, again, again, check


@scenario("the same phoned-in dwelling entered by both", f"{INTAKE}.manual.create_vacancy")
def _() -> Any:
    def setup(world: World) -> Any:
        from tests.unit.intake.factories import small_registry

        return small_registry(world.ws)["org"]

    def check(world: World, organisation: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, ValidationError, SimultaneousWrite)
        assert world.count(Vacancy, Vacancy.lease_number == "07-0012") == 1

    enter = lambda ws, organisation: manual.create_vacancy(ws, organisation, _draft())  # noqa: E731
    return setup, enter, enter, check


@scenario(
    "the same vacancy file imported by both",
    f"{INTAKE}.imports.import_vacancies",
    f"{INTAKE}.imports.commit_vacancies",
)
def _() -> Any:
    def setup(world: World) -> Any:
        load_sample_registry(world.ws, world.samples)
        organisation = vacancy_imports.organisation_by_number(world.ws, "145")
        return world.samples / "vacancies_himmerland_uge47.xlsx", organisation

    def act(ws: Workspace, ctx: Any) -> Any:
        return run_to_completion(vacancy_imports.import_vacancies(ws, *ctx))

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, SimultaneousWrite)
        assert world.count(Vacancy) == 38  # each dwelling once

    return setup, act, act, check


def _nordbo(world: World) -> int:
    return landlords.save_landlord(world.ws, None, LandlordData("Nordbo Ejendomme ApS", "72494814"))


@scenario("the same landlord's notice entered by both", f"{INTAKE}.landlord_notices.create_notice")
def _() -> Any:
    def check(world: World, landlord: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, ValidationError, SimultaneousWrite)
        assert world.count(Vacancy, Vacancy.landlord_id == landlord) == 1

    def enter(ws: Workspace, landlord: Any) -> int:
        return landlord_notices.create_notice(
            ws, landlord, replace(_draft(), department_number=None)
        )

    return _nordbo, enter, enter, check


@scenario(
    "the same landlord's file imported by both",
    f"{INTAKE}.landlord_import.import_landlord_vacancies",
)
def _() -> Any:
    def setup(world: World) -> Any:
        load_sample_registry(world.ws, world.samples)
        _nordbo(world)
        landlord = landlords.landlord_by_cvr(world.ws, "72494814")
        return world.samples / "vacancies_himmerland_uge47.xlsx", landlord

    def act(ws: Workspace, ctx: Any) -> Any:
        return run_to_completion(landlord_import.import_landlord_vacancies(ws, *ctx))

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, SimultaneousWrite)
        assert world.count(Vacancy, Vacancy.landlord_id == ctx[1].id) == 38  # each dwelling once

    return setup, act, act, check


_NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _typed_total(world: World, department_id: int) -> int | None:
    with world.ws.read() as session:
        return session.scalar(
            select(DepartmentVacancyCount.total_vacancies).where(
                DepartmentVacancyCount.department_id == department_id
            )
        )


def _total(value: int) -> Callable[[Workspace, Any], Any]:
    return lambda ws, ctx: counts.enter_total(ws, ctx[0], _NOVEMBER, value, seen=ctx[1])


def _check_total(world: World, ctx: Any, outcomes: Outcomes) -> None:
    winner = one_wins(outcomes, Conflict)
    assert _typed_total(world, ctx[0]) == (7 if winner == "anna" else 9)


@scenario("a department's total typed by both", f"{INTAKE}.counts.enter_total", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        return world.department(), None  # neither desk saw a figure

    return setup, _total(7), _total(9), _check_total


@scenario("a department's typed total changed by both", f"{INTAKE}.counts.enter_total", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        department_id = world.department()
        return department_id, counts.enter_total(world.ws, department_id, _NOVEMBER, 5, seen=None)

    return setup, _total(7), _total(9), _check_total


@scenario(
    "a decision undone while another desk makes an offer", f"{INTAKE}.undo.undo_last_decision"
)
def _() -> Any:
    def setup(world: World) -> Any:
        from desktop.core.workspace import Workspace as Desk

        (vacancy_id,) = _received(world)
        applicant_id = world.candidate(max_rent=Decimal(6000))
        anna = Desk(world.ws.database, user="anna", clock=world.ws.clock)
        decisions.decide(anna, vacancy_id, True)  # Anna's last decision
        return vacancy_id, applicant_id

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, ValidationError, SimultaneousWrite)
        offers = world.count(Offer, Offer.vacancy_id == ctx[0])
        status = world.read(Vacancy, ctx[0]).status
        if winner == "anna":  # undone: the dwelling is back in intake, with no offer
            assert (status, offers) == (VacancyStatus.RECEIVED, 0)
        else:  # the offer stands, and so does the decision
            assert (status, offers) == (VacancyStatus.ACCEPTED, 1)

    return (
        setup,
        lambda ws, ctx: undo.undo_last_decision(ws),
        lambda ws, ctx: offer_workflow.create_offer(ws, ctx[0], ctx[1]),
        check,
    )
