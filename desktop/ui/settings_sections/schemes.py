"""Indstillinger > Boligordninger: the housing schemes in force from a chosen day.

The list holds the schemes; the form beside it one scheme's terms. Edits stay in the section
until Save stores every scheme from the day chosen (`desktop.core.schemes.editing.save`, which
checks them). A scheme's key is written once, when it is added: its dwellings carry it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.errors import UserError, ValidationError
from desktop.core.schemes import editing
from desktop.core.schemes import labels as scheme_labels
from desktop.core.schemes.settings import (
    ORDINARY,
    Allocation,
    DeadlineRule,
    LeaseKind,
    RentLossBearer,
    Scheme,
    Schemes,
)
from desktop.core.settings import TARGET_GROUPS, TargetGroups
from desktop.ui.dialogs.forms import error_label, field_row
from desktop.ui.errors import show_user_error
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task
from desktop.ui.widgets.dated_save import DatedSave

NONE = 0  # a spin box at its minimum: no value ("-")


def _optional(box: QSpinBox | QDoubleSpinBox) -> None:
    box.setSpecialValueText("-")


class _SchemeForm(QWidget):
    """One scheme's terms; `scheme(key)` reads them back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = QLineEdit()
        self.key.setToolTip(
            self.tr("Stored on the scheme's dwellings: it cannot be changed later.")
        )
        self.name = QLineEdit()
        self.legal_basis = QLineEdit()
        self.groups = QListWidget()
        self.groups.setMaximumHeight(110)
        self.age_from = QSpinBox()
        self.age_to = QSpinBox()
        for box in (self.age_from, self.age_to):
            box.setRange(NONE, editing.MAX_AGE)
            box.setSuffix(self.tr(" years"))
            _optional(box)
        self.support = QLineEdit()
        self.support.setPlaceholderText(self.tr("e.g. bostøtte, efterværn"))
        self.dispensation = QCheckBox(self.tr("A dispensation must be in place"))
        self.lease = QComboBox()
        self.lease.addItem(self.tr("Ordinary"), LeaseKind.ORDINARY.value)
        self.lease.addItem(self.tr("Time-limited"), LeaseKind.TIME_LIMITED.value)
        self.lease_months = QSpinBox()
        self.lease_months.setRange(NONE, editing.MAX_LEASE_MONTHS)
        self.lease_months.setSuffix(self.tr(" months"))
        _optional(self.lease_months)
        self.co_living = QCheckBox(self.tr("Co-living (the tenants share the dwelling)"))
        self.allocation = QComboBox()
        self.allocation.addItem(self.tr("Counts against the agreed share"), Allocation.SHARE.value)
        self.allocation.addItem(self.tr("Own allocation right"), Allocation.OWN_RIGHT.value)
        self.dwellings = QSpinBox()
        self.dwellings.setRange(NONE, 100_000)
        self.dwellings.setSuffix(self.tr(" dwellings"))
        _optional(self.dwellings)
        self.percent = QDoubleSpinBox()
        self.percent.setRange(NONE, 100)
        self.percent.setDecimals(1)
        self.percent.setSuffix(" %")
        _optional(self.percent)
        self.rent_loss = QComboBox()
        for who in RentLossBearer:
            self.rent_loss.addItem(scheme_labels.bearer(who), who.value)
        self.deadline = QComboBox()
        self.deadline.addItem(self.tr("The desk's usual deadline"), DeadlineRule.ORGANISATION.value)
        self.deadline.addItem(
            self.tr("Working days from the landlord's notice"), DeadlineRule.LANDLORD_NOTICE.value
        )
        self.deadline_days = QSpinBox()
        self.deadline_days.setRange(1, editing.MAX_WORKING_DAYS)
        self.deadline_days.setSuffix(self.tr(" working days"))
        self.letter = QLineEdit()
        self.letter.setPlaceholderText(self.tr("empty: the ordinary offer letter"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        self._row(form, self.tr("&Key:"), "key", self.key)
        self._row(form, self.tr("&Name:"), "name", self.name)
        self._row(form, self.tr("&Legal basis:"), "legal_basis", self.legal_basis)
        self._row(form, self.tr("&Target groups (none: all):"), "target_groups", self.groups)
        self._row(
            form, self.tr("A&ge on the day of the offer:"), "age_from", self.age_from, self.age_to
        )
        self.errors["age_to"] = self.errors["age_from"]
        self._row(form, self.tr("&Support in place (one of):"), "support_measures", self.support)
        form.addRow("", self.dispensation)
        self._row(form, self.tr("L&ease:"), "lease_months", self.lease, self.lease_months)
        form.addRow("", self.co_living)
        self._row(
            form,
            self.tr("All&ocation:"),
            "dwellings",
            self.allocation,
            self.dwellings,
            self.percent,
        )
        self.errors["allocation_percent"] = self.errors["dwellings"]
        self._row(form, self.tr("&Rent loss borne by:"), "rent_loss", self.rent_loss)
        self._row(
            form,
            self.tr("&Deadline:"),
            "deadline_working_days",
            self.deadline,
            self.deadline_days,
        )
        self._row(form, self.tr("O&wn offer letter:"), "letter_template", self.letter)
        self.lease.currentIndexChanged.connect(self._enable)
        self.allocation.currentIndexChanged.connect(self._enable)
        self.deadline.currentIndexChanged.connect(self._enable)

    def _row(self, form: QFormLayout, label: str, name: str, *widgets: QWidget) -> None:
        self.errors[name] = field_row(form, label, name, *widgets, wrap=True)

    def _enable(self) -> None:
        self.lease_months.setEnabled(self.lease.currentData() == LeaseKind.TIME_LIMITED.value)
        own = self.allocation.currentData() == Allocation.OWN_RIGHT.value
        self.dwellings.setEnabled(own)
        self.percent.setEnabled(own)
        landlord = self.deadline.currentData() == DeadlineRule.LANDLORD_NOTICE.value
        self.deadline_days.setEnabled(landlord)

    def show_scheme(self, scheme: Scheme, groups: TargetGroups, *, new: bool) -> None:
        self.key.setText(scheme.key)
        self.key.setEnabled(new)  # the dwellings carry it: written once, when it is added
        self.name.setText(scheme.name)
        self.legal_basis.setText(scheme.legal_basis)
        self.groups.clear()
        known = {g.code for g in groups.groups}
        codes = [(g.code, g.label) for g in groups.groups] + [
            (code, code) for code in scheme.target_groups if code not in known
        ]
        for code, label in codes:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = code in scheme.target_groups
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.age_from.setValue(NONE if scheme.age_from is None else scheme.age_from)
        self.age_to.setValue(NONE if scheme.age_to is None else scheme.age_to)
        self.support.setText(", ".join(scheme.support_measures))
        self.dispensation.setChecked(scheme.dispensation)
        self.lease.setCurrentIndex(self.lease.findData(scheme.lease.value))
        self.lease_months.setValue(scheme.lease_months or NONE)
        self.co_living.setChecked(scheme.co_living)
        self.allocation.setCurrentIndex(self.allocation.findData(scheme.allocation.value))
        self.dwellings.setValue(scheme.dwellings or NONE)
        self.percent.setValue(scheme.allocation_percent or NONE)
        self.rent_loss.setCurrentIndex(self.rent_loss.findData(scheme.rent_loss.value))
        self.deadline.setCurrentIndex(self.deadline.findData(scheme.deadline.value))
        self.deadline_days.setValue(scheme.deadline_working_days)
        self.letter.setText(scheme.letter_template)
        self._enable()

    def scheme(self) -> Scheme:
        def optional(box: QSpinBox) -> int | None:
            return None if box.value() == NONE else box.value()

        groups = tuple(
            str(self.groups.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        )
        return Scheme(
            key=self.key.text().strip(),
            name=self.name.text(),
            legal_basis=self.legal_basis.text(),
            target_groups=groups,
            age_from=optional(self.age_from),
            age_to=optional(self.age_to),
            support_measures=tuple(p.strip() for p in self.support.text().split(",")),
            dispensation=self.dispensation.isChecked(),
            lease=LeaseKind(self.lease.currentData()),
            lease_months=optional(self.lease_months),
            co_living=self.co_living.isChecked(),
            allocation=Allocation(self.allocation.currentData()),
            dwellings=optional(self.dwellings),
            allocation_percent=None if self.percent.value() == NONE else self.percent.value(),
            rent_loss=RentLossBearer(self.rent_loss.currentData()),
            deadline=DeadlineRule(self.deadline.currentData()),
            deadline_working_days=self.deadline_days.value(),
            letter_template=self.letter.text(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
        for field, text in problems.items():
            shown = self.errors.get(field)
            if shown is not None:
                shown.setText(text)
                shown.show()


class SchemesSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.schemes: list[Scheme] = []
        self.stored: set[str] = set()  # keys of the schemes loaded (their keys are fixed)
        self.groups = TARGET_GROUPS.default
        self.problems: dict[str, str] = {}
        self._shown = -1
        intro = QLabel(
            self.tr(
                "The roads to a home besides the ordinary share: each scheme's target groups, "
                "extra rules, lease, allocation right, rent-loss bearer and deadline. Changes "
                "take effect from the day chosen; a dwelling keeps its scheme's key."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("scheme_list")
        self.list.setAccessibleName(self.tr("Housing schemes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumWidth(280)
        self.list.currentRowChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("Add sc&heme"))
        self.add_button.clicked.connect(self.add_scheme)
        self.remove_button = QPushButton(self.tr("Re&move scheme"))
        self.remove_button.clicked.connect(self.remove_scheme)
        self.form = _SchemeForm()
        self.summary = error_label("schemes_summary", wrap=True)
        self.summary.hide()
        self.dated = DatedSave(self.save)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.form, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Housing schemes")))
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.dated)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SchemesSection", "Housing schemes")

    def on_shown(self) -> None:
        ws = self.context.workspace
        loaded = editing.load(ws)
        self.groups = editing.target_groups(ws)
        self.schemes = list(loaded.schemes)
        self.stored = {s.key for s in self.schemes}
        self.problems = {}
        self.summary.hide()
        self._shown = -1
        self._fill_list(0)
        self.dated.reset(ws.today())

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for scheme in self.schemes:
            self.list.addItem(f"{scheme.name or '?'} ({scheme.key})")
        self.list.blockSignals(False)
        self._shown = -1
        self.list.setCurrentRow(min(row, len(self.schemes) - 1))

    def _keep_form(self) -> None:
        """The form's values into the scheme it shows."""
        if 0 <= self._shown < len(self.schemes):
            self.schemes[self._shown] = self.form.scheme()
            item = self.list.item(self._shown)
            scheme = self.schemes[self._shown]
            item.setText(f"{scheme.name or '?'} ({scheme.key})")

    def _chosen(self, row: int) -> None:
        self._keep_form()
        self._shown = row
        if not 0 <= row < len(self.schemes):
            return
        scheme = self.schemes[row]
        self.form.show_scheme(scheme, self.groups, new=scheme.key not in self.stored)
        self.form.show_problems(
            {
                field.split(".", 1)[1]: text
                for field, text in self.problems.items()
                if field.split(".", 1)[0] == scheme.key
            }
        )
        self.remove_button.setEnabled(scheme.key != ORDINARY)

    @property
    def value(self) -> Schemes:
        self._keep_form()
        return Schemes(tuple(self.schemes))

    def add_scheme(self) -> None:
        self._keep_form()
        taken = {s.key for s in self.schemes}
        number = next(n for n in range(1, 1000) if f"scheme_{n}" not in taken)
        self.schemes.append(Scheme(f"scheme_{number}", self.tr("New scheme")))
        self._fill_list(len(self.schemes) - 1)
        self.form.key.setFocus()
        self.form.key.selectAll()

    def remove_scheme(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.schemes) or self.schemes[row].key == ORDINARY:
            return
        self._shown = -1  # the form's values go with the scheme
        del self.schemes[row]
        self._fill_list(max(0, row - 1))

    def save(self) -> Task | None:
        """Save on the write worker; the values entered stay on a refusal."""
        ws, value, start = self.context.workspace, self.value, self.dated.day
        task: Task = self.context.tasks.write(
            lambda: editing.save(ws, value, start),
            on_done=self._saved,
            on_error=self._not_saved,
            parent=self,
            busy=[self.dated.buttons],
        )
        return task

    def _saved(self, stored: Schemes) -> None:
        self.schemes = list(stored.schemes)
        self.stored |= {s.key for s in self.schemes}
        self.problems = {}
        self.summary.hide()
        self._fill_list(max(0, self.list.currentRow()))
        self.dated.saved.setText(
            self.tr("Saved. The schemes apply from {date}.").format(
                date=formats.date(self.dated.day)
            )
        )

    def _not_saved(self, error: UserError) -> None:
        if not isinstance(error, ValidationError):
            show_user_error(self, error)
            return
        self.problems = dict(error.fields)
        self.summary.setText(error.message)
        self.summary.show()
        self._shown = -1
        self._chosen(self.list.currentRow())


SECTION = SchemesSection
