"""A new placement of a department by hand: colour, flexible letting, period, reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from desktop.core import formats
from desktop.core.colours import Colour, FlexibleLetting, PlacementView
from desktop.core.registry import lookup, placements
from desktop.core.registry.names import flexible_name
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.dialogs.forms import error_label, save_cancel
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import badge_icon, colour_text
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate


class PlacementForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = QButtonGroup(self)
        colour_row = QHBoxLayout()
        self.colour_buttons: dict[Colour, QRadioButton] = {}
        for colour in Colour:
            button = QRadioButton(colour_text(colour.value))
            button.setIcon(badge_icon(colour.value))
            self.colours.addButton(button)
            self.colour_buttons[colour] = button
            colour_row.addWidget(button)
        colour_row.addStretch(1)
        self.flexible = QComboBox()
        for letting in FlexibleLetting:
            self.flexible.addItem(flexible_name(letting), letting.value)
        self.valid_from = date_edit()
        self.has_end = QCheckBox(self.tr("Ends &on:"))
        self.valid_to = date_edit()
        self.valid_to.setEnabled(False)
        self.has_end.toggled.connect(self.valid_to.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.valid_to)
        end_row.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the yearly review with the organisation"))
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.current)
        form.addRow(self.tr("Colour:"), colour_row)
        form.addRow(self.tr("&Flexible letting:"), self.flexible)
        form.addRow(self.tr("Valid &from:"), self.valid_from)
        form.addRow("", end_row)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.error)


class PlacementDialog(QDialog):
    def __init__(
        self, workspace: Workspace, department_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.department_id = department_id
        detail = lookup.detail(workspace, department_id)
        ref = detail.department
        self.setWindowTitle(
            self.tr("New placement: {org}-{number} {name}").format(
                org=ref.organisation_number, number=ref.number, name=ref.name
            )
        )
        self.form = PlacementForm()
        today = workspace.today()
        self.form.valid_from.setDate(to_qdate(today))
        self.form.valid_to.setDate(to_qdate(dt.date(today.year, 12, 31)))
        self._version = detail.version
        self._start_from(detail.status.placement)
        self.buttons = save_cancel(self, self.form, self.save)

    def _reload(self) -> None:
        """After a conflict: start again from the department as it is now."""
        detail = lookup.detail(self.workspace, self.department_id)
        self._version = detail.version
        self._start_from(detail.status.placement)

    def _start_from(self, current: PlacementView | None) -> None:
        """Today's placement, if any, as the new one's starting point."""
        if current is None:
            self.form.current.setText(self.tr("The department has no placement today."))
            self.form.colour_buttons[Colour.GREEN].setChecked(True)
            return
        self.form.current.setText(
            self.tr(
                "Today: {colour} from {start}. The new placement ends it the day before."
            ).format(
                colour=colour_text(current.colour.value), start=formats.date(current.valid_from)
            )
        )
        self.form.colour_buttons[current.colour].setChecked(True)
        self.form.flexible.setCurrentIndex(
            self.form.flexible.findData(current.flexible_letting.value)
        )

    @property
    def colour(self) -> Colour:
        return next(c for c, b in self.form.colour_buttons.items() if b.isChecked())

    @property
    def flexible_letting(self) -> FlexibleLetting:
        return FlexibleLetting(self.form.flexible.currentData())

    @property
    def valid_from(self) -> dt.date:
        return date_of(self.form.valid_from)

    @property
    def valid_to(self) -> dt.date | None:
        return date_of(self.form.valid_to) if self.form.has_end.isChecked() else None

    def save(self) -> Task:
        """Save on the write worker; the dialog closes once saved and stays open otherwise."""
        ws, department_id, colour, flexible = (
            self.workspace,
            self.department_id,
            self.colour,
            self.flexible_letting,
        )
        start, end, reason = self.valid_from, self.valid_to, self.form.reason.text()
        version = self._version
        return save_with_conflict_check(
            self,
            tasks,
            lambda: placements.set_placement(
                ws,
                department_id,
                colour,
                flexible,
                start,
                valid_to=end,
                reason=reason,
                expected_version=version,
            ),
            on_saved=lambda _result: self.accept(),
            on_reload=self._reload,
            on_invalid=lambda error: self.form.error.setText(error.message),
            busy=[self.buttons],
        )
