"""Which of the window's dwellings one applicant may be offered today, and which rules kept
the others from them: every rule of desktop.core.matching.rules but those the forecast leaves
out (`market.IGNORED`), with the household's facts and the applicant's own excluded
departments. Dwellings alike to the rules (`market.rule_view`) are judged once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.core.forecast.estimate import Exclusion
from desktop.core.forecast.market import IGNORED, rule_view
from desktop.core.forecast.window import Window
from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import FactsRow, as_facts

_OWN = "excluded_department"  # judged per dwelling: it asks about the dwelling's department


@dataclass(frozen=True)
class Judgement:
    fitting: tuple[int, ...]  # indices of the window's dwellings the applicant may be offered
    excluded_by: tuple[Exclusion, ...]  # most dwellings first


def judge(window: Window, row: FactsRow, excluded: frozenset[int], open_offer: bool) -> Judgement:
    """The applicant of `row` (with the household's facts) against every dwelling of the
    window, judged on the window's day."""
    a = as_facts(row)._replace(open_offer=open_offer, excluded_here=False, declined_here=False)
    limits = [] if a.max_rent is None else [a.max_rent]
    codes: dict[VacancyContext, list[str]] = {}
    counts: Counter[str] = Counter()
    fitting = []
    for i, ctx in enumerate(window.contexts):
        view = rule_view(ctx, limits)
        found = codes.get(view)
        if found is None:
            judged = [r for r in rules.applicable(view) if r.code not in IGNORED and r.code != _OWN]
            found = [reason.code for reason in rules.exclusions(view, a, judged)]
            codes[view] = found
        own = [_OWN] if window.dwellings[i].department_id in excluded else []
        if found or own:
            counts.update(found + own)
        else:
            fitting.append(i)
    return Judgement(tuple(fitting), _ordered(counts))


def _ordered(counts: Counter[str]) -> tuple[Exclusion, ...]:
    """Most dwellings first; equal counts in the order of the rules."""
    position = {rule.code: n for n, rule in enumerate(rules.RULES)}
    return tuple(
        Exclusion(code, count)
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], position[item[0]]))
    )
