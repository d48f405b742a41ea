"""The yearly review: monitoring figures -> proposed list status and colour -> new placements.

`review` shows, per department, the placement in force on the effective date next to what the
figures and the ministry lists imply, with the figures that decided it. `apply_review` writes
the accepted proposals as placements from the effective date. A department without figures, or
whose missing figures leave the outcome open, gets no proposal: it is reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import AuditAction, Colour, FlexibleLetting, ListKind, PlacementSource
from db.models import Department, MonitoringFigures, Organisation
from desktop.core import audit, formats
from desktop.core.colours import list_statuses, placements_on
from desktop.core.i18n import translate
from desktop.core.registry import numbers, placements
from desktop.core.registry.names import colour_name, list_name
from desktop.core.registry.thresholds import (
    FIGURE_NAMES,
    Assessment,
    CriteriaResult,
    Figures,
    ListThresholds,
    Test,
    assess,
    consecutive_years,
    is_parallel,
    thresholds_on,
)
from desktop.core.workspace import Workspace


def figure_label(name: str) -> str:
    labels = {
        "residents": translate("Monitoring", "Residents"),
        "pct_outside_work": translate("Monitoring", "Outside work or education (18-64)"),
        "conviction_ratio": translate("Monitoring", "Convictions vs. national average"),
        "pct_basic_school": translate("Monitoring", "Basic school only (30-59)"),
        "income_pct": translate("Monitoring", "Income vs. the region"),
        "pct_non_western": translate("Monitoring", "Non-Western immigrants and descendants"),
    }
    return labels[name]


def figure_text(name: str, value: float | None) -> str:
    if value is None:
        return translate("Monitoring", "missing")
    if name == "residents":
        return formats.number(value)
    if name == "conviction_ratio":
        return formats.number(value, 2) + "×"
    return formats.percent(value)


def test_text(test: Test) -> str:
    """ "Outside work or education (18-64) 42,5 % > 40,0 %" """
    return "{label} {value} {op} {threshold}".format(
        label=figure_label(test.figure),
        value=figure_text(test.figure, test.value),
        op={">": ">", ">=": "≥", "<": "<"}[test.comparison],
        threshold=figure_text(test.figure, test.threshold),
    )


def _criteria_text(result: CriteriaResult) -> str:
    return "; ".join(test_text(t) for t in result.met)


def explain(assessment: Assessment) -> tuple[str, ...]:
    """The sentences that show which figures decided the proposal."""
    lines: list[str] = []
    kind = assessment.proposed_list
    if kind is not None:
        lines.append(
            translate("Monitoring", "List status {list}: {size}; {criteria}").format(
                list=list_name(kind),
                size=test_text(assessment.size),
                criteria=_criteria_text(
                    assessment.prevention
                    if kind is ListKind.PREVENTION
                    else assessment.disadvantaged
                ),
            )
        )
    colour = assessment.figures_colour
    if colour is Colour.RED:
        lines.append(
            translate("Monitoring", "Red by the figures: {criteria}").format(
                criteria=_criteria_text(assessment.red)
            )
        )
    elif colour is Colour.YELLOW:
        lines.append(
            translate("Monitoring", "Yellow by the figures: {criteria}").format(
                criteria=_criteria_text(assessment.yellow)
            )
        )
    elif colour is Colour.GREEN:
        met = assessment.yellow.met
        if met:
            lines.append(
                formats.plural(
                    len(met),
                    translate(
                        "Monitoring", "Green by the figures: only {n} criterion met ({criteria})"
                    ),
                    translate(
                        "Monitoring", "Green by the figures: only {n} criteria met ({criteria})"
                    ),
                ).format(criteria=_criteria_text(assessment.yellow))
            )
        else:
            lines.append(translate("Monitoring", "Green by the figures: no criterion met"))
    if assessment.lists_colour is not Colour.GREEN and (
        colour is None or assessment.lists_colour is not colour
    ):
        lines.append(
            translate("Monitoring", "At least {colour} while on the list: {lists}").format(
                colour=colour_name(assessment.lists_colour),
                lists=", ".join(list_name(k) for k in sorted(assessment.lists_in_force)),
            )
        )
    return tuple(lines)


# --- figures ----------------------------------------------------------------------------------


def store_figures(
    session: Session,
    department_id: int,
    year: int,
    figures: Figures,
    import_batch_id: int | None = None,
) -> bool:
    """Insert or update one year's figures; returns True if anything changed."""
    row = session.scalars(
        select(MonitoringFigures).where(
            MonitoringFigures.department_id == department_id, MonitoringFigures.year == year
        )
    ).first()
    if row is None:
        row = MonitoringFigures(department_id=department_id, year=year)
        session.add(row)
    elif all(getattr(row, name) == getattr(figures, name) for name in FIGURE_NAMES):
        return False
    for name in FIGURE_NAMES:
        setattr(row, name, getattr(figures, name))
    row.import_batch_id = import_batch_id
    session.flush()
    return True


def _figures(row: MonitoringFigures) -> Figures:
    return Figures(*(getattr(row, name) for name in FIGURE_NAMES))


def years_with_figures(ws: Workspace) -> list[int]:
    with ws.read() as session:
        return sorted(session.scalars(select(MonitoringFigures.year).distinct()), reverse=True)


# --- the review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewRow:
    department_id: int
    organisation_number: str
    organisation_name: str
    department_number: str
    department_name: str
    figures: Figures | None
    current_colour: Colour | None
    current_flexible_letting: FlexibleLetting | None
    current_lists: tuple[ListKind, ...]  # in force on the effective date
    proposed_list: ListKind | None
    list_decided: bool
    proposed_colour: Colour | None  # None: no proposal (see `problem`)
    proposed_flexible_letting: FlexibleLetting | None
    reasons: tuple[str, ...]
    problem: str | None  # no figures, or missing figures leave the outcome open

    @property
    def changes(self) -> bool:
        """Accepting the proposal would write a new placement."""
        return self.proposed_colour is not None and (
            self.proposed_colour is not self.current_colour
            or self.proposed_flexible_letting is not self.current_flexible_letting
        )


def proposed_flexible_letting(
    current: FlexibleLetting | None, lists_in_force: Collection[ListKind]
) -> FlexibleLetting:
    """Flexible letting is agreed with the organisation and kept, except that it is mandatory in
    an udsat boligområde (ABL § 60 stk. 4) and cannot stay mandatory once the area is off."""
    if any(kind.counts_as_disadvantaged for kind in lists_in_force):
        return FlexibleLetting.MANDATORY
    if current is FlexibleLetting.MANDATORY:
        return FlexibleLetting.AGREED
    return current or FlexibleLetting.NONE


def _parallel_history(session: Session, year: int, thresholds: ListThresholds) -> dict[int, int]:
    """Per department, how many years directly before `year` its figures made it parallel."""
    years: dict[int, list[int]] = {}
    for row in session.scalars(select(MonitoringFigures).where(MonitoringFigures.year < year)):
        if is_parallel(_figures(row), thresholds):
            years.setdefault(row.department_id, []).append(row.year)
    return {dept: consecutive_years(found, year) for dept, found in years.items()}


def _rows(
    session: Session,
    year: int,
    effective_from: dt.date,
    department_ids: Iterable[int] | None = None,
) -> list[tuple[ReviewRow, Assessment | None]]:
    thresholds = thresholds_on(session, effective_from)
    query = (
        select(Department, Organisation.number, Organisation.name)
        .join(Organisation, Department.organisation_id == Organisation.id)
        .where(Department.active.is_(True))
        .order_by(Organisation.number, Department.number)
    )
    if department_ids is not None:
        query = query.where(Department.id.in_(list(department_ids)))
    departments = sorted(
        session.execute(query).all(),
        key=lambda r: (r[1], numbers.natural_key(r[0].number)),
    )
    ids = [d.id for d, _, _ in departments]
    current = placements_on(session, ids, effective_from)
    lists = list_statuses(session, ids, effective_from)
    figures = {
        row.department_id: _figures(row)
        for row in session.scalars(
            select(MonitoringFigures).where(
                MonitoringFigures.year == year, MonitoringFigures.department_id.in_(ids)
            )
        )
    }
    history = _parallel_history(session, year, thresholds)
    result: list[tuple[ReviewRow, Assessment | None]] = []
    for department, org_number, org_name in departments:
        placement = current.get(department.id)
        kinds = lists[department.id].kinds
        found = figures.get(department.id)
        current_flexible = None if placement is None else placement.flexible_letting
        row = ReviewRow(
            department_id=department.id,
            organisation_number=org_number,
            organisation_name=org_name,
            department_number=department.number,
            department_name=department.name,
            figures=found,
            current_colour=None if placement is None else placement.colour,
            current_flexible_letting=current_flexible,
            current_lists=tuple(sorted(kinds)),
            proposed_list=None,
            list_decided=False,
            proposed_colour=None,
            proposed_flexible_letting=None,
            reasons=(),
            problem=translate("Monitoring", "No figures for {year}").format(year=year),
        )
        if found is None:
            result.append((row, None))
            continue
        assessment = assess(
            found,
            thresholds,
            lists_in_force=kinds,
            parallel_years_before=history.get(department.id, 0),
        )
        colour = assessment.proposed_colour
        problem = None
        missing = ", ".join(figure_label(name) for name in found.missing())
        if colour is None:
            problem = translate(
                "Monitoring", "Missing figures ({figures}) leave the colour open: no proposal"
            ).format(figures=missing)
        elif not assessment.list_decided:
            problem = translate(
                "Monitoring", "Missing figures ({figures}) leave the list status open"
            ).format(figures=missing)
        elif missing:
            problem = translate(
                "Monitoring", "Missing figures ({figures}) do not change the outcome"
            ).format(figures=missing)
        row = replace(
            row,
            proposed_list=assessment.proposed_list,
            list_decided=assessment.list_decided,
            proposed_colour=colour,
            proposed_flexible_letting=None
            if colour is None
            else proposed_flexible_letting(current_flexible, kinds),
            reasons=explain(assessment),
            problem=problem,
        )
        result.append((row, assessment))
    return result


def review(ws: Workspace, year: int, effective_from: dt.date) -> list[ReviewRow]:
    """Every active department: the placement in force on `effective_from` against what the
    `year` figures and the lists in force then imply."""
    with ws.read() as session:
        return [row for row, _ in _rows(session, year, effective_from)]


def apply_proposals(
    session: Session,
    year: int,
    effective_from: dt.date,
    department_ids: Iterable[int] | None = None,
) -> int:
    """Write the proposals that change something as placements from `effective_from`, in the
    caller's transaction; the proposal is computed afresh, not taken from the screen."""
    written = 0
    for row, _ in _rows(session, year, effective_from, department_ids):
        if not row.changes or row.proposed_colour is None:
            continue
        assert row.proposed_flexible_letting is not None
        placements.place(
            session,
            row.department_id,
            row.proposed_colour,
            row.proposed_flexible_letting,
            effective_from,
            source=PlacementSource.MONITORING,
            reason=translate("Monitoring", "Monitoring {year}: {reasons}").format(
                year=year, reasons=" / ".join(row.reasons)
            ),
        )
        written += 1
    if written:
        audit.record(
            session,
            AuditAction.UPDATE,
            "monitoring_review",
            None,
            details={"year": year, "from": effective_from.isoformat(), "placements": written},
        )
    return written


def apply_review(
    ws: Workspace,
    year: int,
    effective_from: dt.date,
    department_ids: Iterable[int] | None = None,
) -> int:
    """Accept all (None) or some proposals in one transaction; returns placements written."""
    with ws.write() as session:
        return apply_proposals(session, year, effective_from, department_ids)
