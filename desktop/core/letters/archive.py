"""Issuing letters: render, archive the exact PDF (bytes + SHA-256 + template version), reprint.

The offer workflow calls the session-level functions inside its own transaction (sending an offer
and archiving its letter succeed or fail together):

    issued = archive_offer_letter(session, offer_id)

The UI and the command line use the workspace-level ones (`issue_offer_letter(ws, ...)`).
A reprint returns the archived bytes unchanged and checks them against their SHA-256.

With the bytes, every letter stores what it was drawn from (`Letter.context`: the letter's data
as `context.to_stored` writes it, and `render.drawn_with`: the layout, reportlab version and logo)
and the date printed on it (`Letter.letter_date`). `Redrawer` draws an archived letter again from
that data, with the template version and logo it was drawn with: the same bytes as the archived
PDF (`redraw` shows it), whatever has been edited since. It declines (None) a letter that has no
stored data (archived before migration 0008) or whose layout, reportlab version or logo file has
changed since: the day's batch then copies the archived PDF instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import AuditAction, DeliveryChannel, LetterKind
from db.models import Applicant, Letter, Offer
from desktop.core import audit, locking, settings
from desktop.core.applicants.addresses import POSTAL, require_deliverable
from desktop.core.errors import DatabaseProblem, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.letters import context as contexts
from desktop.core.letters import render, templates
from desktop.core.letters.context import Decision, LetterContext
from desktop.core.letters.look import LETTER_SETTINGS, LetterSettings
from desktop.core.letters.templates import TemplateInfo
from desktop.core.schemes.settings import Scheme
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class LetterPdf:
    """A letter ready to show, print or save."""

    kind: LetterKind
    reference: str
    title: str  # for the window title and the suggested file name
    pdf: bytes
    pages: int
    template_version: int
    sha256: str
    letter_id: int | None = None  # set when the letter is archived
    applicant_id: int | None = None


def prepared(info: TemplateInfo) -> render.PreparedTemplate:
    return render.PreparedTemplate(templates.parsed(info), info.version, info.has_reply_slip)


def _look(session: Session | None, on: dt.date) -> LetterSettings:
    if session is None:
        return LETTER_SETTINGS.default
    return settings.get(session, LETTER_SETTINGS, on=on)


def render_context(
    session: Session | None, context: LetterContext, template: TemplateInfo
) -> LetterPdf:
    """Render one letter (not archived)."""
    return draw(context, template, _look(session, context.letter_date).logo_path())


def draw(context: LetterContext, template: TemplateInfo, logo: Path) -> LetterPdf:
    """The letter drawn, not archived (also a worker process's task: letters.elsewhere)."""
    result = render.render_one(context, prepared(template), logo=logo)
    return _letter_pdf(context, template, result.pdf, sum(result.pages))


def _letter_pdf(
    context: LetterContext, template: TemplateInfo, pdf: bytes, pages: int
) -> LetterPdf:
    return LetterPdf(
        kind=context.kind,
        reference=context.reference,
        title=f"{render.KIND_NAMES.get(context.kind, '')} {context.reference}",
        pdf=pdf,
        pages=pages,
        template_version=template.version,
        sha256=hashlib.sha256(pdf).hexdigest() if pdf else "",
        applicant_id=context.applicant_id,
    )


# The key of a write session's `info` that names who draws its letters later (see
# letters.elsewhere); without it each letter is drawn at once.
DRAWN_LATER = "anvis_letters_drawn_later"


class DrawsLater(Protocol):
    def draw(
        self, letter_id: int, context: LetterContext, template: TemplateInfo, logo: Path
    ) -> None:
        """Draw the archived letter `letter_id` and store its PDF, checksum and pages later."""


def archive(session: Session, context: LetterContext, template: TemplateInfo) -> LetterPdf:
    """Render the letter and store it with the data it was drawn from; the audit trail records
    who issued it, about whom."""
    logo = _look(session, context.letter_date).logo_path()
    later: DrawsLater | None = session.info.get(DRAWN_LATER)
    if later is None:
        letter = draw(context, template, logo)
    else:  # stored without its drawing (no PDF, no checksum) until `later` stores it
        letter = _letter_pdf(context, template, b"", 0)
    row = Letter(
        kind=context.kind,
        offer_id=context.offer_id,
        applicant_id=context.applicant_id,
        vacancy_id=context.vacancy_id,
        template_id=template.id,
        template_version=template.version,
        letter_date=context.letter_date,
        delivery=context.delivery,
        context=contexts.to_stored(context) | {"drawn_with": render.drawn_with(logo)},
        pdf=letter.pdf,
        sha256=letter.sha256,
        pages=letter.pages,
    )
    session.add(row)
    session.flush()
    if later is not None:
        later.draw(row.id, context, template, logo)
    audit.record(
        session,
        AuditAction.CREATE,
        "letter",
        row.id,
        applicant_id=context.applicant_id,
        purpose=letter.title,
        details={"kind": context.kind.value, "template_version": template.version},
    )
    return LetterPdf(**{**letter.__dict__, "letter_id": row.id})


# --- session level: for the offer workflow ---------------------------------------------------


def template_for(session: Session, context: LetterContext) -> TemplateInfo:
    """The text a new letter is drawn with: its scheme's own text when the desk has written
    one, else the kind's ordinary text (the shipped default is added on first use)."""
    return templates.active(session, context.kind, context.template_variant)


def archive_offer_letter(session: Session, offer_id: int, on: dt.date | None = None) -> LetterPdf:
    context = contexts.offer_letter(session, offer_id, on)
    return archive(session, context, template_for(session, context))


def archive_allocation_notice(
    session: Session, offer_id: int, on: dt.date | None = None
) -> LetterPdf:
    context = contexts.allocation_notice(session, offer_id, on)
    return archive(session, context, templates.active(session, LetterKind.ALLOCATION_NOTICE))


def archive_decision(session: Session, decision: Decision, on: dt.date | None = None) -> LetterPdf:
    """A decision letter; refused without reasons (forvaltningsloven § 22 demands them)."""
    if not decision.reasons.strip():
        raise ValidationError(
            translate(
                "Letters",
                "A decision needs its reasons (forvaltningsloven § 22). Write why the decision "
                "was made.",
            ),
            {"reasons": translate("Letters", "Write the reasons.")},
        )
    context = contexts.decision(session, decision, on)
    return archive(session, context, templates.active(session, decision.kind))


# --- workspace level: for the UI and the command line ----------------------------------------


def issue_offer_letter(ws: Workspace, offer_id: int) -> LetterPdf:
    """The offer letter archived again (as of the day the offer was sent); refused while the
    applicant has no way to receive it (`addresses.require_deliverable`)."""
    with ws.write() as session:
        offer = session.get(Offer, offer_id)
        if offer is not None:
            require_deliverable(offer.applicant)
        return archive_offer_letter(session, offer_id, None)


def issue_allocation_notice(ws: Workspace, offer_id: int) -> LetterPdf:
    with ws.write() as session:
        return archive_allocation_notice(session, offer_id, ws.today())


def issue_decision(
    ws: Workspace,
    kind: LetterKind,
    applicant_id: int,
    *,
    reasons: str,
    offer_id: int | None = None,
) -> LetterPdf:
    with ws.write() as session:
        applicant = session.get(Applicant, applicant_id)
        if applicant is not None:
            require_deliverable(applicant)
        return archive_decision(
            session, Decision(kind, applicant_id, reasons, offer_id), ws.today()
        )


def preview_offer_letter(ws: Workspace, offer_id: int) -> LetterPdf:
    """The offer letter as it would be sent now, not archived."""
    with ws.write() as session:  # may add the shipped template on first use
        context = contexts.offer_letter(session, offer_id, None)
        return render_context(session, context, template_for(session, context))


def preview_template(
    kind: LetterKind,
    title: str,
    body: str,
    has_reply_slip: bool,
    *,
    version: int = 0,
    scheme: Scheme | None = None,
) -> LetterPdf:
    """A template's text filled with sample data (the editor's live preview), for a dwelling of
    `scheme` (a scheme's own text: its lease shows).

    Raises TemplateError when the text has errors.
    """
    info = TemplateInfo(0, kind, version, title, body, has_reply_slip, False, "", None)
    return render_context(None, contexts.sample(kind, scheme=scheme), info)


# --- drawing an archived letter again from its stored data ----------------------------------

# The columns of an archived letter that drawing it again needs (its PDF bytes stay in the file).
STORED_COLUMNS = (
    Letter.id,
    Letter.kind,
    Letter.context,
    Letter.template_id,
    Letter.template_version,
    Letter.offer_id,
    Letter.applicant_id,
    Letter.vacancy_id,
)


@dataclass(frozen=True)
class StoredLetter:
    """An archived letter's row as `STORED_COLUMNS` selects it."""

    letter_id: int
    kind: LetterKind
    context: dict[str, Any] | None
    template_id: int | None
    template_version: int | None
    offer_id: int | None
    applicant_id: int | None
    vacancy_id: int | None


class Redrawer:
    """Draws archived letters again from their stored data (templates and logos are looked up
    once, so a batch of any size asks for each only once)."""

    def __init__(self) -> None:
        self._templates: dict[tuple[LetterKind, int | None, int | None], TemplateInfo | None] = {}
        self._looks: dict[dt.date, tuple[Path, dict[str, str]]] = {}

    def drawable(
        self, session: Session, letter: StoredLetter
    ) -> tuple[LetterContext, TemplateInfo, Path] | None:
        """The letter's context, template and logo; None when it cannot be drawn exactly as it
        was (no stored data, or its layout, reportlab version or logo has changed since)."""
        data = letter.context
        if not data:
            return None
        try:
            context = contexts.from_stored(
                data,
                offer_id=letter.offer_id,
                applicant_id=letter.applicant_id,
                vacancy_id=letter.vacancy_id,
            )
        except ValueError:
            return None
        template = self._template(session, letter)
        if context.kind != letter.kind or template is None:
            return None
        logo, now_drawn_with = self._look(session, context.letter_date)
        if data.get("drawn_with") != now_drawn_with:
            return None
        return context, template, logo

    def _template(self, session: Session, letter: StoredLetter) -> TemplateInfo | None:
        key = (letter.kind, letter.template_id, letter.template_version)
        if key not in self._templates:
            found = None
            if letter.template_id is not None:
                found = templates.by_id(session, letter.template_id)
            elif letter.template_version is not None:
                try:
                    found = templates.by_version(session, letter.kind, letter.template_version)
                except NotFound:
                    found = None
            if found is not None and (
                found.kind != letter.kind or found.version != letter.template_version
            ):
                found = None
            self._templates[key] = found
        return self._templates[key]

    def _look(self, session: Session, day: dt.date) -> tuple[Path, dict[str, str]]:
        if day not in self._looks:
            logo = _look(session, day).logo_path()
            self._looks[day] = (logo, render.drawn_with(logo))
        return self._looks[day]


def redraw(ws: Workspace, letter_id: int) -> LetterPdf | None:
    """The archived letter drawn again from its stored data, not copied from its stored bytes;
    None when it cannot be drawn exactly as it was (see `Redrawer`). For checks: it is not
    logged, so whoever shows or prints it records that with `record_printed`."""
    with ws.read() as session:
        row = session.execute(select(*STORED_COLUMNS).where(Letter.id == letter_id)).first()
        if row is None:
            raise NotFound(
                translate("Letters", "There is no archived letter number {id}.").format(
                    id=letter_id
                )
            )
        found = Redrawer().drawable(session, StoredLetter(*row))
    if found is None:
        return None
    context, template, logo = found
    return replace(draw(context, template, logo), letter_id=letter_id)


@dataclass(frozen=True)
class ArchivedLetter:
    letter_id: int
    kind: LetterKind
    created_at: dt.datetime
    created_by: str
    template_version: int | None
    pages: int
    sha256: str
    printed_at: dt.datetime | None
    delivery: DeliveryChannel | None = None  # how it reaches the citizen (None: not a citizen's)
    delivered_on: dt.date | None = None  # posted, sent by Digital Post or handed over
    exported_at: dt.datetime | None = None  # its PDF written for the Digital Post system


def letters_of_offer(ws: Workspace, offer_id: int) -> list[ArchivedLetter]:
    with ws.read() as session:
        rows = session.scalars(
            select(Letter).where(Letter.offer_id == offer_id).order_by(Letter.id)
        )
        return [
            ArchivedLetter(
                r.id,
                r.kind,
                r.created_at,
                r.created_by,
                r.template_version,
                r.pages,
                r.sha256,
                r.printed_at,
                r.delivery,
                r.delivered_on,
                r.exported_at,
            )
            for r in rows
        ]


def _checked(session: Session, letter_id: int) -> Letter:
    """The archived letter, refused when missing or when its bytes no longer match its hash."""
    row = session.get(Letter, letter_id)
    if row is None:
        raise NotFound(
            translate("Letters", "There is no archived letter number {id}.").format(id=letter_id)
        )
    check_unchanged(letter_id, row.pdf, row.sha256)
    return row


def check_unchanged(letter_id: int, pdf: bytes, sha256: str) -> None:
    """DatabaseProblem when an archived letter's PDF no longer matches the checksum stored with
    it: a letter is never sent, printed or shown once it has been changed."""
    if hashlib.sha256(pdf).hexdigest() != sha256:
        raise DatabaseProblem(
            translate(
                "Letters",
                "The archived letter {id} has been changed since it was made (its checksum "
                "does not match). Contact your system administrator.",
            ).format(id=letter_id)
        )


def _as_pdf(row: Letter) -> LetterPdf:
    kind = row.kind
    reference = contexts.reference_for(kind, row.offer_id, row.applicant_id, row.vacancy_id)
    return LetterPdf(
        kind=kind,
        reference=reference,
        title=f"{render.KIND_NAMES.get(kind, '')} {reference}",
        pdf=row.pdf,
        pages=row.pages,
        template_version=row.template_version or 0,
        sha256=row.sha256,
        letter_id=row.id,
        applicant_id=row.applicant_id,
    )


def reprint(ws: Workspace, letter_id: int, *, purpose: str | None = None) -> LetterPdf:
    """The archived letter, byte for byte; logged as printed personal data."""
    with ws.write() as session:
        row = _checked(session, letter_id)
        row.printed_at = utcnow()
        audit.record(
            session,
            AuditAction.PRINT,
            "letter",
            row.id,
            applicant_id=row.applicant_id,
            purpose=purpose or "reprint",
        )
        return _as_pdf(row)


def letter_to_print(ws: Workspace, letter_id: int) -> LetterPdf:
    """The archived letter, byte for byte, to print now: nothing is logged yet - the print is,
    by `record_printed`, once it is done (a print dialog cancelled shows nothing to anyone)."""
    with ws.read() as session:
        return _as_pdf(_checked(session, letter_id))


def posted_when_printed(row: Letter, day: dt.date) -> None:
    """A letter that goes by post leaves the desk the day it is printed: it is delivered then
    (the first print counts). Letters handed over or sent by Digital Post are not."""
    if row.delivery in POSTAL and row.delivered_on is None:
        row.delivered_on = day
        row.sent_at = utcnow()


def record_printed(ws: Workspace, letter: LetterPdf, *, purpose: str, posted: bool = True) -> None:
    """Log that a letter's personal data was printed or saved (and stamp an archived one). A
    letter by post counts as posted today unless `posted` is False (saved as a file, say)."""
    with ws.write() as session:
        if letter.letter_id is not None:
            row = locking.lock(session, Letter, letter.letter_id)
            if row is not None:
                row.printed_at = utcnow()
                if posted:
                    posted_when_printed(row, ws.today())
        audit.record(
            session,
            AuditAction.PRINT,
            "letter",
            letter.letter_id,
            applicant_id=letter.applicant_id,
            purpose=purpose,
            details={"kind": letter.kind.value, "reference": letter.reference},
        )
