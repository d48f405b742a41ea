"""What a forecast says: a median and a range of days, or the rules that kept every dwelling
of the window from the applicant, with how many dwellings each kept."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.core.forecast.replay import HORIZON_DAYS
from desktop.core.matching.rules import rule_title

# The range is the 10th to the 90th percentile of the replicates. The replicates vary only the
# dwellings that come; a real wait also varies with who joins and leaves the list, so the
# replicates' middle half held about 3 in 10 real waits in the backtests (the demo's history and
# bench/forecast.py's), their 10th to 90th percentile about half: the range says "about half of
# the real waits fell in here".
LOW, MIDDLE, HIGH = 0.1, 0.5, 0.9


@dataclass(frozen=True)
class Exclusion:
    """A rule that kept `count` of the window's dwellings from the applicant."""

    code: str
    count: int

    @property
    def text(self) -> str:
        """The rule's name (translated)."""
        return rule_title(self.code)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "count": self.count}


class WaitRange(NamedTuple):
    """Days until an offer: the median and the 10th-90th percentile of the replicates (None:
    beyond the horizon; `LOW`, `HIGH`)."""

    median: int | None
    low: int | None
    high: int | None

    @classmethod
    def of(cls, waits: Sequence[int | None]) -> WaitRange:
        """From the replicates' waits (None: not within the horizon), by nearest rank."""
        ordered = sorted(math.inf if w is None else w for w in waits)

        def at(share: float) -> int | None:
            value = ordered[max(0, math.ceil(share * len(ordered)) - 1)]
            return None if value == math.inf else int(value)

        return cls(at(MIDDLE), at(LOW), at(HIGH))

    @property
    def beyond(self) -> bool:
        """Part of the range lies beyond the horizon."""
        return self.high is None

    def sort_key(self) -> int:
        return HORIZON_DAYS + 1 if self.median is None else self.median


@dataclass(frozen=True)
class Forecast:
    """One applicant's estimated wait on `day`, from the window's dwellings."""

    applicant_id: int
    day: dt.date
    first_day: dt.date  # the window's first day
    months: int
    dwellings: int  # the window's dwellings
    fitting: int  # of those, the ones the applicant may be offered on `day`
    wait: WaitRange | None  # None: no estimate (nothing fitted, or too little history)
    excluded_by: tuple[Exclusion, ...]
    too_little_history: bool = False

    @property
    def nothing_fitted(self) -> bool:
        return not self.too_little_history and self.fitting == 0

    def as_json(self) -> dict[str, Any]:
        wait = self.wait
        return {
            "applicant_id": self.applicant_id,
            "day": self.day.isoformat(),
            "window": {
                "from": self.first_day.isoformat(),
                "to": self.day.isoformat(),
                "months": self.months,
            },
            "dwellings": self.dwellings,
            "fitting": self.fitting,
            "median_days": None if wait is None else wait.median,
            "low_days": None if wait is None else wait.low,
            "high_days": None if wait is None else wait.high,
            # a null day above with a wait: longer than this
            "more_than_days": HORIZON_DAYS if wait is not None and wait.beyond else None,
            "too_little_history": self.too_little_history,
            "excluded_by": [e.as_json() for e in self.excluded_by],
        }


@dataclass(frozen=True)
class ListForecast:
    """The waits of the applicants in the queue on `day`, by applicant number; `nothing_fits`
    holds those no dwelling of the window fitted."""

    day: dt.date
    months: int
    dwellings: int
    waits: Mapping[int, WaitRange] = field(repr=False)
    nothing_fits: frozenset[int] = frozenset()
    too_little_history: bool = False

    def sort_keys(self) -> dict[int, int]:
        """Applicant number -> sort key of the estimate (the shortest median first,
        nothing fitted after the longest)."""
        keys = {i: w.sort_key() for i, w in self.waits.items()}
        keys.update(dict.fromkeys(self.nothing_fits, HORIZON_DAYS + 2))
        return keys
