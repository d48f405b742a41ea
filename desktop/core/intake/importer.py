"""The vacancy importer: what `desktop.core.importing`'s pipeline needs to read the
organisations' vacancy spreadsheets (fields and synonyms, row parsing and the row rules, the
duplicate key, departments and duplicates against the database, the bulk write with the intake
check)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ImportKind
from db.models import Department, Organisation
from desktop.core.i18n import translate
from desktop.core.importing.spec import (
    Cells,
    ImportContext,
    ImportWrite,
    ParsedRows,
    PreviewRow,
    Problem,
    RowStatus,
)
from desktop.core.intake import counts, rules, store
from desktop.core.intake.fields import FIELDS, NOT_IMPORTED
from desktop.core.intake.manual import unknown_department_message
from desktop.core.intake.parse import (
    parse_cells,
    parse_columns,
    sheet_dwelling_type,
    source_field,
)
from desktop.core.intake.rules import VacancyDraft
from desktop.core.registry import numbers
from desktop.core.registry.departments import closest_departments
from desktop.core.schemes.settings import ORDINARY
from desktop.core.tabular.headers import FieldSet
from desktop.core.tabular.model import CellValue

DRAFT = "draft"  # the key of a row's `VacancyDraft` in the pipeline's values dict
_RULES = "_rules"  # (day, problems): the row rules' verdict, kept for the commit's re-check
_UNSEEN = object()


def draft_of(values: Mapping[str, Any]) -> VacancyDraft:
    """The parsed dwelling of a preview row."""
    draft: VacancyDraft = values[DRAFT]
    return draft


def shown_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """A preview row's parsed values by field name (for the preview table and reports)."""
    draft = values.get(DRAFT)
    if draft is None:
        return {}
    return {f.name: getattr(draft, f.name) for f in fields(VacancyDraft)}


class DepartmentIndex:
    """An organisation's departments by number, found as `find_department` finds them: exact
    text first, then (all digits) without leading zeros when that is unambiguous."""

    def __init__(self, session: Session, organisation_id: int) -> None:
        rows = session.execute(
            select(Department.number, Department.id).where(
                Department.organisation_id == organisation_id
            )
        ).all()
        self.exact = dict(rows)
        loose: dict[str, list[int]] = {}
        for number, dept_id in rows:
            if number.isdigit():
                loose.setdefault(numbers.without_leading_zeros(number), []).append(dept_id)
        self.loose = {k: v[0] for k, v in loose.items() if len(v) == 1}

    def find(self, number: str) -> int | None:
        found = self.exact.get(number)
        if found is None and number.isdigit():
            found = self.loose.get(numbers.without_leading_zeros(number))
        return found


class VacancySpec:
    """The `ImportSpec` of vacancy files; the organisation is chosen by staff (the files carry
    no organisation number), and so is the housing scheme the file's dwellings belong to."""

    kind = ImportKind.VACANCIES
    fieldset: FieldSet = FIELDS
    # A vacancy keeps its batch, sheet and row (import_batch_id, source_sheet, source_row), so
    # the batch stores ImportRows only for the rows that did not become one (`batch_rows`).
    entities_keep_source = True
    never_suggested = NOT_IMPORTED
    needs_department = True  # an organisation's dwelling lies in one of its departments

    def __init__(self, scheme: str = ORDINARY) -> None:
        self.scheme = scheme

    def parse_row(self, cells: Cells) -> dict[str, Any]:
        # The draft itself (no per-row copy into a dict: 50,000 rows).
        return {DRAFT: parse_cells(cells, default_type=None)}

    def parse_rows(
        self, columns: Mapping[str, Sequence[CellValue]], headers: Mapping[str, str], count: int
    ) -> ParsedRows:
        """`parse_row` and `key` of many rows, a column at a time (see `parse.parse_columns`)."""
        drafts, problems = parse_columns(columns, headers, count)
        lease_key = store.lease_key
        return ParsedRows(
            [{DRAFT: draft} for draft in drafts],
            problems,
            [
                (d.lease_number or lease_key(d), d.available_from, d.department_number)
                if d.department_number
                else None
                for d in drafts
            ],
        )

    def key(self, values: Mapping[str, Any]) -> Hashable | None:
        """(lease key, available from, department number); see `store.duplicate_key`."""
        draft = draft_of(values)
        if not draft.department_number:
            return None
        return (store.lease_key(draft), draft.available_from, draft.department_number)

    def classify(
        self, session: Session, rows: Sequence[PreviewRow], context: ImportContext
    ) -> None:
        if context.organisation_id is None:
            raise ValueError("a vacancy import needs the organisation")
        organisation = session.get(Organisation, context.organisation_id)
        if organisation is None:
            raise ValueError("unknown organisation")
        index = DepartmentIndex(session, organisation.id)
        suggestions: dict[str, str] = {}
        candidates: list[PreviewRow] = []
        keys: list[tuple[int, str, dt.date | None]] = []
        found_ids: dict[str | None, Any] = {}
        today = context.today
        clean = _clean_verdict(today)
        for row in rows:
            values = row.values
            # The row rules depend on the file and the day only: the commit's re-check (inside
            # its transaction) reuses the preview's verdict.
            verdict = values.get(_RULES)
            if verdict is not clean:
                if verdict is None or verdict[0] != today:
                    found = self._rule_problems(row, values[DRAFT], today)
                    verdict = values[_RULES] = (today, found) if found else clean
                if verdict[1]:
                    row.add_problem(*verdict[1])
            number = values[DRAFT].department_number
            dept_id = found_ids.get(number, _UNSEEN)
            if dept_id is _UNSEEN:  # a file names a handful of departments on every row
                dept_id = found_ids[number] = index.find(number) if number else None
            values["department_id"] = dept_id
            if dept_id is None:
                if number:
                    if number not in suggestions:
                        close = closest_departments(session, organisation.number, number)
                        suggestions[number] = unknown_department_message([r.number for r in close])
                    row.add_problem(Problem(_header(row, "department_number"), suggestions[number]))
                continue
            if row.problems:
                continue
            candidates.append(row)
            key = row.key  # (lease key, available from, department number): see `key`
            if type(key) is tuple:
                keys.append((dept_id, key[0], key[1]))
            else:
                keys.append((dept_id, *_lease_and_day(row, values[DRAFT])))
        existing = store.existing_keys(session, keys)
        if not existing:
            return
        message = translate(
            "Intake",
            "Already registered: the same department, lease number and available-from date.",
        )
        for row, key in zip(candidates, keys, strict=True):
            if key in existing:
                row.status = RowStatus.DUPLICATE
                row.add_problem(Problem("", message))

    def _rule_problems(self, row: PreviewRow, draft: VacancyDraft, today: dt.date) -> list[Problem]:
        if draft.dwelling_type is None:
            draft.dwelling_type = sheet_dwelling_type(row.sheet)
        found = rules.validate(draft, today, department=self.needs_department)
        if not found:
            return []
        mapped = row.columns.indexes.keys()
        return [Problem(_header(row, source_field(p.field, mapped)), p.message) for p in found]

    def write(self, job: ImportWrite) -> Sequence[int | None]:
        session, rows, batch, context = job
        items = self.new_vacancies(rows)
        ids = store.insert_vacancies(
            session,
            items,
            reported_on=context.today,
            by=context.user,
            batch_id=batch.id,
            scheme=self.scheme,
        )
        counts.record_from_rows(session, items, context.today, batch.id)
        return ids

    def new_vacancies(self, rows: Sequence[PreviewRow]) -> store.NewVacancies:
        """The rows' dwellings as the store inserts them: each in the department it names."""
        return store.NewVacancies(
            [draft_of(row.values) for row in rows],
            [row.values["department_id"] for row in rows],
            [row.sheet for row in rows],
            [row.row_number for row in rows],
        )


@functools.lru_cache(maxsize=4)
def _clean_verdict(today: dt.date) -> tuple[dt.date, tuple[Problem, ...]]:
    """The verdict of a row that breaks no rule on `today`: one object, shared by the rows."""
    return (today, ())


def _lease_and_day(row: PreviewRow, draft: VacancyDraft) -> tuple[str, dt.date | None]:
    """The row's (lease key, available from), from its in-file key when it has one."""
    key = row.key
    if isinstance(key, tuple):
        return key[0], key[1]
    return store.lease_key(draft), draft.available_from


def _header(row: PreviewRow, name: str) -> str:
    """The file's header of the field's column (the field's name if it has no column)."""
    return str(row.columns.headers.get(name) or rules.field_label(name))


SPEC = VacancySpec()
