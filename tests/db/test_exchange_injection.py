"""Formula injection, for every export: texts that start with = + - @ or a tab (from the
organisations' files, staff's typing or the settings) are written as quoted text cells - never
formulas - and LibreOffice shows them exactly as written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core import settings
from desktop.core.exchange import applicant_list, quota_export, reply, template
from desktop.core.exchange.safe_cells import looks_like_formula
from desktop.core.registry import export as placement_export
from desktop.core.reports import export as report_export
from desktop.core.workspace import Workspace
from tests.unit.exchange import dataset
from tests.unit.exchange.sheets import assert_same_in_libreoffice

D = dt.date
HOSTILE_GROUP = "=cmd|' /C calc'!A0"
TAB_GROUP = "\tUng"

Export = Callable[[Workspace, dataset.Ids, Path], object]

EXPORTS: dict[str, Export] = {
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


@pytest.fixture
def ids(workspace: Workspace) -> dataset.Ids:
    made = dataset.build(workspace)
    with workspace.write() as session:
        groups = settings.get(session, settings.TARGET_GROUPS).groups
        renamed = tuple(
            settings.TargetGroup(g.code, HOSTILE_GROUP if g.code == "young" else g.label)
            if g.code != "other"
            else settings.TargetGroup(g.code, TAB_GROUP)
            for g in groups
        )
        settings.put(session, settings.TARGET_GROUPS, settings.TargetGroups(renamed), D(2000, 1, 1))
    return made


EXPECTED = {
    "reply": {dataset.HOSTILE_DEPARTMENT, dataset.HOSTILE_REASON, dataset.HOSTILE_PHONE,
              dataset.HOSTILE_EMAIL},
    "template": {dataset.HOSTILE_DEPARTMENT},
    "applicants": {dataset.HOSTILE_PHONE, dataset.HOSTILE_EMAIL, HOSTILE_GROUP, TAB_GROUP},
    "quota": {dataset.HOSTILE_DEPARTMENT},
    "placements": {dataset.HOSTILE_DEPARTMENT},
    "report": {HOSTILE_GROUP, TAB_GROUP},
    "yearly": {HOSTILE_GROUP, TAB_GROUP},
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_formula_like_text_is_quoted_text_in_every_export(
    workspace: Workspace, ids: dataset.Ids, tmp_path: Path, name: str
) -> None:
    target = tmp_path / f"{name}.xlsx"
    EXPORTS[name](workspace, ids, target)
    book = load_workbook(target)
    found: set[str] = set()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if looks_like_formula(cell.value):
                    assert cell.data_type == "s"
                    assert cell.quotePrefix, f"{ws.title}!{cell.coordinate}: {cell.value!r}"
                    found.add(cell.value)
    assert EXPECTED[name] <= found
    seen = assert_same_in_libreoffice(target, tmp_path / "csv")
    shown = {value for rows in seen.values() for row in rows for value in row}
    assert EXPECTED[name] <= shown  # written as they are, never evaluated
