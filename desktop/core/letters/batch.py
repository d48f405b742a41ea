"""Many letters in one PDF: "print today's letters", and the offer letters of chosen offers.

Built in chunks: the letters' data is read `chunk_size` offers at a time (each chunk in its own
short read transaction, so its database objects are released), and each letter is drawn onto
the one open PDF and forgotten; memory stays bounded whatever the number of letters.

A letter that has been archived is printed with the template version it was archived with.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from db.base import utcnow
from db.enums import AuditAction, LetterKind, OfferStatus
from db.models import Applicant, Department, Letter, Offer, Vacancy
from desktop.core import audit, settings
from desktop.core.errors import FileProblem, NotFound
from desktop.core.i18n import translate
from desktop.core.letters import context as contexts
from desktop.core.letters import render, templates
from desktop.core.letters.archive import prepared
from desktop.core.letters.look import LETTER_SETTINGS
from desktop.core.letters.templates import TemplateInfo
from desktop.core.workspace import Workspace

CHUNK_SIZE = 100

# (done, total) -> False to stop
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class BatchResult:
    path: Path
    letters: int
    pages: int
    cancelled: bool = False


Job = tuple[LetterKind, int]  # (kind, offer id)


def due_on(session: Session, day: dt.date) -> list[Job]:
    """The letters of a day: offer letters of the offers sent that day, then the allocation
    notices made that day; each in offer order."""
    sent = session.scalars(
        select(Offer.id)
        .where(Offer.sent_on == day, Offer.status != OfferStatus.DRAFT)
        .order_by(Offer.id)
    ).all()
    notices = session.scalars(
        select(Offer.id).where(Offer.allocation_notice_on == day).order_by(Offer.id)
    ).all()
    return [(LetterKind.OFFER, i) for i in sent] + [
        (LetterKind.ALLOCATION_NOTICE, i) for i in notices
    ]


def _archived_versions(session: Session, jobs: Sequence[Job]) -> dict[Job, int]:
    """The template version each job's newest archived letter was made with."""
    ids = [offer_id for _, offer_id in jobs]
    rows = session.execute(
        select(Letter.kind, Letter.offer_id, Letter.template_version)
        .where(Letter.offer_id.in_(ids))
        .order_by(Letter.id)
    ).all()
    return {
        (kind, offer_id): version
        for kind, offer_id, version in rows
        if offer_id is not None and version is not None
    }


def _load(session: Session, jobs: Sequence[Job]) -> list[Offer]:
    """Read a chunk's offers with everything their letters show, in a few queries."""
    applicant = joinedload(Offer.applicant)
    return list(
        session.scalars(
            select(Offer)
            .where(Offer.id.in_([offer_id for _, offer_id in jobs]))
            .options(
                applicant.selectinload(Applicant.members),
                applicant.joinedload(Applicant.caseworker),
                joinedload(Offer.vacancy)
                .joinedload(Vacancy.department)
                .joinedload(Department.organisation),
            )
        ).unique()
    )


def _chunks(jobs: Sequence[Job], size: int) -> Iterator[Sequence[Job]]:
    for start in range(0, len(jobs), size):
        yield jobs[start : start + size]


def _atomic_target(path: Path) -> tuple[int, str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=".anvis-", suffix=".pdf", dir=path.parent)
    except OSError as exc:
        raise FileProblem(
            translate("Letters", "{path} cannot be written: {error}").format(
                path=path, error=exc.strerror
            )
        ) from exc


@dataclass(frozen=True)
class Step:
    """How far a batch has come (the UI's background-task helper reads done/total/text)."""

    done: int
    total: int
    pages: int
    text: str = ""


def letter_steps(
    ws: Workspace,
    jobs: Sequence[Job],
    out: Path,
    *,
    purpose: str,
    chunk_size: int = CHUNK_SIZE,
) -> Generator[Step, None, BatchResult]:
    """Write the letters of `jobs` into one PDF at `out`, yielding a `Step` after each letter.

    The file appears only when every letter is written; closing the generator early (a cancel)
    leaves nothing behind. Returns the BatchResult.
    """
    with ws.write() as session:  # adds the shipped templates on first use
        active = {kind: templates.active(session, kind) for kind in {k for k, _ in jobs}}
        logo = settings.get(session, LETTER_SETTINGS, on=ws.today()).logo_path()
    handle, temp_name = _atomic_target(out)
    pages = 0
    printed: list[tuple[LetterKind, int, int]] = []
    try:
        with os.fdopen(handle, "wb") as stream:
            book = render.LetterBook(
                stream,
                logo=logo,
                title=translate("Letters", "Letters"),
                author=purpose,
            )
            for chunk in _chunks(jobs, chunk_size):
                with ws.read() as session:
                    loaded = _load(session, chunk)  # noqa: F841 - keeps the objects in the session
                    versions = _archived_versions(session, chunk)
                    work = []
                    for kind, offer_id in chunk:
                        if kind == LetterKind.OFFER:
                            context = contexts.offer_letter(session, offer_id)
                        else:
                            context = contexts.allocation_notice(session, offer_id)
                        info = _template(session, kind, versions.get((kind, offer_id)), active)
                        work.append((context, info))
                for context, info in work:
                    pages += book.add(context, prepared(info))
                    printed.append((context.kind, context.offer_id or 0, context.applicant_id or 0))
                    yield Step(len(printed), len(jobs), pages, context.reference)
            book.close()
        os.replace(temp_name, out)
    except OSError as exc:
        _remove(temp_name)
        raise FileProblem(
            translate("Letters", "{path} cannot be written: {error}").format(
                path=out, error=exc.strerror
            )
        ) from exc
    except BaseException:  # also GeneratorExit: a cancel
        _remove(temp_name)
        raise
    _log_printed(ws, printed, purpose)
    return BatchResult(out, len(printed), pages)


def write_letters(
    ws: Workspace,
    jobs: Sequence[Job],
    out: Path,
    *,
    purpose: str,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> BatchResult:
    """Write the letters of `jobs` into one PDF at `out` (replaced only when complete)."""
    steps = letter_steps(ws, jobs, out, purpose=purpose, chunk_size=chunk_size)
    step = Step(0, len(jobs), 0)
    while True:
        try:
            step = next(steps)
        except StopIteration as finished:
            result: BatchResult = finished.value
            return result
        if progress is not None and not progress(step.done, step.total):
            steps.close()
            return BatchResult(out, step.done, step.pages, cancelled=True)


def _remove(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)


def _template(
    session: Session,
    kind: LetterKind,
    archived_version: int | None,
    active: dict[LetterKind, TemplateInfo],
) -> TemplateInfo:
    current = active[kind]
    if archived_version is None or archived_version == current.version:
        return current
    return templates.by_version(session, kind, archived_version)


def _log_printed(ws: Workspace, printed: list[tuple[LetterKind, int, int]], purpose: str) -> None:
    """Printing personal data is logged, one event per letter; archived letters get stamped."""
    now = utcnow()
    with ws.write() as session:
        offer_ids = [offer_id for _, offer_id, _ in printed]
        for start in range(0, len(offer_ids), 500):
            for row in session.scalars(
                select(Letter).where(Letter.offer_id.in_(offer_ids[start : start + 500]))
            ):
                row.printed_at = now
        for kind, offer_id, applicant_id in printed:
            audit.record(
                session,
                AuditAction.PRINT,
                "offer",
                offer_id,
                applicant_id=applicant_id,
                purpose=purpose,
                details={"kind": kind.value},
            )


def _day_jobs(ws: Workspace, day: dt.date) -> tuple[list[Job], str]:
    with ws.read() as session:
        jobs = due_on(session, day)
    if not jobs:
        raise NotFound(
            translate("Letters", "There are no letters for {day}.").format(day=day.isoformat())
        )
    return jobs, translate("Letters", "Letters of {day}").format(day=day.isoformat())


def write_batch(
    ws: Workspace,
    day: dt.date,
    out: Path,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> BatchResult:
    """Print today's letters: every letter due on `day` in one PDF."""
    jobs, purpose = _day_jobs(ws, day)
    return write_letters(ws, jobs, out, purpose=purpose, chunk_size=chunk_size, progress=progress)


def batch_steps(
    ws: Workspace, day: dt.date, out: Path, *, chunk_size: int = CHUNK_SIZE
) -> Generator[Step, None, BatchResult]:
    """`write_batch` as a generator of progress, for the UI's background tasks."""
    jobs, purpose = _day_jobs(ws, day)
    return (yield from letter_steps(ws, jobs, out, purpose=purpose, chunk_size=chunk_size))


def write_offer_letters(
    ws: Workspace,
    offer_ids: Sequence[int],
    out: Path,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> BatchResult:
    """The offer letters of the given offers, in the given order, in one PDF."""
    with ws.read() as session:
        found = set(session.scalars(select(Offer.id).where(Offer.id.in_(list(offer_ids)))))
    missing = [i for i in offer_ids if i not in found]
    if missing:
        raise NotFound(
            translate("Letters", "There is no offer number {ids}.").format(
                ids=", ".join(str(i) for i in missing)
            )
        )
    jobs = [(LetterKind.OFFER, i) for i in offer_ids]
    purpose = translate("Letters", "Offer letters")
    return write_letters(ws, jobs, out, purpose=purpose, chunk_size=chunk_size, progress=progress)
