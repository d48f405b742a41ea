"""The locking soak: workstations (processes) making random edits of the same records at once.

Every desk repeats: pick an edit at random (an applicant's notes, household, excluded department,
dated facts, caseworker or status (a pause); a caseworker's record; a dwelling; a department and
its placements; an organisation; a letter text; the next step of an offer), load the record as
the window would, wait a moment, and save onto the loaded version. Each save either succeeds,
or is refused with a conflict (someone saved first) or another message; anything else is a raw
error.

Afterwards the run counts lost updates, which must be 0:
- two saves that both succeeded from the same loaded version of one record;
- a saved change missing from the record at the end (edits add a unique token to a text, a
  household, the facts or the status history, so a change overwritten later is visible);
- an offer whose history does not hold each successful step once.

    .venv/bin/python -m tests.db.two_desks.soak --db postgresql+psycopg://.../soak --edits 200

(`tests/db/test_soak_locking.py` runs it on SQLite and PostgreSQL.) The database given is set up
afresh and must be empty (or new).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from db.enums import (
    ApplicantStatus,
    Colour,
    FlexibleLetting,
    LegalFactKind,
    LetterKind,
    MemberRelation,
    OfferStatus,
)
from db.models import Offer, OfferEvent, Organisation, Vacancy
from desktop.core import locking
from desktop.core.applicants import caseworkers, facts, register
from desktop.core.applicants.inputs import ApplicantInput, FactInput, MemberInput, from_view
from desktop.core.errors import Conflict, UserError
from desktop.core.letters import templates
from desktop.core.offers import workflow
from desktop.core.registry import editing, placements
from desktop.core.workspace import Workspace, open_workspace
from tests.unit.matching import db_factories as make

TODAY = dt.date(2026, 11, 21)


@dataclass(frozen=True)
class Records:
    """The records every desk edits (ids)."""

    applicant: int
    partner: int
    excluded: int  # the department the applicant must not be offered
    caseworker: int
    dwelling: int  # its remarks are edited
    department: int
    organisation: int
    offered: int  # a dwelling offered again and again to the same candidates


Key = tuple[str, int] | None  # a record: its table and id


@dataclass(frozen=True)
class Attempt:
    desk: str
    kind: str
    key: Key  # the record whose version the save was made onto
    based_on: int | None  # that version
    token: str
    outcome: str  # saved, conflict, refused, raw
    detail: str = ""


@dataclass
class Report:
    edits: int = 0
    saved: int = 0
    conflicts: Counter[str] = field(default_factory=Counter)
    refused: int = 0
    raw: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        by_kind = ", ".join(f"{k} {n}" for k, n in sorted(self.conflicts.items()))
        return [
            f"edits: {self.edits}, saved: {self.saved}, refused otherwise: {self.refused}",
            f"conflicts reported: {sum(self.conflicts.values())} ({by_kind})",
            f"raw errors: {len(self.raw)}",
            f"lost updates: {len(self.lost)}",
            *[f"  raw: {r}" for r in self.raw[:5]],
            *[f"  lost: {line}" for line in self.lost[:10]],
        ]


def setup(ws: Workspace) -> Records:
    department = make.department(ws)
    excluded = make.department(ws)
    person = register.create_applicant(
        ws,
        ApplicantInput(
            name="Anne Jensen",
            registered_on=dt.date(2025, 1, 15),
            members=(MemberInput(MemberRelation.PARTNER, "Kim"),),
            excluded_departments=((excluded, "Konflikt:"),),
        ),
    )
    partner = facts.household_facts(ws, person).members[1].id
    worker = caseworkers.save_caseworker(ws, None, "Lone Kjærsgaard")
    offered = make.vacancy(ws, department)
    for name in ("Bo Berg", "Carl Dam"):
        make.applicant(ws, name)
    templates.active_template(ws, LetterKind.OFFER)  # the shipped texts are in place
    with ws.read() as session:
        organisation = session.scalars(select(Organisation.id)).one()
    return Records(
        applicant=person,
        partner=partner,
        excluded=excluded,
        caseworker=worker,
        dwelling=make.vacancy(ws, department, remarks=""),
        department=department,
        organisation=organisation,
        offered=offered,
    )


# --- the edits: each loads, waits a moment, saves onto what it loaded -------------------------

# An edit loads (calling the pause when it has), and returns the record and the version its save
# is made onto (None: an action by id) and the save itself.
Edit = Callable[
    [Workspace, Records, str, Callable[[], None]], tuple[Key, int | None, Callable[[], Any]]
]


def _applicant_form(change: Callable[[Any, ApplicantInput, str, Records], ApplicantInput]) -> Edit:
    def edit(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
        view = register.applicant_view(ws, r.applicant)
        mine = change(view, from_view(view), token, r)
        pause()
        key = ("applicant", r.applicant)
        return (
            key,
            view.version,
            lambda: register.update_applicant(ws, r.applicant, view.version, mine),
        )

    return edit


def _notes(view: Any, data: ApplicantInput, token: str, r: Records) -> ApplicantInput:
    return replace(data, notes=f"{data.notes or ''} {token}")


def _household(view: Any, data: ApplicantInput, token: str, r: Records) -> ApplicantInput:
    return replace(data, members=(*data.members, MemberInput(MemberRelation.CHILD, token)))


def _excluded(view: Any, data: ApplicantInput, token: str, r: Records) -> ApplicantInput:
    ((department, reason),) = data.excluded_departments
    return replace(data, excluded_departments=((department, f"{reason} {token}"),))


def _caseworker_of(view: Any, data: ApplicantInput, token: str, r: Records) -> ApplicantInput:
    other = None if data.caseworker_id == r.caseworker else r.caseworker
    return replace(data, caseworker_id=other, notes=f"{data.notes or ''} {token}")


def _facts(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    member = next(m for m in facts.household_facts(ws, r.applicant).members if m.id == r.partner)
    mine = [
        FactInput(f.kind, f.label, f.start_date, f.end_date, f.note, id=f.id) for f in member.facts
    ]
    mine.append(FactInput(LegalFactKind.BENEFIT, token, dt.date(2026, 1, 1)))
    pause()
    return (
        ("member", r.partner),
        member.version,
        lambda: facts.save_member_facts(
            ws, r.applicant, r.partner, mine, expected_version=member.version
        ),
    )


def _status(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    view = register.applicant_view(ws, r.applicant)
    paused = view.status == ApplicantStatus.PAUSED
    pause()
    return (
        ("applicant", r.applicant),
        view.version,
        lambda: register.change_status(
            ws,
            r.applicant,
            ApplicantStatus.ACTIVE if paused else ApplicantStatus.PAUSED,
            paused_until=None if paused else TODAY + dt.timedelta(days=30),
            note=token,
            expected_version=view.version,
        ),
    )


def _caseworker(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    loaded = caseworkers.caseworker(ws, r.caseworker)
    pause()
    return (
        ("caseworker", r.caseworker),
        loaded.version,
        lambda: caseworkers.save_caseworker(
            ws, r.caseworker, loaded.name, unit=token, expected_version=loaded.version
        ),
    )


def _dwelling(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    with ws.read() as session:
        row = session.get(Vacancy, r.dwelling)
        assert row is not None
        version, remarks = row.version, row.remarks or ""
    pause()
    return (
        ("vacancy", r.dwelling),
        version,
        lambda: locking.save(ws, Vacancy, r.dwelling, version, {"remarks": f"{remarks} {token}"}),
    )


def _department(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    loaded = editing.load_department(ws, r.department)
    mine = replace(loaded.data, notes=f"{loaded.data.notes or ''} {token}")
    pause()
    return (
        ("department", r.department),
        loaded.version,
        lambda: editing.save_department(ws, r.department, mine, expected_version=loaded.version),
    )


def _placement(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    loaded = editing.load_department(ws, r.department)
    colour = random.choice((Colour.GREEN, Colour.YELLOW))
    pause()
    return (
        ("department", r.department),
        loaded.version,
        lambda: placements.set_placement(
            ws,
            r.department,
            colour,
            FlexibleLetting.AGREED,
            TODAY,
            reason=token,
            expected_version=loaded.version,
        ),
    )


def _organisation(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    (row,) = [o for o in editing.organisations(ws) if o.id == r.organisation]
    mine = replace(row.data, notes=f"{row.data.notes or ''} {token}")
    pause()
    return (
        ("organisation", r.organisation),
        row.version,
        lambda: editing.save_organisation(ws, r.organisation, mine, expected_version=row.version),
    )


def _letter_text(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    loaded = templates.active_template(ws, LetterKind.OFFER)
    pause()
    return (
        ("letter_template", 0),
        loaded.version,
        lambda: templates.save_template(
            ws,
            LetterKind.OFFER,
            title=loaded.title,
            body=f"{loaded.body}{token}\n",
            has_reply_slip=loaded.has_reply_slip,
            expected_version=loaded.version,
        ),
    )


def _offer_step(ws: Workspace, r: Records, token: str, pause: Callable[[], None]) -> Any:
    """The offered dwelling's next step: propose a draft, send it, or withdraw it."""
    with ws.read() as session:
        offer = session.scalars(
            select(Offer).where(Offer.vacancy_id == r.offered, Offer.open_clause())
        ).first()
        state = None if offer is None else (offer.id, offer.version, offer.status)
    pause()
    if state is None:
        return None, None, lambda: workflow.propose_next(ws, r.offered)
    offer_id, version, status = state
    if status == OfferStatus.DRAFT:
        step = lambda: workflow.send_offer(ws, offer_id, expected_version=version)  # noqa: E731
    else:
        step = lambda: workflow.withdraw_offer(  # noqa: E731
            ws, offer_id, reason=token, expected_version=version
        )
    return ("offer", offer_id), version, step


EDITS: dict[str, Edit] = {
    "applicant notes": _applicant_form(_notes),
    "applicant's caseworker": _applicant_form(_caseworker_of),
    "household": _applicant_form(_household),
    "excluded department": _applicant_form(_excluded),
    "legal facts": _facts,
    "status": _status,
    "caseworker": _caseworker,
    "dwelling": _dwelling,
    "department": _department,
    "placement": _placement,
    "organisation": _organisation,
    "letter text": _letter_text,
    "offer step": _offer_step,
}


def desk(
    url: str, user: str, records: Records, edits: int, seed: int, start: Any, out: Any
) -> None:
    """One workstation's run (a process of its own)."""
    ws = open_workspace(url, user=user)
    ws.clock = lambda: TODAY
    chance = random.Random(seed)
    attempts: list[Attempt] = []
    start.wait(120)
    try:
        for number in range(edits):
            kind = chance.choice(sorted(EDITS))
            token = f"{user}-{number}"

            def pause() -> None:
                time.sleep(chance.random() * 0.004)  # the user looks at the form

            key = based_on = None
            try:
                key, based_on, save = EDITS[kind](ws, records, token, pause)
                save()
                outcome, detail = "saved", ""
            except Conflict as exc:
                outcome, detail = "conflict", type(exc).__name__
            except UserError as exc:
                outcome, detail = "refused", str(exc)[:100]
            except Exception as exc:  # the run counts what it was
                outcome, detail = "raw", f"{type(exc).__name__}: {str(exc)[:200]}"
            attempts.append(Attempt(user, kind, key, based_on, token, outcome, detail))
    finally:
        ws.close()
        out.put(attempts)


# --- counting lost updates -----------------------------------------------------------------------


def _final_state(ws: Workspace, r: Records) -> dict[str, Any]:
    view = register.applicant_view(ws, r.applicant)
    partner = next(m for m in facts.household_facts(ws, r.applicant).members if m.id == r.partner)
    with ws.read() as session:
        dwelling = session.get(Vacancy, r.dwelling)
        assert dwelling is not None
        remarks = dwelling.remarks or ""
        events = Counter(
            session.scalars(
                select(OfferEvent.offer_id)
                .join(Offer, Offer.id == OfferEvent.offer_id)
                .where(Offer.vacancy_id == r.offered)
            )
        )
        open_offers = len(
            session.scalars(
                select(Offer.id).where(Offer.vacancy_id == r.offered, Offer.open_clause())
            ).all()
        )
    (organisation,) = [o for o in editing.organisations(ws) if o.id == r.organisation]
    return {
        "applicant notes": view.notes or "",
        "household": " ".join(m.name or "" for m in view.members),
        "excluded department": " ".join(e.reason or "" for e in view.excluded_departments),
        "legal facts": " ".join(f.label or "" for f in partner.facts),
        "status": " ".join(e.note or "" for e in view.events),
        "dwelling": remarks,
        "department": editing.load_department(ws, r.department).data.notes or "",
        "organisation": organisation.data.notes or "",
        "letter text": templates.active_template(ws, LetterKind.OFFER).body,
        "offer events": events,
        "open offers": open_offers,
    }


SAME_TEXT = {"applicant's caseworker": "applicant notes"}  # the edit notes its token there


def count(ws: Workspace, records: Records, attempts: list[Attempt]) -> Report:
    report = Report(edits=len(attempts))
    saved = [a for a in attempts if a.outcome == "saved"]
    report.saved = len(saved)
    report.refused = sum(a.outcome == "refused" for a in attempts)
    report.conflicts.update(a.kind for a in attempts if a.outcome == "conflict")
    report.raw = [f"{a.kind}: {a.detail}" for a in attempts if a.outcome == "raw"]
    onto = Counter((a.key, a.based_on) for a in saved if a.key is not None)
    report.lost += [f"two saves onto {key} version {v}" for (key, v), n in onto.items() if n > 1]
    final = _final_state(ws, records)
    for attempt in saved:
        text = final.get(SAME_TEXT.get(attempt.kind, attempt.kind))
        if isinstance(text, str) and not _has(text, attempt.token):
            report.lost.append(f"{attempt.kind} {attempt.token} is missing")
    steps = Counter(a.key[1] for a in saved if a.kind == "offer step" and a.key is not None)
    for offer_id, events in final["offer events"].items():
        if events != 1 + steps.get(offer_id, 0):  # its creation, then one event per step
            report.lost.append(f"offer {offer_id}: {events} events for {steps[offer_id]} steps")
    if final["open offers"] > 1:
        report.lost.append(f"{final['open offers']} open offers of one dwelling")
    return report


def _has(text: str, token: str) -> bool:
    return token in text.replace("\n", " ").split(" ")


def run(url: str, *, desks: int = 2, edits: int = 200, seed: int = 16) -> Report:
    """Set up the records in the (empty) database at `url`, run the desks, count."""
    ws = open_workspace(url, user="setup")
    ws.clock = lambda: TODAY
    try:
        records = setup(ws)
        context = multiprocessing.get_context("spawn")
        start = context.Barrier(desks)
        out = context.Queue()
        processes = [
            context.Process(
                target=desk, args=(url, f"desk{n}", records, edits, seed + n, start, out)
            )
            for n in range(desks)
        ]
        for process in processes:
            process.start()
        attempts = [a for _ in processes for a in out.get(timeout=1800)]
        for process in processes:
            process.join(60)
            if process.exitcode != 0:
                raise RuntimeError(f"a desk's process ended with {process.exitcode}")
        return count(ws, records, attempts)
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.db.two_desks.soak")
    parser.add_argument("--db", required=True, help="an empty database: a file or a URL")
    parser.add_argument("--desks", type=int, default=2)
    parser.add_argument("--edits", type=int, default=200, help="edits per desk")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    report = run(args.db, desks=args.desks, edits=args.edits, seed=args.seed)
    print("\n".join(report.lines()))
    return 0 if not report.lost and not report.raw else 1


if __name__ == "__main__":
    raise SystemExit(main())
