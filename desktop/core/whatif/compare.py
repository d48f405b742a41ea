"""A what-if: the period replayed under the agreement as it was and as changed, side by side.

    result = run_to_end(what_if(ws, start, end, changes))   # a generator of progress
    for measure in result.measures(): measure.label, measure.real, measure.changed

Both columns are replays made the same way (`replay`), so the difference is the agreement's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from desktop.core import settings
from desktop.core.exchange.workbook import Kind
from desktop.core.i18n import translate
from desktop.core.intake.quota import quota_in
from desktop.core.matching.excluded import Progress
from desktop.core.reports.catalogue import check_period
from desktop.core.schemes.settings import RentLossBearer
from desktop.core.settings import TARGET_GROUPS, TargetGroups
from desktop.core.whatif import history, stream
from desktop.core.whatif.changes import Changes, applied, validate
from desktop.core.whatif.judgements import Judgements
from desktop.core.whatif.keys import change_lines
from desktop.core.whatif.replay import Outcome, replay
from desktop.core.workspace import Workspace

Value = int | float | Decimal | None


@dataclass(frozen=True)
class Measure:
    """One line of the comparison."""

    code: str
    label: str
    real: Value
    changed: Value
    kind: Kind = Kind.INT

    @property
    def difference(self) -> Value:
        if self.real is None or self.changed is None:
            return None
        if isinstance(self.real, Decimal) or isinstance(self.changed, Decimal):
            return Decimal(self.changed) - Decimal(self.real)
        return self.changed - self.real

    def as_json(self) -> dict[str, Any]:
        def plain(value: Value) -> Any:
            return str(value) if isinstance(value, Decimal) else value

        return {
            "code": self.code,
            "label": self.label,
            "real": plain(self.real),
            "what_if": plain(self.changed),
            "difference": plain(self.difference),
        }


@dataclass(frozen=True)
class Expected:
    """What the agreed shares ask of the departments with a count of all their vacancies."""

    dwellings: float | None  # None: no department has a count
    lacking: int  # departments with a share but no count


@dataclass(frozen=True)
class WhatIf:
    start: dt.date
    end: dt.date
    changes: Changes
    real: Outcome
    changed: Outcome
    expected_real: Expected
    expected_changed: Expected
    groups: TargetGroups  # as in force on the period's last day (their labels)
    days_to_let: int | None

    def measures(self) -> list[Measure]:
        real, changed = self.real, self.changed
        municipality = RentLossBearer.MUNICIPALITY

        def line(code: str, label: str, of: Any, kind: Kind = Kind.INT) -> Measure:
            return Measure(code, label, of(real), of(changed), kind)

        return [
            Measure(
                "expected",
                translate("WhatIf", "Dwellings the agreed shares ask for"),
                _rounded(self.expected_real.dwellings),
                _rounded(self.expected_changed.dwellings),
                Kind.DECIMAL,
            ),
            line("reported", translate("WhatIf", "Dwellings reported"), lambda o: o.reported),
            line("accepted", translate("WhatIf", "Usable (accepted)"), lambda o: o.accepted),
            line(
                "returned_colour",
                translate("WhatIf", "Returned: the department's colour"),
                lambda o: o.returned_colour,
            ),
            line(
                "returned_rent",
                translate("WhatIf", "Returned: rent above the ceiling"),
                lambda o: o.returned_rent,
            ),
            line("offered", translate("WhatIf", "Offered to an applicant"), lambda o: o.offered),
            line(
                "without_candidate",
                translate("WhatIf", "Usable, but no one could be offered it"),
                lambda o: o.without_candidate,
            ),
            line(
                "applicants",
                translate("WhatIf", "Applicants who had an offer"),
                lambda o: o.applicants,
            ),
            line(
                "rent_loss",
                translate("WhatIf", "Rent loss"),
                lambda o: o.rent_loss_total,
                Kind.MONEY,
            ),
            line(
                "rent_loss_municipality",
                translate("WhatIf", "of which the municipality pays"),
                lambda o: o.rent_loss.get(municipality, Decimal(0)),
                Kind.MONEY,
            ),
        ]

    def by_target_group(self) -> list[Measure]:
        """Applicants who had an offer, per target group (the groups in force first)."""
        codes = [g.code for g in self.groups.groups]
        codes += sorted((set(self.real.housed) | set(self.changed.housed)) - set(codes))
        return [
            Measure(
                code,
                self._group_label(code),
                self.real.housed.get(code, 0),
                self.changed.housed.get(code, 0),
            )
            for code in codes
        ]

    def _group_label(self, code: str) -> str:
        group = self.groups.by_code(code)
        return code if group is None else group.label

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "changes": change_lines(self.changes),
            "measures": [m.as_json() for m in self.measures()],
            "by_target_group": [m.as_json() for m in self.by_target_group()],
            "departments_without_count": {
                "real": self.expected_real.lacking,
                "what_if": self.expected_changed.lacking,
            },
            "days_to_let": self.days_to_let,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def expected(session: Session, start: dt.date, end: dt.date) -> Expected:
    """The quota's expected dwellings summed over the departments with a count of all their
    vacancies (None: no department has one)."""
    report = quota_in(session, start, end)
    known = [
        line.expected
        for line in report.departments
        if line.expected is not None and line.total_vacancies is not None
    ]
    return Expected(sum(known) if known else None, len(report.lacking))


def what_if(
    ws: Workspace, start: dt.date, end: dt.date, changes: Changes
) -> Generator[Progress, None, WhatIf]:
    """Replay the period as it was and as changed; yields progress, returns the comparison. A
    cancel (closing the generator) ends it at the next dwelling."""
    check_period(start, end)
    validate(changes)
    yield Progress(0, 0, translate("WhatIf", "Reading the period"))
    with ws.read() as session:
        past = history.read(session, start, end)
        real_statuses = stream.statuses(session, past.vacancies)
        expected_real = expected(session, start, end)
        with applied(session, changes):
            changed_statuses = stream.statuses(session, past.vacancies)
            expected_changed = expected(session, start, end)
        counts = stream.copies(
            past.vacancies,
            stream.shares(past.vacancies, real_statuses),
            stream.shares(past.vacancies, changed_statuses),
        )
        ones = [1] * len(past.vacancies)
        total = len(ones) + sum(counts)
        judgements = Judgements(past.applicants, [v.monthly_total for v in past.vacancies])
        text = translate("WhatIf", "Replaying the period as it was")
        real = yield from _replaying(
            replay(session, past, ones, judgements, real_statuses), 0, total, text
        )
        with applied(session, changes):
            text = translate("WhatIf", "Replaying the period with the changes")
            changed = yield from _replaying(
                replay(session, past, counts, judgements, changed_statuses), len(ones), total, text
            )
        groups = settings.get(session, TARGET_GROUPS, end)
    return WhatIf(
        start,
        end,
        changes,
        real,
        changed,
        expected_real,
        expected_changed,
        groups,
        past.days_to_let,
    )


def _replaying(
    work: Generator[int, None, Outcome], offset: int, total: int, text: str
) -> Generator[Progress, None, Outcome]:
    with closing(work):  # a cancel stops the replay too
        while True:
            try:
                done = next(work)
            except StopIteration as stop:
                outcome: Outcome = stop.value
                return outcome
            yield Progress(offset + done, total, text)
