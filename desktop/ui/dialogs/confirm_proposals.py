""" "Bekræft forslag": what confirming the intake check's proposals will do, shown before it is
done. Per organisation how many dwellings are accepted and how many returned (and of those
accepted, how many no applicant may be offered), the totals, the dwellings left out; a reason
when dwellings without candidates are accepted. Nothing is written until the user confirms;
core made the plan (`decisions.preview_confirmation`) and writes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.formats import plural
from desktop.core.intake.decisions import ConfirmationPreview, OrganisationPlan
from desktop.ui.dialogs.decision_reason import ReasonEdit, confirm_on_ctrl_return
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.models.rows import NAME, NUMBER, Column, RowModel
from desktop.ui.widgets.heading import PANEL, heading
from desktop.ui.widgets.list_view import list_view


class PlanLayout:
    """The widgets: heading, the plan per organisation, totals, question, reason, buttons."""

    def __init__(self, dialog: QDialog, model: RowModel[OrganisationPlan]) -> None:
        self.heading = heading("", PANEL)
        self.heading.setObjectName("plan_heading")
        self.table = list_view(
            model,
            name="plan_table",
            accessible=QCoreApplication.translate(
                "ConfirmProposalsDialog", "Plan per organisation"
            ),
            sorted_by=None,
            tab_moves_on=True,
        )
        self.totals = QLabel()
        self.totals.setObjectName("plan_totals")
        self.totals.setWordWrap(True)
        self.skipped = QLabel()
        self.skipped.setObjectName("plan_skipped")
        self.skipped.setWordWrap(True)
        self.question = QLabel()
        self.question.setObjectName("plan_question")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: 600;")
        self.reason_label = QLabel(
            QCoreApplication.translate(
                "ConfirmProposalsDialog", "&Reason (kept with those decisions):"
            )
        )
        self.reason = ReasonEdit("plan_reason")
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 16)
        self.reason_label.setBuddy(self.reason)
        self.note = QLabel()
        self.note.setObjectName("plan_note")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton(QCoreApplication.translate("ConfirmProposalsDialog", "&Confirm"))
        self.confirm.setObjectName("plan_confirm")
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        layout.addWidget(self.skipped)
        layout.addWidget(self.question)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.confirm.setDefault(True)  # once in the dialog: Enter confirms


class ConfirmProposalsDialog(QDialog):
    """Shows a `ConfirmationPreview`; `confirmed(reason)` when the user confirms (the reason is
    "" when none is needed)."""

    confirmed = Signal(str)

    def __init__(self, plan: ConfirmationPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_proposals_dialog")
        self.plan = plan
        self.setWindowTitle(self.tr("Confirm the proposals"))
        self.setMinimumWidth(640)
        self.model = RowModel(self._columns(), plan.organisations, parent=self)
        self.ui = PlanLayout(self, self.model)
        self._show_plan()
        self.ui.buttons.accepted.connect(self.confirm)
        self.ui.buttons.rejected.connect(self.reject)
        confirm_on_ctrl_return(self.ui.reason, self.confirm, self.ui.confirm)
        self._fit_table()
        (self.ui.reason if plan.needs_reason else self.ui.confirm).setFocus()
        finish_shortcuts(self)

    def _fit_table(self) -> None:
        """As high as its rows (a long plan scrolls)."""
        table = self.ui.table
        rows = max(1, min(len(self.plan.organisations), 10))
        header = table.horizontalHeader().sizeHint().height()
        height = table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(header + rows * height + 2 * table.frameWidth())

    def _columns(self) -> list[Column[OrganisationPlan]]:
        return [
            Column(self.tr("Organisation"), "organisation", role=NAME, deciding=True),
            Column(self.tr("Accepted"), "accepted", role=NUMBER, deciding=True),
            Column(self.tr("Returned"), "returned", role=NUMBER, deciding=True),
            Column(
                self.tr("Accepted without candidates"),
                "without_candidates",
                role=NUMBER,
                deciding=True,
                display=lambda n: str(n) if n else "",
            ),
        ]

    def _show_plan(self) -> None:
        plan = self.plan
        accepted, returned = len(plan.to_accept), len(plan.to_return)
        decided = accepted + returned
        self.ui.heading.setText(
            plural(
                decided,
                self.tr("Confirm the proposals for {n} dwelling?"),
                self.tr("Confirm the proposals for {n} dwellings?"),
            )
        )
        self.ui.totals.setText(
            self.tr(
                "In all: {accepted} accepted and {returned} returned to their organisations. "
                "Each organisation hears of its decisions in the next reply."
            ).format(
                accepted=plural(accepted, self.tr("{n} dwelling"), self.tr("{n} dwellings")),
                returned=plural(returned, self.tr("{n} dwelling"), self.tr("{n} dwellings")),
            )
        )
        skipped = len(plan.skipped)
        self.ui.skipped.setVisible(bool(skipped))
        self.ui.skipped.setText(
            plural(
                skipped,
                self.tr(
                    "{n} of the chosen dwellings is left as it is (not received, or not checked)."
                ),
                self.tr(
                    "{n} of the chosen dwellings are left as they are (not received, or not "
                    "checked)."
                ),
            )
        )
        for widget in (self.ui.question, self.ui.reason_label, self.ui.reason):
            widget.setVisible(plan.needs_reason)
        self.ui.question.setText(" ".join(plan.questions))
        self.ui.confirm.setEnabled(decided > 0)
        if decided == 0:
            self.ui.note.setText(self.tr("None of the chosen dwellings waits for a decision."))

    @property
    def reason(self) -> str:
        return self.ui.reason.reason

    def confirm(self) -> None:
        if self.plan.needs_reason and not self.ui.reason.written:
            self.ui.note.setText(
                self.tr("Write why the dwellings without candidates are accepted.")
            )
            self.ui.reason.setFocus()
            return
        self.confirmed.emit(self.reason)
        self.accept()


def show_plan(
    parent: QWidget, plan: ConfirmationPreview, on_confirmed: Callable[[str], object]
) -> ConfirmProposalsDialog:
    """Open the dialog (window-modal, without blocking); `on_confirmed(reason)` on Confirm."""
    dialog = ConfirmProposalsDialog(plan, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.confirmed.connect(on_confirmed)
    dialog.open()
    return dialog
