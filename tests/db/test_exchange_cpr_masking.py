"""CPR numbers typed where they do not belong (a phone field, an address, a reason, a name)
never reach the housing organisations: every export masks what looks like a CPR number in its
text cells, and the allocation notice masks the tenant's free text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from db.models import Applicant, Department, Vacancy
from desktop.core import settings
from desktop.core.exchange import applicant_list, quota_export, reply, template
from desktop.core.registry import export as placement_export
from desktop.core.reports import export as report_export
from desktop.core.workspace import Workspace
from tests.unit.exchange import dataset
from tests.unit.exchange.sheets import assert_same_in_libreoffice

D = dt.date
# Written the ways people write them: ten digits, with a hyphen, with a space.
PHONE = "0101901239"
EMAIL = "hans.120385-1234@example.dk"
ADDRESS = "c/o Herberget, ref. 2001851234"
SHOWN_ADDRESS = "c/o Herberget, ref. XXXXXX-XXXX"
REASON = "Lejer 010190 1239 skylder husleje"
DEPARTMENT = "Engen (vicevært 3112801234)"
GROUP = "Ung 150399-1236"
NUMBERS = re.compile(r"0101901239|120385-?1234|2001851234|010190 1239|3112801234|150399-?1236")

EXPORTS = {
    "reply": lambda ws, ids, out: reply.export_replies(ws, ids.org_a, D(2026, 9, 1),
                                                       D(2026, 11, 30), out),
    "template": lambda ws, ids, out: template.export_template(ws, ids.org_a, out),
    "applicants": lambda ws, ids, out: applicant_list.export_applicants(
        ws, out, [c.key for c in applicant_list.available_columns()], purpose="Test af eksport"
    ),
    "quota": lambda ws, ids, out: quota_export.export_quota(ws, D(2026, 9, 1),
                                                            D(2026, 11, 30), out),
    "placements": lambda ws, ids, out: placement_export.export_placements(ws, out,
                                                                          D(2026, 11, 21)),
    "report": lambda ws, ids, out: report_export.export_report(ws, "housed", D(2026, 9, 1),
                                                               D(2026, 11, 30), out),
    "yearly": lambda ws, ids, out: report_export.export_yearly(ws, 2026, out),
}  # fmt: skip

MASKED = {  # what each export shows of the planted texts
    "reply": {
        "XXXXXX-XXXX",
        "hans.XXXXXX-XXXX@example.dk",
        "Lejer XXXXXX-XXXX skylder husleje",
        "Engen (vicevært XXXXXX-XXXX)",
        f"{SHOWN_ADDRESS}, Hjulmagervej 18, 9000 Aalborg",  # the address for the lease
    },
    "template": {"Engen (vicevært XXXXXX-XXXX)"},
    "applicants": {
        "XXXXXX-XXXX",
        "hans.XXXXXX-XXXX@example.dk",
        f"{SHOWN_ADDRESS}, Hjulmagervej 18, 9000 Aalborg",
    },
    "quota": {"Engen (vicevært XXXXXX-XXXX)"},
    "placements": {"Engen (vicevært XXXXXX-XXXX)"},
    "report": {"Ung XXXXXX-XXXX"},
    "yearly": {"Ung XXXXXX-XXXX"},
}


@pytest.fixture
def ids(workspace: Workspace) -> dataset.Ids:
    made = dataset.build(workspace)
    with workspace.write() as session:
        session.execute(
            update(Applicant)
            .where(Applicant.id == made.applicants["P2"])
            .values(phone=PHONE, email=EMAIL, care_of=ADDRESS.removeprefix("c/o "))
        )
        session.execute(
            update(Vacancy).where(Vacancy.id == made.vacancies["V2"]).values(return_reason=REASON)
        )
        session.execute(
            update(Department)
            .where(Department.id == made.departments["A2"])
            .values(name=DEPARTMENT)
        )
        groups = settings.get(session, settings.TARGET_GROUPS).groups
        renamed = tuple(
            settings.TargetGroup(g.code, GROUP) if g.code == "housing_first" else g for g in groups
        )
        settings.put(session, settings.TARGET_GROUPS, settings.TargetGroups(renamed), D(2000, 1, 1))
    return made


def _texts(target: Path) -> set[str]:
    return {
        str(cell)
        for sheet in load_workbook(target).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    }


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_export_masks_cpr_numbers_in_free_text(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path, name: str
) -> None:
    target = tmp_path / f"{name}.xlsx"
    EXPORTS[name](workspace, ids, target)
    texts = _texts(target)
    assert not [t for t in texts if NUMBERS.search(t)]
    assert MASKED[name] <= texts  # the rest of the text is kept
    seen = assert_same_in_libreoffice(target, tmp_path / "csv")
    if seen is not None:
        shown = {value for rows in seen.values() for row in rows for value in row}
        assert not [t for t in shown if NUMBERS.search(t)]


def test_the_applicant_list_keeps_the_masked_cpr_column(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path
) -> None:
    target = tmp_path / "applicants.xlsx"
    applicant_list.export_applicants(workspace, target, ["name", "cpr"], purpose="Test af eksport")
    assert "010190-XXXX" in _texts(target)  # Hans Ærø's own number, masked as everywhere


def test_the_allocation_notice_masks_the_tenants_free_text(workspace: Workspace) -> None:
    from desktop.core.letters import context as contexts
    from tests.unit.letters import factory

    with workspace.write() as session:
        offer = factory.offer(session, factory.organisation(session), 0)
        offer.applicant.phone = PHONE
        offer.applicant.email = EMAIL
        offer.applicant.care_of = ADDRESS.removeprefix("c/o ")  # in the envelope: c/o ...
        offer_id = offer.id
    with workspace.read() as session:
        notice = contexts.allocation_notice(session, offer_id, D(2026, 11, 23))
    shown = [str(row.value) for row in notice.tables["tenant_table"]]
    assert not [t for t in shown if NUMBERS.search(t)]
    assert "hans.XXXXXX-XXXX@example.dk" in shown
