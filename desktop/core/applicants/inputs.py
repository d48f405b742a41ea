"""What the detail form (or an import) hands in, and the rules it must keep.

`validate(data, today)` checks everything that does not need the database and returns the
cleaned values (CPR as ten digits, birth date from the CPR, trimmed text, the address and the
delivery channel resolved: see `ApplicantInput`); a broken rule raises `ValidationError` whose
`fields` map a field name to its message, so the form can mark it.
`free_text_warnings(data)` names the fields where a CPR number has no place but seems to be: a
warning, not a refusal (the form shows it while the user types).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

from db import postal
from db.enums import DeliveryChannel, LegalFactKind, MemberRelation, Urgency
from desktop.core import cpr as cprs
from desktop.core import cpr_text
from desktop.core.applicants import addresses
from desktop.core.applicants.views import ApplicantView
from desktop.core.errors import ValidationError
from desktop.core.formats import plural
from desktop.core.i18n import translate

MAX_RENT_LIMIT = Decimal(100_000)
MAX_ROOMS = 10.0
EARLIEST_BIRTH = dt.date(1900, 1, 1)
KEEP_CPR = "<unchanged>"
"""As `cpr` of an input: keep the stored number (the form only ever sees it masked)."""
OTHER_CPR = "<other record>"
"""As `cpr` of a merge: take the number of the record merged into the kept one."""
_STORED = (KEEP_CPR, OTHER_CPR)
# The applicant's needs: yes/no fields of the input, the view and the stored record alike.
NEEDS = (
    "needs_wheelchair",
    "needs_step_free",
    "needs_ground_floor",
    "has_pets",
    "needs_strong_area",
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,30}$")


@dataclass(frozen=True)
class MemberInput:
    """A household member besides the applicant; `id` keeps an existing member and its facts."""

    relation: MemberRelation
    name: str | None = None
    cpr: str | None = None
    birth_date: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class FactInput:
    kind: LegalFactKind
    label: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    note: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class ApplicantInput:
    """What a form or an import hands in.

    The postal address is `care_of` (without "c/o"), `street` (the street line: "Vesterbro 22,
    1. th"), `postcode`, `town`; `whereabouts` is where the citizen is when that is no address.
    `delivery` is how letters reach them; None: as stored (when it still works), else the
    default (`db.postal.default_channel`).
    `address_checked`: the address read automatically from free text was looked at as it is
    (it leaves the list to review; so does any change of it).

    `address` is the address as one line of text, as the one-field form and the merge dialog
    know it (`from_view` fills it with the stored line). It is read with `db.postal.parse` (an
    address, else whereabouts) when the structured fields are all empty, or when it differs from
    the stored line (the user typed another one); else the structured fields count. A caller
    that sets the structured fields either leaves `address` None or as `from_view` made it.
    """

    name: str
    cpr: str | None = None
    birth_date: dt.date | None = None
    address: str | None = None
    care_of: str | None = None
    street: str | None = None
    postcode: str | None = None
    town: str | None = None
    whereabouts: str | None = None
    delivery: DeliveryChannel | None = None
    address_checked: bool = False  # a person looked at an address read from free text
    phone: str | None = None
    email: str | None = None
    exempt_digital_post: bool = False
    target_group: str = "other"
    caseworker_id: int | None = None
    registered_on: dt.date | None = None  # today if not given
    urgency: Urgency = Urgency.NORMAL
    max_rent: Decimal | None = None
    rooms_min: float | None = None
    rooms_max: float | None = None
    needs_wheelchair: bool = False
    needs_step_free: bool = False
    needs_ground_floor: bool = False
    has_pets: bool = False
    needs_strong_area: bool = False
    wanted_areas: tuple[str, ...] = ()
    excluded_departments: tuple[tuple[int, str | None], ...] = ()
    notes: str | None = None
    members: tuple[MemberInput, ...] = ()


def _text(value: str | None) -> str | None:
    cleaned = " ".join((value or "").split())
    return cleaned or None


def _multiline(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    return cleaned or None


def check_cpr(value: str | None, field: str, errors: dict[str, str]) -> str | None:
    """Ten digits, or None when empty, or KEEP_CPR; a message in `errors[field]` when not a
    CPR number."""
    if value in _STORED:
        return value
    if not (value or "").strip():
        return None
    try:
        return cprs.normalise(value or "")
    except ValidationError as exc:
        errors[field] = exc.message
        return None


def _birth(
    number: str | None, entered: dt.date | None, today: dt.date, field: str, errors: dict[str, str]
) -> dt.date | None:
    if number is not None and number not in _STORED:
        from_cpr = cprs.birth_date(number)
        if entered is not None and entered != from_cpr:
            errors[field] = translate(
                "Applicants", "The birth date does not match the CPR number ({date})."
            ).format(date=from_cpr.strftime("%d.%m.%Y"))
        return from_cpr
    if entered is not None and not EARLIEST_BIRTH <= entered <= today:
        errors[field] = translate("Applicants", "The birth date must be a past date.")
    return entered


class StoredAddress(NamedTuple):
    """The address of the record being saved, as stored (see `ApplicantInput.address`)."""

    line: str | None  # db.postal.one_line of the stored record
    delivery: DeliveryChannel


_ADDRESS_PARTS = ("care_of", "street", "postcode", "town", "whereabouts")


class _Address(NamedTuple):
    care_of: str | None
    street: str | None
    postcode: str | None
    town: str | None
    whereabouts: str | None
    delivery: DeliveryChannel


def _address(
    data: ApplicantInput, number: str | None, stored: StoredAddress | None, errors: dict[str, str]
) -> _Address:
    """The address parts and the channel the record is saved with (see `ApplicantInput`)."""
    parts: dict[str, str | None] = {name: _text(getattr(data, name)) for name in _ADDRESS_PARTS}
    typed = _text(data.address)
    from_text = data.address is not None and (
        not any(parts.values()) or (stored is not None and typed != stored.line)
    )
    if from_text:
        found = postal.parse(typed)
        parts = dict.fromkeys(_ADDRESS_PARTS)
        if found is not None:
            parts.update(
                care_of=found.care_of,
                street=found.street,
                postcode=found.postcode,
                town=found.town,
                whereabouts=found.whereabouts,
            )
        else:
            parts["whereabouts"] = typed
    limits = {
        "care_of": postal.CARE_OF_MAX,
        "street": postal.STREET_MAX,
        "town": postal.TOWN_MAX,
        "whereabouts": postal.WHEREABOUTS_MAX,
    }
    for name, limit in limits.items():
        if len(parts[name] or "") > limit:
            errors[name] = plural(
                limit,
                translate("Applicants", "At most {n} character."),
                translate("Applicants", "At most {n} characters."),
            )
    if message := addresses.postcode_problem(parts["postcode"]):
        errors["postcode"] = message

    def problems(channel: DeliveryChannel) -> dict[str, str]:
        return addresses.channel_problems(
            channel,
            care_of=parts["care_of"],
            street=parts["street"],
            postcode=parts["postcode"],
            town=parts["town"],
            has_cpr=number is not None,
            exempt_digital_post=data.exempt_digital_post,
            has_caseworker=data.caseworker_id is not None,
        )

    # A channel chosen by the user must work; one carried along (the stored one, or the one a
    # form that shows the address as one line passes back) gives way to the default.
    channel = data.delivery
    carried = channel is None or from_text
    if channel is None and stored is not None:
        channel = stored.delivery
    if carried and channel is not None and (channel == DeliveryChannel.NONE or problems(channel)):
        channel = None
    if channel is None:
        street, postcode, town = parts["street"], parts["postcode"], parts["town"]
        channel = postal.default_channel(
            exempt_digital_post=data.exempt_digital_post,
            has_cpr=number is not None,
            address=postal.PostalAddress(street, postcode, town, parts["care_of"])
            if street and postcode and town
            else None,
        )
    for name, message in problems(channel).items():
        errors.setdefault(name, message)
    return _Address(
        parts["care_of"],
        parts["street"],
        parts["postcode"],
        parts["town"],
        parts["whereabouts"],
        channel,
    )


def validate(
    data: ApplicantInput, today: dt.date, *, stored: StoredAddress | None = None
) -> ApplicantInput:
    """The cleaned input, or ValidationError naming every broken field. `stored`: the address
    of the record being saved, as stored (None for a new record)."""
    errors: dict[str, str] = {}
    name = _text(data.name)
    if name is None:
        errors["name"] = translate("Applicants", "Write the citizen's name.")
    elif len(name) > 200:
        errors["name"] = translate("Applicants", "The name is longer than 200 characters.")
    number = check_cpr(data.cpr, "cpr", errors)
    birth = _birth(number, data.birth_date, today, "birth_date", errors)
    phone = _text(data.phone)
    if phone is not None and not _PHONE.match(phone):
        errors["phone"] = translate(
            "Applicants", "A phone number has digits, spaces and perhaps a leading +."
        )
    email = _text(data.email)
    if email is not None and not _EMAIL.match(email):
        errors["email"] = translate("Applicants", "The e-mail address is not valid.")
    registered = data.registered_on or today
    if registered > today:
        errors["registered_on"] = translate(
            "Applicants", "The registration date cannot be in the future."
        )
    if data.max_rent is not None and not Decimal(0) < data.max_rent <= MAX_RENT_LIMIT:
        errors["max_rent"] = translate(
            "Applicants", "The highest rent must be a monthly amount between 1 and 100.000 kr."
        )
    for key, rooms in (("rooms_min", data.rooms_min), ("rooms_max", data.rooms_max)):
        if rooms is not None and not 1 <= rooms <= MAX_ROOMS:
            errors[key] = translate("Applicants", "Rooms must be between 1 and 10.")
    if (
        data.rooms_min is not None
        and data.rooms_max is not None
        and data.rooms_max < data.rooms_min
        and "rooms_max" not in errors
    ):
        errors["rooms_max"] = translate(
            "Applicants", "The most rooms cannot be fewer than the fewest rooms."
        )
    address = _address(data, number, stored, errors)
    members = []
    for index, member in enumerate(data.members):
        field = f"members.{index}"
        if member.relation == MemberRelation.APPLICANT:
            errors[field] = translate("Applicants", "The applicant is already in the household.")
            continue
        member_cpr = check_cpr(member.cpr, field, errors)
        member_birth = _birth(member_cpr, member.birth_date, today, field, errors)
        if member_cpr is not None and member_cpr not in _STORED and member_cpr == number:
            errors[field] = translate(
                "Applicants", "A household member has the applicant's own CPR number."
            )
        members.append(
            replace(member, name=_text(member.name), cpr=member_cpr, birth_date=member_birth)
        )
    if errors:
        first = next(iter(errors.values()))
        raise ValidationError(first, errors)
    assert name is not None
    return replace(
        data,
        name=name,
        cpr=number,
        birth_date=birth,
        address=None,  # resolved into the parts below
        care_of=address.care_of,
        street=address.street,
        postcode=address.postcode,
        town=address.town,
        whereabouts=address.whereabouts,
        delivery=address.delivery,
        phone=phone,
        email=email,
        registered_on=registered,
        wanted_areas=tuple(a for a in (_text(x) for x in data.wanted_areas) if a),
        notes=_multiline(data.notes),
        members=tuple(members),
    )


def validate_fact(fact: FactInput) -> FactInput:
    """The rules of one dated legal fact (what the legal blocks of ABL § 59 and the housing
    schemes need to read it)."""
    errors: dict[str, str] = {}
    label = _text(fact.label)
    if fact.kind == LegalFactKind.BENEFIT and label is None:
        errors["label"] = translate("Applicants", "Write the benefit's name.")
    if fact.kind == LegalFactKind.SUPPORT and label is None:
        errors["label"] = translate("Applicants", "Write the support measure's name (bostøtte).")
    if fact.kind == LegalFactKind.CITIZENSHIP:
        if label is None or not re.fullmatch(r"[A-Za-z]{2}", label):
            errors["label"] = translate(
                "Applicants", "Write the citizenship as a two-letter country code (DK, SY, UA)."
            )
        else:
            label = label.upper()
    if fact.kind != LegalFactKind.CITIZENSHIP and fact.start_date is None:
        errors["start_date"] = translate("Applicants", "Write the date.")
    if fact.start_date and fact.end_date and fact.end_date < fact.start_date:
        errors["end_date"] = translate("Applicants", "The end date is before the start date.")
    if errors:
        raise ValidationError(next(iter(errors.values())), errors)
    return replace(fact, label=label, note=_multiline(fact.note))


# Fields of free text: a CPR number has no place in them (it goes in the CPR field only).
FREE_TEXT_FIELDS = (
    "address",
    "care_of",
    "street",
    "town",
    "whereabouts",
    "phone",
    "email",
    "notes",
)


def free_text_warnings(data: ApplicantInput) -> dict[str, str]:
    """The free-text fields of `data` that seem to hold a CPR number, each with its warning."""
    return cpr_text.warnings({field: getattr(data, field) for field in FREE_TEXT_FIELDS})


def address_line(data: ApplicantInput) -> str | None:
    """The input's address in one line (as typed in one field, else from its parts)."""
    if data.address is not None:
        return _text(data.address)
    return postal.one_line(
        _text(data.care_of),
        _text(data.street),
        _text(data.postcode),
        _text(data.town),
        _text(data.whereabouts),
    )


def from_view(view: ApplicantView) -> ApplicantInput:
    """The input that saves a record unchanged (its CPR numbers kept unseen): the start of a
    form or a merge."""
    return ApplicantInput(
        name=view.name,
        cpr=KEEP_CPR if view.has_cpr else None,
        birth_date=view.birth_date,
        address=view.address,
        care_of=view.care_of,
        street=view.street,
        postcode=view.postcode,
        town=view.town,
        whereabouts=view.whereabouts,
        delivery=view.delivery,
        phone=view.phone,
        email=view.email,
        exempt_digital_post=view.exempt_digital_post,
        target_group=view.target_group,
        caseworker_id=view.caseworker_id,
        registered_on=view.registered_on,
        urgency=view.urgency,
        max_rent=view.max_rent,
        rooms_min=view.rooms_min,
        rooms_max=view.rooms_max,
        needs_wheelchair=view.needs_wheelchair,
        needs_step_free=view.needs_step_free,
        needs_ground_floor=view.needs_ground_floor,
        has_pets=view.has_pets,
        needs_strong_area=view.needs_strong_area,
        wanted_areas=view.wanted_areas,
        excluded_departments=tuple((e.department_id, e.reason) for e in view.excluded_departments),
        notes=view.notes,
        members=tuple(
            MemberInput(
                m.relation,
                m.name,
                KEEP_CPR if m.has_cpr else None,
                m.birth_date,
                id=m.id,
            )
            for m in view.members
            if m.relation != MemberRelation.APPLICANT
        ),
    )
