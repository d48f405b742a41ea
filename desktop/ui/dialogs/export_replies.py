"""Send svar: the reply workbook to one organisation for a period (step 5 of the flow).

The period starts where core says the next reply starts (`reply_history.default_period`: since
the last reply to the organisation, reaching back to the oldest decision not yet sent back) and
ends today, so today's decisions are in it; choosing another organisation takes its period.
After the export the dialog stays open with the file: open it, or its folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop.core.exchange import reply, reply_history
from desktop.core.formats import plural
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.export_common import ExportDialog
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.widgets.date_edit import PeriodFields, date_edit, to_qdate


def open_url(url: QUrl) -> bool:
    """The system opens a file or folder (one place, so tests can watch it)."""
    return QDesktopServices.openUrl(url)


class ExportRepliesDialog(PeriodFields, ExportDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        organisation_id: int | None = None,
        period: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        super().__init__(workspace, self.tr("Send a reply to a housing organisation"), parent)
        self.setObjectName("export_replies_dialog")
        self.add_organisation(organisation_id)
        today = workspace.today()
        self.start_edit = date_edit(today)
        self.end_edit = date_edit(today)
        self.form.addRow(self.tr("F&rom:"), self.start_edit)
        self.form.addRow(self.tr("&To:"), self.end_edit)
        self.period_note = QLabel()
        self.period_note.setObjectName("reply_period_note")
        self.period_note.setWordWrap(True)
        self.form.addRow("", self.period_note)
        self.add_purpose(reply.default_purpose())
        self.add_file()
        self._result_buttons()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save the reply"))
        self.note.setText(
            self.tr(
                "The workbook holds the tenants' names, phone numbers and e-mail addresses; the "
                "export is logged for each of them with the purpose."
            )
        )
        if period is not None:
            self._set_period(*period)
        else:
            self.use_default_period()
        assert self.organisation is not None
        self.organisation.currentIndexChanged.connect(lambda _i: self.use_default_period())
        self.start_edit.dateChanged.connect(lambda _d: self.suggest_name())
        self.end_edit.dateChanged.connect(lambda _d: self.suggest_name())
        self.suggest_name()
        finish_shortcuts(self)

    def _result_buttons(self) -> None:
        """Shown once the workbook is written: open it, open its folder, close."""
        self.open_file_button = QPushButton(self.tr("Open the fi&le"))
        self.open_file_button.setObjectName("open_file")
        self.open_folder_button = QPushButton(self.tr("Open the fol&der"))
        self.open_folder_button.setObjectName("open_folder")
        self.done_buttons = QDialogButtonBox()
        self.done_buttons.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.done_buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.done_buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("close")
        self.done_buttons.rejected.connect(self.accept)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.done_buttons.hide()
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.done_buttons)

    # --- the period ------------------------------------------------------------------------------

    def use_default_period(self) -> None:
        """The chosen organisation's period as core proposes it, with the reason shown."""
        organisation = self.organisation_id
        if organisation is None:
            self.period_note.clear()
            return
        period = reply_history.default_period(self.workspace, organisation)
        self._set_period(period.start, period.end)
        text = f"{period.explanation}."
        if period.unsent:
            text += " " + plural(
                period.unsent,
                self.tr("{n} decision has not been sent back yet."),
                self.tr("{n} decisions have not been sent back yet."),
            )
        self.period_note.setText(text)

    def _set_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))

    # --- the export ------------------------------------------------------------------------------

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

    def _done(self, result: Any) -> None:
        """The workbook is written: say what it holds and offer the file and its folder."""
        self.result = result
        self.exported.emit(result)
        for index in range(self.form.rowCount()):
            field = self.form.itemAt(index, self.form.ItemRole.FieldRole)
            widget = None if field is None else field.widget()
            if widget is not None:
                widget.setEnabled(False)
        self.note.setText(self.tr("The reply is saved: {summary}").format(summary=result.summary()))
        self.buttons.hide()
        self.done_buttons.show()
        self.open_file_button.setDefault(True)
        self.open_file_button.setFocus()

    @property
    def path(self) -> Path | None:
        """The workbook written (None before the export)."""
        return None if self.result is None else Path(self.result.path)

    def open_file(self) -> bool:
        return self.path is not None and open_url(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> bool:
        return self.path is not None and open_url(QUrl.fromLocalFile(str(self.path.parent)))


def open_reply_export(
    parent: QWidget, workspace: Workspace, organisation_id: int | None
) -> ExportRepliesDialog:
    """ "Send svar…" for the organisation (window-modal, without blocking; deleted when closed)."""
    dialog = ExportRepliesDialog(workspace, parent, organisation_id=organisation_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
