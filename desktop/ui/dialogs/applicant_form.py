"""The applicant's detail form: the person and the case, the address and how letters reach the
citizen, the household, wishes and needs, the sensitive facts (own tab), the status history and
the offers made.

`ApplicantFormLayout` (in applicant_form_layout) builds the widgets; `ApplicantForm` loads the
record through core, reads the widgets into an `ApplicantInput` (`value`), saves (core validates;
broken rules are marked on their fields), and handles the CPR number: it is shown masked,
revealed only with a logged purpose, and a new number is typed in a field of its own. A new
applicant who may be registered already opens the merge dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import (
    access,
    caseworkers,
    choices,
    duplicates,
    insight,
    labels,
    register,
)
from desktop.core.applicants.inputs import KEEP_CPR, ApplicantInput
from desktop.core.applicants.views import (
    ApplicantStatus,
    ApplicantView,
    EventView,
    OfferLine,
    Urgency,
)
from desktop.core.errors import Conflict, FileProblem, UserError, ValidationError
from desktop.core.offers.workflow import status_label as offer_status_label
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.applicant_form_layout import ApplicantFormLayout
from desktop.ui.dialogs.applicant_status import StatusDialog
from desktop.ui.dialogs.conflict import ConflictDialog, handle_conflict
from desktop.ui.dialogs.forms import APPLICANT_FIELD, clear_marks
from desktop.ui.dialogs.merge_applicants import MergeDialog
from desktop.ui.dialogs.reveal_cpr import ask_purpose
from desktop.ui.errors import show_user_error
from desktop.ui.keyboard import finish_shortcuts
from desktop.ui.models.rows import ADDRESS, NAME, TEXT, Column, RowModel
from desktop.ui.tasks import Task

_KEPT_INACTIVE = Qt.ItemDataRole.UserRole + 1  # the applicant's own caseworker, now inactive


class ApplicantForm(QDialog):
    """Emits `saved(id)` after a save or a merge."""

    saved = Signal(int)

    def __init__(
        self, workspace: Workspace, applicant_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.resize(900, 640)
        self.history_model = RowModel(self._history_columns(), parent=self)
        self.offers_model = RowModel(self._offer_columns(), parent=self)
        self.ui = ApplicantFormLayout(self, workspace, self.history_model, self.offers_model)
        self.view: ApplicantView | None = None
        self.revealed: str | None = None
        self.ask_purpose: Any = None  # tests inject an answer instead of the modal dialog
        self._fill_choices()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(
            QKeySequence.StandardKey.Save
        )
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reveal_button.clicked.connect(self.reveal)
        self.ui.status_button.clicked.connect(self.change_status)
        self.ui.insight_button.clicked.connect(self.insight_report)
        self.ui.cpr.textChanged.connect(self._cpr_typed)
        self.ui.address.changed.connect(self._show_delivery)
        self.ui.name.textChanged.connect(lambda _text: self._show_delivery())
        self.ui.caseworker.currentIndexChanged.connect(lambda _i: self._show_delivery())
        for key, field, name in (
            ("care_of", self.ui.address.care_of, self.tr("c/o")),
            ("street", self.ui.address.street, self.tr("Street and number")),
            ("town", self.ui.address.town, self.tr("Town")),
            ("whereabouts", self.ui.address.whereabouts, self.tr("Whereabouts")),
            ("phone", self.ui.phone, self.tr("Phone")),
            ("email", self.ui.email, self.tr("E-mail")),
            ("notes", self.ui.notes, self.tr("Notes")),
        ):
            self.ui.cpr_warning.watch(key, field, name)
        self.conflict: ConflictDialog | None = None  # the last conflict shown (tests look)
        self.load(applicant_id)
        finish_shortcuts(self)

    # --- loading -------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        for choice in choices.target_groups(self.workspace):
            self.ui.target_group.addItem(choice.label, choice.value)
        self.ui.caseworker.addItem(self.tr("(none)"), None)
        for worker in caseworkers.list_caseworkers(self.workspace, active_only=True):
            self.ui.caseworker.addItem(worker.name, worker.id)
        for urgency in Urgency:
            self.ui.urgency.addItem(labels.urgency(urgency), urgency.value)
        self.ui.excluded.set_departments(
            [(int(c.value), c.label) for c in choices.departments(self.workspace)]
        )

    def load(self, applicant_id: int | None) -> None:
        ui = self.ui
        view = register.applicant_view(self.workspace, applicant_id) if applicant_id else None
        self.view = view
        self.revealed = None
        ui.facts.set_applicant(applicant_id)
        if view is None:
            self.setWindowTitle(self.tr("New applicant"))
            ui.cpr_shown.hide()
            ui.reveal_button.hide()
            ui.registered_on.set_value(self.workspace.today())
            ui.urgency.setCurrentIndex(ui.urgency.findData(Urgency.NORMAL.value))
            ui.target_group.setCurrentIndex(max(0, ui.target_group.findData("other")))
            ui.status_shown.setText(labels.status(ApplicantStatus.ACTIVE))
            ui.status_button.setEnabled(False)
            ui.insight_button.setEnabled(False)
            ui.changed_by.clear()
            ui.forecast.setText(self.tr("Estimated once the applicant is saved."))
            ui.address.set_view(None)
            self._tables(None)
            self._show_delivery()
            return
        self.setWindowTitle(
            self.tr("Applicant: {name}").format(name=view.name or labels.anonymised())
        )
        ui.name.setText(view.name)
        ui.cpr_shown.setText(view.cpr_masked if view.has_cpr else labels.without_cpr())
        ui.cpr_shown.show()
        ui.reveal_button.setVisible(view.has_cpr)
        ui.cpr.clear()
        ui.cpr.setPlaceholderText(
            self.tr("new number") if view.has_cpr else self.tr("DDMMYY-XXXX (if known)")
        )
        ui.birth_date.set_value(view.birth_date)
        ui.birth_date.setEnabled(not view.has_cpr)
        ui.address.set_view(view)
        ui.phone.setText(view.phone or "")
        ui.email.setText(view.email or "")
        ui.target_group.setCurrentIndex(max(0, ui.target_group.findData(view.target_group)))
        self._choose_caseworker(view.caseworker_id)
        ui.registered_on.set_value(view.registered_on)
        ui.urgency.setCurrentIndex(ui.urgency.findData(view.urgency.value))
        self._show_status(view)
        if view.anonymised:
            ui.forecast.clear()
        else:
            ui.forecast.show_for(self.workspace, view.id)
        ui.insight_button.setEnabled(not view.anonymised)
        ui.members.set_members(view.members)
        ui.members.set_applicant(view.name, view.birth_date, view.cpr_masked)
        ui.max_rent.set_value(view.max_rent)
        ui.rooms_min.set_value(view.rooms_min)
        ui.rooms_max.set_value(view.rooms_max)
        ui.needs_wheelchair.setChecked(view.needs_wheelchair)
        ui.needs_step_free.setChecked(view.needs_step_free)
        ui.needs_ground_floor.setChecked(view.needs_ground_floor)
        ui.has_pets.setChecked(view.has_pets)
        ui.needs_strong_area.setChecked(view.needs_strong_area)
        ui.wanted_areas.setText(", ".join(view.wanted_areas))
        ui.excluded.set_entries(
            [(e.department_id, e.label, e.reason) for e in view.excluded_departments]
        )
        ui.notes.setPlainText(view.notes or "")
        self._tables(view)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not view.anonymised)
        self._show_delivery()

    def _choose_caseworker(self, caseworker_id: int | None) -> None:
        """Choose the applicant's caseworker; one made inactive is offered to this applicant
        alone (marked as inactive), so that saving keeps them."""
        combo = self.ui.caseworker
        for index in reversed(range(combo.count())):
            if combo.itemData(index, _KEPT_INACTIVE):
                combo.removeItem(index)
        found = combo.findData(caseworker_id)
        if found < 0 and caseworker_id is not None:
            worker = caseworkers.caseworker(self.workspace, caseworker_id)
            shown = worker.name
            if not worker.active:
                shown = self.tr("{name} (inactive)").format(name=worker.name)
            combo.addItem(shown, caseworker_id)
            found = combo.count() - 1
            combo.setItemData(found, True, _KEPT_INACTIVE)
        combo.setCurrentIndex(max(0, found))

    def _show_status(self, view: ApplicantView) -> None:
        """The status line and who changed the record last."""
        status = labels.status(view.status)
        if view.paused_until and view.status == ApplicantStatus.PAUSED:
            status += " " + self.tr("until {date}").format(date=formats.date(view.paused_until))
        if view.removed_reason:
            status += f" ({view.removed_reason})"
        self.ui.status_shown.setText(status)
        self.ui.status_button.setEnabled(not view.anonymised)
        if view.updated_at is not None:
            self.ui.changed_by.setText(
                self.tr("Last changed {date} by {who}").format(
                    date=formats.date(view.updated_at.date()), who=view.updated_by or "?"
                )
            )

    def _history_columns(self) -> list[Column[EventView]]:
        return [
            Column(
                self.tr("Time"),
                lambda e: f"{formats.date(e.at.date())} {e.at:%H:%M}",
                deciding=True,
            ),
            Column(
                self.tr("From"),
                lambda e: labels.status(e.from_status) if e.from_status else "",
                deciding=True,
            ),
            Column(self.tr("To"), lambda e: labels.status(e.to_status), deciding=True),
            Column(self.tr("By"), "by", role=NAME),
            Column(self.tr("Note"), "note", role=TEXT),
        ]

    def _offer_columns(self) -> list[Column[OfferLine]]:
        return [
            Column(self.tr("Dwelling"), "address", role=ADDRESS, deciding=True),
            Column(self.tr("Department"), "department", role=NAME),
            Column(self.tr("Status"), lambda o: offer_status_label(o.status), deciding=True),
            Column(self.tr("Sent"), "sent_on", display=formats.date, deciding=True),
            Column(self.tr("Reply by"), "reply_deadline", display=formats.date),
            Column(self.tr("Answered"), "answered_on", display=formats.date),
        ]

    def _tables(self, view: ApplicantView | None) -> None:
        self.history_model.set_rows(view.events if view else ())
        self.offers_model.set_rows(view.offers if view else ())

    # --- reading and saving --------------------------------------------------------------------

    def _cpr_typed(self, text: str) -> None:
        self.ui.birth_date.setEnabled(
            bool(not text.strip() and not (self.view and self.view.has_cpr))
        )
        self._show_delivery()

    def _show_delivery(self) -> None:
        """Beside the channel: can letters go that way with what the form holds now."""
        has_cpr = bool(self.ui.cpr.text().strip()) or bool(self.view and self.view.has_cpr)
        self.ui.address.show_hint(
            self.ui.name.text(),
            has_cpr=has_cpr,
            has_caseworker=self.ui.caseworker.currentData() is not None,
        )

    @property
    def value(self) -> ApplicantInput:
        """The form as input to core (ValidationError for a date or amount it cannot read)."""
        ui = self.ui
        typed = ui.cpr.text().strip()
        if typed:
            number: str | None = typed
        elif self.view is not None and self.view.has_cpr:
            number = KEEP_CPR
        else:
            number = None
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for field in (ui.birth_date, ui.registered_on, ui.max_rent):
            try:
                values[field.field] = field.value()
            except ValidationError as error:
                errors.update(error.fields)
        try:
            members = ui.members.value()
        except ValidationError as error:
            errors.update(error.fields)
            members = ()
        if errors:
            raise ValidationError(next(iter(errors.values())), errors)
        return ApplicantInput(
            name=ui.name.text(),
            cpr=number,
            birth_date=None if number == KEEP_CPR or typed else values["birth_date"],
            phone=ui.phone.text(),
            email=ui.email.text(),
            target_group=str(ui.target_group.currentData() or "other"),
            caseworker_id=ui.caseworker.currentData(),
            registered_on=values["registered_on"],
            urgency=Urgency(ui.urgency.currentData()),
            max_rent=values["max_rent"],
            rooms_min=ui.rooms_min.value_or_none(),
            rooms_max=ui.rooms_max.value_or_none(),
            needs_wheelchair=ui.needs_wheelchair.isChecked(),
            needs_step_free=ui.needs_step_free.isChecked(),
            needs_ground_floor=ui.needs_ground_floor.isChecked(),
            has_pets=ui.has_pets.isChecked(),
            needs_strong_area=ui.needs_strong_area.isChecked(),
            wanted_areas=tuple(a.strip() for a in ui.wanted_areas.text().split(",") if a.strip()),
            excluded_departments=ui.excluded.value(),
            notes=ui.notes.toPlainText(),
            members=members,
            **ui.address.values(),
        )

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name,
            "cpr": ui.cpr,
            "birth_date": ui.birth_date,
            **ui.address.field_widgets(),
            "phone": ui.phone,
            "email": ui.email,
            "target_group": ui.target_group,
            "caseworker_id": ui.caseworker,
            "registered_on": ui.registered_on,
            "max_rent": ui.max_rent,
            "rooms_min": ui.rooms_min,
            "rooms_max": ui.rooms_max,
            "excluded_departments": ui.excluded,
            "members": ui.members,
        }

    def _clear_errors(self) -> None:
        widgets = self._field_widgets().values()
        clear_marks(widgets)
        for widget in widgets:
            widget.setToolTip("")
        self.ui.message.hide()

    def show_errors(self, error: UserError) -> None:
        widgets = self._field_widgets()
        self._clear_errors()
        fields = error.fields if isinstance(error, ValidationError) else {}
        lines = [error.message]
        first: QWidget | None = None
        for name, message in fields.items():
            widget = widgets.get(name.split(".")[0])
            if widget is None:
                continue
            widget.setStyleSheet(APPLICANT_FIELD)
            widget.setToolTip(message)
            if message not in lines:
                lines.append(message)
            first = first or widget
        self.ui.message.setText("\n".join(lines))
        self.ui.message.show()
        if first is not None:
            tabs = self.ui.tabs
            shown = (tabs.widget(i) for i in range(tabs.count()))
            tab = next((page for page in shown if page and page.isAncestorOf(first)), None)
            if tab is not None:
                tabs.setCurrentWidget(tab)
            first.setFocus()

    def save(self) -> Task | None:
        """Validate, then save on the write worker. The form closes once saved; on any problem
        it stays open with what was typed and says what is wrong."""
        try:
            data = self.value
        except UserError as error:
            self.show_errors(error)
            return None
        ws, view = self.workspace, self.view

        def write() -> int:
            if view is None:
                return register.create_applicant(ws, data)
            register.update_applicant(ws, view.id, view.version, data)
            return view.id

        return tasks.write(
            write,
            on_done=self._saved,
            on_error=lambda error: self._not_saved(error, data),
            parent=self,
            busy=[self.ui.buttons],
        )

    def _saved(self, applicant_id: int) -> None:
        self.saved.emit(applicant_id)
        self.accept()

    def _not_saved(self, error: UserError, data: ApplicantInput) -> None:
        if isinstance(error, duplicates.DuplicateFound):
            self._duplicate(error, data)
        elif isinstance(error, Conflict):
            self.ui.message.hide()
            self.conflict = handle_conflict(self, error, self.reload, self.field_labels())
        else:
            self.show_errors(error)

    def reload(self) -> None:
        """Show the record as it is saved now (the user's unsaved changes are dropped)."""
        if self.view is None:
            return
        self._clear_errors()
        self.load(self.view.id)
        self.ui.facts.refresh()

    def field_labels(self) -> dict[str, str]:
        """The names of the fields the conflict dialog compares."""
        return {
            "name": self.tr("Name"),
            "birth_date": self.tr("Birth date"),
            "address": self.tr("Address or whereabouts"),
            "delivery": self.tr("Letters go by"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "exempt_digital_post": self.tr("Exempt from digital post"),
            "target_group": self.tr("Target group"),
            "caseworker_id": self.tr("Caseworker"),
            "registered_on": self.tr("Registered"),
            "urgency": self.tr("Priority"),
            "max_rent": self.tr("Highest rent incl. a conto"),
            "rooms": self.tr("Rooms"),
            "needs_wheelchair": self.tr("Wheelchair user"),
            "needs_step_free": self.tr("Step-free access"),
            "needs_ground_floor": self.tr("Ground floor"),
            "has_pets": self.tr("Has pets"),
            "needs_strong_area": self.tr("Needs a strong area"),
            "wanted_areas": self.tr("Wanted areas"),
            "members": self.tr("Household"),
            "notes": self.tr("Notes"),
        }

    def _duplicate(self, found: duplicates.DuplicateFound, data: ApplicantInput) -> Any:
        if self.view is not None:  # an edit that gives a number someone else has
            self.show_errors(found)
            return None
        dialog = MergeDialog.for_new(self.workspace, found.candidates, data, self)
        dialog.merged.connect(self._merged)
        dialog.open_existing.connect(self._open_existing)
        dialog.create_anyway.connect(lambda ids: self._create_anyway(data, ids))
        dialog.reload_requested.connect(lambda: self._duplicate(found, data))
        dialog.open()
        self.duplicate_dialog = dialog
        return dialog

    def _merged(self, applicant_id: int) -> None:
        self.saved.emit(applicant_id)
        self.accept()

    def _open_existing(self, applicant_id: int) -> None:
        self.ui.message.hide()
        self.ui.cpr.clear()
        self.load(applicant_id)

    def _create_anyway(self, data: ApplicantInput, ids: list[int]) -> Task:
        ws = self.workspace
        return tasks.write(
            lambda: register.create_applicant(ws, data, accept_duplicates_of=ids),
            on_done=self._saved,
            on_error=self.show_errors,
            parent=self,
            busy=[self.ui.buttons],
        )

    # --- actions with a purpose ----------------------------------------------------------------

    def _purpose(self, title: str, explanation: str) -> str | None:
        ask = self.ask_purpose or ask_purpose
        answer: str | None = ask(self, title, explanation)
        return answer

    def reveal(self) -> Task | None:
        """Ask why, then show the whole CPR number (the reveal is written to the access log)."""
        if self.view is None:
            return None
        purpose = self._purpose(
            self.tr("Show the CPR number"),
            self.tr("Showing the whole CPR number is written to the access log."),
        )
        if not purpose:
            return None
        ws, applicant_id = self.workspace, self.view.id
        return tasks.write(
            lambda: access.reveal_cpr(ws, applicant_id, purpose),
            on_done=self._revealed,
            parent=self,
            busy=[self.ui.reveal_button],
        )

    def _revealed(self, number: str) -> None:
        self.revealed = number
        self.ui.cpr_shown.setText(number)
        self.ui.reveal_button.setEnabled(False)
        self.ui.reveal_button.setToolTip(self.tr("Shown and logged"))

    def change_status(self) -> Any:
        if self.view is None:
            return None
        dialog = StatusDialog(
            self.workspace, self.view.id, self.view.status, self, version=self.view.version
        )
        dialog.accepted.connect(self._status_changed)
        dialog.stale.connect(self.reload)
        dialog.open()
        return dialog

    def _status_changed(self) -> None:
        """The new status, history and version; what the user typed in the form stays."""
        if self.view is None:
            return
        applicant_id = self.view.id
        try:
            self.view = register.applicant_view(self.workspace, applicant_id)
        except UserError as error:
            show_user_error(self, error)
            return
        self._show_status(self.view)
        self._tables(self.view)
        self.saved.emit(applicant_id)

    def insight_report(self) -> Task | None:
        if self.view is None:
            return None
        purpose = self._purpose(
            self.tr("Insight report"),
            self.tr("The report holds everything the desk has on the person. Making it is logged."),
        )
        if not purpose:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the insight report"),
            self.tr("Indsigt {name}.pdf").format(name=self.view.name),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        return self.write_insight(Path(name), purpose)

    def write_insight(self, path: Path, purpose: str) -> Task | None:
        """Make the report (logged: a write) and save it in `path`, on the write worker."""
        if self.view is None:
            return None
        ws, applicant_id = self.workspace, self.view.id
        cannot_save = self.tr("The report could not be saved in {path}: {error}")

        def write() -> Path:
            pdf = insight.insight_report(ws, applicant_id, purpose)
            try:
                path.write_bytes(pdf)
            except OSError as error:
                raise FileProblem(cannot_save.format(path=path, error=error.strerror)) from error
            return path

        return tasks.write(write, parent=self, busy=[self.ui.insight_button])
