"""Candidates for a dwelling from the database: the SQL prefilter agrees with judging everyone,
colours and lists on the decision day, the excluded tab, the reverse view and the command line."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path

import pytest

from db.enums import (
    ApplicantStatus,
    Colour,
    DwellingType,
    LegalFactKind,
    ListKind,
    MemberRelation,
    OfferStatus,
    Urgency,
)
from db.models import Applicant, Offer
from desktop.cli.main import main
from desktop.core.matching import (
    Excluded,
    ExcludedPages,
    ExcludedQuery,
    excluded_applicants,
    load,
    rank_candidates,
    run_to_end,
    suitable_vacancies,
)
from desktop.core.workspace import Workspace
from tests.conftest import TODAY
from tests.unit.matching import db_factories as make

D = dt.date
K = LegalFactKind
APPLICANT = MemberRelation.APPLICANT


def ranked_ids(ws: Workspace, vacancy_id: int) -> list[int]:
    return [c.applicant_id for c in rank_candidates(ws, vacancy_id).candidates]


def excluded_codes(ws: Workspace, vacancy_id: int) -> dict[int, set[str]]:
    return {
        e.applicant_id: {r.code for r in e.rules}
        for e in run_to_end(excluded_applicants(ws, vacancy_id))
    }


def _random_population(ws: Workspace, rng: random.Random, dept_ids: list[int], n: int) -> None:
    with ws.write() as session:
        session.add_all(_random_rows(rng, dept_ids, n))


def _random_rows(rng: random.Random, dept_ids: list[int], n: int) -> list[Applicant]:
    rows = []
    benefits = (
        "kontanthjælp",
        "uddannelseshjælp",
        "førtidspension",
        "sygedagpenge",
        "overgangsydelse",
    )
    for i in range(n):
        born = TODAY - dt.timedelta(days=rng.randint(18 * 365, 70 * 365))
        facts: list[tuple[K, str | None, D | None, D | None]] = []
        if rng.random() < 0.3:
            start = TODAY - dt.timedelta(days=rng.randint(10, 500))
            end = None if rng.random() < 0.6 else start + dt.timedelta(days=rng.randint(10, 300))
            facts.append((K.BENEFIT, rng.choice(benefits), start, end))
        if rng.random() < 0.08:
            facts.append(
                (K.PRISON_RELEASE, None, TODAY - dt.timedelta(days=rng.randint(1, 400)), None)
            )
        if rng.random() < 0.1:
            facts.append((K.CITIZENSHIP, rng.choice(("SY", "DE", "ER")), None, None))
        members = [(APPLICANT, born, facts)]
        for _ in range(rng.choice((0, 0, 1, 2, 4))):
            members.append(
                (MemberRelation.CHILD, TODAY - dt.timedelta(days=rng.randint(100, 6000)), [])
            )
        status = rng.choice(list(ApplicantStatus))
        rows.append(
            make.applicant_row(
                f"Person {i}",
                members=members,
                excluded_departments=[rng.choice(dept_ids)] if rng.random() < 0.05 else [],
                birth_date=born,
                target_group=rng.choice(("housing_first", "young", "refugee", "elderly", "other")),
                urgency=rng.choice(list(Urgency)),
                registered_on=TODAY - dt.timedelta(days=rng.randint(0, 900)),
                status=status,
                paused_until=TODAY + dt.timedelta(days=rng.randint(-5, 5))
                if status == ApplicantStatus.PAUSED
                else None,
                max_rent=Decimal(rng.choice((3000, 3650, 4000, 5000)))
                if rng.random() < 0.9
                else None,
                rooms_min=rng.choice((None, 1.0, 2.0, 3.0)),
                rooms_max=rng.choice((None, 2.0, 3.0, 4.0)),
                needs_wheelchair=rng.random() < 0.05,
                needs_step_free=rng.random() < 0.1,
                needs_ground_floor=rng.random() < 0.1,
                has_pets=rng.random() < 0.2,
                needs_strong_area=rng.random() < 0.2,
                wanted_areas=rng.sample(["9220", "9000", "Aalborg Øst"], rng.randint(0, 2)),
            )
        )
    return rows


@pytest.mark.parametrize(
    ("colour", "lists", "dwelling"),
    [
        (Colour.GREEN, (), {}),
        (Colour.YELLOW, (ListKind.DISADVANTAGED,), {"pets_allowed": False, "floor": "st"}),
        (Colour.GREEN, (ListKind.PREVENTION,), {"dwelling_type": DwellingType.YOUTH, "rooms": 1.0}),
        (Colour.GREEN, (ListKind.PARALLEL_SOCIETY,), {"wheelchair_accessible": True, "rooms": 4.0}),
    ],
    ids=["green", "yellow-udsat", "prevention-youth", "parallel-large"],
)
def test_the_prefilter_and_judging_everyone_agree(
    workspace: Workspace, colour: Colour, lists: tuple[ListKind, ...], dwelling: dict[str, object]
) -> None:
    rng = random.Random(6)
    depts = [make.department(workspace, colour=colour, lists=lists), make.department(workspace)]
    _random_population(workspace, rng, depts, 160)
    vacancy_id = make.vacancy(workspace, depts[0], rent=Decimal(3200), **dwelling)
    other = make.vacancy(workspace, depts[1])
    # some history: open offers elsewhere and refusals of this dwelling
    with workspace.write() as session:
        ids = [a.id for a in session.query(Applicant).order_by(Applicant.id)]
        session.add(Offer(vacancy_id=other, applicant_id=ids[3], status=OfferStatus.SENT))
        session.add(Offer(vacancy_id=vacancy_id, applicant_id=ids[4], status=OfferStatus.DECLINED))
        session.add(Offer(vacancy_id=vacancy_id, applicant_id=ids[5], status=OfferStatus.EXPIRED))
    ranked = set(ranked_ids(workspace, vacancy_id))
    excluded = excluded_codes(workspace, vacancy_id)
    assert ranked, "the population must leave someone eligible"
    assert excluded, "and someone excluded"
    assert ranked.isdisjoint(excluded)
    assert ranked | set(excluded) == set(ids)
    assert "declined_before" in excluded[ids[4]]
    assert "declined_before" in excluded[ids[5]]
    assert "open_offer" in excluded[ids[3]]
    if lists:
        assert any(code.startswith("legal_") for codes in excluded.values() for code in codes)


def _every_page(ws: Workspace, vacancy_id: int, query: ExcludedQuery, size: int) -> list[Excluded]:
    pages = ExcludedPages(ws, vacancy_id, query)
    found: list[Excluded] = []
    while not pages.done:
        page = run_to_end(pages.next_page(size))
        assert len(page) >= size or pages.done  # a whole page, unless it is the last
        found += page
    return found


def test_the_excluded_tabs_pages_are_the_whole_list_as_its_filters_ask(
    workspace: Workspace,
) -> None:
    rng = random.Random(8)
    depts = [
        make.department(workspace, colour=Colour.YELLOW, lists=(ListKind.DISADVANTAGED,)),
        make.department(workspace),
    ]
    _random_population(workspace, rng, depts, 120)
    zacharias = make.applicant(workspace, "Zacharias Ørnsbjerg", status=ApplicantStatus.HOUSED)
    vacancy_id = make.vacancy(workspace, depts[0], rent=Decimal(3200), pets_allowed=False)
    everyone = run_to_end(excluded_applicants(workspace, vacancy_id))
    on_list = [e for e in everyone if e.status in load.ON_LIST]
    closed = {ApplicantStatus.HOUSED, ApplicantStatus.REMOVED}
    assert on_list
    assert any(e.status in closed for e in everyone)
    # by default the applicants on the list, in number order, a page at a time
    assert _every_page(workspace, vacancy_id, ExcludedQuery(), 7) == on_list
    assert _every_page(workspace, vacancy_id, ExcludedQuery(everyone=True), 7) == everyone
    pets = [e for e in on_list if any(r.code == "pets" for r in e.rules)]
    assert pets
    assert _every_page(workspace, vacancy_id, ExcludedQuery(rule="pets"), 3) == pets
    # the search: a name (a closed case shows only with everyone), a number
    assert _every_page(workspace, vacancy_id, ExcludedQuery(text="ørnsbj"), 5) == []
    found = _every_page(workspace, vacancy_id, ExcludedQuery(everyone=True, text="ørnsbj"), 5)
    assert [e.applicant_id for e in found] == [zacharias]
    assert [r.code for r in found[0].rules] == ["status"]
    number = _every_page(workspace, vacancy_id, ExcludedQuery(text=str(on_list[2].applicant_id)), 5)
    assert on_list[2] in number


def test_a_list_dated_the_day_of_the_decision_counts_that_day(workspace: Workspace) -> None:
    dept = make.department(workspace, lists=(ListKind.DISADVANTAGED,), list_date=TODAY)
    vacancy_id = make.vacancy(workspace, dept)
    released = make.applicant(
        workspace,
        "Løsladt",
        members=[(APPLICANT, D(1980, 3, 3), [(K.PRISON_RELEASE, None, D(2026, 10, 1), None)])],
    )
    refugee = make.applicant(workspace, "Flygtning", target_group="refugee")
    plain = make.applicant(workspace, "Uden forhold")

    day_before = rank_candidates(workspace, vacancy_id, day=TODAY - dt.timedelta(days=1))
    assert {c.applicant_id for c in day_before.candidates} == {released, refugee, plain}
    assert day_before.vacancy.lists == ()

    on_the_day = rank_candidates(workspace, vacancy_id)
    assert [c.applicant_id for c in on_the_day.candidates] == [plain]
    assert on_the_day.vacancy.lists == (ListKind.DISADVANTAGED,)
    codes = excluded_codes(workspace, vacancy_id)
    assert codes[released] == {"legal_release"}
    assert codes[refugee] == {"refugee_disadvantaged"}


def test_six_months_after_a_release_or_termination_still_block_on_the_same_date(
    workspace: Workspace,
) -> None:
    """ABL § 59 stk. 6 nr. 1 and 3: released (or evicted) on 21 May 2026, the household is still
    "within the last 6 months" on 21 November and may be offered the dwelling on 22 November."""
    dept = make.department(workspace, lists=(ListKind.DISADVANTAGED,))
    vacancy_id = make.vacancy(workspace, dept)
    event = D(2026, 5, 21)
    released = make.applicant(
        workspace,
        "Løsladt",
        members=[(APPLICANT, D(1980, 3, 3), [(K.PRISON_RELEASE, None, event, None)])],
    )
    evicted = make.applicant(
        workspace,
        "Opsagt",
        members=[(APPLICANT, D(1981, 4, 4), [(K.TENANCY_TERMINATION, None, event, None)])],
    )
    plain = make.applicant(workspace, "Uden forhold")

    def offered_on(day: dt.date) -> set[int]:
        return {c.applicant_id for c in rank_candidates(workspace, vacancy_id, day=day).candidates}

    assert offered_on(D(2026, 11, 20)) == {plain}
    assert offered_on(D(2026, 11, 21)) == {plain}
    assert offered_on(D(2026, 11, 22)) == {released, evicted, plain}
    codes = excluded_codes(workspace, vacancy_id)  # on the pinned day, 21 November
    assert codes[released] == {"legal_release"}
    assert codes[evicted] == {"legal_termination"}


def test_a_red_department_blocks_everyone_with_one_reason(workspace: Workspace) -> None:
    dept = make.department(workspace, colour=Colour.RED)
    vacancy_id = make.vacancy(workspace, dept)
    a = make.applicant(workspace)
    ranking = rank_candidates(workspace, vacancy_id)
    assert not ranking.candidates
    assert ranking.blocked is not None
    assert ranking.blocked.code == "colour"
    assert excluded_codes(workspace, vacancy_id) == {a: {"colour"}}


def test_yellow_keeps_out_applicants_who_need_a_strong_area(workspace: Workspace) -> None:
    dept = make.department(workspace, colour=Colour.YELLOW)
    vacancy_id = make.vacancy(workspace, dept)
    strong = make.applicant(workspace, needs_strong_area=True)
    plain = make.applicant(workspace)
    assert ranked_ids(workspace, vacancy_id) == [plain]
    assert excluded_codes(workspace, vacancy_id) == {strong: {"strong_area"}}


def test_the_ranking_reads_the_household_and_the_birthday(workspace: Workspace) -> None:
    dept = make.department(workspace)
    two_rooms = make.vacancy(workspace, dept, rooms=2.0)
    big = make.applicant(
        workspace,
        "Stor familie",
        members=[(APPLICANT, D(1980, 1, 1), [])] + [(MemberRelation.CHILD, D(2015, 1, 1), [])] * 4,
    )
    young = make.applicant(
        workspace, "Ung", target_group="housing_first", birth_date=D(1996, 11, 22)
    )
    thirty = make.applicant(
        workspace, "Tredive", target_group="housing_first", birth_date=D(1996, 11, 21)
    )
    assert ranked_ids(workspace, two_rooms) == [thirty]
    codes = excluded_codes(workspace, two_rooms)
    assert codes == {big: {"size_norm"}, young: {"age_young"}}


def test_candidates_are_ranked_with_reasons_and_rent_loss(workspace: Workspace) -> None:
    dept = make.department(workspace)
    vacancy_id = make.vacancy(workspace, dept, rent=Decimal(3200), aconto_heating=Decimal(450))
    later = make.applicant(workspace, "Senere", registered_on=D(2026, 1, 1))
    acute = make.applicant(workspace, "Akut", urgency=Urgency.ACUTE, registered_on=D(2026, 6, 1))
    earlier = make.applicant(workspace, "Tidligere", registered_on=D(2025, 1, 1))
    ranking = rank_candidates(workspace, vacancy_id)
    assert [c.applicant_id for c in ranking.candidates] == [acute, earlier, later]
    assert ranking.reasons(0)[-1].text.startswith("Ahead of no. 2 on urgency")
    assert ranking.reasons(1)[-1].text.startswith("Ahead of no. 3 on waiting time")
    # 3,650 kr. a month = 120 kr. a day, from 2 November to 21 November = 19 days
    assert ranking.vacancy.monthly_total == Decimal("3650.00")
    assert ranking.vacancy.rent_loss == Decimal("2280.00")


def test_suitable_vacancies_for_an_applicant(workspace: Workspace) -> None:
    green = make.department(workspace)
    udsat = make.department(workspace, lists=(ListKind.DISADVANTAGED,))
    cheap = make.vacancy(workspace, green, rent=Decimal(3000))
    dear = make.vacancy(workspace, green, rent=Decimal(6000))
    listed = make.vacancy(workspace, udsat, rent=Decimal(3000))
    make.vacancy(workspace, green, status="let")  # not waiting for a tenant: not shown
    refugee = make.applicant(workspace, target_group="refugee", max_rent=Decimal(4000))
    matches = suitable_vacancies(workspace, refugee)
    assert [(m.vacancy.id, m.suitable) for m in matches] == [
        (cheap, True),
        (dear, False),
        (listed, False),
    ]
    by_id = {m.vacancy.id: m for m in matches}
    assert [r.code for r in by_id[dear].reasons] == ["rent"]
    assert [r.code for r in by_id[listed].reasons] == ["refugee_disadvantaged"]
    assert by_id[cheap].score is not None


def test_anvis_candidates_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.core.workspace import open_workspace

    db = tmp_path / "cli.sqlite"
    ws = open_workspace(db)
    try:
        dept = make.department(ws)
        vacancy_id = make.vacancy(ws, dept)
        first = make.applicant(ws, "Først", urgency=Urgency.ACUTE)
        second = make.applicant(ws, "Dernæst")
        dear = make.applicant(ws, "For dyr", max_rent=Decimal(3000), has_pets=True)
    finally:
        ws.close()
    assert main(["candidates", str(vacancy_id), "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(e["applicant_id"], e["rank"]) for e in data["ranked"]] == [(first, 1), (second, 2)]
    assert isinstance(data["ranked"][0]["score"], float)
    assert {r["code"] for r in data["ranked"][0]["reasons"]} == {
        "urgency",
        "waiting_time",
        "fit",
        "position",
    }
    assert data["excluded"] == [
        {
            "applicant_id": dear,
            "rules": [
                {"code": "rent", "text": data["excluded"][0]["rules"][0]["text"]},
            ],
        }
    ]
    assert "3,650.00" in data["excluded"][0]["rules"][0]["text"]

    assert main(["candidates", str(vacancy_id), "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "Først" in text
    assert "1 are excluded" in text

    assert main(["candidates", "999", "--db", str(db)]) == 1
    assert "There is no dwelling number 999" in capsys.readouterr().err
