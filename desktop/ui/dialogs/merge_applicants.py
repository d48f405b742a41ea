"""Two records of one person: choose, field by field, what the kept record says.

- `MergeDialog.for_new(...)`: registering someone who may be registered already. Staff open the
  existing record, merge the new data into it, or (same name and birth date only, never the
  same CPR number) register a different person.
- `MergeDialog.for_records(...)`: two existing records (chosen in the list). The earlier
  registration is kept; the other's household, history, offers, letters and access log move to
  it (`merge.merge_applicants`).

Only differing fields offer a choice; the CPR numbers are shown masked (the kept number is
passed to core unseen). The earlier registration date is chosen first: the waiting time counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import cpr, formats
from desktop.core.applicants import caseworkers, choices, labels, merge, register
from desktop.core.applicants.addresses import ADDRESS_FIELDS
from desktop.core.applicants.duplicates import DuplicateCandidate
from desktop.core.applicants.inputs import (
    KEEP_CPR,
    OTHER_CPR,
    ApplicantInput,
    address_line,
    from_view,
)
from desktop.core.applicants.views import ApplicantView
from desktop.core.workspace import Workspace
from desktop.ui import tasks
from desktop.ui.dialogs.conflict import save_with_conflict_check
from desktop.ui.tasks import Task


@dataclass(frozen=True)
class Side:
    title: str
    data: ApplicantInput
    cpr_masked: str


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    attributes: tuple[str, ...]
    show: Callable[[Side], str]


def _needs(data: ApplicantInput) -> str:
    flags = [
        (data.needs_wheelchair, QCoreApplication.translate("MergeDialog", "wheelchair")),
        (data.needs_step_free, QCoreApplication.translate("MergeDialog", "step-free")),
        (data.needs_ground_floor, QCoreApplication.translate("MergeDialog", "ground floor")),
        (data.has_pets, QCoreApplication.translate("MergeDialog", "pets")),
        (data.needs_strong_area, QCoreApplication.translate("MergeDialog", "strong area")),
    ]
    return ", ".join(text for on, text in flags if on)


class MergeDialog(QDialog):
    merged = Signal(int)
    open_existing = Signal(int)
    create_anyway = Signal(list)
    # Someone saved one of the records meanwhile and the user chose to reload: the opener shows
    # a new dialog with both records as they are now.
    reload_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        keep: Side,
        other: Side,
        parent: QWidget | None = None,
        *,
        keep_view: ApplicantView,
        other_view: ApplicantView | None,
        candidates: Sequence[DuplicateCandidate] = (),
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.keep, self.other = keep, other
        self.keep_view, self.other_view = keep_view, other_view
        self.candidates = tuple(candidates)
        self.setWindowTitle(self.tr("The same person?"))
        self.specs = self._specs()
        self.choice: dict[str, QButtonGroup] = {}
        self._build()

    def _specs(self) -> list[FieldSpec]:
        """The fields compared, in the form's order."""
        groups = {str(c.value): c.label for c in choices.target_groups(self.workspace)}
        workers = {w.id: w.name for w in caseworkers.list_caseworkers(self.workspace)}
        return [
            FieldSpec("name", self.tr("Name"), ("name",), lambda s: s.data.name),
            FieldSpec("cpr", self.tr("CPR number"), ("cpr", "birth_date"), lambda s: s.cpr_masked),
            FieldSpec(
                "birth_date",
                self.tr("Birth date"),
                ("birth_date",),
                lambda s: formats.date(s.data.birth_date),
            ),
            FieldSpec(
                "address",
                self.tr("Address"),
                # the address goes whole, with the way letters reach that address
                ("address", *ADDRESS_FIELDS),
                lambda s: address_line(s.data) or "",
            ),
            FieldSpec("phone", self.tr("Phone"), ("phone",), lambda s: s.data.phone or ""),
            FieldSpec("email", self.tr("E-mail"), ("email",), lambda s: s.data.email or ""),
            FieldSpec(
                "target_group",
                self.tr("Target group"),
                ("target_group",),
                lambda s: groups.get(s.data.target_group, s.data.target_group),
            ),
            FieldSpec(
                "caseworker",
                self.tr("Caseworker"),
                ("caseworker_id",),
                lambda s: workers.get(s.data.caseworker_id or 0, ""),
            ),
            FieldSpec(
                "registered_on",
                self.tr("Registered"),
                ("registered_on",),
                lambda s: formats.date(s.data.registered_on),
            ),
            FieldSpec(
                "urgency",
                self.tr("Priority"),
                ("urgency",),
                lambda s: labels.urgency(s.data.urgency),
            ),
            FieldSpec(
                "max_rent",
                self.tr("Highest rent"),
                ("max_rent",),
                lambda s: formats.money(s.data.max_rent),
            ),
            FieldSpec(
                "rooms",
                self.tr("Rooms"),
                ("rooms_min", "rooms_max"),
                lambda s: formats.rooms_range(s.data.rooms_min, s.data.rooms_max),
            ),
            FieldSpec(
                "needs",
                self.tr("Needs"),
                (
                    "needs_wheelchair",
                    "needs_step_free",
                    "needs_ground_floor",
                    "has_pets",
                    "needs_strong_area",
                ),
                lambda s: _needs(s.data),
            ),
            FieldSpec("notes", self.tr("Notes"), ("notes",), lambda s: s.data.notes or ""),
        ]

    # --- construction --------------------------------------------------------------------------

    @classmethod
    def for_records(
        cls, workspace: Workspace, first: int, second: int, parent: QWidget | None = None
    ) -> MergeDialog:
        views = sorted(
            (register.applicant_view(workspace, i) for i in (first, second)),
            key=lambda v: (v.registered_on, v.id),
        )
        keep, other = views
        title = QCoreApplication.translate("MergeDialog", "Record no. {id} (kept)")
        other_title = QCoreApplication.translate("MergeDialog", "Record no. {id}")
        return cls(
            workspace,
            Side(title.format(id=keep.id), from_view(keep), keep.cpr_masked),
            Side(other_title.format(id=other.id), from_view(other), other.cpr_masked),
            parent,
            keep_view=keep,
            other_view=other,
        )

    @classmethod
    def for_new(
        cls,
        workspace: Workspace,
        candidates: Sequence[DuplicateCandidate],
        data: ApplicantInput,
        parent: QWidget | None = None,
    ) -> MergeDialog:
        existing = register.applicant_view(workspace, candidates[0].id)
        title = QCoreApplication.translate("MergeDialog", "Registered (no. {id})")
        return cls(
            workspace,
            Side(title.format(id=existing.id), from_view(existing), existing.cpr_masked),
            Side(
                QCoreApplication.translate("MergeDialog", "The new registration"),
                data,
                cpr.masked(data.cpr) if data.cpr else "",
            ),
            parent,
            keep_view=existing,
            other_view=None,
            candidates=candidates,
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addLayout(self._choices())
        self.combine_notes = QCheckBox(self.tr("Keep both &notes"))
        self.combine_notes.setChecked(True)
        self.combine_notes.setVisible("notes" in self.choice)
        layout.addWidget(self.combine_notes)
        layout.addWidget(self._buttons())

    def _intro(self) -> QLabel:
        if self.candidates:
            reasons = "\n".join(
                f"• {c.name} ({c.cpr_masked or labels.without_cpr()}): {c.explain()}"
                for c in self.candidates
            )
            intro = QLabel(self.tr("The person may be registered already:") + "\n" + reasons)
        else:
            intro = QLabel(
                self.tr(
                    "Choose what the kept record says where the two differ. Both households, "
                    "the status history, offers, letters and access log are kept."
                )
            )
        intro.setWordWrap(True)
        return intro

    def _choices(self) -> QGridLayout:
        """A line per field: the same value once, or the two values to choose from."""
        grid = QGridLayout()
        for column, side in ((1, self.keep), (2, self.other)):
            header = QLabel(side.title)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        for row, spec in enumerate(self.specs, start=1):
            left, right = spec.show(self.keep), spec.show(self.other)
            grid.addWidget(QLabel(spec.label), row, 0)
            if left == right:
                grid.addWidget(QLabel(left or "–"), row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            for column, text, which in ((1, left, "keep"), (2, right, "other")):
                button = QRadioButton(text or "–")
                button.setObjectName(f"{spec.key}_{which}")
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            self.choice[spec.key] = group
            group.button(self._default(spec.key)).setChecked(True)
        return grid

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.do_merge)
        self.open_button: QPushButton | None = None
        self.another_button: QPushButton | None = None
        if self.candidates:
            self.open_button = QPushButton(self.tr("&Open the registered record"))
            self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(self._open_existing)
            self.another_button = QPushButton(self.tr("Register &another person"))
            self.another_button.setEnabled(not any(c.same_cpr for c in self.candidates))
            self.another_button.setToolTip(
                self.tr("Only when the name and birth date are the same, never the CPR number")
            )
            self.buttons.addButton(self.another_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.another_button.clicked.connect(self._another)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _default(self, key: str) -> int:
        """1 = the kept record, 2 = the other; the earlier registration and any number first."""
        if key == "registered_on":
            a, b = self.keep.data.registered_on, self.other.data.registered_on
            return 2 if a and b and b < a else 1
        if key == "cpr":
            return 1 if self.keep.cpr_masked else 2
        if key in ("address", "phone", "email") and self.other_view is None:
            return 2  # a new registration brings the newest contact data
        return 1

    def chosen(self, key: str) -> str:
        group = self.choice.get(key)
        return "other" if group is not None and group.checkedId() == 2 else "keep"

    # --- result --------------------------------------------------------------------------------

    def result_input(self) -> ApplicantInput:
        values: dict[str, Any] = {
            f.name: getattr(self.keep.data, f.name) for f in fields(ApplicantInput)
        }
        for spec in self.specs:
            if self.chosen(spec.key) == "other":
                for attribute in spec.attributes:
                    values[attribute] = getattr(self.other.data, attribute)
        if self.chosen("cpr") == "keep":
            values["cpr"] = KEEP_CPR if self.keep.cpr_masked else None
        elif self.other_view is not None:
            values["cpr"] = OTHER_CPR if self.other.cpr_masked else None
        if "notes" in self.choice and self.combine_notes.isChecked():
            both = [n for n in (self.keep.data.notes, self.other.data.notes) if n]
            values["notes"] = "\n".join(both) or None
        if self.other_view is None:  # both households: the new registration's members join
            values["members"] = (*self.keep.data.members, *self.other.data.members)
        return replace(self.keep.data, **values)

    def do_merge(self) -> Task:
        """Merge on the write worker; the dialog closes once merged and stays open otherwise."""
        data, ws = self.result_input(), self.workspace
        keep, other = self.keep_view, self.other_view

        def write() -> None:
            if other is None:
                register.update_applicant(ws, keep.id, keep.version, data)
            else:
                merge.merge_applicants(ws, keep.id, keep.version, other.id, other.version, data)

        return save_with_conflict_check(
            self,
            tasks,
            write,
            on_saved=lambda _result: self._merged(),
            on_reload=self._reload,
            labels=self.field_labels(),
            busy=[self.buttons],
        )

    def _merged(self) -> None:
        self.merged.emit(self.keep_view.id)
        self.accept()

    def field_labels(self) -> dict[str, str]:
        """The fields' names as the dialog shows them, for the conflict dialog's comparison."""
        return {name: spec.label for spec in self.specs for name in spec.attributes}

    def _reload(self) -> None:
        self.reject()
        self.reload_requested.emit()

    def _open_existing(self) -> None:
        self.open_existing.emit(self.keep_view.id)
        self.accept()

    def _another(self) -> None:
        self.create_anyway.emit([c.id for c in self.candidates])
        self.accept()
