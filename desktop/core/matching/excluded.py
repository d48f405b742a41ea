"""The excluded tab: the applicants the rules keep from a dwelling, each with every rule that
does, read a page at a time in applicant-number order.

    pages = ExcludedPages(ws, vacancy_id, ExcludedQuery())  # the dwelling's context, read once
    first = run_to_end(pages.next_page())                   # the first PAGE excluded
    while not pages.done: ...                               # the next, as the list scrolls

A page judges only as many applicants as it needs: at 100,000 applicants the first rows come in
a few tens of milliseconds where judging everyone takes seconds. The applicants on the list
(active, paused, offered) by default, everyone with `ExcludedQuery.everyone` (the housed and
removed too); both, and the search text, are conditions of the SQL. A rule to show only the
applicants it excludes is judged with the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from db.models import Applicant
from desktop.core.applicants.listing import search_conditions
from desktop.core.matching import load, rules
from desktop.core.matching.model import ApplicantFacts, FactsRow, Reason, as_facts
from desktop.core.workspace import Workspace

PAGE = 200
_CHUNK_MOST = 5000  # applicants read at once while a page is still short


class Progress(NamedTuple):
    """What the excluded-applicants generators yield (the task runner reads it)."""

    done: int
    total: int
    text: str = ""


class Excluded(NamedTuple):
    """An applicant who may not be offered the dwelling, with every rule that excludes them."""

    applicant_id: int
    name: str
    status: str  # the ApplicantStatus's code (see ApplicantFacts)
    target_group: str
    rules: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {"applicant_id": self.applicant_id, "rules": [r.as_json() for r in self.rules]}


@dataclass(frozen=True)
class ExcludedQuery:
    """Which excluded applicants the tab shows."""

    everyone: bool = False  # the housed and removed too (default: the applicants on the list)
    rule: str | None = None  # only those this rule excludes (a rule's code)
    text: str = ""  # a name (or part of one) or an applicant number, as the search field reads

    def conditions(self) -> list[ColumnElement[bool]]:
        """The SQL conditions on the applicants to judge."""
        where: list[ColumnElement[bool]] = []
        if not self.everyone:
            where.append(Applicant.status.in_(load.ON_LIST))
        text = self.text.strip()
        if text:
            words = and_(*search_conditions(text))
            number = text.isascii() and text.isdigit() and len(text) <= 18
            where.append(or_(Applicant.id == int(text), words) if number else words)
        return where


class ExcludedPages:
    """The excluded applicants of one dwelling for one query, a page at a time.

    The dwelling's context and sets are read when it is made; each `next_page` reads and judges
    the applicants after the last one judged, until it has a page or there are none left
    (`done`). Pages are asked for one after the other (a background task each)."""

    def __init__(
        self,
        ws: Workspace,
        vacancy_id: int,
        query: ExcludedQuery = ExcludedQuery(),
        *,
        day: dt.date | None = None,
    ) -> None:
        self.ws = ws
        self.query = query
        with ws.read() as session:
            self.context = load.vacancy_context(session, vacancy_id, day or ws.today())
            self.sets = load.Sets.read(session, self.context)
        self.applicable = rules.applicable(self.context)
        # the rule asked for, judged first: the others only for those it excludes
        self.wanted = next((r for r in self.applicable if r.code == query.rule), None)
        self.where = query.conditions()
        self.convert = load.Convert()  # its caches serve every page
        self.after = 0  # the number of the last applicant judged
        self.judged = 0
        self.done = query.rule is not None and self.wanted is None  # it excludes nobody here

    def rule_codes(self) -> list[str]:
        """The codes of the rules that can exclude anyone from this dwelling (the rule filter's
        choices), in the rules' order."""
        return [rule.code for rule in self.applicable]

    def next_page(self, size: int = PAGE) -> Generator[Progress, None, list[Excluded]]:
        """The next `size` or so excluded applicants (fewer at the end). A generator: it yields
        progress between the chunks it reads (a rare rule or name can take many) and returns
        the page."""
        found: list[Excluded] = []
        chunk, after, judged, done = size, self.after, self.judged, self.done
        with self.ws.read() as session:
            while not done and len(found) < size:
                part = load.applicants_after(
                    session,
                    self.sets,
                    after=after,
                    limit=chunk,
                    where=self.where,
                    convert=self.convert,
                )
                done = len(part) < chunk
                if part:
                    after, judged = part[-1].id, judged + len(part)
                    found += self._judge(session, part)
                chunk = _next_chunk(size - len(found), len(found), judged - self.judged)
                yield Progress(judged, 0)
        # only a page returned moves on (one cancelled at a yield is asked for again)
        self.after, self.judged, self.done = after, judged, done
        return found

    def _judge(self, session: Session, part: list[ApplicantFacts]) -> list[Excluded]:
        ctx, wanted = self.context, self.wanted
        rows: list[FactsRow] = list(part)
        if ctx.needs_members:
            facts = load.legal_facts_from_to(session, part[0].id, part[-1].id)
            rows = load.with_members(part, facts)
        found = []
        for row in rows:
            applicant = as_facts(row)
            if wanted is not None and wanted.check(ctx, applicant) is None:
                continue
            reasons = rules.exclusions(ctx, applicant, self.applicable)
            if reasons:
                found.append(
                    Excluded(
                        applicant.id,
                        applicant.name,
                        applicant.status,
                        applicant.target_group,
                        tuple(reasons),
                    )
                )
        return found


def _next_chunk(missing: int, found: int, judged: int) -> int:
    """How many applicants to read for the `missing` rows of a page, after `judged` gave
    `found`: as many as the share excluded so far needs, and a tenth more (most applicants are
    excluded from most dwellings; a rare rule or name reads more at a time)."""
    if not found:
        return min(_CHUNK_MOST, 2 * max(judged, missing))
    return min(_CHUNK_MOST, max(10, missing * judged // found + missing // 10))


def excluded_applicants(
    ws: Workspace, vacancy_id: int, *, day: dt.date | None = None, everyone: bool = True
) -> Generator[Progress, None, list[Excluded]]:
    """Every applicant the rules exclude from the dwelling (the housed and removed too unless
    not `everyone`), with all the rules that do, in applicant-number order. A generator: it
    yields progress and returns the list (the command line; 100,000 applicants take seconds)."""
    pages = ExcludedPages(ws, vacancy_id, ExcludedQuery(everyone=everyone), day=day)
    with ws.read() as session:
        total = load.count_applicants(session)
    found: list[Excluded] = []
    yield Progress(0, total)
    while not pages.done:
        found += yield from pages.next_page(_CHUNK_MOST)
        yield Progress(pages.judged, total)
    return found
