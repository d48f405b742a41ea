"""Staff decide on received dwellings: confirm the intake check's proposals singly or in bulk,
or decide otherwise with a reason. A new check can be run (e.g. after a department was placed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import aggregates
from db.base import utcnow
from db.enums import IntakeProposal, VacancyStatus
from db.models import IntakeCheck, Vacancy
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.intake import check, status
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class DecisionSummary:
    accepted: int
    returned: int
    skipped: int  # not received any more, or without a check


def check_input(vacancy: Vacancy) -> check.CheckInput:
    return check.CheckInput(
        key=vacancy.id,
        department_id=vacancy.department_id,
        report_date=vacancy.reported_on,
        dwelling_type=vacancy.dwelling_type,
        rooms=vacancy.rooms,
        monthly_total=vacancy.monthly_total,
    )


def run_checks(session: Session, vacancy_ids: Sequence[int]) -> int:
    """Check the given vacancies again (on their report date) and store new snapshots; returns
    how many were checked."""
    vacancies = session.scalars(select(Vacancy).where(Vacancy.id.in_(list(vacancy_ids)))).all()
    stored = check.store_checks(
        session, [check_input(v) for v in vacancies], [v.id for v in vacancies]
    )
    aggregates.parts_written(vacancies)  # a new check (and proposal) is a new version
    return stored


def _lock(session: Session, vacancy_ids: Sequence[int]) -> dict[int, VacancyStatus]:
    """The dwellings' statuses as stored now, the rows held until the commit (in id order, so
    two workstations confirming overlapping selections wait for each other instead of
    deadlocking): one that another workstation decided meanwhile is seen as decided."""
    ids = sorted(set(vacancy_ids))
    states: dict[int, VacancyStatus] = {}
    for start in range(0, len(ids), 500):
        rows = session.scalars(
            select(Vacancy)
            .where(Vacancy.id.in_(ids[start : start + 500]))
            .order_by(Vacancy.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        states.update((row.id, row.status) for row in rows)
    return states


def recheck(ws: Workspace, vacancy_ids: Sequence[int]) -> int:
    """A new intake check of received dwellings; returns how many were checked."""
    with ws.write() as session:
        states = _lock(session, vacancy_ids)  # a check run elsewhere meanwhile: seen, not stale
        received = [i for i, state in states.items() if state == VacancyStatus.RECEIVED]
        run_checks(session, received)
        return len(received)


def _confirm(session: Session, latest: IntakeCheck | None, by: str) -> None:
    if latest is not None and latest.confirmed_at is None:
        latest.confirmed_at = utcnow()
        latest.confirmed_by = by


def _decide(
    session: Session,
    vacancy_id: int,
    proposal: IntakeProposal,
    reason: str | None,
    *,
    by: str,
    day: dt.date,
    note: str | None,
    expected_version: int | None = None,
) -> None:
    target = VacancyStatus.ACCEPTED if proposal == IntakeProposal.ACCEPT else VacancyStatus.RETURNED
    status.apply(
        session,
        vacancy_id,
        target,
        by=by,
        day=day,
        reason=reason if target == VacancyStatus.RETURNED else None,
        note=note,
        expected_version=expected_version,
    )


def confirm_proposals(ws: Workspace, vacancy_ids: Sequence[int]) -> DecisionSummary:
    """Accept or return each received dwelling as its newest check proposes (one transaction).
    Dwellings no longer received (decided meanwhile, here or on another workstation) and
    dwellings without a check are skipped."""
    accepted = returned = skipped = 0
    with ws.write() as session:
        states = _lock(session, vacancy_ids)
        latest = check.latest_checks(session, vacancy_ids)
        for vacancy_id in vacancy_ids:
            found = latest.get(vacancy_id)
            if found is None or states.get(vacancy_id) != VacancyStatus.RECEIVED:
                skipped += 1
                continue
            _decide(
                session,
                vacancy_id,
                found.proposal,
                found.reason_text,
                by=ws.user,
                day=ws.today(),
                note=translate("Intake", "As the intake check proposed"),
            )
            _confirm(session, found, ws.user)
            if found.proposal == IntakeProposal.ACCEPT:
                accepted += 1
            else:
                returned += 1
    return DecisionSummary(accepted, returned, skipped)


def decide(
    ws: Workspace,
    vacancy_id: int,
    accept: bool,
    *,
    reason: str | None = None,
    expected_version: int | None = None,
) -> None:
    """Staff's own decision on one received dwelling; returning needs a reason. Deciding
    against the check's proposal is noted in the history. A dwelling decided meanwhile on
    another workstation is refused: with `expected_version` as a `Conflict`, without as the
    `ValidationError` of the life cycle (an accepted dwelling cannot be returned)."""
    with ws.write() as session:
        _lock(session, [vacancy_id])
        latest = check.latest_checks(session, [vacancy_id]).get(vacancy_id)
        proposal = IntakeProposal.ACCEPT if accept else IntakeProposal.RETURN
        if not accept and not (reason and reason.strip()):
            if latest is not None and latest.proposal == IntakeProposal.RETURN:
                reason = latest.reason_text
            else:
                raise ValidationError(
                    translate("Intake", "Write why the dwelling is returned to the organisation."),
                    {"reason": translate("Intake", "A reason is required.")},
                )
        note = None
        if latest is not None and latest.proposal != proposal:
            note = translate("Intake", "Decided against the intake check's proposal")
        _decide(
            session,
            vacancy_id,
            proposal,
            reason,
            by=ws.user,
            day=ws.today(),
            note=note,
            expected_version=expected_version,
        )
        _confirm(session, latest, ws.user)
