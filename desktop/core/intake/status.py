"""The life of a vacancy: received -> accepted | returned; accepted -> offered -> let;
accepted -> given back unused. Every change is a `VacancyEvent` (the detail panel's history).

The offer workflow calls the session-level functions (`mark_offered`, `mark_let`,
`offer_ended`, `give_back`) inside its own transaction; the window calls `change_status` (one
transaction per action, with optimistic locking).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy.orm import Session

from db.aggregates import add_part
from db.enums import VacancyStatus
from db.models import Vacancy, VacancyEvent
from desktop.core import locking, settings
from desktop.core.errors import Conflict, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.schemes import deadlines
from desktop.core.schemes.settings import ORDINARY, SCHEMES
from desktop.core.settings import DEADLINES
from desktop.core.workspace import Workspace

S = VacancyStatus

ALLOWED: Mapping[VacancyStatus, frozenset[VacancyStatus]] = {
    S.RECEIVED: frozenset({S.ACCEPTED, S.RETURNED}),
    S.ACCEPTED: frozenset({S.OFFERED, S.GIVEN_BACK}),
    # An offer declined, expired or withdrawn puts the dwelling back for the next candidate.
    S.OFFERED: frozenset({S.LET, S.ACCEPTED}),
    S.RETURNED: frozenset(),
    S.LET: frozenset(),
    S.GIVEN_BACK: frozenset(),
}


def status_label(status: VacancyStatus) -> str:
    """The status as the user reads it."""
    labels = {
        S.RECEIVED: translate("VacancyStatus", "Received"),
        S.ACCEPTED: translate("VacancyStatus", "Accepted"),
        S.RETURNED: translate("VacancyStatus", "Returned"),
        S.OFFERED: translate("VacancyStatus", "Offered"),
        S.LET: translate("VacancyStatus", "Let"),
        S.GIVEN_BACK: translate("VacancyStatus", "Given back"),
    }
    return labels[status]


def can_change(current: VacancyStatus, to: VacancyStatus) -> bool:
    return to in ALLOWED[current]


def at_disposal_from(available_from: dt.date, reported_on: dt.date) -> dt.date:
    """The desk holds a dwelling from the day it is free, but never before it was reported."""
    return max(available_from, reported_on)


def desk_deadline(
    session: Session,
    at_disposal: dt.date,
    *,
    scheme: str = ORDINARY,
    notice: dt.date | None = None,
) -> dt.date:
    """The desk's deadline to name a tenant by the rule of the dwelling's scheme in force on the
    day of the `notice` (the day it was reported; `at_disposal` if not given): the setting's
    working days after disposal, or a private landlord's working days after the notice."""
    reported = notice or at_disposal
    return deadlines.desk_deadline(
        settings.get(session, SCHEMES, reported).scheme_of(scheme),
        at_disposal=at_disposal,
        notice=reported,
        desk_working_days=settings.get(session, DEADLINES, at_disposal).desk_working_days,
    )


def _load(session: Session, vacancy_id: int, expected_version: int | None) -> Vacancy:
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise NotFound(translate("Intake", "The dwelling no longer exists."))
    if expected_version is not None and vacancy.version != expected_version:
        raise Conflict(
            translate(
                "Intake",
                "Someone else changed this dwelling meanwhile. The list shows it again as it is "
                "now; check it and repeat the action.",
            ),
            vacancy.updated_by,
            vacancy.updated_at,
        )
    return vacancy


def _refuse(vacancy: Vacancy, to: VacancyStatus) -> ValidationError:
    return ValidationError(
        translate("Intake", "A dwelling that is {current} cannot become {target}.").format(
            current=status_label(vacancy.status).lower(), target=status_label(to).lower()
        )
    )


def apply(
    session: Session,
    vacancy_id: int,
    to: VacancyStatus,
    *,
    by: str,
    day: dt.date,
    note: str | None = None,
    reason: str | None = None,
    lease_start: dt.date | None = None,
    expected_version: int | None = None,
) -> VacancyEvent:
    """Move a vacancy to `to` in the caller's transaction and record the event.

    - returned: `reason` is required (the organisation reads it); a private landlord's
      dwelling keeps its deadline, the day the landlord must have the answer by;
    - accepted from received: sets the decision date, the disposal date and the desk deadline;
    - let: `lease_start` is required (the rent loss stops there);
    - given back: the rent loss stops on `day`.
    Raises ValidationError for a change the life cycle does not allow, Conflict when the
    dwelling's version moved since `expected_version`, NotFound when it is gone.
    """
    vacancy = _load(session, vacancy_id, expected_version)
    if not can_change(vacancy.status, to):
        raise _refuse(vacancy, to)
    previous = vacancy.status
    if to == S.RETURNED:
        if not (reason and reason.strip()):
            raise ValidationError(
                translate("Intake", "Write why the dwelling is returned to the organisation."),
                {"reason": translate("Intake", "A reason is required.")},
            )
        vacancy.return_reason = reason.strip()
        vacancy.decided_on = day
        if vacancy.landlord_id is None:
            vacancy.desk_deadline = None
        # (a private landlord is still owed the answer by its deadline: the declining letter)
    elif to == S.ACCEPTED and previous == S.RECEIVED:
        vacancy.decided_on = day
        vacancy.return_reason = None
        if vacancy.at_disposal_from is None:
            vacancy.at_disposal_from = at_disposal_from(vacancy.available_from, vacancy.reported_on)
        if vacancy.desk_deadline is None:
            vacancy.desk_deadline = desk_deadline(
                session,
                vacancy.at_disposal_from,
                scheme=vacancy.scheme,
                notice=vacancy.reported_on,
            )
    elif to == S.LET:
        if lease_start is None:
            raise ValidationError(
                translate("Intake", "Enter the date the lease starts."),
                {"lease_start": translate("Intake", "The lease start is required.")},
            )
        vacancy.lease_start = lease_start
    elif to == S.GIVEN_BACK:
        vacancy.given_back_on = day
        if reason and reason.strip():
            vacancy.return_reason = reason.strip()
    vacancy.status = to
    event = VacancyEvent(
        by=by,
        from_status=previous,
        to_status=to,
        note=(note or reason or None),
    )
    add_part(vacancy, event)
    session.flush()
    return event


# --- the calls the offer workflow makes (in its own transaction) --------------------------------


def mark_offered(
    session: Session, vacancy_id: int, *, by: str, day: dt.date, note: str | None = None
) -> VacancyEvent:
    """accepted -> offered: an offer was sent for the dwelling."""
    return apply(session, vacancy_id, S.OFFERED, by=by, day=day, note=note)


def offer_ended(
    session: Session, vacancy_id: int, *, by: str, day: dt.date, note: str | None = None
) -> VacancyEvent:
    """offered -> accepted: the offer was declined, expired or withdrawn; the next candidate."""
    return apply(session, vacancy_id, S.ACCEPTED, by=by, day=day, note=note)


def mark_let(
    session: Session,
    vacancy_id: int,
    *,
    lease_start: dt.date,
    by: str,
    day: dt.date,
    note: str | None = None,
) -> VacancyEvent:
    """offered -> let: the tenant's lease starts on `lease_start` (the rent loss stops)."""
    return apply(session, vacancy_id, S.LET, by=by, day=day, note=note, lease_start=lease_start)


def give_back(
    session: Session, vacancy_id: int, *, by: str, day: dt.date, reason: str | None = None
) -> VacancyEvent:
    """accepted -> given back unused: the organisation lets it itself from `day`."""
    return apply(session, vacancy_id, S.GIVEN_BACK, by=by, day=day, reason=reason)


# --- one user action -----------------------------------------------------------------------------


def change_status(
    ws: Workspace,
    vacancy_id: int,
    to: VacancyStatus,
    *,
    expected_version: int | None = None,
    note: str | None = None,
    reason: str | None = None,
    lease_start: dt.date | None = None,
    day: dt.date | None = None,
) -> None:
    """The window's status change: one transaction, refused if someone changed the dwelling."""
    with locking.guard(ws, Vacancy, vacancy_id), ws.write() as session:
        apply(
            session,
            vacancy_id,
            to,
            by=ws.user,
            day=day or ws.today(),
            note=note,
            reason=reason,
            lease_start=lease_start,
            expected_version=expected_version,
        )
