"""The applicant list as a workbook, with the columns the user chooses.

The CPR number is always masked (DDMMYY-XXXX); sensitive facts (benefits, release, tenancy
terminations, citizenship), notes and reasons for a removal are never offered. The rows are those
of the list page's query (search, filters and order) or of given ids. Every export is logged per
applicant with its purpose (`desktop.core.applicants.access.log_export`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db import postal
from db.enums import ApplicantStatus
from db.models import Applicant, Caseworker, HouseholdMember
from desktop.core import cpr, settings
from desktop.core.applicants import access, labels
from desktop.core.applicants.addresses import POSTAL_COLUMNS, channel_label
from desktop.core.applicants.listing import ApplicantList, ApplicantQuery
from desktop.core.errors import ValidationError
from desktop.core.exchange.workbook import Book, Col, Kind, write_file
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

CHUNK = 900  # ids per IN list (below every database's limit of bound parameters)


@dataclass(frozen=True)
class ApplicantColumn:
    key: str
    title: str
    width: float
    kind: Kind = Kind.TEXT


def available_columns() -> list[ApplicantColumn]:
    """Every column the user may choose, in the order they are written."""
    return [
        ApplicantColumn("name", translate("ApplicantExport", "Name"), 26),
        ApplicantColumn("cpr", translate("ApplicantExport", "CPR number (masked)"), 14, Kind.CODE),
        ApplicantColumn("birth_date", translate("ApplicantExport", "Date of birth"), 12, Kind.DATE),
        ApplicantColumn("phone", translate("ApplicantExport", "Phone"), 14, Kind.CODE),
        ApplicantColumn("email", translate("ApplicantExport", "E-mail"), 26),
        ApplicantColumn("address", translate("ApplicantExport", "Address or whereabouts"), 30),
        ApplicantColumn("delivery", translate("ApplicantExport", "Letters go by"), 16),
        ApplicantColumn("target_group", translate("ApplicantExport", "Target group"), 16),
        ApplicantColumn("caseworker", translate("ApplicantExport", "Caseworker"), 20),
        ApplicantColumn("status", translate("ApplicantExport", "Status"), 11),
        ApplicantColumn("urgency", translate("ApplicantExport", "Urgency"), 10),
        ApplicantColumn(
            "registered_on", translate("ApplicantExport", "Registered on"), 12, Kind.DATE
        ),
        ApplicantColumn("waiting_days", translate("ApplicantExport", "Days waiting"), 10, Kind.INT),
        ApplicantColumn(
            "household", translate("ApplicantExport", "Persons in household"), 10, Kind.INT
        ),
        ApplicantColumn("max_rent", translate("ApplicantExport", "Highest rent"), 14, Kind.MONEY),
        ApplicantColumn("rooms_min", translate("ApplicantExport", "Rooms from"), 9, Kind.DECIMAL),
        ApplicantColumn("rooms_max", translate("ApplicantExport", "Rooms to"), 9, Kind.DECIMAL),
        ApplicantColumn("needs", translate("ApplicantExport", "Needs"), 26),
        ApplicantColumn("pets", translate("ApplicantExport", "Pets"), 8),
        ApplicantColumn("closed_on", translate("ApplicantExport", "Closed on"), 12, Kind.DATE),
    ]


DEFAULT_COLUMNS = (
    "name",
    "cpr",
    "phone",
    "target_group",
    "caseworker",
    "status",
    "registered_on",
    "waiting_days",
)


def _needs(row: Any) -> str | None:
    needs = []
    if row.needs_wheelchair:
        needs.append(translate("ApplicantExport", "wheelchair"))
    if row.needs_step_free:
        needs.append(translate("ApplicantExport", "step-free"))
    if row.needs_ground_floor:
        needs.append(translate("ApplicantExport", "ground floor"))
    return ", ".join(needs) or None


def _getters(today: dt.date, groups: dict[str, str]) -> dict[str, Callable[[Any], Any]]:
    yes, no = translate("ApplicantExport", "yes"), translate("ApplicantExport", "no")
    return {
        "name": lambda r: r.name,
        "cpr": lambda r: cpr.masked(r.cpr) or None,
        "birth_date": lambda r: r.birth_date,
        "phone": lambda r: r.phone,
        "email": lambda r: r.email,
        "address": lambda r: postal.one_line(
            r.care_of, r.street, r.postcode, r.town, r.whereabouts
        ),
        "delivery": lambda r: channel_label(r.delivery),
        "target_group": lambda r: groups.get(r.target_group, r.target_group),
        "caseworker": lambda r: r.caseworker,
        "status": lambda r: labels.status(r.status),
        "urgency": lambda r: labels.urgency(r.urgency),
        "registered_on": lambda r: r.registered_on,
        "waiting_days": lambda r: (today - r.registered_on).days,
        "household": lambda r: max(1, r.members or 0),
        "max_rent": lambda r: r.max_rent,
        "rooms_min": lambda r: r.rooms_min,
        "rooms_max": lambda r: r.rooms_max,
        "needs": _needs,
        "pets": lambda r: yes if r.has_pets else no,
        "closed_on": lambda r: r.closed_on,
    }


@dataclass(frozen=True)
class ApplicantExport:
    path: Path
    rows: int
    columns: tuple[str, ...]

    def summary(self) -> str:
        return plural(
            self.rows,
            translate("ApplicantExport", "{file}: {n} applicant."),
            translate("ApplicantExport", "{file}: {n} applicants."),
        ).format(file=self.path.name)


def _chosen(columns: Sequence[str]) -> list[ApplicantColumn]:
    known = {c.key: c for c in available_columns()}
    unknown = [c for c in columns if c not in known]
    if unknown or not columns:
        raise ValidationError(
            translate("ApplicantExport", "Choose the columns to export from the list."),
            {"columns": ", ".join(unknown)},
        )
    order = [c.key for c in available_columns()]
    return [known[k] for k in sorted(set(columns), key=order.index)]


def _ids(ws: Workspace, query: ApplicantQuery | None, ids: Sequence[int] | None) -> list[int]:
    if ids is not None:
        return list(dict.fromkeys(ids))
    listing = ApplicantList(ws, query or ApplicantQuery())
    with ws.read() as session:
        return listing.page_ids(session, 0, 10**9)


def applicant_rows(
    ws: Workspace,
    columns: Sequence[str],
    *,
    query: ApplicantQuery | None = None,
    ids: Sequence[int] | None = None,
) -> tuple[list[ApplicantColumn], list[int], list[list[Any]]]:
    """The chosen columns, the applicants' ids and the rows' values, in the list's order."""
    chosen = _chosen(columns)
    wanted = _ids(ws, query, ids)
    today = ws.today()
    members = (
        select(func.count(HouseholdMember.id))
        .where(HouseholdMember.applicant_id == Applicant.id)
        .correlate(Applicant)
        .scalar_subquery()
    )
    found: dict[int, Any] = {}
    with ws.read() as session:
        groups = {
            g.code: g.label for g in settings.get(session, settings.TARGET_GROUPS, today).groups
        }
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            for row in session.execute(
                select(
                    Applicant.id,
                    Applicant.name,
                    Applicant.cpr,
                    Applicant.birth_date,
                    Applicant.phone,
                    Applicant.email,
                    *POSTAL_COLUMNS,
                    Applicant.whereabouts,
                    Applicant.delivery,
                    Applicant.target_group,
                    Caseworker.name.label("caseworker"),
                    Applicant.status,
                    Applicant.urgency,
                    Applicant.registered_on,
                    members.label("members"),
                    Applicant.max_rent,
                    Applicant.rooms_min,
                    Applicant.rooms_max,
                    Applicant.needs_wheelchair,
                    Applicant.needs_step_free,
                    Applicant.needs_ground_floor,
                    Applicant.has_pets,
                    Applicant.closed_on,
                )
                .outerjoin(Caseworker, Applicant.caseworker_id == Caseworker.id)
                .where(Applicant.id.in_(chunk))
            ):
                found[row.id] = row
    getters = _getters(today, groups)
    order = [i for i in wanted if i in found]
    values = [[getters[c.key](found[i]) for c in chosen] for i in order]
    return chosen, order, values


def applicant_workbook(chosen: Sequence[ApplicantColumn], values: Sequence[Sequence[Any]]) -> bytes:
    book = Book(translate("ApplicantExport", "Applicants"))
    sheet = book.sheet(
        translate("ApplicantExport", "Applicants"),
        [Col(c.title, c.width, c.kind) for c in chosen],
        freeze_columns=1,
    )
    sheet.extend(values)
    sheet.close()
    return book.data()


def export_applicants(
    ws: Workspace,
    target: Path,
    columns: Sequence[str],
    *,
    purpose: str,
    query: ApplicantQuery | None = None,
    ids: Sequence[int] | None = None,
) -> ApplicantExport:
    """Write the chosen columns of the applicants to `target`; each applicant's export is
    logged with `purpose` (required: a ValidationError before anything is written)."""
    if len(" ".join((purpose or "").split())) < 3:
        raise ValidationError(
            translate("ApplicantExport", "Write why the personal data is exported (purpose)."),
            {"purpose": translate("ApplicantExport", "A purpose is needed.")},
        )
    chosen, order, values = applicant_rows(ws, columns, query=query, ids=ids)
    write_file(target, applicant_workbook(chosen, values))
    access.log_export(ws, order, purpose, target.name)
    return ApplicantExport(target, len(order), tuple(c.key for c in chosen))


def statuses_of(names: Sequence[str]) -> frozenset[ApplicantStatus]:
    """Status names from the command line ("active,paused") as statuses."""
    try:
        return frozenset(ApplicantStatus(n.strip()) for n in names if n.strip())
    except ValueError as exc:
        raise ValidationError(
            translate("ApplicantExport", "Unknown status: {error}").format(error=exc)
        ) from exc
