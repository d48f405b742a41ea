"""Overblik as the day's work queue, in the order the work is done:

    landlord_notices        private landlords' notices awaiting the answer (a deadline in law)
    awaiting_decision       new dwellings: the proposal and the eligible candidates
    accepted_without_offer  accepted dwellings waiting for an offer (none eligible: flagged)
    drafts                  offers drafted, not yet sent
    letters_to_deliver      letters that have not reached their citizen (see `day.letters`)
    replies_due             organisations with decisions not yet sent back
    answers_due             sent offers whose reply deadline is near
    expired_offers          sent offers past their deadline: the consequence is waiting

and the rent loss running. Each row names its next action and the record it opens. Read in a
handful of queries (one per section, one matching run for every dwelling's candidates); the
window shows it at start and after every action and import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, select, type_coerce
from sqlalchemy.orm import Session

from db.enums import IntakeProposal, LetterKind, OfferStatus, VacancyStatus
from db.models import Applicant, Department, IntakeCheck, Offer, Vacancy
from desktop.core import formats, settings
from desktop.core.day.landlord_answers import Answer, AwaitingAnswer, Step, awaiting_answers_in
from desktop.core.day.letters import letters_to_deliver_in
from desktop.core.exchange.reply_history import unsent_in
from desktop.core.i18n import translate
from desktop.core.intake.address import format_address
from desktop.core.intake.listing import monthly_total_sql
from desktop.core.matching.counts import eligible_counts_in
from desktop.core.rent_loss import bearer, daily_rate, per_bearer, rent_loss
from desktop.core.schemes import labels as scheme_labels
from desktop.core.schemes.settings import SCHEMES, RentLossBearer
from desktop.core.settings import DEADLINES
from desktop.core.workspace import Workspace


class Section(StrEnum):
    LANDLORD_NOTICES = "landlord_notices"
    AWAITING_DECISION = "awaiting_decision"
    ACCEPTED_WITHOUT_OFFER = "accepted_without_offer"
    DRAFTS = "drafts"
    LETTERS_TO_DELIVER = "letters_to_deliver"
    REPLIES_DUE = "replies_due"
    ANSWERS_DUE = "answers_due"
    EXPIRED_OFFERS = "expired_offers"


class NextAction(StrEnum):
    """What Enter or a double-click on a row opens."""

    DECIDE = "decide"  # the dwelling in Ledige boliger, to accept or return
    FIND_TENANT = "find_tenant"  # the dwelling's candidates, to make an offer
    SEND_OFFER = "send_offer"  # the draft offer, to check and send
    DELIVER_LETTER = "deliver_letter"  # the letter, to print, hand over or send
    SEND_REPLY = "send_reply"  # "Send svar…" for the organisation
    RECORD_ANSWER = "record_answer"  # the offer, to enter the citizen's answer
    APPLY_CONSEQUENCE = "apply_consequence"  # the offer: expire it, the consequence follows
    ANSWER_LANDLORD = "answer_landlord"  # the answer letter to a private landlord, to send


def section_title(section: Section) -> str:
    return {
        Section.LANDLORD_NOTICES: translate(
            "WorkQueue", "Private landlords' notices awaiting the answer"
        ),
        Section.AWAITING_DECISION: translate("WorkQueue", "New dwellings awaiting a decision"),
        Section.ACCEPTED_WITHOUT_OFFER: translate(
            "WorkQueue", "Accepted dwellings without an offer"
        ),
        Section.DRAFTS: translate("WorkQueue", "Offers not yet sent"),
        Section.LETTERS_TO_DELIVER: translate("WorkQueue", "Letters not yet delivered"),
        Section.REPLIES_DUE: translate("WorkQueue", "Decisions not yet sent back"),
        Section.ANSWERS_DUE: translate("WorkQueue", "Answers due"),
        Section.EXPIRED_OFFERS: translate("WorkQueue", "Offers past their deadline"),
    }[section]


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue: the record `id` its action opens (a dwelling, an offer, a letter
    or an organisation, after the section), a Danish line, and the numbers behind it."""

    section: Section
    id: int
    text: str
    action: NextAction
    vacancy_id: int | None = None
    offer_id: int | None = None
    organisation_id: int | None = None
    applicant_id: int | None = None  # a letter's recipient (letters not tied to an offer)
    candidates: int | None = None  # eligible applicants now (dwellings)
    proposal: IntakeProposal | None = None  # the intake check's (awaiting a decision)
    due: dt.date | None = None  # the deadline that matters for the row
    count: int | None = None  # decisions not sent back (replies due)
    flagged: bool = False  # marked: no eligible candidates, or a deadline passed (offers)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "text": self.text, "action": self.action.value}
        for name in (
            "vacancy_id",
            "offer_id",
            "organisation_id",
            "applicant_id",
            "candidates",
            "count",
        ):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.proposal is not None:
            data["proposal"] = self.proposal.value
        if self.due is not None:
            data["due"] = self.due.isoformat()
        data["flagged"] = self.flagged
        return data


@dataclass(frozen=True)
class RentLossRunning:
    """The rent loss running now: dwellings at the desk's disposal, not yet let; so far per
    bearer (the municipality, the organisation or the landlord, by the dwelling's scheme)."""

    dwellings: int
    per_day: Decimal
    so_far: Decimal
    by_bearer: tuple[tuple[RentLossBearer, Decimal], ...] = ()  # so far, each bearer with some

    def text(self) -> str:
        if self.dwellings == 0:
            return translate("WorkQueue", "No rent loss is running.")
        text = self._total()
        if any(who != RentLossBearer.MUNICIPALITY for who, _ in self.by_bearer):
            text += " " + translate("WorkQueue", "Borne by {bearers}.").format(
                bearers="; ".join(
                    f"{scheme_labels.rent_loss(who)} {formats.money(amount)}"
                    for who, amount in self.by_bearer
                )
            )
        return text

    def _total(self) -> str:
        return formats.plural(
            self.dwellings,
            translate(
                "WorkQueue", "Rent loss runs on {n} dwelling: {per_day} a day, {total} so far."
            ),
            translate(
                "WorkQueue", "Rent loss runs on {n} dwellings: {per_day} a day, {total} so far."
            ),
        ).format(per_day=formats.money(self.per_day), total=formats.money(self.so_far))

    def as_json(self) -> dict[str, Any]:
        return {
            "dwellings": self.dwellings,
            "per_day": str(self.per_day),
            "so_far": str(self.so_far),
            "by_bearer": {who.value: str(amount) for who, amount in self.by_bearer},
            "text": self.text(),
        }


@dataclass(frozen=True)
class WorkQueue:
    day: dt.date
    sections: dict[Section, tuple[QueueRow, ...]]
    rent_loss: RentLossRunning = field(
        default_factory=lambda: RentLossRunning(0, Decimal(0), Decimal(0))
    )

    def rows(self, section: Section) -> tuple[QueueRow, ...]:
        return self.sections.get(section, ())

    @property
    def empty(self) -> bool:
        return not any(self.sections.values())

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"day": self.day.isoformat()}
        for section in Section:
            data[section.value] = [row.as_json() for row in self.rows(section)]
        data["rent_loss"] = self.rent_loss.as_json()
        return data


# --- texts ------------------------------------------------------------------------------------


def candidates_text(count: int) -> str:
    if count == 0:
        return translate("WorkQueue", "no eligible candidates")
    return formats.plural(
        count,
        translate("WorkQueue", "{n} eligible candidate"),
        translate("WorkQueue", "{n} eligible candidates"),
    )


def proposal_text(proposal: IntakeProposal | None) -> str:
    if proposal == IntakeProposal.ACCEPT:
        return translate("WorkQueue", "proposal: accept")
    if proposal == IntakeProposal.RETURN:
        return translate("WorkQueue", "proposal: return")
    return translate("WorkQueue", "not checked")


def decisions_text(count: int) -> str:
    return formats.plural(
        count,
        translate("WorkQueue", "{n} decision not sent back"),
        translate("WorkQueue", "{n} decisions not sent back"),
    )


def letter_kind_text(kind: Any) -> str:
    return {
        LetterKind.OFFER: translate("WorkQueue", "Offer letter"),
        LetterKind.ALLOCATION_NOTICE: translate("WorkQueue", "Allocation notice"),
        LetterKind.DECISION_REMOVAL: translate("WorkQueue", "Decision on removal"),
        LetterKind.DECISION_REFUSAL: translate("WorkQueue", "Decision on refusal"),
        LetterKind.LANDLORD_ANSWER: translate("WorkQueue", "Answer to a private landlord"),
    }.get(kind, str(kind))


def deadline_text(notice: AwaitingAnswer) -> str:
    """The statutory deadline as the queue says it: days left, due today, or overdue."""
    if notice.due is None:
        return translate("WorkQueue", "no deadline")
    if notice.overdue:
        return translate("WorkQueue", "overdue since {date}").format(date=formats.date(notice.due))
    if notice.due == notice.today:
        return translate("WorkQueue", "answer today")
    return formats.plural(
        notice.days_left or 0,
        translate("WorkQueue", "answer by {date}: {n} working day left"),
        translate("WorkQueue", "answer by {date}: {n} working days left"),
    ).format(date=formats.date(notice.due))


def step_text(notice: AwaitingAnswer) -> str:
    """Where the notice stands, as the step before the answer."""
    step = notice.step
    if step == Step.WRITE_ANSWER:
        if notice.answer == Answer.ACCEPT:
            return translate("WorkQueue", "{name} accepted: write the answer").format(
                name=notice.applicant or "?"
            )
        return translate("WorkQueue", "declined: write the answer")
    texts = {
        Step.DECIDE: translate("WorkQueue", "accept or return it"),
        Step.FIND_TENANT: translate("WorkQueue", "no offer yet"),
        Step.SEND_OFFER: translate("WorkQueue", "the offer to {name} is not sent"),
        Step.AWAIT_REPLY: translate("WorkQueue", "{name} has not answered the offer"),
    }
    return texts[step].format(name=notice.applicant or "?")


_STEP_ACTIONS = {
    Step.DECIDE: NextAction.DECIDE,
    Step.FIND_TENANT: NextAction.FIND_TENANT,
    Step.SEND_OFFER: NextAction.SEND_OFFER,
    Step.AWAIT_REPLY: NextAction.RECORD_ANSWER,
    Step.WRITE_ANSWER: NextAction.ANSWER_LANDLORD,
}


def _landlord_rows(notices: list[AwaitingAnswer]) -> tuple[QueueRow, ...]:
    return tuple(
        QueueRow(
            Section.LANDLORD_NOTICES,
            n.vacancy_id,
            translate("WorkQueue", "{address} ({landlord}): {step}; {deadline}").format(
                address=n.address,
                landlord=n.landlord,
                step=step_text(n),
                deadline=deadline_text(n),
            ),
            _STEP_ACTIONS[n.step],
            vacancy_id=n.vacancy_id,
            offer_id=n.offer_id if n.step in (Step.SEND_OFFER, Step.AWAIT_REPLY) else None,
            due=n.due,
            flagged=n.overdue,
        )
        for n in notices
    )


# --- the sections -----------------------------------------------------------------------------


def _address(v: Any) -> str:
    return format_address(v.street, v.house_number, v.floor, v.door)


def _dwelling_columns() -> list[Any]:
    return [
        Vacancy.id,
        Vacancy.street,
        Vacancy.house_number,
        Vacancy.floor,
        Vacancy.door,
        Department.number.label("department_number"),
        Department.name.label("department_name"),
        Department.organisation_id,
        Vacancy.desk_deadline,
    ]


def _latest_proposal() -> Any:
    return (
        select(IntakeCheck.proposal)
        .where(IntakeCheck.vacancy_id == Vacancy.id)
        .order_by(IntakeCheck.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _dwellings(session: Session, *where: Any, proposal: bool = False) -> list[Any]:
    columns = _dwelling_columns()
    if proposal:
        columns.append(_latest_proposal().label("proposal"))
    # An organisation's dwellings: a private landlord's are in LANDLORD_NOTICES, by their answer.
    return list(
        session.execute(
            select(*columns)
            .join(Department, Department.id == Vacancy.department_id)
            .where(*where)
            .order_by(Vacancy.desk_deadline, Vacancy.available_from, Vacancy.id)
        ).all()
    )


def _offers(session: Session, *where: Any) -> list[Any]:
    return list(
        session.execute(
            select(
                Offer.id,
                Offer.vacancy_id,
                Offer.reply_deadline,
                Applicant.name,
                Vacancy.street,
                Vacancy.house_number,
                Vacancy.floor,
                Vacancy.door,
            )
            .join(Applicant, Applicant.id == Offer.applicant_id)
            .join(Vacancy, Vacancy.id == Offer.vacancy_id)
            .where(*where)
            .order_by(Offer.reply_deadline, Offer.id)
        ).all()
    )


def _awaiting(rows: list[Any], counts: dict[int, int]) -> tuple[QueueRow, ...]:
    found = []
    for r in rows:
        proposal = None if r.proposal is None else IntakeProposal(r.proposal)
        count = counts.get(r.id, 0)
        text = translate("WorkQueue", "{address} ({department}): {proposal}, {candidates}").format(
            address=_address(r),
            department=f"{r.department_number} {r.department_name}",
            proposal=proposal_text(proposal),
            candidates=candidates_text(count),
        )
        found.append(
            QueueRow(
                Section.AWAITING_DECISION,
                r.id,
                text,
                NextAction.DECIDE,
                vacancy_id=r.id,
                organisation_id=r.organisation_id,
                candidates=count,
                proposal=proposal,
                due=r.desk_deadline,
                flagged=count == 0 and proposal == IntakeProposal.ACCEPT,
            )
        )
    return tuple(found)


def _without_offer(rows: list[Any], counts: dict[int, int]) -> tuple[QueueRow, ...]:
    found = []
    for r in rows:
        count = counts.get(r.id, 0)
        if r.desk_deadline is None:
            text = translate("WorkQueue", "{address} ({department}): {candidates}")
        else:
            text = translate(
                "WorkQueue", "{address} ({department}): {candidates}, tenant to be named by {date}"
            )
        found.append(
            QueueRow(
                Section.ACCEPTED_WITHOUT_OFFER,
                r.id,
                text.format(
                    address=_address(r),
                    department=f"{r.department_number} {r.department_name}",
                    candidates=candidates_text(count),
                    date=formats.date(r.desk_deadline),
                ),
                NextAction.FIND_TENANT,
                vacancy_id=r.id,
                organisation_id=r.organisation_id,
                candidates=count,
                due=r.desk_deadline,
                flagged=count == 0,
            )
        )
    # The dwellings no one may be offered first: each costs rent loss every day.
    return tuple(sorted(found, key=lambda row: not row.flagged))


def _offer_rows(
    rows: list[Any], section: Section, action: NextAction, text: str, *, flagged: bool
) -> tuple[QueueRow, ...]:
    return tuple(
        QueueRow(
            section,
            r.id,
            text.format(
                name=r.name,
                address=format_address(r.street, r.house_number, r.floor, r.door),
                date=formats.date(r.reply_deadline),
            ),
            action,
            vacancy_id=r.vacancy_id,
            offer_id=r.id,
            due=r.reply_deadline,
            flagged=flagged,
        )
        for r in rows
    )


def _of_scheme(session: Session, scheme: str | None, vacancy_ids: Iterable[int]) -> set[int]:
    """Which of the dwellings belong to the housing scheme `scheme` (all when it is None)."""
    ids = set(vacancy_ids)
    if scheme is None or not ids:
        return ids
    return set(
        session.scalars(select(Vacancy.id).where(Vacancy.scheme == scheme, Vacancy.id.in_(ids)))
    )


def _of_scheme_offers(session: Session, scheme: str, offer_ids: Iterable[int | None]) -> set[int]:
    """Which of the offers are for a dwelling of the housing scheme `scheme`."""
    ids = {i for i in offer_ids if i is not None}
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Offer.id)
            .join(Vacancy, Vacancy.id == Offer.vacancy_id)
            .where(Vacancy.scheme == scheme, Offer.id.in_(ids))
        )
    )


def work_queue(ws: Workspace, *, scheme: str | None = None) -> WorkQueue:
    """Today's work queue (see the module's text); with `scheme`, only the dwellings of that
    housing scheme, their offers, letters and rent loss (the replies to the organisations are
    per organisation, whatever the scheme)."""
    today = ws.today()
    mine = () if scheme is None else (Vacancy.scheme == scheme,)
    with ws.read() as session:
        warn = settings.get(session, DEADLINES, today).warn_days
        received = _dwellings(
            session, Vacancy.status == VacancyStatus.RECEIVED, *mine, proposal=True
        )
        busy = select(Offer.vacancy_id).where(Offer.open_clause())
        idle = _dwellings(
            session, Vacancy.status == VacancyStatus.ACCEPTED, Vacancy.id.not_in(busy), *mine
        )
        counts = eligible_counts_in(session, [r.id for r in (*received, *idle)], today)
        drafts = _offers(session, Offer.status == OfferStatus.DRAFT, *mine)
        answers = _offers(
            session,
            Offer.status == OfferStatus.SENT,
            Offer.reply_deadline >= today,
            Offer.reply_deadline <= today + dt.timedelta(days=warn),
            *mine,
        )
        expired = _offers(
            session, Offer.status == OfferStatus.SENT, Offer.reply_deadline < today, *mine
        )
        letters = letters_to_deliver_in(session, today)
        if scheme is not None:
            offers = _of_scheme_offers(session, scheme, [x.offer_id for x in letters])
            letters = [x for x in letters if x.offer_id in offers]
        unsent = unsent_in(session)
        loss = _rent_loss(session, today, *mine)
        notices = awaiting_answers_in(session, today)
        kept = _of_scheme(session, scheme, [n.vacancy_id for n in notices])
        notices = [n for n in notices if n.vacancy_id in kept]
    sections = {
        Section.LANDLORD_NOTICES: _landlord_rows(notices),
        Section.AWAITING_DECISION: _awaiting(received, counts),
        Section.ACCEPTED_WITHOUT_OFFER: _without_offer(idle, counts),
        Section.DRAFTS: _offer_rows(
            drafts,
            Section.DRAFTS,
            NextAction.SEND_OFFER,
            translate("WorkQueue", "Draft offer to {name}: {address}"),
            flagged=False,
        ),
        Section.LETTERS_TO_DELIVER: tuple(
            QueueRow(
                Section.LETTERS_TO_DELIVER,
                letter.letter_id,
                translate("WorkQueue", "{kind} of {date} to {name}: {missing}").format(
                    kind=letter_kind_text(letter.kind),
                    date=formats.date(letter.letter_date),
                    name=letter.applicant_name or "?",
                    missing=letter.missing_text,
                )
                + (f" ({letter.address})" if letter.address else ""),
                NextAction.DELIVER_LETTER,
                offer_id=letter.offer_id,
                applicant_id=letter.applicant_id,
                due=letter.letter_date,
            )
            for letter in letters
        ),
        Section.REPLIES_DUE: tuple(
            QueueRow(
                Section.REPLIES_DUE,
                u.organisation_id,
                translate("WorkQueue", "{organisation}: {decisions}, the oldest of {date}").format(
                    organisation=u.organisation,
                    decisions=decisions_text(u.decisions),
                    date=formats.date(u.oldest),
                ),
                NextAction.SEND_REPLY,
                organisation_id=u.organisation_id,
                count=u.decisions,
                due=u.oldest,
            )
            for u in unsent
        ),
        Section.ANSWERS_DUE: _offer_rows(
            answers,
            Section.ANSWERS_DUE,
            NextAction.RECORD_ANSWER,
            translate("WorkQueue", "{name} answers on {address} by {date}"),
            flagged=False,
        ),
        Section.EXPIRED_OFFERS: _offer_rows(
            expired,
            Section.EXPIRED_OFFERS,
            NextAction.APPLY_CONSEQUENCE,
            translate(
                "WorkQueue",
                "{name} did not answer on {address} by {date}: the consequence is waiting",
            ),
            flagged=True,
        ),
    }
    return WorkQueue(today, sections, loss)


def _rent_loss(session: Session, today: dt.date, *where: Any) -> RentLossRunning:
    rows = session.execute(
        select(
            type_coerce(monthly_total_sql(), Integer), Vacancy.at_disposal_from, Vacancy.scheme
        ).where(
            Vacancy.status.in_((VacancyStatus.ACCEPTED, VacancyStatus.OFFERED)),
            Vacancy.at_disposal_from <= today,
            *where,
        )
    ).all()
    schemes = settings.get(session, SCHEMES, today)
    per_day = Decimal(0)
    parts = []
    for total, since, scheme in rows:
        monthly = Decimal(total) / 100  # whole øre, summed in SQL
        per_day += daily_rate(monthly)
        parts.append((bearer(schemes, scheme), rent_loss(monthly, since, until=today)))
    borne = per_bearer(parts)
    return RentLossRunning(
        len(rows),
        per_day.quantize(Decimal("0.01")),
        sum(borne.values(), Decimal(0)),
        tuple((who, amount) for who, amount in borne.items() if amount),
    )
