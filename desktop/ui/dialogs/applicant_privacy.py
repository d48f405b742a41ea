"""Data protection: the closed cases past the retention period, anonymised on confirmation.

The list shows who is due (closed - housed or removed - on or before the cut-off day); staff
anonymise all of them or the chosen ones. Statistics keep counting the cases; the person's data
is erased (see desktop.core.applicants.privacy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import labels, privacy
from desktop.core.applicants.privacy import RetentionCandidate
from desktop.core.errors import UserError
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.errors import show_user_error
from desktop.ui.models.rows import Column, RowModel
from desktop.ui.tasks import Task


class PrivacyDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data protection: closed cases past retention"))
        self.resize(820, 520)
        self.workspace = workspace
        self.intro = QLabel()
        self.intro.setObjectName("privacy_intro")
        self.intro.setWordWrap(True)
        self.model = RowModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("CPR number"), lambda c: c.cpr_masked or labels.without_cpr()),
                Column(self.tr("Status"), lambda c: labels.status(c.status)),
                Column(self.tr("Registered"), lambda c: formats.date(c.registered_on)),
                Column(self.tr("Closed"), lambda c: formats.date(c.closed_on)),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("due_cases")
        self.table.setAccessibleName(self.tr("Closed cases due for anonymisation"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.anonymise_button = QPushButton()
        self.anonymise_button.setObjectName("anonymise")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.anonymise_button.clicked.connect(self.confirm_and_anonymise)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.confirm: Any = None  # tests answer the confirmation instead of the message box
        self.refresh()

    def refresh(self) -> None:
        years = privacy.retention_years(self.workspace)
        cutoff = privacy.cutoff_for(self.workspace.today(), years)
        self.due: list[RetentionCandidate] = privacy.due_for_anonymisation(self.workspace)
        self.model.set_rows(self.due)
        self.intro.setText(
            self.tr(
                "Cases closed on or before {date} are past the retention period of {years} "
                "years (Settings > Data protection). Anonymising erases the person's name, CPR "
                "number, contact data, notes, household names, legal facts and letters; the "
                "statistics keep counting the case. It cannot be undone. {count} cases are due."
            ).format(date=formats.date(cutoff), years=years, count=len(self.due))
        )
        self._update_button()

    def chosen(self) -> list[RetentionCandidate]:
        rows = self.table.selectionModel().selectedRows()
        picked = [self.model.row(index.row()) for index in rows]
        return [c for c in picked if c is not None] or list(self.due)

    def _update_button(self, *_args: Any) -> None:
        count = len(self.chosen()) if self.due else 0
        self.anonymise_button.setText(self.tr("&Anonymise {count} cases…").format(count=count))
        self.anonymise_button.setEnabled(count > 0)

    def confirm_and_anonymise(self) -> Task | None:
        """Ask, then anonymise the chosen cases on the write worker; the list shows what is
        still due afterwards."""
        chosen = self.chosen()
        question = self.tr(
            "Anonymise {count} closed cases? The personal data is erased for good."
        ).format(count=len(chosen))
        if self.confirm is not None:
            yes = bool(self.confirm(question))
        else:
            answer = QMessageBox.question(self, self.windowTitle(), question)
            yes = answer == QMessageBox.StandardButton.Yes
        if not yes:
            return None
        ws, ids = self.workspace, [c.id for c in chosen]
        return tasks.write(
            lambda: privacy.anonymise(ws, ids),
            on_done=lambda _result: self.refresh(),
            on_error=self._not_anonymised,
            parent=self,
            busy=[self.anonymise_button],
        )

    def _not_anonymised(self, error: UserError) -> None:
        show_user_error(self, error)
        self.refresh()
