"""The insight report (indsigt, GDPR art. 15): everything the desk holds on one person, as a PDF.

It lists the person's data, the case, the household with its dated legal facts, the status
history, offers, letters, and the access log - when, what and why, but without the staff's names
or workstations. Producing it is logged (with the purpose) and the PDF is archived as a letter of
the kind "insight report". The letter font (desktop.core.letters.fonts) is embedded, so names in
any Latin script print correctly; reportlab is imported only here, when a report is made (every
`anvis` command loads this module: bench/startup.py, the command line).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import AuditAction, LetterKind
from db.models import Applicant, AuditEvent, ImportBatch, Letter
from desktop.core import audit, cpr, formats, settings
from desktop.core.applicants import facts, labels, register
from desktop.core.applicants.access import require_purpose
from desktop.core.applicants.addresses import channel_label
from desktop.core.applicants.views import ApplicantView, HouseholdFacts
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.letters import fonts
from desktop.core.workspace import Workspace


def insight_report(ws: Workspace, applicant_id: int, purpose: str) -> bytes:
    """The PDF for the person; logged as an export with `purpose` and archived."""
    reason = require_purpose(purpose)
    today = ws.today()
    with ws.write() as session:
        applicant = register.load(session, applicant_id)
        if applicant.anonymised_at is not None:
            raise ValidationError(
                translate(
                    "Insight", "The case is anonymised: the desk holds no data on the person."
                )
            )
        view = register.view_of(session, applicant)
        household = facts.households(session, [applicant_id]).get(
            applicant_id, HouseholdFacts(applicant_id)
        )
        log = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.applicant_id == applicant_id)
                .order_by(AuditEvent.at, AuditEvent.id)
            )
        )
        letters = session.execute(
            select(Letter.created_at, Letter.kind)
            .where(Letter.applicant_id == applicant_id)
            .order_by(Letter.created_at)
        ).all()
        source = _source(session, applicant)
        groups = settings.get(session, settings.TARGET_GROUPS, on=today)
        desk = settings.get(session, settings.DESK_CONTACT, on=today)
        group = groups.by_code(view.target_group)
        wait = _estimated_wait(session, view, today)
        story = _Story(
            view,
            cpr.formatted(applicant.cpr),
            household,
            log,
            letters,
            source,
            group.label if group else view.target_group,
            desk,
            today,
            wait,
        )
        pdf, pages = story.build()
        audit.record(
            session,
            AuditAction.EXPORT,
            "applicant",
            applicant_id,
            applicant_id=applicant_id,
            purpose=reason,
            details={"what": "insight_report"},
        )
        session.add(
            Letter(
                kind=LetterKind.INSIGHT_REPORT,
                applicant_id=applicant_id,
                pdf=pdf,
                sha256=hashlib.sha256(pdf).hexdigest(),
                pages=pages,
                printed_at=None,
            )
        )
        return pdf


def _estimated_wait(session: Session, view: ApplicantView, today: dt.date) -> str | None:
    """The estimated wait told to the citizen, while on the list (the forecast is imported
    here: every command loads this module)."""
    from desktop.core.forecast import forecast_in, texts  # noqa: PLC0415
    from desktop.core.matching.load import ON_LIST  # noqa: PLC0415

    if view.status not in ON_LIST:
        return None
    return texts.for_citizen(forecast_in(session, view.id, today))


def _source(session: Session, applicant: Applicant) -> str | None:
    if applicant.import_batch_id is None:
        return None
    batch = session.get(ImportBatch, applicant.import_batch_id)
    if batch is None:
        return None
    return translate("Insight", "Imported from the list {file} on {date}").format(
        file=batch.filename, date=formats.date(batch.created_at.date())
    )


def _yes(value: bool) -> str:
    return translate("Insight", "Yes") if value else translate("Insight", "No")


class _Story:
    def __init__(
        self,
        view: ApplicantView,
        full_cpr: str,
        household: HouseholdFacts,
        log: Sequence[AuditEvent],
        letters: Sequence[Any],
        source: str | None,
        group: str,
        desk: settings.DeskContact,
        today: dt.date,
        wait: str | None = None,
    ) -> None:
        self.view = view
        self.full_cpr = full_cpr
        self.household = household
        self.log = log
        self.letters = letters
        self.source = source
        self.group = group
        self.desk = desk
        self.today = today
        self.wait = wait  # the estimated wait in words, for an applicant on the list

    def build(self) -> tuple[bytes, int]:
        from reportlab.lib import colors  # noqa: PLC0415
        from reportlab.lib.pagesizes import A4  # noqa: PLC0415
        from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
        from reportlab.lib.units import mm  # noqa: PLC0415
        from reportlab.platypus import (  # noqa: PLC0415
            Paragraph,
            SimpleDocTemplate,
            Spacer,
            Table,
            TableStyle,
        )

        fonts.register()
        body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
        small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
        heading = ParagraphStyle(
            "heading", parent=body, fontName=fonts.BOLD, fontSize=12, spaceBefore=10, spaceAfter=4
        )
        title = ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=16, leading=20)

        def para(value: object, style: ParagraphStyle = body) -> Any:
            text = "" if value is None else str(value)
            escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            return Paragraph(escaped.replace("\n", "<br/>"), style)

        def table(rows: Sequence[Sequence[object]], widths: Sequence[float], header: bool) -> Any:
            data = [[para(c, small) for c in row] for row in rows]
            result = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
            style = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke))
            result.setStyle(TableStyle(style))
            return result

        def pairs(rows: Sequence[tuple[str, object]]) -> Any:
            return table([(k, "" if v is None else v) for k, v in rows], (55, 115), False)

        v = self.view
        d = self.desk
        story: list[Any] = [
            para(f"{d.municipality} · {d.unit} · {d.address} · {d.postcode_city}", small),
            para(f"{d.phone} · {d.email}", small),
            Spacer(1, 6 * mm),
            para(translate("Insight", "Insight into your personal data"), title),
            Spacer(1, 2 * mm),
            para(
                translate(
                    "Insight",
                    "This is everything {unit} holds about you on {date} (the General Data "
                    "Protection Regulation, article 15).",
                ).format(unit=d.unit, date=formats.long_date(self.today))
            ),
            para(translate("Insight", "Personal data"), heading),
            pairs(
                [
                    (translate("Insight", "Name"), v.name),
                    (translate("Insight", "CPR number"), self.full_cpr or labels.without_cpr()),
                    (translate("Insight", "Birth date"), formats.date(v.birth_date)),
                    (translate("Insight", "Address"), ", ".join(v.address_lines) or None),
                    (translate("Insight", "Whereabouts"), v.whereabouts),
                    (translate("Insight", "Letters reach you by"), channel_label(v.delivery)),
                    (translate("Insight", "Phone"), v.phone),
                    (translate("Insight", "E-mail"), v.email),
                    (translate("Insight", "Exempt from digital post"), _yes(v.exempt_digital_post)),
                ]
            ),
            para(translate("Insight", "Your case"), heading),
            pairs(
                [
                    (translate("Insight", "Registered"), formats.date(v.registered_on)),
                    (translate("Insight", "Status"), labels.status(v.status)),
                    (translate("Insight", "Paused until"), formats.date(v.paused_until)),
                    (translate("Insight", "Reason for removal"), v.removed_reason),
                    (translate("Insight", "Closed"), formats.date(v.closed_on)),
                    (translate("Insight", "Target group"), self.group),
                    (translate("Insight", "Priority"), labels.urgency(v.urgency)),
                    (translate("Insight", "Caseworker"), v.caseworker),
                    (translate("Insight", "Source"), self.source),
                ]
            ),
            *(
                []
                if self.wait is None
                else [para(translate("Insight", "Estimated wait"), heading), para(self.wait)]
            ),
            para(translate("Insight", "Wishes and needs"), heading),
            pairs(
                [
                    (translate("Insight", "Highest rent"), formats.money(v.max_rent)),
                    (translate("Insight", "Rooms"), formats.rooms_range(v.rooms_min, v.rooms_max)),
                    (translate("Insight", "Wheelchair user"), _yes(v.needs_wheelchair)),
                    (translate("Insight", "Step-free access"), _yes(v.needs_step_free)),
                    (translate("Insight", "Ground floor"), _yes(v.needs_ground_floor)),
                    (translate("Insight", "Pets"), _yes(v.has_pets)),
                    (translate("Insight", "Wanted areas"), ", ".join(v.wanted_areas)),
                    (
                        translate("Insight", "Departments not to be offered"),
                        "\n".join(
                            f"{e.label}: {e.reason}" if e.reason else e.label
                            for e in v.excluded_departments
                        ),
                    ),
                    (translate("Insight", "Notes"), v.notes),
                ]
            ),
            para(translate("Insight", "Household"), heading),
        ]
        members = [
            (
                translate("Insight", "Relation"),
                translate("Insight", "Name"),
                translate("Insight", "Birth date"),
                translate("Insight", "Registered facts"),
            )
        ]
        for member in self.household.members:
            members.append(
                (
                    labels.relation(member.relation),
                    member.name or "",
                    formats.date(member.birth_date),
                    "\n".join(
                        " ".join(
                            p
                            for p in (
                                labels.fact_kind(f.kind),
                                f.label or "",
                                _period(f.start_date, f.end_date),
                                f.note or "",
                            )
                            if p
                        )
                        for f in member.facts
                    ),
                )
            )
        story.append(table(members, (28, 50, 24, 68), True))
        story.append(para(translate("Insight", "Status history"), heading))
        history = [
            (
                translate("Insight", "Date"),
                translate("Insight", "Status"),
                translate("Insight", "Note"),
            )
        ]
        history += [
            (formats.date(e.at.date()), labels.status(e.to_status), e.note or "") for e in v.events
        ]
        story.append(table(history, (28, 40, 102), True))
        story.append(para(translate("Insight", "Offers of a dwelling"), heading))
        if v.offers:
            offers = [
                (
                    translate("Insight", "Sent"),
                    translate("Insight", "Dwelling"),
                    translate("Insight", "Status"),
                    translate("Insight", "Answered"),
                )
            ]
            offers += [
                (
                    formats.date(o.sent_on),
                    f"{o.address} ({o.department})",
                    labels.offer_status(o.status),
                    formats.date(o.answered_on),
                )
                for o in v.offers
            ]
            story.append(table(offers, (24, 86, 32, 28), True))
        else:
            story.append(para(translate("Insight", "None.")))
        story.append(para(translate("Insight", "Letters"), heading))
        if self.letters:
            story.append(
                table(
                    [(translate("Insight", "Date"), translate("Insight", "Letter"))]
                    + [(formats.date(at.date()), _letter(kind)) for at, kind in self.letters],
                    (28, 142),
                    True,
                )
            )
        else:
            story.append(para(translate("Insight", "None.")))
        story.append(para(translate("Insight", "Who looked at your data and why"), heading))
        story.append(
            para(
                translate(
                    "Insight",
                    "Every time your full CPR number was shown, you were searched for by it, or "
                    "your data was exported, printed or changed. Staff names are left out.",
                ),
                small,
            )
        )
        access = [
            (
                translate("Insight", "Time"),
                translate("Insight", "What"),
                translate("Insight", "Purpose"),
            )
        ]
        access += [
            (
                f"{formats.date(e.at.date())} {e.at:%H:%M}",
                labels.audit_action(e.action),
                e.purpose or "",
            )
            for e in self.log
        ]
        story.append(table(access, (34, 56, 80), True))
        story.append(Spacer(1, 6 * mm))
        story.append(
            para(
                translate(
                    "Insight",
                    "Questions about your data: contact {unit}, {phone}, {email}. You may ask us "
                    "to correct wrong data, and complain to Datatilsynet (www.datatilsynet.dk).",
                ).format(unit=d.unit, phone=d.phone, email=d.email),
                small,
            )
        )

        buffer = io.BytesIO()
        pages: list[int] = []

        def footer(canvas: Any, document: Any) -> None:
            pages.append(document.page)
            canvas.setFont(fonts.REGULAR, 8)
            canvas.drawRightString(
                A4[0] - 18 * mm,
                10 * mm,
                translate("Insight", "Insight report, {date}, page {page}").format(
                    date=formats.date(self.today), page=document.page
                ),
            )

        document = SimpleDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=translate("Insight", "Insight into your personal data"),
            author=d.municipality,
        )
        document.build(story, onFirstPage=footer, onLaterPages=footer)
        return buffer.getvalue(), max(pages or [1])


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return ""
    return (
        f"{formats.date(start)}-{formats.date(end)}"
        if end
        else translate("Insight", "from {date}").format(date=formats.date(start))
    )


def _letter(kind: LetterKind) -> str:
    return {
        LetterKind.OFFER: translate("Insight", "Offer of a dwelling"),
        LetterKind.ALLOCATION_NOTICE: translate("Insight", "Allocation notice"),
        LetterKind.DECISION_REMOVAL: translate("Insight", "Decision: removal from the list"),
        LetterKind.DECISION_REFUSAL: translate("Insight", "Decision: refusal"),
        LetterKind.LANDLORD_ANSWER: translate(
            "Insight", "Answer to a private landlord, naming you as the tenant"
        ),
        LetterKind.INSIGHT_REPORT: translate("Insight", "Insight report"),
    }[kind]
