"""What an import did with every row of its file, for people: the same accounting for every kind
of import, and the rows with errors as a list of their own.

    summary = summary_of(preview, title, [*accounting(preview), ...])

The window shows the lines above a table of the errors that can be copied or saved
(`desktop.ui.dialogs.import_report`); the command line prints `summary.text_lines()`. Every data
row of the file is counted in exactly one outcome, so the counts add up to the rows of the file.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.exchange.safe_cells import looks_like_formula, safe_text
from desktop.core.i18n import translate
from desktop.core.importing.preview import Preview
from desktop.core.importing.spec import RowStatus


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem of one row: where it is in the file and what is wrong."""

    sheet: str
    row: int
    column: str  # the file's header ("" when the problem is about the whole row)
    message: str

    def line(self) -> str:
        """ "  Afdelinger, row 7, Farve: ..." (the command line)."""
        return translate("ImportSummary", "  {sheet}, row {row}, {column}: {message}").format(
            sheet=self.sheet, row=self.row, column=self.column or "-", message=self.message
        )


@dataclass(frozen=True)
class ImportSummary:
    title: str  # what was imported ("Monitoring figures 2026: monitoring_2026.xlsx")
    lines: tuple[str, ...]  # what became of the rows, then anything else the import did
    errors: tuple[RowError, ...] = ()
    file_name: str = ""  # the file imported

    def text_lines(self) -> list[str]:
        """The summary as the command line prints it: the title, the lines, then one line per
        error."""
        return [self.title, *self.lines, *(error.line() for error in self.errors)]


def summary_of(preview: Preview, title: str, lines: Iterable[str]) -> ImportSummary:
    """The summary of an import of `preview`: its title and lines, and the rows with errors."""
    return ImportSummary(title, tuple(lines), row_errors(preview), preview.file_name)


def row_errors(preview: Preview) -> tuple[RowError, ...]:
    """Every problem of every row with errors, in the file's order."""
    return tuple(
        RowError(row.sheet, row.row_number, problem.column, problem.message)
        for row in preview.rows
        if row.status is RowStatus.ERROR
        for problem in row.problems
    )


def _outcome_labels() -> dict[RowStatus, str]:
    return {
        RowStatus.NEW: translate("ImportSummary", "New: {count}"),
        RowStatus.UPDATED: translate("ImportSummary", "Updated: {count}"),
        RowStatus.UNCHANGED: translate(
            "ImportSummary", "Unchanged (stored already as the file has them): {count}"
        ),
        RowStatus.DUPLICATE: translate(
            "ImportSummary", "Duplicates (twice in the file, or stored already): {count}"
        ),
        RowStatus.ERROR: translate(
            "ImportSummary", "With errors (not imported; see the list): {count}"
        ),
    }


def accounting(preview: Preview, sheet: str | None = None) -> list[str]:
    """The rows of the file (or of one `sheet`) and what became of each, one line per outcome
    that has rows; then the empty and total rows left out (and, for the whole file, the sheets
    not read)."""
    statuses: list[RowStatus] = [
        row.status for row in preview.rows if sheet is None or row.sheet == sheet
    ]
    data: list[RowStatus] = [s for s in statuses if s is not RowStatus.SKIPPED]
    lines = [translate("ImportSummary", "Rows in the file: {count}").format(count=len(data))]
    if sheet is not None:
        lines[0] = translate("ImportSummary", "Rows in the sheet {sheet}: {count}").format(
            sheet=sheet, count=len(data)
        )
    outcomes = Counter(data)
    for status, label in _outcome_labels().items():
        count = outcomes[status]
        if count:
            lines.append("  " + label.format(count=count))
    skipped = len(statuses) - len(data)
    if skipped:
        lines.append(
            translate("ImportSummary", "Empty and total rows (left out): {count}").format(
                count=skipped
            )
        )
    if sheet is None:
        not_read = sheets_not_read(preview)
        if not_read:
            lines.append(not_read)
    return lines


def sheets_not_read(preview: Preview) -> str | None:
    """The sheets with data but without the importer's columns (a sheet of drop-down lists)."""
    if not preview.skipped_sheets:
        return None
    return translate("ImportSummary", "Sheets without the columns Anvis reads: {sheets}").format(
        sheets=", ".join(preview.skipped_sheets)
    )


def _cells(errors: Sequence[RowError]) -> list[list[str]]:
    head = [
        translate("ImportSummary", "Sheet"),
        translate("ImportSummary", "Row"),
        translate("ImportSummary", "Column"),
        translate("ImportSummary", "Error"),
    ]
    return [head, *([e.sheet, str(e.row), e.column, e.message] for e in errors)]


def errors_text(errors: Sequence[RowError]) -> str:
    """The errors with a header, tab-separated: pasted into a spreadsheet they fill its cells."""
    rows = _cells(errors)
    return "\n".join("\t".join(" ".join(cell.split()) for cell in row) for row in rows) + "\n"


def errors_csv(errors: Sequence[RowError]) -> bytes:
    """The errors as a CSV file that Excel opens in Danish (";", UTF-8 with a byte-order mark).
    A cell that a spreadsheet could take for a formula gets a leading apostrophe, and CPR-like
    numbers in the messages are masked, as in every file Anvis writes."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in _cells(errors):
        writer.writerow(
            ["'" + cell if looks_like_formula(cell) else cell for cell in map(safe_text, row)]
        )
    return out.getvalue().encode("utf-8-sig")
