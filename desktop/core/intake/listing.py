"""The vacancy list (Ledige boliger): filters and sort in SQL, a page of plain rows at a time,
and the detail of one dwelling with its history and intake checks."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db.enums import Colour, DwellingType, IntakeProposal, VacancyStatus
from db.models import (
    Department,
    ImportBatch,
    IntakeCheck,
    Landlord,
    Organisation,
    Placement,
    Vacancy,
    VacancyEvent,
)
from desktop.core import settings
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.matching.counts import eligible_counts_in
from desktop.core.registry import partners
from desktop.core.rent_loss import rent_loss
from desktop.core.schemes.settings import ORDINARY, SCHEMES
from desktop.core.settings import DEADLINES
from desktop.core.workdays import add_working_days, working_days_between
from desktop.core.workspace import Workspace

# Statuses in which the desk still has to act before its deadline.
OPEN_STATUSES = (VacancyStatus.RECEIVED, VacancyStatus.ACCEPTED, VacancyStatus.OFFERED)
# Statuses in which the municipality pays rent loss (a returned dwelling was never the desk's).
LOSS_STATUSES = (
    VacancyStatus.ACCEPTED,
    VacancyStatus.OFFERED,
    VacancyStatus.LET,
    VacancyStatus.GIVEN_BACK,
)


class DeadlineFilter(enum.StrEnum):
    OVERDUE = "overdue"  # the desk's deadline has passed and the dwelling is still open
    SOON = "soon"  # due within the warning days (setting), not yet passed
    LATER = "later"  # due after the warning days


@dataclass(frozen=True)
class VacancyFilter:
    statuses: tuple[VacancyStatus, ...] = ()
    organisation_id: int | None = None
    colour: Colour | None = None  # the department's colour today
    uncoloured: bool = False  # departments without a colour today (not a landlord's dwelling)
    dwelling_type: DwellingType | None = None
    deadline: DeadlineFilter | None = None
    text: str = ""  # address, lease number, department number or name
    import_batch_id: int | None = None  # the dwellings of one import ("denne indlæsning")
    scheme: str | None = None  # the dwellings of one housing scheme (its key)


class VacancyRow(NamedTuple):
    """One line of the vacancy list."""

    id: int
    version: int
    status: VacancyStatus
    organisation: str  # "145 Himmerland Boligforening", or the private landlord's name
    department: str  # "07 Storkereden", or "private landlord" (the organisation: its name)
    address: str  # "Kildeparken 12, 2. tv."
    postcode_city: str
    dwelling_type: DwellingType
    rooms: float | None
    area_m2: float | None
    monthly_total: Decimal
    colour: Colour | None
    available_from: dt.date
    desk_deadline: dt.date | None
    days_left: int | None  # working days to the desk's deadline (negative: overdue)
    rent_loss: Decimal | None
    proposal: IntakeProposal | None  # of the newest check, while the dwelling is received
    reason: str | None  # the return reason, or the proposal's reason
    # applicants who may be offered the dwelling now, while the desk still acts on it (received,
    # accepted, offered); None otherwise or when not asked for (`list_vacancies(candidates=)`)
    candidates: int | None = None
    organisation_id: int | None = None  # whom a reply about the dwelling goes to
    scheme: str = ORDINARY  # the housing scheme's key
    scheme_name: str = ""  # ... and its name in the schemes in force today
    landlord_id: int | None = None  # a private landlord's dwelling (no department)


SORT_KEYS = (
    "status",
    "organisation",
    "department",
    "address",
    "postcode",
    "type",
    "scheme",
    "rooms",
    "area",
    "monthly_total",
    "colour",
    "available_from",
    "deadline",
)


def monthly_total_sql() -> Any:
    return (
        Vacancy.rent
        + func.coalesce(Vacancy.aconto_heating, 0)
        + func.coalesce(Vacancy.aconto_water, 0)
        + func.coalesce(Vacancy.aconto_other, 0)
    )


def _colour_today(today: dt.date) -> Any:
    return (
        select(Placement.colour)
        .where(
            Placement.department_id == Vacancy.department_id,
            Placement.valid_from <= today,
            or_(Placement.valid_to.is_(None), Placement.valid_to >= today),
        )
        .order_by(Placement.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )


def _latest_check(column: Any) -> Any:
    """`column` of the vacancy's newest intake check (a correlated scalar subquery)."""
    return (
        select(column)
        .where(IntakeCheck.vacancy_id == Vacancy.id)
        .order_by(IntakeCheck.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _where(query: Select[Any], flt: VacancyFilter, session: Session, today: dt.date) -> Select[Any]:
    if flt.statuses:
        query = query.where(Vacancy.status.in_(list(flt.statuses)))
    if flt.organisation_id is not None:
        query = query.where(Department.organisation_id == flt.organisation_id)
    if flt.import_batch_id is not None:
        query = query.where(Vacancy.import_batch_id == flt.import_batch_id)
    if flt.dwelling_type is not None:
        query = query.where(Vacancy.dwelling_type == flt.dwelling_type)
    if flt.scheme is not None:
        query = query.where(Vacancy.scheme == flt.scheme)
    if flt.colour is not None:
        query = query.where(_colour_today(today) == flt.colour)
    elif flt.uncoloured:
        query = query.where(Vacancy.department_id.is_not(None), _colour_today(today).is_(None))
    if flt.deadline is not None:
        warn = settings.get(session, DEADLINES, today).warn_days
        soon = add_working_days(today, warn)
        open_ = and_(Vacancy.status.in_(list(OPEN_STATUSES)), Vacancy.desk_deadline.is_not(None))
        if flt.deadline == DeadlineFilter.OVERDUE:
            query = query.where(open_, Vacancy.desk_deadline < today)
        elif flt.deadline == DeadlineFilter.SOON:
            query = query.where(
                open_, Vacancy.desk_deadline >= today, Vacancy.desk_deadline <= soon
            )
        else:
            query = query.where(open_, Vacancy.desk_deadline > soon)
    text = flt.text.strip()
    if text:
        like = f"%{text.casefold()}%"
        query = query.where(
            or_(
                func.lower(Vacancy.street).like(like),
                func.lower(Vacancy.address_text).like(like),
                func.lower(Vacancy.lease_number).like(like),
                Department.search_text.like(like),
                func.lower(Department.name).like(like),
                func.lower(Landlord.name).like(like),
            )
        )
    return query


def _base(columns: Sequence[Any]) -> Select[Any]:
    # Outer joins: a dwelling has a department (and organisation) or a private landlord.
    return (
        select(*columns)
        .select_from(Vacancy)
        .outerjoin(Department, Vacancy.department_id == Department.id)
        .outerjoin(Organisation, Department.organisation_id == Organisation.id)
        .outerjoin(Landlord, Vacancy.landlord_id == Landlord.id)
    )


def count_vacancies(ws: Workspace, flt: VacancyFilter) -> int:
    with ws.read() as session:
        query = _where(_base([func.count(Vacancy.id)]), flt, session, ws.today())
        return int(session.execute(query).scalar_one())


def _order(key: str | None, descending: bool, today: dt.date) -> list[Any]:
    columns: dict[str, Sequence[Any]] = {
        "status": [Vacancy.status],
        "organisation": [Organisation.number, Department.number, Landlord.name],
        "department": [Organisation.number, Department.number, Landlord.name],
        "address": [Vacancy.street, Vacancy.house_number],
        "postcode": [Vacancy.postcode],
        "type": [Vacancy.dwelling_type],
        "scheme": [Vacancy.scheme],
        "rooms": [Vacancy.rooms],
        "area": [Vacancy.area_m2],
        "monthly_total": [monthly_total_sql()],
        "colour": [_colour_today(today)],
        "available_from": [Vacancy.available_from],
        "deadline": [Vacancy.desk_deadline],
    }
    chosen = columns.get(key or "", [Vacancy.available_from])
    ordered = [c.desc() if descending else c.asc() for c in chosen]
    return [*ordered, Vacancy.id.desc() if descending else Vacancy.id.asc()]


def list_vacancies(
    ws: Workspace,
    flt: VacancyFilter,
    *,
    sort: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    candidates: bool = False,
) -> list[VacancyRow]:
    """A page of the list, ordered in SQL by one of `SORT_KEYS` (then by id); with `candidates`
    each open dwelling's eligible-candidate count (the matching rules run for the page: a
    background task in the window)."""
    today = ws.today()
    with ws.read() as session:
        columns = [
            Vacancy.id,
            Vacancy.version,
            Vacancy.status,
            Organisation.number,
            Organisation.name,
            Department.number,
            Department.name,
            Vacancy.street,
            Vacancy.house_number,
            Vacancy.floor,
            Vacancy.door,
            Vacancy.postcode,
            Vacancy.city,
            Vacancy.dwelling_type,
            Vacancy.rooms,
            Vacancy.area_m2,
            Vacancy.rent,
            Vacancy.aconto_heating,
            Vacancy.aconto_water,
            Vacancy.aconto_other,
            _colour_today(today).label("colour"),
            Vacancy.available_from,
            Vacancy.at_disposal_from,
            Vacancy.desk_deadline,
            Vacancy.lease_start,
            Vacancy.given_back_on,
            Vacancy.return_reason,
            _latest_check(IntakeCheck.proposal).label("proposal"),
            _latest_check(IntakeCheck.reason_text).label("proposal_reason"),
            Organisation.id.label("organisation_id"),
            Vacancy.scheme,
            Vacancy.landlord_id,
            Landlord.name.label("landlord_name"),
        ]
        query = _where(_base(columns), flt, session, today)
        query = query.order_by(*_order(sort, descending, today)).offset(offset).limit(limit)
        schemes = settings.get(session, SCHEMES, today)
        rows = [_row(r, today, schemes.scheme_of(r.scheme).name) for r in session.execute(query)]
        if candidates:
            counted = eligible_counts_in(
                session, [r.id for r in rows if r.status in OPEN_STATUSES], today
            )
            rows = [r._replace(candidates=counted.get(r.id)) for r in rows]
    return rows


def _row(r: Any, today: dt.date, scheme_name: str) -> VacancyRow:
    total = r.rent + sum(
        (a for a in (r.aconto_heating, r.aconto_water, r.aconto_other) if a is not None),
        Decimal(0),
    )
    days_left = None
    if r.status in OPEN_STATUSES and r.desk_deadline is not None:
        days_left = working_days_between(today, r.desk_deadline)
    loss = None
    if r.status in LOSS_STATUSES:
        loss = rent_loss(
            total,
            r.at_disposal_from,
            until=today,
            lease_start=r.lease_start,
            given_back_on=r.given_back_on,
        )
    # The intake check's proposal matters while staff have not decided.
    proposal = None
    if r.status == VacancyStatus.RECEIVED and r.proposal is not None:
        proposal = IntakeProposal(r.proposal)
    reason = r.return_reason if r.status == VacancyStatus.RETURNED else None
    if proposal == IntakeProposal.RETURN:
        reason = r.proposal_reason
    letting = partners.partner(r[3], r[4], r[5], r[6], r.landlord_name, r.landlord_id)
    return VacancyRow(
        id=r.id,
        version=r.version,
        status=r.status,
        organisation=letting.organisation,
        department=letting.department,
        address=format_address(r.street, r.house_number, r.floor, r.door),
        postcode_city=" ".join(p for p in (r.postcode, r.city) if p),
        dwelling_type=r.dwelling_type,
        rooms=r.rooms,
        area_m2=r.area_m2,
        monthly_total=total,
        colour=None if r.colour is None else Colour(r.colour),
        available_from=r.available_from,
        desk_deadline=r.desk_deadline,
        days_left=days_left,
        rent_loss=loss,
        proposal=proposal,
        reason=reason,
        organisation_id=r.organisation_id,
        scheme=r.scheme,
        scheme_name=scheme_name,
        landlord_id=r.landlord_id,
    )


# --- one dwelling ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventView:
    at: dt.datetime
    by: str
    from_status: VacancyStatus | None
    to_status: VacancyStatus
    note: str | None


@dataclass(frozen=True)
class CheckView:
    checked_at: dt.datetime
    decision_date: dt.date
    colour: Colour | None
    flexible_letting: str | None
    list_kinds: tuple[str, ...]
    may_report: bool | None
    monthly_total: Decimal | None
    rent_ceiling: Decimal | None
    rent_relevant: bool | None
    proposal: IntakeProposal
    reason_text: str | None
    notes: tuple[str, ...]
    confirmed_by: str | None
    confirmed_at: dt.datetime | None


@dataclass(frozen=True)
class VacancyDetail:
    id: int
    version: int
    status: VacancyStatus
    organisation_number: str
    organisation_name: str
    department_number: str
    department_name: str
    lease_number: str | None
    dwelling_type: DwellingType
    address: str
    address_text: str | None
    postcode: str | None
    city: str | None
    rooms: float | None
    area_m2: float | None
    rent: Decimal
    aconto_heating: Decimal | None
    aconto_water: Decimal | None
    aconto_other: Decimal | None
    monthly_total: Decimal
    deposit: Decimal | None
    available_from: dt.date
    reported_on: dt.date
    at_disposal_from: dt.date | None
    desk_deadline: dt.date | None
    days_left: int | None
    lease_start: dt.date | None
    given_back_on: dt.date | None
    decided_on: dt.date | None
    return_reason: str | None
    rent_loss: Decimal | None
    elevator: bool | None
    pets_allowed: bool | None
    wheelchair_accessible: bool | None
    step_free: bool | None
    remarks: str | None
    viewing_contact: str | None
    source: str | None  # "file.xlsx, sheet Ledige, row 12" or None for manual entry
    events: tuple[EventView, ...]
    checks: tuple[CheckView, ...]  # newest first
    candidates: int | None = None  # eligible applicants now, while the desk acts on it
    scheme: str = ORDINARY  # the housing scheme's key
    scheme_name: str = ""  # ... and its name in the schemes in force today
    landlord_id: int | None = None  # a private landlord's dwelling: no department
    landlord_name: str = ""

    @property
    def partner(self) -> str:
        """Who lets it: "088-07 Kildeparken (Plus Bolig)", or "Nordbo ApS (private landlord)"."""
        if self.landlord_id is not None:
            return partners.landlord_place(self.landlord_name)
        return (
            f"{self.organisation_number}-{self.department_number} {self.department_name} "
            f"({self.organisation_name})"
        )

    @property
    def latest_check(self) -> CheckView | None:
        return self.checks[0] if self.checks else None


def vacancy_detail(ws: Workspace, vacancy_id: int) -> VacancyDetail:
    today = ws.today()
    with ws.read() as session:
        v = session.get(Vacancy, vacancy_id)
        if v is None:
            raise NotFound(translate("Intake", "The dwelling no longer exists."))
        dept = v.department
        org = None if dept is None else dept.organisation
        landlord = v.landlord
        source = None
        if v.import_batch_id is not None:
            filename = session.scalar(
                select(ImportBatch.filename).where(ImportBatch.id == v.import_batch_id)
            )
            source = translate("Intake", "{file}, sheet {sheet}, row {row}").format(
                file=filename, sheet=v.source_sheet, row=v.source_row
            )
        events = session.scalars(
            select(VacancyEvent)
            .where(VacancyEvent.vacancy_id == v.id)
            .order_by(VacancyEvent.at, VacancyEvent.id)
        ).all()
        checks = session.scalars(
            select(IntakeCheck)
            .where(IntakeCheck.vacancy_id == v.id)
            .order_by(IntakeCheck.checked_at.desc(), IntakeCheck.id.desc())
        ).all()
        # here: the check loads the importers' machinery, which Overblik's rent loss (it reads
        # the monthly total from this module) does not need before it shows (bench/startup.py)
        from desktop.core.intake.check import check_snapshots  # noqa: PLC0415

        snapshots = check_snapshots(session, checks)
        candidates = None
        if v.status in OPEN_STATUSES:
            candidates = eligible_counts_in(session, [v.id], today).get(v.id)
        total = v.monthly_total
        days_left = None
        if v.status in OPEN_STATUSES and v.desk_deadline is not None:
            days_left = working_days_between(today, v.desk_deadline)
        loss = None
        if v.status in LOSS_STATUSES:
            loss = rent_loss(
                total,
                v.at_disposal_from,
                until=today,
                lease_start=v.lease_start,
                given_back_on=v.given_back_on,
            )
        return VacancyDetail(
            id=v.id,
            version=v.version,
            status=v.status,
            organisation_number="" if org is None else org.number,
            organisation_name="" if org is None else org.name,
            department_number="" if dept is None else dept.number,
            department_name="" if dept is None else dept.name,
            lease_number=v.lease_number,
            dwelling_type=v.dwelling_type,
            address=format_address(v.street, v.house_number, v.floor, v.door),
            address_text=v.address_text,
            postcode=v.postcode,
            city=v.city,
            rooms=v.rooms,
            area_m2=v.area_m2,
            rent=v.rent,
            aconto_heating=v.aconto_heating,
            aconto_water=v.aconto_water,
            aconto_other=v.aconto_other,
            monthly_total=total,
            deposit=v.deposit,
            available_from=v.available_from,
            reported_on=v.reported_on,
            at_disposal_from=v.at_disposal_from,
            desk_deadline=v.desk_deadline,
            days_left=days_left,
            lease_start=v.lease_start,
            given_back_on=v.given_back_on,
            decided_on=v.decided_on,
            return_reason=v.return_reason,
            rent_loss=loss,
            elevator=v.elevator,
            pets_allowed=v.pets_allowed,
            wheelchair_accessible=v.wheelchair_accessible,
            step_free=v.step_free,
            remarks=v.remarks,
            viewing_contact=v.viewing_contact,
            source=source,
            events=_history(v, source, events),
            checks=tuple(
                CheckView(
                    checked_at=c.checked_at,
                    decision_date=c.decision_date,
                    colour=c.colour,
                    flexible_letting=None
                    if c.flexible_letting is None
                    else c.flexible_letting.value,
                    list_kinds=tuple(c.list_kinds or ()),
                    may_report=c.may_report,
                    monthly_total=c.monthly_total,
                    rent_ceiling=c.rent_ceiling,
                    rent_relevant=c.rent_relevant,
                    proposal=c.proposal,
                    reason_text=c.reason_text,
                    notes=tuple(snapshots[c.id].get("notes", ())),
                    confirmed_by=c.confirmed_by,
                    confirmed_at=c.confirmed_at,
                )
                for c in checks
            ),
            candidates=candidates,
            scheme=v.scheme,
            scheme_name=settings.get(session, SCHEMES, today).scheme_of(v.scheme).name,
            landlord_id=v.landlord_id,
            landlord_name="" if landlord is None else landlord.name,
        )


def _history(
    vacancy: Vacancy, source: str | None, events: Sequence[VacancyEvent]
) -> tuple[EventView, ...]:
    """The stored events, after the dwelling's arrival (its creation; see `store`)."""
    stored = tuple(EventView(e.at, e.by, e.from_status, e.to_status, e.note) for e in events)
    if any(e.from_status is None for e in stored):
        return stored  # an arrival event was stored (e.g. demo data)
    note = (
        translate("Intake", "Imported from {source}").format(source=source)
        if source
        else translate("Intake", "Entered by hand")
    )
    arrival = EventView(vacancy.created_at, vacancy.created_by, None, VacancyStatus.RECEIVED, note)
    return (arrival, *stored)


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    number: str
    name: str


def organisations(ws: Workspace) -> list[OrganisationChoice]:
    """Every active organisation, for the filter and the import dialog."""
    with ws.read() as session:
        rows = session.execute(
            select(Organisation.id, Organisation.number, Organisation.name)
            .where(Organisation.active.is_(True))
            .order_by(Organisation.number)
        ).all()
    return [OrganisationChoice(*r) for r in rows]
