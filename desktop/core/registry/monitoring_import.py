"""Importing a year's monitoring figures (an importer of the shared pipeline).

One row per department: organisation number (a number cell is fine: 88 = "088"), department
number (text), residents and the five indicators. A department Anvis does not know is a row
error with the closest departments as suggestions; a missing or suppressed (".") figure is a row
error too: the figures are never guessed, the department simply gets no proposal in the review.
Re-importing merges by department and year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ImportKind
from db.models import MonitoringFigures
from desktop.core import colours
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.importing import (
    Cells,
    ImportContext,
    ImportWrite,
    Preview,
    PreviewRow,
    RowStatus,
    build_preview,
    run_to_completion,
)
from desktop.core.importing.at_once import ImportResult, import_file
from desktop.core.importing.columns import not_understood_line
from desktop.core.importing.summary import ImportSummary, accounting, summary_of
from desktop.core.registry import monitoring, names, numbers
from desktop.core.registry.master_data import row_department
from desktop.core.registry.thresholds import FIGURE_NAMES, Figures
from desktop.core.tabular import read_workbook
from desktop.core.tabular.headers import Field, FieldSet
from desktop.core.tabular.model import CellValue
from desktop.core.tabular.values import ValueProblem, parse_decimal, parse_identifier
from desktop.core.workspace import Workspace

FIELDS = FieldSet(
    (
        Field(
            "organisation_number",
            ("Org.nr.", "Org nr", "Organisationsnummer", "Boligorganisation", "Org"),
            required=True,
            label="Org.nr.",
        ),
        Field(
            "number",
            ("Afd.nr.", "Afdelingsnummer", "Afd.", "Afdeling", "Afd nr"),
            required=True,
            label="Afd.nr.",
        ),
        Field("residents", ("Beboere", "Antal beboere", "Residents"), required=True),
        Field(
            "pct_outside_work",
            (
                "Andel 18-64 år uden for arbejde/uddannelse (%)",
                "Uden for arbejde/uddannelse (%)",
                "Uden for arbejdsmarkedet (%)",
                "Outside work or education (%)",
            ),
            required=True,
        ),
        Field(
            "conviction_ratio",
            (
                "Dømte ift. landsgennemsnit (ratio)",
                "Dømte ift. landsgennemsnit",
                "Dømte (ratio)",
                "Convictions (ratio)",
            ),
            required=True,
        ),
        Field(
            "pct_basic_school",
            (
                "Andel 30-59 år kun grundskole (%)",
                "Kun grundskole (%)",
                "Grundskole (%)",
                "Basic school only (%)",
            ),
            required=True,
        ),
        Field(
            "income_pct",
            (
                "Indkomst ift. regionen (%)",
                "Indkomst ift. regionen",
                "Indkomst (%)",
                "Income vs. region (%)",
            ),
            required=True,
        ),
        Field(
            "pct_non_western",
            (
                "Andel ikke-vestlige indvandrere/efterkommere (%)",
                "Ikke-vestlige (%)",
                "Andel ikke-vestlige (%)",
                "Non-Western (%)",
            ),
            required=True,
        ),
    )
)

_SUPPRESSED = {".", "..", "-", "x", "n/a", "na", "*"}


def parse_figure(value: CellValue) -> float | None:
    """A number (23.4, "23,4", "23,4 %"); "." and the like mean a suppressed, missing figure."""
    if isinstance(value, str):
        text = value.strip()
        if text.casefold() in _SUPPRESSED:
            raise ValueProblem(
                translate(
                    "Monitoring",
                    "“{value}” means the figure is suppressed or missing: the department gets "
                    "no proposal until the figure is known.",
                ).format(value=text)
            )
        value = text.rstrip("%").strip()
    number = parse_decimal(value)
    return None if number is None else float(number)


def parse_residents(value: CellValue) -> int | None:
    number = parse_figure(value)
    if number is None:
        return None
    if number < 0 or number != int(number):
        raise ValueProblem(
            translate("Monitoring", "“{value}” is not a number of residents.").format(value=value)
        )
    return int(number)


@dataclass
class MonitoringSpec:
    year: int
    kind: ImportKind = ImportKind.MONITORING
    fieldset: FieldSet = FIELDS

    def parse_row(self, cells: Cells) -> dict[str, Any]:
        values: dict[str, Any] = {
            "organisation_number": numbers.organisation_number(
                cells.take("organisation_number", parse_identifier, required=True)
            ),
            "number": cells.take("number", parse_identifier, required=True),
            "residents": cells.take("residents", parse_residents, required=True),
        }
        for name in FIGURE_NAMES[1:]:
            values[name] = cells.take(name, parse_figure, required=True)
            if values[name] is not None and values[name] < 0:
                cells.problem(name, translate("Monitoring", "A figure cannot be negative."))
        return values

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        return (values["organisation_number"], values["number"])

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        stored = {
            f.department_id: f
            for f in session.scalars(
                select(MonitoringFigures).where(MonitoringFigures.year == self.year)
            )
        }
        for row in rows:
            values = row.values
            department = row_department(
                session,
                row,
                FIELDS.get("number").title,
                lambda organisation, number: _unknown(session, organisation, number),
            )
            if department is None:
                continue
            values["department_id"] = department.id
            existing = stored.get(department.id)
            if existing is None:
                continue  # NEW
            row.existing_id = existing.id
            same = all(getattr(existing, name) == values[name] for name in FIGURE_NAMES)
            row.status = RowStatus.UNCHANGED if same else RowStatus.UPDATED

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        ids: list[int | None] = []
        for row in job.rows:
            figures = Figures(*(row.values[name] for name in FIGURE_NAMES))
            monitoring.store_figures(
                job.session, row.values["department_id"], self.year, figures, job.batch.id
            )
            ids.append(row.values["department_id"])
        return ids


def _unknown(session: Session, organisation: str, department: str) -> str:
    message = translate(
        "Monitoring", "Anvis has no department {department} in organisation {organisation}."
    ).format(department=department, organisation=organisation)
    near = colours.closest_departments(session, organisation, department)
    if near:
        message += " " + translate("Monitoring", "Did you mean: {names}?").format(
            names="; ".join(ref.label for ref in near)
        )
    return message


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def detect_year(path: Path, sheet_names: Sequence[str] = ()) -> int | None:
    """The year a monitoring file is about, from its sheet names or file name ("2026")."""
    for text in (*sheet_names, path.stem):
        found = _YEAR.findall(text)
        if len(set(found)) == 1:
            return int(found[0])
    return None


@dataclass(frozen=True)
class MonitoringResult(ImportResult):
    year: int
    placements_written: int | None  # None unless the proposals were applied

    def as_json(self) -> dict[str, Any]:
        report = super().as_json()
        report["year"] = self.year
        report["unknown_departments"] = [
            e["row"] for e in report["errors"] if e["column"] == FIELDS.get("number").title
        ]
        report["placements_written"] = self.placements_written
        return report


def preview_monitoring(ws: Workspace, path: Path, year: int | None = None) -> Preview:
    """Read and check the file (nothing written); the year from the file unless given."""
    spec = MonitoringSpec(year or _year_of(path))
    return run_to_completion(build_preview(ws, path, spec))


def _year_of(path: Path) -> int:
    year = detect_year(path)
    if year is None:
        year = detect_year(path, [s.name for s in read_workbook(path).sheets])
    if year is None:
        raise ValidationError(
            translate(
                "Monitoring",
                "Anvis cannot tell which year {file} is about: give the year (--year 2026).",
            ).format(file=path.name),
            {"year": translate("Monitoring", "Give the year.")},
        )
    return year


def import_monitoring(
    ws: Workspace,
    path: Path,
    *,
    year: int | None = None,
    apply_from: dt.date | None = None,
    dry_run: bool = False,
    strict: bool = False,
) -> MonitoringResult:
    """Import the figures; with `apply_from`, also accept every proposal from that day.
    `strict`: a column with values that Anvis does not understand refuses the file."""
    used_year = year or _year_of(path)
    done = import_file(ws, path, MonitoringSpec(used_year), dry_run=dry_run, strict=strict)
    written = None
    if apply_from is not None and done.result is not None:
        written = monitoring.apply_review(ws, used_year, apply_from)
    return MonitoringResult(done.preview, done.result, used_year, written)


def summary(outcome: MonitoringResult) -> ImportSummary:
    """What became of every row of the file, the rows with errors, and what else was done."""
    report = outcome.as_json()
    lines = accounting(outcome.preview)
    unknown = len(set(report["unknown_departments"]))
    if unknown:
        lines.append(
            translate(
                "Registry",
                "  of those with errors, departments Anvis does not know: {count} (add them "
                "under Departments, or correct the numbers in the file)",
            ).format(count=unknown)
        )
    columns = not_understood_line(report, lambda name: FIELDS.get(name).title)
    if columns:
        lines.append(columns)
    if outcome.result is None:
        lines.append(translate("Registry", "Dry run: nothing was saved."))
    elif outcome.placements_written is not None:
        lines.append(
            translate("Registry", "Placements written: {count}").format(
                count=outcome.placements_written
            )
        )
    title = translate("Registry", "Monitoring figures {year}: {file}").format(
        year=outcome.year, file=outcome.preview.file_name
    )
    return summary_of(outcome.preview, title, lines)


def summary_lines(outcome: MonitoringResult, day: dt.date | None = None) -> list[str]:
    """The summary as the command line prints it (errors one to a line)."""
    return summary(outcome).text_lines()


def proposal_lines(ws: Workspace, year: int, day: dt.date) -> list[str]:
    changes = [row for row in monitoring.review(ws, year, day) if row.changes]
    lines = [
        translate(
            "Registry", "Proposed changes ({count}); accept them with --apply --from DATE:"
        ).format(count=len(changes))
    ]
    for row in changes:
        lines.append(
            "  {org}-{dept} {name}: {old} -> {new}".format(
                org=row.organisation_number,
                dept=row.department_number,
                name=row.department_name,
                old="-" if row.current_colour is None else names.colour_name(row.current_colour),
                new="-" if row.proposed_colour is None else names.colour_name(row.proposed_colour),
            )
        )
    return lines
