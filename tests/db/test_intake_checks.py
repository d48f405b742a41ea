"""The stored intake check: the department's part once per department and day, each dwelling's
own part with its check, and the whole record read back exactly as the check saw it."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.enums import DwellingType, IntakeProposal
from db.models import IntakeCheck
from db.models.vacancies import IntakeSnapshot
from desktop.core import settings
from desktop.core.intake import check, listing, store
from desktop.core.intake.rules import VacancyDraft
from tests.conftest import TODAY
from tests.unit.intake.factories import small_registry


@pytest.fixture
def registry(workspace):
    ids = small_registry(workspace)
    with workspace.write() as session:  # no ceiling for "other": the dwelling gets a note
        ceilings = settings.get(session, settings.RENT_CEILINGS, TODAY)
        kept = tuple(c for c in ceilings.ceilings if c.dwelling_type != DwellingType.OTHER)
        settings.put(session, settings.RENT_CEILINGS, settings.RentCeilings(kept), TODAY)
    return ids


def _draft(number: int, rent: str, kind: DwellingType, rooms: float | None) -> VacancyDraft:
    return VacancyDraft(
        department_number="x",
        lease_number=f"L-{number}",
        dwelling_type=kind,
        street="Kildeparken",
        house_number=str(number),
        rooms=rooms,
        rent=Decimal(rent),
        aconto_heating=Decimal("450.00"),
        available_from=dt.date(2026, 12, 1),
    )


CASES = [  # department, rent, type, rooms
    ("07", "4100.00", DwellingType.FAMILY, 2.0),  # green, below the ceiling
    ("07", "9100.50", DwellingType.FAMILY, 4.0),  # green, above: returned for the rent
    ("12-3", "4000.00", DwellingType.YOUTH, None),  # yellow with flexible letting: notes
    ("20", "3000.00", DwellingType.ELDERLY, 1.0),  # red: returned for the colour
    ("20", "9999.99", DwellingType.FAMILY, 3.5),  # red and above the ceiling
    ("30", "4000.00", DwellingType.OTHER, 2.0),  # no colour, no ceiling for the type
]


def _new_vacancies(registry) -> store.NewVacancies:
    return store.NewVacancies(
        [_draft(i, rent, kind, rooms) for i, (_dept, rent, kind, rooms) in enumerate(CASES)],
        [registry[dept] for dept, *_ in CASES],
        ["Ark"] * len(CASES),
        [i + 2 for i in range(len(CASES))],
    )


def test_stored_checks_read_back_as_the_check_saw_them(workspace, registry):
    items = _new_vacancies(registry)
    with workspace.write() as session:
        ids = store.insert_vacancies(session, items, reported_on=TODAY, by="tester")
    inputs = [
        check.CheckInput(
            vacancy_id, department_id, TODAY, draft.dwelling_type, draft.rooms,
            draft.monthly_total,
        )
        for vacancy_id, draft, department_id in zip(
            ids, items.drafts, items.department_ids, strict=True
        )
    ]  # fmt: skip
    with workspace.read() as session:
        expected = {a.key: a for a in check.assess_many(session, inputs)}
        stored = {c.vacancy_id: c for c in session.scalars(select(IntakeCheck))}
        whole = check.check_snapshots(session, stored.values())
        shared = session.scalar(select(func.count()).select_from(IntakeSnapshot))
        session.expunge_all()
    assert shared == 4  # one per department and day, not one per dwelling
    assert set(stored) == set(ids)
    for vacancy_id in ids:
        row, seen = stored[vacancy_id], expected[vacancy_id]
        assert row.shared_id is not None
        assert whole[row.id] == seen.snapshot
        assert (row.proposal, row.reason_code, row.reason_text) == (
            seen.proposal,
            seen.reason_code,
            seen.reason_text,
        )
        assert (row.colour, row.flexible_letting, row.may_report) == (
            seen.colour,
            seen.flexible_letting,
            seen.may_report,
        )
        assert tuple(row.list_kinds) == seen.list_kinds
        assert (row.monthly_total, row.rent_ceiling, row.rent_relevant) == (
            seen.monthly_total,
            seen.rent_ceiling,
            seen.rent_relevant,
        )
        assert row.decision_date == TODAY
    proposals = [expected[i].proposal for i in ids]
    assert proposals == [IntakeProposal.ACCEPT] + [IntakeProposal.RETURN] * 4 + [
        IntakeProposal.RETURN
    ]
    # The detail panel shows the whole record's notes (the department's after the dwelling's).
    other = listing.vacancy_detail(workspace, ids[5]).checks[0]
    assert other.notes[0] == "No rent ceiling is set for this dwelling type."
    yellow = listing.vacancy_detail(workspace, ids[2]).checks[0]
    assert any("Flexible letting is agreed" in note for note in yellow.notes)


def test_the_dwellings_part_is_stored_as_json_would_write_it(workspace, registry):
    items = _new_vacancies(registry)
    with workspace.write() as session:
        ids = store.insert_vacancies(session, items, reported_on=TODAY, by="tester")
        texts = dict(
            session.execute(
                select(IntakeCheck.vacancy_id, func.cast(IntakeCheck.snapshot, _text()))
            ).all()
        )
        checker = check.Checker(session, TODAY, set(items.department_ids))
    for vacancy_id, draft, department_id in zip(
        ids, items.drafts, items.department_ids, strict=True
    ):
        assert draft.dwelling_type is not None
        ceiling, _relevant, reasons, own = checker.judge(
            department_id, draft.dwelling_type, draft.rooms, draft.monthly_total
        )
        expected = checker.own_part(
            draft.dwelling_type, draft.rooms, draft.monthly_total, ceiling, reasons, own
        )
        assert json.loads(texts[vacancy_id]) == expected
        if workspace.database.is_sqlite:  # the very text SQLAlchemy's JSON type would write
            assert texts[vacancy_id] == json.dumps(expected)


def _text():
    from sqlalchemy import Text

    return Text()
