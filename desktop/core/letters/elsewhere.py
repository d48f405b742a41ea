"""Letters drawn by a worker process while the workflows that archive them go on: for the demo,
whose replay of the desk's months archives some 430 letters through the real workflows into a
database that no one opens before it is complete (drawing them is a third of its time).

    with drawn_elsewhere(workspace):
        ...  # the workflows archive letters through `workspace` as always

Inside the block a letter archived through `workspace` is stored at once with everything but
its drawing (no PDF, no checksum, no pages yet) and drawn by a worker process; leaving the block
waits for the drawings and stores each letter's PDF, checksum and pages in one transaction. The
bytes are the ones drawing at once gives (`archive.draw` with the same data, template and logo:
render's invariant mode). Where no worker process can be started, or it dies, letters are drawn
here instead.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, bindparam, func, select, update

from db.models import Letter
from desktop.core.letters import fonts
from desktop.core.letters.archive import DRAWN_LATER, LetterPdf, draw
from desktop.core.letters.context import LetterContext
from desktop.core.letters.templates import TemplateInfo
from desktop.core.workspace import Workspace

log = logging.getLogger(__name__)


def _warm_up() -> None:
    """The worker's first task, given at once: it starts the process and loads reportlab and the
    fonts while the caller is still making what the first letter is about."""
    fonts.register()


@dataclass(frozen=True)
class _Job:
    context: LetterContext
    template: TemplateInfo
    logo: Path
    drawing: Future[LetterPdf] | None


class _Drawings:
    """The letters handed to the worker, by letter id (`archive.DrawsLater`)."""

    def __init__(self, pool: ProcessPoolExecutor | None) -> None:
        self.pool = pool
        # A letter id used again (its first transaction rolled back) is the later letter's.
        self.jobs: dict[int, _Job] = {}

    def draw(
        self, letter_id: int, context: LetterContext, template: TemplateInfo, logo: Path
    ) -> None:
        drawing = None
        if self.pool is not None:
            try:
                drawing = self.pool.submit(draw, context, template, logo)
            except (BrokenProcessPool, RuntimeError):
                self.pool = None
        self.jobs[letter_id] = _Job(context, template, logo, drawing)

    def drawn(self) -> dict[int, LetterPdf]:
        """Every letter's drawing, waiting for the worker (drawn here if it cannot)."""
        done = {}
        for letter_id, job in self.jobs.items():
            letter = None
            if job.drawing is not None:
                try:
                    letter = job.drawing.result()
                except BrokenProcessPool:
                    log.warning("the letters' worker process stopped; drawing them here")
            done[letter_id] = letter or draw(job.context, job.template, job.logo)
        return done


def _store(workspace: Workspace, drawn: dict[int, LetterPdf]) -> None:
    """Each letter's PDF, checksum and pages, in one transaction; only into letters still waiting
    for their drawing. Refused (RuntimeError) if a letter is left without one."""
    # Core, not the ORM: a letter's row is not tracked (the audit trail has its creation).
    table = cast(Table, Letter.__table__)
    statement = (
        update(table)
        .where(table.c.id == bindparam("letter_id"))
        .where(table.c.sha256 == "")
        .values(pdf=bindparam("pdf"), sha256=bindparam("sha256"), pages=bindparam("pages"))
    )
    rows = [
        {"letter_id": i, "pdf": letter.pdf, "sha256": letter.sha256, "pages": letter.pages}
        for i, letter in drawn.items()
    ]
    with workspace.write() as session:
        if rows:
            session.connection().execute(statement, rows)
        undrawn = session.scalar(select(func.count()).where(Letter.sha256 == ""))
        if undrawn:
            raise RuntimeError(f"{undrawn} letters were archived without their drawing")


@contextmanager
def drawn_elsewhere(workspace: Workspace) -> Iterator[None]:
    """Letters archived through `workspace` inside the block are drawn by a worker process and
    stored when the block ends (see the module's text). Only for a database no one else uses
    before then: until the block ends its letters have no PDF."""
    pool: ProcessPoolExecutor | None
    try:
        # "spawn" everywhere, as on Windows: a forked copy of a process with threads (the
        # window's, the database's) may inherit a lock held by one of them.
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        pool.submit(_warm_up)
    except (OSError, RuntimeError) as exc:
        log.warning("no worker process for the letters (%s); drawing them here", exc)
        pool = None
    drawings = _Drawings(pool)
    workspace.write_info[DRAWN_LATER] = drawings
    try:
        yield
        del workspace.write_info[DRAWN_LATER]
        _store(workspace, drawings.drawn())
    finally:
        workspace.write_info.pop(DRAWN_LATER, None)
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
