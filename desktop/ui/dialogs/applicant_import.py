"""Importing the desk's existing applicant list: choose the file, check it in the background,
see every row (new, duplicate, error and why) before anything is saved, then import the valid
rows in one transaction. CPR numbers are shown masked here too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import imports
from desktop.core.applicants.importer import ApplicantSpec
from desktop.core.applicants.imports import ImportOutcome, PreviewLine
from desktop.core.errors import UserError
from desktop.core.importing import Preview
from desktop.core.importing import counts as import_counts
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.column_mapping import ColumnMappingDialog
from desktop.ui.dialogs.import_rows import TintedRowModel, file_heading, preview_table, status_text
from desktop.ui.dialogs.spreadsheet_import import choose_spreadsheet
from desktop.ui.errors import show_user_error
from desktop.ui.models.rows import NAME, NUMBER, TEXT, Column, RowModel
from desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog


def _status(line: PreviewLine) -> str:
    return str(line.status)


class ApplicantImportLayout:
    def __init__(self, dialog: QDialog, lines: RowModel[PreviewLine]) -> None:
        self.file_label = file_heading()
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.only_problems = QCheckBox(
            QCoreApplication.translate(
                "ApplicantImportLayout", "Show only rows with &errors or duplicates"
            )
        )
        self.table = preview_table(
            lines,
            name="import_rows",
            accessible=QCoreApplication.translate("ApplicantImportLayout", "Rows of the file"),
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.columns_button = self.buttons.addButton(
            QCoreApplication.translate("ApplicantImportLayout", "&Columns…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.columns_button.setToolTip(
            QCoreApplication.translate(
                "ApplicantImportLayout", "Choose which column of the file holds what"
            )
        )
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ApplicantImportLayout", "&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.file_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


class ApplicantImportDialog(QDialog):
    """Shows a preview; `commit()` imports in the background and emits `imported(outcome)`.

    Columns... lets staff correct which column holds what (remembered for the desk's next
    lists); the file is then checked again with their choice. A file whose columns Anvis
    cannot find opens with no rows and asks for the columns."""

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        preview: Preview,
        spec: ApplicantSpec,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import applicants"))
        self.resize(1100, 640)
        self.workspace = workspace
        self.preview = preview
        self.spec = spec
        self.path = path  # the file, to check it again after the columns were chosen
        self.model = TintedRowModel(self._columns(), status=_status, parent=self)
        self.ui = ApplicantImportLayout(self, self.model)
        self.lines: list[PreviewLine] = imports.preview_lines(preview)
        self.ui.only_problems.toggled.connect(self._show_rows)
        self.ui.buttons.accepted.connect(self.commit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.columns_button.clicked.connect(self.edit_columns)
        self.task: Task | None = None
        self.outcome: ImportOutcome | None = None
        self._show()

    def _columns(self) -> list[Column[PreviewLine]]:
        return [
            Column(self.tr("Row"), "row", role=NUMBER, deciding=True),
            Column(self.tr("Status"), _status, display=status_text, deciding=True),
            Column(self.tr("Name"), "name", role=NAME, deciding=True),
            Column(self.tr("CPR number"), "cpr_masked", deciding=True),
            Column(self.tr("Problems"), lambda line: " ".join(line.messages), role=TEXT),
        ]

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {"new": 0, "duplicate": 0, "error": 0}
        for line in self.lines:
            found[str(line.status)] = found.get(str(line.status), 0) + 1
        return found

    def _show(self) -> None:
        counts = self.counts()
        self.ui.file_label.setText(self.preview.file_name)
        has_columns = bool(imports.mapped_columns(self.preview))
        self.ui.columns_button.setEnabled(has_columns and self.path is not None)
        if self.preview.needs_mapping:
            self._ask_for_columns(has_columns)
            return
        text = self.tr(
            "{total}: {new} to import, {errors} with errors (not imported), "
            "{duplicates} (not imported)."
        ).format(
            total=import_counts.rows(len(self.lines)),
            new=formats.plural(counts["new"], self.tr("{n} applicant"), self.tr("{n} applicants")),
            errors=formats.number(counts["error"]),
            duplicates=import_counts.duplicates(counts["duplicate"]),
        )
        if self.preview.earlier_imports:
            text += " " + self.tr("This file was imported before.")
        columns = imports.column_summary(self.preview)
        if columns.not_used:
            text += "\n" + self.tr("Columns not imported: {columns}.").format(
                columns=", ".join(columns.not_used)
            )
        if columns.no_column:
            text += "\n" + self.tr("The file has no column for: {fields}.").format(
                fields=", ".join(columns.no_column)
            )
        self.ui.summary.setText(text)
        self.ui.summary.setToolTip(
            "\n".join(f"{header} → {field}" for header, field in columns.used)
        )
        self.ui.import_button.setEnabled(counts["new"] > 0)
        self._show_rows()

    def _ask_for_columns(self, has_columns: bool) -> None:
        """No sheet had the columns Anvis needs: offer to choose them by hand."""
        if has_columns:
            text = self.tr(
                "Anvis found no header row with the columns it needs ({missing}). Choose which "
                "column holds what with Columns…; your choice is remembered for the desk's next "
                "applicant lists."
            ).format(missing=", ".join(imports.missing_fields(self.preview)))
            self.ui.columns_button.setDefault(True)
            self.ui.columns_button.setFocus()
        else:
            text = self.tr(
                "Anvis found no header row in the file. Add a row with the column names above "
                "the applicants, or check that it is the right file."
            )
        self.ui.summary.setText(text)
        self.ui.summary.setToolTip("")
        self.ui.import_button.setEnabled(False)
        self._show_rows()

    def edit_columns(self) -> ColumnMappingDialog:
        """The column-mapping dialog; on OK the choice is remembered and the file checked
        again with it."""
        dialog = ColumnMappingDialog(
            imports.mapped_columns(self.preview),
            self,
            fields=imports.field_choices(),
            remembered_note=self.tr("Your choices are remembered for the desk's next lists."),
        )
        dialog.accepted.connect(lambda: self.use_columns(dialog.choices))
        dialog.open()
        self.mapping_dialog = dialog
        return dialog

    def use_columns(self, choices: dict[str, str]) -> Task | None:
        """Remember `choices` and check the file again with them."""
        if self.path is None:
            return None
        self.ui.import_button.setEnabled(False)
        self.ui.columns_button.setEnabled(False)
        # Saving is a write: on the write worker, then the file is checked again.
        self.task = run_task(
            lambda: imports.confirm_columns(self.workspace, choices),
            on_done=self._check_again,
            on_error=self._failed,
            parent=self,
            write=True,
        )
        return self.task

    def _check_again(self, remembered: dict[str, str]) -> None:
        path = self.path
        if path is None:
            return
        self.task = run_task(
            lambda: imports.preview_applicants(
                self.workspace, path, remembered=remembered, manual_mapping=True
            ),
            on_done=self.show_preview,
            on_error=self._failed,
            parent=self,
            progress=self.tr("Checking the file"),
        )

    def show_preview(self, result: tuple[Preview, ApplicantSpec]) -> None:
        self.preview, self.spec = result
        self.lines = imports.preview_lines(self.preview)
        self.ui.columns_button.setDefault(False)
        self._show()

    def _show_rows(self, *_args: Any) -> None:
        only = self.ui.only_problems.isChecked()
        self.model.set_rows([line for line in self.lines if not only or line.messages])

    def commit(self) -> None:
        self.ui.import_button.setEnabled(False)
        self.task = run_task(
            lambda: imports.commit_applicants(self.workspace, self.preview, self.spec),
            on_done=self._done,
            on_error=self._failed,
            parent=self,
            progress=self.tr("Importing applicants"),
            write=True,
        )

    def _done(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.imported.emit(outcome)
        self.accept()

    def _failed(self, error: UserError) -> None:
        self._show()
        show_user_error(self, error)


def start_import(page: Any, done: Callable[[], None]) -> None:
    """Ask for the file; check it in the background; show the preview (which imports)."""
    path = choose_spreadsheet(
        page, QCoreApplication.translate("ApplicantImportDialog", "Import applicants")
    )
    if path is not None:
        open_preview(page, path, done)


def open_preview(page: Any, path: Path, done: Callable[[], None]) -> Task:
    workspace = page.workspace

    def show(result: tuple[Preview, ApplicantSpec]) -> None:
        preview, spec = result
        dialog = ApplicantImportDialog(workspace, preview, spec, page, path=path)
        dialog.imported.connect(lambda outcome: _imported(page, outcome, done))
        dialog.open()
        page.import_dialog = dialog

    return run_task(
        lambda: imports.preview_applicants(workspace, path, manual_mapping=True),
        on_done=show,
        parent=page,  # a refusal: the message box over the page
        progress=QCoreApplication.translate("ApplicantImportDialog", "Checking {file}").format(
            file=path.name
        ),
    )


def _imported(page: Any, outcome: ImportOutcome, done: Callable[[], None]) -> None:
    page.status_message.emit(outcome.summary())
    done()
