"""The intake check: for each reported dwelling, what the joint agreement says on the report date.

It looks at the department's colour and flexible letting (`desktop.core.colours`), its ministry
list status, and the rent against the ceilings (settings by dwelling type and rooms), and proposes
to accept the dwelling or to return it with a reason. The check is stored as an `IntakeCheck`
snapshot, so a decision keeps what it was based on after placements or settings change.

Checks are computed for many dwellings at once (`assess_many`) and written with one executemany:
the 50,000-row import runs them all in the same transaction as the insert.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import DwellingType, FlexibleLetting, IntakeProposal, ListKind
from db.models import IntakeCheck, Setting
from desktop.core import colours, i18n, settings
from desktop.core.colours import ColourStatus
from desktop.core.i18n import translate
from desktop.core.settings import RENT_CEILINGS, RentCeilings

# Reason codes of a proposal to return (stored with the check; the text is for people).
REASON_RED = "colour_red"
REASON_NOT_PLACED = "not_placed"
REASON_RENT = "rent_too_high"


@dataclass(frozen=True, slots=True)
class CheckInput:
    """What the check needs to know about one dwelling."""

    key: int  # the caller's handle (a vacancy id, or a row index before insert)
    department_id: int
    report_date: dt.date
    dwelling_type: DwellingType
    rooms: float | None
    monthly_total: Decimal


@dataclass(frozen=True, slots=True)
class Assessment:
    """The outcome of the check for one dwelling (what an `IntakeCheck` row stores)."""

    key: int
    decision_date: dt.date
    colour: colours.Colour | None
    flexible_letting: FlexibleLetting | None
    list_kinds: tuple[str, ...]
    may_report: bool
    monthly_total: Decimal
    rent_ceiling: Decimal | None
    rent_relevant: bool | None
    proposal: IntakeProposal
    reason_code: str | None
    reason_text: str | None
    notes: tuple[str, ...]
    snapshot: dict[str, Any]

    def row(self, vacancy_id: int, now: dt.datetime) -> dict[str, Any]:
        """The `intake_check` row of this assessment, for a Core insert."""
        return {
            "vacancy_id": vacancy_id,
            "checked_at": now,
            "decision_date": self.decision_date,
            "colour": self.colour,
            "flexible_letting": self.flexible_letting,
            "list_kinds": list(self.list_kinds),
            "may_report": self.may_report,
            "monthly_total": self.monthly_total,
            "rent_ceiling": self.rent_ceiling,
            "rent_relevant": self.rent_relevant,
            "proposal": self.proposal,
            "reason_code": self.reason_code,
            "reason_text": self.reason_text,
            "snapshot": self.snapshot,
            "confirmed_at": None,
            "confirmed_by": None,
        }


def list_label(kind: ListKind) -> str:
    labels = {
        ListKind.DISADVANTAGED: translate("Intake", "udsat boligområde"),
        ListKind.PARALLEL_SOCIETY: translate("Intake", "parallelsamfund"),
        ListKind.TRANSFORMATION: translate("Intake", "omdannelsesområde"),
        ListKind.PREVENTION: translate("Intake", "forebyggelsesområde"),
        ListKind.COMBINED_LETTING: translate("Intake", "kombineret udlejning"),
    }
    return labels[kind]


def _money_text(amount: Decimal) -> str:
    """Whole kroner as `formats.money(..., decimals=False)` writes them ("4.550 kr." /
    "4,550 DKK"), without Babel's cost per call (a 50,000-row import writes many reasons)."""
    whole = f"{int(amount.to_integral_value(ROUND_HALF_UP)):,}"
    if i18n.language() == "da":
        return whole.replace(",", ".") + " kr."
    return whole + " DKK"


@dataclass(frozen=True, slots=True)
class DepartmentPart:
    """What the check concludes from the department alone (shared by its dwellings)."""

    reasons: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    list_kinds: tuple[str, ...]
    snapshot: dict[str, Any]


def department_part(status: ColourStatus) -> DepartmentPart:
    reasons: list[tuple[str, str]] = []
    notes: list[str] = []
    if not status.placed:
        reasons.append(
            (
                REASON_NOT_PLACED,
                translate(
                    "Intake",
                    "The department has no colour on the report date; place it first "
                    "(Departments).",
                ),
            )
        )
    elif not status.may_report:
        reasons.append(
            (
                REASON_RED,
                translate(
                    "Intake",
                    "The department is red in the trappetrinsmodel: dwellings there are not "
                    "reported to the desk.",
                ),
            )
        )
    flexible = status.flexible_letting
    if flexible == FlexibleLetting.AGREED:
        notes.append(translate("Intake", "Flexible letting is agreed in the department."))
    elif flexible == FlexibleLetting.MANDATORY:
        notes.append(translate("Intake", "Flexible letting is mandatory in the department."))
    if status.placed and not status.flexible_letting_allowed:
        notes.append(
            translate("Intake", "The department's flexible letting does not match its colour.")
        )
    for kind in sorted(status.lists.kinds):
        notes.append(
            translate("Intake", "On the ministry's list: {name}.").format(name=list_label(kind))
        )
    if status.disadvantaged:
        notes.append(
            translate(
                "Intake",
                "Legal blocks apply (ABL § 59 stk. 6); refugees may not be placed here.",
            )
        )
    elif status.prevention:
        notes.append(translate("Intake", "Legal blocks apply (ABL § 59 stk. 7)."))
    return DepartmentPart(
        tuple(reasons),
        tuple(notes),
        tuple(sorted(kind.value for kind in status.lists.kinds)),
        status.snapshot(),
    )


def assess(
    item: CheckInput,
    status: ColourStatus,
    ceilings: RentCeilings,
    *,
    part: DepartmentPart | None = None,
    ceilings_from: str | None = None,
) -> Assessment:
    """The proposal for one dwelling from the colour status and ceilings in force.

    `part` (the department's share of the check) may be passed precomputed when many dwellings
    share it; `ceilings_from` is the date the ceilings setting in force took effect (None: the
    default)."""
    shared = part if part is not None else department_part(status)
    reasons = list(shared.reasons)
    notes = list(shared.notes)
    ceiling_value = ceilings.ceiling_for(item.dwelling_type, item.rooms)
    ceiling = None if ceiling_value is None else Decimal(str(ceiling_value)).quantize(Decimal(1))
    relevant: bool | None = None
    if ceiling is not None:
        relevant = item.monthly_total <= ceiling
        if not relevant:
            reasons.append(
                (
                    REASON_RENT,
                    translate(
                        "Intake",
                        "The rent incl. a conto ({rent}) is above the ceiling for this dwelling "
                        "({ceiling}): too high for the target groups.",
                    ).format(rent=_money_text(item.monthly_total), ceiling=_money_text(ceiling)),
                )
            )
    else:
        notes.insert(0, translate("Intake", "No rent ceiling is set for this dwelling type."))
    proposal = IntakeProposal.RETURN if reasons else IntakeProposal.ACCEPT
    snapshot = {
        "colour_status": shared.snapshot,
        "rent": {
            "dwelling_type": item.dwelling_type.value,
            "rooms": item.rooms,
            "monthly_total": str(item.monthly_total),
            "ceiling": None if ceiling is None else str(ceiling),
            "ceilings_valid_from": ceilings_from,
        },
        "reasons": [code for code, _ in reasons],
        "notes": notes,
    }
    return Assessment(
        key=item.key,
        decision_date=item.report_date,
        colour=status.colour,
        flexible_letting=status.flexible_letting,
        list_kinds=shared.list_kinds,
        may_report=status.may_report,
        monthly_total=item.monthly_total,
        rent_ceiling=ceiling,
        rent_relevant=relevant,
        proposal=proposal,
        reason_code=reasons[0][0] if reasons else None,
        reason_text=" ".join(text for _, text in reasons) or None,
        notes=tuple(notes),
        snapshot=snapshot,
    )


def assess_many(session: Session, items: Sequence[CheckInput]) -> list[Assessment]:
    """Assess many dwellings with a few queries per distinct report date."""
    by_date: dict[dt.date, list[CheckInput]] = {}
    for item in items:
        by_date.setdefault(item.report_date, []).append(item)
    results: dict[int, Assessment] = {}
    for day, group in by_date.items():
        statuses = colours.colour_statuses(session, {i.department_id for i in group}, day)
        ceilings = settings.get(session, RENT_CEILINGS, day)
        ceilings_from = _setting_from(session, RENT_CEILINGS.key, day)
        parts = {dept_id: department_part(status) for dept_id, status in statuses.items()}
        for item in group:
            results[item.key] = assess(
                item,
                statuses[item.department_id],
                ceilings,
                part=parts[item.department_id],
                ceilings_from=ceilings_from,
            )
    return [results[item.key] for item in items]


def _setting_from(session: Session, key: str, day: dt.date) -> str | None:
    found = session.scalar(
        select(func.max(Setting.valid_from)).where(Setting.key == key, Setting.valid_from <= day)
    )
    return None if found is None else found.isoformat()


def store(session: Session, pairs: Iterable[tuple[int, Assessment]]) -> int:
    """Insert the checks of (vacancy id, assessment) pairs with one executemany."""
    now = utcnow()
    rows = [assessment.row(vacancy_id, now) for vacancy_id, assessment in pairs]
    if rows:
        # The table, not the mapped class: a plain executemany without the ORM's bulk path.
        table: Table = IntakeCheck.__table__  # type: ignore[assignment]
        session.connection().execute(insert(table), rows)
    return len(rows)


def latest_checks(session: Session, vacancy_ids: Iterable[int]) -> dict[int, IntakeCheck]:
    """The newest check of each vacancy."""
    ids = list(set(vacancy_ids))
    found: dict[int, IntakeCheck] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for check in session.scalars(
            select(IntakeCheck)
            .where(IntakeCheck.vacancy_id.in_(chunk))
            .order_by(IntakeCheck.vacancy_id, IntakeCheck.checked_at, IntakeCheck.id)
        ):
            found[check.vacancy_id] = check
    return found
