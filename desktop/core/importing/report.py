"""The JSON report every import command prints (`--json`), the same for all import kinds.

Scripts that automate imports read these keys; keep them stable.
"""

from __future__ import annotations

from typing import Any

from desktop.core.importing.columns import ignored_columns, not_understood, used_columns
from desktop.core.importing.commit import CommitResult
from desktop.core.importing.preview import Preview
from desktop.core.importing.spec import RowStatus


def import_report(
    preview: Preview, result: CommitResult | None = None, *, organisation: str | None = None
) -> dict[str, Any]:
    """{file, organisation, rows_total, rows_imported, rows_rejected, duplicates, errors, dry_run,
    columns, unmapped_columns, ignored_columns, suggested_columns}.

    Without a `result` (a dry run) the counts say what a commit would do. `columns`: header ->
    field of every column read; `unmapped_columns`: the headers of the columns not understood
    (not imported), `suggested_columns` the field each one's words point to (for a person to
    confirm); `ignored_columns`: those a remembered choice leaves out.
    """
    errors = [
        {
            "sheet": row.sheet,
            "row": row.row_number,
            "column": problem.column,
            "message": problem.message,
        }
        for row in preview.rows
        if row.status is RowStatus.ERROR
        for problem in row.problems
    ]
    unknown = not_understood(preview)
    if result is None:
        imported = preview.count(RowStatus.NEW) + preview.count(RowStatus.UPDATED)
        rejected = preview.count(RowStatus.ERROR)
        duplicates = preview.count(RowStatus.DUPLICATE)
        total = preview.rows_total
    else:
        imported, rejected = result.rows_imported, result.rows_rejected
        duplicates, total = result.rows_duplicate, result.rows_total
    return {
        "file": preview.file_name,
        "organisation": organisation,
        "rows_total": total,
        "rows_imported": imported,
        "rows_rejected": rejected,
        "duplicates": duplicates,
        "errors": errors,
        "dry_run": result is None,
        "columns": used_columns(preview),
        "unmapped_columns": list(dict.fromkeys(c.header for c in unknown)),
        "suggested_columns": {c.header: c.suggestion for c in unknown if c.suggestion},
        "ignored_columns": ignored_columns(preview),
    }
