"""The JSON report every import command prints (`--json`), the same for all import kinds.

Scripts that automate imports read these keys; keep them stable.
"""

from __future__ import annotations

from typing import Any

from desktop.core.importing.commit import CommitResult
from desktop.core.importing.preview import Preview
from desktop.core.importing.spec import RowStatus


def import_report(
    preview: Preview, result: CommitResult | None = None, *, organisation: str | None = None
) -> dict[str, Any]:
    """{file, organisation, rows_total, rows_imported, rows_rejected, duplicates, errors, dry_run}.

    Without a `result` (a dry run) the counts say what a commit would do.
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
    }
