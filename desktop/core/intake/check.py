"""The intake check: for each reported dwelling, what the joint agreement says on the report date.

It looks at the department's colour and flexible letting (`desktop.core.colours`), its ministry
list status, and the rent against the ceilings (settings by dwelling type and rooms), and proposes
to accept the dwelling or to return it with a reason. The check is stored as an `IntakeCheck`
snapshot, so a decision keeps what it was based on after placements or settings change.

A private landlord's dwelling lies in no department (`department_id` None): the colour check does
not apply to it, and its check says so in a note instead; the rent is checked as for any other.

The department's part (its colour status and the notes that follow from it) is the same for all
its dwellings checked on one day: it is judged once (`DepartmentPart`), stored once as an
`IntakeSnapshot` and referenced by each check, whose own `snapshot` holds the dwelling's part
(rent against the ceiling, reasons, the dwelling's notes). `full_snapshot` puts the two together
again as one record: {"colour_status", "rent", "reasons", "notes"}.

Checks are computed for many dwellings at once (`Checker`, `assess_many`) and written with one
executemany of plain values: the 50,000-row import runs them all in the same transaction as the
insert.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import DwellingType, FlexibleLetting, IntakeProposal, ListKind
from db.models import IntakeCheck, Setting
from db.models.vacancies import IntakeSnapshot
from desktop.core import colours, i18n, settings
from desktop.core.colours import ColourStatus
from desktop.core.i18n import translate
from desktop.core.importing.bulk import (
    insert_columns,
    kroner_decimal,
    stored_date,
    stored_datetime,
    stored_json,
    stored_money,
)
from desktop.core.settings import RENT_CEILINGS

# Reason codes of a proposal to return (stored with the check; the text is for people).
REASON_RED = "colour_red"
REASON_NOT_PLACED = "not_placed"
REASON_RENT = "rent_too_high"


class CheckInput(NamedTuple):
    """What the check needs to know about one dwelling."""

    key: int  # the caller's handle (a vacancy id, or a row index before insert)
    department_id: int | None  # None: a private landlord's dwelling
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
    may_report: bool | None  # None: a private landlord's dwelling, which no colour governs
    monthly_total: Decimal
    rent_ceiling: Decimal | None
    rent_relevant: bool | None
    proposal: IntakeProposal
    reason_code: str | None
    reason_text: str | None
    notes: tuple[str, ...]
    snapshot: dict[str, Any]
    """The whole record (see `full_snapshot`)."""


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
    kroner = int(amount.to_integral_value(ROUND_HALF_UP))
    if i18n.language() == "da":
        return f"{kroner:,} kr.".replace(",", ".")
    return f"{kroner:,} DKK"


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


def landlord_note() -> str:
    """What the check of a private landlord's dwelling says instead of judging a colour."""
    return translate(
        "Intake",
        "A private landlord's dwelling: it lies in no department, so the colour check does not "
        "apply (lov om kommunal anvisningsret).",
    )


# A private landlord's dwelling: no department, no colour, nothing to return it for.
_NO_DEPARTMENT = DepartmentPart((), (), (), {})


class Checker:
    """The intake check on one report date, for many dwellings: the settings in force and each
    department's part are looked up once, the ceiling of each dwelling type and size once."""

    def __init__(
        self,
        session: Session,
        day: dt.date,
        department_ids: Iterable[int | None],
        *,
        statuses: Mapping[int, ColourStatus] | None = None,
    ) -> None:
        """`statuses`: the departments' colour statuses on `day`, if the caller read them."""
        self.day = day
        departments = {d for d in department_ids if d is not None}
        if statuses is None:
            statuses = colours.colour_statuses(session, departments, day)
        self.statuses = dict(statuses)
        self.ceilings = settings.get(session, RENT_CEILINGS, day)
        self.ceilings_from = _setting_from(session, RENT_CEILINGS.key, day)
        self.parts: dict[int | None, DepartmentPart] = {
            dept_id: department_part(s) for dept_id, s in self.statuses.items()
        }
        self.parts[None] = _NO_DEPARTMENT
        self.landlord_note = landlord_note()
        self._ceiling: dict[tuple[DwellingType, float | None], Decimal | None] = {}
        self._money: dict[Decimal, str] = {}
        self.no_ceiling = translate("Intake", "No rent ceiling is set for this dwelling type.")
        self.too_high = translate(
            "Intake",
            "The rent incl. a conto ({rent}) is above the ceiling for this dwelling "
            "({ceiling}): too high for the target groups.",
        )

    def ceiling(self, dwelling_type: DwellingType, rooms: float | None) -> Decimal | None:
        """The ceiling in whole kroner (None: no ceiling for the type)."""
        key = (dwelling_type, rooms)
        try:
            return self._ceiling[key]
        except KeyError:
            value = self.ceilings.ceiling_for(dwelling_type, rooms)
            found = None if value is None else Decimal(str(value)).quantize(Decimal(1))
            self._ceiling[key] = found
            return found

    def judge(
        self,
        department_id: int | None,
        dwelling_type: DwellingType,
        rooms: float | None,
        monthly_total: Decimal,
    ) -> tuple[Decimal | None, bool | None, tuple[tuple[str, str], ...], tuple[str, ...]]:
        """(ceiling, rent relevant, every reason to return (code, text), the dwelling's own
        notes, which come before the department's; a landlord's dwelling's say that the colour
        check does not apply)."""
        reasons = self.parts[department_id].reasons
        own: tuple[str, ...] = () if department_id is not None else (self.landlord_note,)
        ceiling = self.ceiling(dwelling_type, rooms)
        if ceiling is None:
            return None, None, reasons, (*own, self.no_ceiling)
        if monthly_total <= ceiling:
            return ceiling, True, reasons, own
        text = self.too_high.format(
            rent=_money_text(monthly_total), ceiling=self.money_text(ceiling)
        )
        return ceiling, False, (*reasons, (REASON_RENT, text)), own

    def money_text(self, amount: Decimal) -> str:
        text = self._money.get(amount)
        if text is None:
            text = self._money[amount] = _money_text(amount)
        return text

    def own_part(
        self,
        dwelling_type: DwellingType,
        rooms: float | None,
        monthly_total: Decimal,
        ceiling: Decimal | None,
        reasons: Sequence[tuple[str, str]],
        own_notes: Sequence[str],
    ) -> dict[str, Any]:
        """The dwelling's part of the check's record, as stored in `IntakeCheck.snapshot` (the
        department's part is in its `IntakeSnapshot`, see `shared_part`)."""
        return {
            "rent": {
                "dwelling_type": dwelling_type.value,
                "rooms": rooms,
                "monthly_total": kroner_decimal(stored_money(monthly_total) or 0),
                "ceiling": None if ceiling is None else str(ceiling),
                "ceilings_valid_from": self.ceilings_from,
            },
            "reasons": [code for code, _ in reasons],
            "notes": list(own_notes),
        }

    def assess(self, item: CheckInput) -> Assessment:
        ceiling, relevant, reasons, own_notes = self.judge(
            item.department_id, item.dwelling_type, item.rooms, item.monthly_total
        )
        part = self.parts[item.department_id]
        status = None if item.department_id is None else self.statuses[item.department_id]
        own = self.own_part(
            item.dwelling_type, item.rooms, item.monthly_total, ceiling, reasons, own_notes
        )
        return Assessment(
            key=item.key,
            decision_date=self.day,
            colour=None if status is None else status.colour,
            flexible_letting=None if status is None else status.flexible_letting,
            list_kinds=part.list_kinds,
            may_report=None if status is None else status.may_report,
            monthly_total=item.monthly_total,
            rent_ceiling=ceiling,
            rent_relevant=relevant,
            proposal=_proposal(reasons),
            reason_code=_reason_code(reasons),
            reason_text=_reason_text(reasons),
            notes=own_notes + part.notes,
            snapshot=full_snapshot(own, None if status is None else shared_part(part)),
        )


def _proposal(reasons: Sequence[tuple[str, str]]) -> IntakeProposal:
    return IntakeProposal.RETURN if reasons else IntakeProposal.ACCEPT


def _reason_code(reasons: Sequence[tuple[str, str]]) -> str | None:
    return reasons[0][0] if reasons else None


def _reason_text(reasons: Sequence[tuple[str, str]]) -> str | None:
    return " ".join(text for _, text in reasons) or None


def shared_part(part: DepartmentPart) -> dict[str, Any]:
    """The department's part of the check's record, as stored in `IntakeSnapshot.data`."""
    return {"colour_status": part.snapshot, "notes": list(part.notes)}


def _by_date(items: Sequence[CheckInput]) -> dict[dt.date, list[CheckInput]]:
    by_date: dict[dt.date, list[CheckInput]] = {}
    for item in items:
        by_date.setdefault(item.report_date, []).append(item)
    return by_date


def assess_many(session: Session, items: Sequence[CheckInput]) -> list[Assessment]:
    """Assess many dwellings with a few queries per distinct report date (nothing is stored)."""
    results: dict[int, Assessment] = {}
    for day, group in _by_date(items).items():
        checker = Checker(session, day, {i.department_id for i in group})
        for item in group:
            results[item.key] = checker.assess(item)
    return [results[item.key] for item in items]


def _setting_from(session: Session, key: str, day: dt.date) -> str | None:
    found = session.scalar(
        select(func.max(Setting.valid_from)).where(Setting.key == key, Setting.valid_from <= day)
    )
    return None if found is None else found.isoformat()


# --- storing ---------------------------------------------------------------------------------


def store_checks(session: Session, items: Sequence[CheckInput], vacancy_ids: Sequence[int]) -> int:
    """Check the dwellings and store each check (`vacancy_ids[i]` is the vacancy of `items[i]`):
    one `IntakeSnapshot` per department and date, then all checks in one executemany."""
    if len(items) != len(vacancy_ids):
        raise ValueError("one vacancy id per check")
    for day, group in _by_date(items).items():
        ids = [vacancy_ids[i] for i, item in enumerate(items) if item.report_date == day]
        store_check_columns(
            session,
            day,
            vacancy_ids=ids,
            department_ids=[item.department_id for item in group],
            types=[item.dwelling_type for item in group],
            rooms=[item.rooms for item in group],
            totals=[stored_money(item.monthly_total) or 0 for item in group],
        )
    return len(items)


def store_check_columns(
    session: Session,
    day: dt.date,
    *,
    vacancy_ids: Sequence[int],
    department_ids: Sequence[int | None],
    types: Sequence[DwellingType],
    rooms: Sequence[float | None],
    totals: Sequence[int],
) -> None:
    """Check dwellings reported on `day`, given a column per input (the monthly totals in øre),
    and store the checks in one executemany (an import stores 50,000)."""
    count = len(vacancy_ids)
    if not count:
        return
    now = utcnow()
    checker = Checker(session, day, set(department_ids))
    shared = _store_shared(session, checker, now)
    # Dwellings alike in department, type, rooms and monthly total get the same check: each is
    # judged once (a file repeats them), its record made and written as JSON once.
    judged: dict[tuple[int | None, DwellingType, float | None, int], tuple[object, ...]] = {}
    rows = []
    for alike in zip(department_ids, types, rooms, totals, strict=True):
        row = judged.get(alike)
        if row is None:
            row = judged[alike] = _stored_check(checker, shared, *alike)
        rows.append(row)
    names = (
        *("shared_id", "colour", "flexible_letting", "list_kinds", "may_report"),
        *("monthly_total", "rent_ceiling", "rent_relevant", "proposal", "reason_code"),
        *("reason_text", "snapshot"),
    )
    table: Table = IntakeCheck.__table__  # type: ignore[assignment]
    # A column at a time: zip(*rows) would make an iterator per row, all alive at once.
    columns = {name: list(map(itemgetter(at), rows)) for at, name in enumerate(names)}
    insert_columns(
        session,
        table,
        count,
        {"vacancy_id": vacancy_ids, **columns},
        {"checked_at": stored_datetime(now), "decision_date": stored_date(day)},
    )


def _stored_check(
    checker: Checker,
    shared: dict[int | None, tuple[int | None, str | None, str | None, str, bool | None]],
    department_id: int | None,
    dwelling_type: DwellingType,
    rooms: float | None,
    total: int,
) -> tuple[object, ...]:
    """The stored values of one check (see `store_check_columns`), the total in øre."""
    monthly_total = Decimal(total).scaleb(-2)
    ceiling, relevant, reasons, own_notes = checker.judge(
        department_id, dwelling_type, rooms, monthly_total
    )
    own = checker.own_part(dwelling_type, rooms, monthly_total, ceiling, reasons, own_notes)
    return (
        *shared[department_id],
        total,
        stored_money(ceiling),
        relevant,
        _proposal(reasons).value,
        _reason_code(reasons),
        _reason_text(reasons),
        stored_json(own),
    )


def _store_shared(
    session: Session, checker: Checker, now: dt.datetime
) -> dict[int | None, tuple[int | None, str | None, str | None, str, bool | None]]:
    """One `IntakeSnapshot` per department; per department (snapshot id, colour, flexible
    letting, list kinds as JSON, may report) as the check rows store them. A landlord's
    dwelling (None) shares nothing: its check's own `snapshot` holds all of it."""
    rows = {
        dept_id: IntakeSnapshot(
            department_id=dept_id,
            decision_date=checker.day,
            created_at=now,
            data=shared_part(part),
        )
        for dept_id, part in checker.parts.items()
        if dept_id is not None
    }
    session.add_all(rows.values())
    session.flush()
    found: dict[int | None, tuple[int | None, str | None, str | None, str, bool | None]] = {
        None: (None, None, None, stored_json([]), None)
    }
    for dept_id, row in rows.items():
        status = checker.statuses[dept_id]
        found[dept_id] = (
            row.id,
            None if status.colour is None else status.colour.value,
            None if status.flexible_letting is None else status.flexible_letting.value,
            stored_json(list(checker.parts[dept_id].list_kinds)),
            status.may_report,
        )
    return found


def full_snapshot(own: Mapping[str, Any], shared: Mapping[str, Any] | None) -> dict[str, Any]:
    """The whole record of a check, {"colour_status", "rent", "reasons", "notes"}, from its own
    `snapshot` and its `IntakeSnapshot.data` (None for checks that stored everything)."""
    if shared is None:
        return dict(own)
    return {
        "colour_status": shared.get("colour_status"),
        "rent": own.get("rent"),
        "reasons": list(own.get("reasons", ())),
        "notes": [*own.get("notes", ()), *shared.get("notes", ())],
    }


def check_snapshots(session: Session, checks: Iterable[IntakeCheck]) -> dict[int, dict[str, Any]]:
    """The whole record (`full_snapshot`) of each check, by check id."""
    listed = list(checks)
    wanted = {c.shared_id for c in listed if c.shared_id is not None}
    shared: dict[int, dict[str, Any]] = {}
    if wanted:
        shared = dict(
            session.execute(
                select(IntakeSnapshot.id, IntakeSnapshot.data).where(IntakeSnapshot.id.in_(wanted))
            ).all()
        )
    return {
        c.id: full_snapshot(
            c.snapshot or {}, None if c.shared_id is None else shared.get(c.shared_id, {})
        )
        for c in listed
    }


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
