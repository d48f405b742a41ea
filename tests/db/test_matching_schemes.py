"""The housing schemes' extra rules from the database, on SQLite and PostgreSQL: the age band on the
day of the offer, the support measure in place, the dispensation and the target groups; the
ranking, the excluded tab and both ways of counting agree."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from db.enums import DwellingType, LegalFactKind, MemberRelation
from db.models import Applicant
from desktop.core import settings
from desktop.core.matching import counts, excluded_applicants, rank_candidates, run_to_end
from desktop.core.matching.model import add_months
from desktop.core.schemes.settings import SCHEMES, Schemes
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make

K = LegalFactKind
APPLICANT = MemberRelation.APPLICANT
YESTERDAY = TODAY - dt.timedelta(days=1)
YOUTH = DwellingType.YOUTH


def born(years: int, plus_days: int = 0) -> dt.date:
    """The birth date of someone who turns `years` on TODAY (`plus_days` later: not yet)."""
    return add_months(TODAY, -12 * years) + dt.timedelta(days=plus_days)


def person(ws: Workspace, name: str, birth: dt.date | None, group: str, *facts: object) -> int:
    return make.applicant(
        ws,
        name,
        birth_date=birth,
        target_group=group,
        members=[(APPLICANT, birth, list(facts))],
    )


def excluded(ws: Workspace, vacancy_id: int, day: dt.date | None = None) -> dict[str, set[str]]:
    return {
        e.name: {r.code for r in e.rules}
        for e in run_to_end(excluded_applicants(ws, vacancy_id, day=day))
    }


def ranked(ws: Workspace, vacancy_id: int, day: dt.date | None = None) -> list[str]:
    ranking = rank_candidates(ws, vacancy_id, day=day)
    names = _names(ws)
    return [names[c.applicant_id] for c in ranking.candidates]


def _names(ws: Workspace) -> dict[int, str]:
    with ws.read() as session:
        return {a.id: a.name for a in session.query(Applicant)}


def test_a_startbolig_asks_for_age_support_and_target_group_on_the_day(
    workspace: Workspace,
) -> None:
    dept = make.department(workspace)
    startbolig = make.vacancy(workspace, dept, scheme="starter", dwelling_type=YOUTH, rooms=1.0)
    support = (K.SUPPORT, "Bostøtte", dt.date(2026, 1, 1), None)
    person(workspace, "Ada 18 today", born(18), "young", support)
    person(workspace, "Bo 25 until tomorrow", born(26, plus_days=1), "young", support)
    person(workspace, "Cai 26 today", born(26), "young", support)
    person(workspace, "Dea 17 until tomorrow", born(18, plus_days=1), "young", support)
    person(workspace, "Eik without support", born(20), "young")
    person(
        workspace,
        "Fie support ended",
        born(20),
        "young",
        (K.SUPPORT, "bostøtte", dt.date(2026, 1, 1), YESTERDAY),
    )
    person(workspace, "Gry another group", born(20), "other", support)
    person(workspace, "Hal no birth date", None, "young", support)

    assert ranked(workspace, startbolig) == ["Ada 18 today", "Bo 25 until tomorrow"]
    assert excluded(workspace, startbolig) == {
        "Cai 26 today": {"scheme_age"},
        "Dea 17 until tomorrow": {"scheme_age"},
        "Eik without support": {"scheme_support"},
        "Fie support ended": {"scheme_support"},
        "Gry another group": {"scheme_target_group"},
        "Hal no birth date": {"scheme_age"},
    }
    assert counts.eligible_counts(workspace, [startbolig]) == {startbolig: 2}

    # The next day Bo has turned 26 and Dea 18.
    tomorrow = TODAY + dt.timedelta(days=1)
    assert ranked(workspace, startbolig, tomorrow) == ["Ada 18 today", "Dea 17 until tomorrow"]


def test_a_scheme_for_young_people_takes_them_in_a_family_dwelling(workspace: Workspace) -> None:
    # A startbolig or a young mother's kollegiebolig need not be a youth dwelling, and its
    # department need not be marked suitable for young people: the scheme is built for them.
    dept = make.department(workspace)
    startbolig = make.vacancy(workspace, dept, scheme="starter", rooms=2.0)
    ordinary = make.vacancy(workspace, dept, rooms=2.0)
    person(workspace, "Ada 20", born(20), "young", (K.SUPPORT, "bostøtte", None, None))

    assert ranked(workspace, startbolig) == ["Ada 20"]
    assert counts.eligible_counts(workspace, [startbolig, ordinary]) == {startbolig: 1, ordinary: 0}
    assert excluded(workspace, ordinary) == {"Ada 20": {"age_young"}}


def test_a_scheme_changed_after_the_day_does_not_apply_to_it(workspace: Workspace) -> None:
    dept = make.department(workspace)
    startbolig = make.vacancy(workspace, dept, scheme="starter", dwelling_type=YOUTH, rooms=1.0)
    person(workspace, "Cai 26 today", born(26), "young", (K.SUPPORT, "efterværn", TODAY, None))
    default = SCHEMES.default
    wider = Schemes(
        tuple(replace(s, age_to=29) if s.key == "starter" else s for s in default.schemes)
    )
    later = TODAY + dt.timedelta(days=10)
    with workspace.write() as session:
        settings.put(session, SCHEMES, wider, later)

    assert ranked(workspace, startbolig) == []
    assert ranked(workspace, startbolig, later) == ["Cai 26 today"]


def test_ungdomsboliger_ask_for_a_dispensation_in_force(workspace: Workspace) -> None:
    dept = make.department(workspace)
    bolig = make.vacancy(
        workspace, dept, scheme="youth_dispensation", dwelling_type=YOUTH, rooms=1.0
    )
    person(
        workspace,
        "Ida dispensation",
        born(22),
        "young",
        (K.DISPENSATION, "studiekrav", YESTERDAY, None),
    )
    person(workspace, "Jon student only", born(22), "young", (K.STUDENT, None, YESTERDAY, None))
    person(
        workspace,
        "Kim dispensation ran out",
        born(22),
        "housing_first",
        (K.DISPENSATION, "studiekrav", dt.date(2026, 1, 1), YESTERDAY),
    )
    assert ranked(workspace, bolig) == ["Ida dispensation"]
    assert excluded(workspace, bolig) == {
        "Jon student only": {"scheme_dispensation"},
        "Kim dispensation ran out": {"scheme_dispensation"},
    }


def _population(ws: Workspace, rng: random.Random, n: int) -> None:
    measures = ("bostøtte", "Efterværn", "CTI", None)
    groups = ("housing_first", "young", "refugee", "elderly", "other")
    rows = []
    for i in range(n):
        birth = None if rng.random() < 0.05 else born(rng.randint(16, 75), rng.randint(-2, 2))
        facts: list[tuple[K, str | None, dt.date | None, dt.date | None]] = []
        measure = rng.choice(measures)
        if measure is not None:
            start = TODAY + dt.timedelta(days=rng.randint(-400, 3))
            end = None if rng.random() < 0.6 else TODAY + dt.timedelta(days=rng.randint(-3, 90))
            facts.append((K.SUPPORT, measure, start, end))
        if rng.random() < 0.3:
            facts.append((K.DISPENSATION, "studiekrav", YESTERDAY, None))
        members = [(APPLICANT, birth, facts)]
        if rng.random() < 0.2:  # support for another member of the household
            members.append(
                (MemberRelation.PARTNER, born(30), [(K.SUPPORT, "bostøtte", None, None)])
            )
        rows.append(
            make.applicant_row(
                f"Person {i}",
                members=members,
                birth_date=birth,
                target_group=rng.choice(groups),
            )
        )
    with ws.write() as session:
        session.add_all(rows)


@pytest.mark.parametrize("few", [0, 100], ids=["read-once", "one-by-one"])
def test_the_counts_rankings_and_excluded_tab_agree_for_every_scheme(
    workspace: Workspace, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(counts, "FEW", few)
    dept = make.department(workspace, suitable_for_young=True)
    _population(workspace, random.Random(20), 240)
    dwellings = {
        key: make.vacancy(workspace, dept, scheme=key, rooms=2.0) for key in SCHEMES.default.keys
    }
    found = counts.eligible_counts(workspace, list(dwellings.values()))
    everyone = set(_names(workspace).values())
    for key, vacancy_id in dwellings.items():
        names = ranked(workspace, vacancy_id)
        assert found[vacancy_id] == len(names), key
        shut_out = excluded(workspace, vacancy_id)
        assert set(names) | set(shut_out) == everyone, key
        assert set(names).isdisjoint(shut_out), key
    assert any(found[dwellings[key]] for key in ("starter", "young_mothers", "unconventional"))
    codes = {c for v in dwellings.values() for e in excluded(workspace, v).values() for c in e}
    assert {"scheme_target_group", "scheme_age", "scheme_support", "scheme_dispensation"} <= codes
