"""The widgets of the applicant's detail form, in seven tabs (the person and the case, the
address and letters, the household, wishes and needs, the sensitive facts, the status history,
the offers); the behaviour lives in `desktop.ui.dialogs.applicant_form`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applicants import inputs
from desktop.core.applicants.inputs import ApplicantInput
from desktop.core.applicants.views import EventView, OfferLine
from desktop.core.workspace import Workspace
from desktop.ui.dialogs.applicant_address import AddressPanel
from desktop.ui.dialogs.applicant_facts import FactsPanel
from desktop.ui.dialogs.applicant_fields import (
    DateField,
    ExcludedEditor,
    MembersEditor,
    MoneyField,
    RoomsField,
)
from desktop.ui.dialogs.forms import APPLICANT_RED, error_label
from desktop.ui.models.rows import RowModel
from desktop.ui.widgets.cpr_warning import CprWarning
from desktop.ui.widgets.list_view import EXTENDED, list_view
from desktop.ui.widgets.wait_forecast import WaitForecastView


def _free_text_warnings(values: dict[str, str]) -> dict[str, str]:
    """Core's rule for the applicant's free-text fields, on what the form holds now."""
    typed = ApplicantInput(
        name="",
        care_of=values.get("care_of"),
        street=values.get("street"),
        town=values.get("town"),
        whereabouts=values.get("whereabouts"),
        phone=values.get("phone"),
        email=values.get("email"),
        notes=values.get("notes"),
    )
    return inputs.free_text_warnings(typed)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic focuses `widget` (for rows that are layouts)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at the left of a form row."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _record_list(model: RowModel[Any], name: str) -> QTableView:
    """The status history or the offers: read-only lines that wrap."""
    return list_view(
        model,
        name=name,
        selection=EXTENDED,
        sorted_by=None,
        alternate=False,
        wrap=True,
        row_padding=None,
    )


class ApplicantFormLayout:
    """The widgets, in seven tabs; no behaviour."""

    def __init__(
        self,
        dialog: QDialog,
        workspace: Workspace,
        history: RowModel[EventView],
        offers: RowModel[OfferLine],
    ) -> None:
        self.message = error_label("form_message", colour=APPLICANT_RED, bold=True)
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._person_tab(), QCoreApplication.translate("ApplicantFormLayout", "Person and case")
        )
        self.address = AddressPanel()
        self.tabs.addTab(
            self.address,
            QCoreApplication.translate("ApplicantFormLayout", "Address and letters"),
        )
        self.members = MembersEditor()
        self.tabs.addTab(
            self.members, QCoreApplication.translate("ApplicantFormLayout", "Household")
        )
        self.tabs.addTab(
            self._wishes_tab(),
            QCoreApplication.translate("ApplicantFormLayout", "Wishes and needs"),
        )
        self.facts = FactsPanel(workspace)
        self.tabs.addTab(
            self.facts, QCoreApplication.translate("ApplicantFormLayout", "Sensitive information")
        )
        self.history = _record_list(history, "history")
        self.offers = _record_list(offers, "offers")
        self.tabs.addTab(
            self.history, QCoreApplication.translate("ApplicantFormLayout", "Status history")
        )
        self.tabs.addTab(self.offers, QCoreApplication.translate("ApplicantFormLayout", "Offers"))
        self._frame(dialog)

    # --- the person and the case

    def _person_tab(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setObjectName("name")
        cpr_row = self._cpr_row()
        self.birth_date = DateField("birth_date")
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.target_group = QComboBox()
        self.caseworker = QComboBox()
        self.registered_on = DateField("registered_on")
        self.urgency = QComboBox()
        self.status_shown = QLabel()
        self.status_shown.setObjectName("status_shown")
        self.status_button = QPushButton(
            QCoreApplication.translate("ApplicantFormLayout", "Chan&ge status…")
        )
        self.forecast = WaitForecastView()
        general = QWidget()
        form = QFormLayout(general)
        rows: list[tuple[str | QLabel, QWidget | QHBoxLayout]] = [
            (QCoreApplication.translate("ApplicantFormLayout", "&Name:"), self.name),
            (
                _buddy(QCoreApplication.translate("ApplicantFormLayout", "&CPR number:"), self.cpr),
                cpr_row,
            ),
            (QCoreApplication.translate("ApplicantFormLayout", "&Birth date:"), self.birth_date),
            (QCoreApplication.translate("ApplicantFormLayout", "&Phone:"), self.phone),
            (QCoreApplication.translate("ApplicantFormLayout", "&E-mail:"), self.email),
            (
                QCoreApplication.translate("ApplicantFormLayout", "&Target group:"),
                self.target_group,
            ),
            (QCoreApplication.translate("ApplicantFormLayout", "Casewor&ker:"), self.caseworker),
            (QCoreApplication.translate("ApplicantFormLayout", "&Registered:"), self.registered_on),
            (QCoreApplication.translate("ApplicantFormLayout", "Priorit&y:"), self.urgency),
            (
                QCoreApplication.translate("ApplicantFormLayout", "Status:"),
                _row(self.status_shown, self.status_button),
            ),
            (QCoreApplication.translate("ApplicantFormLayout", "Estimated wait:"), self.forecast),
        ]
        for text, widget in rows:
            form.addRow(text, widget)
        return general

    def _cpr_row(self) -> QHBoxLayout:
        """The number as stored (masked), Show…, and a field for a new number."""
        self.cpr_shown = QLabel()
        self.cpr_shown.setObjectName("cpr_shown")
        self.reveal_button = QPushButton(
            QCoreApplication.translate("ApplicantFormLayout", "&Show…")
        )
        self.reveal_button.setToolTip(
            QCoreApplication.translate(
                "ApplicantFormLayout", "Show the whole number (logged with a purpose)"
            )
        )
        self.cpr = QLineEdit()
        self.cpr.setObjectName("cpr")
        self.cpr.setMaximumWidth(140)
        self.cpr.setPlaceholderText("DDMMYY-XXXX")
        return _row(self.cpr_shown, self.reveal_button, self.cpr)

    # --- wishes and needs

    def _wishes_tab(self) -> QWidget:
        self.max_rent = MoneyField("max_rent")
        self.rooms_min = RoomsField()
        self.rooms_min.setObjectName("rooms_min")
        self.rooms_max = RoomsField()
        self.rooms_max.setObjectName("rooms_max")
        self.rooms_max.setAccessibleName(
            QCoreApplication.translate("ApplicantFormLayout", "Rooms at most")
        )
        rooms_row = _row(
            self.rooms_min,
            QLabel(QCoreApplication.translate("ApplicantFormLayout", "to")),
            self.rooms_max,
        )
        needs = self._needs()
        self.wanted_areas = QLineEdit()
        self.wanted_areas.setPlaceholderText(
            QCoreApplication.translate(
                "ApplicantFormLayout", "Postcodes or areas, separated by commas"
            )
        )
        self.excluded = ExcludedEditor()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        wishes = QWidget()
        wishes_form = QFormLayout(wishes)
        wishes_form.addRow(
            QCoreApplication.translate("ApplicantFormLayout", "&Highest rent incl. a conto:"),
            self.max_rent,
        )
        wishes_form.addRow(
            _buddy(QCoreApplication.translate("ApplicantFormLayout", "Roo&ms:"), self.rooms_min),
            rooms_row,
        )
        wishes_form.addRow(
            _buddy(
                QCoreApplication.translate("ApplicantFormLayout", "Nee&ds:"), self.needs_wheelchair
            ),
            needs,
        )
        wishes_form.addRow(
            QCoreApplication.translate("ApplicantFormLayout", "&Wanted areas:"), self.wanted_areas
        )
        wishes_form.addRow(
            QCoreApplication.translate("ApplicantFormLayout", "Not to be offered in:"),
            self.excluded,
        )
        wishes_form.addRow(QCoreApplication.translate("ApplicantFormLayout", "N&otes:"), self.notes)
        return wishes

    def _needs(self) -> QGridLayout:
        self.needs_wheelchair = QCheckBox(
            QCoreApplication.translate("ApplicantFormLayout", "Wheelchair user")
        )
        self.needs_step_free = QCheckBox(
            QCoreApplication.translate(
                "ApplicantFormLayout", "Step-free access (lift or no stairs)"
            )
        )
        self.needs_ground_floor = QCheckBox(
            QCoreApplication.translate("ApplicantFormLayout", "Ground floor")
        )
        self.has_pets = QCheckBox(QCoreApplication.translate("ApplicantFormLayout", "Has pets"))
        self.needs_strong_area = QCheckBox(
            QCoreApplication.translate(
                "ApplicantFormLayout", "Needs a strong area (not to yellow departments)"
            )
        )
        needs = QGridLayout()
        needs.addWidget(self.needs_wheelchair, 0, 0)
        needs.addWidget(self.needs_step_free, 0, 1)
        needs.addWidget(self.needs_ground_floor, 1, 0)
        needs.addWidget(self.has_pets, 1, 1)
        needs.addWidget(self.needs_strong_area, 2, 0, 1, 2)
        return needs

    # --- the frame

    def _frame(self, dialog: QDialog) -> None:
        """The message above the tabs; who changed the record last and the buttons below."""
        self.changed_by = QLabel()
        self.changed_by.setStyleSheet("font-style: italic;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.insight_button = self.buttons.addButton(
            QCoreApplication.translate("ApplicantFormLayout", "&Insight report…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.cpr_warning = CprWarning(_free_text_warnings)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.message)
        layout.addWidget(self.cpr_warning)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.changed_by, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
