"""The first candidate of each dwelling a replay meets, found quickly over a long list.

Most dwellings: the list is read in ranking order until the first applicant whom the matching
rules let be offered the dwelling. Those who wait longest are often those few dwellings suit
(the wheelchair user, the large household), so the same ones are read for dwelling after
dwelling: their verdicts are remembered (`Judgements`). A dwelling that few or none on the list
may be offered would have the whole list read: past `SCAN` applicants, the dwellings alike to
it are judged group by group instead. Every group on the list is judged once, and from then on
only the groups that pass are read, and those that came on the list since. Groups that the
rules reading neither the day nor the birth date refuse (`Alike.bits`) are not judged at all, so
a dwelling dearer than every limit costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts, FactsRow
from desktop.core.matching.ranking import rank
from desktop.core.matching.rules import Rule
from desktop.core.whatif.judgements import OWN, Alike, Judgements
from desktop.core.whatif.pool import Pool

SCAN = 2000  # applicants read in order before a dwelling is judged group by group
FEW = 50  # dwellings that less than one key in this many may be offered: group by group at once
Judged = Callable[[FactsRow], ApplicantFacts]


class Matcher:
    """Finds the first candidate of each dwelling among the applicants on one pool's list."""

    def __init__(self, judgements: Judgements) -> None:
        self._judgements = judgements
        self._swept: dict[int, int] = {}  # an Alike's ident -> how far its groups were judged

    def first(self, ctx: VacancyContext, pool: Pool, judged: Judged) -> ApplicantFacts | None:
        """The first in the ranking among the applicants on the list whom the rules let be
        offered the dwelling (`judged` gives an applicant's row as the rules read it for this
        dwelling); None when no one may be."""
        if not ctx.may_place:
            return None  # the colour rule excludes everyone (as `ranking_in` says)
        alike = self._judgements.alike(ctx)
        own = [r for r in rules.applicable(ctx) if r.code in OWN]
        if not alike.deep and alike.bits.bit_count() * FEW < alike.known:
            alike.deep = True  # few keys may be offered these: judged group by group at once
        if not alike.deep:
            found = _in_order(ctx, pool, judged, alike, own)
            if found is not _DEEP:
                return found if isinstance(found, ApplicantFacts) else None
            alike.deep = True
        self._sweep(ctx, pool, alike)
        groups = (pool.groups.get(number) for number in alike.passing)
        return _first_of(ctx, pool, judged, own, (g for g in groups if g))

    def _sweep(self, ctx: VacancyContext, pool: Pool, alike: Alike) -> None:
        """Judge the groups on the list not judged yet for these dwellings: all of them the
        first time, then those that came to have applicants since."""
        seen = self._swept.get(alike.ident)
        numbers: Iterable[int]
        if seen is None:
            numbers = alike.candidates(len(self._judgements))
        else:
            known, bits = alike.known, alike.bits
            numbers = [n for n in pool.opened[seen:] if n >= known or bits >> n & 1]
        for number in numbers:
            if number not in alike.verdicts:
                members = pool.groups.get(number)
                if members:
                    alike.judge(ctx, number, pool.row(members[0][1]))
        self._swept[alike.ident] = len(pool.opened)


_NO = ord("0")  # `Alike.allowed` of a key the bits rule out


class _Deep:
    """The list was read past `SCAN` without a candidate."""


_DEEP = _Deep()


def _in_order(
    ctx: VacancyContext, pool: Pool, judged: Judged, alike: Alike, own: Sequence[Rule]
) -> ApplicantFacts | _Deep | None:
    number, row, verdicts = pool.number, pool.row, alike.verdicts
    allowed, known = alike.allowed, alike.known
    lead: tuple[object, ...] | None = None
    tied: list[ApplicantFacts] = []
    for index, (place, applicant) in enumerate(pool.in_order):
        if lead is not None:
            if place != lead:
                break
        elif index >= SCAN:
            return _DEEP
        group = number(applicant)
        if group < known and allowed[group] == _NO:
            continue
        passes = verdicts.get(group)
        if passes is None:
            passes = alike.judge(ctx, group, row(applicant))
        if not passes:
            continue
        facts = judged(row(applicant))
        if rules.is_eligible(ctx, facts, own):
            lead = place
            tied.append(facts)
    return rank(ctx, tied)[0].applicant if tied else None


def _first_of(
    ctx: VacancyContext,
    pool: Pool,
    judged: Judged,
    own: Sequence[Rule],
    groups: Iterable[Sequence[tuple[tuple[object, ...], int]]],
) -> ApplicantFacts | None:
    """The first in the ranking of the groups' applicants (all pass the shared rules) whom the
    rules about themselves and this dwelling let be offered it."""
    row = pool.row
    best: tuple[object, ...] | None = None
    tied: list[ApplicantFacts] = []
    for members in groups:
        for place, applicant in members:  # the group's first who passes, and ties
            if best is not None and place > best:
                break
            facts = judged(row(applicant))
            if rules.is_eligible(ctx, facts, own):
                if best is None or place < best:
                    best, tied = place, [facts]
                else:
                    tied.append(facts)
    return rank(ctx, tied)[0].applicant if tied else None
