"""The housing schemes changed and stored from a day, on SQLite and PostgreSQL: what is stored
applies from that day, the days before keep the schemes then in force, and a refusal stores
nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.core.errors import ValidationError
from desktop.core.schemes import editing
from desktop.core.schemes.settings import SCHEMES, Scheme, Schemes
from desktop.core.workspace import Workspace
from tests.conftest import TODAY

NEXT_YEAR = dt.date(2027, 1, 1)


def _with(change: dict[str, object], *extra: Scheme) -> Schemes:
    return Schemes(
        tuple(
            replace(s, **change) if s.key == "starter" else s  # type: ignore[arg-type]
            for s in SCHEMES.default.schemes
        )
        + extra
    )


def test_the_schemes_apply_from_the_day_chosen(workspace: Workspace) -> None:
    shelter = Scheme("shelter_exit", "Udslusning fra herberg", target_groups=("housing_first",))
    stored = editing.save(workspace, _with({"lease_months": 36}, shelter), NEXT_YEAR)
    assert stored.by_key("shelter_exit") == shelter
    before = editing.load(workspace, NEXT_YEAR - dt.timedelta(days=1))
    assert before.scheme_of("starter").lease_months == 24  # the defaults until then
    assert before.by_key("shelter_exit") is None
    after = editing.load(workspace, NEXT_YEAR)
    assert after.scheme_of("starter").lease_months == 36
    assert [s.key for s in after.schemes][-1] == "shelter_exit"
    assert editing.load(workspace).scheme_of("starter").lease_months == 24  # today


def test_a_refused_set_stores_nothing_and_names_each_scheme_at_fault(
    workspace: Workspace,
) -> None:
    wrong = _with({"age_from": 30, "age_to": 25}, Scheme("Bad key", "Forkert"))
    with pytest.raises(ValidationError) as refused:
        editing.save(workspace, wrong, TODAY)
    assert set(refused.value.fields) == {"starter.age_to", "Bad key.key"}
    assert "Startboliger: The age band ends before it begins." in refused.value.message
    assert editing.load(workspace) == SCHEMES.default


def test_a_scheme_removed_leaves_its_dwellings_asking_what_the_ordinary_asks(
    workspace: Workspace,
) -> None:
    without = Schemes(tuple(s for s in SCHEMES.default.schemes if s.key != "starter"))
    editing.save(workspace, without, TODAY)
    schemes = editing.load(workspace)
    assert schemes.by_key("starter") is None
    kept = schemes.scheme_of("starter")
    assert (kept.key, kept.age_from, kept.lease_months) == ("starter", None, None)


def test_the_ordinary_scheme_cannot_be_removed(workspace: Workspace) -> None:
    only = Schemes((SCHEMES.default.scheme_of("refugee"),))
    stored = editing.save(workspace, only, TODAY)
    assert [s.key for s in stored.schemes] == ["ordinary", "refugee"]
