"""The estimated wait on hand-made histories where the right answer can be worked out by hand:
the applicant's rank, an applicant nothing fits (and which rules kept the dwellings away), a
legal block that lifts, ties decided by fit; too little history; and the fast replay against a
plain one over a random desk (every rule, every applicant, every dwelling judged afresh).

The forecast's day is TODAY (21 November 2026); its window runs from 22 November 2025. A
returned dwelling reported long before keeps the window a whole year (a database with less
history has a shorter one). Dwellings reported on 1 February 2026 come 72 days into the window,
so in the replay 72 days from today, and 365 + 72 = 437 days when the window comes round again.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from db.enums import (
    ApplicantStatus,
    DwellingType,
    LegalFactKind,
    ListKind,
    MemberRelation,
    OfferStatus,
    Urgency,
    VacancyStatus,
)
from db.models import Applicant, ApplicantExcludedDepartment, Offer
from desktop.cli.main import main
from desktop.core.applicants.listing import ApplicantList, ApplicantQuery, SortKey, WaitOrder
from desktop.core.forecast import WaitRange, forecast, forecast_list, kept, replay
from desktop.core.forecast.market import IGNORED
from desktop.core.forecast.window import read_window
from desktop.core.matching import load, rules, run_to_end
from desktop.core.matching.ranking import rank
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make

REPORTED = dt.date(2026, 2, 1)
FIRST_ROUND = 72
SECOND_ROUND = 365 + 72
APPLICANT = MemberRelation.APPLICANT


def history(ws: Workspace, department: int) -> None:
    """A dwelling returned at intake long ago: the database's history starts then."""
    make.vacancy(ws, department, reported_on=dt.date(2024, 1, 2), status=VacancyStatus.RETURNED)


def dwellings(ws: Workspace, department: int, count: int, **changes: Any) -> list[int]:
    values: dict[str, Any] = {"reported_on": REPORTED, "status": VacancyStatus.LET}
    values.update(changes)
    return [make.vacancy(ws, department, **values) for _ in range(count)]


def same(days: int) -> WaitRange:
    return WaitRange(days, days, days)


def test_the_wait_follows_the_rank_and_the_window_comes_round_again(
    workspace: Workspace,
) -> None:
    """Four alike dwellings a year, each to the first in the ranking: the first four get one
    72 days from today, the fifth and sixth when the window comes round."""
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 4)
    people = {
        name: make.applicant(workspace, name, urgency=urgency, registered_on=registered)
        for name, urgency, registered in (
            ("Acute", Urgency.ACUTE, dt.date(2025, 6, 1)),
            ("High", Urgency.HIGH, dt.date(2024, 1, 1)),
            ("C", Urgency.NORMAL, dt.date(2020, 1, 1)),
            ("D", Urgency.NORMAL, dt.date(2021, 1, 1)),
            ("E", Urgency.NORMAL, dt.date(2022, 1, 1)),
            ("F", Urgency.NORMAL, dt.date(2023, 1, 1)),
        )
    }
    expected = {
        "Acute": FIRST_ROUND,
        "High": FIRST_ROUND,
        "C": FIRST_ROUND,
        "D": FIRST_ROUND,
        "E": SECOND_ROUND,
        "F": SECOND_ROUND,
    }
    for name, days in expected.items():
        found = forecast(workspace, people[name])
        assert found.wait == same(days), name
        assert (found.dwellings, found.fitting) == (4, 4)
        assert found.first_day == dt.date(2025, 11, 22)
    everyone = run_to_end(forecast_list(workspace))
    assert {name: everyone.waits[i] for name, i in people.items()} == {
        name: same(days) for name, days in expected.items()
    }
    # F becomes acute and registered before the other acute applicant: first in line; E and D
    # move back a round
    with workspace.write() as session:
        session.get_one(Applicant, people["F"]).urgency = Urgency.ACUTE
    assert forecast(workspace, people["F"]).wait == same(FIRST_ROUND)
    assert forecast(workspace, people["C"]).wait == same(FIRST_ROUND)
    assert forecast(workspace, people["D"]).wait == same(SECOND_ROUND)


def test_an_applicant_nothing_fits_is_told_which_rules_kept_the_dwellings_away(
    workspace: Workspace, migrated_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 4)  # 3,650 kr. a month, not wheelchair-accessible
    dwellings(workspace, dept, 1, wheelchair_accessible=True, rent=Decimal(3550))
    wheels = make.applicant(workspace, "Hjul", needs_wheelchair=True, max_rent=Decimal(3500))
    found = forecast(workspace, wheels)
    assert (found.dwellings, found.fitting, found.wait) == (5, 0, None)
    assert found.nothing_fitted
    assert [(e.code, e.count) for e in found.excluded_by] == [("rent", 5), ("need_wheelchair", 4)]
    assert run_to_end(forecast_list(workspace)).nothing_fits == {wheels}

    url = migrated_url
    code = main(["--db", url, "forecast", "applicant", str(wheels), "--json", "--date", str(TODAY)])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["median_days"], data["low_days"], data["high_days"]) == (None, None, None)
    assert data["excluded_by"] == [
        {"code": "rent", "text": "Rent above the limit", "count": 5},
        {"code": "need_wheelchair", "text": "Wheelchair access", "count": 4},
    ]
    assert main(["--db", url, "forecast", "applicant", str(wheels)]) == 0
    said = capsys.readouterr().out
    assert "None of the 5 dwellings reported" in said
    assert "Rent above the limit: 5 of 5 dwellings" in said


def test_the_cli_gives_the_estimate_in_days_and_refuses_an_unknown_applicant(
    workspace: Workspace, migrated_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 1)
    first = make.applicant(workspace, "First", urgency=Urgency.ACUTE)
    url = migrated_url
    assert (
        main(["--db", url, "forecast", "applicant", str(first), "--json", "--date", str(TODAY)])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert (data["median_days"], data["low_days"], data["high_days"]) == (72, 72, 72)
    assert (data["dwellings"], data["fitting"], data["more_than_days"]) == (1, 1, None)
    assert main(["--db", url, "forecast", "applicant", "9999"]) == 1


def test_a_legal_block_counts_until_the_day_it_lifts(workspace: Workspace) -> None:
    """Released on 20 May 2026: blocked from an udsat boligområde up to and including 20
    November, free on the 21st (today). Released on 21 May: blocked today, free tomorrow."""
    udsat = make.department(workspace, lists=[ListKind.DISADVANTAGED])
    history(workspace, udsat)
    dwellings(workspace, udsat, 2)

    def released(name: str, day: dt.date) -> int:
        born = dt.date(1980, 3, 3)
        facts = [(LegalFactKind.PRISON_RELEASE, None, day, None)]
        return make.applicant(workspace, name, members=[(APPLICANT, born, facts)])

    lifted = released("Lifted", dt.date(2026, 5, 20))
    blocked = released("Blocked", dt.date(2026, 5, 21))
    assert forecast(workspace, lifted).fitting == 2
    still = forecast(workspace, blocked)
    assert still.wait is None
    assert [(e.code, e.count) for e in still.excluded_by] == [("legal_release", 2)]
    tomorrow = forecast(workspace, blocked, day=TODAY + dt.timedelta(days=1))
    assert tomorrow.fitting == 2
    assert tomorrow.wait is not None


def test_paused_or_offered_applicants_are_kept_out_by_the_days_rules(workspace: Workspace) -> None:
    dept = make.department(workspace)
    history(workspace, dept)
    homes = dwellings(workspace, dept, 3)
    paused = make.applicant(
        workspace,
        "Paused",
        status=ApplicantStatus.PAUSED,
        paused_until=TODAY + dt.timedelta(days=10),
    )
    offered = make.applicant(workspace, "Offered", status=ApplicantStatus.OFFERED)
    with workspace.write() as session:
        session.add(Offer(vacancy_id=homes[0], applicant_id=offered, status=OfferStatus.SENT))
    assert [(e.code, e.count) for e in forecast(workspace, paused).excluded_by] == [("paused", 3)]
    assert [(e.code, e.count) for e in forecast(workspace, offered).excluded_by] == [
        ("open_offer", 3)
    ]
    everyone = run_to_end(forecast_list(workspace))
    assert paused not in everyone.waits
    assert offered not in everyone.waits


def test_equal_standing_is_decided_by_fit(workspace: Workspace) -> None:
    """Two applicants alike in urgency and registration day: the one who wished the dwelling's
    area ranks first on it and gets the year's one dwelling; the other waits a round."""
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 1, postcode="9220")
    day = dt.date(2024, 4, 4)
    wished = make.applicant(workspace, "Wished", registered_on=day, wanted_areas=["9220"])
    elsewhere = make.applicant(workspace, "Elsewhere", registered_on=day, wanted_areas=["9000"])
    assert forecast(workspace, wished).wait == same(FIRST_ROUND)
    assert forecast(workspace, elsewhere).wait == same(SECOND_ROUND)


def test_too_little_history_gives_no_estimate(workspace: Workspace) -> None:
    dept = make.department(workspace)
    make.vacancy(workspace, dept, reported_on=TODAY - dt.timedelta(days=10))
    found = forecast(workspace, make.applicant(workspace))
    assert found.too_little_history
    assert found.wait is None
    assert run_to_end(forecast_list(workspace)).too_little_history


def test_the_estimate_is_kept_no_longer_than_what_it_was_made_of(workspace: Workspace) -> None:
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 1)
    first = make.applicant(workspace, "First", registered_on=dt.date(2020, 1, 1))
    second = make.applicant(workspace, "Second", registered_on=dt.date(2021, 1, 1))
    run_to_end(forecast_list(workspace))
    assert forecast(workspace, second).wait == same(SECOND_ROUND)
    dwellings(workspace, dept, 1)  # a second dwelling a year: both in the first round
    assert forecast(workspace, second).wait == same(FIRST_ROUND)
    with workspace.write() as session:  # the first is housed: the second moves up
        session.get_one(Applicant, first).status = ApplicantStatus.HOUSED
    assert run_to_end(forecast_list(workspace)).waits[second] == same(FIRST_ROUND)


def test_a_later_run_looks_the_estimate_up_while_nothing_changed(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 1)
    make.applicant(workspace, "First", registered_on=dt.date(2020, 1, 1))
    second = make.applicant(workspace, "Second", registered_on=dt.date(2021, 1, 1))
    nobody = make.applicant(workspace, "Nobody", rooms_min=9.0, registered_on=dt.date(2022, 1, 1))
    run_to_end(forecast_list(workspace))
    expected = {a: forecast(workspace, a) for a in (second, nobody)}
    assert expected[second].wait == same(SECOND_ROUND)
    kept.forget()  # another run (the command line): nothing in memory

    def replayed(*_args: object) -> None:
        raise AssertionError("the queue was replayed")

    with monkeypatch.context() as patched:
        patched.setattr(replay, "wait_of", replayed)
        assert {a: forecast(workspace, a) for a in (second, nobody)} == expected
    dwellings(workspace, dept, 1)  # a change: the stored estimate no longer holds
    kept.forget()
    assert forecast(workspace, second).wait == same(FIRST_ROUND)


# --- the fast replay against a plain one ---------------------------------------------------------


def plain_waits(ws: Workspace) -> dict[int, WaitRange]:
    """The replay done the plain way: each dwelling of each replicate judged afresh against
    every applicant still waiting with every rule, ranked, and offered down the ranking until
    someone does not decline."""
    with ws.read() as session:
        window = read_window(session, TODAY)
        everyone = [a for part in load.applicants_by_id(session, None) for a in part]
        households = load.legal_facts(session, [a.id for a in everyone])
        excluded: dict[int, set[int]] = {}
        for applicant_id, department in session.execute(
            select(
                ApplicantExcludedDepartment.applicant_id, ApplicantExcludedDepartment.department_id
            )
        ):
            excluded.setdefault(applicant_id, set()).add(department)
        busy = load.with_open_offer(session)
    day_rules = [rules.BY_CODE[code] for code in rules.DAY_RULES]
    queue = [
        a._replace(members=households.get(a.id, ()))
        for a in everyone
        if a.id not in busy and rules.is_eligible(window.contexts[0], a, day_rules)
    ]

    def may_have(i: int, a: Any) -> bool:
        department = window.dwellings[i].department_id
        judged = a._replace(excluded_here=department in excluded.get(a.id, ()))
        found = rules.exclusions(window.contexts[i], judged)
        return not [x for x in found if x.code not in IGNORED]

    found: dict[int, list[int | None]] = {a.id: [] for a in queue}
    for r in range(replay.REPLICATES):
        waiting = {a.id: a for a in queue}
        got: dict[int, int] = {}
        for i, days, seed in replay.sequence(window, r):
            may = [tuple(a) for a in waiting.values() if may_have(i, a)]
            ranked = rank(window.contexts[i], may) if may else []
            for attempt, candidate in enumerate(ranked):
                if not replay.declines(seed, attempt, window.declined):
                    got[candidate.applicant_id] = days
                    del waiting[candidate.applicant_id]
                    break
            if not waiting:
                break
        for applicant_id, waits in found.items():
            waits.append(got.get(applicant_id))
    fitting = {a.id for a in queue if any(may_have(i, a) for i in range(len(window.dwellings)))}
    return {i: WaitRange.of(w) for i, w in found.items() if i in fitting}


def random_desk(ws: Workspace, seed: int) -> None:
    rng = random.Random(seed)
    departments = [
        make.department(ws),
        make.department(ws),
        make.department(ws, lists=[ListKind.DISADVANTAGED]),
        make.department(ws, lists=[ListKind.PREVENTION]),
        make.department(ws, suitable_for_young=True),
    ]
    history(ws, departments[0])
    for _ in range(18):
        make.vacancy(
            ws,
            rng.choice(departments),
            reported_on=dt.date(2025, 11, 22) + dt.timedelta(days=rng.randint(0, 364)),
            status=rng.choice([VacancyStatus.LET, VacancyStatus.GIVEN_BACK]),
            dwelling_type=rng.choice([DwellingType.FAMILY] * 4 + [DwellingType.YOUTH]),
            scheme=rng.choice(["ordinary"] * 4 + ["unconventional", "starter"]),
            rooms=float(rng.choice((1, 2, 2, 3, 4))),
            rent=Decimal(rng.randrange(2800, 5200, 100)),
            floor=rng.choice(("st", "1", "2")),
            pets_allowed=rng.random() < 0.5,
            wheelchair_accessible=rng.random() < 0.2,
            postcode=rng.choice(("9000", "9220")),
        )
    homes = [
        make.vacancy(ws, departments[0], reported_on=dt.date(2026, 3, 1), status=VacancyStatus.LET)
        for _ in range(3)
    ]
    for n, status in enumerate([OfferStatus.DECLINED, OfferStatus.EXPIRED, OfferStatus.ACCEPTED]):
        housed = make.applicant(ws, f"Housed {n}", status=ApplicantStatus.HOUSED)
        with ws.write() as session:  # a third of the window's offers accepted
            session.add(
                Offer(vacancy_id=homes[n], applicant_id=housed, status=status,
                      sent_on=dt.date(2026, 3, 5))
            )  # fmt: skip
    for n in range(24):
        born = TODAY - dt.timedelta(days=rng.randint(18 * 365, 70 * 365))
        facts: list[tuple[LegalFactKind, str | None, dt.date | None, dt.date | None]] = []
        if rng.random() < 0.3:
            facts.append((LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2025, 1, 1), None))
        if rng.random() < 0.2:
            facts.append(
                (
                    LegalFactKind.PRISON_RELEASE,
                    None,
                    TODAY - dt.timedelta(days=rng.randint(1, 300)),
                    None,
                )
            )
        if rng.random() < 0.3:
            facts.append((LegalFactKind.SUPPORT, "bostøtte", dt.date(2026, 1, 1), None))
        low = rng.choice((None, 1.0, 2.0))
        make.applicant(
            ws,
            f"Person {n}",
            birth_date=born,
            members=[(APPLICANT, born, facts)],
            target_group=rng.choice(["housing_first", "young", "other", "other", "refugee"]),
            urgency=rng.choice([Urgency.ACUTE, Urgency.HIGH, Urgency.NORMAL, Urgency.NORMAL]),
            # a few alike in standing: fit decides between them
            registered_on=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 6)),
            max_rent=rng.choice((None, Decimal(3600), Decimal(4200), Decimal(5500))),
            rooms_min=low,
            rooms_max=None if low is None else low + rng.choice((0, 1, 2)),
            has_pets=rng.random() < 0.2,
            needs_wheelchair=rng.random() < 0.1,
            needs_strong_area=rng.random() < 0.2,
            wanted_areas=rng.sample(["9000", "9220"], rng.randint(0, 1)),
            excluded_departments=rng.sample(departments, rng.randint(0, 1)),
        )


@pytest.mark.parametrize("seed", [3, 5, 8])
def test_the_fast_replay_gives_what_the_plain_one_gives(workspace: Workspace, seed: int) -> None:
    random_desk(workspace, seed)
    everyone = run_to_end(forecast_list(workspace))
    with workspace.read() as session:
        assert read_window(session, TODAY).declined == 2 / 3
    assert everyone.waits == plain_waits(workspace)
    kept.forget()
    for applicant_id, wait in everyone.waits.items():
        assert forecast(workspace, applicant_id).wait == wait
    for applicant_id in everyone.nothing_fits:
        assert forecast(workspace, applicant_id).fitting == 0


def test_the_applicant_list_sorts_by_the_estimated_wait(workspace: Workspace) -> None:
    dept = make.department(workspace)
    history(workspace, dept)
    dwellings(workspace, dept, 1)
    late = make.applicant(workspace, "Late", registered_on=dt.date(2025, 1, 1))
    early = make.applicant(workspace, "Early", registered_on=dt.date(2020, 1, 1))
    none = make.applicant(workspace, "Nothing", needs_wheelchair=True)
    paused = make.applicant(workspace, "Paused", status=ApplicantStatus.PAUSED, paused_until=TODAY)
    order = WaitOrder(run_to_end(forecast_list(workspace)).sort_keys())

    def listed(**changes: Any) -> list[int]:
        query = ApplicantQuery(sort=SortKey.FORECAST, waits=order, **changes)
        return [row.id for row in ApplicantList(workspace, query).fetch(0, 10)]

    assert listed() == [early, late, none, paused]  # nothing fitted after the longest wait
    assert listed(descending=True) == [none, late, early, paused]  # without one: last
    assert listed(text="early") == [early]
