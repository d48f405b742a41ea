"""The thresholds that turn monitoring figures into a proposed list status and colour.

The national criteria (almenboligloven § 61 a) and the local colour model are settings, dated
like the colour policy. Every test of a figure keeps three outcomes: met, not met, or unknown
(a figure is missing); a verdict is given only when the known figures decide it, never by
guessing the missing one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from db.enums import Colour, ListKind
from desktop.core import settings
from desktop.core.settings import Spec

Comparison = Literal[">", ">=", "<"]


@dataclass(frozen=True)
class Criteria:
    """Four socio-economic criteria of which `required` must be met."""

    outside_work_above: float  # % of 18-64-year-olds outside work or education, strictly above
    convictions_at_least: float  # convictions relative to the national average, at or above
    basic_school_above: float  # % of 30-59-year-olds with basic school only, strictly above
    income_below: float  # income as % of the regional average, strictly below
    required: int = 2

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Criteria:
        return cls(
            float(data["outside_work_above"]),
            float(data["convictions_at_least"]),
            float(data["basic_school_above"]),
            float(data["income_below"]),
            int(data.get("required", 2)),
        )


def _red_lists() -> tuple[ListKind, ...]:
    return (ListKind.DISADVANTAGED, ListKind.PARALLEL_SOCIETY, ListKind.TRANSFORMATION)


@dataclass(frozen=True)
class ListThresholds:
    min_residents: int = 1000  # at least this many residents for any list
    disadvantaged: Criteria = Criteria(40.0, 3.0, 60.0, 55.0)
    parallel_non_western_above: float = 50.0  # udsat and more non-Western than this
    transformation_years: int = 5  # parallelsamfund this many years in a row
    prevention: Criteria = Criteria(30.0, 2.0, 60.0, 65.0)
    prevention_non_western_above: float = 30.0
    # The local colour model: red or yellow from the figures whatever the size of the area, ...
    red: Criteria = Criteria(40.0, 3.0, 60.0, 55.0)
    yellow: Criteria = Criteria(30.0, 2.0, 60.0, 65.0)
    # ... and at least this colour while the department is on one of these lists.
    red_lists: tuple[ListKind, ...] = field(default_factory=_red_lists)
    yellow_lists: tuple[ListKind, ...] = (ListKind.PREVENTION,)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ListThresholds:
        default = cls()
        return replace(
            default,
            min_residents=int(data.get("min_residents", default.min_residents)),
            disadvantaged=Criteria.from_json(data["disadvantaged"])
            if "disadvantaged" in data
            else default.disadvantaged,
            parallel_non_western_above=float(
                data.get("parallel_non_western_above", default.parallel_non_western_above)
            ),
            transformation_years=int(
                data.get("transformation_years", default.transformation_years)
            ),
            prevention=Criteria.from_json(data["prevention"])
            if "prevention" in data
            else default.prevention,
            prevention_non_western_above=float(
                data.get("prevention_non_western_above", default.prevention_non_western_above)
            ),
            red=Criteria.from_json(data["red"]) if "red" in data else default.red,
            yellow=Criteria.from_json(data["yellow"]) if "yellow" in data else default.yellow,
            red_lists=tuple(ListKind(v) for v in data.get("red_lists", default.red_lists)),
            yellow_lists=tuple(ListKind(v) for v in data.get("yellow_lists", default.yellow_lists)),
        )


LIST_THRESHOLDS: Spec[ListThresholds] = settings.declare(
    Spec(
        "list_thresholds",
        ListThresholds(),
        ListThresholds.from_json,
        settings.to_json,
        "Thresholds for proposed list status and colour",
        "colours",
    )
)


# --- three-valued tests -------------------------------------------------------------------------

Tri = bool | None  # None: unknown, a figure is missing


def tri_and(*values: Tri) -> Tri:
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


def compare(value: float | None, comparison: Comparison, threshold: float) -> Tri:
    if value is None:
        return None
    if comparison == ">":
        return value > threshold
    if comparison == ">=":
        return value >= threshold
    return value < threshold


@dataclass(frozen=True)
class Figures:
    """One department's monitoring figures for a year (percentages as 23.4)."""

    residents: int | None
    pct_outside_work: float | None
    conviction_ratio: float | None
    pct_basic_school: float | None
    income_pct: float | None
    pct_non_western: float | None

    def missing(self) -> tuple[str, ...]:
        return tuple(name for name in FIGURE_NAMES if getattr(self, name) is None)


FIGURE_NAMES = (
    "residents",
    "pct_outside_work",
    "conviction_ratio",
    "pct_basic_school",
    "income_pct",
    "pct_non_western",
)


@dataclass(frozen=True)
class Test:
    """One figure against one threshold."""

    figure: str  # a name of FIGURE_NAMES
    value: float | None
    comparison: Comparison
    threshold: float
    met: Tri


@dataclass(frozen=True)
class CriteriaResult:
    tests: tuple[Test, ...]
    required: int

    @property
    def met_count(self) -> int:
        return sum(1 for t in self.tests if t.met is True)

    @property
    def unknown_count(self) -> int:
        return sum(1 for t in self.tests if t.met is None)

    @property
    def outcome(self) -> Tri:
        if self.met_count >= self.required:
            return True
        if self.met_count + self.unknown_count < self.required:
            return False
        return None

    @property
    def met(self) -> tuple[Test, ...]:
        return tuple(t for t in self.tests if t.met is True)


def _test(figures: Figures, figure: str, comparison: Comparison, threshold: float) -> Test:
    value = getattr(figures, figure)
    return Test(figure, value, comparison, threshold, compare(value, comparison, threshold))


def check(figures: Figures, criteria: Criteria) -> CriteriaResult:
    return CriteriaResult(
        (
            _test(figures, "pct_outside_work", ">", criteria.outside_work_above),
            _test(figures, "conviction_ratio", ">=", criteria.convictions_at_least),
            _test(figures, "pct_basic_school", ">", criteria.basic_school_above),
            _test(figures, "income_pct", "<", criteria.income_below),
        ),
        criteria.required,
    )


# --- the assessment -------------------------------------------------------------------------------

LIST_ORDER = (
    ListKind.TRANSFORMATION,
    ListKind.PARALLEL_SOCIETY,
    ListKind.DISADVANTAGED,
    ListKind.PREVENTION,
)
SEVERITY = {Colour.GREEN: 0, Colour.YELLOW: 1, Colour.RED: 2}


@dataclass(frozen=True)
class Assessment:
    """What the figures imply, with every test that decided it."""

    figures: Figures
    size: Test
    disadvantaged: CriteriaResult
    non_western_parallel: Test
    prevention: CriteriaResult
    non_western_prevention: Test
    red: CriteriaResult
    yellow: CriteriaResult
    parallel_years_before: int  # consecutive earlier years that were parallelsamfund
    transformation_years: int
    lists_in_force: frozenset[ListKind]
    red_lists: tuple[ListKind, ...]
    yellow_lists: tuple[ListKind, ...]

    # --- list status ---
    def list_outcomes(self) -> dict[ListKind, Tri]:
        udsat = tri_and(self.size.met, self.disadvantaged.outcome)
        parallel = tri_and(udsat, self.non_western_parallel.met)
        transformation = tri_and(
            parallel, self.parallel_years_before >= self.transformation_years - 1
        )
        # An area that is udsat is not also a forebyggelsesområde: LIST_ORDER puts udsat first.
        prevention = tri_and(
            self.size.met,
            self.non_western_prevention.met,
            self.prevention.outcome,
        )
        return {
            ListKind.TRANSFORMATION: transformation,
            ListKind.PARALLEL_SOCIETY: parallel,
            ListKind.DISADVANTAGED: udsat,
            ListKind.PREVENTION: prevention,
        }

    @property
    def list_decided(self) -> bool:
        """False when a missing figure leaves the list status open."""
        for kind in LIST_ORDER:
            outcome = self.list_outcomes()[kind]
            if outcome is None:
                return False
            if outcome:
                return True
        return True

    @property
    def proposed_list(self) -> ListKind | None:
        """The list the figures imply (None: no list, or undecided - see `list_decided`)."""
        if not self.list_decided:
            return None
        outcomes = self.list_outcomes()
        return next((kind for kind in LIST_ORDER if outcomes[kind]), None)

    # --- colour ---
    @property
    def figures_colour(self) -> Colour | None:
        red = self.red.outcome
        if red:
            return Colour.RED
        if red is None:
            return None
        yellow = self.yellow.outcome
        if yellow is None:
            return None
        return Colour.YELLOW if yellow else Colour.GREEN

    @property
    def lists_colour(self) -> Colour:
        if any(kind in self.red_lists for kind in self.lists_in_force):
            return Colour.RED
        if any(kind in self.yellow_lists for kind in self.lists_in_force):
            return Colour.YELLOW
        return Colour.GREEN

    @property
    def proposed_colour(self) -> Colour | None:
        """The worse of what the figures and the lists in force imply; None when a missing
        figure could change it."""
        by_lists = self.lists_colour
        by_figures = self.figures_colour
        if by_figures is None:
            return Colour.RED if by_lists is Colour.RED else None
        return max(by_figures, by_lists, key=SEVERITY.__getitem__)


def assess(
    figures: Figures,
    thresholds: ListThresholds,
    *,
    lists_in_force: frozenset[ListKind] = frozenset(),
    parallel_years_before: int = 0,
) -> Assessment:
    return Assessment(
        figures=figures,
        size=_test(figures, "residents", ">=", thresholds.min_residents),
        disadvantaged=check(figures, thresholds.disadvantaged),
        non_western_parallel=_test(
            figures, "pct_non_western", ">", thresholds.parallel_non_western_above
        ),
        prevention=check(figures, thresholds.prevention),
        non_western_prevention=_test(
            figures, "pct_non_western", ">", thresholds.prevention_non_western_above
        ),
        red=check(figures, thresholds.red),
        yellow=check(figures, thresholds.yellow),
        parallel_years_before=parallel_years_before,
        transformation_years=thresholds.transformation_years,
        lists_in_force=lists_in_force,
        red_lists=thresholds.red_lists,
        yellow_lists=thresholds.yellow_lists,
    )


def is_parallel(figures: Figures, thresholds: ListThresholds) -> bool:
    """Whether an earlier year's figures made the department a parallelsamfund (unknown = no)."""
    return assess(figures, thresholds).list_outcomes()[ListKind.PARALLEL_SOCIETY] is True


def thresholds_on(session: Any, day: dt.date) -> ListThresholds:
    return settings.get(session, LIST_THRESHOLDS, on=day)


def consecutive_years(years: Sequence[int], before: int) -> int:
    """How many years directly before `before` are in `years` without a gap."""
    present = set(years)
    count = 0
    while before - 1 - count in present:
        count += 1
    return count
