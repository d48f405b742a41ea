"""The ranking: urgency, waiting time and fit in the configured order, the tie-breakers, and the
reasons that say why each candidate stands where it does."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from db.enums import DeclineSide, Urgency
from desktop.core.matching.ranking import deciding_criterion, fit_of, rank, reasons, score_of
from desktop.core.matching.settings import (
    BenefitGroups,
    BenefitKind,
    Criterion,
    Ranking,
    normalise_benefit,
)
from desktop.core.offers.settings import (
    Consequence,
    ConsequenceKind,
    DeclineReasons,
    RefusalPolicy,
    consequence_for,
)

from .factories import DAY, applicant, dwelling

D = dt.date


def test_urgency_comes_before_waiting_time_and_waiting_time_before_fit() -> None:
    ctx = dwelling(postcode="9000")
    ranked = rank(
        ctx,
        [
            applicant(id=1, urgency=Urgency.NORMAL, registered_on=D(2020, 1, 1)),
            applicant(id=2, urgency=Urgency.ACUTE, registered_on=D(2026, 11, 1)),
            applicant(id=3, urgency=Urgency.HIGH, registered_on=D(2024, 1, 1)),
            applicant(id=4, urgency=Urgency.HIGH, registered_on=D(2023, 1, 1)),
        ],
    )
    assert [c.applicant_id for c in ranked] == [2, 4, 3, 1]
    assert [c.rank for c in ranked] == [1, 2, 3, 4]
    assert ranked[1].waiting_days == (DAY - D(2023, 1, 1)).days


def test_fit_decides_between_equal_urgency_and_waiting_time() -> None:
    ctx = dwelling(postcode="9000", rooms=2.0, monthly_total=Decimal(4000))
    same = {"urgency": Urgency.HIGH, "registered_on": D(2025, 6, 1)}
    wished = applicant(id=7, wanted_areas=("9000",), rooms_min=2.0, **same)
    elsewhere = applicant(id=3, wanted_areas=("9400",), rooms_min=1.0, **same)
    ranked = rank(ctx, [elsewhere, wished])
    assert [c.applicant_id for c in ranked] == [7, 3]
    assert ranked[0].score > ranked[1].score
    assert deciding_criterion(ctx.ranking.order, ranked[0], ranked[1]) == Criterion.FIT


def test_the_tie_breaker_is_the_lower_applicant_number() -> None:
    ctx = dwelling()
    twins = [applicant(id=9), applicant(id=5)]
    ranked = rank(ctx, twins)
    assert [c.applicant_id for c in ranked] == [5, 9]
    lines = reasons(ctx, ranked, 0)
    assert lines[-1].code == "position"
    assert "tie-breaker" in lines[-1].text


def test_the_order_of_the_criteria_is_a_setting() -> None:
    fit_first = Ranking(order=(Criterion.FIT, Criterion.URGENCY, Criterion.WAITING_TIME))
    ctx = dwelling(postcode="9000", ranking=fit_first)
    urgent = applicant(id=1, urgency=Urgency.ACUTE, wanted_areas=("9400",))
    fitting = applicant(id=2, urgency=Urgency.NORMAL, wanted_areas=("9000",))
    assert [c.applicant_id for c in rank(ctx, [urgent, fitting])] == [2, 1]
    assert [c.applicant_id for c in rank(dwelling(postcode="9000"), [urgent, fitting])] == [1, 2]


def test_an_incomplete_order_gets_the_missing_criteria_appended() -> None:
    assert Ranking(order=(Criterion.FIT,)).order == (
        Criterion.FIT,
        Criterion.URGENCY,
        Criterion.WAITING_TIME,
    )
    assert Ranking.from_json({"order": ["waiting_time"]}).order[0] == Criterion.WAITING_TIME


def test_reasons_follow_the_order_and_say_what_puts_a_candidate_ahead() -> None:
    ctx = dwelling()
    ranked = rank(
        ctx,
        [
            applicant(id=1, urgency=Urgency.HIGH, registered_on=D(2025, 1, 1)),
            applicant(id=2, urgency=Urgency.HIGH, registered_on=D(2025, 6, 1)),
            applicant(id=3, urgency=Urgency.NORMAL, registered_on=D(2020, 1, 1)),
        ],
    )
    first = reasons(ctx, ranked, 0)
    assert [r.code for r in first] == ["urgency", "waiting_time", "fit", "position"]
    assert "high" in first[0].text
    assert "registered" in first[1].text
    assert "Ahead of no. 2 on waiting time" in first[3].text
    second = reasons(ctx, ranked, 1)
    assert "Ahead of no. 3 on urgency" in second[3].text
    last = reasons(ctx, ranked, 2)
    assert [r.code for r in last] == ["urgency", "waiting_time", "fit"]  # no one below


def test_the_fit_score_rewards_wished_areas_right_size_and_affordable_rent() -> None:
    ctx = dwelling(postcode="9000", city="Aalborg", rooms=2.0, monthly_total=Decimal(4000))
    best = fit_of(ctx, applicant(wanted_areas=("aalborg",), rooms_min=2.0, max_rent=Decimal(5000)))
    assert best.area_wished is True
    assert best.extra_rooms == 0
    assert best.rent_share == 0.8
    assert score_of(ctx, best) == 100.0
    worst = fit_of(ctx, applicant(wanted_areas=("9400",), rooms_min=None, max_rent=Decimal(4000)))
    # one person: one room more than needed -> half the room points; rent at the limit -> none
    assert (worst.area, worst.rooms, worst.rent) == (0.0, 15.0, 0.0)
    assert score_of(ctx, worst) == 15.0


def test_the_ranking_scores_each_candidate_as_the_fit_explains_it() -> None:
    """The ranking's fast scoring and the fit shown in the reasons are the same numbers."""
    rng = random.Random(3)
    for rooms in (None, 1.0, 2.0, 3.5):
        ctx = dwelling(postcode="9000", city="Aalborg", rooms=rooms, monthly_total=Decimal(4100))
        people = [
            applicant(
                id=i,
                wanted_areas=tuple(
                    rng.sample(["9000", " AALBORG ", "9400", "Nibe"], rng.randint(0, 2))
                ),
                rooms_min=rng.choice((None, 1.0, 2.0, 3.0, 4.0)),
                household_size=rng.randint(0, 6),
                max_rent=rng.choice(
                    (None, Decimal(0), Decimal(4000), Decimal(4100), Decimal(4600), Decimal(9000))
                ),
            )
            for i in range(1, 300)
        ]
        for candidate in rank(ctx, people):
            assert candidate.score == score_of(ctx, fit_of(ctx, candidate.applicant))


def test_benefit_groups_treat_old_and_new_names_as_one() -> None:
    groups = BenefitGroups()
    cash = groups.names_of(BenefitKind.CASH)
    assert {"uddannelseshjælp", "kontanthjælp"} <= cash
    lowest = groups.names_of(BenefitKind.LOWEST)
    assert "kontanthjælp (mindstesats)" in lowest
    assert "kontanthjælp" not in lowest  # the new name at other rates is not the lowest
    assert normalise_benefit("  Selvforsørgelses–  og HJEMREJSEYDELSE ") == (
        "selvforsørgelses- og hjemrejseydelse"
    )
    again = BenefitGroups.from_json(
        {"groups": [{"kind": "cash", "names": ["kontanthjælp"]}], "renames": []}
    )
    assert again.names_of(BenefitKind.CASH) == frozenset({"kontanthjælp"})


def test_the_consequence_of_a_refusal_follows_the_reason_side_and_good_reason() -> None:
    policy = RefusalPolicy()
    reasons_ = DeclineReasons()
    area = reasons_.by_code("area")
    economy = reasons_.by_code("economy")
    assert area is not None
    assert economy is not None
    citizen, organisation = DeclineSide.CITIZEN, DeclineSide.ORGANISATION
    assert consequence_for(policy, area, citizen, False).kind == ConsequenceKind.REMOVAL
    assert consequence_for(policy, area, citizen, True).kind == ConsequenceKind.NONE
    assert consequence_for(policy, area, organisation, False).kind == ConsequenceKind.NONE
    assert consequence_for(policy, economy, citizen, False) == Consequence(
        ConsequenceKind.PAUSE, 30
    )
    assert consequence_for(policy, None, citizen, False).kind == ConsequenceKind.REMOVAL
    strict = RefusalPolicy(good_reason_overrides=False)
    assert consequence_for(strict, area, citizen, True).kind == ConsequenceKind.REMOVAL
