"""The first candidate of each dwelling a replay meets, found quickly over a long list.

Most dwellings: the list is read in ranking order until the first applicant whom the matching
rules let be offered the dwelling. Those who wait longest are often those few dwellings suit
(the wheelchair user, the large household), so the same ones are read for dwelling after
dwelling: their verdicts are remembered (`Judgements`). A dwelling that few or none on the list
may be offered would have the whole list read: past `SCAN` applicants, dwellings alike to it
are judged group by group instead (one verdict per group, then the first of each group that
passes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow, as_facts
from desktop.core.matching.ranking import rank
from desktop.core.matching.rules import Rule
from desktop.core.whatif.judgements import OWN, Judgements
from desktop.core.whatif.pool import Pool

SCAN = 2000  # applicants read in order before a dwelling is judged group by group
Judged = Callable[[FactsRow], ApplicantFacts]


class _Deep:
    """The list was read past `SCAN` without a candidate."""


DEEP = _Deep()


class Matcher:
    """Finds the first candidate of each dwelling among the applicants on the list."""

    def __init__(self, judgements: Judgements) -> None:
        self._judgements = judgements

    def first(self, ctx: VacancyContext, pool: Pool, judged: Judged) -> ApplicantFacts | None:
        """The first in the ranking among the applicants on the list whom the rules let be
        offered the dwelling (`judged` gives an applicant's row as the rules read it for this
        dwelling); None when no one may be."""
        if not ctx.may_place:
            return None  # the colour rule excludes everyone (as `ranking_in` says)
        alike = self._judgements.alike(ctx)
        applicable = rules.applicable(ctx)
        shared = [r for r in applicable if r.code not in OWN]
        own = [r for r in applicable if r.code in OWN]
        verdicts = alike.verdicts
        if not alike.deep:
            found = _in_order(ctx, pool, judged, verdicts, (shared, own))
            if not isinstance(found, _Deep):
                return found
            alike.deep = True
        return _by_groups(ctx, pool, judged, verdicts, (shared, own))


def _in_order(
    ctx: VacancyContext,
    pool: Pool,
    judged: Judged,
    verdicts: dict[int, bool],
    checks: tuple[Sequence[Rule], Sequence[Rule]],
) -> ApplicantFacts | _Deep | None:
    shared, own = checks
    number, row = pool.number, pool.row
    lead: tuple[object, ...] | None = None
    tied: list[ApplicantFacts] = []
    for index, (place, applicant) in enumerate(pool.in_order):
        if lead is not None:
            if place != lead:
                break
        elif index >= SCAN:
            return DEEP
        group = number(applicant)
        passes = verdicts.get(group)
        if passes is None:
            passes = verdicts[group] = rules.is_eligible(ctx, as_facts(row(applicant)), shared)
        if not passes:
            continue
        facts = judged(row(applicant))
        if rules.is_eligible(ctx, facts, own):
            lead = place
            tied.append(facts)
    return rank(ctx, tied)[0].applicant if tied else None


def _by_groups(
    ctx: VacancyContext,
    pool: Pool,
    judged: Judged,
    verdicts: dict[int, bool],
    checks: tuple[Sequence[Rule], Sequence[Rule]],
) -> ApplicantFacts | None:
    shared, own = checks
    row = pool.row
    best: tuple[object, ...] | None = None
    tied: list[ApplicantFacts] = []
    for group, members in pool.groups.items():
        passes = verdicts.get(group)
        if passes is None:
            first = as_facts(row(members[0][1]))
            passes = verdicts[group] = rules.is_eligible(ctx, first, shared)
        if not passes:
            continue
        for place, applicant in members:  # the group's first who passes the rest, and ties
            if best is not None and place > best:
                break
            facts = judged(row(applicant))
            if rules.is_eligible(ctx, facts, own):
                if best is None or place < best:
                    best, tied = place, [facts]
                else:
                    tied.append(facts)
    return rank(ctx, tied)[0].applicant if tied else None
