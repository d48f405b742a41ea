"""Indstillinger > Sagsbehandlere: the caseworkers (bostøttemedarbejdere) who follow the applicants.

Staff add a caseworker, correct one, and make one inactive when they stop (never delete: the
applicants keep their caseworker and their history). The list says how many applicants on the
list each caseworker follows, so staff see who is still in use before they retire someone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.applicants import caseworkers
from desktop.core.applicants.caseworkers import CaseworkerLine
from desktop.core.applicants.search_text import sort_key as danish_order
from desktop.core.errors import UserError
from desktop.ui.dialogs.caseworker_form import CaseworkerDialog, field_labels
from desktop.ui.dialogs.conflict import ConflictDialog, handle_conflict
from desktop.ui.models.rows import NAME, NUMBER, Column, RowModel
from desktop.ui.pages.base import PageContext
from desktop.ui.settings_sections.parts import section_heading
from desktop.ui.tasks import Task
from desktop.ui.widgets.fitted_columns import ColumnFit
from desktop.ui.widgets.list_or_note import ListOrNote
from desktop.ui.widgets.list_view import column_fit, list_view


class CaseworkersSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: CaseworkerDialog | None = None  # the edit dialog open now (tests look)
        self.conflict: ConflictDialog | None = None
        self.confirm: Callable[[str], bool] | None = None  # tests answer instead of the box
        self.model = RowModel(self._columns(), parent=self)
        self._layout()
        self._connect()
        self._update_buttons()

    def _columns(self) -> list[Column[CaseworkerLine]]:
        return [
            Column(self.tr("Name"), "name", role=NAME, deciding=True, sort_key=danish_order),
            Column(self.tr("Unit"), "unit", role=NAME, sort_key=danish_order),
            Column(self.tr("Phone"), "phone", deciding=True),
            Column(self.tr("E-mail"), "email", role=NAME, sort_key=danish_order),
            Column(
                self.tr("Applicants on the list"),
                "followed",
                display=formats.number,
                role=NUMBER,
                deciding=True,
                tooltip=lambda _row: self.tr(
                    "Applicants this caseworker follows who are not housed or removed"
                ),
            ),
            Column(self.tr("Status"), "active", display=self.status_text, deciding=True),
        ]

    def _layout(self) -> None:
        intro = QLabel(
            self.tr(
                "The caseworkers (bostøttemedarbejdere) who follow the applicants; the applicant "
                "form offers the active ones. When a caseworker stops, make them inactive rather "
                "than removing them: their applicants keep them and their history, and the "
                "applicant form no longer offers them for anyone else."
            )
        )
        intro.setWordWrap(True)
        self.show_inactive = QCheckBox(self.tr("&Show inactive caseworkers too"))
        self.show_inactive.setObjectName("show_inactive")
        self.table = list_view(
            self.model,
            name="caseworkers",
            accessible=self.tr("Caseworkers"),
            sorted_by=0,  # by name
            alternate=False,
            row_padding=None,
            tab_moves_on=True,  # Tab goes on to the buttons
        )
        self.columns: ColumnFit = column_fit(self.table)
        self.area = ListOrNote(self.table)
        self.new_button = QPushButton(self.tr("&New caseworker..."))
        self.new_button.setObjectName("new_caseworker")
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setObjectName("edit_caseworker")
        self.active_button = QPushButton(self.tr("Make &inactive"))
        self.active_button.setObjectName("toggle_active")
        self.status = QLabel()
        self.status.setObjectName("caseworkers_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(section_heading(self.tr("Caseworkers")))
        layout.addWidget(intro)
        layout.addWidget(self.show_inactive)
        layout.addWidget(self.area, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.setTabOrder(self.show_inactive, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.active_button)

    def _connect(self) -> None:
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.table.activated.connect(lambda _index: self.edit())  # double-click, Enter
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("CaseworkersSection", "Caseworkers")

    def on_shown(self) -> None:
        self.status.clear()
        self.refresh()

    def status_text(self, active: bool) -> str:
        return self.tr("Active") if active else self.tr("Inactive")

    # --- the list ----------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Load the list again, keeping the chosen caseworker (or choosing `select`)."""
        chosen = self.chosen()
        wanted = select if select is not None else (chosen.id if chosen else None)
        everyone = caseworkers.caseworker_lines(self.context.workspace)
        shown = [w for w in everyone if w.active or self.show_inactive.isChecked()]
        self.model.set_rows(shown)
        if shown:
            self.area.show_list()
        elif everyone:
            self.area.show_note(
                self.tr(
                    "Every caseworker is inactive. Tick Show inactive caseworkers too to see "
                    "them, or add one with New caseworker."
                )
            )
        else:
            self.area.show_note(
                self.tr(
                    "No caseworkers yet. Add one with New caseworker; an applicant import with "
                    "a caseworker column also adds the caseworkers it names."
                )
            )
        row = self.model.find(lambda r: r.id == wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def chosen(self) -> CaseworkerLine | None:
        """The row of the chosen caseworker, if any."""
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.chosen()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Make &active"))
        else:
            self.active_button.setText(self.tr("Make &inactive"))

    # --- actions -----------------------------------------------------------------------------

    def add(self) -> CaseworkerDialog:
        return self._open(None)

    def edit(self) -> CaseworkerDialog | None:
        row = self.chosen()
        return None if row is None else self._open(row.id)

    def _open(self, caseworker_id: int | None) -> CaseworkerDialog:
        dialog = CaseworkerDialog(self.context.workspace, caseworker_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, caseworker_id: int) -> None:
        if not self.show_inactive.isChecked():
            found = caseworkers.caseworker(self.context.workspace, caseworker_id)
            if not found.active:  # saved as inactive: say where it went
                self.status.setText(self._hidden_text(found.name))
        self.refresh(select=caseworker_id)

    def _hidden_text(self, name: str) -> str:
        return self.tr(
            "{name} is inactive and no longer offered in the applicant form. Tick Show inactive "
            "caseworkers too to see {name} in the list."
        ).format(name=name)

    def toggle_active(self) -> Task | None:
        """Make the chosen caseworker inactive (after asking, if they still follow applicants
        on the list) or active again, on the write worker."""
        row = self.chosen()
        if row is None:
            return None
        retiring = row.active
        if retiring and row.followed and not self._ask(self._retire_question(row)):
            return None
        ws = self.context.workspace
        task: Task = self.context.tasks.write(
            lambda: caseworkers.save_caseworker(
                ws,
                row.id,
                row.name,
                unit=row.unit,
                phone=row.phone,
                email=row.email,
                active=not retiring,
                expected_version=row.version,
            ),
            on_done=lambda _result: self._toggled(row, retiring),
            on_error=lambda error: self._not_toggled(error, row),
            parent=self,
            busy=[self.active_button],
        )
        return task

    def _not_toggled(self, error: UserError, row: CaseworkerLine) -> None:
        # a conflict opens the conflict dialog (any other problem its message box)
        self.conflict = handle_conflict(
            self, error, lambda: self.refresh(select=row.id), field_labels()
        )

    def _toggled(self, row: CaseworkerLine, retiring: bool) -> None:
        if retiring:
            self.status.setText(
                self._hidden_text(row.name)
                if not self.show_inactive.isChecked()
                else self.tr(
                    "{name} is inactive and no longer offered in the applicant form."
                ).format(name=row.name)
            )
        else:
            self.status.setText(
                self.tr("{name} is active and offered in the applicant form again.").format(
                    name=row.name
                )
            )
        self.refresh(select=row.id)

    def _retire_question(self, row: CaseworkerLine) -> str:
        return formats.plural(
            row.followed,
            self.tr(
                "{name} still follows {n} applicant on the list. Make {name} inactive anyway? "
                "The applicant keeps {name} as caseworker, but the applicant form no longer "
                "offers {name} for anyone else."
            ),
            self.tr(
                "{name} still follows {n} applicants on the list. Make {name} inactive "
                "anyway? The applicants keep {name} as caseworker, but the applicant form no "
                "longer offers {name} for anyone else."
            ),
        ).format(name=row.name)

    def _ask(self, question: str) -> bool:
        if self.confirm is not None:
            return bool(self.confirm(question))
        answer = QMessageBox.question(
            self,
            self.tr("Make the caseworker inactive"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


SECTION = CaseworkersSection
