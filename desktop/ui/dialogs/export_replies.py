"""Export the reply workbook to one organisation for a period (step 5 of the flow)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.exchange import reply
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_common import ExportDialog
from desktop.ui.widgets.date_edit import date_edit, date_of


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


class ExportRepliesDialog(ExportDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
        period: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        super().__init__(workspace, self.tr("Reply to a housing organisation"), parent)
        start, end = period or last_month(workspace.today())
        self.add_organisation(organisation_id)
        self.start_edit = date_edit(start)
        self.end_edit = date_edit(end)
        self.form.addRow(self.tr("&From:"), self.start_edit)
        self.form.addRow(self.tr("&To:"), self.end_edit)
        self.add_purpose(reply.default_purpose())
        self.add_file()
        self.note.setText(
            self.tr(
                "The workbook holds the tenants' names, phone numbers and e-mail addresses; the "
                "export is logged for each of them with the purpose."
            )
        )
        self.start_edit.dateChanged.connect(lambda _d: self.suggest_name())
        self.end_edit.dateChanged.connect(lambda _d: self.suggest_name())
        self.suggest_name()

    @property
    def start(self) -> dt.date:
        return date_of(self.start_edit)

    @property
    def end(self) -> dt.date:
        return date_of(self.end_edit)

    def suggested_name(self) -> str | None:
        organisation = self.organisation_ref()
        if organisation is None:
            return None
        return reply.default_file_name(organisation, self.start, self.end)

    def own_problems(self) -> list[str]:
        return [self.tr("The period ends before it begins.")] if self.end < self.start else []

    def export(self) -> Callable[[], Any]:
        workspace, org, start, end = self.workspace, self.organisation_id, self.start, self.end
        target, purpose = self.file.path, self.purpose
        assert org is not None
        assert target is not None
        return lambda: reply.export_replies(workspace, org, start, end, target, purpose=purpose)
