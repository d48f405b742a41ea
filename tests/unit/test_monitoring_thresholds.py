"""What the thresholds imply: hand-computed cases and the boundaries of every criterion."""

from __future__ import annotations

import pytest

from db.enums import Colour, ListKind
from desktop.core.registry.monitoring import explain, proposed_flexible_letting
from desktop.core.registry.thresholds import (
    Criteria,
    Figures,
    ListThresholds,
    assess,
    consecutive_years,
    settings,
)

DEFAULT = ListThresholds()
NONE_LISTED: frozenset[ListKind] = frozenset()


def figures(
    residents: int | None = 1200,
    outside: float | None = 20.0,
    convictions: float | None = 1.0,
    basic: float | None = 30.0,
    income: float | None = 90.0,
    non_western: float | None = 10.0,
) -> Figures:
    return Figures(residents, outside, convictions, basic, income, non_western)


def test_sample_department_164_16_is_a_parallel_society() -> None:
    # 1,494 residents; 44.2 % > 40 (met), 2.98 < 3 (not), 60.0 is not > 60 (not),
    # 48.1 % < 55 (met): 2 of 4 -> udsat; 69.4 % non-Western > 50 -> parallelsamfund.
    result = assess(figures(1494, 44.2, 2.98, 60.0, 48.1, 69.4), DEFAULT)
    assert result.disadvantaged.met_count == 2
    assert [t.figure for t in result.disadvantaged.met] == ["pct_outside_work", "income_pct"]
    assert result.proposed_list is ListKind.PARALLEL_SOCIETY
    assert result.proposed_colour is Colour.RED


def test_sample_department_190_25_is_a_prevention_area_and_yellow() -> None:
    # 1,200 residents, 31.7 % non-Western > 30; 37.4 % > 30 and 64.4 % < 65: 2 of 4.
    # Not udsat: 37.4 is not > 40, 1.31 < 3, 47.1 not > 60, 64.4 not < 55.
    result = assess(figures(1200, 37.4, 1.31, 47.1, 64.4, 31.7), DEFAULT)
    assert result.proposed_list is ListKind.PREVENTION
    assert result.figures_colour is Colour.YELLOW
    assert result.proposed_colour is Colour.YELLOW


def test_a_department_on_a_list_stays_at_least_that_colour() -> None:
    # Sample 212/15: only the income criterion is met, so the figures say green, but it is
    # on the forebyggelsesområde list in force: yellow.
    numbers = figures(1322, 29.3, 1.28, 54.5, 61.1, 29.0)
    assert assess(numbers, DEFAULT).proposed_colour is Colour.GREEN
    listed = assess(numbers, DEFAULT, lists_in_force=frozenset({ListKind.PREVENTION}))
    assert listed.proposed_list is None
    assert listed.proposed_colour is Colour.YELLOW
    assert any("prevention area" in line for line in explain(listed))


@pytest.mark.parametrize(("outside", "met"), [(40.0, False), (40.01, True), (39.9, False)], ids=str)
def test_exactly_40_percent_outside_work_is_not_above_40(outside: float, met: bool) -> None:
    result = assess(figures(outside=outside, income=50.0), DEFAULT)  # income < 55 is met
    assert (result.proposed_list is ListKind.DISADVANTAGED) is met
    assert (result.figures_colour is Colour.RED) is met


@pytest.mark.parametrize(("residents", "listed"), [(1000, True), (999, False), (1001, True)])
def test_exactly_1000_residents_is_enough_for_the_list(residents: int, listed: bool) -> None:
    result = assess(figures(residents, 45.0, 3.5, 30.0, 90.0), DEFAULT)
    assert (result.proposed_list is ListKind.DISADVANTAGED) is listed
    # The colour model does not look at the size: red either way.
    assert result.proposed_colour is Colour.RED


@pytest.mark.parametrize(
    ("convictions", "income", "met"),
    [(3.0, 90.0, True), (2.99, 90.0, False), (1.0, 55.0, False), (1.0, 54.99, True)],
)
def test_convictions_count_at_three_times_and_income_strictly_below_55(
    convictions: float, income: float, met: bool
) -> None:
    result = assess(figures(outside=45.0, convictions=convictions, income=income), DEFAULT)
    assert (result.disadvantaged.met_count == 2) is met


def test_a_missing_figure_that_could_decide_leaves_the_proposal_open() -> None:
    # 45 % outside work is met; convictions missing; the other two not met: 1 met, 1 unknown.
    result = assess(figures(1200, 45.0, None, 30.0, 90.0), DEFAULT)
    assert result.disadvantaged.outcome is None
    assert not result.list_decided
    assert result.proposed_list is None
    assert result.figures_colour is None
    assert result.proposed_colour is None


def test_a_missing_figure_that_cannot_decide_is_not_needed() -> None:
    # Sample 212/33: 160 residents, convictions missing, nothing else near a threshold.
    result = assess(figures(160, 25.7, None, 25.7, 96.1, 11.7), DEFAULT)
    assert result.list_decided
    assert result.proposed_list is None
    assert result.proposed_colour is Colour.GREEN


def test_a_missing_figure_does_not_matter_once_two_criteria_are_met() -> None:
    # Sample 310/1231: income and non-Western share suppressed ("."), yet 42.5 % > 40 and
    # 67.9 % > 60 make it udsat and red; parallelsamfund needs the missing share: open.
    result = assess(figures(1295, 42.5, 2.37, 67.9, None, None), DEFAULT)
    assert result.proposed_colour is Colour.RED
    assert result.list_outcomes()[ListKind.DISADVANTAGED] is True
    assert not result.list_decided  # parallelsamfund or not depends on the missing share


def test_a_missing_resident_count_leaves_the_list_open_but_not_the_colour() -> None:
    result = assess(figures(None, 45.0, 3.5), DEFAULT)
    assert not result.list_decided
    assert result.proposed_colour is Colour.RED


def test_five_parallel_years_in_a_row_make_a_transformation_area() -> None:
    numbers = figures(1500, 45.0, 3.5, 30.0, 90.0, 60.0)
    assert assess(numbers, DEFAULT, parallel_years_before=3).proposed_list is (
        ListKind.PARALLEL_SOCIETY
    )
    assert assess(numbers, DEFAULT, parallel_years_before=4).proposed_list is (
        ListKind.TRANSFORMATION
    )
    assert consecutive_years([2022, 2023, 2024, 2025], 2026) == 4
    assert consecutive_years([2021, 2023, 2024, 2025], 2026) == 3
    assert consecutive_years([2024], 2026) == 0


def test_the_thresholds_are_settings_read_back_from_json() -> None:
    strict = ListThresholds(min_residents=500, red=Criteria(35.0, 2.5, 55.0, 60.0, required=1))
    again = ListThresholds.from_json(settings.to_json(strict))
    assert again == strict
    result = assess(figures(600, 36.0), again)
    assert result.proposed_colour is Colour.RED
    assert ListThresholds.from_json({}) == ListThresholds()


def test_the_explanation_names_the_deciding_figures() -> None:
    result = assess(figures(1494, 44.2, 2.98, 60.0, 48.1, 69.4), DEFAULT)
    lines = explain(result)
    assert lines[0].startswith("List status parallel society: Residents 1,494 ≥ 1,000")
    assert "Outside work or education (18-64) 44.2 % > 40.0 %" in lines[1]
    assert "Income vs. the region 48.1 % < 55.0 %" in lines[1]


def test_flexible_letting_is_kept_except_where_the_law_makes_it_mandatory() -> None:
    from db.enums import FlexibleLetting as F

    udsat = frozenset({ListKind.DISADVANTAGED})
    assert proposed_flexible_letting(F.NONE, udsat) is F.MANDATORY
    assert proposed_flexible_letting(F.AGREED, NONE_LISTED) is F.AGREED
    assert proposed_flexible_letting(F.MANDATORY, NONE_LISTED) is F.AGREED
    assert proposed_flexible_letting(None, frozenset({ListKind.PREVENTION})) is F.NONE
