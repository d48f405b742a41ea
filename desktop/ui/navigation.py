"""The pages of the window, in navigation order. Titles live here so that the window can show its
navigation without importing every page (a page's module loads when it is first shown)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageEntry:
    key: str
    source_title: str  # English source; translated in context "Navigation"

    @property
    def module(self) -> str:
        return f"desktop.ui.pages.{self.key}"

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.source_title)


PAGES = (
    PageEntry("overview", QT_TRANSLATE_NOOP("Navigation", "Overview")),
    PageEntry("vacancies", QT_TRANSLATE_NOOP("Navigation", "Vacancies")),
    PageEntry("applicants", QT_TRANSLATE_NOOP("Navigation", "Applicants")),
    PageEntry("departments", QT_TRANSLATE_NOOP("Navigation", "Departments")),
    PageEntry("offers", QT_TRANSLATE_NOOP("Navigation", "Offers and letters")),
    PageEntry("reports", QT_TRANSLATE_NOOP("Navigation", "Reports")),
    PageEntry("settings", QT_TRANSLATE_NOOP("Navigation", "Settings")),
)


def entry(key: str) -> PageEntry:
    return next(p for p in PAGES if p.key == key)
