"""One rule's verdicts, kept under the values it read.

A matching rule is a function of the dwelling's context and the applicant's facts that reads
both by attribute and depends on nothing else. Judging one pair, `Reading` notes the attributes
the rule read; two pairs that agree on every attribute the rule has been seen to read take the
same path through its code and get the same verdict. So a verdict is kept under the values of
those attributes, and the rule is asked again only for values it has not met. When it reads an
attribute it had not read before, the key grows and what was kept under the narrower key is
forgotten (`version` counts the changes).
"""

from __future__ import annotations

import contextlib
from operator import attrgetter
from typing import Any, cast

from desktop.core.matching import rules
from desktop.core.matching.context import VacancyContext
from desktop.core.matching.model import ApplicantFacts
from desktop.core.matching.rules import Rule


class Reading:
    """Stands for `of` and notes each attribute read of it in `names`."""

    __slots__ = ("_names", "_of")

    def __init__(self, of: object, names: set[str]) -> None:
        self._of = of
        self._names = names

    def __getattr__(self, name: str) -> Any:
        self._names.add(name)
        return getattr(self._of, name)


def _kept_as(value: Any) -> Any:
    """A value as part of a key: a mapping (the benefit names by kind) as its items."""
    if isinstance(value, dict):
        return frozenset(value.items())
    return value


class RuleVerdicts:
    """`passes(ctx, a)`: whether `rule` lets the applicant through, judged once per values."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.context_names: tuple[str, ...] = ()
        self.applicant_names: tuple[str, ...] = ()
        self.kept: dict[tuple[Any, ...], bool] = {}
        self.version = 0

    def context_key(self, ctx: VacancyContext) -> tuple[Any, ...]:
        names = self.context_names
        if not names:
            return ()
        values = attrgetter(*names)(ctx)
        values = values if len(names) > 1 else (values,)
        try:
            hash(values)
        except TypeError:
            return tuple(_kept_as(value) for value in values)
        return values

    def passes(self, ctx: VacancyContext, a: ApplicantFacts, context_key: tuple[Any, ...]) -> bool:
        """The verdict; `context_key` is `context_key(ctx)` (asked once per dwelling)."""
        key = (context_key, tuple(getattr(a, name) for name in self.applicant_names))
        try:
            kept = self.kept.get(key)
        except TypeError:  # a value that cannot be a key: judged every time
            return rules.is_eligible(ctx, a, (self.rule,))
        if kept is not None:
            return kept
        read_ctx: set[str] = set()
        read_a: set[str] = set()
        verdict = rules.is_eligible(  # the verdict alone: the sentence reads more
            cast(VacancyContext, Reading(ctx, read_ctx)),
            cast(ApplicantFacts, Reading(a, read_a)),
            (self.rule,),
        )
        if not read_ctx.issubset(self.context_names) or not read_a.issubset(self.applicant_names):
            self.context_names = tuple(sorted(read_ctx.union(self.context_names)))
            self.applicant_names = tuple(sorted(read_a.union(self.applicant_names)))
            self.kept.clear()
            self.version += 1
            key = (self.context_key(ctx), tuple(getattr(a, name) for name in self.applicant_names))
        with contextlib.suppress(TypeError):  # a value that cannot be a key: not kept
            self.kept[key] = verdict
        return verdict
