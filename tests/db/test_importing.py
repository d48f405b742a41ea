"""The generic import pipeline, driven by a tiny organisations importer defined here."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from db.enums import AuditAction, ImportKind, RowOutcome
from db.models import AuditEvent, ImportBatch, ImportRow, Organisation
from desktop.core.errors import FileProblem
from desktop.core.importing import (
    Cells,
    ImportContext,
    ImportWrite,
    Preview,
    PreviewRow,
    Progress,
    RowStatus,
    build_preview,
    commit,
    import_report,
    load_mapping,
    run_to_completion,
    save_mapping,
)
from desktop.core.tabular import Field, FieldSet, parse_identifier, parse_text
from desktop.core.workspace import Workspace


class Boom(RuntimeError):
    pass


class OrganisationSpec:
    """Organisation number and name; same number = same organisation (updated if renamed)."""

    kind = ImportKind.MASTER_DATA
    fieldset = FieldSet(
        (
            Field("number", ("Org.nr.", "Organisationsnummer"), required=True),
            Field("name", ("Navn", "Organisation"), required=True),
            Field("cvr", ("CVR",)),
        )
    )

    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after

    def parse_row(self, cells: Cells) -> dict[str, Any]:
        number = cells.take("number", parse_identifier, required=True)
        cvr = cells.take("cvr", parse_identifier)
        if cvr is not None and not (cvr.isdigit() and len(cvr) == 8):
            cells.problem("cvr", "A CVR number has 8 digits.")
        return {"number": number, "name": cells.take("name", parse_text), "cvr": cvr}

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        return values.get("number")

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        known = dict(session.execute(select(Organisation.number, Organisation.id)).all())
        names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        for row in rows:
            existing = known.get(row.values["number"])
            if existing is None:
                continue
            row.existing_id = existing
            same = names[existing] == row.values["name"]
            row.status = RowStatus.UNCHANGED if same else RowStatus.UPDATED

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        session, rows, _batch, context = job
        new = [row for row in rows if row.status is RowStatus.NEW]
        half = len(new) if self.fail_after is None else self.fail_after
        if new[:half]:
            session.execute(
                insert(Organisation),
                [
                    {"number": r.values["number"], "name": r.values["name"],
                     "cvr": r.values["cvr"], "created_by": context.user}
                    for r in new[:half]
                ],
            )  # fmt: skip
        if self.fail_after is not None:
            session.flush()
            raise Boom("disk full half-way")
        for row in rows:
            if row.status is RowStatus.UPDATED:
                session.execute(
                    update(Organisation)
                    .where(Organisation.id == row.existing_id)
                    .values(name=row.values["name"])
                )
        ids = dict(session.execute(select(Organisation.number, Organisation.id)).all())
        return [ids.get(row.values["number"]) for row in rows]


def preview_of(ws: Workspace, path: Path, spec: OrganisationSpec | None = None) -> Preview:
    return run_to_completion(build_preview(ws, path, spec or OrganisationSpec()))


def count(ws: Workspace, model: type[Any]) -> int:
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_preview_reads_the_sheet_with_the_columns_and_writes_nothing(
    workspace: Workspace, samples: Path
) -> None:
    seen: list[Progress] = []
    preview = run_to_completion(
        build_preview(workspace, samples / "organisations_departments.xlsx", OrganisationSpec()),
        seen.append,
    )
    assert preview.count(RowStatus.NEW) == 12
    assert preview.rows_total == 12
    assert preview.skipped_sheets == ["Afdelinger"]  # it has Org.nr. but no name column
    assert [row.row_number for row in preview.rows] == list(range(2, 14))
    assert preview.rows[0].values == {"number": "088", "name": "Plus Bolig", "cvr": "40187715"}
    assert preview.mappings[0].columns.header_row == 1
    assert seen[0].stage == "read"
    assert seen[-1].done == seen[-1].total
    assert preview.earlier_imports == []
    assert count(workspace, Organisation) == 0


def test_commit_keeps_file_rows_audit_and_mapping(workspace: Workspace, samples: Path) -> None:
    path = samples / "organisations_departments.xlsx"
    preview = preview_of(workspace, path)
    result = run_to_completion(commit(workspace, preview, OrganisationSpec()))
    assert (result.rows_total, result.rows_imported, result.rows_rejected) == (12, 12, 0)
    assert count(workspace, Organisation) == 12
    with workspace.read() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert batch.file_bytes == path.read_bytes()
        assert batch.sha256 == preview.sha256
        assert batch.created_by == "tester"
        assert batch.filename == "organisations_departments.xlsx"
        rows = session.scalars(select(ImportRow).where(ImportRow.batch_id == batch.id)).all()
        assert [r.outcome for r in rows] == [RowOutcome.IMPORTED] * 12
        assert all(r.entity_id is not None for r in rows)
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT)
        ).one()
        assert event.entity_id == batch.id
        assert event.user == "tester"
    assert load_mapping(workspace, None, ImportKind.MASTER_DATA) == {
        "orgnr": "number",
        "navn": "name",
        "cvr": "cvr",
    }


def test_same_file_again_is_recognised_and_changes_nothing(
    workspace: Workspace, samples: Path
) -> None:
    path = samples / "organisations_departments.xlsx"
    first = run_to_completion(commit(workspace, preview_of(workspace, path), OrganisationSpec()))
    again = preview_of(workspace, path)
    assert [e.batch_id for e in again.earlier_imports] == [first.batch_id]
    assert again.count(RowStatus.UNCHANGED) == 12
    result = run_to_completion(commit(workspace, again, OrganisationSpec()))
    assert result.rows_imported == 0
    assert count(workspace, Organisation) == 12


@pytest.mark.parametrize("fail_after", [0, 6])
def test_failure_half_way_leaves_the_database_unchanged(
    workspace: Workspace, samples: Path, fail_after: int
) -> None:
    path = samples / "organisations_departments.xlsx"
    preview = preview_of(workspace, path)
    with pytest.raises(Boom):
        run_to_completion(commit(workspace, preview, OrganisationSpec(fail_after=fail_after)))
    for model in (Organisation, ImportBatch, ImportRow):
        assert count(workspace, model) == 0, model.__name__
    with workspace.read() as session:  # the backup copy made before is its own, kept action
        actions = set(session.scalars(select(AuditEvent.action)))
    assert AuditAction.IMPORT not in actions
    assert load_mapping(workspace, None, ImportKind.MASTER_DATA) == {}


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_errors_duplicates_blank_and_total_rows_and_the_report(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "org.csv",
        [
            "Liste over organisationer;;",
            "Org.nr.;Navn;CVR",
            "088;Plus Bolig;40187715",
            "131;Hasseris Boligselskab;1965",
            ";Uden nummer;",
            ";;",
            "088;Plus Bolig;40187715",
            "145;Himmerland Boligforening;",
            "I alt;3 organisationer;",
        ],
    )
    preview = preview_of(workspace, path)
    statuses = {row.row_number: row.status for row in preview.rows}
    assert statuses == {
        3: RowStatus.NEW,
        4: RowStatus.ERROR,
        5: RowStatus.ERROR,
        6: RowStatus.SKIPPED,
        7: RowStatus.DUPLICATE,
        8: RowStatus.NEW,
        9: RowStatus.SKIPPED,
    }
    duplicate = next(row for row in preview.rows if row.row_number == 7)
    assert duplicate.duplicate_of == 3
    report = import_report(preview, organisation="Aalborg")
    assert report == {
        "file": "org.csv",
        "organisation": "Aalborg",
        "rows_total": 5,
        "rows_imported": 2,
        "rows_rejected": 2,
        "duplicates": 1,
        "errors": [
            {"sheet": "org", "row": 4, "column": "CVR", "message": "A CVR number has 8 digits."},
            {
                "sheet": "org",
                "row": 5,
                "column": "Org.nr.",
                "message": "The cell is empty but must be filled in.",
            },
        ],
        "dry_run": True,
        "columns": {"Org.nr.": "number", "Navn": "name", "CVR": "cvr"},
        "unmapped_columns": [],
        "suggested_columns": {},
        "ignored_columns": [],
    }
    result = run_to_completion(commit(workspace, preview, OrganisationSpec()))
    done = import_report(preview, result)
    assert done["dry_run"] is False
    assert (done["rows_imported"], done["rows_rejected"], done["duplicates"]) == (2, 2, 1)
    with workspace.read() as session:
        outcomes = session.execute(
            select(ImportRow.row_number, ImportRow.outcome, ImportRow.messages).order_by(
                ImportRow.row_number
            )
        ).all()
    assert [(n, o) for n, o, _ in outcomes] == [
        (3, RowOutcome.IMPORTED),
        (4, RowOutcome.ERROR),
        (5, RowOutcome.ERROR),
        (6, RowOutcome.SKIPPED),
        (7, RowOutcome.DUPLICATE),
        (8, RowOutcome.IMPORTED),
        (9, RowOutcome.SKIPPED),
    ]
    assert outcomes[1][2] == [{"column": "CVR", "message": "A CVR number has 8 digits."}]


def test_remembered_mapping_maps_headers_the_synonyms_do_not_know(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "firma.csv", ["Nummer;Firma", "310;Lejerbo Aalborg"])
    with pytest.raises(FileProblem, match=r"Org\.nr\."):
        preview_of(workspace, path)
    save_mapping(workspace, None, ImportKind.MASTER_DATA, {"nummer": "number", "firma": "name"})
    preview = preview_of(workspace, path)
    assert preview.rows[0].values["name"] == "Lejerbo Aalborg"


def test_rows_imported_meanwhile_are_not_written_twice(workspace: Workspace, samples: Path) -> None:
    path = samples / "organisations_departments.xlsx"
    stale = preview_of(workspace, path)
    run_to_completion(commit(workspace, preview_of(workspace, path), OrganisationSpec()))
    result = run_to_completion(commit(workspace, stale, OrganisationSpec()))
    assert result.rows_imported == 0
    assert count(workspace, Organisation) == 12


def test_renamed_organisation_is_updated(workspace: Workspace, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", ["Org.nr.;Navn", "310;Lejerbo"])
    run_to_completion(commit(workspace, preview_of(workspace, first), OrganisationSpec()))
    second = write_csv(tmp_path / "b.csv", ["Org.nr.;Navn", "310;Lejerbo Aalborg"])
    preview = preview_of(workspace, second)
    assert preview.rows[0].status is RowStatus.UPDATED
    result = run_to_completion(commit(workspace, preview, OrganisationSpec()))
    assert result.rows_imported == 1
    with workspace.read() as session:
        assert session.scalars(select(Organisation.name)).all() == ["Lejerbo Aalborg"]


def test_unreadable_file_is_a_file_problem(workspace: Workspace, tmp_path: Path) -> None:
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(FileProblem, match="empty"):
        preview_of(workspace, empty)


def test_an_import_into_a_database_with_data_is_preceded_by_a_backup(
    sqlite_workspace: Workspace, tmp_path: Path
) -> None:
    """The desk can go back to the database as it was before any import."""
    from desktop.core import backups

    path = tmp_path / "orgs.csv"
    path.write_text("Org.nr.;Navn\n301;Ny Bolig\n", encoding="utf-8")
    spec = OrganisationSpec()
    run_to_completion(commit(sqlite_workspace, preview_of(sqlite_workspace, path, spec), spec))
    made = backups.backups_of(sqlite_workspace)
    assert [b.kind for b in made] == ["before-import"]
