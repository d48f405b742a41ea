"""The detail panel of the Afdelinger page: one department at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import formats
from desktop.core.colours import ColourStatus, PlacementView
from desktop.core.intake.vocabulary import status_label
from desktop.core.registry.lookup import DepartmentDetail
from desktop.core.registry.names import flexible_name, list_name
from desktop.ui.models.rows import TEXT, Column, RowModel
from desktop.ui.widgets.colour_badge import ColourBadge, colour_column
from desktop.ui.widgets.heading import SECTION, heading
from desktop.ui.widgets.list_view import EXTENDED, list_view

PANEL_CHARACTERS = 50  # the panel's narrowest width, in average characters


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label


def _text() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # names from files are never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DepartmentDetailPanel(QScrollArea):
    """Shows a `DepartmentDetail`; asks for edits through its signals."""

    edit_requested = Signal(int)
    place_requested = Signal(int)
    remove_requested = Signal(int)  # a placement's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # the texts wrap and the buttons take two rows: never wider than the panel
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * PANEL_CHARACTERS)
        self._department_id: int | None = None
        self.version: int | None = None
        self.title_label = heading(size=SECTION)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setObjectName("department_title")
        self.title_label.setWordWrap(True)
        self.organisation_label = _text()
        self.address_label = _text()
        self.ranges_label = _text()
        self.ranges_label.setObjectName("department_house_numbers")
        self.badge = ColourBadge()
        self.placement_label = _text()
        self.allowances_label = _text()
        self.allowances_label.setObjectName("department_allowances")
        self.lists_label = _text()
        self.vacancies_label = _text()
        self.quota_label = _text()
        self.history_model: RowModel[PlacementView] = RowModel(self._columns(), parent=self)
        self.history = list_view(
            self.history_model,
            name="placement_history",
            accessible=self.tr("Placement history"),
            selection=EXTENDED,
            sorted_by=None,
            alternate=False,
            wrap=True,
            row_padding=None,
        )
        self.history.setMinimumHeight(120)
        self.history.setMaximumHeight(160)  # the buttons under it stay in sight at 768 px
        self.setWidget(self._body(self._buttons()))
        self.history.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_remove()
        )
        self.show_detail(None)

    def _columns(self) -> list[Column[PlacementView]]:
        return [
            # the colour and its dates first: in view in the narrow panel
            colour_column(self.tr("Colour"), "colour", deciding=True),
            Column(self.tr("From"), "valid_from", display=formats.date, deciding=True),
            Column(self.tr("To"), "valid_to", display=formats.date, deciding=True),
            Column(self.tr("Flexible letting"), "flexible_letting", display=flexible_name),
            Column(self.tr("Source"), "source", display=lambda s: source_name(s.value)),
            # the reason takes the width left and wraps (whole in its tooltip)
            Column(self.tr("Reason"), "reason", role=TEXT, tooltip=lambda row: row.reason or ""),
        ]

    def _buttons(self) -> QGridLayout:
        self.place_button = QPushButton(self.tr("New &placement…"))
        self.remove_button = QPushButton(self.tr("&Delete placement…"))
        self.remove_button.setToolTip(
            self.tr("Delete the chosen placement, e.g. one entered by mistake")
        )
        self.edit_button = QPushButton(self.tr("&Edit department…"))
        self.place_button.clicked.connect(self._place)
        self.remove_button.clicked.connect(self._remove)
        self.edit_button.clicked.connect(self._edit)
        buttons = QGridLayout()
        buttons.addWidget(self.place_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.edit_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        return buttons

    def _body(self, buttons: QGridLayout) -> QWidget:
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badge)
        badge_row.addWidget(self.placement_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.organisation_label)
        layout.addWidget(self.address_label)
        layout.addWidget(self.ranges_label)
        layout.addLayout(badge_row)
        layout.addWidget(_heading(self.tr("What the colour allows")))
        layout.addWidget(self.allowances_label)
        layout.addWidget(_heading(self.tr("Ministry lists")))
        layout.addWidget(self.lists_label)
        layout.addWidget(_heading(self.tr("Vacancies and quota")))
        layout.addWidget(self.vacancies_label)
        layout.addWidget(self.quota_label)
        layout.addWidget(_heading(self.tr("Placement history")))
        layout.addWidget(self.history)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return body

    @property
    def department_id(self) -> int | None:
        return self._department_id

    def _place(self) -> None:
        if self._department_id is not None:
            self.place_requested.emit(self._department_id)

    def _selected_placement(self) -> int | None:
        rows = self.history.selectionModel().selectedRows()
        row = self.history_model.row(rows[0].row()) if rows else None
        return None if row is None else row.id

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self._selected_placement() is not None)

    def _remove(self) -> None:
        placement_id = self._selected_placement()
        if placement_id is not None:
            self.remove_requested.emit(placement_id)

    def _edit(self) -> None:
        if self._department_id is not None:
            self.edit_requested.emit(self._department_id)

    def show_detail(self, detail: DepartmentDetail | None) -> None:
        self._department_id = None if detail is None else detail.department.id
        # The department's version as shown: removing a placement checks it (placements are
        # part of the department).
        self.version = None if detail is None else detail.version
        for button in (self.place_button, self.edit_button):
            button.setEnabled(detail is not None)
        if detail is None:
            self.title_label.setText(self.tr("Choose a department"))
            for label in (
                self.organisation_label,
                self.address_label,
                self.ranges_label,
                self.placement_label,
                self.allowances_label,
                self.lists_label,
                self.vacancies_label,
                self.quota_label,
            ):
                label.clear()
            self.badge.set_colour(None)
            self.history_model.set_rows([])
            self._update_remove()
            return
        ref = detail.department
        status = detail.status
        self.title_label.setText(f"{ref.organisation_number}-{ref.number} {ref.name}")
        extra = [] if detail.active else [self.tr("(not active)")]
        self.organisation_label.setText(" ".join([ref.organisation_name, *extra]))
        self.address_label.setText(self._address_text(detail))
        self.ranges_label.setText(self._ranges_text(detail))
        self.badge.set_colour(None if status.colour is None else status.colour.value)
        self.placement_label.setText(self._placement_text(status))
        self.allowances_label.setText("\n".join(f"• {line}" for line in detail.allowances))
        self.lists_label.setText(self._lists_text(status))
        self.vacancies_label.setText(self._vacancies_text(detail))
        self.quota_label.setText(self._quota_text(detail))
        self.history_model.set_rows(detail.history)
        self._update_remove()

    def _address_text(self, detail: DepartmentDetail) -> str:
        place = " ".join(p for p in (detail.postcode, detail.city) if p)
        parts = [p for p in (detail.address, place) if p]
        if detail.housing_area:
            parts.append(self.tr("Housing area: {area}").format(area=detail.housing_area))
        if detail.dwellings is not None:
            parts.append(
                formats.plural(detail.dwellings, self.tr("{n} dwelling"), self.tr("{n} dwellings"))
            )
        if detail.suitable_for_young:
            parts.append(self.tr("Suitable for young people"))
        return "\n".join(parts)

    def _ranges_text(self, detail: DepartmentDetail) -> str:
        if not detail.ranges:
            return self.tr(
                "No house numbers: an address search does not find the department. Add them "
                "with Edit department."
            )
        return self.tr("House numbers: {ranges}").format(ranges="; ".join(detail.ranges))

    def _placement_text(self, status: ColourStatus) -> str:
        placement = status.placement
        if placement is None:
            return self.tr("No placement on {date}").format(date=formats.date(status.day))
        since = self.tr("from {start}").format(start=formats.date(placement.valid_from))
        if placement.valid_to is not None:
            since += " " + self.tr("to {end}").format(end=formats.date(placement.valid_to))
        return self.tr("{period}\nFlexible letting: {form}").format(
            period=since, form=flexible_name(placement.flexible_letting)
        )

    def _lists_text(self, status: ColourStatus) -> str:
        if status.lists.kinds:
            names = ", ".join(list_name(k) for k in sorted(status.lists.kinds))
            return self.tr("{lists} (the lists of {date})").format(
                lists=names, date=formats.date(status.lists.list_date)
            )
        if status.lists.list_date is not None:
            return self.tr("On no list (the lists of {date})").format(
                date=formats.date(status.lists.list_date)
            )
        return self.tr("No ministry lists are registered.")

    def _vacancies_text(self, detail: DepartmentDetail) -> str:
        counts = ", ".join(
            f"{status_label(s)}: {n}" for s, n in sorted(detail.vacancies_by_status.items())
        )
        if not counts:
            return self.tr("No dwellings reported to the desk yet.")
        return self.tr("Dwellings reported to the desk: {counts}").format(counts=counts)

    def _quota_text(self, detail: DepartmentDetail) -> str:
        start, end = detail.quota_period
        if detail.quota_total:
            return formats.plural(
                detail.quota_total,
                self.tr(
                    "{start}–{end}: {reported} of the department's {n} vacancy reported "
                    "(agreed share: {expected})"
                ),
                self.tr(
                    "{start}–{end}: {reported} of the department's {n} vacancies reported "
                    "(agreed share: {expected})"
                ),
            ).format(
                start=formats.date(start),
                end=formats.date(end),
                reported=formats.number(detail.quota_reported),
                expected=formats.number(detail.quota_expected or 0, 1),
            )
        return formats.plural(
            detail.quota_reported,
            self.tr(
                "{start}–{end}: {n} dwelling reported; the department's total vacancies are not "
                "known"
            ),
            self.tr(
                "{start}–{end}: {n} dwellings reported; the department's total vacancies are not "
                "known"
            ),
        ).format(start=formats.date(start), end=formats.date(end))


def source_name(value: str) -> str:
    """Where a placement came from, in words."""
    names = {
        "import": QCoreApplication.translate("DepartmentDetailPanel", "import"),
        "manual": QCoreApplication.translate("DepartmentDetailPanel", "by hand"),
        "monitoring": QCoreApplication.translate("DepartmentDetailPanel", "monitoring"),
        "demo": QCoreApplication.translate("DepartmentDetailPanel", "demo"),
    }
    return names.get(value, value)
