"""The applicants a forecast replays: those on the list on the day whom the day's rules let
through (not paused, no open offer of another dwelling), as the plain rows the matching rules
read (`desktop.core.matching.load`), with the departments each one excluded.

For one applicant only those who may stand ahead of them matter (`ahead_of`): SQL narrows what
is read by the urgency and the registration date; the ranking's `standing` decides.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from db.models import Applicant, ApplicantExcludedDepartment
from desktop.core.matching import load, rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import URGENCY_LEVEL, standing
from desktop.core.matching.settings import Criterion

CHUNK = 20_000  # applicants read at a time
MANY = 5_000  # above this many applicants their legal facts are read in one pass


def _narrowing(order: Sequence[Criterion], a: ApplicantFacts) -> ColumnElement[bool] | None:
    """SQL for "may stand ahead of `a` or level with it" (urgency and waiting time before fit
    in the order); None: anyone may. It only narrows: `standing` decides."""
    terms: list[tuple[ColumnElement[bool], ColumnElement[bool]]] = []  # (ahead, level)
    for criterion in order:
        if criterion == Criterion.FIT:
            break
        if criterion == Criterion.URGENCY:
            mine = URGENCY_LEVEL[a.urgency]
            better = [code for code, rank in URGENCY_LEVEL.items() if rank < mine]
            terms.append((Applicant.urgency.in_(better), Applicant.urgency == a.urgency))
        else:  # a longer wait: registered earlier
            terms.append(
                (Applicant.registered_on < a.registered_on,
                 Applicant.registered_on == a.registered_on)
            )  # fmt: skip
    if not terms:
        return None
    condition: ColumnElement[bool] = terms[-1][0] | terms[-1][1]
    for before, equal in reversed(terms[:-1]):
        condition = or_(before, and_(equal, condition))
    return condition


def read_rows(
    session: Session, ctx: VacancyContext, *, ahead_of: ApplicantFacts | None = None
) -> list[FactsRow]:
    """The applicants on the list on `ctx.day` whom the day's rules let through and who have no
    open offer, as plain rows (legal facts not yet read); only those level with or ahead of
    `ahead_of` in the ranking's standing when it is given."""
    day_rules = [rules.BY_CODE[code] for code in rules.DAY_RULES]
    open_offer = load.with_open_offer(session)
    where: list[ColumnElement[bool]] = [
        Applicant.anonymised_at.is_(None),
        Applicant.status.in_(load.ON_LIST),
    ]
    limit: tuple[Any, ...] | None = None
    order = ctx.ranking.order
    today = ctx.day.toordinal()
    if ahead_of is not None:
        narrow = _narrowing(order, ahead_of)
        if narrow is not None:
            where.append(narrow)
        limit = standing(order, ahead_of.urgency, today - ahead_of.registered_on.toordinal())
    found: list[FactsRow] = []
    last = 0
    while True:
        rows = load.facts_of_rows(
            session.connection().execute(
                select(*load.applicant_columns())
                .where(*where, Applicant.id > last)
                .order_by(Applicant.id)
                .limit(CHUNK)
            )
        )
        if not rows:
            return found
        last = rows[-1][0]
        for row in rows:
            a = as_facts(row)
            if a.id in open_offer:
                continue
            if limit is not None and (
                standing(order, a.urgency, today - a.registered_on.toordinal()) > limit
            ):
                continue
            if rules.is_eligible(ctx, a, day_rules):
                found.append(row)


def with_facts(session: Session, rows: Sequence[FactsRow]) -> list[FactsRow]:
    """The rows with their households' legal facts (read in one pass for many)."""
    if len(rows) > MANY:
        facts = load.all_legal_facts(session)
    else:
        facts = load.legal_facts(session, load.ids_of(rows))
    return load.with_members(rows, facts)


def excluded_departments(
    session: Session, applicant_ids: Collection[int] | None = None
) -> dict[int, frozenset[int]]:
    """The departments each applicant must not be offered (only those who excluded any)."""
    found: dict[int, set[int]] = {}
    query = select(
        ApplicantExcludedDepartment.applicant_id, ApplicantExcludedDepartment.department_id
    )
    if applicant_ids is not None and len(applicant_ids) <= load.ID_CHUNK:
        query = query.where(ApplicantExcludedDepartment.applicant_id.in_(sorted(applicant_ids)))
    for applicant_id, department_id in session.execute(query):
        found.setdefault(applicant_id, set()).add(department_id)
    return {key: frozenset(value) for key, value in found.items()}


def one_row(session: Session, applicant_id: int) -> FactsRow | None:
    """One applicant's row (any status), with the household's legal facts."""
    found = next(load.applicants_by_id(session, None, ids=[applicant_id]), [])
    if not found:
        return None
    return with_facts(session, [tuple(found[0])])[0]
