"""The applicant register: create, update, change status, and read applicants as views.

One user action is one transaction; every change writes the audit trail (field names only, never
values: the log must not become a second copy of the personal data) and every status change a
line of the status history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import postal
from db.aggregates import add_part
from db.enums import ApplicantStatus, AuditAction, MemberRelation
from db.models import (
    Applicant,
    ApplicantEvent,
    ApplicantExcludedDepartment,
    Caseworker,
    Department,
    HouseholdMember,
    Landlord,
    Offer,
    Organisation,
    Vacancy,
)
from desktop.core import audit, cpr, locking, settings
from desktop.core.applicants import addresses, choices, conflicts, duplicates, trail
from desktop.core.applicants.inputs import (
    KEEP_CPR,
    NEEDS,
    OTHER_CPR,
    ApplicantInput,
    StoredAddress,
    validate,
)
from desktop.core.applicants.views import (
    ApplicantView,
    EventView,
    ExcludedDepartmentView,
    MemberView,
    OfferLine,
)
from desktop.core.errors import Conflict, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.registry import partners
from desktop.core.workspace import Workspace

ENTITY = trail.ENTITY
CLOSED = (ApplicantStatus.HOUSED, ApplicantStatus.REMOVED)
_FIELDS = (
    "name",
    "cpr",
    "birth_date",
    "care_of",
    "street",
    "postcode",
    "town",
    "whereabouts",
    "delivery",
    "phone",
    "email",
    "exempt_digital_post",
    "target_group",
    "caseworker_id",
    "registered_on",
    "urgency",
    "max_rent",
    "rooms_min",
    "rooms_max",
    *NEEDS,
    "notes",
)


def load(session: Session, applicant_id: int) -> Applicant:
    applicant = session.get(Applicant, applicant_id)
    if applicant is None:
        raise NotFound(translate("Applicants", "The applicant no longer exists."))
    return applicant


def stored_address(applicant: Applicant) -> StoredAddress:
    """The record's address as stored, for `inputs.validate` (see `ApplicantInput.address`)."""
    line = postal.one_line(
        applicant.care_of,
        applicant.street,
        applicant.postcode,
        applicant.town,
        applicant.whereabouts,
    )
    return StoredAddress(line, applicant.delivery)


def refuse_anonymised(applicant: Applicant) -> None:
    if applicant.anonymised_at is not None:
        raise ValidationError(
            translate("Applicants", "The case is anonymised and can no longer be changed.")
        )


def check_references(session: Session, data: ApplicantInput, today: dt.date) -> None:
    errors: dict[str, str] = {}
    groups = settings.get(session, settings.TARGET_GROUPS, on=today)
    if groups.by_code(data.target_group) is None:
        errors["target_group"] = translate("Applicants", "Choose a target group from the list.")
    if data.caseworker_id is not None and session.get(Caseworker, data.caseworker_id) is None:
        errors["caseworker_id"] = translate("Applicants", "The caseworker no longer exists.")
    for department_id, _reason in data.excluded_departments:
        if session.get(Department, department_id) is None:
            errors["excluded_departments"] = translate(
                "Applicants", "An excluded department no longer exists."
            )
    if errors:
        raise ValidationError(next(iter(errors.values())), errors)


def apply_input(session: Session, applicant: Applicant, data: ApplicantInput) -> list[str]:
    """Copy the input onto the record; returns the names of the fields that changed."""
    changed = []
    keep = data.cpr == KEEP_CPR
    if data.address is not None:
        raise ValueError("validate() resolves the one-line address first")
    for name in _FIELDS:
        value = getattr(data, name)
        if keep and name == "cpr":
            continue
        if keep and name == "birth_date" and applicant.cpr is not None:
            continue  # the stored number decides the birth date
        if getattr(applicant, name) != value:
            setattr(applicant, name, value)
            changed.append(name)
    if list(applicant.wanted_areas or []) != list(data.wanted_areas):
        applicant.wanted_areas = list(data.wanted_areas)
        changed.append("wanted_areas")
    wanted = dict(data.excluded_departments)
    current = {e.department_id: e for e in applicant.excluded_departments}
    if set(wanted) != set(current) or any(current[k].reason != wanted[k] for k in current):
        changed.append("excluded_departments")
        applicant.excluded_departments[:] = [
            current.get(k) or ApplicantExcludedDepartment(department_id=k) for k in wanted
        ]
        for entry in applicant.excluded_departments:
            entry.reason = wanted[entry.department_id]
    if _sync_members(applicant, data):
        changed.append("members")
    looked = data.address_checked or set(changed) & set(addresses.ADDRESS_FIELDS)
    if applicant.address_review is not None and looked:
        applicant.address_review = None  # a person has looked at the address: nothing to review
        changed.append("address_review")
    return changed


def _sync_members(applicant: Applicant, data: ApplicantInput) -> bool:
    """The applicant's own member mirrors the applicant; the others follow the input."""
    changed = False
    own = next((m for m in applicant.members if m.relation == MemberRelation.APPLICANT), None)
    if own is None:
        own = HouseholdMember(relation=MemberRelation.APPLICANT)
        applicant.members.insert(0, own)
        changed = True
    for attr in ("name", "cpr", "birth_date"):
        if getattr(own, attr) != getattr(applicant, attr):
            setattr(own, attr, getattr(applicant, attr))
            changed = True
    by_id = {m.id: m for m in applicant.members if m.relation != MemberRelation.APPLICANT}
    keep: list[HouseholdMember] = [own]
    for member in data.members:
        record = by_id.pop(member.id, None) if member.id is not None else None
        if record is None:
            record = HouseholdMember(relation=member.relation)
            changed = True
        for attr in ("relation", "name", "cpr", "birth_date"):
            value = getattr(member, attr)
            if attr == "cpr" and value == KEEP_CPR:
                continue
            if attr == "birth_date" and member.cpr == KEEP_CPR and record.cpr is not None:
                continue
            if getattr(record, attr) != value:
                setattr(record, attr, value)
                changed = True
        keep.append(record)
    if by_id:
        changed = True
    if changed:
        applicant.members[:] = keep
    return changed


def add_event(
    applicant: Applicant,
    to_status: ApplicantStatus,
    by: str,
    note: str | None = None,
    from_status: ApplicantStatus | None = None,
) -> None:
    add_part(
        applicant, ApplicantEvent(by=by, from_status=from_status, to_status=to_status, note=note)
    )


def create_applicant(
    ws: Workspace, data: ApplicantInput, *, accept_duplicates_of: Iterable[int] = ()
) -> int:
    """Register a citizen; returns the new id.

    Raises `duplicates.DuplicateFound` (with the candidates) when someone with the same CPR
    number, or the same name and birth date, is already registered; the same name and birth
    date can be accepted as a different person by passing their ids in `accept_duplicates_of`.
    """
    today = ws.today()
    clean = validate(data, today)
    with ws.write() as session:
        check_references(session, clean, today)
        if clean.cpr in (KEEP_CPR, OTHER_CPR):
            raise ValueError("a new applicant has no stored CPR number to keep")
        found = duplicates.candidates(session, clean.cpr, clean.name, clean.birth_date)
        accepted = set(accept_duplicates_of)
        blocking = [c for c in found if c.same_cpr or c.id not in accepted]
        if blocking:
            raise duplicates.DuplicateFound(blocking)
        applicant = Applicant(status=ApplicantStatus.ACTIVE, wanted_areas=[])
        apply_input(session, applicant, clean)
        add_event(applicant, ApplicantStatus.ACTIVE, ws.user, translate("Applicants", "Created"))
        session.add(applicant)
        session.flush()
        audit.record(session, AuditAction.CREATE, ENTITY, applicant.id, applicant_id=applicant.id)
        return applicant.id


def update_applicant(ws: Workspace, applicant_id: int, version: int, data: ApplicantInput) -> int:
    """Save the detail form onto `version`, the version the user loaded. When someone else saved
    the record since, `RecordConflict` says who and when and compares their values with the
    form's; nothing is saved. Returns the new version."""
    today = ws.today()
    clean = validate(data, today)
    try:
        with locking.guard(ws, Applicant, applicant_id), ws.write() as session:
            applicant = load(session, applicant_id)
            refuse_anonymised(applicant)
            locking.check(applicant, version)
            clean = validate(data, today, stored=stored_address(applicant))
            check_references(session, clean, today)
            if clean.cpr == OTHER_CPR:
                raise ValueError("OTHER_CPR is for merging")
            if clean.cpr not in (None, KEEP_CPR):
                same = duplicates.candidates(session, clean.cpr, None, None, exclude=applicant_id)
                if same:
                    raise duplicates.DuplicateFound(same)
            changed = apply_input(session, applicant, clean)
            if changed:
                trail.record_update(session, applicant, {"fields": changed})
            return applicant.version
    except locking.RecordConflict as conflict:
        found = conflicts.applicant_differences(ws, applicant_id, clean)
        conflicts.with_differences(conflict, found)
        raise


def conflict_error(applicant: Applicant) -> Conflict:
    return Conflict(
        translate(
            "Applicants",
            "{who} saved this applicant while you were editing. Close the form, open it again "
            "and make your change once more.",
        ).format(who=applicant.updated_by or translate("Applicants", "Someone else")),
        applicant.updated_by,
        applicant.updated_at,
    )


def change_status(
    ws: Workspace,
    applicant_id: int,
    status: ApplicantStatus,
    *,
    note: str | None = None,
    paused_until: dt.date | None = None,
    removed_reason: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Move an applicant to another status, with a line in the status history.

    Paused needs a date after today; removed needs a reason. Housed and removed close the case
    (the retention period runs from then); active again reopens it. With `expected_version`
    (the version the user loaded) the change is refused with `RecordConflict` when someone
    saved the applicant since. Returns the applicant's version after the change.
    """
    today = ws.today()
    try:
        with locking.guard(ws, Applicant, applicant_id), ws.write() as session:
            applicant = load(session, applicant_id)
            refuse_anonymised(applicant)
            locking.check(applicant, expected_version)
            set_status(
                session, applicant, status, ws.user, today, note, paused_until, removed_reason
            )
            return applicant.version
    except locking.RecordConflict as conflict:
        reason = " ".join((removed_reason or "").split()) or None
        found = conflicts.status_differences(ws, applicant_id, status, paused_until, reason)
        conflicts.with_differences(conflict, found)
        raise


def set_status(
    session: Session,
    applicant: Applicant,
    status: ApplicantStatus,
    user: str,
    today: dt.date,
    note: str | None = None,
    paused_until: dt.date | None = None,
    removed_reason: str | None = None,
) -> None:
    """The rule of `change_status` in the caller's transaction (the offer workflow uses it)."""
    if status == ApplicantStatus.PAUSED and (paused_until is None or paused_until <= today):
        raise ValidationError(
            translate("Applicants", "Choose the date the pause ends (after today)."),
            {"paused_until": translate("Applicants", "A date after today.")},
        )
    reason = " ".join((removed_reason or "").split()) or None
    if status == ApplicantStatus.REMOVED and reason is None:
        raise ValidationError(
            translate("Applicants", "Write why the applicant is removed from the list."),
            {"removed_reason": translate("Applicants", "A reason is needed.")},
        )
    before = applicant.status
    if before == status and status != ApplicantStatus.PAUSED:
        return
    applicant.status = status
    applicant.paused_until = paused_until if status == ApplicantStatus.PAUSED else None
    applicant.removed_reason = reason if status == ApplicantStatus.REMOVED else None
    if status in CLOSED:
        applicant.closed_on = today
    elif before in CLOSED:
        applicant.closed_on = None
    text = note or (reason if status == ApplicantStatus.REMOVED else None)
    add_event(applicant, status, user, text, before)
    trail.record_update(session, applicant, {"status": [before.value, status.value]})


def end_expired_pauses(ws: Workspace) -> int:
    """Applicants whose pause ended before today become active again; returns how many."""
    today = ws.today()
    due = select(Applicant).where(
        Applicant.status == ApplicantStatus.PAUSED, Applicant.paused_until < today
    )
    with ws.read() as session:  # most days there are none: no write transaction then
        if session.scalars(due.limit(1)).first() is None:
            return 0
    with ws.write() as session:
        # Held and read as stored now: a pause another workstation ended (or changed) meanwhile
        # is no longer due, instead of failing this transaction.
        expired = session.scalars(
            due.order_by(Applicant.id).with_for_update().execution_options(populate_existing=True)
        ).all()
        for applicant in expired:
            note = translate("Applicants", "The pause ended")
            set_status(session, applicant, ApplicantStatus.ACTIVE, ws.user, today, note)
        return len(expired)


# --- reading ----------------------------------------------------------------------------------


def member_view(member: HouseholdMember) -> MemberView:
    return MemberView(
        id=member.id,
        relation=member.relation,
        name=member.name,
        cpr_masked=cpr.masked(member.cpr),
        has_cpr=member.cpr is not None,
        birth_date=member.birth_date,
        version=member.version,
    )


def _offer_lines(session: Session, applicant_id: int) -> tuple[OfferLine, ...]:
    rows = session.execute(
        select(
            Offer,
            Vacancy,
            Department.number,
            Department.name,
            Organisation.number,
            Landlord.name,
        )
        .join(Vacancy, Offer.vacancy_id == Vacancy.id)
        .outerjoin(Department, Vacancy.department_id == Department.id)
        .outerjoin(Organisation, Department.organisation_id == Organisation.id)
        .outerjoin(Landlord, Vacancy.landlord_id == Landlord.id)
        .where(Offer.applicant_id == applicant_id)
        .order_by(Offer.created_at.desc(), Offer.id.desc())
    ).all()
    lines = []
    for offer, vacancy, dept_number, dept_name, org_number, landlord_name in rows:
        address = postal.street_line(
            vacancy.street, vacancy.house_number, vacancy.floor, vacancy.door
        )
        where = f"{org_number}-{dept_number} {dept_name}"
        if vacancy.landlord_id is not None:
            where = partners.landlord_place(landlord_name)
        lines.append(
            OfferLine(
                id=offer.id,
                status=offer.status,
                address=address,
                department=where,
                sent_on=offer.sent_on,
                reply_deadline=offer.reply_deadline,
                answered_on=offer.answered_on,
                decline_reason=offer.decline_reason,
            )
        )
    return tuple(lines)


def _excluded(session: Session, applicant: Applicant) -> tuple[ExcludedDepartmentView, ...]:
    ids = [e.department_id for e in applicant.excluded_departments]
    if not ids:
        return ()
    labels = choices.department_labels(session, ids)
    return tuple(
        ExcludedDepartmentView(e.department_id, labels.get(e.department_id, "?"), e.reason)
        for e in applicant.excluded_departments
    )


def view_of(session: Session, applicant: Applicant, *, details: bool = True) -> ApplicantView:
    """The view of a loaded applicant; without `details` no status history, offers or
    department labels (one query less per applicant when many are read)."""
    return ApplicantView(
        id=applicant.id,
        version=applicant.version,
        name=applicant.name,
        cpr_masked=cpr.masked(applicant.cpr),
        has_cpr=applicant.cpr is not None,
        birth_date=applicant.birth_date,
        care_of=applicant.care_of,
        street=applicant.street,
        postcode=applicant.postcode,
        town=applicant.town,
        whereabouts=applicant.whereabouts,
        delivery=applicant.delivery,
        address_review=applicant.address_review,
        phone=applicant.phone,
        email=applicant.email,
        exempt_digital_post=applicant.exempt_digital_post,
        target_group=applicant.target_group,
        caseworker_id=applicant.caseworker_id,
        caseworker=None if applicant.caseworker is None else applicant.caseworker.name,
        registered_on=applicant.registered_on,
        urgency=applicant.urgency,
        status=applicant.status,
        paused_until=applicant.paused_until,
        removed_reason=applicant.removed_reason,
        closed_on=applicant.closed_on,
        max_rent=applicant.max_rent,
        rooms_min=applicant.rooms_min,
        rooms_max=applicant.rooms_max,
        needs_wheelchair=applicant.needs_wheelchair,
        needs_step_free=applicant.needs_step_free,
        needs_ground_floor=applicant.needs_ground_floor,
        has_pets=applicant.has_pets,
        needs_strong_area=applicant.needs_strong_area,
        wanted_areas=tuple(str(a) for a in applicant.wanted_areas or ()),
        notes=applicant.notes,
        anonymised=applicant.anonymised_at is not None,
        members=tuple(member_view(m) for m in applicant.members),
        excluded_departments=_excluded(session, applicant)
        if details
        else tuple(
            ExcludedDepartmentView(e.department_id, "", e.reason)
            for e in applicant.excluded_departments
        ),
        events=tuple(
            EventView(e.at, e.by, e.from_status, e.to_status, e.note) for e in applicant.events
        )
        if details
        else (),
        offers=_offer_lines(session, applicant.id) if details else (),
        updated_by=applicant.updated_by,
        updated_at=applicant.updated_at,
        imported=applicant.import_batch_id is not None,
    )


def applicant_view(ws: Workspace, applicant_id: int) -> ApplicantView:
    """The detail form's data (CPR masked; sensitive facts via `facts.household_facts`)."""
    with ws.read() as session:
        applicant = session.scalars(
            select(Applicant)
            .where(Applicant.id == applicant_id)
            .options(
                selectinload(Applicant.members),
                selectinload(Applicant.events),
                selectinload(Applicant.excluded_departments),
                selectinload(Applicant.caseworker),
            )
        ).first()
        if applicant is None:
            raise NotFound(translate("Applicants", "The applicant no longer exists."))
        return view_of(session, applicant)


def applicant_views(
    session: Session, applicant_ids: Iterable[int] | None = None, *, details: bool = False
) -> dict[int, ApplicantView]:
    """Several applicants at once in the caller's session (all if no ids): matching and
    letters read them so. Without `details`: no status history, offers or department labels."""
    query = select(Applicant).options(
        selectinload(Applicant.members),
        selectinload(Applicant.excluded_departments),
        selectinload(Applicant.caseworker),
    )
    if details:
        query = query.options(selectinload(Applicant.events))
    if applicant_ids is not None:
        query = query.where(Applicant.id.in_(list(applicant_ids)))
    applicants = session.scalars(query).all()
    return {a.id: view_of(session, a, details=details) for a in applicants}
