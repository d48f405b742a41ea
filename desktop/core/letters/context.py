"""Everything one letter needs, gathered from the database into plain values.

A `LetterContext` holds text only (names, Danish dates and amounts, table rows, the envelope
address): the renderer never touches the database, and a context can be built once and printed,
previewed or archived the same way. Build one with `offer_letter`, `allocation_notice` or
`decision` (each takes an open session), or `sample` for the template editor's preview.

A letter to a citizen goes the way their delivery channel says (`delivery`): in the envelope
window their name and postal address (the c/o line above the street line), or, when the
caseworker hands the letter over or it goes by Digital Post, their name and that; without a
channel only their name (such a letter cannot be sent: `desktop.core.letters.delivery`).

`to_stored` turns a context into JSON values (archived with the letter, `Letter.context`) and
`from_stored` back into the same context: what a letter was drawn from, kept as it was, so the
day's letters can be drawn again as they were sent whatever has been edited since. It holds
personal data (names, addresses, the masked CPR number - never the whole number - and a
decision's reasons).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from db import postal
from db.enums import DeliveryChannel, DwellingType, LetterKind
from db.models import Applicant, Offer, Organisation, Vacancy
from desktop.core import cpr, cpr_text, settings
from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.core.letters import danish
from desktop.core.letters import fields as letter_fields
from desktop.core.letters.look import LETTER_SETTINGS
from desktop.core.schemes.lease import time_limited_end
from desktop.core.schemes.settings import ORDINARY, SCHEMES, LeaseKind, Scheme, Schemes

_PREFIX = {
    LetterKind.OFFER: "BT",
    LetterKind.ALLOCATION_NOTICE: "AM",
    LetterKind.DECISION_REMOVAL: "AF",
    LetterKind.DECISION_REFUSAL: "AF",
    LetterKind.LANDLORD_ANSWER: "PU",
}
_DWELLING_TYPE = {
    DwellingType.FAMILY: "Familiebolig",
    DwellingType.YOUTH: "Ungdomsbolig",
    DwellingType.ELDERLY: "Ældrebolig",
    DwellingType.OTHER: "Bolig",
}


@dataclass(frozen=True)
class TableRow:
    label: str
    value: str
    amount: bool = False  # right-aligned money
    total: bool = False  # bold, with a rule above


@dataclass(frozen=True)
class ReplySlip:
    """The svarslip's data: it goes back to the desk in a window envelope."""

    return_address: tuple[str, ...]
    rows: tuple[TableRow, ...]  # who, which dwelling, reference
    deadline: str  # with the weekday, for the text
    deadline_date: str  # the date alone, for the narrow column
    answer_by: str  # how else to answer: phone and e-mail


@dataclass(frozen=True)
class LetterContext:
    kind: LetterKind
    letter_date: dt.date
    values: dict[str, str]  # every text field of the kind, filled (may be empty)
    recipient: tuple[str, ...]  # the lines in the envelope window
    sender_line: str  # the small return address above them
    info: tuple[tuple[str, str], ...]  # the right-hand column: date, reference ...
    tables: dict[str, tuple[TableRow, ...]] = field(default_factory=dict)
    reply_slip: ReplySlip | None = None
    offer_id: int | None = None
    applicant_id: int | None = None
    vacancy_id: int | None = None
    delivery: DeliveryChannel | None = None  # a letter to a citizen: how it reaches them
    template_variant: str = ""  # the scheme's own text of the letter ("": the ordinary one)

    @property
    def reference(self) -> str:
        return self.values.get("reference", "")


def reference_for(
    kind: LetterKind,
    offer_id: int | None,
    applicant_id: int | None,
    vacancy_id: int | None = None,
) -> str:
    """The letter's case reference: BT-000042 (offer letter), AM-... (notice), AF-... (decision),
    PU-... (the answer to a private landlord: its dwelling's number)."""
    prefix = _PREFIX.get(kind, "XX")
    if kind == LetterKind.LANDLORD_ANSWER:
        return f"{prefix}-{vacancy_id or 0:06d}"
    if offer_id is not None:
        return f"{prefix}-{offer_id:06d}"
    return f"{prefix}-A{applicant_id or 0:06d}"


# --- the parts -------------------------------------------------------------------------------


def _desk(session: Session | None, on: dt.date) -> dict[str, str]:
    """The desk's part of every letter, read once per session and day (a batch reads it once)."""
    if session is not None:
        memo: dict[dt.date, dict[str, str]] = session.info.setdefault("letters_desk", {})
        if on not in memo:
            memo[on] = _read_desk(session, on)
        return dict(memo[on])
    return _read_desk(None, on)


def _read_desk(session: Session | None, on: dt.date) -> dict[str, str]:
    if session is None:
        contact = settings.DESK_CONTACT.default
        look = LETTER_SETTINGS.default
        retention = settings.RETENTION_YEARS.default
    else:
        contact = settings.get(session, settings.DESK_CONTACT, on=on)
        look = settings.get(session, LETTER_SETTINGS, on=on)
        retention = settings.get(session, settings.RETENTION_YEARS, on=on)
    return {
        "letter_date": danish.long_date(on),
        "desk_municipality": contact.municipality,
        "desk_unit": contact.unit,
        "desk_address": contact.address,
        "desk_postcode_city": contact.postcode_city,
        "desk_phone": contact.phone,
        "desk_email": contact.email,
        "desk_hours": contact.hours,
        "desk_website": look.website,
        "dpo_contact": look.dpo_contact,
        "retention_years": str(retention),
        "signature": look.signature or contact.unit,
        "complaint_body": look.complaint_body,
    }


def _desk_address(values: dict[str, str]) -> tuple[str, ...]:
    """The desk's postal address: the letter's sender line and the reply slip's window."""
    return (
        values["desk_municipality"],
        values["desk_unit"],
        values["desk_address"],
        values["desk_postcode_city"],
    )


def _sender_line(values: dict[str, str]) -> str:
    return ", ".join(p for p in _desk_address(values) if p)


def _reply_slip(
    values: dict[str, str], rows: tuple[TableRow, ...], deadline: str, deadline_date: str
) -> ReplySlip:
    """The slip goes back to the desk, which also takes an answer by phone or e-mail."""
    return ReplySlip(
        return_address=_desk_address(values),
        rows=rows,
        deadline=deadline,
        deadline_date=deadline_date,
        answer_by=f"telefon {values['desk_phone']} eller e-mail {values['desk_email']}",
    )


def _applicant(applicant: Applicant) -> dict[str, str]:
    caseworker = applicant.caseworker
    persons = len(applicant.members) or 1  # the applicant is a member too
    return {
        "recipient_name": applicant.name,
        "applicant_name": applicant.name,
        "applicant_cpr": cpr.masked(applicant.cpr),
        "applicant_address": postal.one_line(
            applicant.care_of,
            applicant.street,
            applicant.postcode,
            applicant.town,
            applicant.whereabouts,
        )
        or "",
        "applicant_phone": applicant.phone or "",
        "applicant_email": applicant.email or "",
        "household_size": str(persons),
        "caseworker_name": caseworker.name if caseworker else "",
        "caseworker_phone": (caseworker.phone or "") if caseworker else "",
    }


def _partner_label(vacancy: Vacancy) -> str:
    """The letting partner's row in a letter's tables: an organisation or a private landlord."""
    return "Boligorganisation" if vacancy.landlord_id is None else "Udlejer"


def _scheme(session: Session, vacancy: Vacancy, on: dt.date) -> Scheme:
    """The dwelling's housing scheme as in force on the letter's day (the setting read once
    per session and day, like the desk's part)."""
    memo: dict[dt.date, Schemes] = session.info.setdefault("letters_schemes", {})
    if on not in memo:
        memo[on] = settings.get(session, SCHEMES, on)
    return memo[on].scheme_of(vacancy.scheme)


def _lease(scheme: Scheme, first_day: dt.date | None) -> dict[str, str]:
    """The scheme's name and a time-limited lease's length and last day (the lease runs from
    `first_day`, the day the dwelling is free); the lease's are empty for an ordinary lease."""
    months = scheme.lease_months if scheme.lease == LeaseKind.TIME_LIMITED else None
    return {
        "scheme_name": scheme.name,
        "lease_months": f"{months} {'måned' if months == 1 else 'måneder'}" if months else "",
        "lease_end_date": danish.long_date(time_limited_end(scheme, first_day)),
    }


def _lease_row(scheme: Scheme, values: dict[str, str]) -> str:
    """The dwelling table's line on the lease; "" for an ordinary lease."""
    if scheme.lease != LeaseKind.TIME_LIMITED:
        return ""
    parts = ["Tidsbegrænset", values["lease_months"]]
    if values["lease_end_date"]:
        parts.append(f"til og med {values['lease_end_date']}")
    return ", ".join(p for p in parts if p)


def _dwelling(vacancy: Vacancy, scheme: Scheme) -> dict[str, str]:
    department = vacancy.department
    if department is None:  # a private landlord's dwelling lies in no department
        landlord = vacancy.landlord
        partner, department_name = ("" if landlord is None else landlord.name), ""
    else:
        partner = department.organisation.name
        department_name = f"afd. {department.number} {department.name}".strip()
    acontos = [a for a in (vacancy.aconto_heating, vacancy.aconto_water, vacancy.aconto_other) if a]
    return {
        "dwelling_address": danish.street_line(
            vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door
        ),
        "dwelling_postcode_city": danish.postcode_city(vacancy.postcode, vacancy.city),
        "organisation_name": partner,
        "department_name": department_name,
        "lease_number": vacancy.lease_number or "",
        "rooms": danish.rooms(vacancy.rooms),
        "area": danish.area(vacancy.area_m2),
        "rent": danish.money(vacancy.rent),
        "aconto": danish.money(sum(acontos, Decimal(0))) if acontos else "",
        "monthly_total": danish.money(vacancy.monthly_total),
        "deposit": danish.money(vacancy.deposit),
        "move_in_date": danish.long_date(vacancy.available_from),
        "viewing_contact": vacancy.viewing_contact or "",
    } | _lease(scheme, vacancy.available_from)


def _dwelling_table(
    vacancy: Vacancy, values: dict[str, str], scheme: Scheme
) -> tuple[TableRow, ...]:
    size = ", ".join(
        p
        for p in (
            danish.rooms_phrase(vacancy.rooms),
            values["area"],
        )
        if p
    )
    storey = danish.floor(vacancy.floor)
    if storey and vacancy.elevator is not None:
        storey += ", med elevator" if vacancy.elevator else ", uden elevator"
    rows = [
        TableRow("Adresse", f"{values['dwelling_address']}, {values['dwelling_postcode_city']}"),
        TableRow(_partner_label(vacancy), values["organisation_name"]),
        TableRow("Afdeling", values["department_name"].removeprefix("afd. ")),
        TableRow("Lejemål nr.", values["lease_number"]),
        TableRow("Boligtype", _DWELLING_TYPE[vacancy.dwelling_type]),
        TableRow("Boligordning", "" if scheme.key == ORDINARY else scheme.name),
        TableRow("Lejeperiode", _lease_row(scheme, values)),
        TableRow("Størrelse", size),
        TableRow("Etage", storey),
        TableRow(
            "Husdyr",
            ""
            if vacancy.pets_allowed is None
            else ("tilladt" if vacancy.pets_allowed else "ikke tilladt"),
        ),
        TableRow("Ledig fra", values["move_in_date"]),
        TableRow("Fremvisning", values["viewing_contact"]),
    ]
    return tuple(r for r in rows if r.value.strip(", "))


def _rent_table(vacancy: Vacancy) -> tuple[TableRow, ...]:
    rows = [TableRow("Husleje pr. måned", danish.money(vacancy.rent), amount=True)]
    for label, value in (
        ("Aconto varme", vacancy.aconto_heating),
        ("Aconto vand", vacancy.aconto_water),
        ("Aconto øvrigt", vacancy.aconto_other),
    ):
        if value:
            rows.append(TableRow(label, danish.money(value), amount=True))
    rows.append(
        TableRow("I alt pr. måned", danish.money(vacancy.monthly_total), amount=True, total=True)
    )
    if vacancy.deposit is not None:
        rows.append(TableRow("Indskud (depositum)", danish.money(vacancy.deposit), amount=True))
    return tuple(rows)


def _citizen_recipient(
    applicant: Applicant, channel: DeliveryChannel | None = None
) -> tuple[str, ...]:
    """The envelope window: the name, then how the letter reaches the citizen (by `channel`,
    default the applicant's)."""
    channel = channel or applicant.delivery
    if channel in (DeliveryChannel.OWN_ADDRESS, DeliveryChannel.CARE_OF):
        care_of = applicant.care_of if channel == DeliveryChannel.CARE_OF else None
        lines = postal.address_lines(care_of, applicant.street, applicant.postcode, applicant.town)
        return (applicant.name, *lines)
    if channel == DeliveryChannel.HAND_OVER:
        worker = applicant.caseworker
        return (applicant.name, "Udleveres af sagsbehandler", *((worker.name,) if worker else ()))
    if channel == DeliveryChannel.DIGITAL_POST:
        return (applicant.name, "Sendes med Digital Post")
    return (applicant.name,)


def _handed_over_deadline(session: Session, day: dt.date) -> tuple[str, str]:
    """A handed-over offer's reply deadline runs from the hand-over (not known yet when the
    letter is made): the text for the letter and for the reply slip's narrow column."""
    days = settings.get(session, settings.DEADLINES, day).reply_days
    return (
        f"{danish.days_phrase(days)} efter den dag, du har fået brevet udleveret",
        f"{danish.days_phrase(days)} efter udlevering",
    )


def _citizen_info(values: dict[str, str]) -> tuple[tuple[str, str], ...]:
    rows = [
        ("Dato", values["letter_date"]),
        ("Sagsnr.", values["reference"]),
        ("CPR-nr.", values.get("applicant_cpr", "")),
    ]
    return tuple((label, value) for label, value in rows if value)


def _load_offer(session: Session, offer_id: int) -> Offer:
    offer = session.get(Offer, offer_id)
    if offer is None:
        raise NotFound(translate("Letters", "There is no offer number {id}.").format(id=offer_id))
    return offer


def _empty(kind: LetterKind) -> dict[str, str]:
    return dict.fromkeys(
        (f.name for f in letter_fields.fields_for(kind) if not f.block),
        "",
    )


# --- the letters -----------------------------------------------------------------------------


def offer_letter(session: Session, offer_id: int, on: dt.date | None = None) -> LetterContext:
    """The offer letter (boligtilbud) of an offer, dated `on` (default: the day it was sent)."""
    offer = _load_offer(session, offer_id)
    return offer_letter_of(session, offer, on or offer.sent_on or dt.date.today())


def offer_letter_of(
    session: Session, offer: Offer, day: dt.date, channel: DeliveryChannel | None = None
) -> LetterContext:
    """The offer letter of `offer` dated `day`, going by `channel` (default: the applicant's).
    The offer may be one not stored yet (the offer dialog's preview): its reference then says
    that the number comes later."""
    kind = LetterKind.OFFER
    applicant = offer.applicant
    channel = channel or applicant.delivery
    values = _empty(kind) | _desk(session, day)
    values["reference"] = (
        reference_for(kind, offer.id, offer.applicant_id)
        if offer.id is not None
        else f"{_PREFIX[kind]}-(nyt)"  # the number comes when the offer is stored
    )
    scheme = _scheme(session, offer.vacancy, day)
    values |= _applicant(applicant) | _dwelling(offer.vacancy, scheme)
    values["offer_sent_date"] = danish.long_date(offer.sent_on or day)
    values["reply_deadline"] = danish.weekday_date(offer.reply_deadline)
    values["letter_note"] = (offer.letter_note or "").strip()
    deadline_date = danish.long_date(offer.reply_deadline)
    if channel == DeliveryChannel.HAND_OVER and offer.reply_deadline is None:
        values["reply_deadline"], deadline_date = _handed_over_deadline(session, day)
    slip = _reply_slip(
        values,
        (
            TableRow("Navn", values["applicant_name"]),
            TableRow("CPR-nr.", values["applicant_cpr"]),
            TableRow("Bolig", f"{values['dwelling_address']}, {values['dwelling_postcode_city']}"),
            TableRow(_partner_label(offer.vacancy), values["organisation_name"]),
            TableRow("Sagsnr.", values["reference"]),
        ),
        values["reply_deadline"],
        deadline_date,
    )
    return LetterContext(
        kind=kind,
        letter_date=day,
        values=values,
        recipient=_citizen_recipient(applicant, channel),
        sender_line=_sender_line(values),
        info=_citizen_info(values),
        tables={
            "dwelling_table": _dwelling_table(offer.vacancy, values, scheme),
            "rent_table": _rent_table(offer.vacancy),
        },
        reply_slip=slip,
        offer_id=offer.id,
        applicant_id=offer.applicant_id,
        vacancy_id=offer.vacancy_id,
        delivery=channel,
        template_variant=scheme.letter_template,
    )


def _organisation_recipient(organisation: Organisation) -> tuple[str, ...]:
    lines = [organisation.name]
    if organisation.contact_person:
        lines.append(f"Att.: {organisation.contact_person}")
    lines.extend(danish.address_lines(organisation.address))
    return tuple(lines)


def allocation_notice(session: Session, offer_id: int, on: dt.date | None = None) -> LetterContext:
    """The allocation notice (anvisningsmeddelelse) to the organisation of an accepted offer. A
    private landlord is answered with its own letter instead (`letters.landlord`)."""
    offer = _load_offer(session, offer_id)
    day = on or offer.allocation_notice_on or offer.answered_on or dt.date.today()
    kind = LetterKind.ALLOCATION_NOTICE
    department = offer.vacancy.department
    if department is None:
        raise ValueError(f"offer {offer_id} is of a private landlord's dwelling: no notice")
    organisation = department.organisation
    values = _empty(kind) | _desk(session, day)
    values["reference"] = reference_for(kind, offer.id, offer.applicant_id)
    scheme = _scheme(session, offer.vacancy, day)
    values |= _applicant(offer.applicant) | _dwelling(offer.vacancy, scheme)
    values["recipient_name"] = organisation.name
    values["organisation_contact"] = organisation.contact_person or ""
    values["offer_sent_date"] = danish.long_date(offer.sent_on)
    values["accepted_date"] = danish.long_date(offer.answered_on)
    tenant = (  # for the organisation: a CPR number typed into free text is masked
        TableRow("Navn", values["applicant_name"]),
        TableRow("Fødselsdato (CPR)", values["applicant_cpr"]),
        TableRow("Telefon", cpr_text.mask(values["applicant_phone"])),
        TableRow("E-mail", cpr_text.mask(values["applicant_email"])),
        TableRow("Personer i husstanden", values["household_size"]),
        TableRow("Nuværende adresse", cpr_text.mask(values["applicant_address"])),
        TableRow("Tilbud accepteret", values["accepted_date"]),
        TableRow("Sagsbehandler", _join(values["caseworker_name"], values["caseworker_phone"])),
    )
    info = (("Dato", values["letter_date"]), ("Sagsnr.", values["reference"]))
    return LetterContext(
        kind=kind,
        letter_date=day,
        values=values,
        recipient=_organisation_recipient(organisation),
        sender_line=_sender_line(values),
        info=info,
        tables={
            "tenant_table": tuple(r for r in tenant if r.value),
            "dwelling_table": _dwelling_table(offer.vacancy, values, scheme),
            "rent_table": _rent_table(offer.vacancy),
        },
        offer_id=offer.id,
        applicant_id=offer.applicant_id,
        vacancy_id=offer.vacancy_id,
    )


def landlord_answer(
    session: Session,
    vacancy_id: int,
    *,
    tenant_offer_id: int | None,
    note: str = "",
    on: dt.date,
) -> LetterContext:
    """The answer to a private landlord's notice (lov om kommunal anvisningsret): with
    `tenant_offer_id` it names the applicant who accepted that offer as the tenant, without it
    it says that the municipality does not use its right to the dwelling. `note` is the
    caseworker's own text. Which answer a dwelling gets is `desktop.core.letters.landlord`'s."""
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound(translate("Letters", "The dwelling no longer exists."))
    landlord = vacancy.landlord
    if landlord is None:
        raise ValueError(f"dwelling {vacancy_id} is not a private landlord's")
    kind = LetterKind.LANDLORD_ANSWER
    values = _empty(kind) | _desk(session, on)
    values["reference"] = reference_for(kind, None, None, vacancy.id)
    scheme = _scheme(session, vacancy, on)
    values |= _dwelling(vacancy, scheme)
    values["notice_date"] = danish.long_date(vacancy.reported_on)
    values["answer_deadline"] = danish.weekday_date(vacancy.desk_deadline)
    values["disposal_date"] = danish.long_date(vacancy.at_disposal_from)
    values["answer_note"] = note.strip()
    tables = {
        "dwelling_table": _dwelling_table(vacancy, values, scheme),
        "rent_table": _rent_table(vacancy),
    }
    applicant_id = None
    if tenant_offer_id is not None:
        offer = _load_offer(session, tenant_offer_id)
        if offer.vacancy_id != vacancy.id:
            raise ValueError(f"offer {tenant_offer_id} is not of dwelling {vacancy_id}")
        applicant_id = offer.applicant_id
        values |= _applicant(offer.applicant)
        values["tenant_name"] = offer.applicant.name
        tenant = (  # for the landlord: what a lease needs, a CPR number in free text masked
            TableRow("Navn", values["applicant_name"]),
            TableRow("Personer i husstanden", values["household_size"]),
            TableRow("Telefon", cpr_text.mask(values["applicant_phone"])),
            TableRow("E-mail", cpr_text.mask(values["applicant_email"])),
            TableRow("Nuværende adresse", cpr_text.mask(values["applicant_address"])),
            TableRow("Sagsbehandler", _join(values["caseworker_name"], values["caseworker_phone"])),
        )
        tables["tenant_table"] = tuple(r for r in tenant if r.value)
    values["recipient_name"] = landlord.name
    values["landlord_name"] = landlord.name
    values["landlord_contact"] = landlord.contact_person or ""
    recipient = [landlord.name]
    if landlord.contact_person:
        recipient.append(f"Att.: {landlord.contact_person}")
    recipient.extend(danish.address_lines(landlord.address))
    return LetterContext(
        kind=kind,
        letter_date=on,
        values=values,
        recipient=tuple(recipient),
        sender_line=_sender_line(values),
        info=(
            ("Dato", values["letter_date"]),
            ("Sagsnr.", values["reference"]),
            ("Modtaget", values["notice_date"]),
        ),
        tables=tables,
        offer_id=tenant_offer_id,
        applicant_id=applicant_id,
        vacancy_id=vacancy.id,
    )


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Decision:
    """What a decision letter tells: the decision (`kind`: removal from the list, or refusal),
    whom it is about, the caseworker's reasons, and for a removal after a declined or
    unanswered offer, that offer."""

    kind: LetterKind
    applicant_id: int
    reasons: str
    offer_id: int | None = None


def decision(session: Session, told: Decision, on: dt.date | None = None) -> LetterContext:
    """A decision letter with the caseworker's reasons. With an offer the letter also names the
    dwelling, the offer's dates and the reason the citizen gave."""
    kind, applicant_id, offer_id = told.kind, told.applicant_id, told.offer_id
    if kind not in (LetterKind.DECISION_REMOVAL, LetterKind.DECISION_REFUSAL):
        raise ValueError(f"not a decision letter: {kind}")
    applicant = session.get(Applicant, applicant_id)
    if applicant is None:
        raise NotFound(
            translate("Letters", "There is no applicant number {id}.").format(id=applicant_id)
        )
    day = on or dt.date.today()
    values = _empty(kind) | _desk(session, day)
    values |= _applicant(applicant)
    values["reasons"] = told.reasons.strip()
    tables: dict[str, tuple[TableRow, ...]] = {}
    vacancy_id = None
    if offer_id is not None:
        offer = _load_offer(session, offer_id)
        if offer.applicant_id != applicant_id:
            raise ValueError(f"offer {offer_id} is not an offer to applicant {applicant_id}")
        if kind == LetterKind.DECISION_REMOVAL:
            scheme = _scheme(session, offer.vacancy, day)
            values |= _dwelling(offer.vacancy, scheme)
            values["offer_sent_date"] = danish.long_date(offer.sent_on)
            values["reply_deadline"] = danish.weekday_date(offer.reply_deadline)
            values["decline_reason"] = offer.decline_text or ""
            tables["dwelling_table"] = _dwelling_table(offer.vacancy, values, scheme)
            tables["rent_table"] = _rent_table(offer.vacancy)
        vacancy_id = offer.vacancy_id
    values["reference"] = reference_for(kind, offer_id, applicant.id)
    return LetterContext(
        kind=kind,
        letter_date=day,
        values={k: v for k, v in values.items() if k in letter_fields.field_names(kind)},
        recipient=_citizen_recipient(applicant),
        sender_line=_sender_line(values),
        info=_citizen_info(values),
        tables=tables,
        offer_id=offer_id,
        applicant_id=applicant.id,
        vacancy_id=vacancy_id,
        delivery=applicant.delivery,
    )


def default_removal_reasons(session: Session, offer_id: int) -> str:
    """A first draft of the reasons for a removal after a declined or unanswered offer; the
    caseworker reads and adjusts it before the decision is sent."""
    offer = _load_offer(session, offer_id)
    if offer.answered_on is not None:
        text = f"Du takkede nej til tilbuddet den {danish.long_date(offer.answered_on)}. "
    else:
        text = (
            "Vi har ikke modtaget dit svar inden svarfristen "
            f"{danish.weekday_date(offer.reply_deadline)}. "
        )
    text += (
        "Boligen passede til din husstand og til din økonomi, og vi har ikke fået oplyst en "
        "rimelig grund til at sige nej."
    )
    return text


# --- the preview's data ----------------------------------------------------------------------


def sample(
    kind: LetterKind, on: dt.date | None = None, scheme: Scheme | None = None
) -> LetterContext:
    """A complete letter context of invented data (the template editor's preview), for a
    dwelling of `scheme` (an ordinary dwelling if not given)."""
    day = on or dt.date(2026, 11, 21)
    values = _empty(kind) | letter_fields.sample_values(kind) | _desk(None, day)
    free = dt.date(2026, 12, 1)  # "Ledig fra" below
    lease = _lease(scheme or SCHEMES.default.ordinary, free)
    values |= {k: v for k, v in lease.items() if k in values and scheme is not None}
    values["letter_date"] = danish.long_date(day)
    values["reference"] = f"{_PREFIX.get(kind, 'XX')}-000042"
    applicant_address = ("Vesterbro 22, 1. th", "9000 Aalborg")
    if kind == LetterKind.ALLOCATION_NOTICE:
        recipient: tuple[str, ...] = (
            "Himmerland Boligforening",
            "Att.: Udlejningen",
            "Over Kæret 6",
            "9220 Aalborg Øst",
        )
        values["recipient_name"] = "Himmerland Boligforening"
    elif kind == LetterKind.LANDLORD_ANSWER:
        recipient = ("Nordbo Ejendomme ApS", "Att.: Lise Østergård", "Vestergade 3", "9000 Aalborg")
        values["recipient_name"] = "Nordbo Ejendomme ApS"
    else:
        recipient = ("Łukasz Nowak", *applicant_address)
    dwelling = (
        TableRow("Adresse", "Hobrovej 12, 2. tv, 9000 Aalborg"),
        TableRow("Boligorganisation", "Himmerland Boligforening"),
        TableRow("Afdeling", "07 Hasseris Enge"),
        TableRow("Lejemål nr.", "1.200"),
        TableRow("Boligtype", "Familiebolig"),
        *(
            ()
            if scheme is None or scheme.key == ORDINARY
            else (
                TableRow("Boligordning", scheme.name),
                TableRow("Lejeperiode", _lease_row(scheme, lease)),
            )
        ),
        TableRow("Størrelse", "2½ værelser, 68 m²"),
        TableRow("Etage", "2. sal, med elevator"),
        TableRow("Ledig fra", danish.long_date(free)),
        TableRow("Fremvisning", "Ejendomskontoret, tlf. 98 12 34 56, hverdage 8-9"),
    )
    dwelling = tuple(r for r in dwelling if r.value)
    rent = (
        TableRow("Husleje pr. måned", "4.250,00 kr.", amount=True),
        TableRow("Aconto varme", "450,00 kr.", amount=True),
        TableRow("Aconto vand", "150,00 kr.", amount=True),
        TableRow("I alt pr. måned", "4.850,00 kr.", amount=True, total=True),
        TableRow("Indskud (depositum)", "12.750,00 kr.", amount=True),
    )
    tables: dict[str, tuple[TableRow, ...]] = {}
    if kind != LetterKind.DECISION_REFUSAL:
        tables = {"dwelling_table": dwelling, "rent_table": rent}
    if kind in (LetterKind.ALLOCATION_NOTICE, LetterKind.LANDLORD_ANSWER):
        tables["tenant_table"] = (
            TableRow("Navn", "Łukasz Nowak"),
            TableRow("Fødselsdato (CPR)", "010190-XXXX"),
            TableRow("Telefon", "20 30 40 50"),
            TableRow("Personer i husstanden", "2"),
            TableRow("Tilbud accepteret", "20. november 2026"),
        )
    slip = None
    if kind == LetterKind.OFFER:
        slip = _reply_slip(
            values,
            (
                TableRow("Navn", "Łukasz Nowak"),
                TableRow("CPR-nr.", "010190-XXXX"),
                TableRow("Bolig", "Hobrovej 12, 2. tv, 9000 Aalborg"),
                TableRow("Boligorganisation", "Himmerland Boligforening"),
                TableRow("Sagsnr.", values["reference"]),
            ),
            values.get("reply_deadline", ""),
            "26. november 2026",
        )
    info: tuple[tuple[str, str], ...]
    if kind in (LetterKind.ALLOCATION_NOTICE, LetterKind.LANDLORD_ANSWER):
        info = (("Dato", values["letter_date"]), ("Sagsnr.", values["reference"]))
    else:
        info = _citizen_info(values)
    return LetterContext(
        kind=kind,
        letter_date=day,
        values=values,
        recipient=recipient,
        sender_line=_sender_line(values),
        info=info,
        tables=tables,
        reply_slip=slip,
    )


# --- the stored form -------------------------------------------------------------------------

STORED_FORMAT = 1  # the layout of the JSON below; a reader refuses any other


def _row_json(row: TableRow) -> list[Any]:
    return [row.label, row.value, row.amount, row.total]


def _row(data: list[Any]) -> TableRow:
    label, value, amount, total = data
    return TableRow(str(label), str(value), bool(amount), bool(total))


def to_stored(context: LetterContext) -> dict[str, Any]:
    """What the letter is drawn from, as JSON values (the ids are the letter row's own)."""
    slip = context.reply_slip
    return {
        "format": STORED_FORMAT,
        "kind": context.kind.value,
        "letter_date": context.letter_date.isoformat(),
        "values": dict(context.values),
        "recipient": list(context.recipient),
        "sender_line": context.sender_line,
        "info": [[label, value] for label, value in context.info],
        "tables": {name: [_row_json(r) for r in rows] for name, rows in context.tables.items()},
        "delivery": None if context.delivery is None else context.delivery.value,
        "template_variant": context.template_variant,
        "reply_slip": None
        if slip is None
        else {
            "return_address": list(slip.return_address),
            "rows": [_row_json(r) for r in slip.rows],
            "deadline": slip.deadline,
            "deadline_date": slip.deadline_date,
            "answer_by": slip.answer_by,
        },
    }


def from_stored(
    data: dict[str, Any],
    *,
    offer_id: int | None = None,
    applicant_id: int | None = None,
    vacancy_id: int | None = None,
) -> LetterContext:
    """The context `to_stored` made. Raises ValueError for another format or a damaged value."""
    if data.get("format") != STORED_FORMAT:
        raise ValueError(f"unknown stored letter format {data.get('format')!r}")
    try:
        slip_data = data["reply_slip"]
        slip = (
            None
            if slip_data is None
            else ReplySlip(
                return_address=tuple(str(x) for x in slip_data["return_address"]),
                rows=tuple(_row(r) for r in slip_data["rows"]),
                deadline=str(slip_data["deadline"]),
                deadline_date=str(slip_data["deadline_date"]),
                answer_by=str(slip_data["answer_by"]),
            )
        )
        return LetterContext(
            kind=LetterKind(data["kind"]),
            letter_date=dt.date.fromisoformat(data["letter_date"]),
            values={str(k): str(v) for k, v in data["values"].items()},
            recipient=tuple(str(x) for x in data["recipient"]),
            sender_line=str(data["sender_line"]),
            info=tuple((str(label), str(value)) for label, value in data["info"]),
            tables={
                str(name): tuple(_row(r) for r in rows) for name, rows in data["tables"].items()
            },
            reply_slip=slip,
            offer_id=offer_id,
            applicant_id=applicant_id,
            vacancy_id=vacancy_id,
            delivery=DeliveryChannel(data["delivery"]) if data.get("delivery") else None,
            template_variant=str(data.get("template_variant") or ""),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"damaged stored letter: {exc!r}") from exc
