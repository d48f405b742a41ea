"""Indstillinger: one page hosting each area's settings section."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

import desktop.ui.settings_sections as sections_package
from desktop.ui.navigation import entry
from desktop.ui.pages.base import Page, PageContext
from desktop.ui.settings_sections import ORDER


class SettingsSection(Protocol):
    """What the page needs of a section module's `SECTION` (a QWidget class)."""

    def __call__(self, context: PageContext) -> QWidget: ...

    def title(self) -> str: ...


def section_classes() -> list[SettingsSection]:
    names = [m.name for m in pkgutil.iter_modules(sections_package.__path__)]
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    classes: list[SettingsSection] = []
    for name in names:
        module = importlib.import_module(f"desktop.ui.settings_sections.{name}")
        section = getattr(module, "SECTION", None)
        if section is not None:
            classes.append(section)
    return classes


class SettingsPage(Page):
    key = "settings"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.list = QListWidget()
        self.list.setObjectName("settings_sections")
        self.list.setAccessibleName(self.tr("Settings sections"))
        self.list.setSpacing(2)  # the sections read as a list, not a block of text
        self.stack = QStackedWidget()
        for section_class in section_classes():
            section = section_class(context)
            self.list.addItem(section_class.title())
            self.stack.addWidget(section)
        # as wide as the longest title (in the language and font size in use), not more
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._show)
        if self.list.count():
            self.list.setCurrentRow(0)

    @staticmethod
    def title() -> str:
        return entry("settings").title()

    def _show(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        widget = self.stack.currentWidget()
        refresh = getattr(widget, "on_shown", None)
        if callable(refresh):
            refresh()

    def on_shown(self) -> None:
        self._show(self.list.currentRow())


PAGE = SettingsPage
