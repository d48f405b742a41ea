"""Staff decide on received dwellings: confirm the intake check's proposals singly or in bulk,
or decide otherwise with a reason. A new check can be run (e.g. after a department was placed).

A decision is asked about before it is written (`preview_decision`, `preview_confirmation`):
accepting a dwelling against the check's proposal, or one that no applicant may be offered,
needs a reason, which is kept with the decision (`VacancyDecision.reason` and the dwelling's
history); the write refuses without it (`ReasonNeeded`). Each decision belongs to the user
action that made it (a `DecisionRound`), which `intake.undo` can take back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import aggregates
from db.base import utcnow
from db.enums import AuditAction, IntakeProposal, VacancyStatus
from db.models import (
    DecisionRound,
    Department,
    IntakeCheck,
    Landlord,
    Organisation,
    Vacancy,
    VacancyDecision,
)
from desktop.core import audit
from desktop.core.errors import NotFound, ValidationError
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.intake import check, status
from desktop.core.matching.counts import eligible_counts_in
from desktop.core.registry.numbers import natural_key
from desktop.core.workspace import Workspace

SINGLE = "single"
BULK = "bulk"


@dataclass(frozen=True)
class DecisionSummary:
    accepted: int
    returned: int
    skipped: int  # not received any more, or without a check
    round_id: int | None = None  # the action to undo (None: nothing was decided)


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
        ).all()
        # Kept by the session until the transaction ends (its identity map holds a row only
        # while something refers to it): the decisions find them instead of reading each again.
        session.info.setdefault(_LOCKED, []).extend(rows)
        states.update((row.id, row.status) for row in rows)
    return states


_LOCKED = "intake.locked_vacancies"


def recheck(ws: Workspace, vacancy_ids: Sequence[int]) -> int:
    """A new intake check of received dwellings; returns how many were checked."""
    with ws.write() as session:
        states = _lock(session, vacancy_ids)  # a check run elsewhere meanwhile: seen, not stale
        received = [i for i, state in states.items() if state == VacancyStatus.RECEIVED]
        run_checks(session, received)
        return len(received)


# --- what a decision needs asking -----------------------------------------------------------------


class ReasonNeeded(ValidationError):
    """The decision needs a reason (see the module's text); `questions` say why, translated."""

    def __init__(self, questions: Sequence[str]) -> None:
        text = " ".join(
            (
                *questions,
                translate("Intake", "Write why, and the reason is kept with the decision."),
            )
        )
        super().__init__(text, {"reason": translate("Intake", "A reason is required.")})
        self.questions = tuple(questions)


def _against_question(reason: str | None) -> str:
    if reason:
        return translate(
            "Intake", "The intake check proposes returning the dwelling: {reason}"
        ).format(reason=reason)
    return translate("Intake", "The intake check proposes returning the dwelling.")


def _nobody_question() -> str:
    return translate(
        "Intake",
        "No applicant on the list may be offered the dwelling now (0 eligible candidates), so "
        "the rent loss runs until someone can.",
    )


def _several_nobody_question(count: int) -> str:
    return plural(
        count,
        translate(
            "Intake",
            "{n} of the dwellings to accept has no eligible candidate: no applicant on the list "
            "may be offered it now.",
        ),
        translate(
            "Intake",
            "{n} of the dwellings to accept have no eligible candidate: no applicant on the list "
            "may be offered them now.",
        ),
    )


@dataclass(frozen=True)
class DecisionPreview:
    """What deciding one dwelling will mean, before it is written."""

    vacancy_id: int
    version: int
    status: VacancyStatus
    accept: bool
    proposal: IntakeProposal | None  # of the newest intake check
    proposal_reason: str | None
    candidates: int | None  # eligible applicants now (when accepting)
    questions: tuple[str, ...]  # what to ask before accepting; empty: nothing

    @property
    def against_proposal(self) -> bool:
        wanted = IntakeProposal.ACCEPT if self.accept else IntakeProposal.RETURN
        return self.proposal is not None and self.proposal != wanted

    @property
    def needs_reason(self) -> bool:
        """A reason must be given (returning always needs one; see `questions` for accepting)."""
        return bool(self.questions) or not self.accept


def preview_decision(ws: Workspace, vacancy_id: int, accept: bool) -> DecisionPreview:
    """What accepting (or returning) the dwelling will mean: the proposal it goes against and the
    number of eligible candidates, and the questions to ask before (see `decide`)."""
    day = ws.today()
    with ws.read() as session:
        vacancy = session.get(Vacancy, vacancy_id)
        if vacancy is None:
            raise NotFound(translate("Intake", "The dwelling no longer exists."))
        latest = check.latest_checks(session, [vacancy_id]).get(vacancy_id)
        candidates = (
            eligible_counts_in(session, [vacancy_id], day).get(vacancy_id) if accept else None
        )
        return DecisionPreview(
            vacancy_id=vacancy_id,
            version=vacancy.version,
            status=vacancy.status,
            accept=accept,
            proposal=None if latest is None else latest.proposal,
            proposal_reason=None if latest is None else latest.reason_text,
            candidates=candidates,
            questions=_questions(latest, accept, candidates),
        )


def _questions(latest: IntakeCheck | None, accept: bool, candidates: int | None) -> tuple[str, ...]:
    if not accept:
        return ()
    asked = []
    if latest is not None and latest.proposal == IntakeProposal.RETURN:
        asked.append(_against_question(latest.reason_text))
    if candidates == 0:
        asked.append(_nobody_question())
    return tuple(asked)


# --- writing decisions ----------------------------------------------------------------------------


def _clean(reason: str | None) -> str | None:
    text = " ".join((reason or "").split())
    return text or None


def _new_round(session: Session, kind: str, reason: str | None) -> DecisionRound:
    made = DecisionRound(
        kind=kind, reason=reason, workstation=str(session.info.get("workstation", ""))
    )
    session.add(made)
    session.flush()
    return made


def _decide(
    session: Session,
    made: DecisionRound,
    vacancy_id: int,
    proposal: IntakeProposal,
    latest: IntakeCheck | None,
    *,
    by: str,
    day: dt.date,
    return_reason: str | None,
    note: str | None,
    candidates: int | None = None,
    reason: str | None = None,
    expected_version: int | None = None,
) -> None:
    target = VacancyStatus.ACCEPTED if proposal == IntakeProposal.ACCEPT else VacancyStatus.RETURNED
    vacancy = session.get(Vacancy, vacancy_id)
    before = (None, None) if vacancy is None else (vacancy.at_disposal_from, vacancy.desk_deadline)
    status.apply(
        session,
        vacancy_id,
        target,
        by=by,
        day=day,
        reason=return_reason if target == VacancyStatus.RETURNED else None,
        note=note,
        expected_version=expected_version,
    )
    confirmed = None
    if latest is not None and latest.confirmed_at is None:
        latest.confirmed_at = utcnow()
        latest.confirmed_by = by
        confirmed = latest.id
    session.add(
        VacancyDecision(
            round_id=made.id,
            vacancy_id=vacancy_id,
            outcome=target,
            proposal=None if latest is None else latest.proposal,
            against_proposal=latest is not None and latest.proposal != proposal,
            candidates=candidates,
            reason=reason,
            confirmed_check_id=confirmed,
            previous_at_disposal_from=before[0],
            previous_desk_deadline=before[1],
        )
    )


def decide(
    ws: Workspace,
    vacancy_id: int,
    accept: bool,
    *,
    reason: str | None = None,
    expected_version: int | None = None,
) -> DecisionSummary:
    """Staff's own decision on one received dwelling.

    Returning needs a reason (the organisation reads it; the check's own reason if it proposed
    returning). Accepting against the check's proposal, or a dwelling no applicant may be
    offered, needs `reason` too (`ReasonNeeded` otherwise): it is kept with the decision. A
    dwelling decided meanwhile on another workstation is refused: with `expected_version` as a
    `Conflict`, without as the `ValidationError` of the life cycle."""
    why = _clean(reason)
    day = ws.today()
    candidates = None
    if accept:
        with ws.read() as session:  # the matching runs before the write holds anything
            candidates = eligible_counts_in(session, [vacancy_id], day).get(vacancy_id)
    with ws.write() as session:
        states = _lock(session, [vacancy_id])
        latest = check.latest_checks(session, [vacancy_id]).get(vacancy_id)
        proposal = IntakeProposal.ACCEPT if accept else IntakeProposal.RETURN
        questions = _questions(latest, accept, candidates)
        if questions and why is None and states.get(vacancy_id) == VacancyStatus.RECEIVED:
            raise ReasonNeeded(questions)
        return_reason = why
        if not accept and why is None:
            if latest is not None and latest.proposal == IntakeProposal.RETURN:
                return_reason = latest.reason_text
            else:
                raise ValidationError(
                    translate("Intake", "Write why the dwelling is returned to the organisation."),
                    {"reason": translate("Intake", "A reason is required.")},
                )
        note = None
        if latest is not None and latest.proposal != proposal:
            note = translate("Intake", "Decided against the intake check's proposal")
        if accept and candidates == 0:
            nobody = translate("Intake", "Accepted with no eligible candidate")
            note = nobody if note is None else f"{note}; {nobody.lower()}"
        if accept and why is not None:
            note = why if note is None else f"{note}: {why}"
        made = _new_round(session, SINGLE, why if questions else None)
        _decide(
            session,
            made,
            vacancy_id,
            proposal,
            latest,
            by=ws.user,
            day=day,
            return_reason=return_reason,
            note=note,
            candidates=candidates,
            reason=why if questions or not accept else None,
            expected_version=expected_version,
        )
        audit.record(
            session,
            AuditAction.UPDATE,
            "vacancy",
            vacancy_id,
            purpose=why,
            details={"decision": "accepted" if accept else "returned", "round": made.id},
        )
        return DecisionSummary(int(accept), int(not accept), 0, made.id)


# --- bulk confirmation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationPlan:
    """What confirming the proposals does for one letting partner: an organisation, or a
    private landlord (`landlord_id`; `organisation_id` None), whose dwellings are declined
    rather than returned."""

    organisation_id: int | None
    organisation: str  # "145 Himmerland Boligforening", "Privat udlejer: Nørre Ejendomme ApS"
    accepted: int
    returned: int
    without_candidates: int  # of the accepted
    landlord_id: int | None = None

    def text(self) -> str:
        """ "145 Himmerland Boligforening: 3 dwellings accepted, 1 dwelling returned ..."."""
        parts = []
        if self.accepted:
            parts.append(accepted_text(self.accepted))
        if self.returned:
            parts.append(
                returned_text(self.returned)
                if self.landlord_id is None
                else declined_text(self.returned)
            )
        return f"{self.organisation}: {', '.join(parts)}"


def accepted_text(count: int) -> str:
    return plural(
        count,
        translate("Intake", "{n} dwelling accepted"),
        translate("Intake", "{n} dwellings accepted"),
    )


def returned_text(count: int) -> str:
    return plural(
        count,
        translate("Intake", "{n} dwelling returned to the organisation"),
        translate("Intake", "{n} dwellings returned to the organisation"),
    )


def declined_text(count: int) -> str:
    """A private landlord's dwellings the desk does not take (its answer letter says so)."""
    return plural(
        count,
        translate("Intake", "{n} dwelling declined (answer the landlord)"),
        translate("Intake", "{n} dwellings declined (answer the landlord)"),
    )


@dataclass(frozen=True)
class ConfirmationPreview:
    """What "Bekræft forslag" will do with the selected dwellings, before it is done."""

    organisations: tuple[OrganisationPlan, ...]
    to_accept: tuple[int, ...]
    to_return: tuple[int, ...]
    skipped: tuple[int, ...]  # not received, or without a check
    candidates: Mapping[int, int] = field(default_factory=dict)  # of those to accept

    @property
    def without_candidates(self) -> tuple[int, ...]:
        return tuple(i for i in self.to_accept if self.candidates.get(i) == 0)

    @property
    def questions(self) -> tuple[str, ...]:
        nobody = len(self.without_candidates)
        return (_several_nobody_question(nobody),) if nobody else ()

    @property
    def needs_reason(self) -> bool:
        return bool(self.questions)

    def lines(self) -> list[str]:
        """One line per organisation, then the question (the confirmation dialog's text)."""
        return [plan.text() for plan in self.organisations]


def _partners(session: Session, ids: Sequence[int]) -> list[Any]:
    """(id, status, organisation id, number, name, landlord id, name) of each dwelling, its
    letting partner an organisation (through its department) or a private landlord."""
    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        rows.extend(
            session.execute(
                select(
                    Vacancy.id,
                    Vacancy.status,
                    Organisation.id,
                    Organisation.number,
                    Organisation.name,
                    Landlord.id,
                    Landlord.name,
                )
                .outerjoin(Department, Department.id == Vacancy.department_id)
                .outerjoin(Organisation, Organisation.id == Department.organisation_id)
                .outerjoin(Landlord, Landlord.id == Vacancy.landlord_id)
                .where(Vacancy.id.in_(ids[start : start + 500]))
            ).all()
        )
    # the organisations by number, then the landlords by name
    return sorted(rows, key=lambda r: (r[3] is None, natural_key(r[3] or r[6] or ""), r[0]))


def _plan(session: Session, vacancy_ids: Sequence[int], day: dt.date) -> ConfirmationPreview:
    ids = sorted(set(vacancy_ids))
    rows = _partners(session, ids)
    latest = check.latest_checks(session, ids)
    to_accept, to_return, skipped = [], [], []
    by_partner: dict[tuple[int | None, int | None], tuple[str, list[int], list[int]]] = {}
    landlord_label = translate("Intake", "Private landlord: {name}")
    for vacancy_id, state, org_id, number, name, landlord_id, landlord in rows:
        found = latest.get(vacancy_id)
        if found is None or state != VacancyStatus.RECEIVED:
            skipped.append(vacancy_id)
            continue
        label = f"{number} {name}" if org_id is not None else landlord_label.format(name=landlord)
        entry = by_partner.setdefault((org_id, landlord_id), (label, [], []))
        if found.proposal == IntakeProposal.ACCEPT:
            to_accept.append(vacancy_id)
            entry[1].append(vacancy_id)
        else:
            to_return.append(vacancy_id)
            entry[2].append(vacancy_id)
    known = {r[0] for r in rows}
    skipped.extend(i for i in ids if i not in known)
    counts = eligible_counts_in(session, to_accept, day)
    plans = tuple(
        OrganisationPlan(
            org_id,
            label,
            len(accepting),
            len(returning),
            sum(1 for i in accepting if counts.get(i) == 0),
            landlord_id=None if org_id is not None else landlord_id,
        )
        for (org_id, landlord_id), (label, accepting, returning) in by_partner.items()
    )
    return ConfirmationPreview(plans, tuple(to_accept), tuple(to_return), tuple(skipped), counts)


def preview_confirmation(ws: Workspace, vacancy_ids: Sequence[int]) -> ConfirmationPreview:
    """What confirming the proposals of the selected dwellings will do, per organisation (how
    many accepted, how many returned), and whether it needs a reason (dwellings to accept that
    no applicant may be offered)."""
    with ws.read() as session:
        return _plan(session, vacancy_ids, ws.today())


def confirm_proposals(
    ws: Workspace, vacancy_ids: Sequence[int], *, reason: str | None = None
) -> DecisionSummary:
    """Accept or return each received dwelling as its newest check proposes (one transaction).
    Dwellings no longer received (decided meanwhile, here or on another workstation) and
    dwellings without a check are skipped. Accepting dwellings that no applicant may be offered
    needs `reason` (`ReasonNeeded` otherwise), kept with each of those decisions."""
    why = _clean(reason)
    day = ws.today()
    with ws.read() as session:  # the matching runs before the write holds anything
        planned = _plan(session, vacancy_ids, day)
    if planned.needs_reason and why is None:
        raise ReasonNeeded(planned.questions)
    accepted = returned = skipped = 0
    with ws.write() as session:
        states = _lock(session, vacancy_ids)
        latest = check.latest_checks(session, vacancy_ids)
        to_decide = [
            i
            for i in dict.fromkeys(vacancy_ids)
            if latest.get(i) is not None and states.get(i) == VacancyStatus.RECEIVED
        ]
        skipped = len(vacancy_ids) - len(to_decide)
        counts = dict(planned.candidates)
        unseen = [
            i for i in to_decide if latest[i].proposal == IntakeProposal.ACCEPT and i not in counts
        ]  # proposals changed by a new check meanwhile
        if unseen:
            counts.update(eligible_counts_in(session, unseen, day))
            if why is None and any(counts[i] == 0 for i in unseen):
                raise ReasonNeeded((_several_nobody_question(sum(counts[i] == 0 for i in unseen)),))
        if not to_decide:
            return DecisionSummary(0, 0, skipped)
        made = _new_round(session, BULK, why)
        note = translate("Intake", "As the intake check proposed")
        for vacancy_id in to_decide:
            found = latest[vacancy_id]
            accepting = found.proposal == IntakeProposal.ACCEPT
            nobody = accepting and counts.get(vacancy_id) == 0
            _decide(
                session,
                made,
                vacancy_id,
                found.proposal,
                found,
                by=ws.user,
                day=day,
                return_reason=found.reason_text,
                note=f"{note}: {why}" if nobody and why else note,
                candidates=counts.get(vacancy_id) if accepting else None,
                reason=why if nobody else None,
            )
            if accepting:
                accepted += 1
            else:
                returned += 1
        audit.record(
            session,
            AuditAction.UPDATE,
            "decision_round",
            made.id,
            purpose=why,
            details={"accepted": accepted, "returned": returned, "vacancies": to_decide},
        )
    return DecisionSummary(accepted, returned, skipped, made.id)
