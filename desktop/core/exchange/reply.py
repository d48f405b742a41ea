"""The reply workbook (step 5): what the desk sends each organisation for a period.

One sheet per status group (received, accepted, let, returned, given back) and a summary sheet.
Every row is one of the organisation's dwellings with its housing scheme (the desk's name for
it), the desk's decision (accepted, or returned
and why), the newest offer's status, the allocated tenant's name, phone, e-mail and postal
address for the lease (with the c/o line; never a CPR number, a sensitive fact or where the
tenant stays), the move-in date and the rent loss.

The period holds every dwelling the desk had in hand during it: reported on or before its last
day and not closed before its first (a returned dwelling closes on its decision, a let one when
its lease starts, a given-back one when it was given back). The rent loss is counted up to the
end of the period, or up to yesterday while the period runs.

openpyxl (~100 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db import postal
from db.enums import AuditAction, DwellingType, OfferStatus, VacancyStatus
from db.models import Applicant, Department, Offer, Organisation, Vacancy
from desktop.core import audit, settings
from desktop.core.applicants import access
from desktop.core.applicants.addresses import POSTAL_COLUMNS
from desktop.core.errors import NotFound, ValidationError
from desktop.core.exchange import reply_history
from desktop.core.exchange.workbook import Book, Col, Kind, write_file
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.intake.listing import LOSS_STATUSES
from desktop.core.intake.rules import dwelling_type_label
from desktop.core.registry.departments import OrganisationRef
from desktop.core.rent_loss import bearer, daily_rate, loss_days
from desktop.core.schemes import labels as scheme_labels
from desktop.core.schemes.settings import SCHEMES
from desktop.core.workspace import Workspace

S = VacancyStatus
_CENT = Decimal("0.01")


class Group(StrEnum):
    """The status groups, one sheet each, in the order of the flow."""

    RECEIVED = "received"
    ACCEPTED = "accepted"  # accepted or offered: the desk is finding a tenant
    LET = "let"
    RETURNED = "returned"
    GIVEN_BACK = "given_back"


GROUP_OF: dict[VacancyStatus, Group] = {
    S.RECEIVED: Group.RECEIVED,
    S.ACCEPTED: Group.ACCEPTED,
    S.OFFERED: Group.ACCEPTED,
    S.LET: Group.LET,
    S.RETURNED: Group.RETURNED,
    S.GIVEN_BACK: Group.GIVEN_BACK,
}


def group_title(group: Group) -> str:
    """The group's sheet name (at most 31 characters in every language)."""
    return {
        Group.RECEIVED: translate("ReplyWorkbook", "Received"),
        Group.ACCEPTED: translate("ReplyWorkbook", "Accepted"),
        Group.LET: translate("ReplyWorkbook", "Let"),
        Group.RETURNED: translate("ReplyWorkbook", "Returned"),
        Group.GIVEN_BACK: translate("ReplyWorkbook", "Given back"),
    }[group]


def group_explanation(group: Group) -> str:
    return {
        Group.RECEIVED: translate("ReplyWorkbook", "Reported; the desk has not decided yet."),
        Group.ACCEPTED: translate(
            "ReplyWorkbook", "Accepted by the desk; a tenant is being found or has been offered."
        ),
        Group.LET: translate("ReplyWorkbook", "Let to the tenant the desk allocated."),
        Group.RETURNED: translate(
            "ReplyWorkbook", "Returned to the organisation, with the reason."
        ),
        Group.GIVEN_BACK: translate(
            "ReplyWorkbook", "Accepted, then given back unused: the organisation lets it."
        ),
    }[group]


def offer_status_text(status: OfferStatus | None) -> str | None:
    if status is None:
        return None
    return {
        OfferStatus.DRAFT: translate("ReplyWorkbook", "Offer being prepared"),
        OfferStatus.SENT: translate("ReplyWorkbook", "Offer sent"),
        OfferStatus.ACCEPTED: translate("ReplyWorkbook", "Offer accepted"),
        OfferStatus.DECLINED: translate("ReplyWorkbook", "Offer declined"),
        OfferStatus.EXPIRED: translate("ReplyWorkbook", "No answer"),
        OfferStatus.WITHDRAWN: translate("ReplyWorkbook", "Offer withdrawn"),
    }[status]


def decision_text(status: VacancyStatus) -> str | None:
    if status == S.RECEIVED:
        return None
    if status == S.RETURNED:
        return translate("ReplyWorkbook", "Returned")
    return translate("ReplyWorkbook", "Accepted")


class ReplyLine(NamedTuple):
    """One dwelling of the reply."""

    vacancy_id: int
    status: VacancyStatus
    department_number: str
    department_name: str
    lease_number: str | None
    address: str
    postcode: str | None
    city: str | None
    dwelling_type: DwellingType
    rooms: float | None
    area_m2: float | None
    monthly_total: Decimal
    available_from: dt.date
    reported_on: dt.date
    decided_on: dt.date | None
    return_reason: str | None
    at_disposal_from: dt.date | None
    desk_deadline: dt.date | None
    offers: int
    offer_status: OfferStatus | None  # of the newest offer
    offer_sent_on: dt.date | None
    offer_deadline: dt.date | None
    tenant_id: int | None  # the applicant of the accepted offer
    tenant_name: str | None
    tenant_phone: str | None
    tenant_email: str | None
    lease_start: dt.date | None
    given_back_on: dt.date | None
    rent_loss_days: int
    rent_loss: Decimal
    tenant_address: str | None = None  # where post reaches the tenant: "c/o ..., street, town"
    scheme: str = ""  # the housing scheme's name (the desk's own words, Danish)
    loss_bearer: str = ""  # who bears the rent loss, by the scheme


@dataclass(frozen=True)
class ReplyData:
    organisation: OrganisationRef
    start: dt.date
    end: dt.date
    loss_until: dt.date  # the last day the rent loss is counted for
    made_on: dt.date
    desk: settings.DeskContact
    lines: tuple[ReplyLine, ...]

    def group(self, group: Group) -> list[ReplyLine]:
        return [line for line in self.lines if GROUP_OF[line.status] == group]

    @property
    def tenant_ids(self) -> list[int]:
        return sorted({line.tenant_id for line in self.lines if line.tenant_id is not None})


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(
            translate("ReplyWorkbook", "The period ends before it begins. Check the dates."),
            {"end": translate("ReplyWorkbook", "The last day must be on or after the first.")},
        )


def _organisation(session: Session, organisation_id: int) -> OrganisationRef:
    found = session.execute(
        select(Organisation.id, Organisation.number, Organisation.name).where(
            Organisation.id == organisation_id
        )
    ).first()
    if found is None:
        raise NotFound(translate("ReplyWorkbook", "The housing organisation no longer exists."))
    return OrganisationRef(*found)


def in_period(start: dt.date, end: dt.date) -> Any:
    """The condition: the desk had the dwelling in hand during [start, end]."""
    return and_(
        Vacancy.reported_on <= end,
        or_(
            Vacancy.status.in_([S.RECEIVED, S.ACCEPTED, S.OFFERED]),
            and_(Vacancy.status == S.RETURNED, func.coalesce(Vacancy.decided_on, end) >= start),
            and_(Vacancy.status == S.LET, func.coalesce(Vacancy.lease_start, end) >= start),
            and_(
                Vacancy.status == S.GIVEN_BACK, func.coalesce(Vacancy.given_back_on, end) >= start
            ),
        ),
    )


def reply_data(ws: Workspace, organisation_id: int, start: dt.date, end: dt.date) -> ReplyData:
    """The organisation's dwellings in the period with everything the reply shows."""
    check_period(start, end)
    today = ws.today()
    until = min(end + dt.timedelta(days=1), today)  # exclusive: rent loss counts days before it
    with ws.read() as session:
        organisation = _organisation(session, organisation_id)
        where = and_(Department.organisation_id == organisation_id, in_period(start, end))
        vacancies = session.execute(
            select(Vacancy, Department.number, Department.name)
            .join(Department, Vacancy.department_id == Department.id)
            .where(where)
            .order_by(Department.number, Vacancy.available_from, Vacancy.id)
        ).all()
        offers = _offers(session, where)
        desk = settings.get(session, settings.DESK_CONTACT, today)
        schemes = settings.get(session, SCHEMES, today)
        lines = [
            _line(vacancy, number, name, offers.get(vacancy.id, []), until)._replace(
                scheme=schemes.scheme_of(vacancy.scheme).name,
                loss_bearer=scheme_labels.bearer(bearer(schemes, vacancy.scheme)),
            )
            for vacancy, number, name in vacancies
        ]
    return ReplyData(
        organisation,
        start,
        end,
        until - dt.timedelta(days=1),
        today,
        desk,
        tuple(lines),
    )


class _OfferRow(NamedTuple):
    vacancy_id: int
    status: OfferStatus
    sent_on: dt.date | None
    reply_deadline: dt.date | None
    applicant_id: int
    name: str | None
    phone: str | None
    email: str | None
    care_of: str | None
    street: str | None
    postcode: str | None
    town: str | None


def _offers(session: Session, where: Any) -> dict[int, list[_OfferRow]]:
    """Every offer of the selected dwellings, oldest first, with the contact data of the
    applicant (used only for an accepted offer)."""
    rows = session.execute(
        select(
            Offer.vacancy_id,
            Offer.status,
            Offer.sent_on,
            Offer.reply_deadline,
            Offer.applicant_id,
            Applicant.name,
            Applicant.phone,
            Applicant.email,
            *POSTAL_COLUMNS,
        )
        .join(Vacancy, Offer.vacancy_id == Vacancy.id)
        .join(Department, Vacancy.department_id == Department.id)
        .join(Applicant, Offer.applicant_id == Applicant.id)
        .where(where)
        .order_by(Offer.vacancy_id, Offer.id)
    ).all()
    found: dict[int, list[_OfferRow]] = {}
    for row in rows:
        found.setdefault(row[0], []).append(_OfferRow._make(row))
    return found


def _line(
    vacancy: Vacancy,
    department_number: str,
    department_name: str,
    offers: Sequence[_OfferRow],
    until: dt.date,
) -> ReplyLine:
    newest = offers[-1] if offers else None
    tenant = next((o for o in reversed(offers) if o.status == OfferStatus.ACCEPTED), None)
    monthly = vacancy.monthly_total
    days = 0
    loss = Decimal(0).quantize(_CENT)
    if vacancy.status in LOSS_STATUSES:
        days = loss_days(
            vacancy.at_disposal_from,
            until=until,
            lease_start=vacancy.lease_start,
            given_back_on=vacancy.given_back_on,
        )
        loss = (daily_rate(monthly) * days).quantize(_CENT)
    return ReplyLine(
        vacancy.id,
        vacancy.status,
        department_number,
        department_name,
        vacancy.lease_number,
        format_address(vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door),
        vacancy.postcode,
        vacancy.city,
        vacancy.dwelling_type,
        vacancy.rooms,
        vacancy.area_m2,
        monthly,
        vacancy.available_from,
        vacancy.reported_on,
        vacancy.decided_on,
        vacancy.return_reason,
        vacancy.at_disposal_from,
        vacancy.desk_deadline,
        len(offers),
        None if newest is None else newest.status,
        None if newest is None else newest.sent_on,
        None if newest is None else newest.reply_deadline,
        None if tenant is None else tenant.applicant_id,
        None if tenant is None else tenant.name,
        None if tenant is None else tenant.phone,
        None if tenant is None else tenant.email,
        vacancy.lease_start,
        vacancy.given_back_on,
        days,
        loss,
        None
        if tenant is None
        else postal.one_line(tenant.care_of, tenant.street, tenant.postcode, tenant.town),
    )


# --- the workbook --------------------------------------------------------------------------


Getter = Callable[[ReplyLine], Any]


def _columns() -> dict[str, tuple[Col, Getter]]:
    """Every column a group sheet may show: (column, value of a line)."""
    types = {kind: dwelling_type_label(kind) for kind in DwellingType}
    return {
        "department": (
            Col(translate("ReplyWorkbook", "Department"), 11, Kind.CODE),
            lambda r: r[2],
        ),
        "department_name": (Col(translate("ReplyWorkbook", "Department name"), 22), lambda r: r[3]),
        "lease": (Col(translate("ReplyWorkbook", "Lease number"), 13, Kind.CODE), lambda r: r[4]),
        "address": (Col(translate("ReplyWorkbook", "Address"), 28), lambda r: r[5]),
        "postcode": (Col(translate("ReplyWorkbook", "Postcode"), 9, Kind.CODE), lambda r: r[6]),
        "city": (Col(translate("ReplyWorkbook", "Town"), 14), lambda r: r[7]),
        "type": (Col(translate("ReplyWorkbook", "Dwelling type"), 15), lambda r: types[r[8]]),
        "scheme": (Col(translate("ReplyWorkbook", "Housing scheme"), 22), lambda r: r.scheme),
        "rooms": (Col(translate("ReplyWorkbook", "Rooms"), 8, Kind.DECIMAL), lambda r: r[9]),
        "area": (Col(translate("ReplyWorkbook", "Area (m²)"), 9, Kind.DECIMAL), lambda r: r[10]),
        "rent": (
            Col(translate("ReplyWorkbook", "Rent incl. a conto"), 14, Kind.MONEY),
            lambda r: r[11],
        ),
        "available": (
            Col(translate("ReplyWorkbook", "Available from"), 12, Kind.DATE),
            lambda r: r[12],
        ),
        "reported": (
            Col(translate("ReplyWorkbook", "Reported on"), 12, Kind.DATE),
            lambda r: r[13],
        ),
        "decision": (
            Col(translate("ReplyWorkbook", "Decision"), 12),
            lambda r: decision_text(r[1]),
        ),
        "decided": (Col(translate("ReplyWorkbook", "Decided on"), 12, Kind.DATE), lambda r: r[14]),
        "reason": (Col(translate("ReplyWorkbook", "Reason"), 40), lambda r: r[15]),
        "disposal": (
            Col(translate("ReplyWorkbook", "At the desk's disposal from"), 14, Kind.DATE),
            lambda r: r[16],
        ),
        "deadline": (
            Col(translate("ReplyWorkbook", "Desk's deadline"), 12, Kind.DATE),
            lambda r: r[17],
        ),
        "offers": (Col(translate("ReplyWorkbook", "Offers"), 8, Kind.INT), lambda r: r[18]),
        "offer_status": (
            Col(translate("ReplyWorkbook", "Offer status"), 20),
            lambda r: offer_status_text(r[19]),
        ),
        "offer_sent": (
            Col(translate("ReplyWorkbook", "Offer sent"), 12, Kind.DATE),
            lambda r: r[20],
        ),
        "offer_deadline": (
            Col(translate("ReplyWorkbook", "Reply deadline"), 12, Kind.DATE),
            lambda r: r[21],
        ),
        "tenant": (Col(translate("ReplyWorkbook", "Tenant"), 24), lambda r: r[23]),
        "phone": (Col(translate("ReplyWorkbook", "Phone"), 14, Kind.CODE), lambda r: r[24]),
        "email": (Col(translate("ReplyWorkbook", "E-mail"), 26), lambda r: r[25]),
        "tenant_address": (
            Col(translate("ReplyWorkbook", "Address for letters"), 34),
            lambda r: r.tenant_address,
        ),
        "move_in": (
            Col(translate("ReplyWorkbook", "Move-in date"), 12, Kind.DATE),
            lambda r: r[26],
        ),
        "given_back": (
            Col(translate("ReplyWorkbook", "Given back on"), 12, Kind.DATE),
            lambda r: r[27],
        ),
        "loss_days": (
            Col(translate("ReplyWorkbook", "Rent loss days"), 10, Kind.INT),
            lambda r: r[28],
        ),
        "loss": (Col(translate("ReplyWorkbook", "Rent loss"), 14, Kind.MONEY), lambda r: r[29]),
        "loss_bearer": (
            Col(translate("ReplyWorkbook", "Rent loss borne by"), 16),
            lambda r: r.loss_bearer,
        ),
    }


_DWELLING = (
    "department", "department_name", "lease", "address", "postcode", "city", "type", "scheme",
)  # fmt: skip
_SIZE = ("rooms", "area", "rent", "available", "reported")
_OFFER = ("offers", "offer_status", "offer_sent", "offer_deadline")
_TENANT = ("tenant", "phone", "email", "tenant_address")
GROUP_COLUMNS: dict[Group, tuple[str, ...]] = {
    Group.RECEIVED: (*_DWELLING, *_SIZE),
    Group.ACCEPTED: (
        *_DWELLING, *_SIZE, "decision", "decided", "disposal", "deadline", *_OFFER, *_TENANT,
        "loss_days", "loss", "loss_bearer",
    ),
    Group.LET: (
        *_DWELLING, *_SIZE, "decision", "decided", "disposal", *_TENANT, "move_in",
        "loss_days", "loss", "loss_bearer",
    ),
    Group.RETURNED: (*_DWELLING, *_SIZE, "decision", "decided", "reason"),
    Group.GIVEN_BACK: (
        *_DWELLING, *_SIZE, "decision", "decided", "disposal", "given_back", "reason", *_OFFER,
        "loss_days", "loss", "loss_bearer",
    ),
}  # fmt: skip


def reply_workbook(data: ReplyData) -> bytes:
    """The reply as .xlsx bytes."""
    title = translate("ReplyWorkbook", "Reply to {organisation}").format(
        organisation=data.organisation.label
    )
    book = Book(title, translate("ReplyWorkbook", "Vacancies, decisions and tenants"))
    _summary(book, data)
    catalogue = _columns()
    for group in Group:
        keys = GROUP_COLUMNS[group]
        specs = [catalogue[k] for k in keys]
        sheet = book.sheet(group_title(group), [c for c, _ in specs], freeze_columns=3)
        getters = [g for _, g in specs]
        for line in data.group(group):
            sheet.append([get(line) for get in getters])
        sheet.close()
    return book.data()


def _summary(book: Book, data: ReplyData) -> None:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    ws = book.raw_sheet(translate("ReplyWorkbook", "Summary"))
    for index, width in enumerate((34, 26, 14, 16, 60), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    title = book.style(bold=True, size=14)
    label = book.style(bold=True)
    date = book.style("dd.mm.yyyy")
    header = book.style(bold=True, fill="DDE4EE", wrap=True, border=True)
    count = book.style("#,##0")
    money = book.style('#,##0.00 "kr."')
    bold_count = book.style("#,##0", bold=True)
    bold_money = book.style('#,##0.00 "kr."', bold=True)
    wrap = book.style(wrap=True)
    c = book.cell
    desk = data.desk
    ws.append(
        [
            c(
                ws,
                translate("ReplyWorkbook", "Reply from {unit}, {municipality}").format(
                    unit=desk.unit, municipality=desk.municipality
                ),
                title,
            )
        ]
    )
    ws.append([])
    pairs: list[tuple[str, Any, Any]] = [
        (translate("ReplyWorkbook", "Housing organisation"), data.organisation.label, None),
        (translate("ReplyWorkbook", "Period from"), data.start, date),
        (translate("ReplyWorkbook", "Period to"), data.end, date),
        (
            translate("ReplyWorkbook", "Rent loss counted up to and including"),
            data.loss_until,
            date,
        ),
        (translate("ReplyWorkbook", "Made on"), data.made_on, date),
        (
            translate("ReplyWorkbook", "Contact"),
            ", ".join(p for p in (desk.unit, desk.phone, desk.email) if p),
            None,
        ),
    ]
    for text, value, style in pairs:
        ws.append([c(ws, text, label), c(ws, value, style)])
    ws.append([])
    ws.append(
        [
            c(ws, translate("ReplyWorkbook", "Status"), header),
            c(ws, translate("ReplyWorkbook", "Sheet"), header),
            c(ws, translate("ReplyWorkbook", "Dwellings"), header),
            c(ws, translate("ReplyWorkbook", "Rent loss"), header),
            c(ws, translate("ReplyWorkbook", "Meaning"), header),
        ]
    )
    total_count = 0
    total_loss = Decimal(0)
    for group in Group:
        lines = data.group(group)
        loss = sum((line.rent_loss for line in lines), Decimal(0))
        total_count += len(lines)
        total_loss += loss
        ws.append(
            [
                c(ws, group_title(group)),
                c(ws, group_title(group)),
                c(ws, len(lines), count),
                c(ws, loss, money),
                c(ws, group_explanation(group), wrap),
            ]
        )
    ws.append(
        [
            c(ws, translate("ReplyWorkbook", "Total"), label),
            None,
            c(ws, total_count, bold_count),
            c(ws, total_loss, bold_money),
        ]
    )
    ws.append([])
    notes = (
        translate(
            "ReplyWorkbook",
            "Rent loss: the monthly rent incl. a conto x 12 / 365 for each day from the day the "
            "dwelling is at the desk's disposal until the lease starts or the dwelling is given "
            "back.",
        ),
        translate(
            "ReplyWorkbook",
            "The tenants' names and contact details are personal data: use them only to let "
            "the dwelling, and delete this file when it is no longer needed.",
        ),
    )
    for note in notes:
        ws.append([c(ws, note)])


# --- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyOutcome:
    path: Path
    organisation: OrganisationRef
    dwellings: int
    tenants: int

    def summary(self) -> str:
        return translate(
            "ReplyWorkbook", "{file}: {dwellings} of {organisation}, {tenants}."
        ).format(
            file=self.path.name,
            dwellings=plural(
                self.dwellings,
                translate("ReplyWorkbook", "{n} dwelling"),
                translate("ReplyWorkbook", "{n} dwellings"),
            ),
            organisation=self.organisation.label,
            tenants=plural(
                self.tenants,
                translate("ReplyWorkbook", "{n} tenant"),
                translate("ReplyWorkbook", "{n} tenants"),
            ),
        )


def default_purpose() -> str:
    return translate("ReplyWorkbook", "Reply to the housing organisation about its vacancies")


def default_file_name(organisation: OrganisationRef, start: dt.date, end: dt.date) -> str:
    name = translate("ReplyWorkbook", "Reply {number} {start} to {end}.xlsx")
    return name.format(number=organisation.number, start=start.isoformat(), end=end.isoformat())


def export_replies(
    ws: Workspace,
    organisation_id: int,
    start: dt.date,
    end: dt.date,
    target: Path,
    *,
    purpose: str | None = None,
) -> ReplyOutcome:
    """Write the reply workbook to `target` and log the export: the workbook for the
    organisation, and for each tenant in it an export of personal data with the purpose."""
    reason = " ".join((purpose or default_purpose()).split())
    if len(reason) < 3:
        raise ValidationError(
            translate("ReplyWorkbook", "Write why the tenants' data leaves the desk (purpose)."),
            {"purpose": translate("ReplyWorkbook", "A purpose is needed.")},
        )
    data = reply_data(ws, organisation_id, start, end)
    write_file(target, reply_workbook(data))
    tenants = data.tenant_ids
    access.log_export(ws, tenants, reason, target.name)
    with ws.write() as session:
        reply_id = reply_history.record_reply(
            session,
            organisation_id,
            start,
            end,
            target.name,
            [(line.vacancy_id, line.status) for line in data.lines],
            len(tenants),
        )
        audit.record(
            session,
            AuditAction.EXPORT,
            "reply_workbook",
            organisation_id,
            purpose=reason,
            details={
                "from": start.isoformat(),
                "to": end.isoformat(),
                "file": target.name,
                "dwellings": len(data.lines),
                "reply": reply_id,
            },
        )
    return ReplyOutcome(target, data.organisation, len(data.lines), len(tenants))
