"""Which of the window's dwellings one applicant may be offered today, and which rules kept
the others from them: every rule of desktop.core.matching.rules but those the forecast leaves
out (`market.IGNORED`), read off the market the applicant stands in (who each rule lets
through on each dwelling), with the household's facts and the applicant's own sets."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.core.forecast.estimate import Exclusion
from desktop.core.forecast.market import Market
from desktop.core.matching import rules
from desktop.core.matching.model import as_facts

_OWN = "excluded_department"


@dataclass(frozen=True)
class Judgement:
    fitting: tuple[int, ...]  # indices of the window's dwellings the applicant may be offered
    excluded_by: tuple[Exclusion, ...]  # most dwellings first


def judge(market: Market, position: int, excluded: frozenset[int], open_offer: bool) -> Judgement:
    """The applicant at `position` of the market against every dwelling of its window."""
    a = as_facts(market.rows[position])._replace(open_offer=open_offer)
    day = market.window.contexts[0]
    everywhere = [
        code
        for code in (*rules.DAY_RULES, "open_offer")
        if not rules.is_eligible(day, a, (rules.BY_CODE[code],))
    ]
    counts: Counter[str] = Counter()
    fitting = []
    for i, passes in enumerate(market.passes):
        found = [code for code, bits in passes if not bits >> position & 1]
        if market.window.dwellings[i].department_id in excluded:
            found.append(_OWN)
        if market.member_rules[i]:
            view = market.view(i)
            found += [
                r.code for r in market.member_rules[i] if not rules.is_eligible(view, a, (r,))
            ]
        if found or everywhere:
            counts.update(everywhere + found)
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
