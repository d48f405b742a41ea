"""Importing a private landlord's spreadsheet of vacant dwellings (`anvis import vacancies FILE
--landlord CVR`): the organisations' importer, but the dwellings lie in no department. Each row
is a notice received today, in the scheme for private landlords, due 7 working days on (see
`desktop.core.intake.landlord_notices`). A department column, if any, is read but not used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.core.importing import Steps, finish_import
from desktop.core.importing.spec import (
    ImportContext,
    ParsedRows,
    PreviewRow,
    Problem,
    RowStatus,
)
from desktop.core.intake import landlord_notices, store
from desktop.core.intake.fields import FIELDS
from desktop.core.intake.importer import DRAFT, VacancySpec, draft_of
from desktop.core.intake.imports import ImportOutcome, outcome_of, preview_vacancies
from desktop.core.intake.parse import parse_columns
from desktop.core.registry.landlords import LandlordRef
from desktop.core.tabular import Workbook
from desktop.core.tabular.headers import FieldSet
from desktop.core.tabular.model import CellValue
from desktop.core.workspace import Workspace

# The organisations' columns, none of which names a department that must be there.
LANDLORD_FIELDS = FieldSet(
    tuple(replace(f, required=False) if f.name == "department_number" else f for f in FIELDS.fields)
)


class LandlordVacancySpec(VacancySpec):
    """The `ImportSpec` of one landlord's file: the dwellings are the landlord's, in `scheme`."""

    fieldset: FieldSet = LANDLORD_FIELDS
    needs_department = False

    def __init__(self, landlord_id: int, scheme: str) -> None:
        super().__init__(scheme)
        self.landlord_id = landlord_id

    def parse_rows(
        self, columns: Mapping[str, Sequence[CellValue]], headers: Mapping[str, str], count: int
    ) -> ParsedRows:
        drafts, problems = parse_columns(columns, headers, count)
        return ParsedRows(
            [{DRAFT: draft} for draft in drafts],
            problems,
            [(store.lease_key(d), d.available_from) for d in drafts],
        )

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        """(lease number or address, available from): the same dwelling twice in the file."""
        draft = draft_of(values)
        return (store.lease_key(draft), draft.available_from)

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        landlord_notices.sending_landlord(session, self.landlord_id)
        today = context.today
        candidates: list[PreviewRow] = []
        keys: list[tuple[int, str, dt.date | None]] = []
        for row in rows:
            draft = row.values[DRAFT]
            row.add_problem(*self._rule_problems(row, draft, today))
            if row.problems:
                continue
            candidates.append(row)
            keys.append(store.landlord_key(self.landlord_id, draft))
        existing = store.existing_landlord_keys(session, keys)
        if not existing:
            return
        message = translate(
            "Intake",
            "Already registered: the same landlord, lease number or address and available-from "
            "date.",
        )
        for row, key in zip(candidates, keys, strict=True):
            if key in existing:
                row.status = RowStatus.DUPLICATE
                row.add_problem(Problem("", message))

    def new_vacancies(self, rows: Sequence[PreviewRow]) -> store.NewVacancies:
        """The rows' dwellings as the store inserts them: the landlord's, in no department (the
        import's quota counts pass them over)."""
        return store.NewVacancies(
            [draft_of(row.values) for row in rows],
            [None] * len(rows),
            [row.sheet for row in rows],
            [row.row_number for row in rows],
            self.landlord_id,
        )


def spec_for_landlord(ws: Workspace, landlord: LandlordRef) -> LandlordVacancySpec:
    """The importer of `landlord`'s file, in the scheme for private landlords in force today."""
    with ws.read() as session:
        landlord_notices.sending_landlord(session, landlord.id)
        scheme = landlord_notices.landlord_scheme(session, ws.today())
    return LandlordVacancySpec(landlord.id, scheme.key)


def import_landlord_vacancies(
    ws: Workspace,
    path: Path,
    landlord: LandlordRef,
    *,
    dry_run: bool = False,
    workbook: Workbook | None = None,
    strict: bool = False,
) -> Steps[ImportOutcome]:
    """Preview and, unless `dry_run`, commit a private landlord's file (`strict` as for the
    organisations' files)."""
    spec = spec_for_landlord(ws, landlord)
    preview = yield from preview_vacancies(
        ws, path, None, manual_mapping=False, workbook=workbook, spec=spec
    )
    result = yield from finish_import(ws, preview, spec, dry_run=dry_run, strict=strict)
    return outcome_of(
        preview,
        landlord,
        None if result is None else result.batch_id,
        dry_run=dry_run,
        scheme=spec.scheme,
    )
