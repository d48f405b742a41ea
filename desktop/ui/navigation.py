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


# (str(): the stubs type QT_TRANSLATE_NOOP as object; lupdate still finds the call inside)
PAGES = (
    PageEntry("overview", str(QT_TRANSLATE_NOOP("Navigation", "Overview"))),
    PageEntry("vacancies", str(QT_TRANSLATE_NOOP("Navigation", "Vacancies"))),
    PageEntry("applicants", str(QT_TRANSLATE_NOOP("Navigation", "Applicants"))),
    PageEntry("departments", str(QT_TRANSLATE_NOOP("Navigation", "Departments"))),
    PageEntry("offers", str(QT_TRANSLATE_NOOP("Navigation", "Offers and letters"))),
    PageEntry("reports", str(QT_TRANSLATE_NOOP("Navigation", "Reports"))),
    PageEntry("settings", str(QT_TRANSLATE_NOOP("Navigation", "Settings"))),
)


def entry(key: str) -> PageEntry:
    return next(p for p in PAGES if p.key == key)
