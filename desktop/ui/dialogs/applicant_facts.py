"""The detail form's own tab for sensitive facts: benefit periods, release from prison, tenancy
terminations, citizenship - per household member, dated (they decide the legal blocks of
ABL § 59). Nothing is shown until staff give a purpose; opening is written to the access log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import access, facts, labels
from desktop.core.applicants.inputs import FactInput, validate_fact
from desktop.core.applicants.views import HouseholdFacts, LegalFactKind, LegalFactView, MemberView
from desktop.core.errors import Conflict, UserError
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.applicant_fields import DateField
from desktop.ui.dialogs.conflict import ConflictDialog, handle_conflict
from desktop.ui.dialogs.forms import APPLICANT_RED, error_label
from desktop.ui.dialogs.reveal_cpr import ask_purpose
from desktop.ui.errors import show_user_error
from desktop.ui.keyboard import plain_text, with_shortcut
from desktop.ui.models.rows import NAME, TEXT, Column, RowModel
from desktop.ui.tasks import Task
from desktop.ui.widgets.list_view import EXTENDED, list_view

AskPurpose = Callable[[QWidget, str, str], "str | None"]


class FactLayout:
    def __init__(self, dialog: QDialog) -> None:
        self.kind = QComboBox()
        self.kind.setObjectName("fact_kind")
        self.label = QLineEdit()
        self.label.setObjectName("fact_label")
        self.start = DateField("start_date")
        self.end = DateField("end_date")
        self.note = QLineEdit()
        self.message = error_label("", colour=APPLICANT_RED)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("FactDialog", "&Kind:"), self.kind)
        form.addRow(
            QCoreApplication.translate("FactDialog", "&Benefit, country (DK, SY, UA) or measure:"),
            self.label,
        )
        form.addRow(QCoreApplication.translate("FactDialog", "&From:"), self.start)
        form.addRow(QCoreApplication.translate("FactDialog", "&To (empty: still):"), self.end)
        form.addRow(QCoreApplication.translate("FactDialog", "&Note:"), self.note)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)


class FactDialog(QDialog):
    """One dated fact; `value` is the checked input. With `save`, the dialog hands the checked
    input to it and stays open until the save reports back (what was typed survives a refusal);
    without, it closes on a valid input."""

    def __init__(
        self,
        fact: LegalFactView | None,
        parent: QWidget | None = None,
        save: Callable[[FactDialog, FactInput], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Legal fact"))
        self.ui = FactLayout(self)
        for kind in LegalFactKind:
            self.ui.kind.addItem(labels.fact_kind(kind), kind.value)
        self.fact_id = fact.id if fact else None
        if fact is not None:
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(fact.kind.value))
            self.ui.label.setText(fact.label or "")
            self.ui.start.set_value(fact.start_date)
            self.ui.end.set_value(fact.end_date)
            self.ui.note.setText(fact.note or "")
        self.value: FactInput | None = None
        self.ui.buttons.accepted.connect(self.check)
        self.ui.buttons.rejected.connect(self.reject)

    def check(self) -> bool:
        try:
            self.value = validate_fact(
                FactInput(
                    LegalFactKind(self.ui.kind.currentData()),
                    self.ui.label.text(),
                    self.ui.start.value(),
                    self.ui.end.value(),
                    self.ui.note.text(),
                    id=self.fact_id,
                )
            )
        except UserError as error:
            self.ui.message.setText(error.message)
            return False
        if self._save is not None:
            self.ui.message.clear()
            self._save(self, self.value)
        else:
            self.accept()
        return True


def _as_input(fact: LegalFactView) -> FactInput:
    return FactInput(fact.kind, fact.label, fact.start_date, fact.end_date, fact.note, id=fact.id)


class _MemberFacts(QGroupBox):
    def __init__(self, panel: FactsPanel, member: MemberView) -> None:
        title = f"{labels.relation(member.relation)}: {member.name or '–'}"
        super().__init__(title)
        self.panel = panel
        self.member = member
        self.model = RowModel(self._columns(), member.facts, parent=self)
        self.table = list_view(
            self.model,
            accessible=self.tr("Legal facts of {member}").format(member=member.name or title),
            selection=EXTENDED,
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
        )
        self.table.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _buttons(self) -> QHBoxLayout:
        # One group per member: the buttons carry no Alt+letter (it would repeat in every
        # group); the table takes Insert, Enter and Delete instead (shown in the tooltips).
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        for button, key, action in (
            (self.add_button, Qt.Key.Key_Insert, lambda: self.edit(None)),
            (self.edit_button, Qt.Key.Key_Return, self._edit_selected),
            (self.remove_button, Qt.Key.Key_Delete, self._remove_selected),
        ):
            buttons.addWidget(button)
            button.clicked.connect(action)
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
            button.setToolTip(with_shortcut(plain_text(button.text()), QKeySequence(key)))
        buttons.addStretch(1)
        return buttons

    def _columns(self) -> list[Column[LegalFactView]]:
        return [
            Column(self.tr("Kind"), lambda f: labels.fact_kind(f.kind), deciding=True),
            Column(self.tr("Benefit / country"), "label", role=NAME, deciding=True),
            Column(self.tr("From"), "start_date", display=formats.date, deciding=True),
            Column(self.tr("To"), "end_date", display=formats.date, deciding=True),
            Column(self.tr("Note"), "note", role=TEXT),
        ]

    def _selection_changed(self, *_args: object) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected(self) -> LegalFactView | None:
        chosen = self.model.rows_at(self.table.selectionModel().selectedRows())
        return chosen[0] if chosen else None

    def _edit_selected(self) -> None:
        fact = self._selected()
        if fact is not None:
            self.edit(fact)

    def edit(self, fact: LegalFactView | None) -> FactDialog:
        dialog = FactDialog(fact, self, lambda form, new: self._save_with(fact, new, form))
        dialog.open()
        return dialog

    def _save_with(self, old: LegalFactView | None, new: FactInput, form: FactDialog) -> None:
        kept = [_as_input(f) for f in self.member.facts if old is None or f.id != old.id]
        self.panel.save(self.member, [*kept, new], form)

    def _remove_selected(self) -> None:
        fact = self._selected()
        if fact is not None:
            kept = [_as_input(f) for f in self.member.facts if f.id != fact.id]
            self.panel.save(self.member, kept)


class FactsPanel(QWidget):
    """Locked until `unlock(purpose)`; then every member with their facts, editable."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.applicant_id: int | None = None
        self.unlocked = False
        self.notice = QLabel(
            self.tr(
                "Benefits, release from prison, tenancy terminations and citizenship are "
                "sensitive. They decide the legal blocks of ABL § 59 and never leave the desk. "
                "Showing them is written to the access log with your purpose."
            )
        )
        self.notice.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show the sensiti&ve information…"))
        self.show_button.setObjectName("show_sensitive")
        self.members = QVBoxLayout()
        inner = QWidget()
        inner.setLayout(self.members)
        self.facts_area = QScrollArea()
        self.facts_area.setWidgetResizable(True)
        self.facts_area.setWidget(inner)
        self.facts_area.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.show_button)
        layout.addWidget(self.facts_area, 1)
        self.show_button.clicked.connect(self.ask_and_unlock)
        self.ask: AskPurpose | None = None
        self.conflict: ConflictDialog | None = None  # the last conflict shown (tests look)

    def set_applicant(self, applicant_id: int | None) -> None:
        self.applicant_id = applicant_id
        self.show_button.setEnabled(applicant_id is not None)
        if applicant_id is None:
            self.show_button.setToolTip(self.tr("Save the applicant first"))

    def ask_and_unlock(self) -> None:
        ask = self.ask or ask_purpose
        purpose = ask(
            self,
            self.tr("Show sensitive information"),
            self.tr("Why do you need the sensitive information?"),
        )
        if purpose:
            self.unlock(purpose)

    def unlock(self, purpose: str) -> Task | None:
        """Write the view to the access log, then show the facts (on the write worker: the log
        is a write)."""
        if self.applicant_id is None:
            return None
        ws, applicant_id = self.workspace, self.applicant_id

        def log_and_read() -> HouseholdFacts:
            access.log_sensitive_view(ws, applicant_id, purpose)
            return facts.household_facts(ws, applicant_id)

        return tasks.write(
            log_and_read, on_done=self._unlocked, parent=self, busy=[self.show_button]
        )

    def _unlocked(self, household: HouseholdFacts) -> None:
        self.unlocked = True
        self.show_button.hide()
        self.facts_area.show()
        self._show(household)

    def _show(self, household: HouseholdFacts) -> None:
        while self.members.count():
            item = self.members.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups = [_MemberFacts(self, member) for member in household.members]
        for group in self.groups:
            self.members.addWidget(group)
        self.members.addStretch(1)

    def refresh(self) -> None:
        """Read the facts again (after a save, or to see someone else's change)."""
        if self.applicant_id is None or not self.unlocked:
            return
        try:
            household = facts.household_facts(self.workspace, self.applicant_id)
        except UserError as error:
            show_user_error(self, error)
            return
        self._show(household)

    def save(
        self, member: MemberView, new_facts: list[FactInput], form: FactDialog | None = None
    ) -> Task | None:
        """Save one member's facts onto the version shown; when someone changed the member
        since, the conflict dialog says who and when (Reload shows their facts). The fact's
        `form`, if any, closes when saved and stays open with its message otherwise."""
        if self.applicant_id is None:
            return None
        ws, applicant_id = self.workspace, self.applicant_id
        return tasks.write(
            lambda: facts.save_member_facts(
                ws, applicant_id, member.id, new_facts, expected_version=member.version
            ),
            on_done=lambda _result: self._saved(form),
            on_error=lambda error: self._not_saved(error, form),
            parent=self,
            busy=[self.facts_area] + ([form.ui.buttons] if form is not None else []),
        )

    def _saved(self, form: FactDialog | None) -> None:
        if form is not None:
            form.accept()
        self.refresh()
        self.changed.emit()

    def _not_saved(self, error: UserError, form: FactDialog | None) -> None:
        if isinstance(error, Conflict):

            def reload() -> None:  # the facts as saved now; the fact typed is given up
                if form is not None:
                    form.reject()
                self.refresh()

            self.conflict = handle_conflict(
                form or self, error, reload, {"facts": self.tr("Legal facts")}
            )
        elif form is not None:
            form.ui.message.setText(error.message)
        else:
            show_user_error(self, error)
            self.refresh()
