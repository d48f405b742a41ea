"""The table of two-desk scenarios: the world they set up, what a scenario is, and the checks
they share. Each area's scenarios register themselves on import (`all_scenarios`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.enums import AuditAction, OfferStatus
from db.models import AuditEvent
from desktop.core.applicants import register
from desktop.core.applicants.inputs import ApplicantInput
from desktop.core.errors import Conflict, UserError
from desktop.core.offers import workflow
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import SimultaneousWrite
from tests.db.two_desks.race import Outcomes
from tests.unit.matching import db_factories as make


@dataclass
class World:
    ws: Workspace  # the test's own workstation: sets up and reads back
    folder: Path
    samples: Path

    def read(self, model: Any, row_id: int) -> Any:
        with self.ws.read() as session:
            row = session.get(model, row_id)
            assert row is not None
            session.expunge(row)
            return row

    def version(self, model: Any, row_id: int) -> int:
        return int(self.read(model, row_id).version)

    def count(self, model: Any, *where: Any) -> int:
        with self.ws.read() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    def audit(self, action: AuditAction) -> int:
        return self.count(AuditEvent, AuditEvent.action == action)

    def execute(self, statement: Any) -> None:
        with self.ws.write() as session:
            session.execute(statement)

    def department(self) -> int:
        return make.department(self.ws)

    def vacancy(self, department_id: int | None = None, **values: Any) -> int:
        return make.vacancy(self.ws, department_id or self.department(), **values)

    def applicant(
        self,
        name: str = "Anne Jensen",
        *,
        accept_duplicates_of: tuple[int, ...] = (),
        **values: Any,
    ) -> int:
        values.setdefault("registered_on", dt.date(2025, 1, 15))
        return register.create_applicant(
            self.ws, ApplicantInput(name=name, **values), accept_duplicates_of=accept_duplicates_of
        )

    def candidate(self, name: str = "Test Testesen", **values: Any) -> int:
        """An applicant the matching rules let be offered a `vacancy()`."""
        return make.applicant(self.ws, name, **values)

    def offer(self, status: OfferStatus = OfferStatus.DRAFT) -> tuple[int, int, int]:
        """(offer, vacancy, applicant): an offer moved on to `status`."""
        vacancy_id = self.vacancy()
        applicant_id = self.candidate()
        offer_id = workflow.create_offer(self.ws, vacancy_id, applicant_id)
        if status != OfferStatus.DRAFT:
            workflow.send_offer(self.ws, offer_id)
        if status == OfferStatus.ACCEPTED:
            workflow.accept_offer(self.ws, offer_id)
        return offer_id, vacancy_id, applicant_id

    def file(self, name: str) -> Path:
        return self.folder / name


@dataclass(frozen=True)
class Scenario:
    covers: tuple[str, ...]  # the writing functions it drives (module.function)
    setup: Callable[[World], Any]  # the records both desks have open: what the actions need
    anna: Callable[[Workspace, Any], Any]
    bo: Callable[[Workspace, Any], Any]
    check: Callable[[World, Any, Outcomes], None]  # nothing lost, refusals as expected
    stale: bool = False  # the actions carry versions loaded in `setup`


def one_wins(outcomes: Outcomes, *refusals: type[UserError]) -> str:
    """Exactly one desk succeeded and the other was refused with one of `refusals`."""
    allowed = refusals or (Conflict,)
    winners = outcomes.winners()
    assert len(winners) == 1, outcomes
    (error,) = outcomes.refused().values()
    assert isinstance(error, allowed), f"{type(error).__name__}: {error}"
    return winners[0]


def both_succeed(outcomes: Outcomes) -> None:
    assert outcomes.refused() == {}, outcomes


def succeed_or(outcomes: Outcomes, *refusals: type[UserError]) -> list[str]:
    """Each desk succeeded or was refused with one of `refusals`; at least one succeeded."""
    for error in outcomes.refused().values():
        assert isinstance(error, refusals), f"{type(error).__name__}: {error}"
    assert outcomes.winners(), outcomes
    return outcomes.winners()


def value_of(outcomes: Outcomes, name: str) -> Any:
    return outcomes.anna.value if name == "anna" else outcomes.bo.value


SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str, *covers: str, stale: bool = False) -> Callable[..., Any]:
    """Register the decorated function's (setup, anna, bo, check) as a scenario."""

    def register_it(build: Callable[[], tuple[Any, Any, Any, Any]]) -> Callable[[], Any]:
        setup, anna, bo, check = build()
        assert name not in SCENARIOS
        SCENARIOS[name] = Scenario(covers, setup, anna, bo, check, stale)
        return build

    return register_it


def logged(
    name: str,
    covers: str,
    setup: Callable[[World], Any],
    act: Callable[[Workspace, Any, str], Any],
    action: AuditAction,
    per_desk: int = 1,
) -> None:
    """An action that only reads and logs (exports, prints, CPR reveals): both desks succeed
    and both are logged."""

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        assert world.audit(action) - ctx["logged"] == 2 * per_desk

    def prepared(world: World) -> Any:
        ctx = {"data": setup(world)}
        ctx["logged"] = world.audit(action)
        return ctx

    SCENARIOS[name] = Scenario(
        (covers,),
        prepared,
        lambda ws, ctx: act(ws, ctx["data"], "anna"),
        lambda ws, ctx: act(ws, ctx["data"], "bo"),
        check,
    )


def setting_pair(
    name: str,
    covers: tuple[str, ...],
    save: Callable[[Workspace, str], Any],
    stored: Callable[[Workspace], Any],
    expected: Callable[[str], Any],
) -> None:
    """A setting saved whole by both desks (settings keep no version: the later save wins):
    never a raw error and never a mix of the two saves."""

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winners = succeed_or(outcomes, SimultaneousWrite)
        assert stored(world.ws) in [expected(w) for w in winners]

    SCENARIOS[name] = Scenario(
        covers,
        lambda world: None,
        lambda ws, ctx: save(ws, "anna"),
        lambda ws, ctx: save(ws, "bo"),
        check,
    )


AREAS = ("applicants", "desk", "intake", "letters", "offers", "registry")


def all_scenarios() -> dict[str, Scenario]:
    """Every scenario, by name (the area modules add theirs when imported)."""
    import importlib

    for area in AREAS:
        importlib.import_module(f"tests.db.two_desks.{area}")
    return SCENARIOS
