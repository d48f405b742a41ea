"""Changing an applicant's status: active, paused until a date, housed, removed with a reason.

`StatusDialog` validates through core (`register.change_status`) and stays open with the
message when a rule is broken (a pause without a date, a removal without a reason). The change
is saved onto the applicant's version the form loaded: when someone else saved the applicant
since, the conflict dialog says who and when; Reload closes this dialog and emits `stale` (the
form then shows the record as it is now)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applicants import labels, register
from desktop.core.applicants.views import ApplicantStatus
from desktop.core.errors import Conflict, UserError
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.applicant_fields import DateField
from desktop.ui.dialogs.conflict import ConflictDialog, handle_conflict
from desktop.ui.dialogs.forms import APPLICANT_RED, error_label
from desktop.ui.tasks import Task
from desktop.ui.widgets.cpr_warning import CprWarning

_CHOICES = (
    ApplicantStatus.ACTIVE,
    ApplicantStatus.PAUSED,
    ApplicantStatus.HOUSED,
    ApplicantStatus.REMOVED,
)


class StatusLayout:
    def __init__(self, dialog: QDialog) -> None:
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.paused_until = DateField("paused_until")
        self.reason = QLineEdit()
        self.reason.setObjectName("removed_reason")
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.message = error_label("status_message", colour=APPLICANT_RED)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("StatusDialog", "&New status:"), self.status)
        form.addRow(QCoreApplication.translate("StatusDialog", "Paused &until:"), self.paused_until)
        form.addRow(QCoreApplication.translate("StatusDialog", "&Reason for removal:"), self.reason)
        form.addRow(QCoreApplication.translate("StatusDialog", "N&ote:"), self.note)
        self.cpr_warning = CprWarning()
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(self.cpr_warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)


class StatusDialog(QDialog):
    """`version`: the applicant's version the caller loaded (None: no check)."""

    stale = Signal()

    def __init__(
        self,
        workspace: Workspace,
        applicant_id: int,
        current: ApplicantStatus,
        parent: QWidget | None = None,
        *,
        version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the status"))
        self.workspace = workspace
        self.applicant_id = applicant_id
        self.version = version
        self.conflict: ConflictDialog | None = None
        self.ui = StatusLayout(self)
        for status in _CHOICES:
            self.ui.status.addItem(labels.status(status), status.value)
        self.ui.status.setCurrentIndex(max(0, self.ui.status.findData(current.value)))
        self.ui.status.currentIndexChanged.connect(self._update)
        self.ui.cpr_warning.watch("removed_reason", self.ui.reason, self.tr("Reason for removal"))
        self.ui.cpr_warning.watch("note", self.ui.note, self.tr("Note"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._update()

    @property
    def status(self) -> ApplicantStatus:
        return ApplicantStatus(self.ui.status.currentData())

    def _update(self) -> None:
        self.ui.paused_until.setEnabled(self.status == ApplicantStatus.PAUSED)
        self.ui.reason.setEnabled(self.status == ApplicantStatus.REMOVED)

    def save(self) -> Task | None:
        """Save on the write worker; the dialog closes once saved and otherwise stays open
        with its message."""
        status = self.status
        paused = status == ApplicantStatus.PAUSED
        try:
            paused_until = self.ui.paused_until.value() if paused else None
        except UserError as error:
            self.ui.message.setText(error.message)
            return None
        note = self.ui.note.toPlainText().strip() or None
        reason = self.ui.reason.text() if status == ApplicantStatus.REMOVED else None
        ws, applicant_id, version = self.workspace, self.applicant_id, self.version
        return tasks.write(
            lambda: register.change_status(
                ws,
                applicant_id,
                status,
                note=note,
                paused_until=paused_until,
                removed_reason=reason,
                expected_version=version,
            ),
            on_done=lambda _result: self.accept(),
            on_error=self._not_saved,
            parent=self,
            busy=[self.ui.buttons],
        )

    def _not_saved(self, error: UserError) -> None:
        if isinstance(error, Conflict):
            self.ui.message.clear()
            self.conflict = handle_conflict(self, error, self._reload, self.labels())
        else:
            self.ui.message.setText(error.message)

    def labels(self) -> dict[str, str]:
        """The compared fields' names for the conflict dialog."""
        return {
            "status": self.tr("Status"),
            "paused_until": self.tr("Paused until"),
            "removed_reason": self.tr("Reason for removal"),
        }

    def _reload(self) -> None:
        self.reject()
        self.stale.emit()
