"""Matching: which applicants may be offered a dwelling, in which order, and why.

    rules       one rule per reason of docs/domain.md (code, Danish text, SQL twin)
    ranking     urgency, waiting time and fit in the configured order, with reasons
    candidates  the ranked list, suitable vacancies for an applicant
    excluded    the excluded tab: every rule that keeps an applicant out, a page at a time
    counts      how many applicants may be offered each of many dwellings
    load        the SQL prefilter and the plain tuples the rules read
    settings    the dated settings the rules read (ranking, occupancy norm, legal blocks ...)

The offer workflow (desktop.core.offers) calls `ranking_in(session, vacancy_id, day)`. The
names below load their module when first used (`desktop.core.lazy_exports`): Overblik's counts
need neither the ranking nor the excluded tab.
"""

from typing import TYPE_CHECKING

from desktop.core import lazy_exports

if TYPE_CHECKING:
    from desktop.core.matching.candidates import (
        CandidateList,
        VacancyInfo,
        VacancyMatch,
        has_eligible_in,
        rank_candidates,
        ranking_in,
        run_to_end,
        suitable_vacancies,
    )
    from desktop.core.matching.counts import eligible_counts, eligible_counts_in
    from desktop.core.matching.excluded import (
        PAGE,
        Excluded,
        ExcludedPages,
        ExcludedQuery,
        Progress,
        excluded_applicants,
    )
    from desktop.core.matching.model import Reason
    from desktop.core.matching.ranking import Candidate, criterion_label, urgency_label
    from desktop.core.matching.rules import RULES, rule_title
    from desktop.core.matching.settings import Criterion

_WHERE = {
    "Candidate": "ranking",
    "CandidateList": "candidates",
    "Criterion": "settings",
    "Excluded": "excluded",
    "ExcludedPages": "excluded",
    "ExcludedQuery": "excluded",
    "PAGE": "excluded",
    "Progress": "excluded",
    "RULES": "rules",
    "Reason": "model",
    "VacancyInfo": "candidates",
    "VacancyMatch": "candidates",
    "criterion_label": "ranking",
    "eligible_counts": "counts",
    "eligible_counts_in": "counts",
    "excluded_applicants": "excluded",
    "has_eligible_in": "candidates",
    "rank_candidates": "candidates",
    "ranking_in": "candidates",
    "rule_title": "rules",
    "run_to_end": "candidates",
    "suitable_vacancies": "candidates",
    "urgency_label": "ranking",
}

__getattr__ = lazy_exports.loader(__name__, _WHERE)

__all__ = [
    "PAGE",
    "RULES",
    "Candidate",
    "CandidateList",
    "Criterion",
    "Excluded",
    "ExcludedPages",
    "ExcludedQuery",
    "Progress",
    "Reason",
    "VacancyInfo",
    "VacancyMatch",
    "criterion_label",
    "eligible_counts",
    "eligible_counts_in",
    "excluded_applicants",
    "has_eligible_in",
    "rank_candidates",
    "ranking_in",
    "rule_title",
    "run_to_end",
    "suitable_vacancies",
    "urgency_label",
]
