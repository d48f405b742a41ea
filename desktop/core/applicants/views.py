"""What core hands out about applicants: plain frozen values, the CPR number always masked.

Other areas (matching, letters, reports) read applicants through these views:
`register.applicant_view(ws, id)` and `register.household_facts(session, ids)`. The full CPR
number is only ever returned by `access.reveal_cpr`, which logs it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from db import postal
from db.enums import (
    AddressReview,
    ApplicantStatus,
    DeliveryChannel,
    LegalFactKind,
    MemberRelation,
    OfferStatus,
    Urgency,
)

__all__ = [  # the vocabulary the UI uses comes through here (the UI does not import db)
    "AddressReview",
    "ApplicantListRow",
    "ApplicantStatus",
    "ApplicantView",
    "CaseworkerView",
    "DeliveryChannel",
    "EventView",
    "ExcludedDepartmentView",
    "HouseholdFacts",
    "LegalFactKind",
    "LegalFactView",
    "MemberRelation",
    "MemberView",
    "OfferLine",
    "OfferStatus",
    "Urgency",
]


class ApplicantListRow(NamedTuple):
    """One line of the list page (a plain tuple for the paged table model)."""

    id: int
    name: str
    cpr_masked: str  # DDMMYY-XXXX, "" without a CPR number
    birth_date: dt.date | None
    phone: str | None
    target_group: str  # code; the label comes from the TARGET_GROUPS setting
    caseworker: str | None
    status: ApplicantStatus
    paused_until: dt.date | None
    urgency: Urgency
    registered_on: dt.date
    max_rent: Decimal | None
    rooms_min: float | None
    rooms_max: float | None
    anonymised: bool


@dataclass(frozen=True)
class LegalFactView:
    id: int
    kind: LegalFactKind
    label: str | None  # the benefit's name, or a country code (ISO 3166 alpha-2)
    start_date: dt.date | None
    end_date: dt.date | None
    note: str | None


@dataclass(frozen=True)
class MemberView:
    id: int
    relation: MemberRelation
    name: str | None
    cpr_masked: str
    has_cpr: bool
    birth_date: dt.date | None
    facts: tuple[LegalFactView, ...] = ()  # only from `household_facts` (sensitive)
    version: int = 1  # saving the member's facts checks it (optimistic locking)

    def age_on(self, day: dt.date) -> int | None:
        if self.birth_date is None:
            return None
        born = self.birth_date
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class EventView:
    at: dt.datetime
    by: str
    from_status: ApplicantStatus | None
    to_status: ApplicantStatus
    note: str | None


@dataclass(frozen=True)
class OfferLine:
    """One offer made to the applicant (read-only here; the offer workflow owns offers)."""

    id: int
    status: OfferStatus
    address: str
    department: str
    sent_on: dt.date | None
    reply_deadline: dt.date | None
    answered_on: dt.date | None
    decline_reason: str | None


@dataclass(frozen=True)
class ExcludedDepartmentView:
    department_id: int
    label: str  # "145-07 Storkereden (Himmerland Boligforening)"
    reason: str | None


@dataclass(frozen=True)
class ApplicantView:
    """Everything the detail form shows except the sensitive facts (own tab, own call)."""

    id: int
    version: int
    name: str
    cpr_masked: str
    has_cpr: bool
    birth_date: dt.date | None
    care_of: str | None  # the c/o line, without "c/o"
    street: str | None  # the street line: "Vesterbro 22, 1. th"
    postcode: str | None
    town: str | None
    whereabouts: str | None  # where the citizen is, when that is no address: "Sofasurfer"
    delivery: DeliveryChannel  # how letters reach them
    address_review: AddressReview | None  # read from free text, waiting for a person's look
    phone: str | None
    email: str | None
    exempt_digital_post: bool
    target_group: str
    caseworker_id: int | None
    caseworker: str | None
    registered_on: dt.date
    urgency: Urgency
    status: ApplicantStatus
    paused_until: dt.date | None
    removed_reason: str | None
    closed_on: dt.date | None
    max_rent: Decimal | None
    rooms_min: float | None
    rooms_max: float | None
    needs_wheelchair: bool
    needs_step_free: bool
    needs_ground_floor: bool
    has_pets: bool
    needs_strong_area: bool
    wanted_areas: tuple[str, ...]
    notes: str | None
    anonymised: bool
    members: tuple[MemberView, ...] = ()
    excluded_departments: tuple[ExcludedDepartmentView, ...] = ()
    events: tuple[EventView, ...] = ()
    offers: tuple[OfferLine, ...] = ()
    updated_by: str | None = None
    updated_at: dt.datetime | None = None
    imported: bool = False

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The postal address as an envelope shows it under the name: c/o, street, postcode
        and town (empty without an address)."""
        return postal.address_lines(self.care_of, self.street, self.postcode, self.town)

    @property
    def address(self) -> str | None:
        """The address in one line, or the whereabouts without an address (lists, the
        one-field form; `ApplicantInput.address`)."""
        return postal.one_line(
            self.care_of, self.street, self.postcode, self.town, self.whereabouts
        )

    @property
    def household_size(self) -> int:
        return max(1, len(self.members))

    @property
    def adults(self) -> int:
        return sum(1 for m in self.members if m.relation != MemberRelation.CHILD) or 1

    @property
    def children(self) -> int:
        return sum(1 for m in self.members if m.relation == MemberRelation.CHILD)

    def is_paused_on(self, day: dt.date) -> bool:
        return self.status == ApplicantStatus.PAUSED and (
            self.paused_until is None or self.paused_until >= day
        )


@dataclass(frozen=True)
class HouseholdFacts:
    """The household of one applicant with every member's dated legal facts (sensitive)."""

    applicant_id: int
    members: tuple[MemberView, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CaseworkerView:
    id: int
    name: str
    unit: str | None
    phone: str | None
    email: str | None
    active: bool
    version: int = 1  # pass it back to `save_caseworker` (optimistic locking)
