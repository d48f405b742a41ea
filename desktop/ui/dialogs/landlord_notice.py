"""Ny bolig fra privat udlejer: a private landlord's notice of a vacant dwelling, typed from the
landlord's letter or mail. The dwelling's fields are the manual entry form's
(`desktop.ui.dialogs.vacancy_form`); instead of an organisation and a department the form asks
for the landlord and the day the notice was received, and shows the answer's statutory deadline
as core computes it. Saved through `desktop.core.intake.landlord_notices` on the write worker.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from desktop.core import formats
from desktop.core.errors import UserError
from desktop.core.intake import landlord_notices
from desktop.core.registry import landlords
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.vacancy_form import DwellingDialog, VacancyFormLayout, typed_draft
from desktop.ui.tasks import Task
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate


class LandlordNoticeLayout(VacancyFormLayout):
    """The manual entry form with the landlord and the day received in place of the
    organisation and department."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        dialog.setWindowTitle(
            QCoreApplication.translate(
                "LandlordNoticeDialog", "New dwelling from a private landlord"
            )
        )

    def _fields(self) -> None:
        super()._fields()
        self.landlord = QComboBox()
        self.landlord.setObjectName("landlord")
        self.received_on = date_edit()
        self.received_on.setObjectName("received_on")
        self.scheme.setEnabled(False)  # a private landlord's dwelling is in the landlords' scheme
        self.deadline = QLabel()
        self.deadline.setObjectName("answer_deadline")
        self.deadline.setWordWrap(True)

    def _partner_rows(self, form: QFormLayout) -> None:
        self._row(
            form,
            QCoreApplication.translate("LandlordNoticeDialog", "Landl&ord:"),
            "landlord",
            self.landlord,
        )
        self._row(
            form,
            QCoreApplication.translate("LandlordNoticeDialog", "Received o&n:"),
            "received_on",
            self.received_on,
        )
        form.addRow("", self.deadline)


class LandlordNoticeDialog(DwellingDialog):
    """Emits `saved(vacancy_id)` after the notice was stored as a received dwelling."""

    ui: LandlordNoticeLayout

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = LandlordNoticeLayout(self)
        today = workspace.today()
        self.ui.received_on.setDate(to_qdate(today))
        self.ui.received_on.setMaximumDate(to_qdate(today))  # never received later than today
        self.ui.available_from.setDate(to_qdate(today))
        for landlord in landlords.active_landlords(workspace):
            self.ui.landlord.addItem(landlord.label, landlord.id)
        if not self.ui.landlord.count():
            self.ui.summary.setText(
                self.tr(
                    "No private landlord is registered. Register it first under Departments > "
                    "Private landlords."
                )
            )
            self.ui.summary.show()
        self.ui.received_on.dateChanged.connect(lambda _date: self._show_deadline())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.cpr_warning.watch("remarks", self.ui.remarks, self.tr("Remarks"))
        self._show_deadline()
        self.ui.landlord.setFocus()

    @property
    def landlord_id(self) -> int | None:
        value = self.ui.landlord.currentData()
        return None if value is None else int(value)

    @property
    def received_on(self) -> dt.date | None:
        return date_of(self.ui.received_on)

    def _show_deadline(self) -> None:
        received = self.received_on
        if received is None:
            self.ui.deadline.clear()
            return
        self.ui.scheme.clear()
        try:
            terms = landlord_notices.notice_terms(self.workspace, received)
        except UserError as error:
            self.ui.deadline.setText(error.message)
            return
        self.ui.scheme.addItem(terms.scheme_name)  # the landlords' scheme: nothing to choose
        self.ui.deadline.setText(
            formats.plural(
                terms.working_days,
                self.tr("Answer the landlord by {date}: {n} working day after the notice."),
                self.tr("Answer the landlord by {date}: {n} working days after the notice."),
            ).format(date=formats.date(terms.due))
        )

    def save(self) -> Task | None:
        """Save on the write worker; the form closes once saved and stays open with what was
        typed otherwise."""
        landlord_id = self.landlord_id
        if landlord_id is None:
            self.ui.summary.setText(self.tr("Choose the private landlord."))
            self.ui.summary.show()
            return None
        ws, draft, received = self.workspace, typed_draft(self.ui, None), self.received_on
        return self._write(
            lambda: landlord_notices.create_notice(ws, landlord_id, draft, received_on=received)
        )
