"""Every matching rule, table-driven, with its boundaries: each case names the rules that must
exclude the applicant from the dwelling (none: eligible)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from db.enums import ApplicantStatus, Colour, DwellingType, ListKind
from db.enums import LegalFactKind as K
from desktop.core import formats
from desktop.core.matching import rules
from desktop.core.matching.model import add_months, age_on, full_calendar_months
from desktop.core.schemes.settings import Scheme, Schemes

from .factories import DAY, applicant, benefit, dwelling, fact, member

D = dt.date
UDSAT = frozenset({ListKind.DISADVANTAGED})
PARALLEL = frozenset({ListKind.PARALLEL_SOCIETY})
PREVENTION = frozenset({ListKind.PREVENTION})


def codes(ctx_changes: dict[str, Any], applicant_changes: dict[str, Any]) -> set[str]:
    ctx = dwelling(**ctx_changes)
    return {reason.code for reason in rules.exclusions(ctx, applicant(**applicant_changes))}


def case(name: str, ctx: dict[str, Any], who: dict[str, Any], *excluded: str) -> Any:
    return pytest.param(ctx, who, set(excluded), id=name)


def household(*members: Any) -> dict[str, Any]:
    return {"members": tuple(members), "household_size": max(1, len(members))}


STATE = [
    case("active applicant: eligible", {}, {}),
    case("housed", {}, {"status": ApplicantStatus.HOUSED}, "status"),
    case("removed", {}, {"status": ApplicantStatus.REMOVED}, "status"),
    case("offered status alone is no reason", {}, {"status": ApplicantStatus.OFFERED}),
    case(
        "paused until the day itself",
        {},
        {"status": ApplicantStatus.PAUSED, "paused_until": DAY},
        "paused",
    ),
    case(
        "pause ended the day before",
        {},
        {"status": ApplicantStatus.PAUSED, "paused_until": DAY - dt.timedelta(days=1)},
    ),
    case("paused without an end", {}, {"status": ApplicantStatus.PAUSED}, "paused"),
    case("an open offer elsewhere", {}, {"open_offer": True}, "open_offer"),
    case(
        "department excluded by the applicant", {}, {"excluded_here": True}, "excluded_department"
    ),
    case("declined this dwelling before", {}, {"declined_here": True}, "declined_before"),
]

COLOUR = [
    case("green: placed", {"colour": Colour.GREEN}, {}),
    case(
        "red: no one",
        {"colour": Colour.RED, "may_place": False},
        {},
        "colour",
    ),
    case(
        "no placement on the day",
        {"colour": None, "placed": False, "may_place": False},
        {},
        "colour",
    ),
    case(
        "yellow, applicant needs a strong area",
        {"colour": Colour.YELLOW, "blocks_strong_area": True},
        {"needs_strong_area": True},
        "strong_area",
    ),
    case(
        "yellow, applicant without the flag",
        {"colour": Colour.YELLOW, "blocks_strong_area": True},
        {},
    ),
    case(
        "green, applicant needs a strong area",
        {"colour": Colour.GREEN},
        {"needs_strong_area": True},
    ),
]

REFUGEES = [
    case("refugee in an udsat area", {"lists": UDSAT}, {"target_group": "refugee"},
         "refugee_disadvantaged"),
    case("refugee in a parallelsamfund", {"lists": PARALLEL}, {"target_group": "refugee"},
         "refugee_disadvantaged"),
    case("refugee in a forebyggelsesområde", {"lists": PREVENTION}, {"target_group": "refugee"}),
    case("refugee in an unlisted area", {}, {"target_group": "refugee"}),
    case("other group in an udsat area", {"lists": UDSAT}, {"target_group": "other"}),
]  # fmt: skip

SIX_MONTHS_AGO = D(2026, 5, 21)  # DAY is 2026-11-21
RELEASE = [
    case("released exactly 6 months ago: the period's last day", {"lists": UDSAT},
         household(member(fact(K.PRISON_RELEASE, SIX_MONTHS_AGO))), "legal_release"),
    case("released 6 months and a day ago", {"lists": UDSAT},
         household(member(fact(K.PRISON_RELEASE, SIX_MONTHS_AGO - dt.timedelta(days=1))))),
    case("released 6 months less a day ago", {"lists": UDSAT},
         household(member(fact(K.PRISON_RELEASE, SIX_MONTHS_AGO + dt.timedelta(days=1)))),
         "legal_release"),
    case("released today", {"lists": PREVENTION},
         household(member(fact(K.PRISON_RELEASE, DAY))), "legal_release"),
    case("released recently, unlisted department", {},
         household(member(fact(K.PRISON_RELEASE, DAY)))),
    case("a partner released recently", {"lists": UDSAT},
         household(member(), member(fact(K.PRISON_RELEASE, DAY - dt.timedelta(days=10)))),
         "legal_release"),
    case("minor (17) released after a sentence long ago", {"lists": UDSAT},
         household(member(), member(fact(K.PRISON_RELEASE, D(2025, 1, 1), label="minor"),
                                    born=D(2009, 11, 22))),
         "legal_minor_sentence"),
    case("turned 18 today, released long ago", {"lists": UDSAT},
         household(member(), member(fact(K.PRISON_RELEASE, D(2025, 1, 1), label="minor"),
                                    born=D(2008, 11, 21)))),
    case("tenancy terminated exactly 6 months ago: the period's last day", {"lists": UDSAT},
         household(member(fact(K.TENANCY_TERMINATION, SIX_MONTHS_AGO))), "legal_termination"),
    case("tenancy terminated 6 months and a day ago", {"lists": UDSAT},
         household(member(fact(K.TENANCY_TERMINATION, SIX_MONTHS_AGO - dt.timedelta(days=1))))),
    case("tenancy terminated 5 months ago", {"lists": PREVENTION},
         household(member(fact(K.TENANCY_TERMINATION, add_months(DAY, -5)))),
         "legal_termination"),
]  # fmt: skip

CITIZENSHIP = [
    case("Syrian citizen, udsat", {"lists": UDSAT},
         household(member(fact(K.CITIZENSHIP, label="SY"))), "legal_citizenship"),
    case("Syrian citizen, forebyggelse", {"lists": PREVENTION},
         household(member(fact(K.CITIZENSHIP, label="sy"))), "legal_citizenship"),
    case("Syrian student", {"lists": UDSAT},
         household(member(fact(K.CITIZENSHIP, label="SY"),
                          fact(K.STUDENT, D(2026, 9, 1), D(2027, 6, 30))))),
    case("Syrian whose studies ended", {"lists": UDSAT},
         household(member(fact(K.CITIZENSHIP, label="SY"),
                          fact(K.STUDENT, D(2025, 9, 1), D(2026, 6, 30)))),
         "legal_citizenship"),
    case("Polish citizen (EU)", {"lists": UDSAT},
         household(member(fact(K.CITIZENSHIP, label="PL")))),
    case("Norwegian citizen (EEA)", {"lists": UDSAT},
         household(member(fact(K.CITIZENSHIP, label="NO")))),
    case("Swiss citizen", {"lists": UDSAT}, household(member(fact(K.CITIZENSHIP, label="CH")))),
    case("dual Syrian and German", {"lists": UDSAT},
         household(member(fact(K.CITIZENSHIP, label="SY"), fact(K.CITIZENSHIP, label="DE")))),
    case("no citizenship recorded (Danish)", {"lists": UDSAT}, household(member())),
    case("Syrian citizen, unlisted", {}, household(member(fact(K.CITIZENSHIP, label="SY")))),
]  # fmt: skip

BENEFITS = [
    case("kontanthjælp exactly 6 calendar months", {"lists": UDSAT},
         household(member(benefit("kontanthjælp", D(2026, 5, 1)))), "legal_cash_benefit"),
    case("kontanthjælp 5 whole calendar months", {"lists": UDSAT},
         household(member(benefit("kontanthjælp", D(2026, 5, 2))))),
    case("kontanthjælp 6 months, ended last month", {"lists": UDSAT},
         household(member(benefit("Kontanthjælp", D(2026, 1, 1), D(2026, 10, 31))))),
    case("kontanthjælp 6 months in a forebyggelsesområde", {"lists": PREVENTION},
         household(member(benefit("kontanthjælp", D(2026, 1, 1))))),
    case("two periods without a gap", {"lists": UDSAT},
         household(member(benefit("kontanthjælp", D(2026, 5, 1), D(2026, 7, 31)),
                          benefit("kontanthjælp", D(2026, 8, 1)))),
         "legal_cash_benefit"),
    case("a one-day gap breaks the run", {"lists": UDSAT},
         household(member(benefit("kontanthjælp", D(2026, 5, 1), D(2026, 7, 30)),
                          benefit("kontanthjælp", D(2026, 8, 1))))),
    case("førtidspension received now", {"lists": UDSAT},
         household(member(benefit("førtidspension", D(2026, 11, 1)))), "legal_early_pension"),
    case("førtidspension ended", {"lists": UDSAT},
         household(member(benefit("førtidspension", D(2020, 1, 1), D(2026, 10, 1))))),
    case("førtidspension in a forebyggelsesområde", {"lists": PREVENTION},
         household(member(benefit("førtidspension", D(2020, 1, 1))))),
    case("sygedagpenge then dagpenge, 6 months together", {"lists": UDSAT},
         household(member(benefit("sygedagpenge", D(2026, 5, 1), D(2026, 8, 15)),
                          benefit("dagpenge", D(2026, 8, 16)))),
         "legal_insurance_benefit"),
    case("an unknown benefit name never blocks", {"lists": UDSAT},
         household(member(benefit("boligstøtte", D(2020, 1, 1))))),
    case("selvforsørgelsesydelse in a forebyggelsesområde", {"lists": PREVENTION},
         household(member(benefit("Selvforsørgelses- og hjemrejseydelse", D(2026, 5, 1)))),
         "legal_lowest_benefit"),
    case("selvforsørgelsesydelse in an udsat area counts as kontanthjælp-type", {"lists": UDSAT},
         household(member(benefit("selvforsørgelses- og hjemrejseydelse", D(2026, 5, 1)))),
         "legal_cash_benefit"),
    case("a child's benefits count too (any member)", {"lists": UDSAT},
         household(member(), member(benefit("uddannelseshjælp", D(2026, 4, 1)),
                                    born=D(2006, 1, 1))),
         "legal_cash_benefit"),
]  # fmt: skip

REFORM_DAY = D(2025, 8, 1)
REFORM = [
    case("uddannelseshjælp renamed kontanthjælp on 1 July 2025: one run",
         {"lists": UDSAT, "day": REFORM_DAY},
         household(member(benefit("uddannelseshjælp", D(2025, 1, 15), D(2025, 6, 30)),
                          benefit("kontanthjælp", D(2025, 7, 1)))),
         "legal_cash_benefit"),
    case("the new name alone is one month",
         {"lists": UDSAT, "day": REFORM_DAY},
         household(member(benefit("kontanthjælp", D(2025, 7, 1))))),
    case("overgangsydelse then kontanthjælp at the mindstesats: the lowest benefits",
         {"lists": PREVENTION, "day": D(2025, 9, 10)},
         household(member(benefit("overgangsydelse", D(2025, 3, 1), D(2025, 6, 30)),
                          benefit("Kontanthjælp (mindstesats)", D(2025, 7, 1)))),
         "legal_lowest_benefit"),
    case("the run across the reform one month short",
         {"lists": PREVENTION, "day": D(2025, 8, 31)},
         household(member(benefit("overgangsydelse", D(2025, 3, 2), D(2025, 6, 30)),
                          benefit("kontanthjælp (mindstesats)", D(2025, 7, 1))))),
]  # fmt: skip


def born_years_before(years: int, day: dt.date = DAY, plus_days: int = 0) -> dt.date:
    return add_months(day, -12 * years) + dt.timedelta(days=plus_days)


FAMILY = {"dwelling_type": DwellingType.FAMILY}
YOUTH = {"dwelling_type": DwellingType.YOUTH}
AGE = [
    case("homeless aged exactly 29 (tomorrow 30), family dwelling", FAMILY,
         {"target_group": "housing_first", "birth_date": born_years_before(30, plus_days=1)},
         "age_young"),
    case("homeless aged 29, youth dwelling", YOUTH,
         {"target_group": "housing_first", "birth_date": born_years_before(30, plus_days=1)}),
    case("homeless aged 29, department suitable for young people",
         {**FAMILY, "suitable_for_young": True},
         {"target_group": "housing_first", "birth_date": born_years_before(30, plus_days=1)}),
    case("homeless turning 30 today, family dwelling", FAMILY,
         {"target_group": "housing_first", "birth_date": born_years_before(30)}),
    case("homeless turning 30 today, youth dwelling", YOUTH,
         {"target_group": "housing_first", "birth_date": born_years_before(30)}, "age_older"),
    case("young group aged 18, family dwelling", FAMILY,
         {"target_group": "young", "birth_date": born_years_before(18)}, "age_young"),
    case("young group without a birth date, family dwelling", FAMILY,
         {"target_group": "young", "birth_date": None}, "age_young"),
    case("refugee aged 25 is not kept apart by age", FAMILY,
         {"target_group": "refugee", "birth_date": born_years_before(25)}),
    case("elderly group, youth dwelling: not a homeless group", YOUTH,
         {"target_group": "elderly", "birth_date": born_years_before(70)}),
]  # fmt: skip

LIMIT = {"monthly_total": Decimal("4250.00")}
DWELLING = [
    case("rent exactly at the limit", LIMIT, {"max_rent": Decimal("4250.00")}),
    case("rent one øre above the limit", LIMIT, {"max_rent": Decimal("4249.99")}, "rent"),
    case("no limit recorded", LIMIT, {"max_rent": None}),
    case("rooms exactly the minimum", {"rooms": 2.0}, {"rooms_min": 2.0}),
    case("too few rooms", {"rooms": 2.0}, {"rooms_min": 3.0}, "size_wish"),
    case("too many rooms for the wish", {"rooms": 3.0}, {"rooms_max": 2.0, "household_size": 2},
         "size_wish"),
    case("four persons in two rooms (the norm's maximum)", {"rooms": 2.0},
         {"household_size": 4}),
    case("five persons in two rooms", {"rooms": 2.0}, {"household_size": 5}, "size_norm"),
    case("one person in two rooms (one room more)", {"rooms": 2.0}, {"household_size": 1}),
    case("one person in three rooms", {"rooms": 3.0}, {"household_size": 1}, "size_norm"),
    case("rooms unknown: no size rule", {"rooms": None}, {"household_size": 9}),
    case("wheelchair user, accessible dwelling", {"wheelchair_accessible": True},
         {"needs_wheelchair": True}),
    case("wheelchair user, not stated accessible", {"wheelchair_accessible": None},
         {"needs_wheelchair": True}, "need_wheelchair"),
    case("step-free need, step-free dwelling", {"step_free": True}, {"needs_step_free": True}),
    case("step-free need, wheelchair-accessible dwelling", {"wheelchair_accessible": True},
         {"needs_step_free": True}),
    case("step-free need, stairs", {"step_free": False}, {"needs_step_free": True},
         "need_step_free"),
    case("ground floor need, 'st'", {"floor": "st"}, {"needs_ground_floor": True}),
    case("ground floor need, a house", {"floor": None}, {"needs_ground_floor": True}),
    case("ground floor need, first floor", {"floor": "1"}, {"needs_ground_floor": True},
         "need_ground_floor"),
    case("ground floor need, basement", {"floor": "kl"}, {"needs_ground_floor": True},
         "need_ground_floor"),
    case("pets allowed", {"pets_allowed": True}, {"has_pets": True}),
    case("pets not allowed", {"pets_allowed": False}, {"has_pets": True}, "pets"),
    case("pets not stated", {"pets_allowed": None}, {"has_pets": True}, "pets"),
    case("no pets, pets not allowed", {"pets_allowed": False}, {"has_pets": False}),
]  # fmt: skip


# The housing schemes' extra rules, one scheme per rule so each is seen alone.
TEST_SCHEMES = Schemes(
    (
        Scheme("band", "Startboliger", age_from=18, age_to=25),
        Scheme("old", "Ældreboliger", age_from=65),
        Scheme("groups", "Flygtningeboliger", target_groups=("refugee", "young")),
        Scheme("support", "Skæve boliger", support_measures=("bostøtte", "Efterværn")),
        Scheme("dispensation", "Ungdomsboliger", dispensation=True),
    )
)


def in_scheme(key: str) -> dict[str, Any]:
    return {"scheme_key": key, "schemes": TEST_SCHEMES}


BAND, OLD = in_scheme("band"), in_scheme("old")
SUPPORT, DISPENSATION = in_scheme("support"), in_scheme("dispensation")
YESTERDAY, TOMORROW = DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1)
SCHEMES = [
    case("ordinary scheme: nothing more asked", in_scheme("ordinary"),
         {"birth_date": None, "target_group": "elderly"}),
    case("a scheme no longer in force: nothing more asked", in_scheme("closed"),
         {"birth_date": None}),
    case("18 today: in the band", BAND, {"birth_date": born_years_before(18)}),
    case("18 tomorrow: below the band", BAND, {"birth_date": born_years_before(18, plus_days=1)},
         "scheme_age"),
    case("25 until tomorrow: in the band", BAND,
         {"birth_date": born_years_before(26, plus_days=1)}),
    case("26 today: above the band", BAND, {"birth_date": born_years_before(26)}, "scheme_age"),
    case("no birth date: the band cannot be met", BAND, {"birth_date": None}, "scheme_age"),
    case("65 today: from 65", OLD, {"birth_date": born_years_before(65)}),
    case("64: below a band without an upper end", OLD,
         {"birth_date": born_years_before(65, plus_days=1)}, "scheme_age"),
    case("a target group the scheme serves", in_scheme("groups"), {"target_group": "refugee"}),
    case("a target group it does not serve", in_scheme("groups"), {"target_group": "other"},
         "scheme_target_group"),
    case("support in place (another case of the letters)", SUPPORT,
         household(member(fact(K.SUPPORT, YESTERDAY, None, " Bostøtte")))),
    case("support from today", SUPPORT, household(member(fact(K.SUPPORT, DAY, None, "bostøtte")))),
    case("support until today", SUPPORT,
         household(member(fact(K.SUPPORT, D(2026, 1, 1), DAY, "efterværn")))),
    case("support ended yesterday", SUPPORT,
         household(member(fact(K.SUPPORT, D(2026, 1, 1), YESTERDAY, "bostøtte"))),
         "scheme_support"),
    case("support from tomorrow", SUPPORT,
         household(member(fact(K.SUPPORT, TOMORROW, None, "bostøtte"))), "scheme_support"),
    case("another support measure than the scheme's", SUPPORT,
         household(member(fact(K.SUPPORT, YESTERDAY, None, "CTI"))), "scheme_support"),
    case("support for another member of the household", SUPPORT,
         household(member(), member(fact(K.SUPPORT, YESTERDAY, None, "bostøtte")))),
    case("no fact at all: no support", SUPPORT, {}, "scheme_support"),
    case("a dispensation in force", DISPENSATION,
         household(member(fact(K.DISPENSATION, YESTERDAY, TOMORROW, "studiekrav")))),
    case("a dispensation that ran out yesterday", DISPENSATION,
         household(member(fact(K.DISPENSATION, D(2026, 1, 1), YESTERDAY, "studiekrav"))),
         "scheme_dispensation"),
    case("a student has no dispensation", DISPENSATION,
         household(member(fact(K.STUDENT, YESTERDAY))), "scheme_dispensation"),
]  # fmt: skip

ALL_CASES = (
    STATE + COLOUR + REFUGEES + RELEASE + CITIZENSHIP + BENEFITS + REFORM + AGE + SCHEMES + DWELLING
)


@pytest.mark.parametrize(("ctx", "who", "expected"), ALL_CASES)
def test_rule(ctx: dict[str, Any], who: dict[str, Any], expected: set[str]) -> None:
    assert codes(ctx, who) == expected


@pytest.mark.parametrize(("ctx", "who", "expected"), ALL_CASES)
def test_a_rule_s_verdict_alone_agrees_with_its_sentence(
    ctx: dict[str, Any], who: dict[str, Any], expected: set[str]
) -> None:
    """Counting and replaying ask only the verdict (no sentence built): it must exclude exactly
    whom the sentence would, in every case of the table."""
    context, person = dwelling(**ctx), applicant(**who)
    for rule in rules.RULES:
        if rule.excludes is not None:
            assert rule.excludes(context, person) == (rule.check(context, person) is not None), (
                rule.code
            )
    assert rules.is_eligible(context, person, rules.applicable(context)) == (not expected)


def test_every_rule_has_a_case_that_excludes_and_an_explanation() -> None:
    covered = set().union(*(c.values[2] for c in ALL_CASES))
    assert covered == {rule.code for rule in rules.RULES}


def test_several_rules_exclude_at_once_each_with_its_own_sentence() -> None:
    ctx = dwelling(lists=UDSAT, monthly_total=Decimal(6000), pets_allowed=False)
    who = applicant(
        target_group="refugee",
        max_rent=Decimal(4000),
        has_pets=True,
        **household(member(fact(K.CITIZENSHIP, label="SY"))),
    )
    reasons = rules.exclusions(ctx, who)
    assert [r.code for r in reasons] == [
        "refugee_disadvantaged",
        "legal_citizenship",
        "rent",
        "pets",
    ]
    texts = {r.code: r.text for r in reasons}
    assert "integrationsloven § 12" in texts["refugee_disadvantaged"]
    assert "ABL § 59, stk. 6, nr. 4" in texts["legal_citizenship"]
    assert "SY" in texts["legal_citizenship"]
    assert "6,000.00" in texts["rent"] or "6.000,00" in texts["rent"]


def test_the_legal_explanation_names_the_provision_of_the_list() -> None:
    who = applicant(**household(member(fact(K.PRISON_RELEASE, DAY))))
    (udsat,) = rules.exclusions(dwelling(lists=UDSAT), who)
    (prevention,) = rules.exclusions(dwelling(lists=PREVENTION), who)
    assert "stk. 6, nr. 1" in udsat.text
    assert "stk. 7" in prevention.text


def test_the_benefit_explanation_counts_the_months_and_the_start() -> None:
    who = applicant(**household(member(benefit("kontanthjælp", D(2026, 3, 10)))))
    (reason,) = rules.exclusions(dwelling(lists=UDSAT), who)
    assert "7 consecutive calendar months" in reason.text
    assert "at least 6" in reason.text


def test_benefit_periods_are_counted_in_whole_calendar_months() -> None:
    assert full_calendar_months(D(2026, 5, 1), D(2026, 10, 31)) == 6
    assert full_calendar_months(D(2026, 5, 2), D(2026, 10, 31)) == 5
    assert full_calendar_months(D(2026, 5, 1), D(2026, 10, 30)) == 5
    assert full_calendar_months(D(2026, 5, 1), D(2026, 5, 31)) == 1
    assert full_calendar_months(D(2026, 5, 2), D(2026, 5, 31)) == 0
    assert full_calendar_months(D(2024, 2, 1), D(2024, 2, 29)) == 1  # leap year
    assert full_calendar_months(D(2026, 12, 1), D(2027, 1, 31)) == 2  # over new year
    assert full_calendar_months(D(2026, 5, 1), D(2026, 4, 30)) == 0


def test_ages_and_months_on_the_boundaries() -> None:
    assert age_on(D(1996, 11, 21), DAY) == 30
    assert age_on(D(1996, 11, 22), DAY) == 29
    assert age_on(D(2008, 2, 29), D(2026, 2, 28)) == 17
    assert age_on(None, DAY) is None
    assert add_months(D(2026, 8, 31), -6) == D(2026, 2, 28)
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 21), -12) == D(2025, 11, 21)


def test_a_decision_day_decides_the_legal_periods() -> None:
    who = applicant(**household(member(fact(K.PRISON_RELEASE, D(2026, 5, 22)))))
    assert codes({"lists": UDSAT, "day": D(2026, 11, 22)}, who._asdict()) == {"legal_release"}
    assert codes({"lists": UDSAT, "day": D(2026, 11, 23)}, who._asdict()) == set()


# ABL § 59 stk. 6 nr. 1 and 3, "inden for de seneste 6 måneder", counted as in retsplejeloven
# § 148: from 7 June the period ends on 7 December; at a month's end, on the shorter month's last.
SIX_MONTH_BOUNDARY = [
    (D(2026, 6, 7), D(2026, 12, 6), True),
    (D(2026, 6, 7), D(2026, 12, 7), True),
    (D(2026, 6, 7), D(2026, 12, 8), False),
    (D(2026, 8, 31), D(2027, 2, 27), True),
    (D(2026, 8, 31), D(2027, 2, 28), True),
    (D(2026, 8, 31), D(2027, 3, 1), False),
    (D(2023, 8, 31), D(2024, 2, 29), True),  # leap year: February's last day is the 29th
    (D(2023, 8, 31), D(2024, 3, 1), False),
]


@pytest.mark.parametrize(
    ("kind", "code"),
    [(K.PRISON_RELEASE, "legal_release"), (K.TENANCY_TERMINATION, "legal_termination")],
    ids=["release", "termination"],
)
@pytest.mark.parametrize(
    ("event", "day", "blocked"),
    SIX_MONTH_BOUNDARY,
    ids=[f"{event}-on-{day}" for event, day, _ in SIX_MONTH_BOUNDARY],
)
@pytest.mark.parametrize("lists", [UDSAT, PREVENTION], ids=["udsat", "forebyggelse"])
def test_the_six_months_end_on_the_same_date_number(
    kind: K, code: str, event: dt.date, day: dt.date, blocked: bool, lists: frozenset[ListKind]
) -> None:
    who = applicant(**household(member(fact(kind, event))))
    assert codes({"lists": lists, "day": day}, who._asdict()) == ({code} if blocked else set())


def test_applicable_rules_leave_out_what_cannot_exclude_anyone_here() -> None:
    plain = {r.code for r in rules.applicable(dwelling(pets_allowed=True, floor="st"))}
    assert "pets" not in plain
    assert "need_ground_floor" not in plain
    assert not any(code.startswith("legal_") for code in plain)
    listed = {r.code for r in rules.applicable(dwelling(lists=UDSAT))}
    assert {"legal_release", "legal_cash_benefit", "refugee_disadvantaged"} <= listed
    python_only = {r.code for r in rules.applicable(dwelling(lists=UDSAT), python_only=True)}
    assert python_only == {
        "legal_release",
        "legal_minor_sentence",
        "legal_termination",
        "legal_citizenship",
        "legal_cash_benefit",
        "legal_early_pension",
        "legal_insurance_benefit",
        "size_norm",
    }


def test_each_scheme_rule_explains_itself_with_the_scheme_and_its_terms() -> None:
    young = applicant(birth_date=born_years_before(26), target_group="other")
    aalborg = {"scheme_key": "starter"}  # Aalborg's startboliger: young, 18-25, support
    texts = {r.code: r.text for r in rules.exclusions(dwelling(**aalborg), young)}
    assert set(texts) == {"scheme_target_group", "scheme_age", "scheme_support"}
    assert texts["scheme_target_group"] == (
        "The dwelling belongs to Startboliger, which serves other target groups (Ung (18–29))."
    )
    day = formats.date(DAY)
    assert texts["scheme_age"] == (
        f"The applicant is 26 years old on {day}; Startboliger has the age limit 18-25 years."
    )
    assert texts["scheme_support"] == (
        "Startboliger requires a support measure in place (bostøtte, efterværn); no one in the "
        f"household has one on {day}."
    )
    (dispensation,) = rules.exclusions(dwelling(**DISPENSATION), applicant())
    assert dispensation.text.startswith("Ungdomsboliger requires a dispensation")


def test_a_scheme_decides_which_rules_apply_to_its_dwellings() -> None:
    plain = {r.code for r in rules.applicable(dwelling())}
    assert not any(code.startswith("scheme_") for code in plain)
    assert not dwelling().needs_members
    assert dwelling(**SUPPORT).needs_members
    assert dwelling(**DISPENSATION).needs_members
    assert not dwelling(**BAND).needs_members
    starter = {r.code for r in rules.applicable(dwelling(scheme_key="starter"))}
    assert {"scheme_target_group", "scheme_age", "scheme_support"} <= starter
    assert "scheme_dispensation" not in starter


def test_the_verdict_key_tells_apart_ages_on_either_side_of_a_band_edge() -> None:
    ctx = dwelling(**BAND)
    inside = applicant(birth_date=born_years_before(25))
    also_inside = applicant(birth_date=born_years_before(20))
    above = applicant(birth_date=born_years_before(26))
    assert rules.verdict_key(ctx, inside) == rules.verdict_key(ctx, also_inside)
    assert rules.verdict_key(ctx, inside) != rules.verdict_key(ctx, above)
