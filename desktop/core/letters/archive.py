"""Issuing letters: render, archive the exact PDF (bytes + SHA-256 + template version), reprint.

The offer workflow calls the session-level functions inside its own transaction (sending an offer
and archiving its letter succeed or fail together):

    issued = archive_offer_letter(session, offer_id)

The UI and the command line use the workspace-level ones (`issue_offer_letter(ws, ...)`).
A reprint returns the archived bytes unchanged and checks them against their SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.enums import AuditAction, LetterKind
from db.models import Letter
from desktop.core import audit, settings
from desktop.core.errors import DatabaseProblem, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.letters import context as contexts
from desktop.core.letters import render, templates
from desktop.core.letters.context import LetterContext
from desktop.core.letters.look import LETTER_SETTINGS, LetterSettings
from desktop.core.letters.templates import TemplateInfo
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
    result = render.render_one(
        context, prepared(template), logo=_look(session, context.letter_date).logo_path()
    )
    return LetterPdf(
        kind=context.kind,
        reference=context.reference,
        title=f"{render.KIND_NAMES.get(context.kind, '')} {context.reference}",
        pdf=result.pdf,
        pages=sum(result.pages),
        template_version=template.version,
        sha256=hashlib.sha256(result.pdf).hexdigest(),
        applicant_id=context.applicant_id,
    )


def archive(session: Session, context: LetterContext, template: TemplateInfo) -> LetterPdf:
    """Render the letter and store it; the audit trail records who issued it, about whom."""
    letter = render_context(session, context, template)
    row = Letter(
        kind=context.kind,
        offer_id=context.offer_id,
        applicant_id=context.applicant_id,
        vacancy_id=context.vacancy_id,
        template_id=template.id,
        template_version=template.version,
        pdf=letter.pdf,
        sha256=letter.sha256,
        pages=letter.pages,
    )
    session.add(row)
    session.flush()
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


def archive_offer_letter(session: Session, offer_id: int, on: dt.date | None = None) -> LetterPdf:
    context = contexts.offer_letter(session, offer_id, on)
    return archive(session, context, templates.active(session, LetterKind.OFFER))


def archive_allocation_notice(
    session: Session, offer_id: int, on: dt.date | None = None
) -> LetterPdf:
    context = contexts.allocation_notice(session, offer_id, on)
    return archive(session, context, templates.active(session, LetterKind.ALLOCATION_NOTICE))


def archive_decision(
    session: Session,
    kind: LetterKind,
    applicant_id: int,
    *,
    reasons: str,
    offer_id: int | None = None,
    on: dt.date | None = None,
) -> LetterPdf:
    """A decision letter; refused without reasons (forvaltningsloven § 22 demands them)."""
    if not reasons.strip():
        raise ValidationError(
            translate(
                "Letters",
                "A decision needs its reasons (forvaltningsloven § 22). Write why the decision "
                "was made.",
            ),
            {"reasons": translate("Letters", "Write the reasons.")},
        )
    context = contexts.decision(
        session, kind, applicant_id, reasons=reasons, offer_id=offer_id, on=on
    )
    return archive(session, context, templates.active(session, kind))


# --- workspace level: for the UI and the command line ----------------------------------------


def issue_offer_letter(ws: Workspace, offer_id: int) -> LetterPdf:
    with ws.write() as session:
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
        return archive_decision(
            session, kind, applicant_id, reasons=reasons, offer_id=offer_id, on=ws.today()
        )


def preview_offer_letter(ws: Workspace, offer_id: int) -> LetterPdf:
    """The offer letter as it would be sent now, not archived."""
    with ws.write() as session:  # may add the shipped template on first use
        context = contexts.offer_letter(session, offer_id, None)
        return render_context(session, context, templates.active(session, LetterKind.OFFER))


def preview_template(
    kind: LetterKind, title: str, body: str, has_reply_slip: bool, *, version: int = 0
) -> LetterPdf:
    """A template's text filled with sample data (the editor's live preview).

    Raises TemplateError when the text has errors.
    """
    info = TemplateInfo(0, kind, version, title, body, has_reply_slip, False, "", None)
    return render_context(None, contexts.sample(kind), info)


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
            )
            for r in rows
        ]


def reprint(ws: Workspace, letter_id: int, *, purpose: str | None = None) -> LetterPdf:
    """The archived letter, byte for byte; logged as printed personal data."""
    with ws.write() as session:
        row = session.get(Letter, letter_id)
        if row is None:
            raise NotFound(
                translate("Letters", "There is no archived letter number {id}.").format(
                    id=letter_id
                )
            )
        digest = hashlib.sha256(row.pdf).hexdigest()
        if digest != row.sha256:
            raise DatabaseProblem(
                translate(
                    "Letters",
                    "The archived letter {id} has been changed since it was made (its checksum "
                    "does not match). Contact your system administrator.",
                ).format(id=letter_id)
            )
        row.printed_at = utcnow()
        audit.record(
            session,
            AuditAction.PRINT,
            "letter",
            row.id,
            applicant_id=row.applicant_id,
            purpose=purpose or "reprint",
        )
        kind = row.kind
        reference = contexts.reference_for(kind, row.offer_id, row.applicant_id)
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


def record_printed(ws: Workspace, letter: LetterPdf, *, purpose: str) -> None:
    """Log that a letter's personal data was printed or saved (and stamp an archived one)."""
    with ws.write() as session:
        if letter.letter_id is not None:
            row = session.get(Letter, letter.letter_id)
            if row is not None:
                row.printed_at = utcnow()
        audit.record(
            session,
            AuditAction.PRINT,
            "letter",
            letter.letter_id,
            applicant_id=letter.applicant_id,
            purpose=purpose,
            details={"kind": letter.kind.value, "reference": letter.reference},
        )
