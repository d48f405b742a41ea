"""A private landlord's notice of a vacant dwelling (Ny bolig fra privat udlejer).

Under lov om kommunal anvisningsret § 5 a landlord who has given the municipality the right to
name tenants tells the desk when a dwelling is free, and the desk must answer within 7 working
days of the notice. The notice is stored as a dwelling received on the day the desk received it
(`Vacancy.reported_on`), in the scheme for private landlords, with no department: its deadline
follows from the scheme's rule (`desktop.core.schemes.deadlines`) and its intake check says that
the colour check does not apply (`desktop.core.intake.check`). Imported notices go through
`desktop.core.intake.landlord_import`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.enums import ImportKind
from db.models import Landlord
from desktop.core import formats, settings
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.importing.commit import one_import_at_a_time
from desktop.core.intake import rules, status, store
from desktop.core.intake.rules import VacancyDraft
from desktop.core.schemes.settings import SCHEMES, Scheme
from desktop.core.workspace import Workspace


def landlord_scheme(session: Session, day: dt.date) -> Scheme:
    """The scheme in force on `day` that a private landlord's dwellings belong to, or a
    ValidationError saying that none is (the desk's schemes lack one)."""
    found = settings.get(session, SCHEMES, day).landlord_scheme
    if found is None:
        raise ValidationError(
            translate(
                "Intake",
                "No housing scheme for private landlords is in force on {date}: Anvis cannot "
                "tell the dwelling's deadline.",
            ).format(date=formats.date(day)),
            {"scheme": translate("Intake", "No scheme for private landlords.")},
        )
    return found


@dataclass(frozen=True)
class NoticeTerms:
    """What a notice received on a day will get: its scheme and the answer's deadline."""

    scheme_name: str
    due: dt.date
    working_days: int


def notice_terms(ws: Workspace, received_on: dt.date) -> NoticeTerms:
    """The scheme and the last day to answer a notice received on `received_on` - what
    `create_notice` will store, for the form to show before it is saved."""
    with ws.read() as session:
        scheme = landlord_scheme(session, received_on)
        due = status.desk_deadline(session, received_on, scheme=scheme.key, notice=received_on)
    return NoticeTerms(scheme.name, due, scheme.deadline_working_days)


def sending_landlord(session: Session, landlord_id: int) -> Landlord:
    """The landlord whose notice this is: it must exist and be active."""
    landlord = session.get(Landlord, landlord_id)
    if landlord is None:
        raise NotFound(translate("Intake", "The private landlord no longer exists."))
    if not landlord.active:
        raise ValidationError(
            translate(
                "Intake",
                "{name} is not an active landlord: make it active under Departments > Private "
                "landlords first.",
            ).format(name=landlord.name),
            {"landlord": translate("Intake", "Not active.")},
        )
    return landlord


def create_notice(
    ws: Workspace, landlord_id: int, draft: VacancyDraft, *, received_on: dt.date | None = None
) -> int:
    """Check `draft` like any dwelling (but for a department, which it has none of) and store it
    as received from the landlord on `received_on` (today if not given; never a later day).

    Raises ValidationError whose `fields` maps each VacancyDraft field (and `received_on`) to
    its message."""
    today = ws.today()
    received = received_on or today
    with ws.write() as session:
        # No unique key holds a dwelling without a department: the duplicate check below is
        # the guard, so notices and imports of dwellings take turns (another desk's is seen).
        one_import_at_a_time(session, ImportKind.VACANCIES)
        landlord = sending_landlord(session, landlord_id)
        problems = {p.field: p.message for p in rules.validate(draft, today, department=False)}
        if received > today:
            problems["received_on"] = translate(
                "Intake", "The notice cannot be received later than today."
            )
        if not problems:
            key = store.landlord_key(landlord.id, draft)
            if store.existing_landlord_keys(session, [key]):
                problems["lease_number"] = translate(
                    "Intake",
                    "This dwelling (landlord, lease number or address and date) is already "
                    "registered.",
                )
        if problems:
            raise ValidationError(
                translate("Intake", "The dwelling was not saved. Correct the marked fields."),
                problems,
            )
        scheme = landlord_scheme(session, received)
        ids = store.insert_vacancies(
            session,
            store.NewVacancies([draft], [None], landlord_id=landlord.id),
            reported_on=received,
            by=ws.user,
            scheme=scheme.key,
        )
        return ids[0]
