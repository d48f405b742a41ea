"""Two desks at once: the applicant register, access logs, imports of applicant lists and
remembered column choices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import select, update

from db.enums import (
    AddressReview,
    ApplicantStatus,
    AuditAction,
    ImportKind,
    LegalFactKind,
    MemberRelation,
)
from db.models import Applicant, ApplicantEvent, Department
from desktop.core.applicants import (
    access,
    addresses,
    caseworkers,
    facts,
    insight,
    listing,
    merge,
    privacy,
    register,
)
from desktop.core.applicants import imports as applicant_imports
from desktop.core.applicants.duplicates import DuplicateFound
from desktop.core.applicants.inputs import ApplicantInput, FactInput, MemberInput, from_view
from desktop.core.errors import Conflict, ValidationError
from desktop.core.exchange import applicant_list
from desktop.core.importing import mappings, run_to_completion
from desktop.core.intake import imports as vacancy_imports
from desktop.core.locking import RecordConflict
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import SimultaneousWrite
from tests.conftest import TODAY
from tests.db.two_desks.race import Outcomes
from tests.db.two_desks.table import (
    World,
    both_succeed,
    logged,
    one_wins,
    scenario,
    setting_pair,
    succeed_or,
    value_of,
)

A = "desktop.core.applicants"


def _form_scenario(change: Callable[[World, ApplicantInput, int], ApplicantInput]) -> Any:
    """Anna adds something to the applicant's household or record through the form; Bo, on the
    same loaded version, changes the phone number."""

    def setup(world: World) -> Any:
        person = world.applicant(phone="20202020")
        view = register.applicant_view(world.ws, person)
        return {"id": person, "view": view, "anna": change(world, from_view(view), person)}

    def anna(ws: Workspace, ctx: Any) -> int:
        return register.update_applicant(ws, ctx["id"], ctx["view"].version, ctx["anna"])

    def bo(ws: Workspace, ctx: Any) -> int:
        mine = replace(from_view(ctx["view"]), phone="31313131")
        return register.update_applicant(ws, ctx["id"], ctx["view"].version, mine)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, RecordConflict)
        stored = from_view(register.applicant_view(world.ws, ctx["id"]))
        wanted = (
            ctx["anna"] if winner == "anna" else replace(from_view(ctx["view"]), phone="31313131")
        )
        assert (stored.phone, stored.excluded_departments) == (
            wanted.phone,
            wanted.excluded_departments,
        )
        assert [(m.relation, m.name) for m in stored.members] == [
            (m.relation, m.name) for m in wanted.members
        ]
        assert world.version(Applicant, ctx["id"]) == ctx["view"].version + 1

    return setup, anna, bo, check


@scenario("household member against the phone number", f"{A}.register.update_applicant", stale=True)
def _() -> Any:
    return _form_scenario(
        lambda world, data, person: replace(
            data, members=(*data.members, MemberInput(MemberRelation.CHILD, "Kim"))
        )
    )


@scenario(
    "excluded department against the phone number", f"{A}.register.update_applicant", stale=True
)
def _() -> Any:
    return _form_scenario(
        lambda world, data, person: replace(
            data, excluded_departments=((world.department(), "Konflikt med nabo"),)
        )
    )


@scenario("legal facts against the form", f"{A}.facts.save_member_facts", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        person = world.applicant(members=(MemberInput(MemberRelation.PARTNER, "Kim"),))
        partner = facts.household_facts(world.ws, person).members[1]
        view = register.applicant_view(world.ws, person)
        return {"id": person, "partner": partner, "view": view}

    benefit = FactInput(LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 1, 1))

    def anna(ws: Workspace, ctx: Any) -> int:
        return facts.save_member_facts(
            ws, ctx["id"], ctx["partner"].id, [benefit], expected_version=ctx["partner"].version
        )

    def bo(ws: Workspace, ctx: Any) -> int:
        # the whole form, as Bo loaded it, with the partner renamed
        members = (MemberInput(MemberRelation.PARTNER, "Kim Lund", id=ctx["partner"].id),)
        mine = replace(from_view(ctx["view"]), members=members)
        return register.update_applicant(ws, ctx["id"], ctx["view"].version, mine)

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        # The facts are part of the applicant and the rename moves the member: one is refused.
        winner = one_wins(outcomes, RecordConflict)
        partner = facts.household_facts(world.ws, ctx["id"]).members[1]
        if winner == "anna":
            assert (partner.name, [f.label for f in partner.facts]) == ("Kim", ["kontanthjælp"])
        else:
            assert (partner.name, partner.facts) == ("Kim Lund", ())

    return setup, anna, bo, check


@scenario("status against status", f"{A}.register.change_status", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        person = world.applicant()
        return {"id": person, "version": world.version(Applicant, person)}

    def anna(ws: Workspace, ctx: Any) -> int:
        until = TODAY + dt.timedelta(days=30)
        return register.change_status(
            ws,
            ctx["id"],
            ApplicantStatus.PAUSED,
            paused_until=until,
            expected_version=ctx["version"],
        )

    def bo(ws: Workspace, ctx: Any) -> int:
        return register.change_status(
            ws,
            ctx["id"],
            ApplicantStatus.REMOVED,
            removed_reason="Flyttet",
            expected_version=ctx["version"],
        )

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, RecordConflict)
        wanted = ApplicantStatus.PAUSED if winner == "anna" else ApplicantStatus.REMOVED
        assert world.read(Applicant, ctx["id"]).status == wanted
        assert world.count(ApplicantEvent, ApplicantEvent.applicant_id == ctx["id"]) == 2

    return setup, anna, bo, check


@scenario("caseworker against caseworker", f"{A}.caseworkers.save_caseworker", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        worker = caseworkers.save_caseworker(world.ws, None, "Lone Kjærsgaard")
        return {"id": worker, "version": caseworkers.caseworker(world.ws, worker).version}

    def save(who: str) -> Callable[[Workspace, Any], int]:
        return lambda ws, ctx: caseworkers.save_caseworker(
            ws, ctx["id"], f"Lone {who}", expected_version=ctx["version"]
        )

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, RecordConflict)
        assert caseworkers.caseworker(world.ws, ctx["id"]).name == f"Lone {winner}"

    return setup, save("anna"), save("bo"), check


@scenario("the same citizen registered twice", f"{A}.register.create_applicant")
def _() -> Any:
    def create(ws: Workspace, ctx: Any) -> int:
        return register.create_applicant(
            ws, ApplicantInput(name="Ayşe Yılmaz", cpr="120385-1234", registered_on=TODAY)
        )

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        one_wins(outcomes, DuplicateFound, SimultaneousWrite)
        assert world.count(Applicant, Applicant.cpr == "1203851234") == 1

    return (lambda world: None), create, create, check


@scenario("expired pauses ended by both", f"{A}.register.end_expired_pauses")
def _() -> Any:
    def setup(world: World) -> Any:
        ids = [world.applicant(name) for name in ("Anne Jensen", "Bo Berg")]
        world.execute(
            update(Applicant)
            .where(Applicant.id.in_(ids))
            .values(status=ApplicantStatus.PAUSED, paused_until=TODAY - dt.timedelta(days=1))
        )
        return ids

    def check(world: World, ids: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        assert outcomes.anna.value + outcomes.bo.value == len(ids)  # each ended once
        for person in ids:
            assert world.read(Applicant, person).status == ApplicantStatus.ACTIVE
            ended = ApplicantEvent.to_status == ApplicantStatus.ACTIVE
            assert world.count(ApplicantEvent, ApplicantEvent.applicant_id == person, ended) == 2

    end = lambda ws, ctx: register.end_expired_pauses(ws)  # noqa: E731
    return setup, end, end, check


@scenario("merge against an edit of the kept record", f"{A}.merge.merge_applicants", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        keep = world.applicant("Anne Jensen", birth_date=dt.date(1985, 3, 12))
        other = world.applicant(
            "Anne Jensen", birth_date=dt.date(1985, 3, 12), accept_duplicates_of=(keep,)
        )
        keep_view = register.applicant_view(world.ws, keep)
        other_view = register.applicant_view(world.ws, other)
        return {"keep": keep_view, "other": other_view}

    def anna(ws: Workspace, ctx: Any) -> int:
        keep, other = ctx["keep"], ctx["other"]
        return merge.merge_applicants(
            ws, keep.id, keep.version, other.id, other.version, from_view(keep)
        )

    def bo(ws: Workspace, ctx: Any) -> int:
        keep = ctx["keep"]
        return register.update_applicant(
            ws, keep.id, keep.version, replace(from_view(keep), phone="31313131")
        )

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict)
        merged = world.count(Applicant, Applicant.id == ctx["other"].id) == 0
        assert merged == (winner == "anna")
        phone = world.read(Applicant, ctx["keep"].id).phone
        assert phone == (None if winner == "anna" else "31313131")

    return setup, anna, bo, check


@scenario("anonymising a case another desk reopens", f"{A}.privacy.anonymise", stale=True)
def _() -> Any:
    def setup(world: World) -> Any:
        person = world.applicant(phone="20202020")
        world.execute(
            update(Applicant)
            .where(Applicant.id == person)
            .values(status=ApplicantStatus.REMOVED, closed_on=dt.date(2019, 1, 2))
        )
        return {"id": person, "version": world.version(Applicant, person)}

    def anna(ws: Workspace, ctx: Any) -> Any:
        return privacy.anonymise(ws, [ctx["id"]])

    def bo(ws: Workspace, ctx: Any) -> int:
        return register.change_status(
            ws, ctx["id"], ApplicantStatus.ACTIVE, expected_version=ctx["version"]
        )

    def check(world: World, ctx: Any, outcomes: Outcomes) -> None:
        winner = one_wins(outcomes, Conflict, ValidationError)
        stored = world.read(Applicant, ctx["id"])
        if winner == "anna":  # erased, and Bo's reopening refused
            assert (stored.anonymised_at is not None, stored.phone) == (True, None)
            assert stored.status == ApplicantStatus.REMOVED
        else:  # reopened: no longer due, so not erased
            assert (stored.anonymised_at, stored.phone) == (None, "20202020")
            assert stored.status == ApplicantStatus.ACTIVE

    return setup, anna, bo, check


def _person(world: World) -> int:
    return world.applicant("Anne Jensen", cpr="120385-1234")


logged(
    "CPR number revealed by both",
    f"{A}.access.reveal_cpr",
    _person,
    lambda ws, person, who: access.reveal_cpr(ws, person, f"Opkald fra borger ({who})"),
    AuditAction.REVEAL_CPR,
)
logged(
    "search by CPR number by both",
    f"{A}.access.find_by_cpr",
    _person,
    lambda ws, person, who: access.find_by_cpr(ws, "120385-1234", f"Identifikation ({who})"),
    AuditAction.SEARCH_CPR,
)
logged(
    "export logged by both",
    f"{A}.access.log_export",
    _person,
    lambda ws, person, who: access.log_export(ws, [person], "Svar til boligorganisation", who),
    AuditAction.EXPORT,
)
logged(
    "print logged by both",
    f"{A}.access.log_print",
    _person,
    lambda ws, person, who: access.log_print(ws, [person], "Brev til borger", who),
    AuditAction.PRINT,
)
logged(
    "sensitive facts opened by both",
    f"{A}.access.log_sensitive_view",
    _person,
    lambda ws, person, who: access.log_sensitive_view(ws, person, "Tjek af blokeringer"),
    AuditAction.VIEW,
)
logged(
    "insight report made by both",
    f"{A}.insight.insight_report",
    _person,
    lambda ws, person, who: insight.insight_report(ws, person, "Anmodning om indsigt"),
    AuditAction.EXPORT,
)
logged(
    "applicant list exported by both",
    "desktop.core.exchange.applicant_list.export_applicants",
    lambda world: (_person(world), world.folder),
    lambda ws, ctx, who: applicant_list.export_applicants(
        ws, ctx[1] / f"{who}.xlsx", ["name", "phone"], purpose="Opfølgning", ids=[ctx[0]]
    ),
    AuditAction.EXPORT,
)


@scenario("search fields filled by both", f"{A}.listing.ensure_search_fields")
def _() -> Any:
    def setup(world: World) -> Any:
        ids = [world.applicant(name) for name in ("Åse Ørum", "Bo Berg", "Carl Dam")]
        world.execute(update(Applicant).values(sort_name=None, search_text=None))
        return ids

    def check(world: World, ids: Any, outcomes: Outcomes) -> None:
        # Derived values: both desks may compute and store the same ones.
        both_succeed(outcomes)
        assert len(ids) <= outcomes.anna.value + outcomes.bo.value <= 2 * len(ids)
        assert world.count(Applicant, Applicant.sort_name.is_(None)) == 0
        with world.ws.write() as session:  # nothing is left to correct
            assert listing.refresh_search_fields(session) == 0

    fill = lambda ws, ctx: listing.ensure_search_fields(ws)  # noqa: E731
    return setup, fill, fill, check


setting_pair(
    "retention period set by both",
    (f"{A}.privacy.set_retention_years",),
    lambda ws, who: privacy.set_retention_years(ws, 3 if who == "anna" else 7),
    privacy.retention_years,
    lambda who: 3 if who == "anna" else 7,
)


@scenario(
    "the same applicant list imported by both",
    f"{A}.imports.import_applicants",
    f"{A}.imports.commit_applicants",
    "desktop.core.importing.commit.commit",
)
def _() -> Any:
    def setup(world: World) -> Any:
        return world.samples / "applicants_legacy.xlsx"

    def act(ws: Workspace, path: Any) -> Any:
        return run_to_completion(applicant_imports.import_applicants(ws, path))

    def check(world: World, path: Any, outcomes: Outcomes) -> None:
        succeed_or(outcomes, SimultaneousWrite)
        with world.ws.read() as session:
            numbers = list(session.scalars(select(Applicant.cpr).where(Applicant.cpr.is_not(None))))
        assert len(numbers) == 290  # each citizen once
        assert len(set(numbers)) == 290

    return setup, act, act, check


def _mapping_scenario(
    kind: ImportKind, save: Callable[[Workspace, Any, dict[str, str]], Any]
) -> Any:
    """Both desks remember a column choice of the same files at once: both are kept (the
    remembered mapping is merged, not overwritten with an older copy)."""

    def setup(world: World) -> Any:
        organisation = (
            None
            if kind == ImportKind.APPLICANTS
            else world.read(Department, world.department()).organisation_id
        )
        mappings.save_mapping(world.ws, organisation, kind, {"navn": "name"})
        return organisation

    def check(world: World, organisation: Any, outcomes: Outcomes) -> None:
        winners = succeed_or(outcomes, SimultaneousWrite)
        stored = mappings.load_mapping(world.ws, organisation, kind)
        assert stored["navn"] == "name"
        for who in winners:
            assert stored[f"kolonne {who}"] == who
            given = value_of(outcomes, who)  # what the desk goes on with, if it is told
            if given is not None:
                assert given[f"kolonne {who}"] == who
                assert given["navn"] == "name"

    return (
        setup,
        lambda ws, org: save(ws, org, {"kolonne anna": "anna"}),
        lambda ws, org: save(ws, org, {"kolonne bo": "bo"}),
        check,
    )


@scenario(
    "applicant columns remembered by both",
    f"{A}.imports.save_column_choices",
    "desktop.core.importing.mappings.save_mapping",
)
def _() -> Any:
    return _mapping_scenario(
        ImportKind.APPLICANTS,
        lambda ws, org, choice: applicant_imports.save_column_choices(ws, choice),
    )


@scenario("vacancy columns remembered by both", "desktop.core.intake.imports.save_column_choices")
def _() -> Any:
    return _mapping_scenario(
        ImportKind.VACANCIES,
        vacancy_imports.save_column_choices,
    )


@scenario("applicant columns confirmed by both", f"{A}.imports.confirm_columns")
def _() -> Any:
    return _mapping_scenario(
        ImportKind.APPLICANTS,
        lambda ws, org, choice: applicant_imports.confirm_columns(ws, choice),
    )


@scenario("vacancy columns confirmed by both", "desktop.core.intake.imports.confirm_columns")
def _() -> Any:
    return _mapping_scenario(ImportKind.VACANCIES, vacancy_imports.confirm_columns)


@scenario("addresses marked as checked by both", f"{A}.addresses.mark_addresses_reviewed")
def _() -> Any:
    """Both desks work through the list of addresses read from free text at once: each address
    leaves it once, counted by the desk that cleared it."""

    def setup(world: World) -> Any:
        people = [world.applicant(f"Person {i}", address="Sofasurfer") for i in range(4)]
        world.execute(
            update(Applicant)
            .where(Applicant.id.in_(people))
            .values(address_review=AddressReview.WHEREABOUTS)
        )
        return people

    def check(world: World, people: Any, outcomes: Outcomes) -> None:
        both_succeed(outcomes)
        assert value_of(outcomes, "anna") + value_of(outcomes, "bo") == len(people)
        assert addresses.addresses_to_review(world.ws) == []

    def done(ws: Workspace, people: Any) -> Any:
        return addresses.mark_addresses_reviewed(ws, people)

    return setup, done, done, check
