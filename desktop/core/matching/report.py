"""The candidates of a dwelling as the command line prints them (text and JSON)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core import formats
from desktop.core.i18n import translate
from desktop.core.matching.candidates import CandidateList
from desktop.core.matching.excluded import Excluded
from desktop.core.matching.ranking import urgency_label


def as_json(ranking: CandidateList, excluded: Sequence[Excluded]) -> dict[str, Any]:
    """`{vacancy_id, day, order, ranked: [{applicant_id, rank, score, reasons}], excluded:
    [{applicant_id, rules: [{code, text}]}]}`."""
    return {
        "vacancy_id": ranking.vacancy.id,
        "day": ranking.day.isoformat(),
        "order": [c.value for c in ranking.order],
        "ranked": [ranking.entry_json(i) for i in range(len(ranking.candidates))],
        "excluded": [e.as_json() for e in excluded],
    }


def as_lines(ranking: CandidateList, excluded: Sequence[Excluded], *, limit: int = 20) -> list[str]:
    v = ranking.vacancy
    lines = [
        translate("Matching", "Candidates for {address}, {place} ({department}) on {day}").format(
            address=v.address,
            place=v.postcode_city,
            department=v.department,
            day=formats.date(ranking.day),
        ),
        translate(
            "Matching", "{count} may be offered the dwelling; {excluded} are excluded."
        ).format(count=len(ranking.candidates), excluded=len(excluded)),
    ]
    if ranking.blocked is not None:
        lines.append(ranking.blocked.text)
    if ranking.note is not None:
        lines.append(ranking.note)
    for index, c in enumerate(ranking.candidates[:limit]):
        lines.append(
            translate("Matching", "{rank:>4}. {name} (no. {id}), {urgency}, fit {score}").format(
                rank=c.rank,
                name=c.name,
                id=c.applicant_id,
                urgency=urgency_label(c.urgency),
                score=formats.number(c.score, 0),
            )
        )
        lines.extend(f"        {r.text}" for r in ranking.reasons(index))
    if len(ranking.candidates) > limit:
        lines.append(
            translate("Matching", "... and {more} more (--all or --json shows them all)").format(
                more=len(ranking.candidates) - limit
            )
        )
    return lines
