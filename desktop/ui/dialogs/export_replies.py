"""Export the reply workbook to one organisation for a period (step 5 of the flow)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from desktop.core.exchange import reply
from desktop.core.exchange.reply import OrganisationRef
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_common import (
    ExportDialog,
    FileField,
    organisation_combo,
    pydate,
    qdate,
)
from desktop.ui.widgets.date_edit import setup_date_edit


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
        self.organisation = organisation_combo(workspace, organisation_id)
        self.start_edit = setup_date_edit(QDateEdit(qdate(start)))
        self.end_edit = setup_date_edit(QDateEdit(qdate(end)))
        self.purpose_edit = QLineEdit(reply.default_purpose())
        self.file = FileField("", self.tr("Excel workbook (*.xlsx)"), self)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&From:"), self.start_edit)
        self.form.addRow(self.tr("&To:"), self.end_edit)
        self.form.addRow(self.tr("&Purpose:"), self.purpose_edit)
        self.form.addRow(self.tr("&File:"), self.file)
        self.note.setText(
            self.tr(
                "The workbook holds the tenants' names, phone numbers and e-mail addresses; the "
                "export is logged for each of them with the purpose."
            )
        )
        self.organisation.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.start_edit.dateChanged.connect(lambda _d: self._suggest_name())
        self.end_edit.dateChanged.connect(lambda _d: self._suggest_name())
        self._suggest_name()

    @property
    def organisation_id(self) -> int | None:
        value = self.organisation.currentData()
        return None if value is None else int(value)

    @property
    def start(self) -> dt.date:
        return pydate(self.start_edit.date())

    @property
    def end(self) -> dt.date:
        return pydate(self.end_edit.date())

    @property
    def purpose(self) -> str:
        return " ".join(self.purpose_edit.text().split())

    def _suggest_name(self) -> None:
        text = self.organisation.currentText()
        number, _, name = text.partition(" ")
        if self.organisation_id is None:
            return
        file_name = reply.default_file_name(
            OrganisationRef(self.organisation_id, number, name), self.start, self.end
        )
        current = self.file.path
        folder = current.parent if current is not None else None
        if folder is not None:
            self.file.set_path(folder / file_name)

    def problems(self) -> list[str]:
        found = []
        if self.organisation_id is None:
            found.append(self.tr("Choose the organisation."))
        if self.end < self.start:
            found.append(self.tr("The period ends before it begins."))
        if len(self.purpose) < 3:
            found.append(self.tr("Write the purpose of the export."))
        if self.file.path is None:
            found.append(self.tr("Choose the file."))
        return found

    def export(self) -> Callable[[], Any]:
        workspace, org, start, end = self.workspace, self.organisation_id, self.start, self.end
        target, purpose = self.file.path, self.purpose
        assert org is not None
        assert target is not None
        return lambda: reply.export_replies(workspace, org, start, end, target, purpose=purpose)
