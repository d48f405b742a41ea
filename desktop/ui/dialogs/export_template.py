"""Export the intake template an organisation fills in with its next vacancies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.exchange import template
from desktop.core.registry.departments import OrganisationRef
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_common import ExportDialog, FileField, organisation_combo


class ExportTemplateDialog(ExportDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(workspace, self.tr("Intake template for an organisation"), parent)
        self.organisation = organisation_combo(workspace, organisation_id)
        self.file = FileField("", self.tr("Excel workbook (*.xlsx)"), self)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&File:"), self.file)
        self.note.setText(
            self.tr(
                "The organisation fills in its vacancies in the template; its lists offer the "
                "organisation's departments. A filled-in template is imported without questions."
            )
        )
        self.organisation.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self._suggest_name()

    @property
    def organisation_id(self) -> int | None:
        value = self.organisation.currentData()
        return None if value is None else int(value)

    def _suggest_name(self) -> None:
        if self.organisation_id is None:
            return
        number, _, name = self.organisation.currentText().partition(" ")
        current = self.file.path
        if current is not None:
            self.file.set_path(
                current.parent
                / template.default_file_name(OrganisationRef(self.organisation_id, number, name))
            )

    def problems(self) -> list[str]:
        found = []
        if self.organisation_id is None:
            found.append(self.tr("Choose the organisation."))
        if self.file.path is None:
            found.append(self.tr("Choose the file."))
        return found

    def export(self) -> Callable[[], Any]:
        workspace, org, target = self.workspace, self.organisation_id, self.file.path
        assert org is not None
        assert target is not None
        return lambda: template.export_template(workspace, org, target)
