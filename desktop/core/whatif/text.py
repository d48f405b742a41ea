"""A what-if's comparison as lines of text (the command line)."""

from __future__ import annotations

from decimal import Decimal

from desktop.core import formats
from desktop.core.exchange.workbook import Kind
from desktop.core.i18n import translate
from desktop.core.whatif.compare import Measure, Value, WhatIf
from desktop.core.whatif.keys import change_lines

LABEL_WIDTH = 44
VALUE_WIDTH = 16


def value_text(value: Value, kind: Kind, *, signed: bool = False) -> str:
    """A figure as the report shows it; a difference with its sign ("+715")."""
    if value is None:
        return "-"
    if kind == Kind.MONEY:
        text = formats.money(Decimal(value), decimals=False)
    else:
        text = formats.number(value, 1 if kind == Kind.DECIMAL else 0)
    if signed and value > 0:
        return "+" + text
    return text


def _row(label: str, *cells: str) -> str:
    return label.ljust(LABEL_WIDTH) + "".join(cell.rjust(VALUE_WIDTH) for cell in cells)


def _measure(measure: Measure) -> str:
    return _row(
        measure.label,
        value_text(measure.real, measure.kind),
        value_text(measure.changed, measure.kind),
        value_text(measure.difference, measure.kind, signed=True),
    )


def result_lines(result: WhatIf) -> list[str]:
    lines = [
        translate("WhatIf", "What if: {start} - {end}").format(
            start=formats.date(result.start), end=formats.date(result.end)
        ),
        translate("WhatIf", "Changes:"),
    ]
    changes = change_lines(result.changes)
    lines += [f"  {change['text']}" for change in changes]
    if not changes:
        lines.append("  " + translate("WhatIf", "none: the period replayed as it was"))
    header = (
        translate("WhatIf", "As it was"),
        translate("WhatIf", "With the changes"),
        translate("WhatIf", "Difference"),
    )
    lines += ["", _row("", *header)]
    lines += [_measure(m) for m in result.measures()]
    lines += ["", translate("WhatIf", "Applicants who had an offer, by target group:")]
    lines += [_measure(m) for m in result.by_target_group()]
    lines += ["", *notes(result)]
    return lines


def notes(result: WhatIf) -> list[str]:
    """How the figures were made, in a few sentences (the report's notes too)."""
    found = [
        translate(
            "WhatIf",
            "Both columns replay the period through the desk's own rules: each dwelling reported "
            "is checked as on its report day and offered to the first in the ranking that day "
            "whom the rules let be offered it, who takes it. Only the agreement differs.",
        ),
        translate(
            "WhatIf",
            "A changed share changes how many dwellings the departments of that colour report; "
            "the extra dwellings are like those they did report.",
        ),
        translate(
            "WhatIf",
            "Rent loss runs from the day a dwelling is at the desk's disposal to its lease start "
            "(a dwelling not let in reality: the period's median days to let), or to the day the "
            "desk gives it back when no one may be offered it.",
        ),
    ]
    lacking = max(result.expected_real.lacking, result.expected_changed.lacking)
    if lacking:
        found.append(
            translate(
                "WhatIf",
                "The dwellings the agreed shares ask for leave out {n} departments without a "
                "count of all their vacancies in the period.",
            ).format(n=lacking)
        )
    return found
