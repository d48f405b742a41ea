"""The filter bar of the vacancy list: status, organisation, colour, type, deadline, import and
search. The import filter shows the dwellings of one import ("denne indlæsning" after an
import, or one of the recent ones)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.core.intake.batches import VacancyImport
from desktop.core.intake.listing import (
    OPEN_STATUSES,
    DeadlineFilter,
    OrganisationChoice,
    VacancyFilter,
)
from desktop.core.intake.vocabulary import (
    Colour,
    DwellingType,
    VacancyStatus,
    dwelling_type_label,
    status_label,
)
from desktop.ui.widgets.colour_badge import badge_icon, colour_text
from desktop.ui.widgets.search_field import SearchField

_OPEN = "open"
_NONE = "none"


class VacancyFilterBar(QWidget):
    """Emits `changed()` when any filter changes; `value()` is the `VacancyFilter`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, search_in_bar: bool = True) -> None:
        """`search_in_bar=False`: the owner places `search` itself (the vacancies page puts it
        in its top row, where the whole hint has room beside the five filters)."""
        super().__init__(parent)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Open (received, accepted, offered)"), _OPEN)
        self.status.addItem(self.tr("All statuses"), None)
        for status in VacancyStatus:
            self.status.addItem(status_label(status), status.value)
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        # as wide as 16 characters, not as its longest name: the search box needs the room
        self.organisation.setMinimumContentsLength(16)
        self.organisation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation.addItem(self.tr("All organisations"), None)
        self.colour = QComboBox()
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.addItem(self.tr("All colours"), None)
        for colour in Colour:
            self.colour.addItem(badge_icon(colour.value), colour_text(colour.value), colour.value)
        self.colour.addItem(badge_icon(None), self.tr("No colour"), _NONE)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Dwelling type"))
        self.kind.addItem(self.tr("All types"), None)
        for kind in DwellingType:
            self.kind.addItem(dwelling_type_label(kind), kind.value)
        self.deadline = QComboBox()
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.deadline.addItem(self.tr("Any deadline"), None)
        self.deadline.addItem(self.tr("Overdue"), DeadlineFilter.OVERDUE.value)
        self.deadline.addItem(self.tr("Due soon"), DeadlineFilter.SOON.value)
        self.deadline.addItem(self.tr("Due later"), DeadlineFilter.LATER.value)
        self.batch = QComboBox()
        self.batch.setObjectName("import_filter")
        self.batch.setAccessibleName(self.tr("Import"))
        self.batch.setMinimumContentsLength(14)
        self.batch.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.batch.addItem(self.tr("All imports"), None)
        self.shown_import: int | None = None  # the import just made: "this import"
        self.imports: list[VacancyImport] = []
        self.search = SearchField(
            self, placeholder=self.tr("Address, lease or department… (Ctrl+F)")
        )
        # room for the whole hint (its text is the tooltip as well)
        self.search.setToolTip(self.search.placeholderText())
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(hint + 24)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.status)
        layout.addWidget(label)
        combos = (self.status, self.organisation, self.colour, self.kind, self.deadline, self.batch)
        for combo in combos:
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self.changed)
        if search_in_bar:
            layout.addWidget(self.search, 1)
        else:
            layout.addStretch(1)
        self.search.search_changed.connect(self.changed)

    def set_organisations(self, choices: list[OrganisationChoice]) -> None:
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("All organisations"), None)
        for choice in choices:
            self.organisation.addItem(f"{choice.number} {choice.name}", choice.id)
        index = self.organisation.findData(current)
        self.organisation.setCurrentIndex(max(0, index))
        self.organisation.blockSignals(False)

    def set_imports(self, imports: list[VacancyImport]) -> None:
        """The recent imports to choose from (newest first); the one chosen stays chosen."""
        self.imports = list(imports)
        self._fill_imports(self.batch.currentData())

    def _fill_imports(self, chosen: int | None) -> None:
        before = self.batch.currentData()
        self.batch.blockSignals(True)
        self.batch.clear()
        self.batch.addItem(self.tr("All imports"), None)
        for made in self.imports:
            label = made.label()
            if made.batch_id == self.shown_import:
                label = self.tr("This import: {name}").format(name=label)
            self.batch.addItem(label, made.batch_id)
            self.batch.setItemData(self.batch.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.batch.setCurrentIndex(max(0, self.batch.findData(chosen)))
        self.batch.blockSignals(False)
        if self.batch.currentData() != before:
            self.changed.emit()

    def show_import(self, batch_id: int | None) -> None:
        """Show the dwellings of one import (None: of every import); an import just made is
        "this import" in the list."""
        if batch_id is not None:
            self.shown_import = batch_id
        self._fill_imports(batch_id)

    def value(self) -> VacancyFilter:
        status = self.status.currentData()
        statuses: tuple[VacancyStatus, ...] = ()
        if status == _OPEN:
            statuses = OPEN_STATUSES
        elif status:
            statuses = (VacancyStatus(status),)
        colour = self.colour.currentData()
        kind = self.kind.currentData()
        deadline = self.deadline.currentData()
        return VacancyFilter(
            statuses=statuses,
            organisation_id=self.organisation.currentData(),
            colour=Colour(colour) if colour and colour != _NONE else None,
            uncoloured=colour == _NONE,
            dwelling_type=DwellingType(kind) if kind else None,
            deadline=DeadlineFilter(deadline) if deadline else None,
            text=self.search.text().strip(),
            import_batch_id=self.batch.currentData(),
        )
