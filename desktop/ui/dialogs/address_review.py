"""Addresses to review: applicants whose address was written as free text (before structured
addresses, or in an imported list) and read automatically. Those kept as whereabouts come first:
no letter reaches them by post until someone chooses a way.

Open an applicant (Enter or double-click) to correct the address or choose how letters reach
them; saving a changed address takes them off the list. "Checked" takes the chosen ones off as
they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import addresses
from desktop.core.applicants.addresses import AddressToReview
from desktop.core.applicants.views import AddressReview
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.applicant_form import ApplicantForm
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.models.rows import ADDRESS, NAME, Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.screen_fit import resize_within_screen


class AddressReviewDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("address_review_dialog")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Addresses to review"))
        self.model = RowModel(self._columns(), parent=self)
        self._build()
        self._connect()
        resize_within_screen(self, 900, 560)
        finish_shortcuts(self)
        self.refresh()

    def _columns(self) -> list[Column[AddressToReview]]:
        return [
            Column(self.tr("Name"), "name", role=NAME, deciding=True),
            Column(self.tr("Read as"), "reason", display=addresses.review_label, deciding=True),
            Column(self.tr("Address or whereabouts"), "address", role=ADDRESS, deciding=True),
            Column(
                self.tr("Letters go by"),
                "delivery",
                display=addresses.channel_label,
                deciding=True,
            ),
        ]

    def _build(self) -> None:
        self.note = QLabel()
        self.note.setObjectName("address_review_count")
        self.note.setWordWrap(True)
        self.table = list_view(
            self.model,
            name="address_review_table",
            accessible=self.tr("Addresses to review"),
            selection=EXTENDED,
        )
        self.open_button = QPushButton(self.tr("&Open applicant…"))
        self.checked_button = QPushButton(self.tr("&Checked as they are"))
        self.checked_button.setToolTip(
            self.tr("The chosen addresses are right: take them off the list")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.checked_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.checked_button.clicked.connect(self.mark_checked)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._chosen())

    def refresh(self) -> None:
        rows = addresses.addresses_to_review(self.workspace)
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.reason == AddressReview.WHEREABOUTS)
        self.note.setText(
            formats.plural(
                len(rows),
                self.tr("{n} address was read from free text."),
                self.tr("{n} addresses were read from free text."),
            )
            + " "
            + formats.plural(
                waiting,
                self.tr(
                    "{n} of them is no address a letter can go to: choose how letters reach that "
                    "citizen."
                ),
                self.tr(
                    "{n} of them are no address a letter can go to: choose how letters reach "
                    "those citizens."
                ),
            )
            if rows
            else self.tr("No address waits to be reviewed.")
        )
        if rows:
            self.table.selectRow(0)
        self._chosen()

    def selected(self) -> list[AddressToReview]:
        return self.model.rows_at(self.table.selectionModel().selectedRows())

    def _chosen(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(len(chosen) == 1)
        self.checked_button.setEnabled(bool(chosen))

    def open_selected(self) -> QDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        form = ApplicantForm(self.workspace, chosen[0].applicant_id, self)
        form.ui.tabs.setCurrentWidget(form.ui.address)
        form.saved.connect(lambda _id: self.refresh())
        form.open()
        return form

    def mark_checked(self) -> Task | None:
        ids = [row.applicant_id for row in self.selected()]
        if not ids:
            return None
        ws = self.workspace
        return tasks.write(
            lambda: addresses.mark_addresses_reviewed(ws, ids),
            on_done=lambda _count: self.refresh(),
            parent=self,
            busy=[self.checked_button],
        )
