"""Indstillinger > Farver: the dated colour policy of the trappetrinsmodel.

Hosted by the settings page through `desktop/ui/settings_sections/colours.py`; it lives here so
that its texts belong to the departments area's catalogue.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.colours import Colour, ColourPolicy, ColourRule, FlexibleLetting
from desktop.core.errors import UserError, ValidationError
from desktop.core.registry import policy
from desktop.core.registry.names import flexible_name
from desktop.ui import tasks
from desktop.ui.errors import show_user_error
from desktop.ui.pages.base import PageContext
from desktop.ui.tasks import Task
from desktop.ui.widgets.colour_badge import ColourBadge, colour_text
from desktop.ui.widgets.date_edit import date_edit, date_of, to_qdate
from desktop.ui.widgets.heading import SECTION, heading


class RuleRow:
    """The editors of one colour's rule."""

    def __init__(self, parent: QWidget) -> None:
        self.may_report = QCheckBox(parent)
        self.may_place = QCheckBox(parent)
        self.strong_area = QCheckBox(parent)
        self.flexible = {form: QCheckBox(flexible_name(form), parent) for form in FlexibleLetting}
        self.share = QDoubleSpinBox(parent)
        self.share.setRange(0.0, 100.0)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")

    def set_rule(self, rule: ColourRule) -> None:
        self.may_report.setChecked(rule.may_report)
        self.may_place.setChecked(rule.may_place)
        self.strong_area.setChecked(rule.blocks_strong_area_applicants)
        for form, box in self.flexible.items():
            box.setChecked(form in rule.flexible_letting)
        self.share.setValue(rule.share_percent)

    def rule(self) -> ColourRule:
        return ColourRule(
            may_report=self.may_report.isChecked(),
            may_place=self.may_place.isChecked(),
            flexible_letting=tuple(f for f, box in self.flexible.items() if box.isChecked()),
            share_percent=self.share.value(),
            blocks_strong_area_applicants=self.strong_area.isChecked(),
        )


class ColourPolicySection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        intro = QLabel(
            self.tr(
                "What each colour allows. A change takes effect on the day you choose (today "
                "or later); decisions already made keep the rules they were made under."
            )
        )
        intro.setWordWrap(True)
        self.in_force = QLabel()
        self.in_force.setObjectName("policy_in_force")
        grid = self._rules_grid()
        form = self._version_form()
        self.save_button = QPushButton(self.tr("&Save new version"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("policy_message")
        self.message.setWordWrap(True)
        self.history = QListWidget()
        self.history.setObjectName("policy_history")
        self.history.setAccessibleName(self.tr("Versions of the colour policy"))
        self.history.setMaximumHeight(130)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Colour policy (trappetrinsmodel)"), SECTION))
        layout.addWidget(intro)
        layout.addWidget(self.in_force)
        layout.addLayout(grid)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)
        versions = QLabel(self.tr("&Versions:"))
        versions.setBuddy(self.history)
        layout.addWidget(versions)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.on_shown()

    def _rules_grid(self) -> QGridLayout:
        """A line per colour: what it allows, each rule an editor."""
        grid = QGridLayout()
        headers = [
            self.tr("Colour"),
            self.tr("May report\ndwellings"),
            self.tr("Desk may\nplace"),
            self.tr("Not for applicants\nneeding a strong area"),
            self.tr("Flexible letting allowed"),
            self.tr("Share to\nreport"),
        ]
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, 0, column)
        self.rows: dict[Colour, RuleRow] = {}
        for line, colour in enumerate(Colour, start=1):
            row = RuleRow(self)
            self.rows[colour] = row
            self._name_row(row, colour_text(colour.value))
            grid.addWidget(ColourBadge(colour.value), line, 0)
            grid.addWidget(row.may_report, line, 1, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(row.may_place, line, 2, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(row.strong_area, line, 3, Qt.AlignmentFlag.AlignCenter)
            forms = QHBoxLayout()
            for box in row.flexible.values():
                forms.addWidget(box)
            grid.addLayout(forms, line, 4)
            grid.addWidget(row.share, line, 5)
        grid.setColumnStretch(6, 1)
        return grid

    def _version_form(self) -> QFormLayout:
        self.valid_from = date_edit()
        self.valid_from.setObjectName("policy_valid_from")
        self.valid_from.setMaximumWidth(self.valid_from.minimumWidth())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. the new agreement with the organisations"))
        form = QFormLayout()
        form.addRow(self.tr("Takes effect &from:"), self.valid_from)
        form.addRow(self.tr("&Note:"), self.note)
        return form

    def _name_row(self, row: RuleRow, colour: str) -> None:
        """Screen readers say which colour and which rule each box of the grid is."""
        names = (
            (row.may_report, self.tr("{colour}: may report dwellings")),
            (row.may_place, self.tr("{colour}: desk may place")),
            (row.strong_area, self.tr("{colour}: not for applicants needing a strong area")),
            (row.share, self.tr("{colour}: share to report")),
        )
        for widget, text in names:
            widget.setAccessibleName(text.format(colour=colour))
        for box in row.flexible.values():
            box.setAccessibleName(
                self.tr("{colour}: flexible letting {form}").format(colour=colour, form=box.text())
            )

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ColourPolicySection", "Colours")

    def on_shown(self) -> None:
        today = self.workspace.today()
        current = policy.policy_in_force(self.workspace, today)
        versions = policy.policy_history(self.workspace)
        newest = versions[-1]  # a version scheduled for later is what the next edit builds on
        for colour, row in self.rows.items():
            row.set_rule(newest.policy.rule(colour))
        self.valid_from.setDate(to_qdate(today))
        self.valid_from.setMinimumDate(to_qdate(today))
        text = (
            self.tr("In force today: the built-in default")
            if current.valid_from is None
            else self.tr("In force today: the version from {date}").format(
                date=formats.date(current.valid_from)
            )
        )
        if newest.valid_from is not None and newest.valid_from > today:
            text += " " + self.tr("(shown below: the version from {date})").format(
                date=formats.date(newest.valid_from)
            )
        self.in_force.setText(text)
        self.history.clear()
        for version in reversed(versions):
            if version.valid_from is None:
                self.history.addItem(self.tr("Built-in default"))
                continue
            text = self.tr("From {date}, by {user}").format(
                date=formats.date(version.valid_from), user=version.created_by or "?"
            )
            if version.note:
                text += f": {version.note}"
            self.history.addItem(text)

    @property
    def edited_policy(self) -> ColourPolicy:
        return ColourPolicy(
            green=self.rows[Colour.GREEN].rule(),
            yellow=self.rows[Colour.YELLOW].rule(),
            red=self.rows[Colour.RED].rule(),
        )

    def save(self) -> Task:
        """Save the new version on the write worker; what was entered stays on a refusal."""
        day = date_of(self.valid_from)
        ws, edited, note = self.workspace, self.edited_policy, self.note.text()
        return tasks.write(
            lambda: policy.save_policy(ws, edited, day, note),
            on_done=lambda _result: self._saved(day),
            on_error=self._not_saved,
            parent=self,
            busy=[self.save_button],
        )

    def _saved(self, day: dt.date) -> None:
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Saved: the new version applies from {date}.").format(date=formats.date(day))
        )
        self.note.clear()
        self.on_shown()

    def _not_saved(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error.message)
        else:
            show_user_error(self, error)
