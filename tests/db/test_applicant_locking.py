"""Two workstations editing the same applicant, household member's facts, status or caseworker:
the second save of a stale edit is refused with who and when (never a silent overwrite), on
SQLite and PostgreSQL. Each desk is its own `Workspace` on the same database."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from db.enums import ApplicantStatus, LegalFactKind, MemberRelation
from desktop.core.applicants import caseworkers, facts, register
from desktop.core.applicants.inputs import ApplicantInput, FactInput, MemberInput, from_view
from desktop.core.locking import RecordConflict
from desktop.core.workspace import Workspace, open_workspace
from tests.conftest import TODAY
from tests.unit.applicants.factories import applicant
from tests.unit.matching import db_factories as make

BENEFIT = FactInput(LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 1, 1))
RELEASE = FactInput(LegalFactKind.PRISON_RELEASE, None, dt.date(2026, 9, 1))


@pytest.fixture
def two_desks(workspace: Workspace, migrated_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    anna = open_workspace(migrated_url, user="anna")
    bo = open_workspace(migrated_url, user="bo")
    for desk in (anna, bo):
        desk.clock = lambda: TODAY
    yield anna, bo
    anna.close()
    bo.close()


def _differences(conflict: RecordConflict) -> dict[str, tuple[object, object]]:
    return {d.field: (d.mine, d.theirs) for d in conflict.differences}


# --- the status ----------------------------------------------------------------------------------


def test_a_status_change_onto_a_stale_version_is_refused(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    person = applicant(anna)
    loaded = register.applicant_view(bo, person).version  # both have the record open
    after = register.change_status(
        anna,
        person,
        ApplicantStatus.PAUSED,
        paused_until=TODAY + dt.timedelta(30),
        expected_version=loaded,
    )
    assert after == loaded + 1
    with pytest.raises(RecordConflict) as caught:
        register.change_status(
            bo,
            person,
            ApplicantStatus.REMOVED,
            removed_reason="Flyttet",
            expected_version=loaded,
        )
    conflict = caught.value
    assert conflict.changed_by == "anna"
    assert conflict.changed_at is not None
    assert conflict.version == after
    assert _differences(conflict) == {
        "status": ("Removed", "Paused"),
        "paused_until": (None, TODAY + dt.timedelta(30)),
        "removed_reason": ("Flyttet", None),
    }
    view = register.applicant_view(bo, person)
    assert view.status == ApplicantStatus.PAUSED  # Anna's change stands, Bo's left no trace
    assert [e.by for e in view.events] == ["anna", "anna"]
    # Bo reloads and decides again: onto the current version it goes through
    register.change_status(
        bo, person, ApplicantStatus.REMOVED, removed_reason="Flyttet", expected_version=after
    )
    assert register.applicant_view(anna, person).status == ApplicantStatus.REMOVED


def test_a_status_change_refuses_after_an_edit_of_the_form(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    person = applicant(anna, phone="20202020")
    view = register.applicant_view(bo, person)
    register.update_applicant(anna, person, view.version, from_view(view))  # nothing changed
    assert register.applicant_view(bo, person).version == view.version
    changed = ApplicantInput(name=view.name, registered_on=view.registered_on, phone="31313131")
    register.update_applicant(anna, person, view.version, changed)
    with pytest.raises(RecordConflict, match="anna changed this record"):
        register.change_status(bo, person, ApplicantStatus.HOUSED, expected_version=view.version)
    assert register.applicant_view(bo, person).status == ApplicantStatus.ACTIVE


# --- the detail form -----------------------------------------------------------------------------


def test_a_stale_form_is_refused_with_a_comparison_that_never_shows_the_cpr_number(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    person = applicant(anna, cpr="120385-1234", phone="20202020")
    view = register.applicant_view(bo, person)
    register.update_applicant(
        anna, person, view.version, replace(from_view(view), phone="31313131")
    )
    bo_input = replace(from_view(view), notes="Ring før kl. 12")
    with pytest.raises(RecordConflict) as caught:
        register.update_applicant(bo, person, view.version, bo_input)
    conflict = caught.value
    assert conflict.changed_by == "anna"
    assert _differences(conflict) == {
        "phone": ("20202020", "31313131"),  # what Anna changed
        "notes": ("Ring før kl. 12", None),  # what Bo wanted
    }
    assert "1234" not in repr(conflict.differences)
    stored = register.applicant_view(anna, person)
    assert (stored.phone, stored.notes) == ("31313131", None)


# --- a household member's legal facts ------------------------------------------------------------


def test_facts_are_saved_onto_the_member_version_and_each_change_makes_a_new_one(
    workspace: Workspace,
) -> None:
    person = applicant(workspace, members=(MemberInput(MemberRelation.PARTNER, "Kim"),))
    partner = facts.household_facts(workspace, person).members[1]
    first = facts.save_member_facts(
        workspace, person, partner.id, [BENEFIT], expected_version=partner.version
    )
    assert first == partner.version + 1
    stored = facts.household_facts(workspace, person).members[1]
    assert stored.version == first
    same = [
        FactInput(f.kind, f.label, f.start_date, f.end_date, f.note, id=f.id) for f in stored.facts
    ]
    assert (
        facts.save_member_facts(workspace, person, partner.id, same, expected_version=first)
        == first
    )
    removed = facts.save_member_facts(workspace, person, partner.id, [], expected_version=first)
    assert removed == first + 1
    assert facts.household_facts(workspace, person).members[1].facts == ()


def test_stale_facts_are_refused_and_compared(two_desks: tuple[Workspace, Workspace]) -> None:
    anna, bo = two_desks
    person = applicant(anna, members=(MemberInput(MemberRelation.PARTNER, "Kim"),))
    partner = facts.household_facts(bo, person).members[1]  # Bo opens the tab
    facts.save_member_facts(anna, person, partner.id, [BENEFIT], expected_version=partner.version)
    with pytest.raises(RecordConflict) as caught:
        facts.save_member_facts(bo, person, partner.id, [RELEASE], expected_version=partner.version)
    conflict = caught.value
    assert conflict.changed_by == "anna"
    assert _differences(conflict) == {
        "facts": ("Release from prison 01/09/2026–", "Benefit kontanthjælp 01/01/2026–")
    }
    stored = facts.household_facts(anna, person).members[1].facts
    assert [(f.kind, f.label) for f in stored] == [(LegalFactKind.BENEFIT, "kontanthjælp")]


def test_renaming_a_member_makes_its_open_facts_stale(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    person = applicant(anna, members=(MemberInput(MemberRelation.PARTNER, "Kim"),))
    partner = facts.household_facts(bo, person).members[1]
    view = register.applicant_view(anna, person)
    renamed = ApplicantInput(
        name=view.name,
        registered_on=view.registered_on,
        members=(MemberInput(MemberRelation.PARTNER, "Kim Lund", id=partner.id),),
    )
    register.update_applicant(anna, person, view.version, renamed)
    with pytest.raises(RecordConflict, match="anna"):
        facts.save_member_facts(bo, person, partner.id, [BENEFIT], expected_version=partner.version)


# --- caseworkers ---------------------------------------------------------------------------------


def test_a_stale_caseworker_edit_is_refused(two_desks: tuple[Workspace, Workspace]) -> None:
    anna, bo = two_desks
    worker = caseworkers.save_caseworker(anna, None, "Lone Kjærsgaard", phone="99 31 31 31")
    loaded = caseworkers.caseworker(bo, worker)
    assert [w.version for w in caseworkers.list_caseworkers(bo)] == [loaded.version]
    caseworkers.save_caseworker(
        anna, worker, "Lone Kjærsgaard Holm", phone="99 31 31 31", expected_version=loaded.version
    )
    with pytest.raises(RecordConflict) as caught:
        caseworkers.save_caseworker(
            bo, worker, "Lone Kjærsgaard", phone="99 31 31 32", expected_version=loaded.version
        )
    assert caught.value.changed_by == "anna"
    differing = {d.field: (d.mine, d.theirs) for d in caught.value.differences if d.differs}
    assert differing == {
        "name": ("Lone Kjærsgaard", "Lone Kjærsgaard Holm"),
        "phone": ("99 31 31 32", "99 31 31 31"),
    }
    stored = caseworkers.caseworker(anna, worker)
    assert (stored.name, stored.version) == ("Lone Kjærsgaard Holm", loaded.version + 1)


# --- both press Save at the same moment ----------------------------------------------------------


def _race(
    anna: Workspace, bo: Workspace, save: Callable[[Workspace, int], object], loaded: int
) -> dict[str, object]:
    """Both desks save onto `loaded` at once; the outcome per user (a version or the error)."""
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def run(ws: Workspace) -> None:
        start.wait()
        try:
            outcomes[ws.user] = save(ws, loaded)
        except Exception as exc:  # the test looks at what it was
            outcomes[ws.user] = exc

    threads = [threading.Thread(target=run, args=(desk,)) for desk in (anna, bo)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


def _one_wins(outcomes: dict[str, object]) -> str:
    winners = [user for user, outcome in outcomes.items() if isinstance(outcome, int)]
    losers = [user for user, outcome in outcomes.items() if isinstance(outcome, RecordConflict)]
    assert (len(winners), len(losers)) == (1, 1), outcomes
    return winners[0]


def test_simultaneous_status_changes_never_lose_one(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    person = applicant(anna)
    for round_number in range(6):
        loaded = register.applicant_view(anna, person).version
        pause_until = TODAY + dt.timedelta(10 + round_number)

        def save(ws: Workspace, version: int, pause_until: dt.date = pause_until) -> object:
            return register.change_status(
                ws,
                person,
                ApplicantStatus.PAUSED,
                paused_until=pause_until,
                note=ws.user,
                expected_version=version,
            )

        winner = _one_wins(_race(anna, bo, save, loaded))
        view = register.applicant_view(anna, person)
        assert view.version == loaded + 1
        assert view.events[-1].note == winner
        assert len(view.events) == round_number + 2  # one line per round: the winner's


def test_simultaneous_fact_saves_never_lose_one(two_desks: tuple[Workspace, Workspace]) -> None:
    anna, bo = two_desks
    person = applicant(anna, members=(MemberInput(MemberRelation.PARTNER, "Kim"),))
    member_id = facts.household_facts(anna, person).members[1].id
    for round_number in range(6):
        loaded = facts.household_facts(anna, person).members[1].version

        def save(ws: Workspace, version: int, round_number: int = round_number) -> object:
            label = f"{ws.user} {round_number}"
            fact = FactInput(LegalFactKind.BENEFIT, label, dt.date(2026, 1, 1))
            return facts.save_member_facts(ws, person, member_id, [fact], expected_version=version)

        winner = _one_wins(_race(anna, bo, save, loaded))
        member = facts.household_facts(anna, person).members[1]
        assert member.version == loaded + 1
        assert [f.label for f in member.facts] == [f"{winner} {round_number}"]


def test_simultaneous_caseworker_saves_never_lose_one(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    worker = caseworkers.save_caseworker(anna, None, "Lone")
    for round_number in range(6):
        loaded = caseworkers.caseworker(anna, worker).version

        def save(ws: Workspace, version: int, round_number: int = round_number) -> object:
            caseworkers.save_caseworker(
                ws, worker, f"Lone {ws.user} {round_number}", expected_version=version
            )
            return version + 1

        winner = _one_wins(_race(anna, bo, save, loaded))
        stored = caseworkers.caseworker(anna, worker)
        assert (stored.name, stored.version) == (f"Lone {winner} {round_number}", loaded + 1)


@pytest.mark.parametrize("part", ["household member", "excluded department"])
def test_a_new_part_and_a_phone_number_saved_at_once_never_lose_one(
    two_desks: tuple[Workspace, Workspace], part: str
) -> None:
    """Anna adds a household member (or an excluded department) while Bo, on the same loaded
    version, changes the phone number: round after round exactly one is saved and the other is
    refused, never both with Anna's addition silently gone."""
    anna, bo = two_desks
    person = applicant(anna, phone="20202020")
    department = make.department(anna)
    for round_number in range(10):
        view = register.applicant_view(anna, person)
        loaded = from_view(view)
        if part == "household member":
            added = MemberInput(MemberRelation.CHILD, f"Kim {round_number}")
            anna_input = replace(loaded, members=(*loaded.members, added))
        else:
            reason = f"Konflikt {round_number}"
            anna_input = replace(loaded, excluded_departments=((department, reason),))
        bo_input = replace(loaded, phone=f"3131{round_number:04d}")

        def save(
            ws: Workspace,
            version: int,
            anna_input: ApplicantInput = anna_input,
            bo_input: ApplicantInput = bo_input,
        ) -> object:
            data = anna_input if ws.user == "anna" else bo_input
            return register.update_applicant(ws, person, version, data)

        winner = _one_wins(_race(anna, bo, save, view.version))
        stored = from_view(register.applicant_view(anna, person))
        wanted = anna_input if winner == "anna" else bo_input
        assert stored.phone == wanted.phone
        assert stored.excluded_departments == wanted.excluded_departments
        assert [m.name for m in stored.members] == [m.name for m in wanted.members]
