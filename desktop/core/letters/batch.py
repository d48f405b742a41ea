"""Many letters in one PDF: "print today's letters", and the offer letters of chosen offers.

The day's letters are the letters archived with that date (`Letter.letter_date`): offer letters,
allocation notices, decision letters and answers to private landlords (insight reports are handed
out on their own), in the
order the desk sorts its post: by kind, then by the recipient's name (Danish order), then in the
order they were made. Letters of anonymised people (their PDF erased) are left out.

Each archived letter is drawn from the data stored with it (`Letter.context`), with the template
version and logo it was drawn with: the pages are the letter that was archived and sent, whatever
has been edited since (the applicant, the dwelling, the desk's contact). A letter that cannot be
drawn exactly as it was - archived before its data was stored (migration 0008), or drawn with
another layout, reportlab version or logo file - is copied from its archived PDF instead (pypdf
joins those pages with the drawn ones; such a batch holds the joined pages in memory until it is
written, which only days before migration 0008 or after such a change need).

Built in chunks: the letters' data is read `chunk_size` letters at a time (each chunk in its own
short read transaction), and each letter is drawn onto the one open PDF and forgotten; memory
stays bounded whatever the number of letters. The file appears only when it is complete.

pypdf (~200 ms) is imported inside the functions that use it: every `anvis` command loads this
module (bench/startup.py, the command line).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, joinedload

from db.base import utcnow
from db.enums import AuditAction, DeliveryChannel, LetterKind
from db.models import Applicant, Department, Letter, Offer, Organisation, Vacancy
from desktop.core import audit, formats, settings
from desktop.core.applicants.addresses import require_deliverable
from desktop.core.errors import FileProblem, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.letters import context as contexts
from desktop.core.letters import danish, render, templates, to_deliver
from desktop.core.letters.archive import (
    STORED_COLUMNS,
    Redrawer,
    StoredLetter,
    check_unchanged,
    posted_when_printed,
    prepared,
)
from desktop.core.letters.context import LetterContext
from desktop.core.letters.look import LETTER_SETTINGS
from desktop.core.letters.templates import TemplateInfo
from desktop.core.workspace import Workspace

CHUNK_SIZE = 100

# The kinds of the day's letters, in the order they are printed.
DAY_KINDS = (
    LetterKind.OFFER,
    LetterKind.ALLOCATION_NOTICE,
    LetterKind.DECISION_REMOVAL,
    LetterKind.DECISION_REFUSAL,
    LetterKind.LANDLORD_ANSWER,
)
_ERASED = hashlib.sha256(b"").hexdigest()  # an anonymised person's letter: its PDF is erased

# (done, total) -> False to stop
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class BatchResult:
    path: Path
    letters: int
    pages: int
    cancelled: bool = False
    copied: int = 0  # letters copied from their archived PDF (they could not be drawn again)


@dataclass(frozen=True)
class Job:
    """One letter of a batch: an archived letter, or an offer letter not archived (drawn from
    the offer's current data with the active template)."""

    kind: LetterKind
    letter_id: int | None = None
    offer_id: int | None = None


def due_on(session: Session, day: dt.date) -> list[Job]:
    """The day's letters (see the module's text), in print order; not those that go by Digital
    Post (they are exported: `delivery.export_for_digital_post`)."""
    stored_name = Letter.context[("recipient", 0)].as_string()
    rows = session.execute(
        select(Letter.id, Letter.kind, stored_name, Applicant.name, Organisation.name)
        .outerjoin(Applicant, Applicant.id == Letter.applicant_id)
        .outerjoin(Offer, Offer.id == Letter.offer_id)
        .outerjoin(Vacancy, Vacancy.id == Offer.vacancy_id)
        .outerjoin(Department, Department.id == Vacancy.department_id)
        .outerjoin(Organisation, Organisation.id == Department.organisation_id)
        .where(
            Letter.letter_date == day,
            Letter.kind.in_(DAY_KINDS),
            Letter.sha256 != _ERASED,
            # Digital Post letters are exported, not printed; a letter made without a way to
            # reach the citizen and issued again since is not printed either.
            or_(Letter.delivery.is_(None), Letter.delivery != DeliveryChannel.DIGITAL_POST),
            or_(
                Letter.delivery.is_(None),
                Letter.delivery != DeliveryChannel.NONE,
                ~to_deliver.superseded(),
            ),
        )
    ).all()

    ordered: list[tuple[int, str, int, LetterKind]] = []
    for letter_id, kind, stored, applicant, organisation in rows:
        name = stored  # the name in the envelope window
        if name is None:  # a letter without stored data: its recipient's name today
            name = organisation if kind == LetterKind.ALLOCATION_NOTICE else applicant
        ordered.append((DAY_KINDS.index(kind), danish.sort_key(name or ""), letter_id, kind))
    ordered.sort()
    return [Job(kind, letter_id=letter_id) for _, _, letter_id, kind in ordered]


def refuse_undeliverable(session: Session, jobs: Sequence[Job]) -> None:
    """ValidationError (nothing is printed) when a letter of `jobs` has no way to reach its
    citizen: an archived letter made while no channel was chosen, or an offer letter to be drawn
    now for an applicant without a usable channel. It says what to choose."""
    problems: list[str] = []
    archived = [j.letter_id for j in jobs if j.letter_id is not None]
    for start in range(0, len(archived), 500):
        problems += [
            name
            for (name,) in session.execute(
                select(Applicant.name)
                .join(Letter, Letter.applicant_id == Applicant.id)
                .where(
                    Letter.id.in_(archived[start : start + 500]),
                    Letter.delivery == DeliveryChannel.NONE,
                )
                .order_by(Letter.id)
            )
        ]
    if problems:
        raise ValidationError(
            translate(
                "Letters",
                "Nothing was printed: no way to reach {names} was chosen when their letter was "
                "made. Choose how letters reach them (own address, c/o address, hand-over by "
                "the caseworker or Digital Post) in the applicant's form, then issue the letter "
                "again.",
            ).format(names=", ".join(problems))
        )
    fresh = [j.offer_id for j in jobs if j.letter_id is None and j.offer_id is not None]
    for start in range(0, len(fresh), 500):
        for applicant in session.scalars(
            select(Applicant)
            .join(Offer, Offer.applicant_id == Applicant.id)
            .where(Offer.id.in_(fresh[start : start + 500]))
            .order_by(Offer.id)
        ):
            require_deliverable(applicant)


def _chunks(jobs: Sequence[Job], size: int) -> Iterator[Sequence[Job]]:
    for start in range(0, len(jobs), size):
        yield jobs[start : start + size]


def _atomic_target(path: Path) -> tuple[int, str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=".anvis-", suffix=".pdf", dir=path.parent)
    except OSError as exc:
        raise _unwritable(path, exc) from exc


def _unwritable(path: Path, exc: OSError) -> FileProblem:
    return FileProblem(
        translate("Letters", "{path} cannot be written: {error}").format(
            path=path, error=exc.strerror
        )
    )


@dataclass(frozen=True)
class Step:
    """How far a batch has come (the UI's background-task helper reads done/total/text)."""

    done: int
    total: int
    pages: int
    text: str = ""


@dataclass(frozen=True)
class _Drawn:
    job: Job
    context: LetterContext
    template: TemplateInfo
    logo: Path


@dataclass(frozen=True)
class _Copied:
    job: Job
    reference: str
    applicant_id: int | None


def _load_offers(session: Session, offer_ids: list[int]) -> list[Offer]:
    """Read the offers of letters not archived, with everything their letters show."""
    applicant = joinedload(Offer.applicant)
    return list(
        session.scalars(
            select(Offer)
            .where(Offer.id.in_(offer_ids))
            .options(
                applicant.selectinload(Applicant.members),
                applicant.joinedload(Applicant.caseworker),
                joinedload(Offer.vacancy)
                .joinedload(Vacancy.department)
                .joinedload(Department.organisation),
            )
        ).unique()
    )


class _Reader:
    """Reads a chunk of jobs into what to draw and what to copy."""

    def __init__(
        self, session: Session, active: dict[LetterKind, TemplateInfo], today: dt.date
    ) -> None:
        self.active = active
        # a scheme's own texts, each looked up once (the ordinary ones are `active`)
        self.variants: dict[tuple[LetterKind, str], TemplateInfo] = {}
        self.redrawer = Redrawer()
        self.logo = settings.get(session, LETTER_SETTINGS, on=today).logo_path()

    def read(self, session: Session, chunk: Sequence[Job]) -> list[_Drawn | _Copied]:
        stored = {
            row[0]: StoredLetter(*row)
            for row in session.execute(
                select(*STORED_COLUMNS).where(
                    Letter.id.in_([j.letter_id for j in chunk if j.letter_id is not None])
                )
            )
        }
        fresh = [j.offer_id for j in chunk if j.letter_id is None and j.offer_id is not None]
        loaded = _load_offers(session, fresh) if fresh else []  # noqa: F841 - kept in the session
        work: list[_Drawn | _Copied] = []
        for job in chunk:
            if job.letter_id is None:
                assert job.offer_id is not None
                context = contexts.offer_letter(session, job.offer_id)
                work.append(_Drawn(job, context, self._template(session, context), self.logo))
                continue
            letter = stored.get(job.letter_id)
            if letter is None:
                raise NotFound(
                    translate("Letters", "There is no archived letter number {id}.").format(
                        id=job.letter_id
                    )
                )
            found = self.redrawer.drawable(session, letter)
            if found is None:
                reference = contexts.reference_for(
                    letter.kind, letter.offer_id, letter.applicant_id
                )
                work.append(_Copied(job, reference, letter.applicant_id))
            else:
                context, template, logo = found
                work.append(_Drawn(job, context, template, logo))
        return work

    def _template(self, session: Session, context: LetterContext) -> TemplateInfo:
        """The text a fresh letter is drawn with: its scheme's own, else the ordinary one."""
        if not context.template_variant:
            return self.active[context.kind]
        key = (context.kind, context.template_variant)
        if key not in self.variants:
            self.variants[key] = templates.in_use(session, *key)
        return self.variants[key]


# Where each letter's pages are: drawn into the book (first page index, count) or to be copied.
_Part = tuple[Job, int, int]


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
        refuse_undeliverable(session, jobs)
        active = {j.kind: templates.active(session, j.kind) for j in jobs if j.letter_id is None}
        reader = _Reader(session, active, ws.today())
    title = translate("Letters", "Letters")
    handle, drawn_name = _atomic_target(out)
    joined_name: str | None = None
    pages = 0
    parts: list[_Part] = []
    copies: list[int] = []
    printed: list[tuple[Job, int | None]] = []  # with the applicant the letter is about
    try:
        with os.fdopen(handle, "wb") as stream:
            book = render.LetterBook(stream, logo=reader.logo, title=title, author=purpose)
            drawn = 0
            for chunk in _chunks(jobs, chunk_size):
                with ws.read() as session:
                    work = reader.read(session, chunk)
                for item in work:
                    if isinstance(item, _Drawn):
                        count = book.add(item.context, prepared(item.template), logo=item.logo)
                        parts.append((item.job, drawn, count))
                        drawn += count
                        pages += count
                        text = item.context.reference
                        printed.append((item.job, item.context.applicant_id))
                    else:
                        parts.append((item.job, -1, 0))
                        copies.append(len(parts) - 1)
                        text = item.reference
                        printed.append((item.job, item.applicant_id))
                    yield Step(len(printed), len(jobs), pages, text)
            book.close()
        if copies:
            handle, joined_name = _atomic_target(out)
            with os.fdopen(handle, "wb") as stream:
                pages = _join(ws, Path(drawn_name), parts, stream, chunk_size, title, purpose)
            _remove(drawn_name)
            os.replace(joined_name, out)
        else:
            os.replace(drawn_name, out)
    except OSError as exc:
        _remove(drawn_name)
        if joined_name is not None:
            _remove(joined_name)
        raise _unwritable(out, exc) from exc
    except BaseException:  # also GeneratorExit: a cancel
        _remove(drawn_name)
        if joined_name is not None:
            _remove(joined_name)
        raise
    _log_printed(ws, printed, purpose)
    return BatchResult(out, len(printed), pages, copied=len(copies))


def _join(
    ws: Workspace,
    drawn: Path,
    parts: list[_Part],
    out: BinaryIO,
    chunk_size: int,
    title: str,
    purpose: str,
) -> int:
    """The drawn pages and the copied letters' archived pages in batch order; the page count."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415

    writer = PdfWriter()
    book = PdfReader(drawn)
    for start in range(0, len(parts), chunk_size):
        chunk = parts[start : start + chunk_size]
        wanted = [job.letter_id for job, first, _ in chunk if first < 0]
        archived = _archived_pdfs(ws, [i for i in wanted if i is not None])
        for job, first, count in chunk:
            if first >= 0:
                for index in range(first, first + count):
                    writer.add_page(book.pages[index])
            else:
                assert job.letter_id is not None
                for page in PdfReader(io.BytesIO(archived[job.letter_id])).pages:
                    writer.add_page(page)
        del archived
    writer.add_metadata(
        {"/Title": title, "/Author": purpose, "/Creator": "Anvis", "/Producer": "Anvis (pypdf)"}
    )
    writer.write(out)
    return len(writer.pages)


def _archived_pdfs(ws: Workspace, letter_ids: list[int]) -> dict[int, bytes]:
    """The archived PDFs, checked against their SHA-256 as a reprint checks them."""
    if not letter_ids:
        return {}
    with ws.read() as session:
        rows = session.execute(
            select(Letter.id, Letter.pdf, Letter.sha256).where(Letter.id.in_(letter_ids))
        ).all()
    found = {}
    for letter_id, pdf, sha256 in rows:
        check_unchanged(letter_id, pdf, sha256)
        found[letter_id] = pdf
    return found


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


def _log_printed(ws: Workspace, printed: list[tuple[Job, int | None]], purpose: str) -> None:
    """Printing personal data is logged, one event per letter; archived letters get stamped."""
    now = utcnow()
    with ws.write() as session:
        letter_ids = [job.letter_id for job, _ in printed if job.letter_id is not None]
        for start in range(0, len(letter_ids), 500):
            for row in session.scalars(
                select(Letter)
                .where(Letter.id.in_(letter_ids[start : start + 500]))
                .order_by(Letter.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            ):
                row.printed_at = now
                posted_when_printed(row, ws.today())
        for job, applicant_id in printed:
            audit.record(
                session,
                AuditAction.PRINT,
                "letter" if job.letter_id is not None else "offer",
                job.letter_id if job.letter_id is not None else job.offer_id,
                applicant_id=applicant_id,
                purpose=purpose,
                details={"kind": job.kind.value},
            )


def _day_jobs(ws: Workspace, day: dt.date) -> tuple[list[Job], str]:
    with ws.read() as session:
        jobs = due_on(session, day)
    if not jobs:
        raise NotFound(
            translate("Letters", "There are no letters for {day}.").format(day=formats.date(day))
        )
    return jobs, translate("Letters", "Letters of {day}").format(day=formats.date(day))


def write_batch(
    ws: Workspace,
    day: dt.date,
    out: Path,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> BatchResult:
    """Print the day's letters: every letter archived with the date `day`, in one PDF."""
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
    """The offer letters of the given offers, in the given order, in one PDF: the newest archived
    offer letter of each (as it was sent), or, for an offer without one, the letter as it would
    be sent now."""
    with ws.read() as session:
        found = set(session.scalars(select(Offer.id).where(Offer.id.in_(list(offer_ids)))))
        archived = dict(
            session.execute(
                select(Letter.offer_id, func.max(Letter.id))
                .where(
                    Letter.offer_id.in_(list(offer_ids)),
                    Letter.kind == LetterKind.OFFER,
                    Letter.sha256 != _ERASED,
                )
                .group_by(Letter.offer_id)
            ).all()
        )
    missing = [i for i in offer_ids if i not in found]
    if missing:
        raise NotFound(
            translate("Letters", "There is no offer number {ids}.").format(
                ids=", ".join(str(i) for i in missing)
            )
        )
    jobs = [
        Job(LetterKind.OFFER, letter_id=archived.get(i), offer_id=None if i in archived else i)
        for i in offer_ids
    ]
    purpose = translate("Letters", "Offer letters")
    return write_letters(ws, jobs, out, purpose=purpose, chunk_size=chunk_size, progress=progress)
