"""Two workstations editing one record: a lost update is impossible on SQLite and PostgreSQL.

Each workstation is its own `Workspace` with its own engine and connections on the same database,
as two PCs of a desk would be.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy.orm.exc import StaleDataError

from db.models import Organisation
from desktop.core import locking
from desktop.core.errors import NotFound, ValidationError
from desktop.core.locking import RecordConflict
from desktop.core.workspace import Workspace, open_workspace
from desktop.core.write_conflicts import Reason, SimultaneousWrite
from tests.db.two_desks import race


@pytest.fixture
def two_desks(workspace: Workspace, migrated_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    anna = open_workspace(migrated_url, user="anna")
    bo = open_workspace(migrated_url, user="bo")
    yield anna, bo
    anna.close()
    bo.close()


def _organisation(ws: Workspace) -> tuple[int, int]:
    with ws.write() as session:
        org = Organisation(number="145", name="Himmerland")
        session.add(org)
        session.flush()
        return org.id, org.version


def _stored(ws: Workspace, org_id: int) -> tuple[str, int, str | None]:
    with ws.read() as session:
        org = session.get(Organisation, org_id)
        assert org is not None
        return org.name, org.version, org.updated_by


def test_the_second_save_of_a_stale_edit_is_refused_and_says_who(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    anna, bo = two_desks
    org_id, loaded = _organisation(anna)  # both open the same record at version `loaded`
    locking.save(anna, Organisation, org_id, loaded, {"name": "Himmerland Boligforening"})
    with pytest.raises(RecordConflict) as caught:
        locking.save(bo, Organisation, org_id, loaded, {"name": "Himmerland B.", "phone": "1"})

    conflict = caught.value
    assert conflict.changed_by == "anna"
    assert conflict.changed_at is not None
    assert "anna changed this record" in conflict.message
    assert conflict.version == loaded + 1
    assert {(d.field, d.mine, d.theirs) for d in conflict.differences} == {
        ("name", "Himmerland B.", "Himmerland Boligforening"),
        ("phone", "1", None),
    }
    assert _stored(bo, org_id) == ("Himmerland Boligforening", loaded + 1, "anna")

    # after reloading, Bo's save onto the current version goes through
    locking.save(bo, Organisation, org_id, conflict.version or 0, {"name": "Himmerland B."})
    assert _stored(anna, org_id) == ("Himmerland B.", loaded + 2, "bo")


def test_simultaneous_saves_never_lose_one(two_desks: tuple[Workspace, Workspace]) -> None:
    """Both desks press Save at the same moment, many times: exactly one wins each round, the
    other gets a conflict, and the stored value is always the winner's."""
    anna, bo = two_desks
    org_id, version = _organisation(anna)
    for round_number in range(10):
        start = threading.Barrier(2)
        outcomes: dict[str, object] = {}

        def save(
            ws: Workspace,
            name: str,
            loaded: int = version,
            start: threading.Barrier = start,
            outcomes: dict[str, object] = outcomes,
        ) -> None:
            start.wait()
            try:
                outcomes[ws.user] = locking.save(ws, Organisation, org_id, loaded, {"name": name})
            except RecordConflict as exc:
                outcomes[ws.user] = exc

        threads = [
            threading.Thread(target=save, args=(anna, f"anna {round_number}")),
            threading.Thread(target=save, args=(bo, f"bo {round_number}")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        winners = [user for user, outcome in outcomes.items() if isinstance(outcome, int)]
        losers = [user for user, outcome in outcomes.items() if isinstance(outcome, RecordConflict)]
        assert len(winners) == 1, outcomes
        assert len(losers) == 1, outcomes
        name, stored_version, by = _stored(anna, org_id)
        assert (name, by) == (f"{winners[0]} {round_number}", winners[0])
        assert stored_version == version + 1
        version = stored_version


def test_a_save_that_waits_for_another_desk_is_refused_after_it(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    """Anna saves while Bo's save of the same record is still in its transaction. On SQLite her
    write waits for Bo's (BEGIN IMMEDIATE) and then finds the new version; on PostgreSQL her
    UPDATE ... WHERE version = loaded waits for Bo's row lock and then matches no row. Either way
    she gets a conflict naming Bo, and Bo's value stays."""
    anna, bo = two_desks
    org_id, loaded = _organisation(anna)
    outcome: list[object] = []

    def anna_saves() -> None:
        try:
            outcome.append(locking.save(anna, Organisation, org_id, loaded, {"name": "Anna's"}))
        except RecordConflict as exc:
            outcome.append(exc)

    anna_thread = threading.Thread(target=anna_saves)
    with bo.write() as session:
        row = session.get(Organisation, org_id)
        assert row is not None
        row.name = "Bo's"
        session.flush()  # Bo's UPDATE holds the row (PostgreSQL) / the write lock (SQLite)
        anna_thread.start()
        anna_thread.join(0.5)
        assert anna_thread.is_alive(), "Anna's save must wait for Bo's transaction"
    anna_thread.join(30)
    (result,) = outcome
    assert isinstance(result, RecordConflict)
    assert result.changed_by == "bo"
    assert _stored(anna, org_id)[0] == "Bo's"


def test_a_deleted_record_is_not_found(workspace: Workspace) -> None:
    org_id, version = _organisation(workspace)
    with workspace.write() as session:
        session.delete(session.get(Organisation, org_id))
    with pytest.raises(NotFound, match="deleted this record"):
        locking.save(workspace, Organisation, org_id, version, {"name": "X"})


def test_a_failed_validation_saves_nothing(workspace: Workspace) -> None:
    org_id, version = _organisation(workspace)

    def refuse(session: object, row: Organisation) -> None:
        raise ValidationError("The name is too short.", {"name": "Too short."})

    with pytest.raises(ValidationError):
        locking.save(workspace, Organisation, org_id, version, {"name": "X"}, validate=refuse)
    assert _stored(workspace, org_id)[:2] == ("Himmerland", version)


def test_an_unknown_field_is_a_bug_not_a_conflict(workspace: Workspace) -> None:
    org_id, version = _organisation(workspace)
    with pytest.raises(AttributeError, match="no field colour"):
        locking.save(workspace, Organisation, org_id, version, {"colour": "green"})


def test_a_write_made_stale_meanwhile_is_a_conflict_never_a_database_error(
    two_desks: tuple[Workspace, Workspace],
) -> None:
    """Two plain write transactions change one record at the same moment (`race.at_once`). On
    SQLite they run one after the other, the second reading the first's change. On PostgreSQL
    Bo read the record before Anna committed hers, so his UPDATE ... WHERE version = loaded
    matches no row: `ws.write()` refuses it with the project's conflict (its cause the
    StaleDataError), nothing of his is saved and Anna's change stays."""
    anna, bo = two_desks
    org_id, _loaded = _organisation(anna)

    def append(ws: Workspace) -> None:
        with ws.write() as session:
            row = session.get(Organisation, org_id)
            assert row is not None
            row.notes = f"{row.notes or ''} {ws.user}".strip()

    outcomes = race.at_once(anna, (anna, append), (bo, append))
    race.no_raw_errors(outcomes)
    with anna.read() as session:
        row = session.get(Organisation, org_id)
        assert row is not None
        notes = (row.notes or "").split()
    assert sorted(notes) == sorted(outcomes.winners())  # every saved change is there
    if anna.database.is_sqlite:
        assert outcomes.winners() == ["anna", "bo"]
    else:
        assert outcomes.winners() == ["anna"]
        refusal = outcomes.bo.error
        assert isinstance(refusal, SimultaneousWrite)
        assert refusal.reason is Reason.STALE
        assert isinstance(refusal.__cause__, StaleDataError)
        assert "Nothing of yours was saved" in refusal.message
