"""Fortryd: take back the last decision or bulk confirmation while nothing has followed from it.

The last action is the newest decision round (`DecisionRound`) of the user at hand: one
person's "Fortryd" never takes back a colleague's decision made meanwhile on another
workstation. It can be undone only while nothing followed from it:

- no offer was made for any of its dwellings (a draft counts: the matching was acted on),
- no reply sent to an organisation has reported any of them since,
- each dwelling still has the status the decision gave it (not given back, decided again ...).

Undoing puts each dwelling back as received, as it was before (its disposal date and the
desk's deadline as they were, the intake check's confirmation cleared), notes it in the
dwelling's history and records it in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import AuditAction, VacancyStatus
from db.models import (
    DecisionRound,
    IntakeCheck,
    Offer,
    ReplyExport,
    ReplyExportLine,
    Vacancy,
    VacancyDecision,
    VacancyEvent,
)
from desktop.core import audit, formats
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.intake.decisions import BULK, _lock
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class LastDecision:
    """The action "Fortryd" would take back, and whether it still can."""

    round_id: int
    kind: str  # "single" or "bulk"
    made_at: dt.datetime  # naive UTC
    made_by: str
    accepted: int
    returned: int
    vacancy_ids: tuple[int, ...]
    blocked: str | None  # why it can no longer be undone (translated); None: it can

    @property
    def can_undo(self) -> bool:
        return self.blocked is None

    def text(self) -> str:
        """ "Bekræftelse af forslag kl. 10.42: 12 boliger accepteret, 3 returneret"."""
        return describe(self.kind, self.made_at, self.accepted, self.returned)


def describe(kind: str, made_at: dt.datetime, accepted: int, returned: int) -> str:
    when = formats.date_time(made_at)
    if kind == BULK:
        head = translate("Undo", "Confirmation of the proposals ({time})").format(time=when)
    else:
        head = translate("Undo", "Decision ({time})").format(time=when)
    parts = []
    if accepted:
        parts.append(
            formats.plural(
                accepted,
                translate("Undo", "{n} dwelling accepted"),
                translate("Undo", "{n} dwellings accepted"),
            )
        )
    if returned:
        parts.append(
            formats.plural(
                returned,
                translate("Undo", "{n} dwelling returned"),
                translate("Undo", "{n} dwellings returned"),
            )
        )
    return f"{head}: {', '.join(parts)}" if parts else head


def _newest_round(session: Session, user: str) -> DecisionRound | None:
    return session.scalars(
        select(DecisionRound)
        .where(DecisionRound.created_by == user)
        .order_by(DecisionRound.created_at.desc(), DecisionRound.id.desc())
        .limit(1)
    ).first()


def _decisions(session: Session, round_id: int) -> list[VacancyDecision]:
    return list(
        session.scalars(
            select(VacancyDecision)
            .where(VacancyDecision.round_id == round_id)
            .order_by(VacancyDecision.id)
        )
    )


def _address(session: Session, vacancy_id: int) -> str:
    row = session.execute(
        select(Vacancy.street, Vacancy.house_number, Vacancy.floor, Vacancy.door).where(
            Vacancy.id == vacancy_id
        )
    ).first()
    return "?" if row is None else format_address(*row)


def _blocked(
    session: Session, made: DecisionRound, decisions: Sequence[VacancyDecision]
) -> str | None:
    """Why the round can no longer be undone (translated), or None."""
    if made.undone_at is not None:
        return translate("Undo", "it has been undone already")
    ids = [d.vacancy_id for d in decisions]
    if not ids:
        return translate("Undo", "none of its dwellings is left")
    offered = session.scalars(
        select(Offer.vacancy_id).where(Offer.vacancy_id.in_(ids)).order_by(Offer.id).limit(1)
    ).first()
    if offered is not None:
        return translate(
            "Undo", "An offer has been made for one of its dwellings ({address})"
        ).format(address=_address(session, offered))
    replied = session.execute(
        select(ReplyExportLine.vacancy_id, ReplyExport.created_at)
        .join(ReplyExport, ReplyExport.id == ReplyExportLine.export_id)
        .where(ReplyExportLine.vacancy_id.in_(ids), ReplyExport.created_at >= made.created_at)
        .limit(1)
    ).first()
    if replied is not None:
        return translate(
            "Undo", "A reply to the organisation has reported one of its dwellings ({address})"
        ).format(address=_address(session, replied[0]))
    statuses = dict(
        session.execute(select(Vacancy.id, Vacancy.status).where(Vacancy.id.in_(ids))).all()
    )
    for decision in decisions:
        if statuses.get(decision.vacancy_id) != decision.outcome:
            return translate("Undo", "One of its dwellings has changed since ({address})").format(
                address=_address(session, decision.vacancy_id)
            )
    return None


def _summary(
    session: Session, made: DecisionRound, decisions: Sequence[VacancyDecision]
) -> LastDecision:
    return LastDecision(
        round_id=made.id,
        kind=made.kind,
        made_at=made.created_at,
        made_by=made.created_by,
        accepted=sum(1 for d in decisions if d.outcome == VacancyStatus.ACCEPTED),
        returned=sum(1 for d in decisions if d.outcome == VacancyStatus.RETURNED),
        vacancy_ids=tuple(d.vacancy_id for d in decisions),
        blocked=_blocked(session, made, decisions),
    )


def last_decision(ws: Workspace) -> LastDecision | None:
    """The user's last decision or bulk confirmation (None: they made none), with whether it
    can still be undone: the "Fortryd" button's state and text."""
    with ws.read() as session:
        made = _newest_round(session, ws.user)
        if made is None or made.undone_at is not None:
            return None
        return _summary(session, made, _decisions(session, made.id))


def _refusal(reason: str) -> ValidationError:
    return ValidationError(
        translate("Undo", "The decision cannot be undone: {reason}").format(
            reason=reason[:1].lower() + reason[1:]
        )
    )


def undo_last_decision(ws: Workspace, round_id: int | None = None) -> LastDecision:
    """Undo the user's last decision or bulk confirmation (the one `last_decision` showed, if
    `round_id` is given: a newer one made meanwhile is not undone in its place). Refused with a
    `ValidationError` that says why once something followed from it."""
    with ws.write() as session:
        newest = _newest_round(session, ws.user)
        if newest is None or newest.undone_at is not None:
            raise NotFound(translate("Undo", "There is no decision of yours to undo."))
        if round_id is not None and newest.id != round_id:
            raise _refusal(translate("Undo", "you have decided on dwellings since."))
        made = session.get(DecisionRound, newest.id, with_for_update=True, populate_existing=True)
        assert made is not None
        decisions = _decisions(session, made.id)
        _lock(session, [d.vacancy_id for d in decisions])
        before = _summary(session, made, decisions)
        if before.blocked is not None:
            raise _refusal(before.blocked)
        note = translate("Undo", "Decision undone")
        for decision in decisions:
            vacancy = session.get(Vacancy, decision.vacancy_id)
            assert vacancy is not None
            vacancy.status = VacancyStatus.RECEIVED
            vacancy.decided_on = None
            vacancy.return_reason = None
            vacancy.at_disposal_from = decision.previous_at_disposal_from
            vacancy.desk_deadline = decision.previous_desk_deadline
            vacancy.events.append(
                VacancyEvent(
                    by=ws.user,
                    from_status=decision.outcome,
                    to_status=VacancyStatus.RECEIVED,
                    note=note,
                )
            )
            if decision.confirmed_check_id is not None:
                confirmed = session.get(IntakeCheck, decision.confirmed_check_id)
                if confirmed is not None:
                    confirmed.confirmed_at = None
                    confirmed.confirmed_by = None
        made.undone_at = utcnow()
        made.undone_by = ws.user
        audit.record(
            session,
            AuditAction.UPDATE,
            "decision_round",
            made.id,
            purpose=note,
            details={
                "undone": True,
                "vacancies": list(before.vacancy_ids),
                "accepted": before.accepted,
                "returned": before.returned,
            },
        )
        session.flush()
        return before
