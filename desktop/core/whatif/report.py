"""A what-if as a report (`reports.model.Report`): key figures, a chart of the dwellings and the
applicants, another per target group, and the tables; so the Rapporter page shows it, and the
report's PDF and workbook writers make it the yearly meeting's handout."""

from __future__ import annotations

from desktop.core.i18n import translate
from desktop.core.reports.model import (
    Chart,
    ChartKind,
    Column,
    Figure,
    Kind,
    Report,
    Series,
    Table,
)
from desktop.core.whatif.compare import Measure, WhatIf
from desktop.core.whatif.keys import change_lines
from desktop.core.whatif.text import notes, value_text

KEY = "whatif"
COUNTS = (
    *("expected", "reported", "accepted", "returned_colour", "returned_rent", "offered"),
    *("without_candidate", "applicants"),
)
CHARTED = ("reported", "accepted", "offered", "without_candidate", "applicants")
MONEY = ("rent_loss", "rent_loss_municipality")
TILES = ("accepted", "applicants", "without_candidate", "rent_loss")


def title() -> str:
    return translate("WhatIf", "What if: the agreement changed")


def _columns(first: str, kind: Kind) -> tuple[Column, ...]:
    return (
        Column(first, Kind.TEXT, 44),
        Column(translate("WhatIf", "As it was"), kind, 16),
        Column(translate("WhatIf", "With the changes"), kind, 16),
        Column(translate("WhatIf", "Difference"), kind, 14),
    )


def _rows(measures: list[Measure]) -> tuple[tuple[object, ...], ...]:
    return tuple((m.label, m.real, m.changed, m.difference) for m in measures)


def _tile(measure: Measure) -> Figure:
    return Figure(
        measure.code,
        measure.label,
        measure.changed,
        measure.kind,
        translate("WhatIf", "As it was: {real} ({difference})").format(
            real=value_text(measure.real, measure.kind),
            difference=value_text(measure.difference, measure.kind, signed=True),
        ),
    )


def as_report(result: WhatIf) -> Report:
    measures = {m.code: m for m in result.measures()}
    groups = result.by_target_group()
    as_it_was, changed = translate("WhatIf", "As it was"), translate("WhatIf", "With the changes")
    charted = [measures[code] for code in CHARTED]
    changes = [line["text"] for line in change_lines(result.changes)]
    return Report(
        key=KEY,
        title=title(),
        start=result.start,
        end=result.end,
        description=_description(changes),
        figures=tuple(_tile(measures[code]) for code in TILES),
        charts=(
            Chart(
                translate("WhatIf", "Dwellings and applicants"),
                ChartKind.HBAR,
                tuple(m.label for m in charted),
                (
                    Series(as_it_was, tuple(_number(m.real) for m in charted)),
                    Series(changed, tuple(_number(m.changed) for m in charted)),
                ),
            ),
            Chart(
                translate("WhatIf", "Applicants who had an offer, by target group"),
                ChartKind.HBAR,
                tuple(m.label for m in groups),
                (
                    Series(as_it_was, tuple(_number(m.real) for m in groups)),
                    Series(changed, tuple(_number(m.changed) for m in groups)),
                ),
            ),
        ),
        tables=(
            Table(
                translate("WhatIf", "Dwellings and applicants"),
                _columns(translate("WhatIf", "Figure"), Kind.INT),
                _rows([measures[code] for code in COUNTS]),
            ),
            Table(
                translate("WhatIf", "Rent loss"),
                _columns(translate("WhatIf", "Figure"), Kind.MONEY),
                _rows([measures[code] for code in MONEY]),
            ),
            Table(
                translate("WhatIf", "Offers by target group"),  # a sheet's name: 31 characters
                _columns(translate("WhatIf", "Target group"), Kind.INT),
                _rows(groups),
            ),
        ),
        notes=tuple(notes(result)),
    )


def _description(changes: list[str]) -> str:
    if not changes:
        return translate("WhatIf", "No changes: the period replayed as it was.")
    listed = "; ".join(changes)
    end = "" if listed.endswith(".") else "."  # "... 5800 kr." ends the sentence already
    return translate("WhatIf", "The changes, for the whole period: {changes}").format(
        changes=listed + end
    )


def _number(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]
