"""Export the intake template an organisation fills in with its next vacancies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.exchange import template
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_common import ExportDialog


class ExportTemplateDialog(ExportDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(workspace, self.tr("Intake template for an organisation"), parent)
        self.add_organisation(organisation_id)
        self.add_file()
        self.note.setText(
            self.tr(
                "The organisation fills in its vacancies in the template; its lists offer the "
                "organisation's departments. A filled-in template is imported without questions."
            )
        )
        self.suggest_name()

    def suggested_name(self) -> str | None:
        organisation = self.organisation_ref()
        return None if organisation is None else template.default_file_name(organisation)

    def export(self) -> Callable[[], Any]:
        workspace, org, target = self.workspace, self.organisation_id, self.file.path
        assert org is not None
        assert target is not None
        return lambda: template.export_template(workspace, org, target)
