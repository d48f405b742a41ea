"""Committing a preview: one transaction that writes everything or nothing.

The batch keeps the original file (bytes and SHA-256), who imported it and when, the counts and
every row's outcome with its messages, so any imported value can be traced back to a row of a
file: an `ImportRow` per row, except that an importer whose records keep their own batch, sheet
and row (`entities_keep_source`, e.g. a vacancy's `import_batch_id`, `source_sheet`,
`source_row`) stores `ImportRow`s only for the rows that did not become a record;
`outcomes.batch_rows` puts both together. The rows are re-classified inside the write
transaction, because another workstation may have imported the same dwellings since the preview
was built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Table
from sqlalchemy.orm import Session

from db.enums import AuditAction, ImportKind
from db.models import ImportBatch, ImportRow
from desktop.core import audit, locking
from desktop.core.backups import backup_before
from desktop.core.importing.bulk import insert_columns, stored_json
from desktop.core.importing.columns import refuse_not_understood
from desktop.core.importing.mappings import save_mapping_in
from desktop.core.importing.preview import Preview, classify
from desktop.core.importing.progress import Progress, Steps
from desktop.core.importing.spec import ImportSpec, ImportWrite, PreviewRow, RowStatus
from desktop.core.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CommitResult:
    batch_id: int
    rows_total: int
    rows_imported: int
    rows_rejected: int
    rows_duplicate: int


def finish_import(
    ws: Workspace,
    preview: Preview,
    spec: ImportSpec,
    *,
    dry_run: bool = False,
    strict: bool = False,
) -> Steps[CommitResult | None]:
    """What `anvis import ...` does once the file is previewed: `strict` refuses it when a column
    with values is not understood (FileProblem); a `dry_run` stops there (None); else `commit`."""
    if strict:
        refuse_not_understood(preview)
    if dry_run:
        return None
    return (yield from commit(ws, preview, spec))


def one_import_at_a_time(session: Session, kind: ImportKind) -> None:
    """Two imports of one kind at once (or an import and a record entered by hand that it may
    duplicate): the second finds its duplicates after the first has written (what it imported
    is then a duplicate, not a second copy)."""
    locking.one_at_a_time(session, f"import {kind}")


def commit(
    ws: Workspace, preview: Preview, spec: ImportSpec, *, remember_mapping: bool = True
) -> Steps[CommitResult]:
    """Write the preview's NEW and UPDATED rows; yields progress, returns the counts. A SQLite
    database that holds data is copied first, so the desk can go back to before the import."""
    yield Progress(0, 1, "write")
    if ws.migration is None or not ws.migration.created:
        backup_before(ws, "import")
    with ws.write() as session:
        one_import_at_a_time(session, spec.kind)
        classify(session, spec, preview)
        counts = _counts(preview)
        book = preview.workbook
        batch = ImportBatch(
            kind=spec.kind,
            organisation_id=preview.context.organisation_id,
            filename=book.name[:260],
            file_bytes=book.data if keeps_file(spec) else b"",
            sha256=book.sha256,
            size=len(book.data),
            rows_total=counts.rows_total,
            rows_imported=counts.rows_imported,
            rows_rejected=counts.rows_rejected,
            rows_duplicate=counts.rows_duplicate,
            mapping={m.sheet: m.columns.remembered for m in preview.mappings},
        )
        session.add(batch)
        session.flush()
        to_write = preview.rows_to_write
        ids = (
            list(spec.write(ImportWrite(session, to_write, batch, preview.context)))
            if to_write
            else []
        )
        if len(ids) != len(to_write):
            raise ValueError(
                f"{type(spec).__name__}.write returned {len(ids)} ids for {len(to_write)} rows"
            )
        entity = {id(row): entity_id for row, entity_id in zip(to_write, ids, strict=True)}
        recorded = preview.rows
        if entities_keep_source(spec):
            recorded = [row for row in recorded if entity.get(id(row)) is None]
        _insert_rows(session, batch.id, recorded, entity)
        # A mapping is remembered only from an import that read something with it.
        if remember_mapping and counts.rows_imported and preview.remembered():
            save_mapping_in(
                session, preview.context.organisation_id, spec.kind, preview.remembered(), ws.user
            )
        audit.record(
            session,
            AuditAction.IMPORT,
            "import_batch",
            batch.id,
            details={
                "kind": str(spec.kind),
                "file": book.name,
                "sha256": book.sha256,
                "rows_total": counts.rows_total,
                "rows_imported": counts.rows_imported,
                "rows_rejected": counts.rows_rejected,
                "duplicates": counts.rows_duplicate,
            },
        )
        result = CommitResult(batch.id, *counts.as_tuple())
    yield Progress(1, 1, "write")
    return result


@dataclass(frozen=True, slots=True)
class _Counts:
    rows_total: int
    rows_imported: int
    rows_rejected: int
    rows_duplicate: int

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.rows_total, self.rows_imported, self.rows_rejected, self.rows_duplicate)


def _counts(preview: Preview) -> _Counts:
    return _Counts(
        rows_total=preview.rows_total,
        rows_imported=preview.count(RowStatus.NEW) + preview.count(RowStatus.UPDATED),
        rows_rejected=preview.count(RowStatus.ERROR),
        rows_duplicate=preview.count(RowStatus.DUPLICATE),
    )


def keeps_file(spec: ImportSpec) -> bool:
    """Whether the batch keeps the original file's bytes (optional attribute `keeps_file` of a
    spec; True when absent). An importer of personal data may keep only the file's hash: one
    person cannot be cut out of a stored workbook when their case is anonymised."""
    return bool(getattr(spec, "keeps_file", True))


def entities_keep_source(spec: ImportSpec) -> bool:
    """The importer's records keep their batch, sheet and row themselves (optional attribute
    `entities_keep_source` of a spec; False when absent)."""
    return bool(getattr(spec, "entities_keep_source", False))


def _insert_rows(
    session: Session, batch_id: int, rows: Sequence[PreviewRow], entity: dict[int, int | None]
) -> None:
    """The ImportRow records in one executemany of plain values (the ORM is ~10x slower)."""
    if not rows:
        return
    empty = stored_json([])
    table: Table = ImportRow.__table__  # type: ignore[assignment]
    insert_columns(
        session,
        table,
        len(rows),
        {
            "sheet": [row.sheet[:100] for row in rows],
            "row_number": [row.row_number for row in rows],
            "outcome": [row.status.outcome.value for row in rows],
            "entity_id": [entity.get(id(row)) for row in rows],
            "messages": [
                stored_json([{"column": p.column, "message": p.message} for p in row.problems])
                if row.problems
                else empty
                for row in rows
            ],
        },
        {"batch_id": batch_id},
    )
