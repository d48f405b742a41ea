"""Data protection: the retention period, and anonymising closed cases after it.

A case is closed when the applicant is housed or removed from the list (`closed_on`). After the
retention period (the setting RETENTION_YEARS, 5 years by default) the person's data is no longer
needed, and staff anonymise the due cases from the privacy page (or `anvis privacy anonymise`).

Anonymising keeps what the statistics count - target group, dates of registration and closing,
status, urgency, household size and composition, the wishes (rent, rooms, needs), offers and their
outcomes, who handled it - and erases everything that identifies the person or says something
about them: name, CPR number, birth date, address, phone, e-mail, notes, the reason for a removal,
the household members' names, CPR numbers and birth dates, every legal fact, excluded
departments (with their reasons), the notes of the status history and of offers, the texts of
refusals, the archived letters' PDF files, the purposes and details in the access log, the
messages of the import rows that created the record, and the search index. On SQLite the freed
space is overwritten (secure_delete), the FTS index is merged so that no old segment keeps the
words, and the write-ahead log is checkpointed; on PostgreSQL the touched tables are rewritten
(`purge`). The run then checks that the cases are erased (`check_erased`), deletes the copy of
the database it took just before, and applies the backups' rotation, so that no dated copy older
than the rotation allows still holds what was erased (`backups.prune`).

The original file of an applicant import is not stored at all, only its name, size and SHA-256
(`importer.ApplicantSpec.write`): the workbook holds hundreds of people, and one person cannot be
cut out of a stored file when their case is anonymised; keeping it would keep every person's data
beyond their own retention period (GDPR art. 5(1)(c) and (e), data minimisation and storage
limitation). The register rows and the per-row import outcomes are the record of what was
imported; the hash proves which file it was and spots a second import of the same file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from db.base import utcnow
from db.enums import ApplicantStatus, AuditAction, DeliveryChannel, ImportKind
from db.models import (
    Applicant,
    ApplicantEvent,
    ApplicantExcludedDepartment,
    HouseholdMember,
    ImportBatch,
    ImportRow,
    LegalFact,
    Letter,
    Offer,
    OfferEvent,
)
from desktop.core import audit, cpr, settings
from desktop.core.applicants import purge
from desktop.core.applicants.erasure_check import check_erased
from desktop.core.applicants.search_text import ANONYMISED_SORT
from desktop.core.backups import backup_before, discard, prune
from desktop.core.errors import ValidationError
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace

CLOSED = (ApplicantStatus.HOUSED, ApplicantStatus.REMOVED)
_EMPTY_PDF_SHA = hashlib.sha256(b"").hexdigest()
MAX_RETENTION_YEARS = 30


@dataclass(frozen=True)
class RetentionCandidate:
    id: int
    name: str
    cpr_masked: str
    status: ApplicantStatus
    registered_on: dt.date
    closed_on: dt.date


# Every table `_erase` changes: their files are purged after a run.
ERASED_TABLES = (
    "applicant",
    "household_member",
    "legal_fact",
    "applicant_excluded_department",
    "applicant_event",
    "offer",
    "offer_event",
    "letter",
    "audit_event",
    "import_row",
    "import_batch",
)


@dataclass(frozen=True)
class AnonymisationResult:
    ids: tuple[int, ...]
    dry_run: bool
    cutoff: dt.date
    not_rewritten: tuple[str, ...] = ()  # PostgreSQL tables whose old files the server kept

    @property
    def count(self) -> int:
        return len(self.ids)

    def leftover_warning(self) -> str | None:
        """What the user must tell IT when the server kept old table files (else None)."""
        if not self.not_rewritten:
            return None
        return translate(
            "Privacy",
            "The cases are anonymised, but the database server did not rewrite the tables {tables}"
            ": the erased values stay in their files until it does. Ask IT to run VACUUM FULL on "
            "them (see the README).",
        ).format(tables=", ".join(self.not_rewritten))


def retention_years(ws: Workspace) -> int:
    with ws.read() as session:
        return settings.get(session, settings.RETENTION_YEARS, on=ws.today())


def set_retention_years(ws: Workspace, years: int, *, valid_from: dt.date | None = None) -> None:
    if not 1 <= years <= MAX_RETENTION_YEARS:
        raise ValidationError(
            translate("Privacy", "The retention period must be between 1 and 30 years."),
            {"years": translate("Privacy", "Between 1 and 30.")},
        )
    with ws.write() as session:
        settings.put(session, settings.RETENTION_YEARS, years, valid_from or ws.today())
        audit.record(
            session, AuditAction.UPDATE, "setting", None, details={"retention_years": years}
        )


def cutoff_for(today: dt.date, years: int) -> dt.date:
    """Cases closed on or before this day are past the retention period."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _due_query(cutoff: dt.date) -> Select[Applicant]:
    return select(Applicant).where(
        Applicant.status.in_(CLOSED),
        Applicant.closed_on.is_not(None),
        Applicant.closed_on <= cutoff,
        Applicant.anonymised_at.is_(None),
    )


def due_for_anonymisation(ws: Workspace) -> list[RetentionCandidate]:
    """Closed cases past the retention period, oldest first."""
    with ws.read() as session:
        years = settings.get(session, settings.RETENTION_YEARS, on=ws.today())
        cutoff = cutoff_for(ws.today(), years)
        rows = session.scalars(_due_query(cutoff).order_by(Applicant.closed_on, Applicant.id))
        return [
            RetentionCandidate(
                a.id, a.name, cpr.masked(a.cpr), a.status, a.registered_on, a.closed_on
            )
            for a in rows
            if a.closed_on is not None
        ]


def anonymise(
    ws: Workspace, applicant_ids: Sequence[int] | None = None, *, dry_run: bool = False
) -> AnonymisationResult:
    """Anonymise the given closed cases that are past the retention period (all of them when
    `applicant_ids` is None). Cases not due are refused, so a mistaken id cannot erase an open
    case. With `dry_run` nothing changes: the result says which cases would be anonymised."""
    today = ws.today()
    copy = None if dry_run else backup_before(ws, "anonymise")
    with ws.write() as session:
        years = settings.get(session, settings.RETENTION_YEARS, on=today)
        cutoff = cutoff_for(today, years)
        # Held and read as stored now: a case reopened on another workstation meanwhile is no
        # longer due and is not erased.
        due = {
            a.id: a
            for a in session.scalars(
                _due_query(cutoff)
                .order_by(Applicant.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        }
        if applicant_ids is None:
            chosen = sorted(due)
        else:
            chosen = sorted(set(applicant_ids))
            not_due = [i for i in chosen if i not in due]
            if not_due:
                raise ValidationError(
                    plural(
                        len(not_due),
                        translate(
                            "Privacy",
                            "{n} of the chosen cases is not closed past the retention period and "
                            "was not anonymised. Refresh the list and try again.",
                        ),
                        translate(
                            "Privacy",
                            "{n} of the chosen cases are not closed past the retention period "
                            "and were not anonymised. Refresh the list and try again.",
                        ),
                    )
                )
        if dry_run:
            return AnonymisationResult(tuple(chosen), True, cutoff)
        for start in range(0, len(chosen), 500):
            _erase(session, chosen[start : start + 500])
        if chosen:
            audit.record(
                session, AuditAction.ANONYMISE, "applicant", None, details={"count": len(chosen)}
            )
        if chosen and session.get_bind().dialect.name == "sqlite":
            # Merge the FTS segments: deleted entries are dropped, freed pages overwritten.
            session.execute(text("INSERT INTO applicant_fts(applicant_fts) VALUES ('optimize')"))
            stat4 = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'"
            if session.execute(text(stat4)).first() is not None:  # samples of index keys
                session.execute(text("ANALYZE"))
    not_rewritten: tuple[str, ...] = ()
    if chosen and ws.database.is_sqlite:
        purge.checkpoint(ws)
    elif chosen:
        not_rewritten = purge.rewrite_tables(ws, ERASED_TABLES)
    check_erased(ws, chosen)  # ErasureIncomplete (a bug) keeps the copy
    if copy is not None:
        discard(copy)  # it holds everyone just erased: it goes once the erasure is checked
    prune(ws)
    return AnonymisationResult(tuple(chosen), False, cutoff, not_rewritten)


def _erase(session: Session, ids: Sequence[int]) -> None:
    now = utcnow()
    session.execute(
        update(Applicant)
        .where(Applicant.id.in_(ids))
        .values(
            name="",
            cpr=None,
            birth_date=None,
            care_of=None,
            street=None,
            postcode=None,
            town=None,
            whereabouts=None,
            delivery=DeliveryChannel.NONE,
            address_review=None,
            phone=None,
            email=None,
            exempt_digital_post=False,
            removed_reason=None,
            notes=None,
            search_text=None,
            sort_name=ANONYMISED_SORT,
            caseworker_sort="",
            anonymised_at=now,
            updated_at=now,
            updated_by=str(session.info.get("user", "")),
            version=Applicant.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    members = select(HouseholdMember.id).where(HouseholdMember.applicant_id.in_(ids))
    session.execute(delete(LegalFact).where(LegalFact.member_id.in_(members)))
    session.execute(
        update(HouseholdMember)
        .where(HouseholdMember.applicant_id.in_(ids))
        .values(name=None, cpr=None, birth_date=None, version=HouseholdMember.version + 1)
    )
    session.execute(
        delete(ApplicantExcludedDepartment).where(ApplicantExcludedDepartment.applicant_id.in_(ids))
    )
    session.execute(
        update(ApplicantEvent).where(ApplicantEvent.applicant_id.in_(ids)).values(note=None)
    )
    offers = select(Offer.id).where(Offer.applicant_id.in_(ids))
    session.execute(
        update(Offer)
        .where(Offer.applicant_id.in_(ids))
        .values(decline_text=None, letter_note=None, ranking_snapshot=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(update(OfferEvent).where(OfferEvent.offer_id.in_(offers)).values(note=None))
    session.execute(
        update(Letter)
        .where(or_(Letter.applicant_id.in_(ids), Letter.offer_id.in_(offers)))
        .values(pdf=b"", sha256=_EMPTY_PDF_SHA, context=None)
    )
    audit.erase_personal_data(session, ids)
    applicant_batches = select(ImportBatch.id).where(ImportBatch.kind == ImportKind.APPLICANTS)
    session.execute(
        update(ImportRow)
        .where(ImportRow.entity_id.in_(ids), ImportRow.batch_id.in_(applicant_batches))
        .values(messages=[])
    )
    session.execute(
        update(ImportBatch)
        .where(ImportBatch.kind == ImportKind.APPLICANTS, ImportBatch.file_bytes != b"")
        .values(file_bytes=b"")
    )
    for applicant_id in ids:
        audit.record(
            session, AuditAction.ANONYMISE, "applicant", applicant_id, applicant_id=applicant_id
        )
