"""What the export dialogs share: the dialog frame that runs the export in the background, and
the fields most of them have (the organisation, the purpose, the file) with their checks.

Layout and behaviour are split: each dialog lays out its fields (`add_organisation`, its own
rows, `add_purpose`, `add_file`), exposes the values as properties, adds its own checks in
`own_problems()` and names the export in `export()`; this base checks the shared fields, runs
the export as a write task (exports log to the audit trail), shows an expected problem as a
message and closes with `exported(result)` on success.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.intake.listing import organisations
from desktop.core.registry.departments import OrganisationRef
from desktop.core.workspace import Workspace
from desktop.ui.errors import show_user_error
from desktop.ui.tasks import Task, run_task


class FileField(QWidget):
    """A path with a "Choose..." button that opens Save As (`kind`: "xlsx" or "pdf/xlsx")."""

    def __init__(self, default_name: str, filters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = filters
        self.edit = QLineEdit(str(Path.home() / default_name))
        self.edit.setAccessibleName(self.tr("File"))
        self.button = QPushButton(self.tr("C&hoose..."))
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    @property
    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def choose(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.edit.text(), self.filters
        )
        if name:
            self.edit.setText(name)


def organisation_combo(workspace: Workspace, chosen: int | None = None) -> QComboBox:
    """The active organisations as "088 Plus Bolig"; the item data is the organisation's id."""
    combo = QComboBox()
    for choice in organisations(workspace):
        combo.addItem(f"{choice.number} {choice.name}", choice.id)
    if chosen is not None and (index := combo.findData(chosen)) >= 0:
        combo.setCurrentIndex(index)
    return combo


class ExportDialog(QDialog):
    """The frame: a form, a note line and Export / Cancel."""

    exported = Signal(object)

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task: Task | None = None
        self.result: Any = None
        self.organisation: QComboBox | None = None
        self.purpose_edit: QLineEdit | None = None
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # --- the shared fields ---------------------------------------------------------------------

    def add_organisation(self, chosen: int | None) -> QComboBox:
        """The organisation the export is for (the file's name follows it)."""
        self.organisation = organisation_combo(self.workspace, chosen)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.organisation.currentIndexChanged.connect(lambda _i: self.suggest_name())
        return self.organisation

    @property
    def organisation_id(self) -> int | None:
        value = None if self.organisation is None else self.organisation.currentData()
        return None if value is None else int(value)

    def organisation_ref(self) -> OrganisationRef | None:
        """The chosen organisation, as its line in the list names it."""
        organisation_id = self.organisation_id
        if self.organisation is None or organisation_id is None:
            return None
        number, _, name = self.organisation.currentText().partition(" ")
        return OrganisationRef(organisation_id, number, name)

    def add_purpose(self, text: str = "", placeholder: str = "") -> QLineEdit:
        """Why the data leaves Anvis (logged with the export)."""
        self.purpose_edit = QLineEdit(text)
        self.purpose_edit.setPlaceholderText(placeholder)
        self.form.addRow(self.tr("&Purpose:"), self.purpose_edit)
        return self.purpose_edit

    @property
    def purpose(self) -> str:
        return "" if self.purpose_edit is None else " ".join(self.purpose_edit.text().split())

    def add_file(self, default_name: str = "") -> FileField:
        """The workbook to write."""
        self.file = FileField(default_name, self.tr("Excel workbook (*.xlsx)"), self)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.file.edit)  # Alt+F lands in the path, to type it (not on the frame)
        self.form.addRow(label, self.file)
        return self.file

    def suggest_name(self) -> None:
        """The file's name as the export suggests it, in the folder chosen."""
        name, current = self.suggested_name(), self.file.path
        if name is not None and current is not None:
            # a folder (the home folder the field starts with) takes the file; a file's name
            # is replaced
            folder = current if current.is_dir() else current.parent
            self.file.set_path(folder / name)

    # --- what each dialog provides -------------------------------------------------------------

    def suggested_name(self) -> str | None:
        return None

    def own_problems(self) -> list[str]:
        return []

    def export(self) -> Callable[[], Any]:
        raise NotImplementedError

    # --- the run ---------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What keeps the export from running, in the order of the fields."""
        found = []
        if self.organisation is not None and self.organisation_id is None:
            found.append(self.tr("Choose the organisation."))
        found.extend(self.own_problems())
        if self.purpose_edit is not None and len(self.purpose) < 3:
            found.append(self.tr("Write the purpose of the export."))
        if self.file.path is None:
            found.append(self.tr("Choose the file."))
        return found

    def run_export(self) -> None:
        found = self.problems()
        if found:
            self.note.setText("\n".join(found))
            return
        self.note.setText(self.tr("Exporting..."))
        self.buttons.setEnabled(False)
        self.task = run_task(
            self.export(),
            on_done=self._done,
            on_error=self._failed,
            on_cancelled=lambda: self.buttons.setEnabled(True),
            parent=self,
            progress=self.windowTitle(),
            write=True,
        )

    def _done(self, result: Any) -> None:
        self.result = result
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.buttons.setEnabled(True)
        self.note.setText("")
        show_user_error(self, error)
