"""A page whose area is not built yet: its title and the figures the database already holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.overview import counts
from desktop.ui.navigation import PageEntry
from desktop.ui.pages.base import Page, PageContext


class PlaceholderPage(Page):
    def __init__(self, context: PageContext, entry: PageEntry, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.entry = entry
        self.setObjectName(f"page_{entry.key}")
        self.heading = QLabel(entry.title())
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures)
        layout.addStretch(1)

    def on_shown(self) -> None:
        figures = counts(self.workspace)
        self.figures.setText(
            self.tr(
                "{organisations} organisations, {departments} departments, "
                "{vacancies} vacancies, {applicants} applicants, {offers} offers."
            ).format(
                organisations=figures.organisations,
                departments=figures.departments,
                vacancies=sum(figures.vacancies.values()),
                applicants=sum(figures.applicants.values()),
                offers=sum(figures.offers.values()),
            )
        )
