"""Data protection: the closed cases past the retention period, anonymised on confirmation.

The list shows who is due (closed - housed or removed - on or before the cut-off day); staff
anonymise all of them or the chosen ones. Statistics keep counting the cases; the person's data
is erased (see desktop.core.applicants.privacy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
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
from desktop.ui.models.rows import NAME, Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import EXTENDED, list_view


class PrivacyDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data protection: closed cases past retention"))
        self.resize(820, 520)
        self.workspace = workspace
        self.model = RowModel(self._columns(), parent=self)
        self._layout()
        self.anonymise_button.clicked.connect(self.confirm_and_anonymise)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.confirm: Any = None  # tests answer the confirmation instead of the message box
        self.refresh()

    def _columns(self) -> list[Column[RetentionCandidate]]:
        return [
            Column(self.tr("Name"), "name", role=NAME, deciding=True),
            Column(
                self.tr("CPR number"),
                lambda c: c.cpr_masked or labels.without_cpr(),
                deciding=True,
            ),
            Column(self.tr("Status"), lambda c: labels.status(c.status), deciding=True),
            Column(self.tr("Registered"), "registered_on", display=formats.date),
            Column(self.tr("Closed"), "closed_on", display=formats.date, deciding=True),
        ]

    def _layout(self) -> None:
        self.intro = QLabel()
        self.intro.setObjectName("privacy_intro")
        self.intro.setWordWrap(True)
        self.table = list_view(
            self.model,
            name="due_cases",
            accessible=self.tr("Closed cases due for anonymisation"),
            selection=EXTENDED,  # all of them, or the chosen ones
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
        )
        self.anonymise_button = QPushButton()
        self.anonymise_button.setObjectName("anonymise")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def refresh(self) -> None:
        years = privacy.retention_years(self.workspace)
        cutoff = privacy.cutoff_for(self.workspace.today(), years)
        self.due: list[RetentionCandidate] = privacy.due_for_anonymisation(self.workspace)
        self.model.set_rows(self.due)
        self.intro.setText(
            self.tr(
                "Cases closed on or before {date} are past the retention period of {years} "
                "(Settings > Data protection). Anonymising erases the person's name, CPR "
                "number, contact data, notes, household names, legal facts and letters; the "
                "statistics keep counting the case. It cannot be undone."
            ).format(
                date=formats.date(cutoff),
                years=formats.plural(years, self.tr("{n} year"), self.tr("{n} years")),
            )
            + " "
            + formats.plural(
                len(self.due), self.tr("{n} case is due."), self.tr("{n} cases are due.")
            )
        )
        self._update_button()

    def chosen(self) -> list[RetentionCandidate]:
        """The cases chosen in the list; every one due when none is chosen."""
        picked = self.model.rows_at(self.table.selectionModel().selectedRows())
        return picked or list(self.due)

    def _update_button(self, *_args: Any) -> None:
        count = len(self.chosen()) if self.due else 0
        self.anonymise_button.setText(
            formats.plural(count, self.tr("&Anonymise {n} case…"), self.tr("&Anonymise {n} cases…"))
        )
        self.anonymise_button.setEnabled(count > 0)

    def confirm_and_anonymise(self) -> Task | None:
        """Ask, then anonymise the chosen cases on the write worker; the list shows what is
        still due afterwards."""
        chosen = self.chosen()
        question = formats.plural(
            len(chosen),
            self.tr("Anonymise {n} closed case? The personal data is erased for good."),
            self.tr("Anonymise {n} closed cases? The personal data is erased for good."),
        )
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
            on_done=self._anonymised,
            on_error=self._not_anonymised,
            parent=self,
            busy=[self.anonymise_button],
        )

    def _anonymised(self, result: privacy.AnonymisationResult) -> None:
        self.refresh()
        warning = result.leftover_warning()
        if warning:  # a server whose tables Anvis could not rewrite: IT must do it
            show_user_error(self, warning)

    def _not_anonymised(self, error: UserError) -> None:
        show_user_error(self, error)
        self.refresh()
