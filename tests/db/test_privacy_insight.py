"""The insight report: everything held on one person, the access log without staff names."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.enums import AuditAction, LegalFactKind, LetterKind, MemberRelation, VacancyStatus
from db.models import Letter
from desktop.core.applicants import access, caseworkers, facts, insight, register
from desktop.core.applicants.inputs import FactInput, MemberInput
from desktop.core.errors import ValidationError
from desktop.core.workspace import Workspace
from tests.unit.applicants.factories import applicant, audit_rows
from tests.unit.matching import db_factories as make


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_report_holds_everything_on_the_person_but_no_staff_names(
    workspace: Workspace,
) -> None:
    workspace.user = "mette.staff"
    worker = caseworkers.save_caseworker(workspace, None, "Lone Kjærsgaard")
    person = applicant(
        workspace,
        "Nguyễn Thị Lan",
        cpr="0101901239",
        phone="20 12 34 56",
        address="Herberg: Kirkens Korshær",
        caseworker_id=worker,
        max_rent=Decimal(4200),
        notes="Tolk: vietnamesisk",
        members=(MemberInput(MemberRelation.CHILD, "Minh Anh", birth_date=dt.date(2018, 2, 3)),),
    )
    own = register.applicant_view(workspace, person).members[0]
    facts.save_member_facts(
        workspace,
        person,
        own.id,
        [FactInput(LegalFactKind.BENEFIT, "kontanthjælp", dt.date(2026, 2, 1))],
    )
    access.reveal_cpr(workspace, person, "Borgeren ringede om sin sag")
    pdf = insight.insight_report(workspace, person, "Anmodning om indsigt")
    text = text_of(pdf)
    for expected in (
        "Nguyễn Thị Lan",
        "010190-1239",  # the person's own full number: it is their data
        "Herberg: Kirkens Korshær",
        "Minh Anh",
        "kontanthjælp",
        "Tolk: vietnamesisk",
        "Lone Kjærsgaard",
        "Borgeren ringede om sin sag",  # the access log with its purposes
        "CPR number shown",
    ):
        assert expected in text, expected
    assert "mette.staff" not in text  # staff names are left out
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    logged = audit_rows(workspace, person)[-1]
    assert (logged.action, logged.purpose) == (AuditAction.EXPORT, "Anmodning om indsigt")
    with workspace.read() as session:
        letter = session.scalars(select(Letter)).one()
        assert (letter.kind, letter.applicant_id, letter.pdf) == (
            LetterKind.INSIGHT_REPORT,
            person,
            pdf,
        )


def test_the_report_needs_a_purpose(workspace: Workspace) -> None:
    person = applicant(workspace)
    with pytest.raises(ValidationError):
        insight.insight_report(workspace, person, "")


def test_the_report_tells_an_applicant_on_the_list_the_estimated_wait_as_no_promise(
    workspace: Workspace,
) -> None:
    dept = make.department(workspace)
    make.vacancy(workspace, dept, reported_on=dt.date(2024, 1, 2), status=VacancyStatus.RETURNED)
    make.vacancy(workspace, dept, reported_on=dt.date(2026, 2, 1), status=VacancyStatus.LET)
    waiting = make.applicant(workspace, "Anna Venter")
    picky = make.applicant(workspace, "Bo Kræsen", needs_wheelchair=True)
    text = " ".join(text_of(insight.insight_report(workspace, waiting, "Indsigt")).split())
    assert "Estimated wait" in text
    assert "We estimate that you may be offered a home in about 2 months" in text
    assert "not a promise" in text
    text = " ".join(text_of(insight.insight_report(workspace, picky, "Indsigt")).split())
    assert "None of the 1 dwelling we received" in text
    assert "wheelchair access (1)" in text
