"""Export the applicant list with the columns the user chooses (CPR numbers masked), logged per
applicant with the purpose. The applicant page may pass its current search as `query`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from db.enums import ApplicantStatus
from desktop.core.applicants import choices, labels
from desktop.core.applicants.listing import ApplicantQuery
from desktop.core.exchange import applicant_list
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_common import ExportDialog

WAITING = (ApplicantStatus.ACTIVE, ApplicantStatus.PAUSED, ApplicantStatus.OFFERED)


def _checklist(items: list[tuple[str, Any, bool]]) -> QListWidget:
    widget = QListWidget()
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    for text, data, checked in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[Any]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class ExportApplicantsDialog(ExportDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        query: ApplicantQuery | None = None,
    ) -> None:
        super().__init__(workspace, self.tr("Export the applicant list"), parent)
        self.query = query
        self.columns = _checklist(
            [
                (c.title, c.key, c.key in applicant_list.DEFAULT_COLUMNS)
                for c in applicant_list.available_columns()
            ]
        )
        self.columns.setAccessibleName(self.tr("Columns"))
        self.columns.setMinimumHeight(200)
        self.form.addRow(self.tr("&Columns:"), self.columns)
        if query is None:
            self.statuses = _checklist(
                [(labels.status(s), s.value, s in WAITING) for s in ApplicantStatus]
            )
            self.groups = _checklist(
                [(g.label, g.value, True) for g in choices.target_groups(workspace)]
            )
            for widget in (self.statuses, self.groups):
                widget.setMaximumHeight(120)
            self.statuses.setAccessibleName(self.tr("Statuses"))
            self.groups.setAccessibleName(self.tr("Target groups"))
            self.form.addRow(self.tr("&Status:"), self.statuses)
            self.form.addRow(self.tr("Target &groups:"), self.groups)
        self.add_purpose(placeholder=self.tr("Why the list leaves Anvis"))
        self.add_file(self.tr("Applicants.xlsx"))
        self.note.setText(
            self.tr(
                "CPR numbers are masked; sensitive facts are never exported. The export is "
                "logged for each applicant with the purpose."
            )
        )

    @property
    def chosen_columns(self) -> list[str]:
        return [str(v) for v in _checked(self.columns)]

    @property
    def chosen_query(self) -> ApplicantQuery:
        if self.query is not None:
            return self.query
        return ApplicantQuery(
            statuses=frozenset(ApplicantStatus(v) for v in _checked(self.statuses)),
            target_groups=frozenset(str(v) for v in _checked(self.groups)),
        )

    def own_problems(self) -> list[str]:
        return [] if self.chosen_columns else [self.tr("Choose at least one column.")]

    def export(self) -> Callable[[], Any]:
        workspace, columns, query = self.workspace, self.chosen_columns, self.chosen_query
        target, purpose = self.file.path, self.purpose
        assert target is not None
        return lambda: applicant_list.export_applicants(
            workspace, target, columns, purpose=purpose, query=query
        )
