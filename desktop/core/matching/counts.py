"""How many applicants may be offered each of many dwellings: the eligible-candidate count of
the vacancy list, the detail panel, the decisions and Overblik.

    eligible_counts(ws, [12, 13, 14])        # {12: 31, 13: 0, 14: 7}

Exact either way, the rules of `rules.py` decide:

- A few dwellings: each is judged as the ranking judges it (its SQL prefilter, then the rules
  SQL cannot express), with the settings, colours, open offers and the per-dwelling sets read
  once for all of them.
- Many dwellings: the applicants are read once (those the rules of the day let through: on the
  list, not paused, no open offer) and grouped by what the other rules read of them
  (`rules.verdict_key`); each dwelling then judges one applicant per group. The per-dwelling sets
  (departments an applicant excluded, earlier refusals of the dwelling) are taken off by id, and
  where the department is on a ministry list, or the scheme asks for a support measure or a
  dispensation, the applicants are judged one by one with their household's facts. Per dwelling
  this costs a few hundred rule checks instead of a query over the whole list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from db.models import Applicant, ApplicantExcludedDepartment, Offer, Vacancy
from desktop.core.colours import colour_statuses
from desktop.core.matching import load, rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import FactsRow, Member, as_facts
from desktop.core.workspace import Workspace

# Up to this many dwellings each is judged by its own prefilter query; beyond, reading the
# list once is cheaper (bench/matching.py measures both).
FEW = 5


def eligible_counts(
    ws: Workspace, vacancy_ids: Iterable[int], *, day: dt.date | None = None
) -> dict[int, int]:
    """The number of applicants who may be offered each dwelling (today unless `day`); a
    dwelling in a department where the desk places no one has 0. Unknown ids are left out."""
    with ws.read() as session:
        return eligible_counts_in(session, vacancy_ids, day or ws.today())


def eligible_counts_in(
    session: Session, vacancy_ids: Iterable[int], day: dt.date
) -> dict[int, int]:
    """`eligible_counts` in the caller's session."""
    ids = sorted(set(vacancy_ids))
    if not ids:
        return {}
    vacancies: list[Vacancy] = []
    for start in range(0, len(ids), load.ID_CHUNK):
        vacancies.extend(
            session.scalars(
                select(Vacancy)
                .options(joinedload(Vacancy.department))
                .where(Vacancy.id.in_(ids[start : start + load.ID_CHUNK]))
            ).all()
        )
    common = load.common_on(session, day)
    colours = colour_statuses(session, load.departments_of(vacancies), day)
    contexts = [
        load.context_of(session, v, day, common=common, colour=colours.get(load.ctx_department(v)))
        for v in vacancies
    ]
    counts = {ctx.vacancy_id: 0 for ctx in contexts}
    placeable = [ctx for ctx in contexts if ctx.may_place]
    if not placeable:
        return counts
    refused = _refused(session, [ctx.vacancy_id for ctx in placeable])
    excluding = _excluding(session, {ctx.department_id for ctx in placeable})
    sets = {
        ctx.vacancy_id: load.Sets(
            common.open_offer,
            refused.get(ctx.vacancy_id, frozenset()),
            excluding.get(ctx.department_id, frozenset()),
        )
        for ctx in placeable
    }
    if len(placeable) <= FEW:
        for ctx in placeable:
            counts[ctx.vacancy_id] = _count_one(session, ctx, sets[ctx.vacancy_id])
    else:
        counts.update(_count_many(session, placeable, sets, common.open_offer))
    return counts


def _refused(session: Session, vacancy_ids: Sequence[int]) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    for start in range(0, len(vacancy_ids), load.ID_CHUNK):
        for vacancy_id, applicant_id in session.execute(
            select(Offer.vacancy_id, Offer.applicant_id).where(
                Offer.vacancy_id.in_(list(vacancy_ids[start : start + load.ID_CHUNK])),
                Offer.status.in_(load.REFUSED),
            )
        ):
            found.setdefault(vacancy_id, set()).add(applicant_id)
    return {key: frozenset(value) for key, value in found.items()}


def _excluding(session: Session, department_ids: set[int]) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {}
    for department_id, applicant_id in session.execute(
        select(
            ApplicantExcludedDepartment.department_id, ApplicantExcludedDepartment.applicant_id
        ).where(ApplicantExcludedDepartment.department_id.in_(sorted(department_ids)))
    ):
        found.setdefault(department_id, set()).add(applicant_id)
    return {key: frozenset(value) for key, value in found.items()}


def _count_one(session: Session, ctx: VacancyContext, sets: load.Sets) -> int:
    """One dwelling as the ranking judges it."""
    pool = load.prefiltered(session, ctx, sets)
    if ctx.needs_members and pool:
        pool = load.with_members(pool, load.legal_facts(session, load.ids_of(pool)))
    remaining = rules.applicable(ctx, python_only=True)
    return sum(1 for row in pool if rules.is_eligible(ctx, as_facts(row), remaining))


def _day_pool(session: Session, ctx: VacancyContext, open_offer: frozenset[int]) -> list[FactsRow]:
    """The applicants the rules of the day let through (no open offer either), as plain rows
    (the whole list is kept while the dwellings are judged: see `ApplicantFacts`). The SQL
    only narrows what is read; the rules decide."""
    day_rules = [rules.BY_CODE[code] for code in rules.DAY_RULES]
    pool: list[FactsRow] = []
    last = 0
    while True:
        rows = load.facts_of_rows(
            session.connection().execute(
                select(*load.applicant_columns())
                .where(
                    Applicant.anonymised_at.is_(None),
                    Applicant.status.in_(load.ON_LIST),
                    Applicant.id > last,
                )
                .order_by(Applicant.id)
                .limit(20_000)
            )
        )
        if not rows:
            return pool
        last = rows[-1][0]
        pool.extend(
            row
            for row in rows
            if row[0] not in open_offer and rules.is_eligible(ctx, as_facts(row), day_rules)
        )


def _count_many(
    session: Session,
    contexts: Sequence[VacancyContext],
    sets: dict[int, load.Sets],
    open_offer: frozenset[int],
) -> dict[int, int]:
    pool = _day_pool(session, contexts[0], open_offer)
    groups: dict[tuple[Any, ...], list[FactsRow]] = {}
    # the group of each applicant some dwelling takes off by id (a few hundred, not the list)
    key_of: dict[int, tuple[Any, ...]] = {}
    taken_off = frozenset().union(*(own.refused | own.excluding for own in sets.values()))
    totals = sorted({ctx.monthly_total for ctx in contexts})
    rooms = sorted({ctx.rooms for ctx in contexts if ctx.rooms is not None})
    for row in pool:
        applicant = as_facts(row)
        # the same for every context of the day, and for these dwellings' rents and rooms
        key = rules.verdict_key(contexts[0], applicant, totals, rooms)
        groups.setdefault(key, []).append(row)
        if applicant.id in taken_off:
            key_of[applicant.id] = key
    # one applicant judged for each group (a few thousand, against every dwelling)
    firsts = {key: as_facts(members[0]) for key, members in groups.items()}
    facts: dict[int, tuple[Member, ...]] = {}
    if any(ctx.needs_members for ctx in contexts):
        facts = load.all_legal_facts(session)
    skipped = set(rules.DAY_RULES) | set(rules.SET_RULES) | set(rules.MEMBER_RULES)
    counts: dict[int, int] = {}
    for ctx in contexts:
        applicable = rules.applicable(ctx)
        judged = [r for r in applicable if r.code not in skipped]
        legal = [r for r in applicable if r.code in rules.MEMBER_RULES]
        # without any fact a household passes the legal blocks, but not a scheme's demands
        judge_all = any(r.code in rules.NEEDS_A_FACT for r in legal)
        passing = {key for key, first in firsts.items() if rules.is_eligible(ctx, first, judged)}
        own = sets[ctx.vacancy_id]
        off = own.refused | own.excluding
        if not legal:
            total = sum(len(groups[key]) for key in passing)
            total -= sum(1 for i in off if key_of.get(i) in passing)
        else:
            total = 0
            for key in passing:
                for row in groups[key]:
                    a = as_facts(row)
                    if a.id in off:
                        continue
                    household = facts.get(a.id)
                    if household is None and not judge_all:
                        total += 1  # no fact at all: no legal block can apply
                        continue
                    if rules.is_eligible(ctx, a._replace(members=household or ()), legal):
                        total += 1
        counts[ctx.vacancy_id] = total
    return counts
