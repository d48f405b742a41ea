"""A vacancy file whose columns Anvis cannot find: the preview offers to choose them by hand
(instead of refusing the file), and the file imports once they are chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.importing import run_to_completion
from desktop.core.intake import imports
from desktop.core.workspace import Workspace
from tests.unit.intake.factories import load_sample_registry

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(sqlite_workspace: Workspace, samples: Path) -> Workspace:
    load_sample_registry(sqlite_workspace, samples)
    return sqlite_workspace


def test_the_preview_offers_the_columns_when_no_header_matches(
    desk: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog
    from desktop.ui.dialogs.intake_preview import IntakePreviewDialog

    path = tmp_path / "ledige.csv"
    path.write_text(
        "Nr;Bolig;Gade;Husnr;Beløb;Fra\n"
        "07;A-1;Kildeparken;12;4100;01.12.2026\n"
        "07;A-2;Kildeparken;14;4200;01.12.2026\n",
        "utf-8",
    )
    organisation = imports.organisation_by_number(desk, "145")
    preview = run_to_completion(imports.preview_vacancies(desk, path, organisation.id))
    dialog = IntakePreviewDialog(desk, path, preview, organisation)
    qtbot.addWidget(dialog)
    assert "no header row with the columns it needs" in dialog.ui.summary.text()
    assert "Department, Available from" in dialog.ui.summary.text()
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.columns_button.isEnabled()
    assert dialog.ui.columns_button.isDefault()
    assert dialog.model.rowCount() == 0

    shown: list[list[str]] = []

    def choose(mapping: ColumnMappingDialog) -> QDialog.DialogCode:
        shown.append(list(mapping.combos))
        for key, field in {
            "nr": "department_number",
            "bolig": "lease_number",
            "beløb": "rent",
            "fra": "available_from",
        }.items():
            combo = mapping.combos[key]
            combo.setCurrentIndex(combo.findData(field))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    dialog.edit_columns()
    qtbot.waitUntil(lambda: not dialog.preview.needs_mapping, timeout=20_000)
    assert shown == [["nr", "bolig", "gade", "husnr", "beløb", "fra"]]
    assert dialog.model.rowCount() == 2
    assert dialog.ui.import_button.isEnabled()
    assert dialog.ui.import_button.text() == "&Import 2 dwellings"
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.ui.import_button.click()
    assert signal.args[0].report["rows_imported"] == 2


def test_a_file_without_any_header_says_what_to_do(
    desk: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.ui.dialogs.intake_preview import IntakePreviewDialog

    path = tmp_path / "en_celle.csv"
    path.write_text("Ledige boliger\n", "utf-8")
    organisation = imports.organisation_by_number(desk, "145")
    preview = run_to_completion(imports.preview_vacancies(desk, path, organisation.id))
    dialog = IntakePreviewDialog(desk, path, preview, organisation)
    qtbot.addWidget(dialog)
    assert "found no header row in the file" in dialog.ui.summary.text()
    assert not dialog.ui.columns_button.isEnabled()
    assert not dialog.ui.import_button.isEnabled()
